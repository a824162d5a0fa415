"""Review of round 18's crisis changes (rv18c): the round's exclusions masked the words an alarm said
beside them (a leaving "van me af, ik ga naar de brug", "zonder mij verder" with "er niet meer ben",
a gift of pills to take, a life insurance "nu kan ik gaan", a task no one takes over "want ik leef
niet meer", a jump "om iedereen te redden van mij"), the round's new alarms fired on ordinary lines
(a scarf on a hook, "in te slapen", my funeral at the notary, a knot for sailing, pills in a day box),
and the c18b "om niet meer wakker te worden" rule scanned a long sentence quadratically.

Every alarm and false-panel case failed on main 03b65a1; the harmless twins guard the other side.
"""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.crisis import ACUUT, assess, compiled_rules

from tests.pattern_shape import word_runs


@pytest.mark.parametrize("text", (
    "vanaf maandag zijn jullie van mij af, ik ga naar het spoor",
    "zijn jullie eindelijk van me af, ik ga naar de brug",
    "dan ben je van mij verlost, ik ga naar de brug vanavond",
    "na vrijdag zijn jullie van me af, dan ga ik naar oma in de hemel",
    "jullie kunnen zonder mij verder tijdens mijn herstel, ik ga ervan uit dat ik er dan niet meer ben",
    "opa heeft al zijn pillen aan mij gegeven, die ga ik allemaal innemen",
    "ik heb alles geregeld zodat jullie zonder mij verder kunnen, want ik verhuis naar het kerkhof",
    "levensverzekering afgesloten, nu kan ik gaan",
    "volgende maand zijt ge van mij verlost, dan is alles afbetaald en kan ik gaan",
    "ik ben er niet meer op maandag, dan ben ik al weg, de pillen liggen klaar",
    "de laatste keer dat ik iets doe, vanaf morgen doet niemand het meer want ik leef niet meer",
    "de datum gekozen: vrijdag afmaken, en dan ben ik weg",
    "ik spring voor de trein om iedereen te redden van mij",
))
def test_an_alarm_beside_a_round18_exclusion_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "na vrijdag zijn jullie van me af, dan ga ik met pensioen",
    "vanaf morgen zijt ge van mij verlost, 'k ga een weekje naar de zee",
    "dan kunnen jullie zonder mij verder tijdens mijn zwangerschapsverlof",
    "mijn grootvader heeft al zijn gereedschap aan mij gegeven, hij kan het niet meer gebruiken",
    "Volgende maand zijt ge van mij verlost, dan es alles afbetaald, beloofd.",
    "jongens bedankt, dit is de laatste keer dat ik de groepsapp beheer, vanaf nu doet Sanne het",
    "in het boek springt ze van de brug het water in om haar broertje te redden",
))
def test_the_exclusions_still_quiet_their_ordinary_lines(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik heb de riem van de rugzak aan de haak in de gang gehangen",
    "ik heb de sjaal over de leuning gehangen om te drogen",
    "ik heb mijn das aan de haak gehangen, eindelijk weekend",
    "we hebben de kabel aan de boom vastgemaakt voor de tent",
    "hoeveel melatonine je nodig hebt om in te slapen verschilt per persoon",
    "als de trein komt is alles klaar voor vertrek, tot straks",
    "mijn dood, dat regel ik zelf met de notaris, daar hoef jij niks mee",
    "ik heb opgezocht hoe je een knoop legt voor het zeilen. niet om te klimmen",
    "ik heb al mijn pillen klaargelegd in de dagdoos",
))
def test_ordinary_lines_get_no_panel(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ge moogt het aan niemand zeggen maar 'k heb mijne riem al aan de balk op zolder gehangen",
    "mijn sjaal hangt al aan de haak in de garage, vastgeknoopt",
    "ik heb de strop aan de trapleuning gehangen",
    "als apotheker weet ik precies hoeveel ik nodig heb om niet meer wakker te worden",
    "deze toets is niet mijn dood, dat ga ik zelf doen",
    "ik heb opgezocht hoe je een knoop legt die niet losschiet. niet om te klimmen",
    "'k Heb al mijn pillen klaargelegd",
    "ik sta bij de overweg. als de volgende trein komt hoeft het allemaal niet meer",
))
def test_the_narrowed_alarms_still_fire(text):
    assert assess(text).tier == ACUUT


_THINKING = ("denk", "dacht", "gedacht", "denken", "gedachte", "gedachten", "gedachtes", "droom", "droomde")


def _starts_at(source: str) -> set[str]:
    """The words a rule's pattern opens with ('\\b(?:aan gedacht|denk|…)\\b …')."""
    head = re.match(r"(?:\\b)?\(\?:([^()]*)\)", source)
    return set(head.group(1).split("|")) if head else set()


def test_a_long_sentence_of_thinking_words_stays_linear():
    """A rule that starts at a thinking word (said many times in one long sentence) reads a bounded
    stretch after it (pattern_shape.py): c18b's 'om niet meer wakker te worden' rule ran on to the end of
    the sentence from every 'denk' and took about a minute on 50,000 characters."""
    rules = [e for e in compiled_rules().entries if _starts_at(e.source) & set(_THINKING)]
    assert rules  # the rules this guards are still there
    assert [e.source[:80] for e in rules if word_runs(e.source)] == []


def test_a_long_sentence_of_thinking_words_is_no_alarm():
    piece = "ik denk er aan gedacht droom om er "
    assert assess((piece * (50000 // len(piece) + 1))[:50000]).tier != ACUUT