"""Round 43 (k43a), the lead's decision: the not-sure offer keeps the one short statement beside a clean ask
(lone_statement.py); a sure result is not changed. Real engine calls."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import lone_statement, shrink
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


@pytest.mark.parametrize(("draft", "said"), [
    ("Daan, wil je vanavond je fiets uit de gang halen? Ik kan er met de kinderwagen niet langs.",
     "Ik kan er met de kinderwagen niet langs."),
    ("Meneer Postma, kunt u de reparatie van de cv-ketel verzetten naar maandag 9 december? Op 4 december ben ik "
     "in het ziekenhuis.", "Op 4 december ben ik in het ziekenhuis."),  # '9 december' in the ask shows no 'Op 4 …'
    ("Mevrouw De Wit, kunt u morgen om 8.15 uur school bellen over het incident? Lucas is niet gewond.",
     "Lucas is niet gewond."),  # '8.15' ends no sentence
])
def test_the_statement_after_a_clean_ask_stays_in_the_not_sure_offer(draft, said):
    out = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it (sure or not)
    assert out.sentence.endswith("? " + said)
    assert not any(f.kind == "achtergrond" and f.text in said for f in out.findings)  # no longer named as gone


def test_the_statement_is_not_struck_through():
    draft = "Daan, wil je vanavond je fiets uit de gang halen? Ik kan er met de kinderwagen niet langs."
    out = shrink(draft)
    struck = "".join(draft[a:b] for a, b in out.dropped)
    assert "kinderwagen" not in struck


def test_a_sure_result_is_not_changed():
    out = shrink("Mag ik morgen je auto lenen? De bus rijdt niet.")
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert out.sure and out.sentence == "Mag ik morgen je auto lenen? De bus rijdt niet."


@pytest.mark.parametrize(("draft", "gone"), [
    ("Kun je zaterdag de kippen eten geven? Als het niet lukt, geen probleem.", "probleem"),  # a way out
    ("Kun je zaterdag de kippen eten geven? Jij bent echt een schat.", "schat"),  # a word to the reader
    ("Kun je zaterdag het gras maaien? Ik moet werken, koken en de kinderen halen.", "koken"),  # a row
])
def test_what_the_golds_drop_stays_out(draft, gone):
    assert gone not in shrink(draft).sentence


def test_a_second_ask_in_the_imperative_is_no_statement():
    out = shrink("Hoi Sam, kun je zaterdag mijn kat voeren? Laat Petra ook weten dat ik later kom.")
    assert "Petra" not in out.sentence and out.second == "Laat Petra ook weten dat ik later kom."


def test_a_moment_that_moved_into_the_ask_is_not_said_again():
    out = shrink("Kun je me helpen met de zolder? Zaterdagmiddag zou mij goed uitkomen.")
    assert out.sentence == "Kun je me zaterdagmiddag helpen met de zolder?"


@pytest.mark.parametrize(("draft", "shape"), [
    ("Kun je morgen komen? Ik ben dan thuis.", "na"),
    ("Ik moet vroeg naar het ziekenhuis. Kun je morgen de kinderen brengen?", "voor"),
    ("Kun je morgen komen? Ik ben dan thuis. Tot dan.", "drie-na"),
    ("Hoi. Ik ben morgen thuis. Kun je komen?", "drie-voor"),
    ("Kun je morgen komen?\nIk ben dan thuis.", ""),  # two lines: a message with wrapping
    ("Kun je morgen komen? ik ben dan thuis", ""),  # not written with care
    ("Sorry dat ik stoor, kun je morgen komen? Ik ben dan thuis.", ""),  # not a clean ask (an apology named)
])
def test_the_shapes_counted(draft, shape):
    kinds = {"excuus"} if draft.startswith("Sorry") else set()
    assert lone_statement.statement(draft, kinds)[0] == shape


def test_the_statement_before_the_ask_is_counted_but_not_put_back():
    assert lone_statement.SHAPES == frozenset({"na"})
    draft = "Sandra, mijn knie is sinds vrijdag erg dik. Kan ik morgen om 8 uur komen in plaats van donderdag?"
    out = shrink(draft)
    assert "knie" not in out.sentence
