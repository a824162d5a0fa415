"""Round 47 (k47a, the lead's decision: side with the outside authors): the one short statement beside a clean ask
stays. A sure result keeps the statement after the question (lone_statement.kept); a sure result that drops a
statement right after the only question in a shape the outside golds split on is not sure (lone_statement.lost,
`weg-na`). Padding, a way out, thanks, an apology, a second request and greetings still go. Drafts of our own."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import detail_beside, lone_statement, shrink

KEPT = [
    ("Bram, kun je zaterdag de aanhanger terugbrengen? Ik heb hem zondag zelf nodig.", "Ik heb hem zondag zelf nodig."),
    ("Kun jij morgen de kippen voeren? Mijn schoonmoeder ligt in het ziekenhuis.",
     "Mijn schoonmoeder ligt in het ziekenhuis."),
    ("Femke, wil je vanavond de container buiten zetten? Hij wordt morgen vroeg geleegd.",
     "Hij wordt morgen vroeg geleegd."),
    ("Kunt ge woensdag naar mijn fiets kijken? De remmen piepen erg.", "De remmen piepen erg."),
    ("Mag ik vrijdag je ladder lenen? Ik breng hem zaterdag terug.", "Ik breng hem zaterdag terug."),
    ("Sven, kun je donderdag de sleutels afgeven? De schilder begint om acht uur.", "De schilder begint om acht uur."),
    ("Kun je zondag de lammeren binnenhalen? Het gaat stormen.", "Het gaat stormen."),
]


@pytest.mark.parametrize(("draft", "said"), KEPT)
def test_a_sure_result_keeps_the_statement_after_a_clean_ask(draft, said):
    out = shrink(draft)
    assert out.sentence.endswith("? " + said), out.sentence
    assert not any(f.kind == "achtergrond" and f.text in said for f in out.findings)


@pytest.mark.parametrize(("draft", "said"), [KEPT[0], KEPT[2], KEPT[3], KEPT[5]])  # the others fact_beside kept
def test_without_this_round_the_statement_went(monkeypatch, draft, said):
    monkeypatch.setattr(lone_statement, "ACTIVE", False)
    monkeypatch.setattr(detail_beside, "ACTIVE", False)  # round 48 keeps 'Hij wordt morgen vroeg geleegd.' too
    assert said not in shrink(draft).sentence


@pytest.mark.parametrize(("draft", "said"), KEPT)
def test_without_the_keep_the_result_is_not_sure_and_the_offer_carries_it(monkeypatch, draft, said):
    monkeypatch.setattr(lone_statement, "KEEP", False)
    out = shrink(draft)
    assert said in out.sentence, out.sentence  # the offer (k43a) or fact_beside carries it


SPLIT = [
    "joris kun je vrijdag mijn dienst doen? mijn oma is jarig",  # chat: no capital, no full stop
    "Hoi Marleen, sorry dat ik stoor! Kun jij morgen de kassa openen? Tom ligt ziek op bed. Als het niet lukt, geen "
    "probleem hoor. Groetjes",  # a padded draft
    "Kun je morgen om negen de zaal openen? De band komt om tien. Dan kunnen we nog even opbouwen.",  # three sentences
]


@pytest.mark.parametrize("draft", SPLIT)
def test_where_the_outside_golds_split_a_dropped_statement_is_not_sure(draft):
    out = shrink(draft)
    said = lone_statement.beside(draft)
    assert said and (lone_statement.shown(said, out.sentence) or not out.sure), out.sentence


@pytest.mark.parametrize("draft", SPLIT)
def test_without_the_doubt_these_were_dropped_while_sure(monkeypatch, draft):
    monkeypatch.setattr(lone_statement, "ACTIVE", False)
    out = shrink(draft)
    assert out.sure and not lone_statement.shown(lone_statement.beside(draft) or "x y z", out.sentence)


@pytest.mark.parametrize(("draft", "gone"), [
    ("Kun je morgen de tuin doen? Met dank bij voorbaat.", "dank"),  # thanks
    ("Kun je morgen de tuin doen? Ook de heg knippen zou fijn zijn.", "heg"),  # a second request
    ("Kun je morgen de tuin doen? Sorry voor het late bericht.", "Sorry"),  # an apology
    ("Kun je morgen de tuin doen? Het hoeft niet hoor.", "hoeft"),  # a way out
    ("Kun je morgen de tuin doen? Geen haast trouwens.", "haast"),  # a way out
    ("Kun je morgen de tuin doen? Ik wil niet zeuren hoor.", "zeuren"),  # burden
    ("Kun je morgen de tuin doen? Groetjes van ons allemaal.", "Groetjes"),  # a greeting
])
def test_the_exclusions_still_go_and_stay_sure(draft, gone):
    out = shrink(draft)
    assert gone not in out.sentence and out.sure, out.sentence


def test_a_restriction_after_the_ask_is_restricts_own_and_not_kept_whole():
    out = shrink("Kun je zondag helpen met de verhuizing? Ik kan alleen in de ochtend, want 's middags werk ik.")
    assert "want" not in out.sentence and not out.sure, out.sentence


def test_a_crisis_draft_is_not_asked_this():
    out = shrink("Kun je nu komen? Ik wil niet meer leven.")
    assert out.crisis and "weg-na" not in out.withheld
