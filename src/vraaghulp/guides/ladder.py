"""The practice ladder (content/nl/ladder.toml): levels, each with example asks."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Example(BaseModel):
    what: str = Field(alias="wat", min_length=1)
    moment: str | None = Field(default=None, alias="wanneer")
    opening: str | None = None


class Level(BaseModel):
    number: int = Field(alias="nummer", ge=1)
    name: str = Field(alias="naam")
    explanation: str = Field(alias="uitleg")
    examples: list[Example] = Field(alias="voorbeeld", min_length=1)


class Ladder(BaseModel):
    levels: list[Level] = Field(alias="niveau", min_length=1)

    def level(self, number: int) -> Level:
        for level in self.levels:
            if level.number == number:
                return level
        return self.levels[0]

    @property
    def max_level(self) -> int:
        return max(level.number for level in self.levels)


def load_ladder() -> Ladder:
    from vraaghulp.content import load

    return load("ladder", Ladder)
