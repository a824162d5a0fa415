"""A condition said on its own after the ask, that limits the help asked: 'Zonder da mama het weet.',
'Enkel als uwe griep over is.', 'Wel pas als ze slaapt.', 'Tenzij het regent.', 'Anders kan ik er ni in.'.

limit_after.py keeps a short limit that starts with its negation; these start with the word that
makes them a condition instead. Dropped, the result asks for more than the writer meant (contract
point 3). Flemish 'ma' is 'maar'. An escape hatch never counts ('zonder dat ge u verplicht voelt',
'alleen als het lukt'): limit_after.py shrinks the piece on its own and drops it when any of it is a
wrapper, and its list of asides ('lukt', 'tijd', …) holds here too.
"""

from __future__ import annotations

import re

_LEAD = r"(?:(?:en|maar|mor|ma|of)\s+)?(?:(?:wel|dan|ook)\s+)?"
CONDITION = re.compile(
    rf"(?i)^\s*{_LEAD}(?:"
    r"zonder\s+(?:dat|da|dak|da'k)\b"
    r"|(?:alleen|enkel|pas)\s+(?:als|na|wanneer|nadat|zodra|zolang|op|in|voor|vóór)\b"
    r"|tenzij\b"
    r"|niet\s+meer\s+dan\b|ni\s+meer\s+dan\b|nie\s+meer\s+dan\b"
    r"|anders\s+(?:kan|kunnen|kom|komen|raak|geraak|geraken)\s+(?:ik|'k|k|we|wij)\b(?:\s+\S+){0,3}?\s+(?:niet|ni|nie)\b"
    r")")
# Words of an escape hatch or of time to spare: such a piece only softens ('alleen als ge tijd hebt').
_SOFT = re.compile(r"(?i)\b(?:natuurlijk|toch|tijd|zin|goesting|uitkomt|past|schikt|verplicht|wil|wilt|willen|kan|kunt|kunnen)\b")


def condition(text: str) -> bool:
    """``text`` (a piece after the ask, tags stripped) is a condition that limits the help."""
    m = CONDITION.match(text)
    if not m:
        return False
    rest = text[m.end():]
    return m.group(0).lower().lstrip().startswith(("anders", "ma anders", "maar anders")) or not _SOFT.search(rest)


_CUT = re.compile(r"(?i)\s+(?:en|want|dus|omdat|anders)\s+")


def trimmed(text: str) -> str:
    """A condition ends where a reason or a second clause starts: 'anders kan ik er ni in | en de
    back-up moet draaien' -> 'anders kan ik er ni in'. Any other text stays as it is."""
    m = CONDITION.match(text)
    if not m:
        return text
    cut = _CUT.search(text, m.end())
    return text[: cut.start()] if cut else text


def _at(draft: str, text: str) -> int:
    """Where the first words of ``text`` stand in ``draft`` (-1: not found)."""
    head = " ".join(re.findall(r"[\w']+", text.lower())[:3])
    flat = " ".join(re.findall(r"[\w']+", draft.lower()))
    return flat.find(head) if head else -1


def put_in(sentence: str, limit: str, draft: str) -> str:
    """``sentence`` with ``limit`` added: right after the ask when the draft said it before what
    already follows the ask ('… doen? Wel pas als Lotte slaapt. Anders is ze weer uren wakker.'),
    else at the end ('… koken? Ik ben kapot. Ma ni weer frietjes.')."""
    ask, sep, tail = sentence.partition("?")
    tail = tail.strip()
    if tail and 0 <= _at(draft, limit) < _at(draft, tail):
        return f"{ask}{sep} {limit} {tail}"
    return f"{sentence} {limit}"
