"""Round 18, fixer k18d: long messages — find the request among what the writer says around it.

Every test has a case that failed on the code before (5a84585); all drafts are our own wording.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


# 'Dan kan ik …' after the request says what the writer can do once helped: a statement, never the
# request (it was made 'Kan ik me op de audit van vrijdag richten?', sure, because of its moment).
@pytest.mark.parametrize("draft, kept, never", [
    ("Hoi Marieke, zou jij het kwartaalrapport van mij kunnen overnemen? Dan kan ik me op de audit van vrijdag richten.",
     "kwartaalrapport", "audit"),
    ("Wil jij zaterdag de hond uitlaten? Dan kan ik maandag eindelijk naar de tandarts.", "hond", "tandarts"),
    ("Hey Joost, kun je de sleutel bij de buren afgeven? Dan kunnen we morgenavond gewoon naar binnen.",
     "sleutel", "binnen"),
])
def test_then_i_can_is_the_consequence_not_the_request(draft, kept, never):
    result = shrink(draft)
    assert kept in result.sentence
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert never not in result.sentence or not result.sure or beside_kept(draft, result)


@pytest.mark.parametrize("draft", [
    "Ben je bij de AH? Dan kan je ff deo meenemen.",  # 'dan' with 'je': still the request
    "Zou jij de kinderen kunnen halen? Dan kan ik nog even werken?",  # a '?' of its own: left as it was
])
def test_then_with_you_or_a_question_mark_is_left_alone(draft):
    result = shrink(draft)
    assert result.sentence.endswith("?")


# 'ik had je/u willen vragen of …' is a lead-in frame like 'ik wilde je vragen of …' (it was left whole,
# not sure: 'geen-vraag').
@pytest.mark.parametrize("draft, expected", [
    ("Hoi Jan, ik had je willen vragen of je morgen mijn pakje zou kunnen aannemen.",
     "Jan, kun je morgen mijn pakje aannemen?"),
    ("Dag Marleen, ik had u willen vragen of ge volgende week naar ons huis zoudt kunnen kijken.",
     "Marleen, kunt ge volgende week naar ons huis kijken?"),
    ("Hoi Jan, ik had je graag even willen vragen of ik zaterdag je boormachine mag lenen.",
     "Jan, mag ik zaterdag je boormachine lenen?"),
])
def test_had_wanted_to_ask_whether_is_a_frame(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected


def test_then_i_would_like_stays_the_request():
    draft = "Hoi Joke, ben je morgen thuis? Dan zou ik even langs willen komen om de foto's van mam te brengen."
    result = shrink(draft)
    assert "foto's van mam" in result.sentence


def test_then_we_can_after_a_presence_question_is_still_the_ask():
    result = shrink("Hey Lisa, ben je morgen op de zaak? Dan kunnen we even de planning doorspreken.")
    assert "de planning doorspreken?" in result.sentence
