"""Round 47 review (c47r): what the review of c47 found, mended by the kind, never by the line.

1. The exception 'a device that crashes is no accident' spanned a device the writer puts down and the writer's own
   'wil crashen tegen een boom': only the device as the subject of the crash verb now ('de kassa crasht', 'mijn laptop
   is alweer gecrasht'), with no more than is/was/weer/steeds/al/net/alweer/blijft between.
2. The release words: 'track', 'tracks' and 'promo' are ordinary words (a running track, a promotion); the other
   release words lower to the gentle line and never to nothing (`release.py`).
3. 'a crash announced as no accident' needs the writer (ik, me, mijn) or the own car, and no verdict after it;
   'kom ik nergens meer' not after 'zonder / met / in ...' nor with a practical sequel.
4. The gentle signals of c47 narrowed: another purpose named right after a denied one ('voor de scouts', 'als
   hondenlijn'), 'haha' or 'maar het was top' beside 'er blijft niks meer over van mij', an ordinary cause after the
   farewell to pass on ('de levering kwam te laat'), and 'en voel me' with a good word after it.
The real lines are the reviewer's worst lines and own variants; each harmless line is the real line's twin.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

BACK_TO_PANEL = [  # 1: quiet on main, the panel before c47 and now again
    "ik zet de pc uit en wil crashen tegen een boom, voorgoed",
    "ik leg mijn telefoon weg en wil crashen met de fiets onder de trein",
    "ik leg mijn gsm weg en wil crashen tegen een muur",
    "ik zet mijn telefoon uit en wil crashen tegen een pijler, dan ben ik weg",
    "ik sluit de laptop en wil crashen tegen de vangrail",
    "ik ben mijn telefoon kwijt en wil crashen tegen een muur, dood",
    "mijn telefoon en ik willen crashen tegen een boom",
    "ik klap mijn laptop dicht en wil crashen tegen een boom",
    "ik kijk nog een keer op mijn telefoon en wil dan crashen tegen een boom",
]
DEVICE_CRASH = [  # 1: the twins, still quiet
    "de kassa crasht alweer, de chef mag het oplossen",
    "mijn laptop is weer gecrasht, zo irritant",
    "mijn telefoon blijft crashen sinds de update",
    "al de derde keer deze week dat de pc crasht, niet erg",
]

NEVER_QUIET = [  # 2: real lines beside a release word or an ordinary 'track' / 'promo' (quiet on main)
    "ik heb pillen genomen. geen promo meer, geen tracks meer",
    "geen track lukt meer, ik heb pillen genomen",
    "de remix is voor jullie. ik neem de pillen",
    "mijn soundcloud is voor jullie. ik heb pillen genomen",
    "ik loop nog een rondje op de track, ik heb pillen genomen",
]

STILL_GENTLE = [  # 3 and 4: the real lines of the narrowed gentle signals
    "als ik van de trap val, weet dan dat het geen ongeluk was",
    "als die truck morgen ergens tegen een pijler staat was dat geen ongeluk",
    "als mijn wagen vannacht tegen de vangrail eindigt, dan was dat geen ongeluk",
    "sinds de verhuizing kom ik nergens meer",
    "nu ik alleen ben kom ik nergens meer",
    "ik kom echt nergens meer, zit hele dagen binnen",
    "touw gekocht niet voor de boom",
    "ik werk zestig uur en er blijft niks meer over van mij",
    "zeg tegen ria dat het me spijt van alles",
    "vertel papa dat het niet zijn schuld is",
    "ik ga naar huis en voel me leeg",
]

NOW_QUIET = [  # 3 and 4: the reviewer's harmless lines that got the gentle line on main
    "als de dader tegen een boom rijdt is dat geen ongeluk maar eigen schuld",
    "als mijn buurman van de trap valt, is dat geen ongeluk volgens de verzekering",
    "als een fietser van de trap valt was het geen ongeluk, zegt de politie",
    "zonder auto kom ik nergens meer, het busje rijdt niet",
    "in dit level kom ik nergens meer, iemand een tip",
    "met die kapotte knie kom ik nergens meer, de fysio komt morgen",
    "touw gekocht, niet voor de verhuizing, voor de scouts, ze hadden te weinig",
    "koord gekocht, niet voor de was, als hondenlijn",
    "touw gehaald vandaag, niet voor de verhuizing, gewoon in de aanbieding",
    "na de marathon er blijft niks meer over van mij haha",
    "na de verbouwing er blijft niks meer over van mij, maar het was top",
    "zeg tegen de ploeg dat het niet hun schuld is, de levering kwam te laat",
    "zeg tegen de juf dat het niet haar schuld is, de bus had vertraging",
    "ik zit op de bank en voel me rustig",
    "ik ben bevallen en voel me leeg en gelukkig tegelijk",
]


@pytest.mark.parametrize("text", BACK_TO_PANEL)
def test_a_crash_wish_beside_a_device_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", DEVICE_CRASH)
def test_a_device_that_crashes_stays_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", NEVER_QUIET)
def test_a_release_word_never_silences_a_real_line(text):
    assert assess(text).tier is not None


def test_a_release_title_keeps_the_gentle_line():
    assert assess("nieuwe track: Spring Van De Brug (remix), nu op soundcloud").tier == ZORG


@pytest.mark.parametrize("text", STILL_GENTLE)
def test_the_narrowed_signals_still_hear_the_real_line(text):
    assert assess(text).tier is not None


@pytest.mark.parametrize("text", NOW_QUIET)
def test_the_harmless_twin_is_quiet(text):
    assert assess(text).tier is None
