"""Round 49 (c49b): ordinary asks of the krimp corpus got the full panel from combinations that joined a word read in a
sense the message does not have (`crisis/ordinary_ask.py`). Each shape is lowered to the gentle line, never to
nothing; one shape at the gentle line only ('ik zit vast met hoofdstuk 3', where the rules themselves gave zorg) goes
to nothing. Every shape has its dangerous twins, which keep the panel: here new variants (none a corpus line), and in
the corpus tests/corpus/crisis/eigen58.toml (30+ per shape).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess
from vraaghulp.coach.crisis.ordinary_ask import parts

CORPUS = Path(__file__).parent / "corpus"
NOTE = "gewone vraag"

# The two examples of the task: ordinary asks that got the full panel.
TASK_EXAMPLES = [
    "Hey Sofie, ik ben morgen heel de dag op opleiding in Mechelen. De release van de app staat gepland om 14u. Zoudt "
    "gij die kunnen opvolgen, maar enkel de tests laten lopen en niks live zetten als er iets rood staat? Ik weet dat "
    "ge zelf genoeg hebt, laat maar weten of het lukt.",
    "schat ik wil geen ruzie maken he maar ik heb da al drie keer gezegd 🙈 morgen komen uw ouders eten en de living "
    "ligt vol met uw fietsspullen. zoudt ge die vanavond nog naar de garage kunnen brengen? nie in de berging want daar "
    "kan ik er niet meer bij. love u",
]

LOWERED = [  # new harmless variants, one or more per shape: the panel goes, the gentle line stays
    "De update van het kassasysteem staat gepland voor maandag. Kun jij zondag de back-up nog draaien?",
    "Als jij al iets gepland had, laat maar weten, dan vraag ik het zaterdag aan Bram.",
    "Zet de tuinstoelen niet op de zolder, daar kan ik er niet meer bij sinds mijn heupoperatie.",
    "Zoudt ge Lotte vandaag tot zes uur kunnen houden in de plaats van tot vier?",
    "sorry da ik altijd iets vraag maar kunde gij mij de slides van economie sturen, ik trek het nie meer met de blok",
    "Ik wil niet dat de rest van de klas ziek wordt, mag Noor zaterdag alleen mee als ze koortsvrij is?",
    "Sinds Marleen er niet meer is, zit ik s avonds veel alleen. Ik schrijf je dit briefje: kom je eens koffie drinken?",
    "De lamp boven de trap brandt niet meer en mijn moeder is slecht ter been. Kan de conciërge ernaar kijken?",
    "De ketting van mijn fiets is eraf en ik heb vandaag geen auto. Kun jij me om vijf uur oppikken?",
    "Ik heb een doos met 40 tegels gekocht maar ze passen niet in mijn auto. Kun je ze morgen halen?",
]

QUIETED = [  # the rules' gentle line on 'ik zit vast' with a task: nothing
    "Dag meneer Peeters, ik zit vast met oefening 7 van fysica. Mag ik na de les even komen vragen?",
    "sorry, ik zit vast met taak 2 van wiskunde, heb jij de oplossing van oefening 5?",
]

KEEP_PANEL = [  # new real twins in the same words: the panel stays, and no everyday-sense note stands on them
    "de datum is gepland, zaterdag als iedereen weg is, de pillen heb ik al",
    "de afspraak bij de tandarts staat gepland maar ik ben er dan niet meer, ik heb het touw gekocht",
    "het is gepland voor vannacht, niemand hoeft mij nog te zoeken",
    "het viaduct achter de school, daar kan ik het doen. morgen",
    "in de plaats van naar huis te gaan rij ik naar de brug en spring ik",
    "sorry dat ik je weer lastigval, ik heb net al mijn pillen geslikt",
    "sorry dat ik altijd iets vraag, ik hou van jullie, dit is mijn laatste bericht",
    "sinds Karel er niet meer is wil ik ook niet meer leven, ik wil bij hem zijn",
    "mijn dochter is overleden. zondag ben ik bij mijn dochter in Tilburg, bij haar graf, en ik ga niet meer naar huis",
    "ik heb met een aansteker mijn been gebrand, weer, niemand weet het",
    "ik zoek een plek voor de trein, ik spring vannacht",
    "als jullie me niet meer zien is dat ook goed, ik ga vannacht naar de brug",
    "de ketting is eraf, net als ik, ik ga van het dak springen",
]

KEEP_GENTLE = [  # real lines with 'ik zit vast': an alarm stays
    "ik zit vast in mijn hoofd, ik weet niet meer hoe ik verder moet",
    "ik zit vast met mijn gedachten en het wordt alleen maar erger",
]


def _noted(result) -> bool:
    return any(NOTE in signal.phrase for signal in result.signals)


@pytest.mark.parametrize("text", TASK_EXAMPLES + LOWERED)
def test_an_everyday_sense_lowers_the_panel_to_the_gentle_line(text):
    result = assess(text)
    assert result.tier == ZORG and _noted(result), (result.tier, result.signals)


@pytest.mark.parametrize("text", QUIETED)
def test_a_task_one_is_stuck_with_gets_no_line(text):
    result = assess(text)
    assert result.tier is None and _noted(result), (result.tier, result.signals)


@pytest.mark.parametrize("text", KEEP_PANEL)
def test_a_real_twin_keeps_the_panel(text):
    result = assess(text)
    assert result.tier == ACUUT and not _noted(result), (result.tier, result.signals)


@pytest.mark.parametrize("text", KEEP_GENTLE)
def test_a_real_stuck_line_keeps_an_alarm(text):
    result = assess(text)
    assert result.tier in (ZORG, ACUUT) and not _noted(result), (result.tier, result.signals)


def test_no_real_line_of_eigen58_carries_the_note():
    """The 30+ twins per shape: the lowering never stands on a real line (they keep the panel or the tier main gave)."""
    lines = tomllib.loads((CORPUS / "crisis" / "eigen58.toml").read_text(encoding="utf-8"))["regel"]
    real = [line["tekst"] for line in lines if line["verwacht"] != "geen"]
    assert len(real) >= 30 * 14
    noted = [text for text in real if _noted(assess(text))]
    assert not noted, noted


KRIMP_LOWERED = ["h26b-004", "h30a-032", "h32a-016", "h39a-019", "h42b-030", "h43b-019", "h48a-010", "h48b-007",
                 "p41-021", "p46-013", "p48-042", "p48-051", "y35b-031", "z1-030"]


def test_the_krimp_drafts_of_these_shapes_lose_the_panel():
    drafts = {}
    for path in sorted((CORPUS / "krimp").glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            drafts[case.get("id")] = case["concept"]
    tiers = {key: assess(drafts[key]) for key in KRIMP_LOWERED}
    wrong = {key: result.tier for key, result in tiers.items() if result.tier != ZORG or not _noted(result)}
    assert not wrong, wrong


def test_the_parts_of_a_combination_are_read_from_its_phrase():
    phrase = ("veel-geregeld (weggeven-bezit: weggeven-bezit (bezit: mijn auto + weggeven: verkocht) + regelen: briefje "
              "+ signaal:tijd: morgen)")
    assert parts(phrase) == [("weggeven-bezit", "weggeven-bezit"), ("regelen", "briefje"), ("tijd", "morgen")]
    assert parts("ik zie het niet meer zitten") == []
