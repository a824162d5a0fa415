"""Round 44 (k44b): the sentence before the ask that the ask leans on (before_ask.py). The outside golds split on it
(keep 8 / split 2 / drop 4 on the outside files), so a sure result never drops it; the not-sure offer does not put it
back (OFFER off, below the round's 85 % bar; tools/krimp_before_ask.py --proef). Real engine calls."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import before_ask, shrink

KAST = ("Ik zit met die oude kast van op zolder, die moet weg voor de nieuwe kinderkamer. Seppe, kunt ge zaterdag met "
        "uw camionette helpen om die naar het containerpark te voeren?")
KOE = "Koe ligt in de sloot bij het hek aan de Hoofdweg. Gerrit, kun je nu met de trekker komen?"


@pytest.mark.parametrize(("ask", "kind"), [
    ("Kun je dat doorgeven aan Wim?", "wijst"),
    ("Wanneer komt u die schoonmaken?", "wijst"),
    ("Kan dat ergens volgende week, bij voorkeur na 17u?", "wijst"),
    ("Gerrit, kun je nu met de trekker komen?", "kom"),
    ("Dries, kom.", "kom"),
    ("Kunt u vandaag nog langs komen?", "kom"),
    ("Kun jij zaterdag de kinderen ophalen?", ""),
    ("Zou het mogelijk zijn om het examen later af te leggen?", ""),  # 'het' of the frame points at nothing
    ("Lies, kan jij dit weekend naar huis komen?", ""),  # says where to come
    ("Kan ik langs komen als het past?", ""),  # the come verb in a clause of its own
    ("Ik weet dat plaatsen schaars zijn, mag ik in het stille lokaal werken?", ""),  # 'dat' opens a clause
])
def test_how_the_ask_leans_on_what_came_before(ask, kind):
    assert before_ask.thin(ask) == kind


@pytest.mark.parametrize(("said", "shape"), [
    ("Koe ligt in de sloot bij het hek aan de Hoofdweg.", "naam"),
    ("Morgen niet vóór zessen beginnen met melken.", "ontkend"),
    ("De duiker zit sinds maandag verstopt.", "tijd"),
    ("Ik sta in de schuur met het touw.", "plaats"),
    ("Sorry dat ik stoor.", "excuus"),
])
def test_what_the_sentence_holds(said, shape):
    assert before_ask.shape_of(said) == shape


def test_a_sure_result_never_drops_the_sentence_the_ask_points_at(rules_only):
    out = shrink(KAST)
    assert not out.sure
    assert before_ask.CODE in out.withheld


def test_the_not_sure_offer_names_the_reader_once():
    out = shrink(KAST)  # ownwords offers both sentences as typed; the vocative of the second goes in front
    assert out.sentence.count("Seppe") == 1
    assert out.sentence.startswith("Seppe, ik zit met die oude kast")
    assert "Kunt ge zaterdag" in out.sentence


@pytest.mark.parametrize("draft", [
    "Sorry dat ik je weer stoor met zoiets. Kun je morgen komen?",  # an apology, no fact
    "Ik hoop dat alles goed is met jullie. Kun je dat doorgeven aan Wim?",  # small talk, no fact
    "Mijn moeder ligt sinds maandag in het ziekenhuis. Kun je morgen het gras maaien?",  # the ask names its thing
])
def test_what_the_ask_does_not_lean_on_is_left_to_the_other_rules(draft):
    assert before_ask.leaned_on(draft, draft.split(". ")[1]) == ""


def test_the_trial_offer_puts_the_sentence_back_in_front(monkeypatch):
    assert "sloot" not in shrink(KOE).sentence  # OFFER is off: the golds split on it
    monkeypatch.setattr(before_ask, "OFFER", True)
    out = shrink(KOE)
    assert not out.sure
    assert out.sentence == "Gerrit, Koe ligt in de sloot bij het hek aan de Hoofdweg. Kun je nu met de trekker komen?"


def test_the_not_sure_offer_keeps_the_limit_after_the_ask():
    draft = ("Seppe, alles goe? Ik zit met dieje oude kast van op zolder, die moet weg voor de nieuwe kinderkamer. "
             "Zoudt ge zaterdagvoormiddag met uw camionette kunnen helpen om die naar 't containerpark in Aalst te "
             "voeren? Alleen als 't droog is, anders valt dat ding uiteen. 'k Trakteer met frieten achteraf!")
    out = shrink(draft)
    assert not out.sure
    assert "dieje oude kast" in out.sentence  # what 'die' points at, brought back by the offer of the typed sentences
    assert out.sentence.endswith("te voeren? Alleen als 't droog is.")  # the limit the typed offer had lost
