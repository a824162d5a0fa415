"""Text made safe to show, and dates in words. Standard library only (usable on every path).

User text is always shown literally: `clean()` removes escape sequences and control
characters, `one_line()` also flattens and shortens it, `json_safe()` escapes what a
terminal could act on inside JSON. Day and month names come from the catalogue (`datum`).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from vraaghulp.coach.text import ESCAPE_PATTERN

# C0 controls except tab/newline, DEL, C1 controls, bidirectional overrides/isolates, and
# lone surrogates (from a hand-edited "\ud800" or undecodable bytes): they cannot be
# written to a UTF-8 terminal at all.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff]")
# Whole escape sequences first, so their parameters do not leak as text.
ESCAPE = re.compile(ESCAPE_PATTERN)
# Characters that take no room at all (zero-width space, joiners, word joiner, invisible
# operators, byte order mark): shown as their code, so "S\u200bam" never looks like "Sam".
ZERO_WIDTH = re.compile("[\u180e\u200b-\u200d\u2060-\u2064\ufeff]")
# Characters that json.dumps(ensure_ascii=False) writes raw although a terminal may act on
# them: DEL and C1 controls (U+009B is a one-character CSI), bidi overrides/isolates/marks,
# the Unicode line/paragraph separators, and characters without width (ZERO_WIDTH). Lone
# surrogates cannot be written at all.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def clean(text: str | None) -> str:
    """User text made safe to print: escape sequences and control characters removed,
    characters without width shown as their code ([U+200B])."""
    if not text:
        return ""
    text = CONTROL.sub("", ESCAPE.sub("", text))
    return ZERO_WIDTH.sub(_visible, text)


def _visible(match) -> str:
    return f"[U+{ord(match.group()):04X}]"


def one_line(text: str | None, width: int = 60) -> str:
    """Clean text on one line, shortened with an ellipsis."""
    if not text:
        return ""
    size = 4 * width + 256  # look at the start only: a record of megabytes costs no more than a short one
    while True:
        head = text[:size]
        flat = " ".join(clean(head).split())
        if len(head) == len(text) or len(flat) > width + 128:  # a sequence cut at the end cannot reach the shown part
            break
        size *= 4
    return flat if len(flat) <= width else flat[: max(1, width - 1)].rstrip() + "…"


def json_safe(text: str) -> str:
    """JSON text (from json.dumps with ensure_ascii=False) with risky characters as \\uXXXX.

    Only characters inside string literals can be affected, and an escape decodes to the
    same character, so the JSON means exactly the same: user text stays faithful for jq,
    and a terminal showing it has nothing to interpret.
    """
    if text.isascii() and "\x7f" not in text:
        return text  # the usual case, found in C: nothing to escape
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


# ----------------------------------------------------------------------------------------
# Dates in words
# ----------------------------------------------------------------------------------------
def _names(key: str) -> list[str]:
    from vraaghulp.messages import lookup

    return lookup(f"datum.{key}") or []


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def dutch_date(value: date | datetime, *, with_year: bool | None = None) -> str:
    """'za 21 nov' (adds the year when it is not this year)."""
    day = _day(value)
    show_year = with_year if with_year is not None else day.year != date.today().year
    text = f"{_names('dagen')[day.weekday()]} {day.day} {_names('maanden')[day.month - 1]}"
    return f"{text} {day.year}" if show_year else text


def dutch_long_date(value: date | datetime) -> str:
    day = _day(value)
    return f"{day.day} {_names('maanden_lang')[day.month - 1]} {day.year}"


def table_date(value: date | datetime, today: date | None = None) -> str:
    """'za 21 nov' this year, '21 nov 2023' for other years."""
    day = _day(value)
    if day.year == (today or date.today()).year:
        return dutch_date(day, with_year=False)
    return f"{day.day} {_names('maanden')[day.month - 1]} {day.year}"


def number(value: float | int | None, suffix: str = "") -> str:
    """A number the Dutch way (6,5), or a dash when unknown."""
    if value is None:
        return "—"
    if isinstance(value, float):
        text = f"{value:.1f}".replace(".", ",")
        if text.endswith(",0"):
            text = text[:-2]
    else:
        text = str(value)
    return text + suffix


def html_safe(text: str) -> str:
    """Text in which a markdown viewer that renders HTML finds no tag to run (`<` `>` `&` as entities)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markdown_line(text: str | None) -> str:
    """User text on one line, safe inside a markdown line or table cell (no raw HTML)."""
    return html_safe(" ".join(clean(text).split()).replace("|", "\\|"))


def as_text(value) -> str:
    """A stored value as text for a table cell ('' for nothing)."""
    return value if isinstance(value, str) else ("" if value is None else str(value))


def reflow(text: str) -> str:
    """Content text: single line breaks become spaces, a blank line starts a new paragraph."""
    paragraphs = [" ".join(block.split()) for block in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)
