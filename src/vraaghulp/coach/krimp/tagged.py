"""A wish about the writer's own act with a tag question after it, made the direct question.

'kzou ff je boormachien lenen voor vanavond kan dat' -> 'Mag ik ff je boormachien lenen voor vanavond?';
'Ik zou vrijdag graag thuiswerken. Is dat goed?' -> 'Mag ik vrijdag thuiswerken?'. The wish ('ik zou',
'ik wil') and the tag ('kan dat', 'mag dat', 'is dat goed') are the frame; what the writer wants to do
stays in their own words, only 'graag' goes (it is in 'mag ik' already). The rest of the draft is left
as it was, for the engine. Round 25 (k25s): 'moeten' as the wish's verb ('kzou uw fiets moeten lenen'), a short
sentence between the wish and the tag said after the question (', de mijne is plat. kan da?'), and no tag at all
when the wish is to borrow the reader's own thing ('kzou ff je fiets willen lenen'; not when a clause runs on).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .lexicon import lexicon
from .reported import Turned

_WISH = r"(?:(?:\b(?:ik|k)|(?<!\w)'k)\s+(?:zou|zoudt|wou|wil|wilde)\b|\bk(?:zou|wou|wil)\b)"
_WISH_AT = r"(?=[ik'])"  # the letters a wish starts with: a search skips every other place at once (round 37, speed)
_TAG = (r"(?:(?:kan|mag|gaat|lukt|kon)\s+(?:dat|da|het)(?:\s+(?:ook|eventueel|misschien|mss))?"
        r"|(?:is|zou)\s+(?:dat|da|het)\s+(?:goed|goe|ok|oke|oké|okay|prima|mogelijk|een probleem|kunnen)(?:\s+zijn)?)"
        r"(?:\s+voor\s+(?:u|jou|je|jullie|ou|u\s+allebei))?")  # 'Is dat goed voor u?'

_WHY = (r"(?:(?P<why>\s*,?\s+(?:want|omdat)\s[^.?!\n]{1,120}?)"  # a reason before the tag: said after the question
        r"|\s*,\s+(?P<aside>[^\s.?!,;:][^.?!\n,;:]{2,60}?)(?=\s*\.))?")  # ', de mijne is plat. kan da?' (round 25)
_END = rf"{_WHY}\s*[,.]?\s*(?P<tag>{_TAG})\s*(?:\?+|$|(?=[.!\n]))"
_REST = r"(?P<rest>(?:\s+[^\s.?!,;:]+){0,8}?)"
_FIND = re.compile(
    rf"{_WISH_AT}(?P<wish>{_WISH})(?P<body>(?:\s+[^\s.?!,;:]+){{1,10}}?)(?:\s+(?:willen|moeten))?\s+(?P<inf>(?!(?:willen|moeten|een|geen|even|heen|tegen|morgen|zeven|negen|tien|boven|binnen|buiten)\b)[^\s.?!,;:]+en)(?:\s+(?:willen|moeten))?"
    rf"{_REST}{_END}",
    re.IGNORECASE,
)
# 'ik zou graag eerder weg willen donderdag': the verb of going is left out ('mag ik donderdag eerder weg?')
_AWAY = re.compile(
    rf"{_WISH_AT}(?P<wish>{_WISH})(?P<body>(?:\s+[^\s.?!,;:]+){{0,6}}?\s+(?:weg|vrij|mee|naar\s+huis|thuis))\s+willen{_REST}{_END}",
    re.IGNORECASE,
)
# Not the writer's own act: 'ik wil dat je …', 'ik zou je willen vragen …' (frames the engine knows).
# A negation: 'ik wil niet meer leven kan dat' is no wish to be granted.
_NOT_OWN = frozenset({"dat", "da", "of", "vragen", "weten", "zeggen", "horen", "willen", "niet", "nie", "ni", "geen", "nooit"})
_GRAAG = re.compile(r"\s+graag\b", re.IGNORECASE)
# No tag, but borrowing the reader's thing is asked by nature: 'kzou ff je fiets willen lenen' (round 25, k25s).
_BORROW = re.compile(
    rf"{_WISH_AT}(?P<wish>{_WISH})(?P<body>(?:\s+[^\s.?!,;:]+){{1,8}}?)(?:\s+(?:willen|moeten))?\s+(?P<inf>lenen)"
    r"(?P<rest>(?:\s+[^\s.?!,;:]+){0,6}?)\s*(?:[.!]+|(?=\n)|$)",
    re.IGNORECASE,
)
_ANY_WISH = re.compile(_WISH_AT + _WISH, re.IGNORECASE)  # each of the three opens with a wish: without one, none is searched (speed)
_YOURS = frozenset({"je", "jouw", "uw", "jullie", "ulle", "ouw"})
_RUNS_ON = frozenset({"maar", "mo", "want", "omdat", "dus", "en", "of", "als", "ik", "k", "hij", "zij", "ze", "het", "die", "dat", "da"})


def _borrowed(text: str):
    """A wish to borrow the reader's own thing ('je fiets', 'uw ladder'), with no tag question after it."""
    m = _BORROW.search(text)
    if m is None or not _YOURS & set(m.group("body").lower().split()):
        return None
    return None if _RUNS_ON & set(m.group("rest").lower().split()) else m  # '… lenen maar hij is stuk': no ask


