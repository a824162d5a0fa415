"""Round 42 (c42f): the crisis check does less work per ordinary message, every result the same.

Each shortcut is compared here with the plain way it replaces, on the corpus's own lines: a rewrite that opens with
a choice of plain words is tried only where one of them and what follows it stands (`literals.starts_of`), the
strings a rewrite needs are looked for once per text (`rewrites._holds_seen`), the concept forms' needs tested
inline (`concepts.Lexicon.tag`, against the plain loop of round 36), the second opinion's word features with the
three shapes read per sentence (`opinion._word_features`) and the time words of an occasion searched without a
leading word boundary (`frame_serious._says_time`)."""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import concepts, engine, forms, frame_serious, opinion, rewrites
from vraaghulp.coach.crisis.concepts import Hit
from vraaghulp.coach.crisis.literals import compile_reading
from vraaghulp.coach.crisis.wordstart import finditer, finditer_from, split_boundary

CORPUS = Path(__file__).resolve().parent / "corpus" / "crisis"


def _lines(count: int, seed: int) -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("eigen*.toml")):
        with path.open("rb") as handle:
            texts += [row["tekst"] for row in tomllib.load(handle).get("regel", [])]
    return random.Random(seed).sample(texts, count)


LINES = _lines(300, 42)


# ----- a choice of plain words, then what follows, as where a rewrite may begin -----

@pytest.mark.parametrize(("pattern", "starts"), [
    (r"(ik|k) en (mezelf|mij)\b", ("ik en ", "k en ")),
    (r"(?:(?:ze|zij|mijn ouders) (?:\w+ )?denken|ik zeg)", ("ik zeg", "mijn ouders ", "ze ", "zij ")),
    (r"(zonder|bij) mijn (?=beter\b)", ("bij mijn ", "zonder mijn ")),
    (r"(?:a|b)c", ()),  # one letter each: read as a set of letters, nothing known
    (r"(?:ab|)cd", ()),  # "cd" alone is too short to narrow anything down
    (r"(?:iets|niets)?\w+", ()),  # the choice may be left out
])
def test_a_choice_of_plain_words_begins_with_each_word_and_what_follows(pattern, starts):
    assert compile_reading(pattern)[2] == starts


def test_every_rewrite_finds_the_same_matches_where_its_beginnings_stand():
    rules = crisis.compiled_rules().normaliser.rewrites
    texts = [crisis.normalised(line) for line in LINES]
    tried = 0
    for n in range(len(rules.rules)):
        body, boundary = split_boundary(rules.guard(n) and rules._guards[n][1] or rules.rules[n][0])
        pattern, _needs, starts = compile_reading(body)
        if not starts:
            continue
        tried += 1
        plain = re.compile(body)
        for text in texts:
            assert [m.span() for m in finditer_from(pattern, boundary, text, starts)] == \
                [m.span() for m in finditer(plain, boundary, text)]
    assert tried > 20


# ----- the strings a rewrite needs, each looked for once per text -----

def test_needs_seen_once_per_text_answer_as_the_plain_test():
    rules = crisis.compiled_rules().normaliser.rewrites
    needs = [stored for stored in rules.needs if stored]
    assert len(needs) > 20
    for line in LINES[:100]:
        text = " " + crisis.normalised(line) + " "
        seen: dict[str, bool] = {}
        for stored in needs:
            assert rewrites._holds_seen(stored, text, seen) == rewrites._holds(stored, text)
        assert all(seen[string] == (string in text) for string in seen)


def test_a_need_none_of_whose_strings_is_there_fails_whatever_the_others():
    seen: dict[str, bool] = {}
    assert not rewrites._holds_seen((("ik",), ("pil", "touw")), " ik wil slapen ", seen)
    assert rewrites._holds_seen((("ik",), ("pil", "touw")), " ik heb een touw ", {})
    assert seen == {"ik": True, "pil": False, "touw": False}


# ----- the concept forms' needs, tested inline -----

