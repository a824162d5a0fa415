"""Round 47 (c47): crisis-i (tuning-ho46i1/i2) and the probe cp46 (tuning46-cp) brought in; each wrong line mended by
the reason it fired or missed, never by the line. The sentences here are new variants, none a corpus line.

Misses (the worst failure), by reason:
A. Achterhoeks, Twents and Brabants words the normaliser did not know ('ze mot mien nie zeuken', 'de katte bi'j de
   buren ebrach', 'ik kom nie naar beneje'), and a second verb without its subject ('... en voel mij leeg');
B. saying beforehand that a crash or fall will be no accident ('als die truck tegen een pijler staat was dat geen
   ongeluk'), a gentle signal;
C. a farewell to be passed on ('zeg aan de ploeg dat het niet hun schuld is', 'zeg tegen Ria dat het me spijt van
   alles'), a gentle signal;
D. a means bought with its ordinary purpose denied ('koord gekocht, niet voor verhuizing'), a gentle signal;
E. 'er blijft niks meer over van mij' and 'ik kom nergens meer' (alone at home), gentle signals.
False panels, by reason:
F. a device or program that crashes read as an accident ('de kassa crasht ... de chef mag het oplossen');
G. a song of one's own with a title ('nieuwe track: Ik Wil Dood (Op De Dansvloer)'): the gentle line, not the panel;
H. a calm 'het is goed zo' beside things given away because of a move to a home with care: the gentle line.
Every new signal gives the gentle line only (it never adds up to the panel); every exception has its alarming twin here.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

NOW_CAUGHT = [
    # A
    ("de katte bi'j de buren ebrach en alles opruumd. vanaovend gao ik nog even weg, 't is goed zo", ACUUT),
    ("ik zit boven op de flat en ik kom nie naar beneje vannacht", ACUUT),
    ("ik werk de hele dag en voel me toch zo leeg", ZORG),
    # B
    ("als de wagen straks tegen de vangrail ligt, dan was dat geen ongeluk. sorry", ZORG),
    ("als de vrachtwagen vannacht tegen een brugpijler rijdt is dat geen ongeluk, zeg dat tegen mijn broer", ZORG),
    ("na de dienst kom ik thuis en voel me zo leeg, al maanden", ZORG),
    # D: the panel since round 53 (c53a, c52a's `middel-doel-ontkend`): a means with its ordinary purpose denied is a
    # means, acute by the brief, as the author's own line in tuning-ho46i2 expects; c47's gentle signal still fires
    ("ik ben vanmiddag naar de bouwmarkt geweest en heb koord gekocht, niet voor de verhuizing. in de garage zit een "
     "balk. vandaag was mijn laatste dienst, ik heb eerst geld naar mijn moeder gestuurd", ACUUT),
    # E
    ("ik zorg voor mijn man en de kinderen, ik doe het huishouden en werk halftijds. 's avonds val ik om en er blijft "
     "niks meer over van mij", ZORG),
    ("ik kom nergens meer, iedereen is me vergeten", ZORG),
    ("sinds de verhuizing kom ik nergens meer, de buren kennen mij niet", ZORG),
]

NOW_QUIET = [
    # A: the same words in ordinary sentences
    "de katte is bi'j de buren, wij gaon een weekje naar Texel",
    "wie mot der vanavond koken? ik zit nog op de trekker",
    "ik kom zo naar beneje, het eten is klaar",
    "ik heb net gesport en voel me top",
    # B
    "als je het mij vraagt was dat geen ongeluk, die buurman reed expres tegen de paal",
    # C
    "zeg tegen de trainer dat het niet zijn schuld is dat we verloren",
    # D
    "ik heb een touw gekocht, niet voor de tent want die heeft er al een, maar om de hangmat op te hangen",
    # E
    "er blijft niks meer over van mijn loon na de huur",
    "ik kom nergens meer aan toe met die verbouwing",
    # F
    "de website crashte tijdens de uitverkoop, de baas mag het oplossen",
    "al weer de derde keer dat de pc crasht, niet erg, ik ga naar huis",
]

LOWERED_TO_GENTLE = [
    # G: a title in one's own release, lowered to the gentle line (never to nothing)
    "mijn nieuwe track heet ik wil dood, release vrijdag op soundcloud",
    # H
    "wij gaan naar het verzorgingshuis, de meubels zijn verdeeld onder de kinderen. het is goed zo",
]

ALARM_TWINS = [
    # F: a crash that is not a device, or a wish beside it
    "ik hoop dat ik morgen crash met de auto, niet erg als het gebeurt",
    # G
    "ik wil dood. niemand luistert naar mijn muziek",
    # H: a move read together with a plan, or a move not taken
    "alles weggegeven want ik verhuis, het is goed zo. niemand zal me missen, de pillen liggen klaar",
    "de boeken zijn weggegeven. het is goed zo. morgen ben ik er niet meer",
    "Ons appartement is verkocht en alles zit in dozen. Maar ik ga niet mee naar de nieuwe flat. De brief voor mijn "
    "zoon ligt op tafel, het is goed zo.",
]

# C: the second opinion often gives these lines the gentle line already; the signal names the farewell itself, also in
# a long message where the opinion stays silent (tuning46-cp #9)
PASSED_ON = [
    "vannacht ga ik alleen de berg op. zeg tegen de jongens dat het niet hun schuld is",
    "ik ga niet meer naar huis. zeg aan Lotte dat het me spijt van alles",
    "de sleutels van het clubhuis heb ik nog. zeg aan de groep dat het nie hun schuld is",
]
NOT_PASSED_ON = [
    "zeg tegen mama dat het niet haar schuld is dat de taart mislukt is",
    "zeg aan Lies dat het me spijt van het feestje, ik was ziek",
]


def _passed_on(text):
    return any(s.family == "afscheid" and s.level == ZORG and s.phrase.startswith("zeg") for s in assess(text).signals)


@pytest.mark.parametrize("text", PASSED_ON)
def test_a_farewell_to_pass_on_is_a_signal(text):
    assert _passed_on(text)
    assert assess(text).tier is not None


@pytest.mark.parametrize("text", NOT_PASSED_ON)
def test_an_apology_for_an_ordinary_thing_is_no_farewell(text):
    assert not _passed_on(text)


@pytest.mark.parametrize(("text", "tier"), NOW_CAUGHT)
def test_a_missed_reason_is_caught(text, tier):
    assert assess(text).tier == tier


@pytest.mark.parametrize("text", NOW_QUIET)
def test_a_harmless_reason_is_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", LOWERED_TO_GENTLE)
def test_a_harmless_shape_gets_the_gentle_line(text):
    assert assess(text).tier == ZORG


@pytest.mark.parametrize("text", ALARM_TWINS)
def test_the_alarming_twin_keeps_the_panel(text):
    assert assess(text).tier == ACUUT
