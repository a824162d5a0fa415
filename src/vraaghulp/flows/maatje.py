"""The practice partner (`vraaghulp maatje`): choose one trusted person, get a message to send.

Pure pieces (the content, the message of the day, candidate names) are plain functions;
`run_maatje` asks through a Prompter and returns the chosen name (or None when removed).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field, field_validator

from vraaghulp.render import one_line, user

NEW = "__nieuw__"
KEEP = "__houden__"
REMOVE = "__wis__"
MAX_NAME = 60


class PartnerContent(BaseModel):
    explanation: str = Field(alias="uitleg", min_length=1)
    messages: list[str] = Field(alias="bericht", min_length=1)
    tips: list[str] = Field(default_factory=list)

    @field_validator("messages")
    @classmethod
    def _has_name(cls, messages: list[str]) -> list[str]:
        for message in messages:
            if "{naam}" not in message:
                raise ValueError("elk bericht moet {naam} bevatten")
        return messages


def load_partner_content() -> PartnerContent:
    from vraaghulp.content import load

    return load("maatje", PartnerContent)


def clean_name(raw: str) -> str:
    """A partner's name on one line, without control characters, not too long."""
    from vraaghulp.errors import UsageError

    name = one_line(raw, 1000).strip()
    if not name:
        raise UsageError("De naam van je maatje is leeg. Typ een naam, bijvoorbeeld --naam Sam.")
    if len(name) > MAX_NAME:
        raise UsageError(f"Die naam is erg lang (meer dan {MAX_NAME} tekens). Gebruik een kortere naam of bijnaam.")
    return name


def message_for(name: str, content: PartnerContent, day: date, offset: int = 0) -> str:
    """The ready one-sentence message: the same all day, another with an offset."""
    template = content.messages[(day.toordinal() + offset) % len(content.messages)]
    return template.replace("{naam}", name)


def candidates(records: list[Any], current: str | None) -> list[str]:
    """Names the user has asked before, most recent first (for the pick list)."""
    from vraaghulp.models import Ask

    seen: dict[str, str] = {}
    for record in reversed(records):
        if isinstance(record, Ask) and record.person.strip():
            name = one_line(record.person, 1000).strip()
            if name and len(name) <= MAX_NAME and (current is None or name.casefold() != current.casefold()):
                seen.setdefault(name.casefold(), name)
    return list(seen.values())[:10]


def run_maatje(prompter: Any, console: Any, content: PartnerContent, current: str | None, names: list[str]) -> str | None:
    """Ask who the partner is. Returns the name (may be the current one), or None to remove."""
    from vraaghulp.render.care import reflow

    console.print(reflow(content.explanation), markup=False, highlight=False)
    console.print()
    if current:
        console.print(user(f"Je oefenmaatje is nu: {current}"), style="bold")
        action = prompter.choice(
            "Wat wil je doen?",
            [(KEEP, f"{one_line(current, 40)} blijft mijn maatje"), (NEW, "Iemand anders kiezen"), (REMOVE, "Geen maatje meer")],
            default=KEEP,
        )
        if action == KEEP:
            return current
        if action == REMOVE:
            return None
    if names:
        options = [(name, name) for name in names] + [(NEW, "Iemand anders (typ een naam)")]
        chosen = prompter.choice("Met wie wil je oefenen? Kies iemand die je vertrouwt.", options, default=names[0])
        if chosen != NEW:
            return chosen
    raw = prompter.text("Met wie wil je oefenen? (typ de naam die je in je bericht gebruikt)")
    return clean_name(raw)


def partner_hint(partner: str | None) -> str | None:
    """One line for the practice ladder: ask your partner first."""
    if not partner:
        return None
    return (
        f"Je oefenmaatje {one_line(partner, 40)} weet dat je aan het oefenen bent; "
        "daar is deze vraag extra veilig om te proberen."
    )
