"""Faults the review of round 10 found in the new krimp code, each in our own wording."""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.verbs import infinitive_of


def test_a_note_that_ends_in_a_comma_does_not_crash():
    assert shrink("ik wil Jan vragen of hij me kan helpen,").sentence == "Jan, kun je me helpen?"


def test_a_stem_on_ui_or_ei_keeps_its_t():
    lex = lexicon()
    assert infinitive_of(lex, "sluit") == ("sluiten", True)
    assert infinitive_of(lex, "pleit") == ("pleiten", True)
    assert infinitive_of(lex, "snoeit") == ("snoeien", True)
    assert "sluiten" in shrink("ik wil Jan vragen of hij vanavond de achterdeur sluit").sentence


def test_the_writer_signing_in_is_never_the_one_addressed():
    result = shrink("hier is bomma. kunt ge mij morgen helpen met de boodschappen")
    assert not result.sentence.lower().startswith("bomma")


def test_a_closing_to_be_at_home_is_the_verb_not_his():
    result = shrink("ik wil Jan vertellen dat we volgende week niet thuis zijn en vragen of hij de planten water geeft")
    assert result.sentence.startswith("Jan, we zijn volgende week niet thuis.")
