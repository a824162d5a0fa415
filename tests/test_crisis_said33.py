"""Round 33 (c33t): the serious kinds of a message read once for all its frames (`said_kinds.SaidKinds`).

Each answer is compared with the search it replaces (`\\b(?:<the allowed kinds>)\\b` over the whole message),
for every frame's allowed kinds, asked in turn on one shared reader as `frames.cancelled` asks them."""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import frame_serious
from vraaghulp.coach.crisis.frame_serious import SERIOUS, said_kinds, serious
from vraaghulp.coach.crisis.said_kinds import SaidKinds, prepared

MESSAGES = [
    "ik ben er dan niet meer , nooit meer terug , voor altijd",  # "niet meer terug" inside "ben ik er niet meer"
    "haha ik ga dood van het lachen om die grap van gisteren",
    "volgende week na zaterdag ga ik naar de notaris voor mijn testament",
    "de trein had vertraging dus ik kwam te laat , morgen beter",
    "al maanden ben ik het zo beu allemaal , eerlijk gezegd",
    "dinsdag moest ik met de kat naar de dierenarts voor haar prik",
    "mijn broer komt eten en we maken lasagne , veel te veel trouwens",
    "doodmoe maar levend , mezelfs , zelfmoordpoging , afscheidsbrieven",  # word inside words: \b decides
    "ik heb pillen gespaard en een brief geschreven , vannacht",
    "",
    "nergens",
    "a" * 50 + " sterven",
]


def _plain(allowed: list[str], said: str) -> bool:
    return re.search(r"\b(?:" + "|".join(SERIOUS[kind] for kind in allowed) + r")\b", said) is not None


def _allowed_of_every_frame() -> list[list[str]]:
    owns = [frame_serious._FRAME_OWN.get(frame, ()) for frame in frame_serious._FRAME_OWN] + [()]
    return [[kind for kind in SERIOUS if kind not in own] for own in owns if not isinstance(own, str)]


@pytest.mark.parametrize("said", MESSAGES)
def test_one_reader_answers_every_frame_as_its_own_search(said):
    reader = said_kinds(said)
    assert reader is not None
    questions = _allowed_of_every_frame()
    for allowed in questions + list(reversed(questions)):
        assert reader.any_of(allowed) == _plain(allowed, said), allowed
    for kind in SERIOUS:  # and each kind alone, asked after all the others
        assert reader.any_of([kind]) == _plain([kind], said), kind


def test_a_kind_inside_another_match_is_found():
    kinds = {"long": r"niet meer terug\w*", "short": r"meer terug"}
    reader = SaidKinds("ik kom niet meer terug", prepared(kinds))
    assert reader.any_of(["long"]) and reader.any_of(["short"]) and reader.found == {"long", "short"}


def test_the_corpus_frames_answer_as_before():
    """Every line of three eigen files of the crisis corpus, and the lines glued in fours (long messages),
    every frame asked in turn on one reader."""
    import tomllib
    from pathlib import Path

    lines = []
    for name in ("eigen30", "eigen38", "eigen46"):
        with (Path(__file__).parent / "corpus" / "crisis" / f"{name}.toml").open("rb") as handle:
            lines += [row["tekst"] for row in tomllib.load(handle)["regel"]]
    rules = crisis.compiled_rules()
    messages = lines + [" ".join(lines[n:n + 4]) for n in range(0, len(lines), 4)]
    assert len(messages) > 100
    for text in messages:
        said = rules.normaliser.readings(text)[0]
        reader = said_kinds(said)
        for frame in frame_serious._FRAME_OWN:
            assert serious(frame, said, set(), reader) == serious(frame, said, set()), (frame, text)


def test_a_pattern_is_searched_once_per_message():
    reader = said_kinds("ik wil voorgoed weg")
    assert reader.holds(frame_serious._GRAVE) and not reader.holds(r"\bnotaris\b")
    assert reader.holds(frame_serious._GRAVE) and not reader.holds(r"\bnotaris\b")


def test_patterns_with_group_references_are_searched_one_frame_at_a_time():
    assert prepared({"a": r"(\w)\1", "b": r"dood"}) == ()
    assert prepared({"a": r"(?P<x>a)(?P=x)"}) == ()
    assert prepared({"a": r"dood|sterven"}) != ()
