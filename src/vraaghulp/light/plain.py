"""Plain terminal output without Rich: styled text, tables, rules and bars (standard library only).

Used for the screens that must stay light even over a large journal (`vraaghulp log` and
`vraaghulp log overzicht`). A piece of output is a list of segments `(text, style)`; the
text must already be safe (user text through `light.text.clean()` / `one_line()`). Styles are
words ("bold", "dim", "green", "bold yellow", ...) turned into ANSI codes only when
colour is on (`color_wanted`): stdout is a terminal and NO_COLOR is not set.

Widths are display columns: East-Asian wide characters count two, combining marks zero.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable

Segment = tuple[str, str]
Line = list[Segment]

_CODES = {
    "bold": "1", "dim": "2", "italic": "3",
    "red": "31", "green": "32", "yellow": "33", "blue": "34", "magenta": "35", "cyan": "36",
}
ELLIPSIS = "…"
RULE = "─"
FULL = "█"
EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
TEXT_WIDTH = 100  # running text and panels stop here on a wide terminal: lines stay readable
COMMAND = "vraaghulp"  # a word the wrapper keeps together with the next one
_GLUE = "\x00"  # holds that space while textwrap works: never in a cleaned text (a non-breaking space may be)
NARROW = 60  # below this many columns tables become blocks of lines, and questions are wrapped by us


# ----------------------------------------------------------------------------------------
# The terminal
# ----------------------------------------------------------------------------------------
def color_wanted(stream) -> bool:
    """Colour only on a terminal, and never with NO_COLOR (https://no-color.org) or TERM=dumb."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def terminal_width(stream, default: int = 80) -> int:
    """COLUMNS when set, else the terminal's width, else `default`."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdecimal() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(stream.fileno()).columns or default
    except (AttributeError, ValueError, OSError):
        return default


# ----------------------------------------------------------------------------------------
# Display width
# ----------------------------------------------------------------------------------------
def char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(char_width(ch) for ch in text)


def line_width(line: Line) -> int:
    return sum(text_width(text) for text, _style in line)


def truncate(line: Line, width: int) -> Line:
    """The line cut to `width` columns, ending in an ellipsis when something was cut."""
    if line_width(line) <= width:
        return list(line)
    room = max(0, width - 1)
    out: Line = []
    for text, style in line:
        if room <= 0:
            break
        if text_width(text) <= room:
            out.append((text, style))
            room -= text_width(text)
            continue
        kept = []
        for ch in text:
            size = char_width(ch)
            if size > room:
                break
            kept.append(ch)
            room -= size
        out.append(("".join(kept), style))
        break
    if out:
        last_text, last_style = out[-1]
        out[-1] = (last_text.rstrip(), last_style)
    else:
        last_style = line[0][1] if line else ""
    if width > 0:
        out.append((ELLIPSIS, out[-1][1] if out else last_style))
    return out


def fit(line: Line, width: int, align: str = "left") -> Line:
    """Exactly `width` columns: cut with an ellipsis, or padded with spaces."""
    cut = truncate(line, width)
    gap = width - line_width(cut)
    if gap <= 0:
        return cut
    return [(" " * gap, "")] + cut if align == "right" else cut + [(" " * gap, "")]


# ----------------------------------------------------------------------------------------
# Writing out
# ----------------------------------------------------------------------------------------
def paint(line: Line, color: bool) -> str:
    """One line as text; ANSI styles only when `color`; trailing spaces removed."""
    if color:
        line = _runs(line)
    parts = []
    for text, style in line:
        if color and style and text.strip():
            codes = ";".join(_CODES[word] for word in style.split() if word in _CODES)
            parts.append(f"\x1b[{codes}m{text}\x1b[0m" if codes else text)
        else:
            parts.append(text)
    return "".join(parts).rstrip()


def _runs(line: Line) -> Line:
    """Neighbouring segments of one style joined, so a styled sentence gets one escape code."""
    out: Line = []
    for text, style in line:
        if out and out[-1][1] == style:
            out[-1] = (out[-1][0] + text, style)
        else:
            out.append((text, style))
    return out


def render(lines: Iterable[Line], color: bool) -> str:
    return "".join(paint(line, color) + "\n" for line in lines)


def paragraphs(pieces: Iterable[tuple[str, str]], width: int, color: bool) -> str:
    """(text, style) pieces as word-wrapped lines; a newline in a text starts a new line."""
    lines: list[Line] = []
    for text, style in pieces:
        for paragraph in text.split("\n"):
            lines += wrap([(paragraph, style)], width)
    return render(lines, color)


def as_line(value: str | Line, style: str = "") -> Line:
    return [(value, style)] if isinstance(value, str) else list(value)


# ----------------------------------------------------------------------------------------
# Building blocks
# ----------------------------------------------------------------------------------------
def fill(text: str, width: int) -> str:
    """`textwrap.fill` between words only, with `vraaghulp <command>` kept on one line."""
    import textwrap

    glued = text.replace(COMMAND + " ", COMMAND + _GLUE)
    filled = textwrap.fill(glued, width, break_long_words=False, break_on_hyphens=False)
    return filled.replace(_GLUE, " ")


def _commands_kept_whole(words: list[Line], width: int) -> list[Line]:
    """`vraaghulp maatje` stays on one line (when it fits), so a command is never split."""
    kept: list[Line] = []
    for word in words:
        if (word and kept and kept[-1] and kept[-1][-1][0].endswith(COMMAND)
                and line_width(kept[-1]) + 1 + line_width(word) <= width):
            kept[-1] = kept[-1] + [(" ", word[0][1])] + word
        else:
            kept.append(word)
    return kept


def wrap(line: Line, width: int) -> list[Line]:
    """Word-wrap styled text to `width` columns (words longer than a line are cut)."""
    words: list[Line] = []
    current: Line = []
    for text, style in line:
        pieces = text.split(" ")
        for index, piece in enumerate(pieces):
            if index > 0:
                words.append(current)
                current = []
            if piece:
                current.append((piece, style))
    words.append(current)
    lines: list[Line] = []
    row: Line = []
    used = 0
    for word in _commands_kept_whole(words, width):
        if not word:
            continue
        size = line_width(word)
        if row and used + 1 + size > width:
            lines.append(row)
            row, used = [], 0
        if row:
            # the space takes the style around it when both sides share one
            row.append((" ", row[-1][1] if row[-1][1] == word[0][1] else ""))
            used += 1
        if size > width:
            word = truncate(word, width)
            size = line_width(word)
        row.extend(word)
        used += size
    lines.append(row)
    return lines
