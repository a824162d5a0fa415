"""The second request's own sentence (contract point 5) goes through the same engine when its quick rewrite
raises a doubt (round 29, lead): 'zoudt ge … kunnen' became 'kunt ge' in the main ask but stayed in the second
('Als ge ne keer tijd hebt, zoudt ge mijn ladder kunnen terugbrengen …?'). A condition it cannot place stays."""
import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "second"), [
    ("Patrick, kunt gij dinsdagavond de groene container voor mij buiten zetten? En als ge ne keer tijd hebt, zoudt ge "
     "mijn boormachine kunnen terugbrengen naar mijn zus in de Kerkstraat?",
     "Als ge tijd hebt, kunt ge mijn boormachine terugbrengen naar mijn zus in de Kerkstraat?"),
    ("Hoi Ellen, kun jij morgen de kinderen van school halen? Als je toch komt, zou je dan ook naar de kraan in de "
     "badkamer kunnen kijken, die lekt al weken?",
     "Als je toch komt, kun je dan ook naar de kraan in de badkamer kijken, die lekt al weken?"),
])
def test_the_second_is_said_directly(draft, second):
    result = shrink(draft)
    assert result.second == second
    assert "zou" not in result.second.lower()


def test_a_meaningful_condition_of_the_second_stays():
    result = shrink("Kunt ge op mijn trouw getuige zijn? Als ge ja zegt, zoudt ge dan ook een speechke kunnen doen?")
    assert result.second.startswith("Als ge ja zegt, ")
