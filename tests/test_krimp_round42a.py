"""Round 42 (k42a): kinds mended from heldout41 and probe p41 (real engine calls, drafts written for these tests).

- What the ask depends on is out (a place closed, an event called off, a thing broken, someone ill or away), said as a
  plain fact right after the ask: never dropped while sure (reason_beside.py, `weg-reden`).
"""

import pytest

from vraaghulp.coach.krimp import reason_beside, shrink


@pytest.mark.parametrize("draft, reason", [
    ("Kim, kun je de bestelling van vrijdag naar maandag schuiven? Vrijdag is de zaak gesloten wegens verbouwing.",
     "gesloten"),
    ("Hoi Ruben, kan jij zaterdag de kinderen naar de zwemles brengen? De voetbaltraining is afgelast, dus ik heb een "
     "gat in de planning. Dank je!", "afgelast"),
    ("Els, kun je de afspraak van woensdag naar donderdag verplaatsen? Woensdag is de praktijk dicht.", "dicht"),
])
def test_what_the_ask_depends_on_is_out_is_never_dropped_while_sure(draft, reason):
    result = shrink(draft)  # each sure without it before round 42
    assert reason in result.sentence or (not result.sure and "weg-reden" in result.withheld), result.sentence


def test_a_story_with_the_closed_place_in_a_later_clause_is_not_this_kind():
    draft = ("Dag Rita, zoudt ge vrijdag de hond kunnen uitlaten? Onze Jan moet naar Brussel voor zijn werk en de "
             "hondenschool is gesloten.")
    assert not reason_beside.lost(draft, "Rita, kunt ge vrijdag de hond uitlaten?")


@pytest.mark.parametrize("draft", [
    "Mag ik morgen jouw fiets lenen? De mijne is kapot.",  # the writer's own one beside an ask to borrow
    "Kun je morgen naar mijn printer kijken? De printer is kapot.",  # the thing the ask names (rests_on.py)
    "Kun je morgen voor mij naar de apotheek? Ik ben ziek.",  # the writer: another kind
])
def test_an_own_thing_the_asked_thing_or_the_writer_is_not_this_kind(draft):
    ask = draft.split("?")[0] + "?"  # the result without the sentence after the ask
    assert not reason_beside.lost(draft, ask)
