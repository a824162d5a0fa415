"""Small helpers shared by the command modules (light imports only)."""

from __future__ import annotations

import sys
from typing import Any

from vraaghulp.errors import MissingOptions, UsageError


def stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def require_terminal(command: str, missing: list[str]) -> None:
    """Exit 2 naming the missing options when there is no terminal to ask them on."""
    if missing and not stdin_is_terminal():
        raise MissingOptions(command, missing)


def console(stderr: bool = False):
    from vraaghulp.render import make_console

    return make_console(stderr=stderr)


def prompter(out) -> Any:
    """The real terminal prompter, wrapped with the crisis check."""
    from vraaghulp.prompter import QuestionaryPrompter, SafePrompter
    from vraaghulp.safety import check_text

    return SafePrompter(QuestionaryPrompter(), on_text=lambda text: check_text(text, out))


def check_texts(out, *texts: str | None) -> None:
    """Run the crisis check over text given as options (panel on `out`)."""
    from vraaghulp.safety import check_text

    for text in texts:
        if text and check_text(text, out):
            return


def scale_option(value: int | None, name: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    if not low <= value <= high:
        raise UsageError(f"{name} moet een getal van {low} tot en met {high} zijn (je gaf {value}).")
    return value


def choice_option(value: str | None, name: str, allowed: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    normalised = value.strip().lower().replace(" ", "-").replace("_", "-")
    if normalised not in allowed:
        raise UsageError(f"{name} kan zijn: {', '.join(allowed)} (je gaf '{value}').")
    return normalised


def text_option(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if not value.strip():
        raise UsageError(f"{name} is leeg. Geef een tekst mee, of laat de optie weg.")
    return value.strip()


def journal():
    from vraaghulp.store import Journal

    return Journal()


def json_envelope(items: list[Any], **extra: Any) -> str:
    import json

    payload = {"versie": 1, "items": items}
    payload.update(extra)
    from vraaghulp.render import json_safe

    return json_safe(json.dumps(payload, ensure_ascii=False, indent=2))
