"""Review of round 15 (kr32a, kr32b, kp13a, kp13b merged): rules that fired too widely (issue 12).

Each test failed on the merged code (33ed756) and names the draft that showed it.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


# 1. A line break after a question that already has its verb is a message ending, not a mail
#    program's wrap: the next line's first word in -en ('beginnen', 'kinderen') is not its verb.
SEPARATE_LINES = {
    "kun je zaterdag helpen met de verhuizing naar ons nieuwe huis in Utrecht-Oost\nbeginnen om 9 uur":
        "beginnen",
    "kun je morgen de auto naar de garage brengen voor de apk keuring die nu verlopen is\n"
    "kinderen moeten om 8 uur op school zijn": "kinderen",
}


@pytest.mark.parametrize("draft", sorted(SEPARATE_LINES))
def test_line_after_a_complete_question_is_not_glued_on(draft):
    result = shrink(draft)
    assert SEPARATE_LINES[draft] not in result.sentence.lower() or not result.sure, result.sentence


def test_wrapped_modal_still_finds_its_verb_on_the_next_line():
    draft = "zou je de notities van de vergadering van afgelopen dinsdag misschien kunnen\ndoorsturen naar mij"
    result = shrink(draft)
    assert "doorsturen" in result.sentence and "dinsdag" in result.sentence, result.sentence


# 2. 'Het is maar een uurtje' is a duration too: when it goes, the result is not sure.
def test_duration_with_is_lost_is_not_sure():
    result = shrink("Kun je zaterdag komen? Het is maar een uurtje, maar het helpt echt.")
    assert "uurtje" in result.sentence or not result.sure, result.sentence


# 3. 'Het duurt niet lang' names no duration; it makes the ask small and goes like other minimisers.
@pytest.mark.parametrize("draft", ["Kun je morgen komen? Het duurt niet lang.", "Kun je zaterdag komen? Het duurt"])
def test_no_duration_sentence_is_not_kept(draft):
    result = shrink(draft)
    assert result.sentence.endswith("komen?"), result.sentence


def test_real_duration_after_the_ask_still_kept():
    result = shrink("Kun je zaterdag helpen met de tuin? Het duurt ongeveer twee uur.")
    assert "twee uur" in result.sentence, result.sentence


# 4. 'Ook graag' before a thing, with no verb, is no announced second request: the ask must not vanish.
@pytest.mark.parametrize("draft", ["Ook graag een reactie voor vrijdag.", "Graag ook een reactie voor vrijdag."])
def test_ook_graag_wish_does_not_vanish(draft):
    result = shrink(draft)
    assert "reactie" in result.sentence and "vrijdag" in result.sentence, result.sentence


def test_ook_graag_with_a_verb_is_still_a_second_request():
    result = shrink("Kun je morgen de was doen? Ook graag de handdoeken strijken.")
    assert result.sentence == "Kun je morgen de was doen?", result.sentence
    assert any(f.kind == "meer-vragen" for f in result.findings)


# 5. Chat without marks where an aside sits inside the question ('kun je de buurvrouw haar man is
#    ziek helpen'): never cut to a question without its verb, and never offered as sure.
ASIDES = [
    "kun je de buurvrouw haar man is ziek helpen",
    "kun je de fiets van mijn broer het wiel is lek maken",
    "kun je de kat haar eten staat in de kast voeren",
]


@pytest.mark.parametrize("draft", ASIDES)
def test_aside_inside_a_question_is_not_sure(draft):
    result = shrink(draft)
    assert not result.sure, result.sentence


def test_reason_glued_after_a_question_still_split():
    assert shrink("mag ik zaterdag naar het feest iedereen gaat").sentence == "Mag ik zaterdag naar het feest?"
    assert shrink("kunnen we zaterdag de tent van je ouders lenen de onze is kapot").sentence == \
        "Kunnen we zaterdag de tent van je ouders lenen?"


def test_mail_line_after_a_complete_question_is_a_new_sentence():
    """In a mail-like draft (lines end in marks, sentences start with a capital) a lowercase 'ik …'
    after a line that ends on the question's verb starts the writer's next sentence."""
    draft = "Hoi Eva,\nKun jij morgen de kinderen van school halen en naar de zwemles brengen\nik sta tot zes uur op mijn werk. Dank je!"
    result = shrink(draft)
    assert result.sentence == ("Eva, kun jij morgen de kinderen van school halen en naar de zwemles brengen? "
                               "Ik sta tot zes uur op mijn werk."), result.sentence  # the writer's own time stays (round 16)
    assert result.sure


# 6. The word before a colon that opens a list names the list, not the person addressed
#    (colon_item, kr32b, covered the items but not the label).
def test_list_label_is_no_name():
    result = shrink("Boodschappen: melk, Brood, Kaas. Kun je die halen, Jan?")
    assert not result.sentence.startswith("Boodschappen"), result.sentence
    assert "Jan" in result.sentence or not result.sure, result.sentence


def test_name_before_a_colon_still_a_name():
    assert shrink("Jan: kun je morgen komen?").sentence == "Jan, kun je morgen komen?"


# 7. 'ik … anders niet' (kp13a, otherwise.py) is a consequence only when it says what goes wrong:
#    'Ik ben anders niet zo van het vragen' ('usually') is burden talk, 'Ik heb het anders niet
#    gedaan' a past; neither is kept as part of the ask.
@pytest.mark.parametrize("draft", [
    "Kun je me helpen? Ik ben anders niet zo van het vragen, sorry.",
    "Kun je de auto morgen wegzetten? Ik heb het anders niet gedaan.",
])
def test_anders_niet_that_is_no_consequence_goes(draft):
    result = shrink(draft)
    assert "anders" not in result.sentence, result.sentence


def test_anders_niet_consequence_still_kept():
    result = shrink("Kun je vanavond koken? Ik ben anders niet op tijd thuis.")
    assert result.sentence == "Kun je vanavond koken? Ik ben anders niet op tijd thuis.", result.sentence


# 8. '…, ik kan anders niet naar huis.' in the request's own sentence is a statement of its own,
#    as '…, anders kan ik niet naar huis.' already was (not '…, ik kan anders niet naar huis?').
@pytest.mark.parametrize("draft, expected", [
    ("Kun je me morgen ophalen, ik kan anders niet naar huis.", "Kun je me morgen ophalen? Ik kan anders niet naar huis."),
    ("Kun je de sleutel onder de mat leggen, we kunnen er anders niet in?",
     "Kun je de sleutel onder de mat leggen? We kunnen er anders niet in."),
])
def test_consequence_in_the_asks_sentence_is_a_statement(draft, expected):
    assert shrink(draft).sentence == expected
