"""Round 47 (lead): a name that is spoken of, not to; a word read as a name; a crisis draft's name or secret lost.

Drafts of our own, each in a shape a careful reader found wrong and sure before: 'Tom mag het niet weten. Kun je …'
came out 'Tom, kun je …?' (sent to the person the surprise was for), 'Liefst kun je …' as 'Liefst, kun je …?',
'ik wil dood. Jan.' and '…, sorry mam' without the name, 'papa mag niks weten' dropped, all sure.
"""

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft, name", [
    ("Tom mag het niet weten. Kun je zaterdag de taart halen?", "Tom"),
    ("tom mag het niet weten maar kun je zaterdag de taart ophalen?", "Tom"),
    ("Jelle mag het niet horen, het is een verrassing. Wil jij de slingers kopen?", "Jelle"),
    ("Oma mag er niks van weten. Kun jij vrijdag de bloemen bestellen?", "Oma"),
    ("Sanne zal het nooit merken, kun je haar fiets vanavond even maken?", "Sanne"),
])
def test_a_name_spoken_of_is_not_the_one_addressed(draft, name):
    result = shrink(draft)
    assert not result.sentence.startswith(f"{name},"), result.sentence
    assert not (result.sure and name.lower() not in result.sentence.lower() and "verrassing" in draft), result.sentence


@pytest.mark.parametrize("draft, name", [
    ("Tom mag ik zaterdag je fiets lenen?", "Tom"),
    ("Tom, mag ik zaterdag je fiets lenen?", "Tom"),
    ("Sjoukje kun je morgen de kinderen halen?", "Sjoukje"),
    ("Mam kun je morgen de kinderen halen?", "Mam"),
])
def test_a_name_before_its_ask_still_opens_the_sentence(draft, name):
    result = shrink(draft)
    assert result.sentence.startswith(f"{name},"), result.sentence
    assert result.sure


@pytest.mark.parametrize("word", ["Liefst", "Alvast", "Daarom", "Nogmaals", "Ondertussen", "Binnenkort", "Graag",
                                  "Desnoods", "Waarschijnlijk", "Samen", "Liever", "Vroeg"])
def test_a_word_opening_the_ask_is_never_made_a_name_while_sure(word):
    result = shrink(f"{word} kun je morgen de kinderen van school halen?")
    assert not (result.sure and result.sentence.startswith(f"{word},")), result.sentence


@pytest.mark.parametrize("draft, missing", [
    ("ik wil dood. Jan.", "jan"),
    ("ik wil dood. Eva.", "eva"),
    ("ik wil er niet meer zijn, sorry mam", "mam"),
    ("ik kan niet meer, ik wil dood. sorry pap.", "pap"),
])
def test_a_crisis_result_that_drops_the_name_is_not_sure(draft, missing):
    result = shrink(draft)
    assert result.crisis
    assert missing in result.sentence.lower() or not result.sure, result.sentence


def test_a_signed_crisis_message_stays_sure_without_the_writers_name():
    result = shrink("Goeiemiddag,\n\nIk wil zelf ook niet meer leven. Kan de dokter vandaag bij mij langskomen?\n\n"
                    "Vriendelijke groeten,\nMaria Claes")
    assert result.crisis and result.sure, result.sentence
    assert "Maria" not in result.sentence


@pytest.mark.parametrize("draft, kept", [
    ("mama mag het niet weten maar ik wil dood. kun je komen?", "kun je nu komen"),
    ("niemand mag het weten, ik wil dood. kom je?", "ik wil dood"),
    ("mijn ouders mogen er niks van horen maar ik wil dood. kun je komen?", "kun je nu komen"),
])
def test_a_crisis_secret_is_never_turned_into_the_question(draft, kept):
    result = shrink(draft)
    assert result.crisis and not result.sure
    assert kept in result.sentence.lower(), result.sentence
    assert "weten?" not in result.sentence and "horen?" not in result.sentence, result.sentence
    assert not result.sentence.lower().startswith(("mama,", "niemand,")), result.sentence


def test_a_crisis_secret_without_its_object_is_not_sure():
    result = shrink("papa mag niks weten. ik snij mezelf weer. kun je komen")
    assert result.crisis and not result.sure, result.sentence
