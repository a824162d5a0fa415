"""Round 51 (c51a): real crisis lines that got no tier (or only the gentle line), raised by their general shape.

Eight shapes (crisis corpus README, "Round 51 (c51a)"; corpus lines in eigen61.toml): one's own medicine saved when it
was named a sentence before (`ze-opgespaard-en-meer`), 'ik ga ze allemaal nemen' (`ze-allemaal-nemen`), medicine
stopped against the doctor's word with a passive wish (`gestopt-en-laten-gebeuren`), belongings or passwords handed
over with thanks in the past tense (`overdracht-en-dank`), a day chosen when the house is empty
(`dag-gekozen-huis-leeg`), a dose asked 'voor mezelf' (`dosis-voor-mezelf`), all acuut; feeling nothing and not
being there (`niks-voelen-leeg`), everything pointless without the one who died (`zinloos-zonder-dierbare`), no
energy for anything while lying in one's room (`geen-energie-op-kamer`), all zorg. Each shape has real variants and
harmless twins in the same words that must get nothing. None of these sentences is in the corpus.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess


def _fired(text: str) -> set[str]:
    """The names of the combinations and phrases that gave a signal (hints left out)."""
    return {signal.phrase.split(" (")[0] for signal in assess(text).signals if signal.level != "hint"}


PANEL = [
    ("Dag dokter, kan ik nog een doosje temazepam krijgen? Ik heb er nog een stel. Ik spaar ze op, maar dat is mijn zaak.",
     "ze-opgespaard-en-meer"),
    ("die pillen van de psychiater slik ik niet meer. ik leg ze opzij, vraag maar niet waarom", "ze-opgespaard-en-meer"),
    ("ik neem mijn medicijnen al weken niet. ze liggen in een doosje. vannacht neem ik ze allemaal", "ze-allemaal-nemen"),
    ("de neuroloog zei dat ik niet mocht stoppen. ik ben toch gestopt. als het misgaat is dat maar zo",
     "gestopt-en-laten-gebeuren"),
    ("Mijn laptop is voor jou en mijn wachtwoorden heeft Ruben. Je bent echt een lieve broer geweest.",
     "overdracht-en-dank"),
    ("donderdag de 9e zijn ze allemaal weg en is het huis leeg. dan is het gedaan met alles. staat in mijn agenda",
     "dag-gekozen-huis-leeg"),
    ("jij werkt toch in de apotheek? hoeveel van die slaaptabletten is te veel? vraag het voor mezelf", "dosis-voor-mezelf"),
]
PANEL_TWINS = [
    "Dag dokter, kan ik nog een doosje temazepam krijgen? Ik heb er nog twee en ik ga op reis.",
    "die zegels van de bakker spaar ik op, ik leg ze opzij, nog drie en dan heb ik een gratis brood",
    "mijn vitamines neem ik allemaal tegelijk bij het ontbijt",
    "de neuroloog zei dat ik mocht stoppen met de pillen. ik ben gestopt, het gaat goed",
    "Ik verhuis naar Leuven, mijn oude laptop is voor jou. Je bent echt een lieve broer geweest met sjouwen.",
    "donderdag de 9e zijn ze allemaal weg en is het huis leeg. dan geef ik een feest, staat in mijn agenda",
    "jij werkt toch in de apotheek? hoeveel paracetamol mag mijn dochter van 5 per dag?",
]


@pytest.mark.parametrize(("text", "rule"), PANEL)
def test_a_real_line_of_the_shape_gets_the_panel(text, rule):
    assert assess(text).tier == "acuut", (text, assess(text).signals)
    assert rule in _fired(text), (text, _fired(text))


@pytest.mark.parametrize("text", PANEL_TWINS)
def test_its_harmless_twin_stays_quiet(text):
    assert assess(text).tier is None, (text, assess(text).signals)


GENTLE = [
    ("ik sta op, ik werk, ik kook en voel helemaal niks meer. ik ben er eigenlijk niet", "niks-voelen-leeg"),
    ("sinds ons Marcel weg is zijn de dagen zo lang. het is allemaal zo zinloos zonder hem", "zinloos-zonder-dierbare"),
    ("heb geen energie meer voor niks. ik blijf gewoon in mijn bed liggen", "geen-energie-op-kamer"),
]
GENTLE_TWINS = [
    "na die prik bij de tandarts voel ik helemaal niks meer in mijn lip, ik ben er eigenlijk niet bij vanmiddag",
    "ons Marcel is op reis en de quiz is allemaal zo zinloos zonder hem",
    "na de marathon heb ik geen energie meer voor niks, ik blijf gewoon in mijn bed liggen vandaag",
]


@pytest.mark.parametrize(("text", "rule"), GENTLE)
def test_a_real_line_of_the_gentle_shape_gets_at_least_the_gentle_line(text, rule):
    assert assess(text).tier in ("zorg", "acuut"), (text, assess(text).signals)
    assert rule in _fired(text), (text, _fired(text))


@pytest.mark.parametrize("text", GENTLE_TWINS)
def test_its_harmless_twin_gets_nothing(text):
    assert assess(text).tier is None, (text, assess(text).signals)


def test_an_approved_stop_with_a_saved_supply_still_gets_the_panel():
    text = "ben gestopt met mijn pillen, de huisarts vond dat goed. maar ik spaar ze op, ik heb er al dertig"
    assert assess(text).tier == "acuut", assess(text).signals
