"""A moment typed apart (the practice flow's 'Wanneer heb je het nodig?', `krimp --wanneer`) never stands beside
another day the ask already names: the ask keeps its own day and the result is not offered as sure."""
import pytest

from vraaghulp.coach.krimp import compose, shrink


@pytest.mark.parametrize(("draft", "moment", "expected"), [
    ("zoudt gij woensdagnamiddag op haar kunnen passen zodat wij een paar uur kunnen slapen?", "zondag bij het eten",
     "Kunt gij woensdagnamiddag op haar passen zodat wij een paar uur kunnen slapen?"),
    ("wil je meegaan naar de volgende afspraak op 14 november?", "zondag aan de telefoon",
     "Wil je meegaan naar de volgende afspraak op 14 november?"),
    ("Zoudt ge mee willen gaan naar de dokter op 3 juni?", "zaterdagavond", "Wilt ge meegaan naar de dokter op 3 juni?"),
])
def test_two_days_never_stand_side_by_side(draft, moment, expected):
    result = shrink(draft, moment=moment)
    assert result.sentence == expected and not result.sure
    assert moment.split()[0] not in result.sentence.lower()


@pytest.mark.parametrize(("draft", "moment", "expected"), [
    ("kun je helpen met de verhuizing van zaterdag?", "vrijdag", "Kun je vrijdag helpen met de verhuizing van zaterdag?"),
    ("kun je mijn verslag voor maandag nalezen?", "morgen", "Kun je morgen mijn verslag voor maandag nalezen?"),
    ("kun je om 3 uur mijn pakje aannemen?", "vrijdag", "Kun je vrijdag om 3 uur mijn pakje aannemen?"),
    ("kun je na het eten mijn mail nalezen?", "vanavond", "Kun je vanavond na het eten mijn mail nalezen?"),
    ("kun je morgen mijn pakje aannemen?", "vrijdag", "Kun je vrijdag mijn pakje aannemen?"),
    # one day word in the ask: the typed day takes its place, as a correction (refs._swap_day)
    ("kun je zaterdagochtend de kinderen naar voetbal brengen?", "vrijdag", "Kun je vrijdag de kinderen naar voetbal brengen?"),
])
def test_a_day_in_a_phrase_an_hour_or_one_day_word_still_takes_the_typed_day(draft, moment, expected):
    result = shrink(draft, moment=moment)
    assert result.sentence == expected and result.sure


def test_the_practice_flow_composes_the_same_way():
    sentence = compose("Lien", "zoudt ge woensdagnamiddag op de kleine kunnen passen?", "zondag bij het eten")
    assert "woensdagnamiddag" in sentence and "zondag" not in sentence
