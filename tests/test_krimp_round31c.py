"""Round 31 (k31c): a fronted opener or linker before an inverted ask frame goes with a finding (fronted_ask.py); a
fronted phrase of time moves into the ask (fronted_move.py); nerves about asking go, an honest state stays."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import fronted_ask, shrink
from vraaghulp.coach.krimp.fronted_move import moved


# --- 1. The opener goes, the frame is read -----------------------------------------------------------------------------

OPENED = [
    ("Beste Wim,\n\nNaar aanleiding van de vergadering van maandag wil ik je vragen of ik het verslag mag schrijven.\n\n"
     "Groet,\nJan", "Naar aanleiding", "verslag"),
    ("Geachte heer,\n\nLangs deze weg wil ik u vragen of ik mijn fiets in de gang mag zetten.\n\nHoogachtend,\nEls",
     "Langs deze weg", "fiets"),
    ("Goedemorgen,\n\nMet deze mail wil ik u vragen of ik mijn afspraak van dinsdag mag verzetten.\n\nGroet,\nAnne",
     "Met deze mail", "afspraak van dinsdag"),
    ("Dag Koen,\n\nBij deze zou ik graag vragen of ik volgende vrijdag verlof mag nemen.\n\nMvg,\nEls", "Bij deze",
     "verlof"),
    ("hoi Lot, mijn auto is stuk, vandaar dat ik wou vragen of ik morgen met jou mag meerijden", "vandaar", "meerijden"),
    ("Beste meneer Bos,\n\nIk was ziek. Vandaar mijn vraag of ik de toets mag inhalen.\n\nGroet,\nSem", "Vandaar",
     "toets"),
]


@pytest.mark.parametrize("draft, opener, kept", OPENED)
def test_a_fronted_opener_goes_and_the_ask_is_made_direct(draft, opener, kept):
    result = shrink(draft)
    assert opener.lower() not in result.sentence.lower()
    assert kept in result.sentence
    assert result.sentence.endswith("?")
    assert any(f.kind == "aanloop" for f in result.findings)
    struck = " ".join(draft[a:b] for a, b in result.dropped)
    assert opener.split()[0] in struck


def test_the_opener_is_named_as_typed_and_the_draft_keeps_its_length():
    draft = "Naar aanleiding van ons gesprek wil ik u vragen of ik mag komen."
    text, front = fronted_ask.cleared(draft)
    assert len(text) == len(draft)
    assert text.strip().startswith("Ik wil u vragen of")
    assert [words for _, _, words in front.gone] == ["Naar aanleiding van ons gesprek"]
    found = [f.text for f in shrink(draft).findings if f.kind == "aanloop"]
    assert "Naar aanleiding van ons gesprek" in found


def test_a_formal_frame_with_te_becomes_a_question():
    result = shrink("Beste Ingrid,\n\nGraag wil ik je vragen mijn verlof van 12 tot 16 augustus goed te keuren.\n\n"
                    "Groet,\nTom")
    assert "graag" not in result.sentence.lower()
    assert "12 tot 16 augustus" in result.sentence and result.sentence.endswith("?")


def test_a_noun_ask_is_not_given_an_invented_verb_and_is_not_sure():
    result = shrink("Geachte heer, mevrouw,\n\nHierbij verzoek ik u om een nieuwe parkeervergunning voor de "
                    "Kerklaan 4.\n\nHoogachtend,\nTon")
    assert "hierbij" not in result.sentence.lower()
    assert "parkeervergunning voor de Kerklaan 4" in result.sentence
    assert not any(verb in result.sentence for verb in ("sturen", "geven", "opsturen"))
    assert not result.sure


def test_a_linker_before_a_te_frame_gives_no_garbage():
    result = shrink("Geachte heer,\n\nMijn factuur klopt niet. Om die reden vraag ik u mijn factuur van maart "
                    "opnieuw te sturen.\n\nGroet,\nAnke")
    assert "reden" not in result.sentence
    assert "factuur van maart" in result.sentence


def test_a_linker_in_a_run_on_gets_a_full_stop_not_a_merged_clause():
    text, _ = fronted_ask.cleared("ik kan niet typen dus ik wou vragen of jij kan helpen")
    assert text.startswith("ik kan niet typen.")
    assert "dus" not in text


# --- 2. Look-alikes: a fronted phrase with meaning, a 'dus' that is no linker before a frame --------------------------

@pytest.mark.parametrize("draft", [
    "Vanaf september wil ik graag vier dagen werken. Kan dat?",
    "Dus ik ga morgen naar de markt.",
    "Bij de bakker wil ik vragen of ze taart hebben.",
    "Op 2 februari is mijn fiets gestolen.",
    "Daarom wil ik een nieuwe fiets.",
])
def test_look_alikes_are_left_as_typed(draft):
    text, front = fronted_ask.cleared(draft)
    assert text == draft and not front.gone


@pytest.mark.parametrize("draft, phrase", [
    ("Beste Anja,\n\nNa de operatie op 8 april wil ik u vragen of ik de eerste twee weken halve dagen mag werken.",
     "na de operatie op 8 april"),
    ("Beste Ruud,\n\nTijdens de verbouwing wil ik u vragen om de werklieden na 9 uur te laten beginnen.",
     "tijdens de verbouwing"),
])
def test_a_fronted_time_phrase_moves_into_the_ask_and_stays(draft, phrase):
    text, where, phrases = moved(draft)
    assert len(text) == len(draft) and phrases
    result = shrink(draft)
    assert phrase in result.sentence.lower()
    assert "vragen" not in result.sentence
    struck = " ".join(draft[a:b] for a, b in result.dropped)
    assert "wil ik u vragen" in struck and phrase.split()[-1] not in struck


# --- 3. Nerves about asking go; an honest state stays ----------------------------------------------------------------

@pytest.mark.parametrize("draft, nerve, kept", [
    ("Hoi Noor, ik vind het echt lastig dit te vragen, maar wil jij vanavond koken?", "lastig", "koken"),
    ("hey Tim, vind het echt rot om te vragen maar kan ik 20 euro van je lenen tot maandag?", "rot", "20 euro"),
    ("hey Jolien, ik durf het bijna ni te vragen maar kunde gij zaterdag op de kleine letten?", "durf", "letten"),
    ("Dag Kris, 'k vind het wat lastig om dit te vragen, maar zou ik maandag van thuis mogen werken?", "lastig",
     "maandag"),
])
def test_nerves_about_asking_go(draft, nerve, kept):
    result = shrink(draft)
    assert nerve not in result.sentence and "te vragen" not in result.sentence
    assert kept in result.sentence


@pytest.mark.parametrize("draft, state", [
    ("Hoi Noor, ik vind het moeilijk om alleen te zijn sinds Rob weg is. Wil je zondag langskomen?", "alleen te zijn"),
    ("Hey Lies, ik vind het moeilijk om te slapen sinds de verhuis. Moogt ge vannacht bij mij blijven?", "te slapen"),
])
def test_an_honest_state_stays(draft, state):
    assert state in shrink(draft).sentence


def test_nerves_inside_a_clause_leave_no_broken_clause():
    result = shrink("Ik weet dat ik te laat ben en ik vind het heel vervelend om dit te moeten vragen, maar ik kan "
                    "het niet in één keer betalen. Kunt u mij uitstel geven?")
    assert "en, maar" not in result.sentence and "en ik, maar" not in result.sentence
