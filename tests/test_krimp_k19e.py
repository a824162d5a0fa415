"""Round 19 (k19e): long messages with the request in the middle of news and context."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink

# News or chat questions first, the real ask to the reader later (midask.py).
MIDDLE = [
    ("Lief, ben je al onderweg? De kinderen slapen eindelijk en ik ben kapot. "
     "Kun jij bij de bakker nog brood en melk halen?", "bakker nog brood en melk halen"),
    ("Beste buurman, als de vuilniswagen om zeven uur komt, kan hij er niet langs. Uw auto staat al "
     "twee dagen voor de ingang van de steeg. Zou u de auto morgen voor zeven uur willen verplaatsen? "
     "Dank u wel.", "de auto morgen voor zeven uur verplaatsen"),
    ("hee bo, hoe was je date?? vertel! ik lig hier ziek op de bank. mag ik jou als noodcontact opgeven "
     "bij de school van finn?", "mag ik jou als noodcontact opgeven"),
]


@pytest.mark.parametrize("draft,ask", MIDDLE)
def test_the_ask_after_news_questions_is_the_request(draft: str, ask: str) -> None:
    out = shrink(draft)
    assert ask in out.sentence.lower()
    assert not out.sure  # chosen past the first question: offered, never sure on this ground


def test_a_news_question_is_never_the_sure_result() -> None:
    out = shrink("Was iemand vandaag bij de training? Ik lag met griep in bed. "
                 "Kan iemand mij het nieuwe schema van de trainer sturen?")
    assert "schema" in out.sentence and not out.sure


def test_a_presence_question_with_dan_still_leads_in() -> None:
    out = shrink("mam ben je bij de ah? kan je dan ff meenemen\n- brood\n- kaas (de jonge)\n- appels")
    assert "bij de ah" in out.sentence.lower() and "kaas" in out.sentence
