"""The practice partner's texts (content/nl/maatje.toml): the explanation and the messages."""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator

from vraaghulp.messages import t


class PartnerContent(BaseModel):
    explanation: str = Field(alias="uitleg", min_length=1)
    messages: list[str] = Field(alias="bericht", min_length=1)
    tips: list[str] = Field(default_factory=list)

    @field_validator("messages")
    @classmethod
    def _has_name(cls, messages: list[str]) -> list[str]:
        for message in messages:
            if "{naam}" not in message:
                raise ValueError(t("maatje.inhoud.naam_in_bericht"))
        return messages


def load_partner_content() -> PartnerContent:
    from vraaghulp.content import load

    return load("maatje", PartnerContent)
