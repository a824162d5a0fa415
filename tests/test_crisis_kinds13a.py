"""Kinds mended in round 13 (cr28a), each in fresh wording (not in any corpus file): what the
fresh outside files tuning11-g and tuning11-h showed. Harmless kinds: a message-wide frame that
covers a family (a formal cancellation letter, a self-correction towards a meeting, "kerngezond"
with papers for later), a character in a film who jumps to save someone, a school reading list
about suicide, isolation said laughing, "dood" after a night without sleep, a game or a hangover.
Alarm kinds: the same surfaces with a wish, a plan or a calm beside them (a frame never covers
another family), a West-Flemish bridge line, a lorry that "pakt" me and that is fine."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

ACUTE = [
    # a frame covers only its own families: a wish to die beside it keeps the panel
    "Bij de notaris ligt mijn brief voor als ik er niet meer ben. Ik ben kerngezond, maar ik wil dood.",
    "hierbij zeg ik mijn abonnement op. ik wil niet meer leven",
    "ik wil er niet meer zijn, in dit leven bedoel ik",
    # West-Flemish: a bridge and not going home any more
    "k zitn op de brugge en k gon ni meer nor us",
    # an accident wished for
    "als die tram me straks pakt is het ook goed",
]

CONCERN = [
    # a friend's wish keeps the gentle line, school reading or not
    "mijn vriendin zegt dat ze zelfmoord wil plegen, net als in het boek voor school",
    "wat is het punt nog",
]

HARMLESS = [
    "Geachte mevrouw, hierbij zeg ik mijn lidmaatschap van de bibliotheek op. Ik maak er definitief een einde aan.",
    "ik wil er niet meer zijn... op die bbq van de buren bedoel ik, veel te druk",
    "in de film springt hij in de gracht om een kind te redden, kippenvel",
    "voor geschiedenis moeten we een boek lezen over een dichter die zelfmoord pleegde",
    "niemand snapt mij lol, mijn broer vindt mijn muziek stom",
    "twee nachten niet geslapen op schoolkamp, ik ben dood",
    "na drie pinten ben ik dood, ik ga naar huis",
    "ik ga dood, geen heals meer, kom me reviven",
    "ik kan niet meer, al vijf uur blokken voor het examen",
]


@pytest.mark.parametrize("text", ACUTE)
def test_acute_kinds_get_the_panel(text: str) -> None:
    assert assess(text).tier == "acuut", assess(text).signals


@pytest.mark.parametrize("text", CONCERN)
def test_concern_kinds_get_at_least_the_gentle_line(text: str) -> None:
    assert assess(text).tier in ("zorg", "acuut"), assess(text).signals


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_kinds_stay_silent(text: str) -> None:
    assert assess(text).tier is None, assess(text).signals
