"""Round 19 (k19f): negations and conditions that carry the meaning stay, hatches that only soften go,
and a result that lost the ask's verb is never sure."""

from vraaghulp.coach.krimp import shrink


def _low(text: str) -> str:
    return text.lower()


def test_hatch_after_the_moment_keeps_the_ask():
    r = shrink("Hoi Bram, kun jij donderdag als het je uitkomt mijn boekenkast ophalen bij de kringloop?")
    assert "boekenkast ophalen" in r.sentence
    assert "uitkomt" not in r.sentence


def test_flemish_hatch_after_the_moment_keeps_the_ask():
    r = shrink("Zoudt ge morgen als ge tijd hebt mijn lekke band ne keer plakken?")
    assert "band" in r.sentence and "plakken" in r.sentence
    assert "tijd hebt" not in r.sentence


def test_question_left_hollow_is_not_sure():
    r = shrink("kunde gij woensdag moest ge tijd hebben de tafel mee helpen dragen")
    assert not ("tafel" not in r.sentence and r.sure)


def test_flemish_ma_limit_after_the_ask_is_kept():
    r = shrink("broer kunde gij mij morgen oppikken aan het station? ma ni met de moto van nonkel, die weet van niks 😅")
    assert "ni met de moto van nonkel" in _low(r.sentence)


def test_condition_without_someone_knowing_is_kept():
    r = shrink("jo Lotte, kunde gij mij 30 euro voorschieten tot vrijdag? zonder da papa het weet he, anders krijg ik huisarrest")
    assert "zonder da papa het weet" in _low(r.sentence)


def test_limit_after_a_kept_state_is_kept():
    r = shrink("schat zoudt gij vanavond de kinders in bad willen steken? ik ben op. ma ni weer met da schuim he, ze krijgen er uitslag van")
    assert "ni weer met da schuim" in _low(r.sentence)


def test_soft_condition_still_goes():
    r = shrink("Kun je zaterdag mijn kast ophalen? Alleen als je tijd hebt natuurlijk.")
    assert "alleen als" not in _low(r.sentence)


def test_vague_week_keeps_its_moment():
    r = shrink("Zou je ergens volgende week mijn scriptie willen nalezen?")
    assert "volgende week" in r.sentence


def test_otherwise_condition_ends_before_its_reason():
    r = shrink("hey Jens, zoudt ge mij morgen uw sleutel van het atelier kunnen lenen? anders kan ik er ni in en de levering moet binnen. sorry voor het gedoe")
    assert "anders kan ik er ni in" in _low(r.sentence)
    assert "levering" not in r.sentence


def test_limit_goes_where_the_draft_said_it():
    r = shrink("Kun jij vanavond de was ophangen? Wel pas als Noor slaapt hoor, anders wordt ze wakker. Ik ben op.")
    s = _low(r.sentence)
    assert "pas als noor slaapt" in s
    assert s.index("pas als noor slaapt") < s.index("ik ben op")
