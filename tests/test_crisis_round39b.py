"""Round 39 (c39b): the krimp corpus's drafts tagged crisis (tuning39-kd) mended by the reason each was missed or
underrated, not by its topic.

- a means lying before me, here or on the table, with doubt whether I will take it or last till morning; all pills
  right before me (`middel-voor-me-twijfel`, `middel-veel-voor-me`);
- standing or sitting at the edge of a high place at night (`rand-hoge-plek-nacht`; by day it stays the gentle line);
- standing an hour in a shed or garage with a rope (`lang-daar-met-touw`);
- having thought of pills, a rope or a knife beside 'I can't go on' (`dacht-aan-middel-nood`);
- afraid that I will harm my baby or child (signal `kind-schaden`);
- 'denk ik dat het beter gedaan zou zijn met mij' (the passive wish);
- 'zin om ermee te stoppen, alles' is 'stoppen met alles' (the gentle line, as that signal is);
- 'het gaat (echt) niet goed met me' with not wanting to be alone or not getting out of bed for days (zorg).

Every line is a new variant of ours, none a corpus line; the same words in everyday text stay quiet.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

HARMLESS = [
    # medicine on the table with an ordinary doubt
    "de antibiotica liggen op tafel maar ik weet niet of ik ze ga nemen, de dokter twijfelde ook",
    "de paracetamol ligt op tafel, ik weet niet of ik ze ga nemen want de hoofdpijn zakt al",
    "er liggen allemaal pillen op tafel van opa, kun jij vanavond de weekdoos vullen",
    "ik heb allemaal pillen hier liggen van de apotheek, welke moet ik eerst nemen?",
    # an edge at night for a repair or the view
    "ik heb vannacht aan de rand van het dak gestaan om de dakgoot te repareren, het lekte",
    "ik heb vannacht aan de rand van het dakterras gestaan om het vuurwerk te zien, zo mooi",
    "we hebben vannacht aan de rand van het dak van de schuur gestaan om de goot te maken",
    # a rope for a chore, in a shop
    "ik sta al een uur in de schuur met een touw te knoeien om de aanhanger vast te sjorren",
    "ik sta al een uur in de bouwmarkt met een touw in mijn handen, welke dikte moet ik hebben?",
    # pills remembered
    "ik kan niet meer van de hoofdpijn, gelukkig heb ik aan mijn pillen gedacht",
    # a new parent's ordinary fear
    "ik ben zo bang dat ik de baby iets aandoe als ik haar in bad doe, ze is zo klein",
    # done with a club, not with everything
    "ik heb zin om ermee te stoppen, alles is zo duur geworden bij die club",
    "met de fanfare wil ik ermee stoppen, alles bij elkaar is het te veel werk",
    # unwell with the flu
    "het gaat niet goed met me, ik heb griep en koorts, ik wil niet alleen zijn met de kinderen. kun je komen helpen?",
    "het gaat niet goed met me, ik kom al dagen mijn bed niet uit met die griep",
    "ik vind dat de klus beter gedaan is met mij dan met hem",
]
REAL_ACUTE = [
    "ik heb een hele doos slaaptabletten voor me liggen en ik weet niet of ik ze ga innemen. kun je bellen?",
    "er staat een fles wodka en de pillen op tafel, ik weet niet of ik het haal tot morgen",
    "mam ik heb al mijn tabletten voor me liggen. kom je?",
    "k heb vannacht op de rand van het flatdak gezeten. wil je vanavond bij me zijn?",
    # the edge far from its verb (lead, round 39: up to six words between, was three)
    "ik heb vannacht aan de rand van het dak van onze flat gestaan",
    "ik zit al twee uur in de garage met een strop. bel me",
    "ik trek het niet meer en ik heb vannacht aan het touw gedacht",
    "ik heb schrik da ik ons kindje iets aandoe, ik ben zo op",
    "sinds ze weg is lig ik wakker en dacht ik dat het beter afgelopen zou zijn met mij",
]
REAL_GENTLE_AT_LEAST = [
    "ik weet het niet meer. ik heb zin om er mee op te houden, alles. echt",
    "sorry dat ik zo laat stuur, het gaat echt niet goed met me en ik wil vanavond niet alleen zijn",
    "het gaat niet goed met me. ik kom al weken mijn bed niet uit. kun je eens langskomen?",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_these_harmless_kinds_get_no_panel(text):
    found = assess(text)
    assert found.tier is None, (text, found.signals)


@pytest.mark.parametrize("text", REAL_ACUTE)
def test_the_same_words_meant_get_the_panel(text):
    found = assess(text)
    assert found.tier == ACUUT, (text, found.signals)


@pytest.mark.parametrize("text", REAL_GENTLE_AT_LEAST)
def test_these_get_at_least_the_gentle_line(text):
    found = assess(text)
    assert found.tier in (ZORG, ACUUT), (text, found.signals)


def test_an_edge_by_day_stays_the_gentle_line():
    assert assess("gisteren stond ik aan de rand van het dak van de flat").tier == ZORG
    assert assess("ik stond vannacht aan de rand van het dak van de flat").tier == ACUUT


def test_not_well_and_not_alone_never_makes_two_families():
    found = assess("het gaat niet goed met mij, ik kom mijn bed niet meer uit en ik wil niet alleen zijn")
    assert found.tier == ZORG, found.signals