def tagged(text: str) -> Turned | None:
    """The draft with its first tagged wish made 'Mag ik …?', or None when there is none."""
    m = (_FIND.search(text) or _AWAY.search(text) or _borrowed(text)) if _ANY_WISH.search(text) else None
    if m is None:
        return None
    body, inf = m.group("body"), m.groupdict().get("inf") or ""
    words = f"{body} {inf} {m.group('rest')}".lower().split()
    if not body.split() or _NOT_OWN & set(words):
        return None
    runs: list[tuple[int, int, int]] = []
    parts: list[str] = []

    def copy(a: int, b: int) -> None:
        runs.append((sum(len(p) for p in parts), a, b - a))
        parts.append(text[a:b])

    copy(0, m.start())
    parts.append("Mag ik" if not m.start() or text[:m.start()].rstrip().endswith((".", "!", "?")) or not text[:m.start()].strip()
                 else "mag ik")
    moment_first = not inf and _moment(m.group("rest"))
    if moment_first:  # 'eerder weg donderdag om half 3' -> 'donderdag om half 3 eerder weg'
        copy(m.start("rest"), m.end("rest"))
    start = m.start("body")
    for g in _GRAAG.finditer(body):  # 'ik zou vrijdag graag thuiswerken': 'graag' is in 'mag ik' already
        copy(start, m.start("body") + g.start())
        start = m.start("body") + g.end()
    copy(start, m.end("body"))
    if inf:
        parts.append(" ")
        copy(m.start("inf"), m.end("inf"))
    if not moment_first:
        copy(m.start("rest"), m.end("rest"))
    parts.append("?")
    found = m.groupdict()
    if found.get("why"):  # 'want mijn zoon heeft …' before 'Kan dat?': after the question, for the engine to weigh
        copy(m.start("why"), m.end("why"))
        parts.append(".")
    elif found.get("aside"):  # ', de mijne is plat.' before 'kan da?': a sentence of its own after the question
        parts.append(" ")
        copy(m.start("aside"), m.end("aside"))
        parts.append(".")
    tail = m.end()
    copy(tail, len(text))
    wrapper = f"{m.group('wish')} … {found['tag']}" if found.get("tag") else m.group("wish")
    return Turned("".join(parts), runs, wrapper=wrapper, kind="afzwakker")


def _moment(rest: str) -> bool:
    """The words after 'weg willen' are a moment and nothing else ('donderdag om half 3', 'morgen')."""
    lex = lexicon()
    words = fold(rest).split()
    return bool(words) and len(words) <= 5 and lex.moment.match(words[0]) is not None and not set(words) & lex.subjects
