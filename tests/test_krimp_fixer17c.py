"""Probe 17, wrong-and-sure classes A1-A6 (issue 12), mended by rule; every draft here is our own wording.

A1: an escape hatch in chat spelling ('als t nie lukt') stayed glued inside the question. A2: 'Geen enkel
probleem als dat niet lukt' left 'Geen enkel probleem.' behind. A3: 'ik heb X en ik kom er niet uit' kept
only the state, so X was lost and 'er' pointed at nothing. A4: a 'mocht/moest je …' condition that names a
place was cut as an escape hatch. A5: 'zeg maar' after the verb cut the verb. A6: the practice flow's typed
moment was glued next to the draft's own ('vrijdag morgen'). Every test function has a case that failed
on the code before (dbbd4ba), except the guards marked as such.
"""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.krimp import compose, shrink, with_answers


# A1. A chat-spelled hatch at the end of a draft without punctuation goes as a whole.
CHAT_HATCHES = {
    "kun je dinsdag mijn paraplu meebrengen als t niet lukt is t ook oke": "paraplu meebrengen?",
    "kan jij vanavond de was ophangen als t nie lukt geen stress": "was ophangen?",
    "kunt gij zaterdag de fietsen binnenzetten als t ni past is t ook goe": "fietsen binnenzetten?",
    "kun je morgen mn lader meenemen maakt nie uit als t nie kan": "lader meenemen?",
}


@pytest.mark.parametrize("draft", sorted(CHAT_HATCHES))
def test_chat_spelled_hatch_is_cut_whole(draft):
    result = shrink(draft)
    assert result.sentence.endswith(CHAT_HATCHES[draft]), result.sentence
    assert "uitweg" in {f.kind for f in result.findings}


def test_t_slash_m_is_no_chat_het():
    """Guard: 't/m' in a span of days stays whole ('t' is read as 'het' only on its own)."""
    result = shrink("Wil iemand van 3 t/m 17 augustus de kat eten geven?")
    assert "3 t/m 17 augustus" in result.sentence, result.sentence


# A2. 'Geen enkel probleem/bezwaar/punt als …' is one hatch; no 'Geen enkel X.' is left.
@pytest.mark.parametrize("draft", [
    "Kun je vrijdag de vuilnis buitenzetten? Geen enkel probleem als dat niet lukt.",
    "Wilt u maandag het contract tekenen? Geen enkel bezwaar als dat niet past.",
    "Kunt ge woensdag de sleutels brengen? Geen enkel punt als het ni lukt.",
])
def test_no_enkel_fragment_is_left(draft):
    result = shrink(draft)
    assert "geen enkel" not in result.sentence.lower(), result.sentence
    assert result.sentence.endswith("?"), result.sentence


# A3. What 'er' stands for stays with the honest sentence.
NAMED = {
    "Ik heb schulden bij de bank en ik kom er niet meer uit. Kun je zondag met me bellen?": "schulden bij de bank",
    "Ik heb een aanslag van de belasting gekregen en ik snap er niks van. Wil je er morgen naar kijken?": "aanslag",
    "Oma, ik heb een brief van de rechtbank en ik kom er niet uit. Kunt u zaterdag langskomen?": "rechtbank",
}


@pytest.mark.parametrize("draft", sorted(NAMED))
def test_the_thing_er_points_at_is_kept_or_not_sure(draft):
    result = shrink(draft)
    assert NAMED[draft] in result.sentence or not result.sure, result.sentence
    assert not re.match(r"^(?:\w+, )?ik (?:kom|snap) er", result.sentence.lower()) or not result.sure, result.sentence


def test_a_state_without_er_still_drops_its_other_half():
    """Guard: only 'er' pulls the first half in ('ik heb X en ik ben op' keeps the state alone as before)."""
    result = shrink("Ik heb de was nog niet gedaan en ik ben echt op. Kun je vanavond koken?")
    assert "Kun je vanavond koken?" in result.sentence, result.sentence
    assert "was" not in result.sentence or not result.sure, result.sentence


# A4. A 'mocht/moest je …' condition about a place is kept (or the result is not sure); 'tijd hebben' goes.
TRIPS = {
    "Mocht je langs de drogist komen, kun je dan zonnebrand meenemen?": "drogist",
    "Moest ge naar de Colruyt gaan, kunt ge dan water voor mij meebrengen?": "Colruyt",
    "Mocht u donderdag in Arnhem zijn, kunt u dan de sleutel afgeven?": "Arnhem",
}


@pytest.mark.parametrize("draft", sorted(TRIPS))
def test_a_trip_condition_is_no_escape_hatch(draft):
    result = shrink(draft)
    assert TRIPS[draft] in result.sentence or not result.sure, result.sentence
    assert "uitweg" not in {f.kind for f in result.findings}, result.findings


def test_mocht_je_tijd_hebben_is_still_a_hatch():
    """Guard: a condition about having time stays an escape hatch."""
    result = shrink("Mocht je tijd hebben, kun je dan zaterdag de ramen lappen?")
    assert result.sentence == "Kun je zaterdag de ramen lappen?", result.sentence


# A5. 'zeg maar' is a hedge: it goes, the verb before it stays.
@pytest.mark.parametrize("draft, verb", [
    ("kun je vrijdag helpen behangen zeg maar", "behangen"),
    ("Wil je zondag komen koken zeg maar?", "koken"),
    ("zou je morgen kunnen helpen sjouwen zeg maar als je geen tijd hebt", "sjouwen"),
])
def test_zeg_maar_keeps_the_verb(draft, verb):
    result = shrink(draft)
    assert verb in result.sentence, result.sentence
    assert "zeg maar" not in result.sentence.lower(), result.sentence


# A6. The typed moment takes the place of the draft's own day, as `krimp --wanneer` does.
@pytest.mark.parametrize("draft, moment, day", [
    ("kun je morgen de bloemen water geven?", "donderdag", "Donderdag"),
    ("wil je vanavond de kat voeren", "zaterdag", "Zaterdag"),
    ("kunt ge woensdag de kinderen halen?", "vrijdag", "Vrijdag"),
])
def test_typed_day_replaces_the_drafts_day(draft, moment, day):
    composed = compose("Noor", draft, moment)
    answered = with_answers(draft, wanneer=moment).sentence
    for sentence in (composed, shrink(draft, person="Noor", moment=moment).sentence):
        assert day.lower() in sentence.lower(), sentence
        assert not re.search(r"\b(morgen|vanavond|woensdag)\b", sentence.replace(moment, "")), sentence
    assert day.lower() in answered.lower()


def test_typed_day_keeps_the_drafts_clock_time():
    """Guard: a clock time said in the draft stays next to the typed day."""
    sentence = compose("Noor", "kun je morgen om 9 uur de monteur binnenlaten?", "vrijdag")
    assert "vrijdag om 9 uur" in sentence, sentence
    assert "morgen" not in sentence, sentence


def test_the_en_between_the_halves_is_not_shown_as_dropped():
    draft = "Kees, ik weet niet goed hoe ik dit vraag. Ik heb schulden bij de bank en ik kom er niet meer uit. Kun je zondag bellen?"
    result = shrink(draft)
    assert "schulden bij de bank en ik kom er niet meer uit" in result.sentence, result.sentence
    assert all(draft[a:b].strip() != "en" for a, b in result.dropped), result.dropped
