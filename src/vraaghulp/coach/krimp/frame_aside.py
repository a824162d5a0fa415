"""An aside between a frame and its clause, moved behind the clause (round 49, k49b).

'Hierbij wil ik u vriendelijk verzoeken om, indien mogelijk en als het u uitkomt, de lekkage in de badkamer te laten
verhelpen.' The commas cut the frame ('… verzoeken om') from its clause, and the engine offered 'Ik wil u vriendelijk
verzoeken om.' Here the aside (a condition or a hedge of at most ten words between two commas, right after the
frame's 'om', 'of', 'dat' or 'als') goes behind the clause, before the sentence's own mark: '… verzoeken om de
lekkage in de badkamer te laten verhelpen, indien mogelijk en als het u uitkomt.' The engine then reads the frame
with its clause and the aside as the escape hatch or hedge it is; the writer's words are all still there.
"""

from __future__ import annotations

import re

from .indirect import frames
from .reported import Turned

_OPENERS = r"(?:indien|als|zo|mits|liefst|het\s+liefst|bij\s+voorkeur|eventueel|waar|wanneer|zodra|voor\s+zover|graag|misschien)"
_ASIDE = re.compile(rf",\s*(?P<aside>{_OPENERS}\b[^,.?!\n]{{0,80}}?)\s*,\s*(?=\S)", re.IGNORECASE)
_COMPS = ("om", "of", "dat", "als")
_END = re.compile(r"[.?!\n]")


def moved(text: str) -> Turned | None:
    """The draft with the first aside right after a frame's complementizer moved behind its clause, or None."""
    for _start, end, _kind in frames(text):
        head = text[:end].rstrip()
        comp = re.search(r"(\w+)\s*$", head)
        at = end
        if comp is None or comp.group(1).lower() not in _COMPS:
            nxt = re.match(r"\s*(om|of|dat)\b", text[end:], re.IGNORECASE)  # '… verzoeken om, …'
            if nxt is None:
                continue
            at = end + nxt.end()
        m = _ASIDE.match(text, at)
        if m is None or len(m.group("aside").split()) > 10:
            continue
        stop = _END.search(text, m.end())
        close = stop.start() if stop else len(text.rstrip())
        clause = text[m.end():close].rstrip()
        if len(clause.split()) < 2 or "," in clause:
            continue
        return _turned(text, at, m, m.end() + len(clause))
    return None


def _turned(text: str, at: int, m: re.Match, clause_end: int) -> Turned:
    """'… om, ASIDE, CLAUSE.' -> '… om CLAUSE, ASIDE.', with where each stretch came from."""
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []

    def copy(a: int, b: int) -> None:
        runs.append((sum(len(p) for p in parts), a, b - a))
        parts.append(text[a:b])

    copy(0, at)
    parts.append(" ")
    copy(m.end(), clause_end)
    parts.append(", ")
    copy(m.start("aside"), m.end("aside"))
    copy(clause_end, len(text))
    return Turned("".join(parts), runs, "", True, "aanloop", asked=False)
