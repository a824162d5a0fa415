"""The 'I wanted to ask whether' frame in dialect and chat spelling (round 30, lead).

Found in the practice flow in tmux: 'ik wou eigelijk vrage of ge woensdag de kleine van school kunt halen' came
back whole, because 'vrage' (an infinitive without its -n, common in Flemish and Brabant chat) was not read as
'vragen'. The same held for the West-Flemish and Limburg spellings 'vroagen', 'vroage', 'vraoge', for 'es' and
'nekeer' (chat for 'eens', 'een keer'), and for 'ik wou (je) een keer vragen of …', which came back not sure.
"""
import pytest

from vraaghulp.coach.krimp import compose, shrink


@pytest.mark.parametrize("frame", [
    "ik wou vrage of", "ik wou eigelijk vrage of", "'k wilde vroage of", "ik wou vroagen of", "ik wou vraoge of",
    "ik wou ne keer vrage of", "ik wou nekeer vragen of", "ik wou een keer vragen of", "ik wou es vragen of",
    "ik wou je een keer vragen of", "kwou ff vrage of",
])
def test_the_frame_goes_and_the_ask_is_said_directly(frame):
    result = shrink(f"{frame} ge woensdag de kleine van school kunt halen?")
    assert result.sentence == "Kunt ge woensdag de kleine van school halen?"
    assert result.sure


def test_a_reason_after_the_ask_is_named():
    result = shrink("ik wou eigelijk vrage of ge woensdag de kleine van school kunt halen want ik moet tot 6u werken")
    assert result.sentence == "Kunt ge woensdag de kleine van school halen?"
    assert "ik moet tot 6u werken" in " ".join(f.text for f in result.findings)


def test_the_practice_flow_reads_the_same_frame():
    sentence = compose("ons moeke", "ik wou vrage of ge woensdag de kleine van school kunt halen", "")
    assert "vrage" not in sentence.lower() and "kunt ge woensdag de kleine van school halen?" in sentence.lower()


@pytest.mark.parametrize("draft", [
    "ik heb het je een keer gevraagd of je kon helpen, weet je nog? kun je zaterdag?",  # told, not a frame
    "Ze wou een keer vragen of het doorging, maar niemand wist het. Kun je zaterdag komen?",  # someone else
])
def test_look_alikes_keep_their_words_or_are_not_sure(draft):
    result = shrink(draft)
    assert result.sentence.startswith("Kun je zaterdag") or not result.sure
