"""Round 53 (c53c): real crisis lines that got no tier, raised by their general shape.

Four shapes (crisis corpus README, "Round 53 (c53c)"; corpus lines in eigen66-c53c.toml): an overdose already taken
(the new phrase block of crisis_signalen.toml and the [[samen]] rule `al-ingenomen-en-roep`), the fear of harming
one's own child (`kind-schaden` read with 'het gevoel dat', and `kind-en-spijtdaad`: 'bang dat ik ze iets aandoe' or
'iets doe waar ik spijt van krijg' beside a crying child; without a child the gentle line), pills ready at hand beside
'ik weet niet wat ik moet doen' (`pillen-klaar-en-radeloos`), and 'lang genoeg geknokt / er tegen gevochten'
(afscheid). Each has real variants at the panel and harmless twins in the same words that must get nothing. None of
these sentences is in the corpus.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess


def _fired(text: str) -> set[str]:
    """The families of the signals of the zorg or acuut level."""
    return {signal.family for signal in assess(text).signals if signal.level != "hint"}


def _rules(text: str) -> set[str]:
    """The names of the combinations (and the phrases) that gave a signal (hints left out)."""
    return {signal.phrase.split(" (")[0] for signal in assess(text).signals if signal.level != "hint"}


PANEL = [
    # an overdose already taken: a bare call in the next sentence, the count after a comma, a box without the means
    ("Noor ik heb de pillen al genomen. kom alsjeblieft", "plan-middel"),
    ("heb de tabletten net doorgeslikt. help", "plan-middel"),
    ("ik heb een doosje oxazepam genomen, allemaal", "plan-middel"),
    ("'k heb heel de strip geslikt", "plan-middel"),
    ("kheb ze allemaal doorgeslikt. het spijt me", "plan-middel"),
    ("heb alles ingenomen uit de huisapotheek", "plan-middel"),
    # the fear of harming one's own child
    ("ik heb echt het gevoel dat ik mijn dochtertje iets ga aandoen", "kind-schaden"),
    ("hij huilt al uren. ik heb schrik dat ik hem iets aandoe", "kind-schaden"),
    ("de baby blijft maar huilen en ik ben bang dat ik iets ga doen waar ik spijt van krijg", "kind-schaden"),
    # pills ready beside not knowing what to do
    ("de slaappillen liggen klaar. ik weet echt niet meer wat ik moet doen", "plan-middel"),
    # fought long enough
    ("ik heb er lang genoeg tegen gestreden. zorg jij voor Pip?", "afscheid"),
    ("heb ik er lang genoeg tegen geknokt, denk ik", "afscheid"),
]
TWINS = [
    "ik heb mijn pillen al genomen hoor, je hoeft me niet te herinneren",
    "ik heb een paracetamol genomen, alles goed nu",
    "Noor ik heb de pillen al genomen. kom je straks eten?",
    "ik heb een strip ibuprofen genomen, allemaal tegen de spierpijn na de marathon",
    "heb de kuur netjes uitgeslikt, alles op, ik voel me beter",
    "ik heb ze allemaal genomen, de foto's van de bruiloft. kom je kijken?",
    "ik ben zo bang dat ik de baby iets aandoe als ik haar nagels knip",
    "hij huilt al uren van de tandjes, ik heb schrik dat ik hem iets verkeerds geef",
    "ik ben bang dat ik iets ga doen waar ik spijt van krijg met die nieuwe keuken",
    "de pillen voor oma liggen klaar, ik weet niet wat ik moet doen als ze weigert",
    "ik heb lang genoeg geknokt met die verzekeraar, eindelijk betalen ze",
    "ik heb er lang genoeg tegen gevochten, er komt nu kunstgras",
]


@pytest.mark.parametrize(("text", "family"), PANEL)
def test_a_real_line_of_the_shape_gets_the_panel(text, family):
    assert assess(text).tier == "acuut", (text, assess(text).signals)
    assert family in _fired(text), (text, _fired(text))


@pytest.mark.parametrize("text", TWINS)
def test_its_harmless_twin_stays_quiet(text):
    assert assess(text).tier is None, (text, assess(text).signals)


def test_the_taken_dose_alone_or_the_call_alone_is_no_signal():
    # the two hints of al-ingenomen-en-roep count only together
    assert assess("ik heb de pillen al genomen").tier is None
    assert assess("kom alsjeblieft").tier is None
    assert "al-ingenomen-en-roep" in _rules("ik heb de pillen al genomen. kom alsjeblieft")


def test_the_fear_of_harming_without_a_child_keeps_the_gentle_line():
    text = "ik ben zo bang dat ik iets doe waar ik spijt van krijg"
    assert assess(text).tier == "zorg", assess(text).signals
    assert "kind-en-spijtdaad" in _rules("de kleine huilt al de hele nacht. " + text)
