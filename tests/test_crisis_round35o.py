"""Round 35 (c35o): two kinds of open/ lines that got the full panel, mended as kinds.

- A death wish said as hyperbole about a small mishap anywhere in the message (a phone in the toilet, a bus
  missed, the last slice eaten, work not saved; frame `pech-ding`): the gentle line, never the panel and never
  silence; not where the wish is older than the mishap, the mishap is denied as the reason, or a means, a plan, a
  farewell or "niemand" stands beside it.
- A song's words quoted or searched for (frame `lied-citaat`): the wish or the jump of the lyrics the same way;
  not where the song is the writer's own ("gaat over mij", "als ik het doe", "voor mijn afscheidsbrief").

Our own new variants: none is a line of eigen56 or of any corpus file.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.frames import cancelled

MISHAP_HARMLESS = [
    "ik wil dood. mijn nieuwe telefoon is van de trap gevallen en nu is het scherm kapot",
    "ik wil dood, heb de bus gemist en de volgende komt pas over een uur",
    "'k wil sterven, m'n fiets is weer gejat aan het station",
    "ik wil niet meer leven, mijn broer heeft de laatste donut opgegeten",
    "ik wil dood 😭 heb mijn sleutels in de les laten liggen",
    "ik ben klaar met leven lol mijn game is gecrasht en ik had niks opgeslagen",
    "kwil dood, mijn excel is weg en ik moet het morgen inleveren",
]
MISHAP_REAL = [
    "ik wil dood, al maanden, en vandaag is mijn fiets ook nog gejat",
    "mijn telefoon is kapot maar daar gaat het niet om, ik wil dood en ik meen het",
    "ik wil niet meer leven. de bus gemist, dat is het niet, niemand zou me missen",
    "ik wil dood, de laatste pizza is op en de pillen liggen al klaar",
    "kwil dood, mn laptop is gecrasht, dat was de laatste druppel, ik kan niet meer",
    "ik wil sterven, mijn sleutels kwijt, ik heb ook al een afscheidsbrief geschreven",
]
SONG_HARMLESS = [
    "hoe heet dat liedje met 'ik wil dood zonder jou'? mijn moeder zingt het de hele tijd",
    "wie kent de songtekst van 'spring van de brug in de zomer'? die melodie blijft hangen",
    "karaoke avond: iemand zong 'ik wil niet meer leven' en het hele café zong mee",
]
SONG_REAL = [
    "ik luister naar dat nummer met 'ik wil dood' en ik wil het ook, al maanden",
    "wie kent dat nummer met 'spring van de brug'? ik wil het horen als ik het doe",
    "ik heb het liedje voor mijn afscheidsbrief uitgekozen, 'ik wil niet meer leven'",
]


@pytest.mark.parametrize("text", MISHAP_HARMLESS)
def test_a_wish_beside_a_small_mishap_gets_the_gentle_line(text):
    assert assess(text).tier == "zorg", text


@pytest.mark.parametrize("text", MISHAP_REAL + SONG_REAL)
def test_the_same_words_meant_keep_the_panel(text):
    assert assess(text).tier == "acuut", text


@pytest.mark.parametrize("text", SONG_HARMLESS)
def test_a_song_quoted_gets_no_panel(text):
    assert assess(text).tier in ("zorg", None), text


def test_a_floor_frame_keeps_one_worry_at_the_gentle_line():
    from vraaghulp.coach.crisis.concepts import Hit

    signals = [Signal("doodswens", "acuut", "wil dood"), Signal("passief", "acuut", "er niet meer zijn"),
               Signal("doodswens", "zorg", "wil dood")]
    words = "ik wil dood , mijn fiets is gejat".split()
    out = cancelled(signals, [Hit("pech-ding", 5, 8, "fiets is gejat")], words)
    assert [(s.family, s.level) for s in out] == [("doodswens", "zorg"), ("passief", "hint"), ("doodswens", "zorg")]


def test_a_floor_frame_never_passes_over_a_serious_word():
    from vraaghulp.coach.crisis.concepts import Hit

    signals = [Signal("doodswens", "acuut", "wil dood")]
    words = "ik wil dood , al maanden , mijn fiets is gejat".split()
    assert cancelled(signals, [Hit("pech-ding", 8, 11, "fiets is gejat")], words) == signals
