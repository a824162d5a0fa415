"""A span pulled into the ask stays whole, with its 'van' (round 28, k28b).

'ik ben van dinsdag tot vrijdag op kamp. Wil jij … ?': the draft's rules find the moments 'dinsdag' and 'tot
vrijdag'; moved into the request without the 'van' in front, the ask read 'wil jij dinsdag tot vrijdag …', which
is not how anyone writes a span. And 'volgende week dinsdag t/m donderdag' gave two moments with 't/m' between
them, so only 'volgende week dinsdag' moved: the span lost its end. Here the moment that moves runs on over
'tot', 't/m', 'tot en met' to the moment after it, and takes the 'van' before it along. An ask that points back
at the span ('… die dagen?') gets no moment pulled in at all: the sentence with the span stays for it.
"""

from __future__ import annotations

_LINKS = (("tot", "en", "met"), ("t", "/", "m"), ("tm",), ("tot",))


def _link_after(d, i: int) -> int:
    """The length of a span link ('tot', 't/m', 'tot en met') starting at token i (0: none)."""
    for link in _LINKS:
        if i + len(link) <= d.n and tuple(d.word(k) for k in range(i, i + len(link))) == link:
            return len(link)
    return 0


def widened(an, end: int, start: int, i0: int, i1: int) -> tuple[int, int]:
    """(start, i1) of the moment that moves: on over a span link to the moment after it (not past `end`), and
    from the 'van' right before it when it is a span."""
    d = an.d
    link = _link_after(d, i1)
    nxt = next((e for s, e in an.moments if s == i1 + link and e <= end), None) if link else None
    if nxt is not None:
        i1 = nxt  # 'dinsdag | t/m | donderdag'
    spans = nxt is not None or any(d.word(k) in ("tot", "tm") for k in range(i0, i1)) or " t/m " in f" {d.raw(i0, i1).lower()} "
    if spans and start == i0 and i0 >= 1 and d.is_word(i0 - 1) and d.word(i0 - 1) == "van":
        start = i0 - 1  # 'van dinsdag tot vrijdag'
    return start, i1


_SEVERAL = frozenset({"dagen"})  # not "die weken": "van 12 t/m 26 juli in die weken" reads well (h-018)


def points_at_days(pieces) -> bool:
    """'kun jij mijn vissen eten geven die dagen?': the ask points back at a span said before it ('van dinsdag tot
    vrijdag'). No moment is pulled in next to it (that said the time twice: 'dinsdag tot vrijdag … die dagen');
    the sentence it points at stays, as for any word that points back. Not 'een van die dagen' (one of them)."""
    words = [p.norm for p in pieces]
    return any(w == "die" and nxt in _SEVERAL and (k == 0 or words[k - 1] != "van")
               for k, (w, nxt) in enumerate(zip(words, words[1:])))
