"""In crisis, what the writer limits their own ask to stays with the ask (round 41, k41a).

'… mag ik de kinderen vanavond even zien, al is het maar een half uur? sorry.' (h40a-049): the crisis result kept the
heavy words and the ask but dropped 'al is het maar een half uur', how little the writer asks for. In crisis the
writer's own words stay (contract point 7), so a concessive clause that follows the ask in the ask's own sentence
('al is het maar een half uur', 'al was het maar even', 'ook al is het maar kort') is kept after the ask, as the golds
have it. Outside crisis the golds split on it (h30b-007 drops 'al is het maar een uurtje' after the '?'), so nothing
changes there.

Round 41 review (k41r): the kept concessive is no finite verb of the ask (checks._finite_left), so the result can be
sure again and keeps its 'nu'; whether the ask says when is read without it (`without_amount`); 'heel' in it stays
(rewrite._even_stack); only a concessive right after the ask is kept, never one after another clause.
Second review (k41r2): a moment inside the concessive ('al is het maar morgen') is the writer's: no 'nu' is added.
"""

from __future__ import annotations

import re

from .crisis_when import says_when

_OPEN = (("al", "is", "het", "maar"), ("al", "was", "het", "maar"), ("ook", "al", "is", "het", "maar"),
         ("ook", "al", "was", "het", "maar"), ("al", "is", "t", "maar"), ("al", "is", "'t", "maar"))
_MAX = 10  # words read after the ask


def kept_after(an, main) -> list:
    """The concessive clauses right after the ask, in its own sentence ('al is het | maar een half uur' may be read
    as two clauses: both)."""
    if not main:
        return []
    d, last = an.d, main[-1]
    after = sorted((c for c in an.clauses if c.sent == last.sent and c.a >= last.b and c not in main), key=lambda c: c.a)
    seq: list[str] = []
    for j in range(min(len(after), 3)):  # right after the ask only: 'ik ben bang, al is het maar een gevoel' is not its amount
        seq += [d.word(k) for k in d.content(after[j].a, after[j].b)]
        if len(seq) > _MAX:
            break
        if any(tuple(seq[:len(o)]) == o and len(seq) > len(o) for o in _OPEN):
            return after[:j + 1]
    return []

_CONCESSIVE = re.compile(r"(?i)[\s,]+(?:ook\s+)?al\s+(?:is|was)\s+(?:het|'?t)\s+maar\b.*$")


def without_amount(text: str) -> str:
    """The ask without the kept concessive: whether it says when is the ask's own ('kan je me halen, al is het maar
    tot morgen' has no moment of its own, so crisis adds 'nu'; round 41 review, k41r)."""
    return _CONCESSIVE.sub("", text)


_UNTIL = re.compile(r"(?i)\b(?:tot|vanaf|sinds)\s+\S+")  # 'al is het maar tot morgen': how long, not when


def ask_says_when(lex, text: str) -> bool:
    """The ask names its moment: in its own words, or in the kept concessive ('kun je langskomen, al is het maar
    morgen?': morgen is the writer's moment, so crisis adds no 'nu'; round 41, second review k41r2). How long it
    lasts ('al is het maar tot morgen', 'een half uur') names no moment."""
    if says_when(lex, without_amount(text)):
        return True
    found = _CONCESSIVE.search(text)
    part = _UNTIL.sub(" ", found.group(0)) if found else ""
    return says_when(lex, part) or "later" in part.lower().split()
