"""The practice partner (`vraaghulp maatje`): choose one trusted person, get a message to send.

Pure pieces (the message of the day, candidate names) are plain functions; `run_maatje`
asks through a Prompter and returns the chosen name (or None when removed); `choose`
does what the command's options say.
"""

from __future__ import annotations

from datetime import date

from vraaghulp.light.text import one_line
from vraaghulp.messages import t

NEW = "__nieuw__"
KEEP = "__houden__"
REMOVE = "__wis__"
MAX_NAME = 60


def clean_name(raw: str) -> str:
    """A partner's name on one line, without control characters, not too long."""
    from vraaghulp.errors import UsageError

    name = one_line(raw, 1000).strip()
    if not name:
        raise UsageError(t("maatje.naam_leeg"))
    if len(name) > MAX_NAME:
        raise UsageError(t("maatje.naam_te_lang", maximum=MAX_NAME))
    return name


def message_for(name: str, content, day: date, offset: int = 0) -> str:
    """The ready one-sentence message: the same all day, another with an offset."""
    template = content.messages[(day.toordinal() + offset) % len(content.messages)]
    return template.replace("{naam}", name)


def candidates(records: list, current: str | None) -> list[str]:
    """Names the user has asked before, most recent first (for the pick list)."""
    seen: dict[str, str] = {}
    for record in reversed(records):
        if record.kind == "vraag" and record.person.strip():
            name = one_line(record.person, 1000).strip()
            if name and len(name) <= MAX_NAME and (current is None or name.casefold() != current.casefold()):
                seen.setdefault(name.casefold(), name)
    return list(seen.values())[:10]


def run_maatje(prompter, console, content, current: str | None, names: list[str]) -> str | None:
    """Ask who the partner is. Returns the name (may be the current one), or None to remove."""
    from vraaghulp.light.text import reflow
    from vraaghulp.render import user

    console.print(reflow(content.explanation), markup=False, highlight=False)
    console.print()
    if current:
        console.print(user(t("maatje.nu", naam=current)), style="bold")
        action = prompter.choice(t("maatje.wat_doen"), [
            (KEEP, t("maatje.blijft", naam=one_line(current, 40))), (NEW, t("maatje.ander")),
            (REMOVE, t("maatje.geen_meer")),
        ], default=KEEP)
        if action == KEEP:
            return current
        if action == REMOVE:
            return None
    if names:
        options = [(name, name) for name in names] + [(NEW, t("maatje.iemand_anders"))]
        chosen = prompter.choice(t("maatje.met_wie"), options, default=names[0])
        if chosen != NEW:
            return chosen
    return clean_name(prompter.text(t("maatje.typ_naam")))


def partner_hint(partner: str | None) -> str | None:
    """One line for the practice ladder: ask your partner first."""
    if not partner:
        return None
    return t("maatje.hint", naam=one_line(partner, 40))


def store(partner: str | None, when, *, new: bool = True) -> None:
    """Save the partner into the current profile (other settings as stored now, under the lock)."""
    from vraaghulp.profile import update_profile
    from vraaghulp.store.files import note_saved

    def change(profile):
        update = {"partner": partner}
        if new or not partner:
            update["partner_since"] = when if partner else None
        return profile.model_copy(update=update)

    update_profile(change)
    note_saved(t("maatje.opgeslagen_als", naam=partner) if partner else t("maatje.vergeten_kort"))


def choose(env, name: str | None, *, bare: bool, current: str | None):
    """Who the partner is after the options and answers: (name, or None when there is none or it is
    forgotten; whether a question was asked or needed)."""
    from vraaghulp.errors import MissingOptions, UsageError
    from vraaghulp.guides.maatje import load_partner_content

    if name is not None:
        chosen = clean_name(name)
        env.check_texts(chosen)
        return chosen
    if current and (bare or not env.stdin_tty):
        return current
    if bare or not env.stdin_tty:
        if bare and env.stdin_tty:
            raise UsageError(t("maatje.eerst_kiezen"))
        raise MissingOptions("maatje", ["--naam"])
    names = candidates(env.journal.records(), current)
    return run_maatje(env.prompter(), env.out, load_partner_content(), current, names)
