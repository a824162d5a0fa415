"""Round 33 (c33s): a check that needs no story test and no two worries leaves `audience` and `posture`
unloaded (the search term of `log --zoek` is checked in a process that then scans a large journal: what
the check loads stays in memory), and the shortcut that skips the story test gives what the test gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import context
from vraaghulp.coach.crisis.audience import BARRIER_WORDS, story_subject

SRC = str(Path(__file__).resolve().parents[1] / "src")

_PROBE = """import json, sys
from vraaghulp.coach import crisis
tiers = [crisis.assess(text).tier for text in json.loads(sys.argv[1])]
loaded = sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("vraaghulp.coach.crisis."))
print(json.dumps({"tiers": tiers, "loaded": loaded}))
"""


def _loaded_by(*texts: str) -> dict:
    env = dict(os.environ, PYTHONPATH=SRC)
    done = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(texts)], capture_output=True, text=True,
                          env=env, check=True)
    return json.loads(done.stdout)


@pytest.mark.parametrize("texts", [("ziekenhuis",), ("Diep in het bos, dieet",),
                                   ("Ik ga morgen met mijn zus naar het ziekenhuis voor haar knie.",)])
def test_an_ordinary_check_leaves_audience_and_posture_unloaded(texts):
    found = _loaded_by(*texts)
    assert found["tiers"] == [None] * len(texts)
    assert "audience" not in found["loaded"] and "posture" not in found["loaded"]
    assert "engine" in found["loaded"] and "weigh" in found["loaded"]  # the check itself did run


def test_a_story_and_two_worries_load_them_when_needed():
    story = _loaded_by("We keken een film over een man die niet meer wilde leven.")
    assert "audience" in story["loaded"]
    two = _loaded_by("Ik wil niet meer leven. Ik heb pillen gekocht en een brief geschreven.")
    assert two["tiers"] == ["acuut"]
    assert "audience" in two["loaded"]


_SENTENCES = [" we keken een film over een boer die niet meer wilde leven . ", " die film was mooi . ",
              " ik zag het , die . ", " het dieet was diep . ", " wie zei die dat ? ", " een | die | man . ",
              " niets hier . ", " en die ene die ik wil . "]


def _stories_plain(sentences: list[str], first_person: frozenset[str]) -> set[int]:
    """The story test on every sentence, without the shortcut (as before round 33)."""
    found = set()
    for n, sentence in enumerate(sentences):
        these = sentence.split()
        for i, word in enumerate(these):
            if word == "die" and story_subject(these, i, first_person, BARRIER_WORDS):
                found.add(n)
    return found


def test_the_story_shortcut_gives_what_the_story_test_gives():
    first = frozenset(("ik", "me", "mij", "mijn"))
    for k in range(len(_SENTENCES)):
        sentences = _SENTENCES[k:] + _SENTENCES[:k]
        assert context._stories(sentences, first) == _stories_plain(sentences, first)
    assert context._stories(_SENTENCES, first)  # the list holds at least one story sentence
