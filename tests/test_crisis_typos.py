"""One-slip typing errors in the key words of the crisis check (worked out at build time)."""

from __future__ import annotations

from vraaghulp.coach.crisis import assess, normalised
from vraaghulp.coach.crisis.build import typo_forms


def test_swapped_and_dropped_letters_in_key_words_are_read_as_the_word():
    assert " mezelf " in normalised("ik wil mezlef van kant maken")
    assert " zelfmoord " in normalised("ik denk aan zelfmord")
    assert assess("ik wil mezlef van kant maken").tier == "acuut"
    assert assess("ik denk erover om zelfmoord te plegne").tier == "acuut"


def test_real_words_are_never_taken_for_a_typo():
    assert " streven " in normalised("we streven naar een goed jaar")
    assert " kassen " in normalised("ik heb de kassen geteld")
    assert assess("we streven naar een goed jaar met het team").tier is None


def test_forms_are_made_from_the_lists_only_and_never_override_the_word_table():
    forms = typo_forms({"tikfout_kernwoorden": ["sterven"], "tikfout_niet": ["streven"],
                        "woorden": {"setrven": "iets anders"}})
    assert forms["stevren"] == "sterven" and forms["strven"] == "sterven"
    assert "streven" not in forms and "setrven" not in forms and "sterven" not in forms
    assert typo_forms({"tikfout_kernwoorden": ["dood"]}) == {}  # no swap of the first letter, no drop in short words


def test_a_rewrite_rule_is_skipped_only_when_its_required_text_is_missing() -> None:
    import re

    from vraaghulp.coach.crisis.rewrites import required_literal

    cases = {
        r"\bik he\b(?! \?)": "ik he",
        r"\bzelf ?dod(?=ing|en\b)": "zelf",  # the space may be missing
        r"\bmij(?:n)? eigen": "mij",
        r"\b(niet|nooit) mi\b": "",  # begins with a choice
        r"\bop deze wereld\b|\bop aarde\b": "",  # a choice at the top level
        r"\bab[|(]c|d": "",  # the | inside the class does not count, the last one does
    }
    for source, literal in cases.items():
        assert required_literal(source) == literal
        for text in (" ik heb zelfdoding mijn eigen op aarde abc d ", " niet mi "):
            if re.search(source, text):
                assert literal in text
    assert normalised("ik heb het gezegd, niet mee gedaan").strip() == "ik heb het gezegd , niet mee gedaan"
