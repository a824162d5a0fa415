"""A quoted e-mail thread ('Op di 3 jun. 2025 om 21:40 schreef Pieter:', '> …', '-----Oorspronkelijk bericht-----',
'Van: … Verzonden: …'), the lines of a signature under the name ('Tel. 06-…', 'Kerkstraat 12b', a disclaimer) and
'Verstuurd vanaf mijn iPhone': none of it is the writer's message. Blanked before anything else reads the draft
(same length, so every offset stays), and struck through in the result."""

from __future__ import annotations

import re

from . import findings as fx
from . import tag_open

KIND = "citaat"

# Where the quoted thread starts: every line from there on is someone else's (or an older) text.
_THREAD = re.compile(
    r"(?im)^[ \t]*(?:>"
    r"|(?:op|on|le|am)\b[^\n]{0,160}?\b(?:schreef|wrote|a\s+écrit|schrieb)\b[^\n]*:[ \t]*$"
    r"|(?:op|on)\b[^\n]{0,160}?\bhet\s+volgende\s+geschreven\b"
    r"|-{2,}\s*(?:oorspronkelijk\s+bericht|original\s+message|doorgestuurd\s+bericht|forwarded\s+message)"
    r"|begin\s+doorgestuurd\s+bericht\s*:"
    r"|van\s*:[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*(?:verzonden|datum|sent|date|aan|onderwerp)\s*:)")
_DEVICE = re.compile(r"(?im)^[ \t]*(?:verstuurd|verzonden|gestuurd|sent)\s+(?:vanaf|van|met|via|from)\s+(?:mijn\s+|my\s+)?"
                     r"(?:iphone|ipad|samsung|android|galaxy|smartphone|telefoon|gsm|mobiel|outlook)\b[^\n]*$")
_SIGN_OFF = re.compile(r"(?im)^[ \t]*(?:met\s+)?(?:vriendelijke\s+|hartelijke\s+|beste\s+|veel\s+|lieve\s+)?"
                       r"(?:groet(?:en|jes)?|mvg|vriendelijke\s+groet(?:en)?|hoogachtend|dank\s+en\s+groet)[ \t]*[,.!]?"
                       r"(?P<name>[ \t]*[^\W\d_][\w.' \t-]{0,40})?$")
_PS = re.compile(r"(?im)^\s*p\.?\s*s\.?\b")


def _thread_start(text: str) -> int:
    """Where the quoted thread begins (len(text) when there is none); only after the writer's own words."""
    for m in _THREAD.finditer(text):
        if re.search(r"[^\W\d_]", text[: m.start()]):
            return m.start()
    return len(text)


def _signature_lines(text: str, end: int) -> list[tuple[int, int]]:
    """The lines under the name after a sign-off ('Met vriendelijke groet, ⏎ Anouk ⏎ Tel. 06-…'), up to the
    first empty line: each without a question and short (or a disclaimer)."""
    lines, at = [], 0
    for line in text[:end].split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    out: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(lines):
        m = _SIGN_OFF.match(text, a, b)
        if m is None or m.end() != b:
            continue
        j = k + 1 if m.group("name") and m.group("name").strip() else k + 2  # the name on its own line stays
        while j < len(lines) and text[lines[j][0]:lines[j][1]].strip():
            line = text[lines[j][0]:lines[j][1]]
            if "?" in line or _PS.match(line) or (len(line.split()) > 8 and not re.search(r"(?i)bestemd|disclaimer|vertrouwelijk", line)):
                break
            out.append(lines[j])
            j += 1
    return out


def spans(text: str) -> list[tuple[int, int]]:
    """The spans of the draft that are no part of the writer's message."""
    end = _thread_start(text)
    found = _signature_lines(text, end) + [(m.start(), m.end()) for m in _DEVICE.finditer(text, 0, end)]
    if text[end:].strip():
        found.append((end, len(text)))
    return sorted((a, b) for a, b in found if text[a:b].strip())


def blank(text: str) -> str:
    """The draft with those spans blanked (newlines kept: the same length and the same lines)."""
    out = list(text)
    for a, b in spans(text) + tag_open.spans(text):  # '[spraakbericht] …' (tag_open.py)
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "
    return "".join(out)


def struck(dropped: tuple[tuple[int, int], ...], text: str) -> tuple[tuple[int, int], ...]:
    """The engine's dropped spans with the blanked ones added, merged and in order."""
    merged: list[list[int]] = []
    for a, b in sorted(list(dropped) + spans(text) + tag_open.spans(text)):
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return tuple((a, b) for a, b in merged)


def named(text: str) -> list:
    """One finding for what was cut, after every other one (quoted from its first line)."""
    cut = spans(text)
    if not cut:
        return tag_open.named(text)
    first = next(line.strip() for a, b in cut for line in text[a:b].split("\n") if line.strip())
    return tag_open.named(text) + [(float(len(text) + 1), fx.make(KIND, first + (" …" if len(cut) > 1 or "\n" in text[cut[0][0]:cut[0][1]].strip() else "")))]
