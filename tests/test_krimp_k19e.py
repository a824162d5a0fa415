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


# A hedge in front of the honest sentence went: the subject goes in front again (fronted.py).
@pytest.mark.parametrize("draft,state", [
    ("Eerlijk gezegd ben ik op. Kun je vanavond koken?", "Ik ben op."),
    ("Hoi Jan, natuurlijk ben ik moe van de verbouwing. Kun je zaterdag de kast ophalen?", "ik ben moe"),
    ("Eerlijk gezegd zie ik het niet meer zitten. Kun je me bellen?", "Ik zie het niet meer zitten."),
])
def test_no_verb_first_honest_sentence_after_a_dropped_hedge(draft: str, state: str) -> None:
    assert state in shrink(draft).sentence


def test_a_particle_after_an_article_is_a_noun() -> None:
    out = shrink("Zou je het erg vinden om de bak iedere maandagavond voor mij aan de weg te zetten?")
    assert "aan de weg zetten" in out.sentence and "wegzetten" not in out.sentence


@pytest.mark.parametrize("draft", [
    "Kun je vragen of er iemand is die mij zondagmorgen zou kunnen brengen?",
    "Wil je kijken of er een buur is die de hond maandagmorgen zou kunnen uitlaten?",
])
def test_a_moment_on_en_is_no_infinitive_that_ends_the_ask(draft: str) -> None:
    out = shrink(draft)
    assert out.sentence.rstrip("?").split()[-1] in ("brengen", "uitlaten")


def test_a_match_score_is_no_moment_for_the_ask() -> None:
    out = shrink("Wat een wedstrijd zondag, 3-1 tegen de Zwaluwen. Kan iemand de wasbeurt van de shirts overnemen?")
    assert "3-1" not in out.sentence and "wasbeurt" in out.sentence
    assert "4-2" in shrink("Kun je op 4-2 komen helpen?").sentence  # a date stays a date


def test_three_capitals_closing_a_sentence_name_a_place_not_the_reader() -> None:
    out = shrink("Goedemiddag, ik heb al jaren last van mijn schouder. Ik heb een praktijk gevonden, Fysio Noord Oost. "
                 "Kan de dokter een verwijzing voor de fysiotherapeut maken?")
    assert not out.sentence.startswith("Fysio")


def test_a_fronted_word_after_the_vocative_is_lower_case() -> None:
    out = shrink("Hoi Joke, Alleen loop ik vast met het verslag. Kun je mij een voorbeeld sturen?")
    assert out.sentence.startswith("Joke, alleen loop ik vast")
