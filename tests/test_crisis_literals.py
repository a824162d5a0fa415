"""Round 31 (c31s): the text a crisis pattern cannot match without (`literals`), and that the
engine's use of it changes no result."""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import engine
from vraaghulp.coach.crisis.literals import compile_needing


def _needs(pattern: str) -> tuple[tuple[str, ...], ...]:
    return compile_needing(pattern)[1]


def test_a_guarded_pattern_needs_its_own_words_not_the_guard():
    needs = _needs(r"(?<=^ )(?![^|]*\b(?:kuur|dokter)\b)[^|]*?\b(?:pillen|tabletten)\b[^|]*?\balles\b")
    assert ("alles",) in needs
    assert ("pillen", "tabletten") in needs
    assert not any("kuur" in s or "dokter" in s for strings in needs for s in strings)  # a negative guard asks nothing


def test_a_choice_needs_one_string_of_each_alternative():
    needs = _needs(r"(?:ik|k) (?:\w+ ){0,2}?(?:verdrink|vergiftig) (?:mezelf|me)|(?:ik|k) laat (?:me|mij) zinken")
    assert len(needs) == 1
    (strings,) = needs
    assert any("drink" in s for s in strings) and any("zinken" in s or "laat m" in s for s in strings)


def test_a_positive_lookahead_is_needed_and_an_optional_part_is_not():
    needs = _needs(r"(?:het |de )?touw\b(?=[^|]*\b(?:boot|tent)\b)")
    assert ("touw",) in needs and ("boot", "tent") in needs
    assert not any(s.startswith(("het", "de ")) for strings in needs for s in strings)


def test_repeated_text_and_what_cannot_be_known():
    assert _needs(r"a?h?(?:ah){2,}h?a?") == (("ahah",),)
    assert _needs(r"\w*pil\w*") == (("pil",),)
    assert _needs(r"(?i)zelfmoord") == ()  # case folded: nothing is asked
    assert _needs(r"(?:zelfmoord)?x") == ()  # too short to narrow anything down
    assert _needs(r"[sz]e?lf ?mo{1,2}r[dt]") == ()


@pytest.mark.parametrize("pattern", [
    r"(?<=^ )(?![^|]*\bkuur\b)[^|]*?\b(?:pillen|tabletten)\b[^|]*?\balles\b",
    r"(?:het |de )?(?:klim)?touw(?:en|tje)?\b(?=[^|]*\b(?:boot|tent)\b)",
    r"a?h?(?:ah){2,}h?a?",
    r"(?P<x>ik ben) (?:al )?dood\b(?P<staart>[^.!?;|]*)",
])
def test_the_compiled_pattern_finds_what_re_compile_finds(pattern):
    ours, needs = compile_needing(pattern)
    plain = re.compile(pattern)
    texts = [" ik heb alle pillen en ik neem alles . ", " het touwtje van de boot . ", " hahaha wat grappig ",
             " ik ben al dood van het lachen ", " geen kuur , tabletten : alles . ", " touw tent "]
    for text in texts:
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert ours.groupindex == plain.groupindex
        if plain.search(text):  # a match never lacks what the pattern needs
            assert all(any(s in text for s in strings) for strings in needs)


def test_every_rule_pattern_that_matches_a_corpus_like_sentence_has_what_it_needs():
    rules = crisis.compiled_rules()
    sentences = [" ik wil niet meer leven . ", " ik heb alle pillen gespaard en neem ze vanavond allemaal in . ",
                 " morgen ben ik er niet meer , zeg maar dag tegen iedereen . ", " ik lach me dood haha . ",
                 " ik spring van de brug , ik meen het . ", " het touw hangt al aan de balk op zolder . "]
    checked = 0
    for i in range(len(rules.entries)):
        entry = rules.entries[i]
        for sentence in sentences:
            if entry.pattern.search(sentence):
                checked += 1
                assert all(any(s in sentence for s in strings) for strings in entry.needs), entry.written
    assert checked >= 8


def test_holding_keeps_exactly_the_sentences_with_what_is_needed():
    sentences = [" ik neem alle pillen . ", " de kat slaapt . ", " tabletten voor de kat . "]
    needs = (("pil", "tablet"),)
    assert engine._holding(needs, sentences, 0b111, "") == 0b101
    assert engine._holding(needs, sentences, 0b010, "") == 0
    assert engine._holding((("pil",), ("neem",)), sentences, 0b111, "\n".join(sentences)) == 0b001


def test_a_sentence_without_ook_takes_nothing_over_from_a_character():
    from vraaghulp.coach.crisis.context import _IMITATE

    said = [" dat ga ik ook doen . ", " ik wil dat ook . ", " ik denk dat ik dat ook wil doen . ", " ook proberen . "]
    assert all(_IMITATE.search(sentence) for sentence in said)
    # the guard in `reading_signals` reads "ook" first: no sentence without it can match
    assert not any(_IMITATE.search(sentence.replace("ook", "oak")) for sentence in said)


def test_the_rewrite_rules_run_as_before_when_a_rewrite_brings_in_new_words():
    rules = crisis.compiled_rules()
    normaliser = rules.normaliser
    for text in ("kwil nie meer", "ik wil niet meer leven...", "Ik ben er klaar mee, zelfmoord lijkt me de enige uitweg",
                 "hahaha ik lach me dood", "ik heb alle pillen gespaard. ze zijn voor de hond."):
        joined = " " + " ".join(normaliser.tokens(text)) + " "
        expected = joined  # the rules one after the other, each searched where a word begins with a key
        for n, (source, replacement, keys) in enumerate(normaliser.replacements):
            if any(f" {key}" in expected for key in keys) and normaliser.rewrites.literal(n) in expected:
                expected = re.sub(source, replacement, expected)  # whole, with its guard (round 34)
        assert normaliser.rewrites.apply(joined) == expected