def _plain_tag(lexicon: concepts.Lexicon, words: list[str], offset: int) -> list[Hit]:
    """`Lexicon.tag` as round 36 wrote it: every candidate's needs through `any(map(...))`, one loop for all."""
    hits: dict[tuple[str, int], Hit] = {}
    size = len(words)
    if words and words[-1] not in forms._BARRIERS:
        words = [*words, "."]
    present = set(words)
    for i, word in enumerate(words[:size]):
        singles, pair_first, candidates = lexicon._facts.get(word) or lexicon._facts_of(word)
        for concept in singles:
            if not (concept in lexicon._negatable and forms._negated(words, i, lexicon._negatable[concept])):
                hits[(concept, i)] = Hit(concept, offset + i, offset + i + 1, word)
        if pair_first and i + 1 < size:
            candidates += lexicon._pair_forms(f"{word} {words[i + 1]}")
        for form, needs in candidates:
            if needs and any(map(present.isdisjoint, needs)):
                continue
            for start in range(max(0, i - form.back), i + 1) if form.back else (i,):
                end = forms._match(form.slots, words, start) \
                    if (not form.back or form.slots[0].matches(words[start])) else None
                if end is None or (form.negatable and forms._negated(words, start, form.negatable)):
                    continue
                end = min(end, size)
                if (form.concept, start) not in hits or hits[(form.concept, start)].end < offset + end:
                    hits[(form.concept, start)] = Hit(form.concept, offset + start, offset + end,
                                                      " ".join(words[start:end]))
    found = sorted(hits.values(), key=lambda hit: (hit.start, -hit.end))
    return forms._drop_contained(found) if len(found) > 1 else found


def test_concept_hits_are_those_of_the_plain_loop():
    rules = crisis.compiled_rules()
    lexicon = rules.concepts.lexicon
    compared = 0
    for line in LINES:
        for reading in rules.normaliser.readings(line):
            offset = 0
            for sentence in engine.scan(rules, reading)[0]:
                words = sentence.split()
                found = lexicon.tag(words, offset)
                assert found == _plain_tag(lexicon, words, offset)
                compared += len(found)
                offset += len(words)
    assert compared > 1000


def test_a_contained_hit_of_the_same_concept_is_dropped_and_others_stay():
    hits = [Hit("a", 0, 3, "x y z"), Hit("a", 1, 2, "y"), Hit("b", 1, 2, "y"), Hit("a", 2, 4, "z q")]
    assert forms._drop_contained(hits) == [hits[0], hits[2], hits[3]]


# ----- the second opinion's word features -----

def _plain_word_features(sentences: list[str], first_person: frozenset[str]) -> list[str]:
    """`opinion._word_features` as round 36 wrote it, as the list of names in the order they were added."""
    found: dict[str, None] = {}
    me = negated_life = final = False
    for sentence in sentences:
        words = [w for w in sentence.split() if w not in opinion._SKIP]
        for i, word in enumerate(words):
            found[f"w:{word}"] = None
            if i:
                found[f"b:{words[i - 1]}_{word}"] = None
            me = me or word in first_person
            final = final or word in opinion._FINAL
            if word in opinion._LIVING and any(w in opinion._NEGATIONS for w in words[max(0, i - opinion._NEAR):i]):
                negated_life = True
    for name, present in (("ik", me), ("ontkend-leven", negated_life), ("finaal", final)):
        if present:
            found[f"v:{name}"] = None
            if me and name != "ik":
                found[f"v:{name}+ik"] = None
    return list(found)


def test_word_features_are_those_of_the_plain_loop_in_the_same_order():
    first_person = crisis.compiled_rules().first_person
    lines = [*LINES, "ik wil niet meer leven", "niet meer verder , het is klaar", "nooit meer wakker worden ik"]
    for line in lines:
        sentences = engine.scan(crisis.compiled_rules(), crisis.normalised(line))[0]
        found = opinion._word_features(sentences, first_person)
        plain = _plain_word_features(sentences, first_person)
        assert found == set(plain)
        again: set[str] = set()
        for name in plain:  # added in the same order: the same set, read in the same order (the score's sum)
            again.add(name)
        assert list(found) == list(again)


# ----- the time words of an occasion -----

@pytest.mark.parametrize("said", [" ik kom straks langs ", " zometeen ", " nustraks ", " straksen ", " zo meteen . ",
                                  " xvanavond ", " vanavond. ", " volgende week ", " volgende weekend ", ""])
def test_time_words_are_found_as_the_full_pattern_finds_them(said):
    assert frame_serious._says_time(said) == (re.search(frame_serious._TIME, said) is not None)


def test_time_words_of_the_corpus_as_the_full_pattern_finds_them():
    for line in LINES:
        said = crisis.normalised(line)
        assert frame_serious._says_time(said) == (re.search(frame_serious._TIME, said) is not None)
