"""Round 34 (c34p): a rewrite rule's message guard compiled once and tested once per text (`rewrites`)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis.rewrites import Rewrites, blocking_words, split_guard

CORPUS = Path(__file__).parent / "corpus" / "crisis"


def _plain(rules, joined: str) -> str:
    """The rules one after the other, each whole (its guard in it) and searched where a key begins a word."""
    rewrites = Rewrites(rules)
    for n, (source, replacement, keys) in enumerate(rules):
        if (any(f" {key}" in joined for key in keys) or "" in keys) and rewrites.literal(n) in joined:
            joined = re.sub(source, replacement, joined)
    return joined


def test_the_guard_is_read_up_to_its_own_closing_parenthesis():
    assert split_guard(r"\b(?<=^ )(?![^|]*\b(?:a|b\)|[)(]|c(?:d))\b)(x) y") == (
        r"\b(?<=^ )(?![^|]*\b(?:a|b\)|[)(]|c(?:d))\b)", r"\b(?<=^ )(x) y")
    assert split_guard(r"(?<=^ )(?![^]()]*z)(?#a ( comment)w") == (r"(?<=^ )(?![^]()]*z)", r"(?<=^ )(?#a ( comment)w")
    assert split_guard(r"\b(?<=^ )(?=[^|]*z)x") is None  # a positive lookahead is no guard
    assert split_guard(r"\bik (?![^|]*z)x") is None  # not at the message's start: it holds per place
    assert split_guard(r"(?<= )(?![^|]*z)x") is None  # after any space, not only the first
    assert split_guard(r"\b(?<=^ )(?!(?:a|b)") is None  # unbalanced: left whole (re.compile will say why)
    assert split_guard(r"\b(?<=^ )(?!(x)y)(a) b") is None  # a group in it would renumber the rest's: kept whole
    assert split_guard(r"\b(?<=^ )(?!(?P<x>y))(a) b") is None


def test_a_word_guard_gives_its_plain_words_and_word_beginnings():
    assert blocking_words(r"\b(?<=^ )(?![^|]*\b(?:dood|huil\w*|(?:wil|ga) dood|113|tele-onthaal)\b)") == (
        frozenset({"dood", "113"}), ("huil",))
    assert blocking_words(r"(?<=^ )(?![^|]*\b(?:a|b)\b)") == (frozenset({"a", "b"}), ())
    nothing = (frozenset(), ())
    assert blocking_words(r"\b(?<=^ )(?![^|]*\b(?:a)\bx(?:b)\b)") == nothing  # not one list of words
    assert blocking_words(r"\b(?<=^ )(?![^.|]*\b(?:a|b)\b)") == nothing  # up to a full stop: another guard
    assert blocking_words(r"\b(?<=^ )(?![^|]*\b(?:a|b)\b|c)") == nothing


GUARD = r"\b(?<=^ )(?![^|]*\b(?:dood|pillen|nooit)\b)"
RULES = (
    (GUARD + r"([^|]*?)\bik kan niet meer\b", r"\1ik baal ervan", frozenset({"ik"})),
    (r"\bmoe\b", "nooit meer moe", frozenset({"moe"})),  # brings a heavy word in: the guard is asked again
    (GUARD + r"([^|]*?)\bik ben het zat\b", r"\1ik baal ervan", frozenset({"ik"})),
    (r"\b(?<=^ )(?!(x)y)(a) b", r"\2\1c", frozenset({"a"})),  # a guard with a group: the rule stays whole
)


@pytest.mark.parametrize("text", [
    " die hitte , ik kan niet meer . ik ben het zat ", " die hitte , ik kan niet meer . ik ben moe . ik ben het zat ",
    " ik kan niet meer , ik wil dood ", " trein weer te laat , ik ben het zat | pillen ", " a b ", " xy a b ",
    " ik kan niet meer ", "  ik kan niet meer ", "ik kan niet meer ",
])
def test_a_guarded_rule_rewrites_exactly_what_the_whole_rule_rewrites(text):
    assert Rewrites(RULES).apply(text) == _plain(RULES, text)


def test_rules_that_share_a_guard_compile_it_once():
    rewrites = Rewrites(RULES)
    assert rewrites.apply(" die hitte , ik kan niet meer . ik ben het zat ") == " die hitte , ik baal ervan . ik baal ervan "
    assert rewrites.guard(0) is rewrites.guard(2) and rewrites.guard(1) is None and rewrites.guard(3) is None
    assert list(rewrites._shared) == [rewrites.guard(0)]  # compiled once
    assert rewrites.apply(" ik kan niet meer . ik ben moe . ik ben het zat ").endswith(" nooit meer moe . ik ben het zat ")


def test_an_ordinary_text_with_a_heavy_word_compiles_no_guarded_rule():
    rewrites = Rewrites(RULES)
    rewrites.apply(" die hitte , ik kan niet meer . ik ben het zat , nooit meer ")
    assert rewrites.guard(0) is not None and not rewrites._compiled  # neither rest was compiled
    assert not rewrites._shared  # nor the guard: "nooit" is one of its words
    text = " die hitte , ik kan niet meer . ik ben het zat , de pillenpot "  # only a longer word: the pattern asks
    assert rewrites.apply(text) == _plain(RULES, text) == " die hitte , ik baal ervan . ik baal ervan , de pillenpot "
    assert rewrites._shared and rewrites._compiled


@pytest.mark.parametrize("text", [
    " ik kan niet meer , zo moe . nooit ", " ik kan niet meer | nooit ", " ik kan niet meer , nooit2 ",
    " ik kan niet meer , dood_ ", " ik kan niet meer , pillen , dood . ", " nooit | ik kan niet meer ",
])
def test_the_words_of_a_guard_decide_as_its_pattern_does(text):
    assert Rewrites(RULES).apply(text) == _plain(RULES, text)


def _lines() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("eigen5*.toml")) + sorted(CORPUS.glob("tuning33-cy.toml")):
        with path.open("rb") as handle:
            texts += [row["tekst"] for row in tomllib.load(handle).get("regel", [])]
    return texts


def test_the_rules_file_rewrites_the_corpus_as_its_rules_do_whole():
    normaliser = crisis.compiled_rules().normaliser
    rules = normaliser.replacements
    texts = _lines()
    texts += [" . ".join(texts[i:i + 3]) for i in range(0, len(texts), 3)]
    texts += ["ik zie het niet meer zitten met al die dozen", "die hitte, ik kan niet meer haha",
              "trein vertraagd, ik ben het zo zat", "ik kan er niet meer tegen met die buren, ik wil dood",
              "pff die verbouwing, ik hou het niet meer vol", "ik hou het niet meer vol, niemand ziet me"]
    for text in texts:
        joined = " " + " ".join(normaliser.tokens(text)) + " "
        assert normaliser.rewrites.apply(joined) == _plain(rules, joined), text
    guarded = sum(1 for n in range(len(rules)) if normaliser.rewrites.guard(n) is not None)
    assert guarded >= 5 and len({id(normaliser.rewrites.guard(n)) for n in range(len(rules))
                                 if normaliser.rewrites.guard(n) is not None}) < guarded
