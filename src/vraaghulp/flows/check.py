"""The self-check (`vraaghulp check`): which signals does the user recognise?

Pure pieces (parsing `--antwoorden`, scoring, choosing the result) are plain functions;
`ask_answers` asks the questions through a Prompter.
"""

from __future__ import annotations

from datetime import datetime

from vraaghulp.errors import UsageError
from vraaghulp.messages import lookup, t

ANSWER_WORDS = {"0": 0, "nee": 0, "n": 0, "1": 1, "soms": 1, "s": 1, "2": 2, "vaak": 2, "v": 2, "ja": 2, "j": 2}


def answer_options() -> list[tuple[int, str]]:
    return list(enumerate(lookup("check.antwoorden") or []))


def parse_answers(raw: str, count: int) -> list[int]:
    """Parse `--antwoorden 1,0,2,...` (0 = nee, 1 = soms, 2 = vaak; also ja/nee/soms/vaak)."""
    parts = [part.strip().lower() for part in raw.replace(";", ",").replace(" ", ",").split(",") if part.strip()]
    if len(parts) != count:
        example = ",".join(["1", "0"] * (count // 2) + ["1"] * (count % 2))
        raise UsageError(t("check.aantal_antwoorden", aantal=count, gaf=len(parts), voorbeeld=example))
    answers = []
    for position, part in enumerate(parts, start=1):
        if part not in ANSWER_WORDS:
            raise UsageError(t("check.ongeldig_antwoord", positie=position, antwoord=part))
        answers.append(ANSWER_WORDS[part])
    return answers


def score(answers: list[int]) -> int:
    return sum(answers)


def band_for(content, total: int):
    chosen = content.bands[0]
    for band in content.bands:
        if total >= band.start:
            chosen = band
    return chosen


def make_record(content, answers: list[int], when: datetime):
    from vraaghulp.models import SelfCheck
    from vraaghulp.store import new_id

    total = score(answers)
    return SelfCheck(
        id=new_id(),
        created=when,
        answers={signal.key: value for signal, value in zip(content.signals, answers)},
        score=total,
        result=band_for(content, total).key,
    )


def ask_answers(prompter, console, content) -> list[int]:
    """Ask each signal in turn; returns the answers (0-2) in content order."""
    from vraaghulp.light.text import reflow

    console.print(reflow(content.intro), markup=False, highlight=False)
    answers = []
    count = len(content.signals)
    for number, signal in enumerate(content.signals, start=1):
        console.print()
        answers.append(prompter.choice(f"{number}/{count} · {signal.text}", answer_options(), default=0))
    return answers
