"""Round 20 (k20d): a condition or limit that carries meaning stays next to escape hatches that go.

Flemish 'moest/mocht X, kunt ge dan …' before the ask is a real condition (ifclause.py); 'alleen als je vrij
kunt krijgen', 'anders niet doen', 'als het vandaag niet lukt is morgen ook goed' are hatches; 'Alleen iemand
met een grote auto.' after the ask narrows who is asked and stays (notnow.only_some)."""

from vraaghulp.coach.krimp import shrink


def _low(text: str) -> str:
    return text.lower()


def test_flemish_moest_condition_before_the_ask_is_kept():
    r = shrink("Dag Jan, moest het deze nacht hard waaien, zoudt ge dan ook mijn vuilbak kunnen binnenzetten?")
    assert "moest het deze nacht hard waaien" in _low(r.sentence)
    assert "vuilbak binnenzetten" in r.sentence


def test_flemish_mocht_condition_is_no_question_of_its_own():
    r = shrink("Dag Bart, mocht het zaterdag vriezen, zoudt ge dan mijn waterleiding in de tuin willen afsluiten?")
    assert "mocht het zaterdag vriezen" in _low(r.sentence)
    assert "waterleiding" in r.sentence
    assert r.sentence.count("?") == 1


def test_flemish_moest_after_vocative_is_lower_case():
    r = shrink("Mama, sorry. Moest mijn bus weer niet rijden, kunde gij mij dan aan school oppikken?")
    assert "Mama, moest" in r.sentence


def test_moest_ge_tijd_hebben_stays_a_hatch():
    r = shrink("Dag Wout, moest ge tijd hebben, zoudt ge mijn haag willen snoeien?")
    assert "tijd" not in r.sentence and "haag" in r.sentence


def test_moest_het_niet_lukken_stays_a_hatch():
    r = shrink("Dag Wout, moest het nie lukken, zoudt ge dan mijn haag willen snoeien?")
    assert "lukken" not in r.sentence and "haag" in r.sentence


def test_free_from_work_is_a_hatch_not_a_condition():
    r = shrink("Hoi Joost, kun jij me vrijdag naar het vliegveld brengen? Alleen als je vrij kunt krijgen natuurlijk.")
    assert "vrij kunt" not in r.sentence and "vliegveld" in r.sentence


def test_later_is_fine_too_is_a_hatch():
    r = shrink("Hoi Kim, kun je de offerte vandaag nakijken? Als het vandaag niet lukt is donderdag ook goed hoor.")
    assert "lukt" not in r.sentence and "offerte" in r.sentence


def test_run_on_hatch_in_chat_goes():
    r = shrink("hey sem kan jij morgen mn fiets ophalen bij de maker als je moet werken is het ook prima hoor dan haal ik hem wel zaterdag")
    assert "prima" not in r.sentence and "haal ik" not in r.sentence
    assert "fiets ophalen" in r.sentence


def test_otherwise_not_is_a_hatch():
    r = shrink("Lotte, kun jij zaterdag de taart ophalen? Anders niet doen hoor, ik vind wel iemand.")
    assert "anders niet doen" not in _low(r.sentence) and "taart" in r.sentence


def test_only_someone_with_limit_after_the_ask_is_kept():
    r = shrink("Wie kan zondag de tafels naar de zaal brengen? Alleen iemand met een aanhanger, ze zijn te lang.")
    assert "alleen iemand met een aanhanger" in _low(r.sentence)


def test_only_the_noun_limit_is_kept_but_a_statement_is_not_one():
    kept = shrink("Kun je morgen de planten water geven? Alleen de twee citroenbomen op het terras.")
    assert "alleen de twee citroenbomen op het terras" in _low(kept.sentence)
    plain = shrink("Kun je morgen de planten water geven? Alleen de buren zijn op reis.")
    assert "buren zijn op reis" not in _low(plain.sentence)
