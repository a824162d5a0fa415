"""Round 39 (k39b): where the writer is, or what they have on, said right after the ask, is never dropped while sure.

The outside golds split on keeping it (elsewhere.py's docstring; tools/krimp_sentence_keep.py), so a result that drops
it is offered but not sure (code `weg-elders`). Drafts in other words than the corpus cases (k32b-018, h38a-039 …).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import elsewhere, shrink

_ASK = "Sanne, kun jij donderdag de kat eten geven?"


@pytest.mark.parametrize("after", [
    "Ik ben de hele week in Maastricht.",
    "'k Zit heel de dag op cursus.",
    "Wij gaan naar een trouwfeest in Brugge.",
])
def test_the_writer_elsewhere_dropped_is_not_sure(rules_only, after):
    result = shrink(f"{_ASK} {after}")
    assert result.sentence == _ASK, result  # the engine drops it, as most golds of the engine's own authors do
    assert not result.sure and elsewhere.CODE in result.withheld, result


def test_the_writer_elsewhere_kept_may_be_sure(rules_only):
    result = shrink(f"{_ASK} We hebben een doop in Hasselt.")  # kept (fact_beside.py): nothing lost
    assert result.sentence.endswith("We hebben een doop in Hasselt."), result
    assert result.sure and elsewhere.CODE not in result.withheld, result


def test_the_same_ask_alone_may_be_sure(rules_only):
    result = shrink(_ASK)
    assert result.sure and elsewhere.CODE not in result.withheld, result


@pytest.mark.parametrize("after", [
    "Ik ben dan niet thuis.",  # a negation: other checks weigh it
    "Ik heb niks meer in huis.",
    "Ik ben de hele dag bereikbaar op dit nummer.",  # no absence
    "We zijn allebei druk, maar dat lossen we wel op.",  # the place word is in another clause
    "Ik ben.",  # too short
    "Mijn broer is de hele week in Maastricht.",  # not the writer
])
def test_not_the_writer_elsewhere(after):
    assert elsewhere.piece(f"{_ASK} {after}") == ""


def test_only_right_after_the_question():
    assert elsewhere.piece(f"Ik ben de hele week in Maastricht. {_ASK}") == ""
    assert elsewhere.piece(f"{_ASK} Dank je. Ik ben de hele week in Maastricht.") == ""
    assert elsewhere.piece(f"{_ASK} Ik ben de hele week in Maastricht.") == "Ik ben de hele week in Maastricht."


def test_kept_in_the_result_is_no_loss():
    draft = f"{_ASK} Ik ben de hele week in Maastricht."
    assert not elsewhere.lost(draft, f"{_ASK} Ik ben de hele week in Maastricht.")
    assert elsewhere.lost(draft, _ASK)
