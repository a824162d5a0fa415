"""The frequently asked questions (content/nl/vragen.toml)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Entry(BaseModel):
    title: str = Field(alias="titel", min_length=1)
    answer: str = Field(alias="antwoord", min_length=1)


class Faq(BaseModel):
    entries: list[Entry] = Field(alias="vraag", min_length=1)


def load_faq() -> list[Entry]:
    from vraaghulp.content import load

    return load("vragen", Faq).entries
