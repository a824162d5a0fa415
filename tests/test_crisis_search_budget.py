"""Round 18: a [[samen]] rule tries a bounded number of hit combinations per message (holds.SEARCH_BUDGET).

A text that repeats one phrase for 2,000 characters used to make one rule try millions of
combinations (seconds for one check); the real messages of the corpora need at most 86.
"""

from __future__ import annotations

import vraaghulp.coach.crisis.holds as holds
from vraaghulp.coach.crisis import assess

REPEATED = "ik mag stoppen met de chemo mag " * 62


def _counted(monkeypatch) -> list[int]:
    calls = [0]
    search = holds._search

    def counting(*args, **kwargs):
        calls[0] += 1
        return search(*args, **kwargs)

    monkeypatch.setattr(holds, "_search", counting)
    return calls


def test_a_repeated_phrase_makes_a_bounded_number_of_tries(monkeypatch):
    calls = _counted(monkeypatch)
    assess(REPEATED)
    assert 0 < calls[0] <= 40 * holds.SEARCH_BUDGET, calls[0]  # a few rules at most spend their budget


def test_an_alarm_after_the_repeated_phrase_still_fires():
    assert assess(REPEATED + "en ik wil niet meer leven").tier == "acuut"


def test_a_real_message_stays_well_inside_the_budget(monkeypatch):
    calls = _counted(monkeypatch)
    text = ("Nu de baby er is heb ik alles geregeld: het testament ligt bij de notaris, de kat gaat naar mijn zus "
            "en de brief voor mijn vrouw ligt klaar. Zij redt zich wel zonder mij.")
    assert assess(text).tier == "acuut"
    assert calls[0] < holds.SEARCH_BUDGET
