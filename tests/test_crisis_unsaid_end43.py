"""Round 43 (c43a): an end left unsaid (things given away, a goodbye, a dangerous place, a passive wish) gives the
gentle line where the rules and the second opinion heard nothing, never the panel.

The lines below were written for this test, in the shape of the first-sight misses of earlier bring-ins
(`tools/crisis_first_sight_missed.py`, groups G, F, P, W). The first group is what only the new signal hears: before
this round the engine gave each of them nothing. The second group says the same in words the rules already hold (they
keep their panel); the signal's own reading is checked on them too. Each harmless twin shares the surface (a gift, a
thanks, a roof, 'het maakt me niet uit') and gives the ordinary reason, purpose or outing, and stays quiet.
"""

import pytest

from vraaghulp.coach.crisis import assess, normalised
from vraaghulp.coach.crisis.unsaid_end import kinds

ONLY_THIS = [
    ("wie wil mijn aquarium? ik ga het niet meer nodig hebben", "weggeven"),
    ("bedankt voor al je geduld met mij, niet terugbellen", "afscheid"),
    ("zit boven op de flat, laat me", "plek"),
    ("sta aan de kaai, laat maar", "plek"),
    ("mijn pillen gaan in de prullenbak, als ik dan inslaap is dat het beste", "passief"),
]
RULES_TOO = [
    ("ge moogt al mijn lego hebben, ik ga dat niet meer nodig hebben", "weggeven"),
    ("wie wil mijn drumstel? ik ga het niet meer nodig hebben. nee ik verhuis niet", "weggeven"),
    ("ik hou echt van je, voor het geval dat. niet terugbellen", "afscheid"),
    ("ik heb een brief geschreven voor mijn lief, als ze hem vindt ben ik al weg", "afscheid"),
    ("ik zit op de pier al de hele avond, ik weet niet meer wat ik moet", "plek"),
    ("het kon me niet schelen als ik viel van de ladder", "passief"),
    ("als die tram me meeneemt is dat ook goed", "passief"),
]
TWINS = [
    "je mag mijn gitaar hebben, ik heb hem niet meer nodig want ik heb een nieuwe gekocht",
    "wie wil mijn racefiets? ik verhuis naar Gent en heb hem daar niet meer nodig",
    "ik geef mijn oude schoolboeken weg, heb ze niet meer nodig nu ik afgestudeerd ben",
    "bedankt voor alles! neem een paraplu mee voor het geval dat",
    "ik hou van je, voor het geval dat je het nog niet wist",
    "bedankt voor alles collega's, vanaf maandag begin ik in Gent, ik ga jullie missen",
    "ik heb een brief voor de gemeente geschreven, voor als ik weg ben op reis",
    "ik zit op het dak van de flat om de antenne te richten, ik ben er klaar mee om vijf",
    "sta op de brug bij de sluis te wachten op de boot, kom jij me zo halen?",
    "sta boven op de parkeergarage voor een foto van de zonsondergang, laat maar weten of je komt",
    "het maakt me niet uit of ik win of verlies",
    "het maakt me niet uit of er een trein of een bus komt, als ik maar thuis raak",
    "het kan me niet schelen als ik verlies, meedoen is leuk",
    "als de bus me morgen meeneemt naar school is dat ook goed, dan hoef ik niet te fietsen",
    "mijn moeder neemt haar pillen niet meer als ik er niet bij ben",
]


@pytest.mark.parametrize(("text", "kind"), ONLY_THIS)
def test_the_unsaid_end_gets_the_gentle_line(text: str, kind: str) -> None:
    found = assess(text)
    assert found.tier == "zorg"
    assert any(s.level == "zorg" and s.phrase.startswith(f"{kind}:") for s in found.signals)


@pytest.mark.parametrize(("text", "kind"), RULES_TOO)
def test_the_signal_reads_what_the_rules_hold_too(text: str, kind: str) -> None:
    """Where the rules hear the line it keeps their tier (the signal is never asked); its own reading agrees."""
    assert assess(text).tier == "acuut"
    assert kind in kinds([normalised(text)], text)


@pytest.mark.parametrize("text", TWINS)
def test_the_harmless_twin_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
    assert kinds([normalised(text)], text) == []


def test_a_denied_move_is_no_reason() -> None:
    """'nee ik verhuis niet' denies the ordinary reason: it is the finality, not a reason beside the gift."""
    said = [normalised("wie wil mijn aquarium? nee ik verhuis niet")]
    assert kinds(said, "") == ["weggeven"]
    assert kinds([normalised("wie wil mijn aquarium? ik verhuis")], "") == []


def test_the_signal_never_gives_the_panel() -> None:
    """Two kinds at once are still one gentle line: no first-sight line held two, so no pair was judged for acuut."""
    text = "zit boven op de flat, laat me. mijn pillen gaan in de prullenbak, als ik dan inslaap is dat het beste"
    said = [normalised(text)]
    assert set(kinds(said, text)) == {"plek", "passief"}
    assert assess(text).tier in ("zorg", "acuut")
    assert all(s.level != "acuut" for s in assess(text).signals if s.phrase.startswith(("plek:", "passief:")))
