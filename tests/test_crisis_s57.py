"""Round 57 (s57): whole-message searches of the later steps and the normaliser made where a match can be, with
exactly the same results.

- `story_self._STORY` and `story_self._ACT` are `fastsearch.Search` objects (only tried where a match can begin):
  the same first match as `re.search` with the pattern as written;
- `heavy_tired`: the crying emoji are looked for only in a text that is not all ASCII (every one of them is outside
  ASCII);
- `normalise`: 't and 'k typed onto the word before are found from the quote (``'(?<=[a-z]')([tk])\\b``), the same
  matches as ``(?<=[a-z])'([tk])\\b``;
- `holds._switch_between`: a change of subject between two hits found with one `isdisjoint`.

Each is compared with the code it replaces, written out here, on the whole crisis corpus and every krimp draft (and
the benchmark's letter turned); each test also asserts that the case that matters occurs, so that it can fail.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import heavy_tired, holds, normalise, story_self
from vraaghulp.coach.crisis.concepts import Located
from vraaghulp.coach.crisis.forms import Hit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from crisis_same import corpus_texts  # noqa: E402
from run import CRISIS_VARIED  # noqa: E402

LETTER = [CRISIS_VARIED[n:] + CRISIS_VARIED[:n] for n in (0, 1, 50, 700)]

# the patterns as they were before round 57
_OLD_STORY = re.compile(story_self._STORY.source)
_OLD_ACT = re.compile(story_self._ACT.source)
_OLD_GLUED = re.compile(r"(?<=[a-z])'([tk])\b")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [text for _where, text in corpus_texts()] + LETTER


@pytest.fixture(scope="module")
def readings(texts: list[str]) -> list[str]:
    return [crisis.normalised(text) for text in texts]


def _same(new: re.Match[str] | None, old: re.Match[str] | None) -> bool:
    if new is None or old is None:
        return new is old
    return (new.span(), new.group(0)) == (old.span(), old.group(0))


def test_story_searches_find_the_same_first_match(texts: list[str], readings: list[str]) -> None:
    found = {"story": 0, "act": 0}
    for text, reading in zip(texts, readings):
        raw = text.lower()
        for name, search, old, where in (("story", story_self._STORY, _OLD_STORY, raw),
                                         ("act", story_self._ACT, _OLD_ACT, reading)):
            new, before = search.search(where), old.search(where)
            assert _same(new, before), (name, text)
            found[name] += before is not None
    assert found["story"] > 500 and found["act"] > 500, found  # both patterns match often: a wrong skip would show


def test_story_searches_on_made_up_strings() -> None:
    """Words of both patterns glued into and beside other words, at word starts and inside words."""
    pieces = ["film", "films", "boek", "xboek", "spel", "spelen", "brief", "brieven", "afscheidsbrief", "sterft",
              "sterven", "springt", "van", "de", "het", "brug", "dak", "gaat", "ging", "voor", "ze", "hij", "het doet",
              "achterlaat", "water", "in", "ik", ",", ".", "_", "3", "cassettes", "achter", "flat", "uit", "een"]
    rng = random.Random(57)
    for _ in range(4000):
        text = rng.choice(("", " ", "x")).join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for search, old in ((story_self._STORY, _OLD_STORY), (story_self._ACT, _OLD_ACT)):
            assert _same(search.search(text), old.search(text)), text


def test_crying_only_outside_ascii(texts: list[str]) -> None:
    crying = [text for text in texts if heavy_tired._CRYING.search(text)]
    assert len(crying) >= 5  # the corpus holds crying lines: the gate is tested where it matters
    for text in texts + [text + " \U0001F62D" for text in texts[::50]]:
        assert (not text.isascii() and heavy_tired._CRYING.search(text) is not None) == (
            heavy_tired._CRYING.search(text) is not None), text


def test_glued_clitic_the_same_matches(texts: list[str]) -> None:
    pattern = normalise._patterns()[5]
    assert pattern.pattern != _OLD_GLUED.pattern
    changed = 0
    for text in texts:
        folded = normalise.fold(text)
        if "'" not in folded:
            continue
        new, old = pattern.sub(r" \1", folded), _OLD_GLUED.sub(r" \1", folded)
        assert new == old, text
        changed += new != folded
    assert changed >= 20  # 't and 'k glued onto a word occur in the corpus
    rng = random.Random(5757)
    for _ in range(5000):
        text = "".join(rng.choice("ak'tk' .-_9") for _ in range(rng.randint(0, 14)))
        assert [m.span(1) for m in pattern.finditer(text)] == [m.span(1) for m in _OLD_GLUED.finditer(text)], text
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in _OLD_GLUED.finditer(text)], text


def _old_switch_between(a: Hit, b: Hit, where: Located) -> bool:
    """`holds._switch_between` as it was before round 57."""
    low, high = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return any(word in holds._TOPIC_SWITCH for word in where.words[low:high])


def test_switch_between_the_same() -> None:
    words = ["ik", "btw", "trouwens", "de", "kat", "ps", ".", "anyway", "enfin", "zo"]
    rng = random.Random(7)
    seen = {True: 0, False: 0}
    for _ in range(3000):
        sentence = [rng.choice(words) for _ in range(rng.randint(1, 15))]
        where = Located(sentence, [0] * len(sentence), frozenset(), frozenset())
        a_start, b_start = rng.randrange(len(sentence) + 1), rng.randrange(len(sentence) + 1)
        a = Hit("x", a_start, min(len(sentence), a_start + rng.randint(0, 3)), "")
        b = Hit("y", b_start, min(len(sentence), b_start + rng.randint(0, 3)), "")
        result = holds._switch_between(a, b, where)
        assert result == _old_switch_between(a, b, where)
        seen[result] += 1
    assert seen[True] > 100 and seen[False] > 100


def test_the_letter_still_quiet() -> None:
    """The benchmark's letter (an ordinary week told to a friend) gets no tier, turned or not."""
    for text in LETTER:
        assert crisis.assess(text).tier is None
