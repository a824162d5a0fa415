"""'ge moet da zeker ni doen' is a way out for the other (Flemish 'you really don't have to'): it goes, like
'je hoeft het niet te doen'; the writer's own 'ik moet dat niet doen' stays."""
import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "expected"), [
    ("zoudt gij woensdagnamiddag op de kleine kunnen passen? ge moet da zeker ni doen",
     "Kunt gij woensdagnamiddag op de kleine passen?"),
    ("kun je zaterdag de hond uitlaten? je hoeft dat echt niet te doen hoor", "Kun je zaterdag de hond uitlaten?"),
])
def test_the_way_out_goes(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert any(f.kind == "uitweg" for f in result.findings)


def test_the_writers_own_must_not_stays():
    result = shrink("Ik moet dat niet doen van de dokter, kun jij de zware boodschappen dragen?")
    assert "Ik moet dat niet doen van de dokter" in result.sentence
