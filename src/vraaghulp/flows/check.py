"""The self-check (`vraaghulp check`): which signals does the user recognise?

Pure pieces (loading the content, parsing `--antwoorden`, scoring, choosing the result)
are plain functions; `run_check` asks the questions through a Prompter.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, model_validator

from vraaghulp.errors import UsageError

ANSWER_OPTIONS = [(0, "Nee"), (1, "Soms"), (2, "Vaak")]
MAX_PER_SIGNAL = 2


class Signal(BaseModel):
    key: str = Field(alias="sleutel", min_length=1)
    text: str = Field(alias="tekst", min_length=1)


class Band(BaseModel):
    start: int = Field(alias="vanaf", ge=0)
    key: str = Field(alias="sleutel", min_length=1)
    title: str = Field(alias="titel", min_length=1)
    text: str = Field(alias="tekst", min_length=1)
    step: str = Field(alias="stap", min_length=1)


class CheckContent(BaseModel):
    intro: str = Field(alias="inleiding")
    signals: list[Signal] = Field(alias="signaal", min_length=1)
    bands: list[Band] = Field(alias="uitslag", min_length=1)

    @model_validator(mode="after")
    def _sorted_bands(self) -> "CheckContent":
        self.bands = sorted(self.bands, key=lambda band: band.start)
        if self.bands[0].start != 0:
            raise ValueError("de eerste uitslag moet 'vanaf = 0' hebben")
        keys = [signal.key for signal in self.signals]
        if len(set(keys)) != len(keys):
            raise ValueError("elke 'sleutel' van een signaal moet uniek zijn")
        return self

    @property
    def max_score(self) -> int:
        return MAX_PER_SIGNAL * len(self.signals)


def load_check() -> CheckContent:
    from vraaghulp.content import load

    return load("check", CheckContent)


def parse_answers(raw: str, count: int) -> list[int]:
    """Parse `--antwoorden 1,0,2,...` (0 = nee, 1 = soms, 2 = vaak; also ja/nee/soms/vaak)."""
    words = {"0": 0, "nee": 0, "n": 0, "1": 1, "soms": 1, "s": 1, "2": 2, "vaak": 2, "v": 2, "ja": 2, "j": 2}
    parts = [part.strip().lower() for part in raw.replace(";", ",").replace(" ", ",").split(",") if part.strip()]
    if len(parts) != count:
        raise UsageError(
            f"--antwoorden heeft precies {count} antwoorden nodig, één per signaal (je gaf er {len(parts)}). "
            "Gebruik 0 = nee, 1 = soms, 2 = vaak, gescheiden door komma's, bijvoorbeeld "
            f"--antwoorden {','.join(['1', '0'] * (count // 2) + ['1'] * (count % 2))}."
        )
    answers = []
    for position, part in enumerate(parts, start=1):
        if part not in words:
            raise UsageError(
                f"Antwoord {position} van --antwoorden is '{part}'; dat moet 0 (nee), 1 (soms) of 2 (vaak) zijn."
            )
        answers.append(words[part])
    return answers


def score(answers: list[int]) -> int:
    return sum(answers)


def band_for(content: CheckContent, total: int) -> Band:
    chosen = content.bands[0]
    for band in content.bands:
        if total >= band.start:
            chosen = band
    return chosen


def make_record(content: CheckContent, answers: list[int], when: datetime):
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


def ask_answers(prompter: Any, console: Any, content: CheckContent) -> list[int]:
    """Ask each signal in turn; returns the answers (0-2) in content order."""
    from vraaghulp.render.care import reflow

    console.print(reflow(content.intro), markup=False, highlight=False)
    answers = []
    count = len(content.signals)
    for number, signal in enumerate(content.signals, start=1):
        console.print()
        answers.append(prompter.choice(f"{number}/{count} · {signal.text}", ANSWER_OPTIONS, default=0))
    return answers
