"""The not-sure offer keeps a bullet list of the draft on one line ('… meebrengen: - een brood - melk - 2 bananen?'): the
items are joined with commas ('meebrengen: een brood, melk, 2 bananen?'), the colon kept before them.

Only items the draft wrote on bullet lines of its own ('- brood' on a line) are joined, so a dash used as a dash in a
sentence ('ik kom - als het lukt - morgen') stays as written (round 38, k38b: h22b-022, h23b-015, h26b-005 and five
older tuning drafts showed the list inline).
"""

from __future__ import annotations

import re

_BULLET_LINE = re.compile(r"^[ \t]*[-*\u2022\u2013\u00b7+>][ \t]+(\S[^\n]*)$", re.MULTILINE)
_SEP = re.compile(r"\s+[-*\u2022\u2013\u00b7+>]\s+")
_WORD = re.compile(r"[^\W_]+")
_END = re.compile(r"[.?!](?=\s|$)")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _is_item(text: str, lines: list[set[str]]) -> bool:
    words = _words(text)
    return bool(words) and any(words <= line for line in lines)


def _said(items: list[str]) -> str:
    """The items with commas between them: no word the writer did not type ('en' before the last would be one; the
    golds write it both ways, h26b-005 without)."""
    return ", ".join(items)


def joined(draft: str, sentence: str) -> str:
    """The sentence with a bullet list that runs inline said as a list of words; else the sentence as it is."""
    lines = [_words(m.group(1)) for m in _BULLET_LINE.finditer(draft)]
    if len(lines) < 2 or not _SEP.search(sentence):
        return sentence
    parts = _SEP.split(sentence)
    if len(parts) < 3:
        return sentence
    head, items = parts[0], parts[1:]
    end = _END.search(items[-1])
    tail = items[-1][end.start():] if end else ""
    items[-1] = items[-1][:end.start()] if end else items[-1]
    if not all(_is_item(item, lines) for item in items):
        return sentence
    cut = max((m.end() for m in re.finditer(r"[.?!:](?=\s)", head)), default=0)
    if cut and not head.endswith(":") and _is_item(head[cut:], lines):  # '… opruimen? Afwas in de keuken - …'
        return f"{head[:cut]} {_said([head[cut:].strip()] + items)}{tail}"
    own = head[max((m.end() for m in re.finditer(r"[.?!](?=\s)", head)), default=0):]
    lead = head if head.endswith(":") or ":" in own else head + ":"  # one colon in a sentence at most
    return f"{lead} {_said(items)}{tail}"
