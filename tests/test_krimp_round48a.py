"""Round 48 (k48a): the sentence right after the ask that carries a detail of it stays (detail_beside.py).

Own drafts, in the shapes tools/krimp_detail_beside.py counted (README "Round 48 (k48a)"): a time, a day, a place or a
pointer back at the asked thing, said in the sentence right after the ask, is put back after the question; the
contract's exclusions stay dropped. The rule ships switched off (detail_beside.ACTIVE: the lead's decision, README
"Round 48 (k48a)"); these tests switch it on, and each kept case fails with it off.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import detail_beside, shrink
from vraaghulp.coach.krimp.engine import analyse


@pytest.fixture(autouse=True)
def _rule_on(monkeypatch):
    monkeypatch.setattr(detail_beside, "ACTIVE", True)


# padded drafts (a greeting, an apology, thanks): the one-statement rule of round 47 does not reach them
KEPT = [
    # the writer's own sentence that points at the asked thing, with a date: an amount paid back
    ("Hey Joost, ik zit echt krap deze maand. Mag ik 60 euro van je lenen voor de huur? Ik betaal het de 28e terug. "
     "Sorry dat ik het vraag.", "de 28e"),
    # a pointer back at the thing, where it goes
    ("Hoi Gert, ik wil niet zeuren hoor. Kun je vanavond de ladder terugbrengen? Die mag achter de schuur bij de "
     "Vlierstraat. Merci!", "Vlierstraat"),
    # Flemish, a meeting point and an hour without a subject
    ("Dag iedereen, sorry voor de late vraag. Kunt gij zondag mee de tent opzetten? Verzamelen om 9u aan de kantine. "
     "Groetjes, Els", "aan de kantine"),
    # when the parcel comes
    ("Hoi Noor, sorry dat ik zo laat ben. Kun je morgen mijn pakje aannemen? Het wordt tussen 9 en 12 geleverd. "
     "Dankjewel!", "tussen 9 en 12"),
]

EXCLUDED = [
    # a way out (a negation and a condition)
    "Hoi Ilse, sorry dat ik het vraag. Kun je zaterdag om 10 uur helpen verhuizen? Als het niet lukt om 10 uur, geen "
    "probleem.",
    # an apology
    "Hoi Rik, kun je morgen de kat voeren? Sorry dat ik het pas op zondag vraag. Dankjewel!",
    # thanks
    "Hoi Ella, kun je vrijdag mijn pakket aannemen? Alvast bedankt voor vrijdag! Groetjes",
    # a second request
    "Hoi Wim, sorry dat ik stoor. Kun je zaterdag de tent ophalen? En vraag Kees of hij om 5 uur de stoelen brengt.",
    # the writer's own schedule or errand: background, no detail of the ask
    "Hoi Sanne, sorry voor het late berichtje. Kun je morgen de kinderen naar school brengen? Ik sta tot 11 uur in "
    "de winkel. Dankjewel!",
    "Hoi Bas, sorry dat ik het vraag. Kun jij donderdag mijn dienst overnemen? Ik moet met mijn vader naar het "
    "ziekenhuis. Dankjewel!",
    "Hoi Dirk, sorry voor de vraag. Kun je me zaterdag naar het station brengen? Mijn auto staat in de garage. Merci!",
    # a consequence the writer draws ('Dan …')
    "Hoi Lies, sorry voor de vraag. Kun je dinsdag op Sem passen? Dan kan ik om 9 uur naar de tandarts. Dankjewel!",
    # padding: a minimiser and a hedge
    "Hoi Rik, ik weet dat je het druk hebt. Wil je zondag even naar mijn fiets kijken? Duurt maar 10 minuten denk "
    "ik. Merci!",
    # a question after the ask
    "Hoi Jan, sorry dat ik stoor. Kun je vrijdag de bus nemen? Hoe laat vertrekt die eigenlijk in Zwolle?",
    # a greeting or sign-off line right after the ask
    "Kun je dinsdag de sleutels bij Mieke brengen? Groetjes van Anouk uit Gent.",
]


@pytest.mark.parametrize(("draft", "word"), KEPT)
def test_detail_sentence_after_the_ask_is_kept(draft: str, word: str, monkeypatch) -> None:
    assert word in shrink(draft).sentence
    monkeypatch.setattr(detail_beside, "ACTIVE", False)
    assert word not in shrink(draft).sentence  # the engine without the rule drops it


@pytest.mark.parametrize(("draft", "word"), KEPT)
def test_a_sure_result_never_drops_it(draft: str, word: str) -> None:
    r = shrink(draft)
    assert not (r.sure and word not in r.sentence)


@pytest.mark.parametrize("draft", EXCLUDED)
def test_the_exclusions_are_not_picked(draft: str) -> None:
    assert detail_beside.after_ask(analyse(draft).analysis)[0] == ""


def test_only_the_sentence_right_after_the_ask() -> None:
    draft = ("Hoi Mo, sorry dat ik stoor. Kun je woensdag de sleutels bij mijn moeder afgeven? Ze woont op de Markt 4. "
             "Ze is thuis vanaf 15 uur.")
    assert detail_beside.after_ask(analyse(draft).analysis)[0] == "Ze woont op de Markt 4."


def test_a_kept_sentence_that_is_no_plain_fact_is_not_sure() -> None:
    # 'mag' makes it no plain fact (lone_statement.plain): offered, never sure
    r = shrink("Hoi Gert, ik wil niet zeuren hoor. Kun je vanavond de ladder terugbrengen? Die mag achter de schuur "
               "bij de Vlierstraat. Merci!")
    assert "Vlierstraat" in r.sentence and not r.sure


def test_features() -> None:
    assert detail_beside.chosen(detail_beside.detail("Ik haal ze om 16 uur op."))
    assert detail_beside.chosen(detail_beside.detail("Die hangt aan de kapstok."))
    assert detail_beside.chosen(detail_beside.detail("Mijn bus staat met pech bij halte Zuidplein."))
    assert not detail_beside.chosen(detail_beside.detail("Als het niet lukt om 5 uur, geen probleem."))
    assert detail_beside.chosen(detail_beside.detail("Hij maakt een raar geluid."))  # a pointer back at the thing
    assert not detail_beside.chosen(detail_beside.detail("Mijn zus vindt zoiets echt leuk."))
    assert "schema" in detail_beside.detail("Ik sta tot 11 uur in de bakkerij.")


def test_never_in_a_crisis_result(monkeypatch) -> None:
    draft = "ik wil niet meer leven. kun je nu komen? Het is om 3 uur begonnen aan de Schelde."
    r = shrink(draft)
    assert r.crisis
    monkeypatch.setattr(detail_beside, "ACTIVE", False)
    assert shrink(draft).sentence == r.sentence
