"""Round 52 (s52): the crisis check's bookkeeping does less work, and finds exactly the same.

- `engine._searched` works out what each key set meets once per text (`Rules.key_sets` gives one object per
  distinct set) and keeps and sorts only the entries found: the same entries with the same sentences as the plain
  loop it replaces (`_reference_searched`, the round-36 code), on corpus lines and on the benchmark's letter;
- `concepts.Lexicon.keep` sorts by name only the hits that can switch another off: the same hits kept as when every
  hit is sorted by name (`_reference_keep`).

Both references are written out here, so a later change to the fast code that finds anything else fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import engine, weigh

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from crisis_same import corpus_texts  # noqa: E402
from run import CRISIS_VARIED  # noqa: E402


def _reference_searched(rules, where, everywhere):
    """`engine._searched` as it was before round 52 (every key set intersected for every entry)."""
    present = set(where)
    masks = dict.fromkeys(rules.always, everywhere)
    for key in present:
        for i, key_sets in rules.led_sets(key):
            if i in masks:
                continue
            result = -1
            for keys in key_sets:
                here = 0
                for found in keys & present:
                    here |= where[found]
                result &= here
                if not result:
                    break
            masks[i] = result
    return sorted(item for item in masks.items() if item[1])


def _reference_keep(lexicon, hits):
    """`Lexicon.keep` as it was before round 52 (every hit sorted by name)."""
    by_name = {}
    for hit in hits:
        by_name.setdefault(hit.name, []).append(hit)
    return [hit for hit in hits if hit.name not in lexicon.unless or not lexicon._blocked(hit, by_name)]


def _texts():
    """Every 7th corpus line and krimp draft (crisis lines, open/ lines, drafts), and the benchmark's letter turned."""
    lines = [text for _where, text in corpus_texts()[::7]]
    return lines + [CRISIS_VARIED[n:] + CRISIS_VARIED[:n] for n in (0, 1, 50, 700)]


@pytest.fixture(scope="module")
def texts():
    return _texts()


def test_the_corpus_is_read(texts):
    assert len(texts) > 4000  # 36,000 texts in round 52: a broken reader must not make the tests below empty


def test_searched_finds_the_entries_and_sentences_of_the_plain_loop(texts):
    rules = crisis.compiled_rules()
    compared = entries = 0
    for text in texts:
        for reading in rules.normaliser.readings(text):
            sentences = engine._sentences(reading)
            where = engine._key_places(rules, sentences)
            everywhere = (1 << len(sentences)) - 1
            found = engine._searched(rules, where, everywhere)
            assert found == _reference_searched(rules, where, everywhere), text
            compared += 1
            entries += len(found)
    assert compared >= len(texts) and entries > 10 * compared  # many entries searched: the comparison says something


def test_key_sets_are_shared_objects():
    rules = crisis.compiled_rules()
    seen = {}
    for i in range(0, len(rules.entries), 3):
        for key_set in rules.key_sets(i):
            assert seen.setdefault(key_set, key_set) is key_set  # equal sets are one object (`_searched` keys on it)


def test_keep_keeps_what_sorting_every_hit_kept(texts):
    rules = crisis.compiled_rules()
    lexicon = rules.concepts.lexicon
    switched_off = 0
    for text in texts:
        for reading in rules.normaliser.readings(text):
            sentences, _found = engine.scan(rules, reading)
            hits, offset = [], 0
            for sentence in sentences:
                words = sentence.split()
                hits += lexicon.tag(words, offset)
                offset += len(words)
            kept = lexicon.keep(hits)
            assert kept == _reference_keep(lexicon, hits), text
            switched_off += len(hits) - len(kept)
    assert switched_off > 100  # 'tenzij' concepts did switch hits off: the comparison says something


def test_the_letter_of_the_benchmark_gets_what_it_got():
    found = crisis.assess(CRISIS_VARIED)
    assert found.tier is None
    assert {s.family for s in found.signals} == {"tijd", "zaken-regelen"}
    assert weigh.reading_signals  # the concept layer is the one the rules use
