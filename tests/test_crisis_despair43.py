"""Round 43 (c43z): lasting despair in the writer's own words gives the gentle line, never the panel.

The lines below were written for this test, in the shape of the first-sight misses of earlier bring-ins
(`tools/crisis_first_sight_missed.py`): exhaustion beside an ordinary burden (a baby, a farm, the offers) said to last,
and no point to one's days said as a 'what for'. Before this round the engine gave each of them nothing; each harmless
twin says the same state once or about a thing, and stays quiet.
"""

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.crisis.despair import kinds

REAL = [
    ("de koeien, de melkprijs, de bank die elke dag belt, ik ben op", "aanhoudend"),
    ("al maanden elke avond tot laat aan de offertes, het lukt me niet meer, ik ben zo op", "aanhoudend"),
    ("elke nacht wakker van de baby en overdag de winkel, ik ben op", "aanhoudend"),
    ("de winkel is verkocht, de kinderen bellen niet. waarvoor eigenlijk.", "waartoe"),
    ("geen werk, geen vrienden, ik heb geen zin meer in niks", "waartoe"),
]
TWINS = [
    "ik ben op, de tweeling had vannacht koorts",
    "na die verhuisdag ben ik op, morgen uitslapen",
    "de kleine had vannacht koorts, ik kan niet meer, koffie!",
    "ik vraag me af waarvoor die nieuwe regel bij de bakkerij is",
    "ik heb geen zin meer in niks van die cursus, saai joh",
    "waar doe ik het voor, voor een tientje per uur? ik zoek ander werk",
]


@pytest.mark.parametrize(("text", "kind"), REAL)
def test_lasting_despair_gets_the_gentle_line(text: str, kind: str) -> None:
    found = assess(text)
    assert found.tier == "zorg"
    assert any(s.level == "zorg" and s.phrase.startswith(f"{kind}:") for s in found.signals)


@pytest.mark.parametrize("text", TWINS)
def test_the_harmless_twin_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


def test_the_state_must_last() -> None:
    """The same exhaustion without a lasting time is not this signal's (the normaliser's fillers do not hide it)."""
    assert kinds([" ik ben op "], "ik ben op") == []
    assert kinds([" ik ben op "], "ik ben op, elke dag weer") == ["aanhoudend"]


def test_an_exclusion_masks_the_words() -> None:
    """The state is read in the rules' masked sentences: a masked 'ik kan niet meer' (after laughing) never counts."""
    assert kinds([" | "], "al weken elke dag gelachen, ik kan niet meer") == []
