"""Rich views: the one place that turns records and texts into screen output.

User text is always wrapped in `rich.text.Text` after `clean()`: it is never parsed as Rich
markup or emoji codes, and control/escape sequences never reach the terminal.
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime

# C0 controls except tab/newline, DEL, C1 controls, bidirectional overrides/isolates, and
# lone surrogates (from a hand-edited "\ud800" or undecodable bytes): they cannot be
# written to a UTF-8 terminal at all.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff]")
# Whole ANSI/OSC escape sequences first, so their parameters do not leak as text.
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")

DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_LONG = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]


def clean(text: str | None) -> str:
    """User text made safe to print: escape sequences and control characters removed."""
    if not text:
        return ""
    text = _ESCAPE.sub("", text)
    return _CONTROL.sub("", text)


# Characters that json.dumps(ensure_ascii=False) writes raw although a terminal may act on
# them: DEL and C1 controls (U+009B is a one-character CSI), bidi overrides/isolates/marks,
# and the Unicode line/paragraph separators. Lone surrogates cannot be written at all.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def json_safe(text: str) -> str:
    """JSON text (from json.dumps with ensure_ascii=False) with risky characters as \\uXXXX.

    Only characters inside string literals can be affected, and an escape decodes to the
    same character, so the JSON means exactly the same: user text stays faithful for jq,
    and a terminal showing it has nothing to interpret.
    """
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def one_line(text: str | None, width: int = 60) -> str:
    """Clean text on one line, shortened with an ellipsis."""
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= width else flat[: max(1, width - 1)].rstrip() + "…"


def user(text: str | None, style: str = ""):
    """User text as a Rich Text: printed literally, never interpreted."""
    from rich.text import Text

    return Text(clean(text), style=style)


def make_console(stderr: bool = False, width: int | None = None, file=None):
    """A Rich console with markup for our own templates only; no emoji, no highlighting."""
    from rich.console import Console

    return Console(
        stderr=stderr,
        file=file,
        width=width,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )


def dutch_date(value: date | datetime, *, with_year: bool | None = None) -> str:
    """'za 21 nov' (adds the year when it is not this year)."""
    day = value.date() if isinstance(value, datetime) else value
    show_year = with_year if with_year is not None else day.year != date.today().year
    text = f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if show_year else text


def dutch_long_date(value: date | datetime) -> str:
    day = value.date() if isinstance(value, datetime) else value
    return f"{day.day} {MONTHS_LONG[day.month - 1]} {day.year}"


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False
