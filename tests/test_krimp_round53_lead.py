"""Round 53 (lead): in a crisis result, a call verb inside the writer's own clause is no call of its own.

'Marc, sorry da ik u zomaar stuur na al die jaren. …' (p52-058, brought in round 53): 'stuur' after 'ik u zomaar' was
read as an imperative call ('stuur …'), and the crisis result ended in the nonsense sentence 'Stuur na al die jaren.'
A call verb right after an adverb that follows a pronoun ('ik u zomaar stuur', 'dat ik je even app') is the clause's
own verb (crisis_calls._BETWEEN); a call after a comma or at a sentence's start is still read as a call.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft", [
    "Marc, sorry da ik u zomaar stuur na al die jaren. Ik wil er nie meer zijn. Zoudt ge vandaag kunnen bellen?",
    "Marc, sorry dat ik u zomaar stuur na al die jaren. Ik wil niet meer leven. Kunt u vandaag bellen?",
    "Els, sorry dat ik je even app zo laat op de avond. Ik wil niet meer leven. Kun je vanavond komen?",
])
def test_a_verb_of_the_apology_is_no_call(draft):
    result = shrink(draft)
    assert result.crisis
    low = result.sentence.lower()
    assert "na al die jaren" not in low and "zo laat op de avond" not in low, result.sentence
    assert "niet meer leven" in low or "nie meer zijn" in low, result.sentence
    assert low.rstrip().endswith("?"), result.sentence


@pytest.mark.parametrize(("draft", "call"), [
    ("ik wil dood, zo bel eva", "bel nu eva"),
    ("ik wil niet meer leven. bel eva aub", "bel nu eva"),
    ("Ik kan niet meer, ik wil dood. Sms mijn zus.", "sms nu mijn zus"),
])
def test_a_call_of_its_own_is_still_read(draft, call):
    result = shrink(draft)
    assert result.crisis
    assert call in result.sentence.lower(), result.sentence
