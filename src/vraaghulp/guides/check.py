"""The self-check's texts (content/nl/check.toml): the signals and the results."""

from __future__ import annotations

from pydantic import BaseModel, Field, model_validator

from vraaghulp.messages import t

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
            raise ValueError(t("check.inhoud.eerste_uitslag"))
        keys = [signal.key for signal in self.signals]
        if len(set(keys)) != len(keys):
            raise ValueError(t("check.inhoud.unieke_sleutel"))
        return self

    @property
    def max_score(self) -> int:
        return MAX_PER_SIGNAL * len(self.signals)


def load_check() -> CheckContent:
    from vraaghulp.content import load

    return load("check", CheckContent)
