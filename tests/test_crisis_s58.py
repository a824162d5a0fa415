"""Round 58 (s58): the crisis check on a varied letter does less work, with exactly the same results.

- `concepts.Lexicon.tag`: a sentence without a word of negation (`forms.NEGATING`) asks `_negated` nothing;
- `concepts.Lexicon.keep`: the names read once, in C, and `_blocked` asked only for a hit whose 'tenzij' concepts the
  message holds (with none of them there it is False);
- `rewrites.Rewrites.keyed`: each distinct word looked up in C (`_WordRules`), and `apply` reads a rule's plain text
  and what it needs in one look-up, the plain text looked for once per state of the text.

Each is compared with the code it replaces, written out here, on the whole crisis corpus and every krimp draft (and the
benchmark's letter turned); each test also asserts that the skipped case occurs, and that the kept case does too, so
that it can fail.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import engine, forms, rewrites
from vraaghulp.coach.crisis.forms import _BARRIERS, _END, _NOTHING, _START, Hit, _drop_contained, _hit, _negated

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from crisis_same import corpus_texts  # noqa: E402
from run import CRISIS_VARIED  # noqa: E402

LETTER = [CRISIS_VARIED[n:] + CRISIS_VARIED[:n] for n in (0, 1, 50, 700)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [text for _where, text in corpus_texts()] + LETTER


@pytest.fixture(scope="module")
def sentences(texts: list[str]) -> list[list[str]]:
    rules = crisis.compiled_rules()
    return [engine.scan(rules, crisis.normalised(text))[0] for text in texts]


def _old_tag(lexicon, words: list[str], offset: int) -> list[Hit]:
    """`Lexicon.tag` as round 57 left it: `_negated` asked in every sentence."""
    hits: dict[tuple[str, int], Hit] = {}
    size = len(words)
    if words and words[-1] not in _BARRIERS:
        words = [*words, "."]
    present, negatable = set(words), lexicon._negatable
    apart = present.isdisjoint
    for i in range(size):
        word = words[i]
        found = lexicon._facts.get(word) or lexicon._facts_of(word)
        if found is _NOTHING:
            continue
        singles, pair_first, candidates = found
        for concept in singles:
            if not (concept in negatable and _negated(words, i, negatable[concept])):
                hits[(concept, i)] = _hit((concept, offset + i, offset + i + 1, word))
        if pair_first and i + 1 < size:
            candidates += lexicon._pair_forms(f"{word} {words[i + 1]}")
        for form, needs in candidates:
            if needs and any(map(apart, needs)):
                continue
            if form.back:
                forms._place_back(form, words, i, size, offset, hits)
                continue
            end = forms._rest(form.slots, 1, words, i + 1)
            if end is None or (form.negatable and _negated(words, i, form.negatable)):
                continue
            end = min(end, size)
            old = hits.get((form.concept, i))
            if old is None or old.end < offset + end:
                hits[(form.concept, i)] = _hit((form.concept, offset + i, offset + end, " ".join(words[i:end])))
    if len(hits) < 2:
        return list(hits.values())
    found = sorted(hits.values(), key=_END, reverse=True)
    found.sort(key=_START)
    return _drop_contained(found)


def _old_keep(lexicon, hits: list[Hit]) -> list[Hit]:
    """`Lexicon.keep` as round 57 left it: `_blocked` asked for every hit with a 'tenzij'."""
    by_name: dict[str, list[Hit]] = {}
    for hit in hits:
        if hit.name in lexicon._blockers:
            by_name.setdefault(hit.name, []).append(hit)
    return [hit for hit in hits if hit.name not in lexicon.unless or not lexicon._blocked(hit, by_name)]


def test_concept_hits_and_kept_hits_are_those_of_round_57(sentences: list[list[str]]) -> None:
    lexicon = crisis.compiled_rules().concepts.lexicon
    seen = {"no negation": 0, "negation": 0, "negated": 0, "blocked": 0, "live": 0, "none live": 0}
    for these in sentences:
        hits: list[Hit] = []
        offset = 0
        for sentence in these:
            words = sentence.split()
            new, old = lexicon.tag(words, offset), _old_tag(lexicon, words, offset)
            assert new == old, sentence
            padded = [*words, "."]
            seen["negation" if not forms.NEGATING.isdisjoint(padded) else "no negation"] += 1
            seen["negated"] += any(_negated(padded, i, 3) for i in range(len(words)))
            hits += new
            offset += len(words)
        kept = lexicon.keep(hits)
        assert kept == _old_keep(lexicon, hits)
        seen["blocked"] += len(hits) - len(kept)
        names = {hit.name for hit in hits}
        live = any(not lexicon.unless[name][0].isdisjoint(names) for name in names & lexicon.unless.keys())
        seen["live" if live else "none live"] += 1
    assert seen["no negation"] > 10000 and seen["negation"] > 5000 and seen["negated"] > 1000, seen
    assert seen["blocked"] > 500 and seen["live"] > 1000 and seen["none live"] > 10000, seen


def _old_keyed(rules: rewrites.Rewrites, joined: str, after: int) -> list[int]:
    """`Rewrites.keyed` as round 57 left it (a Python loop per distinct word)."""
    rules.keyed("", -1)  # the index built
    found = set(rules._rules_of.get("", ()))
    for word in set(joined.split(" ")[1:]):
        found.update(n for size in rules._key_lengths if 0 < size <= len(word)
                     for n in rules._rules_of.get(word[:size], ()))
    return sorted(n for n in found if n > after)


def _old_apply(rules: rewrites.Rewrites, joined: str) -> str:
    """`Rewrites.apply` as round 57 left it (each rule's plain text looked for in the text every time)."""
    todo, k = _old_keyed(rules, joined, -1), 0
    held: dict[str, bool] = {}
    seen: dict[str, bool] = {}
    while k < len(todo):
        n, k = todo[k], k + 1
        stored = rules.needs[n]
        if rules.literal(n) not in joined or (stored is not None and not rewrites._holds_seen(stored, joined, seen)):
            continue
        guard = rules.guard(n)
        if guard is not None:
            holds = held.get(guard)
            if holds is None:
                holds = held[guard] = rules._holds(guard, joined)
            if not holds:
                continue
        pattern, boundary, needs, starts = rules.compiled(n)
        if stored is not None or rewrites._holds(needs, joined):
            changed = rewrites.sub(pattern, boundary, rules.rules[n][1], joined, starts)
            if changed != joined:
                joined, todo, k, held, seen = changed, _old_keyed(rules, changed, n), 0, {}, {}
    return joined


def test_rewrites_keyed_and_applied_as_in_round_57(texts: list[str]) -> None:
    normaliser = crisis.compiled_rules().normaliser
    changed = 0
    for text in texts:
        joined = " " + " ".join(normaliser.tokens(text)) + " "
        for after in (-1, 5, 60):
            assert normaliser.rewrites.keyed(joined, after) == _old_keyed(normaliser.rewrites, joined, after)
        new = normaliser.rewrites.apply(joined)
        assert new == _old_apply(normaliser.rewrites, joined), text
        changed += new != joined
    assert changed > 1000  # the rewrites change many corpus lines: a wrong skip would show


def test_the_word_cache_stops_growing() -> None:
    cache = rewrites.Rewrites((("\\bab", "x", frozenset({"ab"})),))._word_rules
    cache._rewrites.keyed("", -1)
    for n in range(20005):
        assert cache[f"ab{n}"] == (0,)
    assert len(cache) == 20000 and cache["zz"] == ()


def test_the_letter_still_quiet() -> None:
    """The benchmark's letter (an ordinary week told to a friend) gets no tier, turned or not."""
    for text in LETTER:
        assert crisis.assess(text).tier is None
