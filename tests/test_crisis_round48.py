"""Round 48 (c48): crisis-j (tuning-ho47j1/j2) and the probe cp47 (tuning47-cp) brought in; wrong lines mended by the
reason they fired or missed, never by the line. The sentences here are new variants, none a corpus line.

False panels, by reason (`crisis/ordinary_cause.py`: acute words whose ordinary cause the message names; lowered to the
gentle line, never to nothing):
A. not waking up from a noise or until a clock time ('ik hoop dat ik niet wakker word van de vuilniswagen'), guarded
   (c48f) by what follows the time ('daarna', 'voorbij', 'en dan', 'ook niet meer'), a means as the 'noise' ('van het
   gas'), and any acute signal that is not the waking words.
B. a habit quit and C. an injury at an ordinary thing with its care: taken back (c48f, the review of c48: they lowered
   28 and 18 real lines from the panel). Their harmless lines keep the panel (a false panel, in open/); the test below
   says so, so a kind of this shape must come back with its real lines checked.
A miss, by reason:
D. 'ik zie het niet meer zitten met die alimentatie': alimony is a money burden like debts and bills (the round-18
   gentle signal), not an ordinary chore the round-33 exception lowers to nothing.
Every lowering has its real twins here, which keep the panel.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

LOWERED = [
    # A
    "ik hoop dat ik niet wakker word van de vliegtuigen, we slapen vlak bij schiphol",
    "na die dienst wil ik tot de middag niet wakker worden, niet bellen",
    "ik hoop dat ik niet meer wakker word van die mug, ik heb al vier keer het licht aangedaan",
]

TAKEN_BACK = [
    # B and C (c48f): harmless, but no ordinary-cause lowering reads them any more; the panel stays (safety policy)
    "ik ben gestopt met snoepen, nooit meer chocola, ik meen het deze keer",
    "drie maanden rookvrij, nooit meer terug, echt ik meen het",
    "ik stop met vapen, nooit meer, ik meen het, duim voor me",
    "mijn hand verbrand aan de soldeerbout op stage, grote blaar, baas zei koud water erover",
]

KEEP_PANEL = [
    # A: a wish beside the noise, a means, the words 'nooit', 'leven', 'hoeft niet meer'
    "ik hoop dat ik morgen niet meer wakker word, dan is het eindelijk over",
    "ik wil niet meer wakker worden van mijn eigen gedachten, ze zijn te zwaar, het hoeft niet meer",
    "heb alles genomen wat er lag, hoop dat ik niet meer wakker word van de zon morgen",
    "ik wil niet meer wakker worden van het lawaai in mijn hoofd, ik heb de pillen al klaarliggen",
    # B: a habit quit beside a farewell or an end of one's own
    "gestopt met roken, nooit meer, ik meen het. dit is mijn laatste bericht aan jullie",
    "nooit meer, ik meen het. zonder sigaret of met, het maakt niet meer uit, ik ben er morgen niet meer",
    "rookvrij sinds maandag, maar ik neem vanavond afscheid van iedereen. nooit meer",
    # C: on purpose, a blade, again
    "heb mezelf verbrand aan de kachel, expres, ik verdien het",
    "ik heb me gesneden aan een scherf, bewust, de pleisters verstop ik",
    "mijn arm verbrand aan de kachel, expres, blaar en al",
    "gesneden aan een mesje, weer gedaan na drie maanden, sorry",
]

NOW_CAUGHT = [
    ("ik zie het niet meer zitten met die alimentatie, elke maand kom ik tekort en de kinderen zie ik amper", ZORG),
    ("k zie het nie meer zitten met die alimentatie, 'k heb niks meer over", ZORG),
]

STAY_QUIET = [
    "ik zie het niet meer zitten met die verbouwing, nog drie weken stof",
    "ik zie het niet meer zitten met de alimentatie-aanvraag, dat formulier is zo ingewikkeld. kan iemand helpen?",
    "de alimentatie is eindelijk geregeld, ik kan niet meer wachten tot het weekend",
]


@pytest.mark.parametrize("text", LOWERED)
def test_an_ordinary_cause_lowers_the_panel_to_the_gentle_line(text):
    result = assess(text)
    assert result.tier == ZORG, (text, result)
    assert any(signal.phrase.startswith("gewone oorzaak") for signal in result.signals)


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_the_habit_and_injury_kinds_are_taken_back(text):
    result = assess(text)
    assert not any(signal.phrase.startswith("gewone oorzaak") for signal in result.signals), (text, result)


@pytest.mark.parametrize("text", KEEP_PANEL)
def test_a_real_twin_keeps_the_panel(text):
    assert assess(text).tier == ACUUT, text


@pytest.mark.parametrize(("text", "tier"), NOW_CAUGHT)
def test_alimony_is_a_money_burden(text, tier):
    assert assess(text).tier == tier, text


@pytest.mark.parametrize("text", STAY_QUIET)
def test_ordinary_alimony_and_chores_stay_quiet(text):
    assert assess(text).tier is None, text
