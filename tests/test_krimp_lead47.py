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


# The round's review of k47a: a kept statement after the ask is sure only when it is plainly a fact; a way out, a
# second task, a promise or a judgement of the ask said in other words stays in the offer, not sure.
@pytest.mark.parametrize("after", [
    "Eigenlijk is het niet nodig.", "De trein is ook goed.", "De heg moet ook nog.", "Het is snel gedaan.",
    "Ik fiets wel.", "Dat zou geweldig zijn.", "Ik hoor het wel.", "Ik trakteer op pizza.", "Het is niet dringend.",
    "Ik word niet boos.", "Er zijn genoeg anderen.", "Overmorgen is beter.", "Ik bedoel die van Kees.",
    "Ik betaal de benzine.", "We moeten nog de heg doen.", "Stom dat ik het vergeten ben.",
])
def test_a_statement_that_is_no_plain_fact_is_never_kept_while_sure(after):
    result = shrink(f"Kun je zaterdag mijn moeder naar het ziekenhuis brengen? {after}")
    assert not (result.sure and after.rstrip(".").lower() in result.sentence.lower()), result.sentence


@pytest.mark.parametrize("after", [
    "Hij start niet meer op.", "Ik moet naar de tandarts.", "Het wordt zaterdag nat.", "Mijn fiets is gestolen.",
    "Mijn trein valt uit.", "Ze is wat lastig ter been.",
])
def test_a_plain_fact_after_the_ask_is_kept_and_sure(after):
    result = shrink(f"Kun je zaterdag mijn moeder naar het ziekenhuis brengen? {after}")
    assert result.sure and after in result.sentence, result.sentence


# The review of k47c: a second request that carries a condition, a wish, or a question of its own is kept.
@pytest.mark.parametrize("draft, second", [
    ("Kun je zaterdag oppassen? Ik vind het fijn als je ook kookt.", "koken"),
    ("Kun je zaterdag oppassen? Ik vind het top als je de afwas ook doet.", "afwas"),
    ("Kunt u het formulier tekenen? Hoeft u geen kopie?", "kopie"),
])
def test_a_real_second_request_is_still_offered(draft, second):
    assert second in shrink(draft).second.lower(), shrink(draft).second


def test_a_question_about_what_the_reader_knows_is_offered_as_typed():
    result = shrink("Kun je zaterdag helpen? Kent gij iemand die een aanhangwagen heeft?")
    assert result.second == "Kent gij iemand die een aanhangwagen heeft?"


@pytest.mark.parametrize("draft", [
    "Kun je me helpen verhuizen? Verder hoeft u niets te doen.",
    "Wilt u het pakket aannemen? U hoeft het niet binnen te zetten. Hoeft u zich niet te haasten hoor.",
    "Kun je zaterdag oppassen? Mocht dat niet uitkomen, dan hoor ik het wel.",
    "Kun je oppassen? Hoef je niks te doen hoor?",
    "Kun je zaterdag oppassen? Ik vind het fijn als je komt.",
])
def test_a_let_off_is_no_second_request(draft):
    assert shrink(draft).second == "", shrink(draft).second


@pytest.mark.parametrize("word", ["Liefst", "Alvast", "Nogmaals", "Verder"])
def test_an_adverb_with_the_writers_own_comma_stays_sure(word):
    draft = f"{word}, kun je morgen de kinderen van school halen?"
    result = shrink(draft)
    assert result.sure and result.sentence == draft, result.sentence  # the writer's own words, already good


@pytest.mark.parametrize("draft", [
    "ik snij mezelf. Mam mag het niet zien. kun je komen?",
    "ik wil dood, ons ma moge da nie weten",
    "ik wil er niet meer zijn. papa mag er geen lucht van krijgen",
    "ik wil dood. ze mogen er gene lucht van krijgen",
    "ik wil dood, mijn ouders moge't ni weten",
    "ik snij mezelf, mama mag dit niet te zien krijgen",
    "ik wil niet meer leven en ze mogen er niet achter komen",
    "ik wil dood. laat mama dit niet lezen",
    "ik wil dood. het moet geheim blijven",
])
def test_more_crisis_secrets_are_never_sure(draft):
    result = shrink(draft)
    assert result.crisis and not result.sure, result.sentence
