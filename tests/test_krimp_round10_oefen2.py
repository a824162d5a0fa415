"""Round 10 (kr27e), the practice flow: kinds of mistakes tuning10-m showed in notes about the
person, each shown with drafts of its own (other wording than the corpus cases), so a test fails
on the kind, not on one case.
"""

from __future__ import annotations

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.text import fold


# -- the moment typed apart goes after a plain noun phrase subject ('mag Sami | …') --

def test_the_typed_moment_goes_after_a_named_subject():
    sentence = compose("juf Anke", "vragen of Fleur bij het raam mag zitten", "dinsdag")
    assert fold(sentence) == fold("Juf Anke, mag Fleur dinsdag bij het raam zitten?"), sentence


def test_the_typed_moment_goes_after_my_and_a_noun():
    sentence = compose("Marloes", "kan mijn zoon na school bij jullie spelen?", "woensdag")
    assert fold(sentence) == fold("Marloes, kan mijn zoon woensdag na school bij jullie spelen?"), sentence


def test_a_longer_noun_phrase_gets_no_guessed_slot():
    result = shrink("mag de kat van de buren in onze schuur slapen?", person="Wim", moment="zondag")
    assert "kat zondag van" not in fold(result.sentence)
