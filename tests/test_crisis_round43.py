"""Round 43 (c43): crisis-e (tuning-ho42e1/e2) and the probe cp42 (tuning42-cp) brought in; each wrong line mended by
the reason it fired or missed, never by the line.

Misses (the worst failure), by reason:
A. meaning said in another order or as a question: 'heeft het allemaal weinig zin meer', 'heeft het allemaal nog zin om
   te blijven proberen?', 'waar is dat allemaal goed voor geweest';
B. emptiness and isolation in so many words: 'ik voel alleen nog leegte', 'het is allemaal zo leeg', 'ik praat alleen
   nog met de kat', 'niemand die het zou merken als ik een week nie buitenkom';
C. exhaustion with 'zo': 'ik kan niet meer zo', 'dit houdt geen mens vol';
D. dialect words the normaliser did not know: Twents 'kump' (komt), Limburgs 'uutweg' (uitweg);
E. a sentence that only denies the ordinary purpose of a means ('nen touw gekocht. nie voor de tent.'), now any thing,
   not a person or a time;
F. English: 'the last message you get from me';
G. standing on a roof with the phone nearly dead, asking someone to come (round 42's draft).
False panels, by reason:
H. an inn called 'het Wapen van ...' read as a weapon;
I. a dangerous place named as the workplace ('op mijn werk bij de haven');
J. a farewell at someone else's funeral one went to;
K. jumping off a bridge into the river with friends to swim.
Every exception has its alarming twin here, kept at its tier.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

NOW_GENTLE = [
    # A
    "Sinds de scheiding slaap ik slecht en eerlijk gezegd heeft het allemaal weinig zin meer.",
    "Weer afgewezen. Heeft het allemaal nog zin om te blijven proberen?",
    "Dertig jaar gewerkt en nu zit ik thuis. Waar is dat allemaal goed voor geweest.",
    # B
    "Ik kan niks meer en nu voel ik alleen nog leegte.",
    "Mijn kinderen bellen nooit. Het is allemaal zo leeg.",
    "Sinds mijn vrouw weg is praat ik alleen nog met de hond.",
    "Dit forum is het enige waar ik nog met iemand praat.",
    "niemand die het zou merken als ik een week nie buitenkom",
    # C
    "Ik kan niet meer zo, echt niet.",
    "Elke nacht wakker met de baby, dit houdt geen mens vol.",
    # D
    "Ik zie gin uutweg mer.",
    "Gin mens kump meer.",
    # G
    "ik sta op het dak, mn batterij is bijna leeg, kom je?",
]

NOW_PANEL = [
    # E
    "ik heb nen touw gekocht vandaag. nie voor de tent.",
    "ik heb een touw gekocht. niet voor de verhuizing.",
    # F
    "take care of yourself ok, this is probably the last message you get from me",
]

STILL_QUIET = [
    # A, B, C: the ordinary twins of the new gentle lines
    "heeft het allemaal zin om die cursus te volgen?",
    "het is hier zo leeg sinds de verhuizing",
    "ik praat alleen met de kat over eten haha",
    "dat tempo houdt niemand vol",
    "niemand zou het merken als ik die training skip, de coach telt nooit",
    # G: the roofer at work
    "ik sta op het dak, mn batterij is bijna leeg, kom je helpen met de goot?",
]

NOT_PANEL = [
    # H
    "Beste collega's, vanaf 1 maart neem ik afscheid. Jullie zijn uitgenodigd op mijn afscheidsborrel vrijdag om 17u in "
    "het Wapen van Hoorn. Dank voor alles!",
    # I: taken out in round 43 (c43r), the line is in open/ (tests/test_crisis_c43r.py)
    # J
    "gisteren naar de begrafenis geweest van Jos, mijne beste maat. we hebben afscheid genomen met een pintje",
    # K
    "we gaan zaterdag van de brug in de Regge springen as 't warm is, goa'j mee? nem dien handdook mee",
    # E: a means for someone else, or for a while, is no denied purpose
    "ik heb een touw gekocht vandaag. voor de tent.",
]

TWINS_PANEL = [
    # H: a weapon of my own beside a farewell
    "vanavond pak ik het wapen van mijn vader. dank voor alles",
    # I: standing on the quay on my last day
    "Mijn laatste dag. Ik sta op de kade bij de haven, bedankt iedereen voor alles",
    # J: my own farewell with my own funeral arranged
    "ik neem afscheid van jullie allemaal, mijn begrafenis is geregeld",
    # K: the writer alone, no swim
    "ik ga zaterdag van de brug in de Regge springen",
    "ik ga zaterdag van de brug in de Regge springen als het warm is",
    # F: said in Dutch
    "dit is waarschijnlijk het laatste bericht dat je van mij krijgt",
]

TWINS_NOT_PANEL = [
    # F: a last message before an exam or a trip
    "take care of yourself ok, this is the last message you get from me before my exam, see you saturday",
]


@pytest.mark.parametrize("text", NOW_GENTLE)
def test_missed_lines_now_get_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), text


@pytest.mark.parametrize("text", NOW_PANEL)
def test_missed_alarms_now_get_the_panel(text):
    assert assess(text).tier == ACUUT, text


@pytest.mark.parametrize("text", STILL_QUIET)
def test_ordinary_twins_stay_quiet(text):
    assert assess(text).tier is None, (text, assess(text).signals)


@pytest.mark.parametrize("text", NOT_PANEL)
def test_false_panels_are_gone(text):
    assert assess(text).tier != ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", TWINS_PANEL)
def test_alarming_twins_keep_the_panel(text):
    assert assess(text).tier == ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", TWINS_NOT_PANEL)
def test_a_last_message_before_an_ordinary_event_gets_no_panel(text):
    assert assess(text).tier != ACUUT, (text, assess(text).signals)
