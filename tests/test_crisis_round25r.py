"""Round 25 (c25r): two kinds c25m's refit (floor 0.02) still got wrong, as rules.

- A plan about an everyday habit someone gave up or wants to give up ("die jongen wou niet meer gamen, ik heb ook
  al een plan daarvoor"): concept `gewoonte-stoppen`; where the rules hear nothing and 'plan' is the only grave
  concept, the score adds no gentle line (`quiet._habit_plan`). Not a plan to end one's life, nor a plan with a
  means, a time or a jump beside the habit.
- A handover before a trip with a duration or a return ("ik ga drie maanden reizen", "tot ik terug ben", "ik ben
  terug op de 20e"): concept `reis-duur`, a feature the score reads (probe lines in tuning25-c25r.toml). Not "ik kom
  niet terug", nor a trip denied.

Read through the rules (`observe`) and with an eager score (threshold zero), so a refit does not move these tests.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, observe

RANK = {None: 0, ZORG: 1, ACUUT: 2}


def _concepts(text: str) -> set[str]:
    _tier, _families, found = observe(text)
    return {name[2:] for name in found if name.startswith("c:")}


@pytest.fixture
def eager_score(monkeypatch):
    """The shipped weights with a threshold of zero: any message the score may read gets the gentle line."""
    from vraaghulp.coach.crisis import opinion

    monkeypatch.setattr(opinion, "_loaded", [{**opinion.weights(), "drempel": 0.0}])


@pytest.mark.parametrize("text", [
    "ik las over een jongen die niet meer wou gamen, ik heb ook al een plan daarvoor",
    "mijn neef rookt niet meer, ik heb nu ook een plan om te stoppen met roken",
    "ik wil afkicken van tiktok, mijn plan is de gsm in de keuken leggen",
    "een collega is gestopt met snoepen, ik heb een plan gemaakt om het ook te doen",
    "ik wil minder gamen, het plan staat op de koelkast",
])
def test_a_plan_about_a_habit_keeps_the_score_out(eager_score, text):
    assert "gewoonte-stoppen" in _concepts(text)
    assert assess(text).tier is None


@pytest.mark.parametrize(("text", "lowest"), [
    # a plan to end one's life beside the habit
    ("ik wil niet meer roken en ook niet meer leven, ik heb een plan", ACUUT),
    ("ik wou stoppen met gokken maar alles is kwijt, ik heb een plan om er een eind aan te maken", ACUUT),
    # a plan with a means
    ("gestopt met roken maar het maakt niet uit, mijn plan is klaar en de pillen liggen er", ACUUT),
    ("ik stop met roken en ik heb een plan, vannacht neem ik de pillen", ACUUT),
    # a plan with a time or a jump: the score still reads it
    ("ik wil niet meer gamen, ik heb een plan: morgen spring ik", ZORG),
    ("ik wil niet meer gamen, ik heb een plan voor vannacht", ZORG),
])
def test_a_plan_beside_a_means_a_time_or_an_end_still_alarms(eager_score, text, lowest):
    assert RANK[assess(text).tier] >= RANK[lowest]


@pytest.mark.parametrize("text", [
    "ik heb een plan, ik weet hoe en waar",  # no habit: the score reads it
    "ik wil niet meer eten, ik heb een plan",  # not eating is no habit given up
    "ik wil niet meer leven, ik heb een plan",
])
def test_without_a_habit_the_score_still_reads_a_plan(eager_score, text):
    assert "gewoonte-stoppen" not in _concepts(text)
    assert RANK[assess(text).tier] >= RANK[ZORG]


@pytest.mark.parametrize("text", [
    "ik ga drie maanden reizen door Chili",
    "ik trek een half jaar rond in Vietnam",
    "zolang ik weg ben geef jij de planten water",
    "de sleutel ligt bij de buurvrouw, ik ben terug op de 20e",
    "we gaan vijf weken backpacken, het kattenvoer staat in de kast",
])
def test_a_trip_with_a_duration_or_a_return(text):
    assert "reis-duur" in _concepts(text)


@pytest.mark.parametrize("text", [
    "de sleutel ligt onder de mat, ik kom niet terug",
    "ik ga niet meer op reis, nooit meer",
    "bedankt voor alles, ik ben er dan niet meer",
    "ik ben al maanden op",
])
def test_no_trip_no_duration(text):
    assert "reis-duur" not in _concepts(text)


# A handover before a trip with a duration or a return, the panel from the ambiguous kinds alone: the gentle line
# whatever the score (`opinion._trip_explains`), as the floor would give it.
@pytest.fixture
def floor_set(monkeypatch):
    from vraaghulp.coach.crisis import opinion

    monkeypatch.setattr(opinion, "_loaded", [{**opinion.weights(), "ondergrens": 0.02}])


@pytest.mark.parametrize("text", [
    "Hoi allemaal, vanaf maandag neemt Yara de planning over. De sleutels van de kast liggen bij het onthaal "
    "en de codes staan in het schrift. Bedankt voor alles, ik ga drie maanden reizen door Chili!",
])
def test_a_trip_explains_a_handover(floor_set, text):
    result = assess(text)
    assert result.tier == ZORG
    assert any("lijkt gewoon" in s.phrase for s in result.signals)


@pytest.mark.parametrize("text", [
    # the same handover with no return, a means, or others rid of the writer: the panel stays
    "Hoi allemaal, vanaf maandag neemt Yara de planning over. De sleutels van de kast liggen bij het onthaal "
    "en de codes staan in het schrift. Bedankt voor alles, ik kom niet meer terug.",
    "Hoi allemaal, de sleutels van de kast liggen bij het onthaal en de codes staan in het schrift. Bedankt voor alles, "
    "ik ga drie maanden reizen. De pillen heb ik al klaargelegd.",
    "Dag team, mijn taken liggen bij Ruben en de sleutel van het lab hangt in het kastje. Bedankt voor alles, ik ga "
    "drie maanden reizen. Zoek me niet, ik kom niet terug.",
])
def test_a_trip_beside_more_keeps_the_panel(floor_set, text):
    assert assess(text).tier == ACUUT


# Not trusting oneself with an ordinary thing: the rules read it as clumsiness, the score stays out
# (`quiet._ordinary_kind`); without the thing, or with a means, the alarm stays.
@pytest.mark.parametrize("text", [
    "ik vertrouw mezelf niet meer alleen met een kwast, kun je komen?",
    "ik ben bang voor mezelf met de creditcard in de uitverkoop",
    "ik vertrouw mezelf niet meer met de verfroller, het plafond zit vol spetters",
])
def test_not_trusting_oneself_with_an_ordinary_thing(eager_score, text):
    assert "zelf-onhandig" in _concepts(text)
    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "ik vertrouw mezelf niet meer alleen, kun je komen?",
    "ik vertrouw mezelf niet meer alleen met de pillen, kun je komen?",
    "ik vertrouw mezelf niet meer, de verf staat al weg maar ik wil dood",
])
def test_not_trusting_oneself_without_an_ordinary_thing_alarms(eager_score, text):
    assert assess(text).tier == ACUUT
