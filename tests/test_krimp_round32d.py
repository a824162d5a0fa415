"""Round 32 (k32d): which honest sentence to keep, round two. The story a bare frame ask leans on goes beside a kept
short state when it is news in the past; long heavy news beside the kept state goes too (never sure); more short
states ('ik zie door de bomen het bos niet meer', 'mijn schouder doet zeer', 'ik ben gefrustreerd', 'ik zit aan mijn
limiet'); and the code or number the ask needs, said in a sentence of its own before it, stays (code_before.py)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.engine import analyse


def _has(part: str, sentence: str) -> bool:
    return part.lower() in sentence.lower()


def _roles(text: str) -> list[str]:
    an = analyse(text).analysis
    return [c.role for c in an.clauses if c.sent == 0 and c.role != "leeg"]


@pytest.mark.parametrize("state", [
    "Ik zie door de bomen het bos niet meer", "ik zie het bos niet meer door de bomen", "Mijn schouder doet zeer",
    "mijne knie doet echt zeer", "m'n rug doet zo zeer", "Ik ben echt gefrustreerd", "ik ben zo moedeloos",
    "Ik zit aan mijn limiet", "ik zit echt op mijn limiet",
])
def test_more_short_states_are_honest_sentences(state):
    assert _roles(f"{state}. Kun je morgen komen?") == ["staat"]


@pytest.mark.parametrize("other", [
    "De klant is gefrustreerd", "De bomen zijn zo hoog dat je het bos niet ziet", "Dat doet zeer aan mijn ogen",
    "Ik zit aan de limiet van mijn abonnement",
])
def test_their_look_alikes_are_no_honest_sentence(other):
    assert _roles(f"{other}. Kun je morgen komen?") != ["staat"]


@pytest.mark.parametrize("draft, state, story", [
    ("hoi Joep, vorige week was het feest van Anna en daar hebben we tot vier uur gedanst, echt leuk. Ik ben moe. "
     "Kom je zaterdag langs?", "ik ben moe", "Anna"),
    ("Dag Ilse, vorige week heeft de gemeente de straat opengebroken en sindsdien kan ik mijn oprit niet meer op. "
     "Ik slaap slecht. Kunt ge zondag eens passeren?", "ik slaap slecht", "oprit"),
    ("Hey Lien, mijn buurman was weer de hele nacht aan het boren en mijn zus moest om zes uur weg. Ik slaap slecht. "
     "Kunt ge vrijdag bij mij langskomen?", "ik slaap slecht", "buurman"),
])
def test_the_story_a_bare_frame_ask_leans_on_goes_beside_the_kept_state(draft, state, story):
    out = shrink(draft)
    assert _has(state, out.sentence) and story not in out.sentence


def test_without_a_state_the_frame_story_stays():
    out = shrink("Hey Lisa, mijn baas was vandaag weer echt vervelend en ik moest overwerken. Kun je vanavond langskomen?")
    assert "baas" in out.sentence


def test_the_story_stays_beside_the_state_when_the_ask_is_a_bare_help():
    out = shrink("Hoi Lot, mijn fiets is vorige week bij het station in Utrecht gestolen en de politie heeft me een "
                 "formulier gegeven dat ik moet invullen. Ik ben gestrest. Kun je vanavond helpen?")
    assert "formulier" in out.sentence and not out.sure


def test_a_frame_sentence_in_the_present_stays_beside_the_state():
    out = shrink("Hoi Mo, Daan is erg stil de laatste tijd. Ik maak me zorgen. Kun je vanavond bellen?")
    assert "Daan" in out.sentence and _has("ik maak me zorgen", out.sentence)


def test_long_heavy_news_beside_the_kept_state_goes_and_the_result_is_not_sure():
    out = shrink("Beste Ruben,\n\nAfgelopen dinsdag is mijn moeder gevallen en zij ligt sindsdien in het ziekenhuis in "
                 "Breda. Mijn zus woont in Canada, dus het regelen met de thuiszorg komt bij mij terecht.\nZou ik de "
                 "komende drie weken vanuit huis mogen werken? Ik zit er doorheen.\n\nMet vriendelijke groet,\nIris")
    assert _has("ik zit er doorheen", out.sentence) and "Breda" not in out.sentence and not out.sure


def test_short_heavy_news_alone_is_still_the_honest_sentence():
    out = shrink("Hoi Kim, mijn vader ligt in het ziekenhuis. Kun je zaterdag de kinderen nemen?")
    assert "ziekenhuis" in out.sentence


@pytest.mark.parametrize("draft, code", [
    ("Hoi Bas, we zijn vanaf morgen een week in Portugal. De alarmcode is 5519. Kun je zaterdag de post "
     "binnenleggen?", "5519"),
    ("Beste meneer Pinto, mijn ordernummer is 88120345. Kunt u deze week een nieuwe wasmachine sturen?", "88120345"),
    ("dag sofie, ons klantnummer is 40-7781. kunt ge morgen de meterstand doorgeven?", "40-7781"),
])
def test_the_code_the_ask_needs_said_before_it_stays(draft, code):
    assert code in shrink(draft).sentence


@pytest.mark.parametrize("draft, other", [
    ("Dag Lies, de code van mijn kluisje op het werk is 3345 en die vergeet ik altijd. Kunt ge morgen de kinderen "
     "halen?", "3345"),
    ("Hoi Jan, mijn telefoonnummer is 0612345678. Kun je me vanavond bellen?", "0612345678"),
    ("Hoi Sam, ik heb in 2019 mijn rijbewijs gehaald. Kun je zaterdag met mij mee naar de garage?", "2019"),
])
def test_a_number_that_is_no_code_for_the_ask_is_not_kept_for_it(draft, other):
    assert other not in shrink(draft).sentence
