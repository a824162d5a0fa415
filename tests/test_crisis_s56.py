"""Round 56 (s56): the crisis check reads the names of a message's concept hits in C, and walks the hits in Python
only where a name it looks for is there; it finds exactly the same.

- `weigh.reading_signals`: the sentences of the assigned, fiction and role hits, the softening hits and the
  ordinary context are looked for only where such a name is among the hits (`_sentences_named`); the sentences with
  an intent word are found in C;
- `weigh._reasons`: the reason words are found in C;
- `laugh.grave_of`, `frames.cancelled`: the names read in C; `laugh.laughed_anecdote` reads the few signals first;
- `stored._StoredRules.candidates`: the rules led by the names gathered in C.

Each skip is a pre-filter: it must never leave out work that would have found something. Every test compares with
the code it replaces, written out here, on the whole crisis corpus (or every 7th text of it and the krimp drafts) and
the benchmark's letter turned; each also asserts that the case the skip stands in for occurs, so that it can fail.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import laugh, weigh
from vraaghulp.coach.crisis.context import _ASSIGNED, _FICTION, _INTENT, _ROLE
from vraaghulp.coach.crisis.engine import scan
from vraaghulp.coach.crisis.forms import Hit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from crisis_same import corpus_texts  # noqa: E402
from run import CRISIS_VARIED  # noqa: E402

LETTER = [CRISIS_VARIED[n:] + CRISIS_VARIED[:n] for n in (0, 1, 50, 700)]


def _old_reasons(words: list[str], hits: list[Hit]) -> list[Hit]:
    """`weigh._reasons` as it was before round 56."""
    found: list[Hit] = []
    if weigh._BECAUSE.isdisjoint(words):
        return found
    for i, word in enumerate(words):
        if word not in weigh._BECAUSE or i + 1 >= len(words) or words[i + 1] not in weigh._REASON_STARTS:
            continue
        end = i + 1
        while end < len(words) and words[end] not in weigh._CLAUSE_END and end - i <= weigh._REASON_WORDS[1]:
            end += 1
        if end - i - 1 < weigh._REASON_WORDS[0] or any(hit.start < end and i < hit.end and weigh._signal(hit)
                                                       for hit in hits):
            continue
        found.append(Hit(weigh.ORDINARY_OCCASION, i, end, " ".join(words[i:end])))
    return found


def _old_laughed(signals, hits, words):
    """`laugh.laughed_anecdote` as it was before round 56 (the hits read first)."""
    laughs = [hit for hit in hits if hit.name == laugh.ORDINARY and laugh._LAUGH.fullmatch(hit.text)]
    if not laughs or not any(s.family in laugh._WISH_FAMILIES and s.phrase.endswith(laugh.ORDINARY_NOTE)
                             for s in signals):
        return []
    return laugh.laughed_anecdote(signals, hits, words)


def _tagged(text: str):
    """Per reading of the text: its phrase signals and what `weigh._tag` gives."""
    compiled = crisis.compiled_rules()
    found = []
    for reading in compiled.normaliser.readings(text):
        sentences, signals = scan(compiled, reading)
        found.append((signals, weigh._tag(compiled.concepts, list(sentences))))
    return found


@pytest.fixture(scope="module")
def whole_corpus():
    """Every crisis corpus line (open/ too), tagged: the pre-filters are checked on all of them."""
    lines = [text for where, text in corpus_texts() if where.startswith("tests/corpus/crisis/")]
    return [(text, _tagged(text)) for text in lines + LETTER]


@pytest.fixture(scope="module")
def sample():
    """Every 7th crisis line and krimp draft, and the letter turned: for the later steps, run whole."""
    return [text for _where, text in corpus_texts()[::7]] + LETTER


def test_the_whole_corpus_is_read(whole_corpus):
    assert len(whole_corpus) > 25_000


def test_the_sentences_looked_for_by_name_are_those_found_before(whole_corpus):
    met = dict.fromkeys(("assigned", "fiction", "role", "intent", "ordinary", "softened"), 0)
    for text, readings in whole_corpus:
        for _signals, (words, sentence_of, _offsets, hits, _implied) in readings:
            names = {hit.name for hit in hits}
            for key, wanted in (("assigned", (_ASSIGNED,)), ("fiction", _FICTION), ("role", (_ROLE,))):
                old = {sentence_of[hit.start] for hit in hits if hit.name in wanted}
                assert weigh._sentences_named(hits, sentence_of, names, wanted) == old, text
                met[key] += bool(old)
            old_intent = {sentence_of[i] for i, word in enumerate(words) if word in _INTENT}
            assert set(weigh.compress(sentence_of, map(_INTENT.__contains__, words))) == old_intent, text
            met["intent"] += bool(old_intent)
            ordinary = laugh.ordinary_of(hits, sentence_of)
            assert not ordinary or laugh.ORDINARY in names, text  # skipped only where it finds nothing
            met["ordinary"] += bool(ordinary)
            softening = [hit for hit in hits if hit.name in weigh._SOFTENING]
            assert not softening or not names.isdisjoint(weigh._SOFTENING), text
            met["softened"] += bool(softening)
            assert weigh._reasons(words, hits) == _old_reasons(words, hits), text
    assert all(count > 20 for count in met.values()), met


def test_the_names_of_the_later_steps_are_read_as_before(sample):
    compiled = crisis.compiled_rules()
    anecdotes = graves = 0
    for text in sample:
        for reading in compiled.normaliser.readings(text):
            sentences, found = scan(compiled, reading)
            words, _of, _offsets, hits, _implied = weigh._tag(compiled.concepts, list(sentences))
            signals = [signal for signal, _n, _start in found]
            assert laugh.laughed_anecdote(signals, hits, words) == _old_laughed(signals, hits, words), text
            anecdotes += bool(_old_laughed(signals, hits, words))
            names = {hit.name for hit in hits}
            grave = laugh.grave_of(hits, found)
            assert grave[0] == bool(names & laugh._GRAVE_CONCEPTS or {s.family for s in signals} & laugh._GRAVE_FAMILIES
                                    or ("middel" in names and names & laugh._GOT)), text
            graves += grave[0]
    assert graves > 100


def test_a_laughed_anecdote_is_still_found():
    # a wish lowered as a joke beside a story told in a clause of its own: the laugh becomes an anecdote hit
    words = "gisteren viel de fiets van oom om haha . ik wil dood".split()
    hits = [Hit(laugh.ORDINARY, 7, 8, "haha")]
    signals = [crisis.engine.Signal("doodswens", "zorg", "ik wil dood" + laugh.ORDINARY_NOTE)]
    found = laugh.laughed_anecdote(signals, hits, words)
    assert found == _old_laughed(signals, hits, words) == [Hit(laugh.ANECDOTE, 7, 8, "haha")]


def _old_candidates(stored, names):
    """`stored._StoredRules.candidates` as it was before round 56, for a set of names no hint rule adds to."""
    items = stored._items or stored._split()
    leads = stored._leads or stored._lead()
    for n in sorted({n for name in names for n in leads.get(name, ())}):
        if not any(map(names.isdisjoint, items[n])):
            yield stored._rule(n)


def test_the_stored_rules_are_led_by_the_same_names(sample):
    stored = crisis.compiled_rules().concepts.rules
    led = 0
    for text in sample:
        _signals, _sentences, concepts = crisis._weigh(text)
        names = set(concepts)
        if len(names) < 12:  # the index is used from 12 names on (`stored._FEW_NAMES`)
            continue
        new = [rule for rule in stored.candidates(names) if rule not in stored._first]
        assert new == list(_old_candidates(stored, names)), text
        led += bool(new)
    assert led > 100
