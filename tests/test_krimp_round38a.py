"""Round 38 (k38a): heldout37 and probe p37's wrong-and-sure results and crisis losses, mended as kinds.

Each kind tried here on drafts in other words than the corpus cases (h37b-029, h37b-030, p37-017, p37-040):

- a crisis result keeps the writer's own 'gewoon', 'echt' in their words about how bad it is; only the hedges
  'eigenlijk', 'misschien' go (crisis_own.py);
- a crisis draft whose heaviest sentence is a means or a place keeps the writer's own short 'het gaat … niet' beside
  it, in the ready state's place (crisis_own.py);
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


# --- 1. the writer's own crisis words, whole -----------------------------------------------------------------------------

@pytest.mark.parametrize("draft, own", [
    ("mam ik weet niet wat ik moet zeggen. alles is zo zwaar. ik wil gewoon niet meer leven. sorry",
     "ik wil gewoon niet meer leven"),
    ("Tom ik zie het echt niet meer zitten. sorry dat ik dit stuur", "ik zie het echt niet meer zitten"),
])
def test_a_crisis_result_keeps_the_writers_own_gewoon_and_echt(draft, own):
    result = shrink(draft)
    assert result.crisis and own in result.sentence, result


def test_a_hedge_in_the_crisis_sentence_still_goes():
    result = shrink("Pap, ik wil eigenlijk niet meer leven. sorry")
    assert result.crisis and "ik wil niet meer leven" in result.sentence, result


@pytest.mark.parametrize("draft, state, means", [
    ("Inge het gaat echt niet meer. Ik heb de pillen van mijn moeder gespaard en ik weet niet wat ik ga doen. Sorry.",
     "het gaat echt niet meer", "pillen"),
    ("Sofie het gaat slecht. Ik sta op het dak van de garage en ik wil springen.", "het gaat slecht", "springen"),
])
def test_the_writers_own_state_stays_beside_the_means(draft, state, means):
    result = shrink(draft)
    assert result.crisis and state in result.sentence and means in result.sentence, result
    assert "met me" not in result.sentence.split("?")[0], result  # the ready state is not added on top
