"""Text a pattern cannot match without, worked out from the pattern itself.

Round 31 (c31s). The word keys of `gates` only see words a pattern starts a word with; a pattern
that opens with a guard over the whole sentence (``(?<=^ )(?![^|]*\\b(?:...))[^|]*?\\b(?:pillen|...)``)
or a word inside a compound (``\\w*pil\\w*``) has none, and the regular expression then walks every
sentence of the text position by position. Here the pattern is read once, when it is first
compiled: every run of plain characters it must match (in its own words or in a lookahead or
lookbehind that must hold) gives a set of strings of which one must occur in the searched text
(a choice gives one string per alternative). The engine searches a sentence only when every
such set has a member in it: the same matches, without the walk. Nothing is guessed: where the
parser shows anything this module does not follow, that part asks for nothing.

The pattern is compiled from the same parse (one parse, not two). Uses the standard library's
private parser and compiler (`re._parser`, `re._compiler`); when they are missing or change
shape, the pattern is compiled as usual and asks for nothing (slower, never wrong).
"""

from __future__ import annotations

import re

from .parsed_text import inside, opening, plain

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

__all__ = ["compile_needing", "compile_plain", "compile_reading", "needs_of", "needs_only", "starts_of"]

Needs = tuple  # of tuples of strings: one string of every tuple must occur

_MOST_SETS = 3  # the rarest sets kept: more cost more tests than they save
_SHORTEST = 3  # a set with a shorter member ("k", " ") narrows nothing down
_MOST_STARTS = 64  # the most beginnings worked out for one pattern (round 42, c42f): each is one `str.find` pass


def compile_needing(body: str) -> tuple[re.Pattern[str], Needs]:
    """The compiled pattern and what it needs (`needs_of`), from one parse."""
    return compile_reading(body)[:2]


def needs_only(body: str) -> Needs | None:
    """Round 34 (c34p): what the pattern needs, from a parse only (`tools/crisis_bouw.py` stores it beside the
    pattern, so a text that lacks it never compiles the pattern); None when the parser is not there."""
    try:
        from re import _constants as constants, _parser as parser
    except ImportError:  # pragma: no cover - other Python implementations
        return None
    parsed = parser.parse(body)  # a bad pattern raises re.error here, as re.compile would
    try:
        return needs_of(parsed, constants)
    except Exception:  # noqa: BLE001 - any surprise in a private module: nothing known
        return None


def compile_plain(body: str) -> re.Pattern[str]:
    """The compiled pattern alone (its needs already known), outside `re`'s own cache as `compile_reading`."""
    try:
        from re import _compiler as compiler, _parser as parser
    except ImportError:  # pragma: no cover - other Python implementations
        return re.compile(body)
    parsed = parser.parse(body)
    try:
        return _from_parse(body, parsed, compiler)
    except Exception:  # noqa: BLE001 - any surprise in a private module: compiled as usual
        return re.compile(body)


def compile_reading(body: str) -> tuple[re.Pattern[str], Needs, tuple[str, ...]]:
    """The compiled pattern, what it needs (`needs_of`) and how every match begins (`starts_of`), from one parse."""
    try:
        from re import _compiler as compiler, _constants as constants, _parser as parser
    except ImportError:  # pragma: no cover - other Python implementations
        return re.compile(body), (), ()
    parsed = parser.parse(body)  # a bad pattern raises re.error here, as re.compile would
    try:
        needs = needs_of(parsed, constants)
        starts = starts_of(parsed, constants)
        compiled = _from_parse(body, parsed, compiler)
    except Exception:  # noqa: BLE001 - any surprise in a private module: compiled as usual, no needs
        return re.compile(body), (), ()
    return compiled, needs, starts


def starts_of(parsed: Any, c: Any) -> tuple[str, ...]:
    """Round 32 (c32s): strings of which every match begins with one ("(?:weg|rust|van me) [.!] ..." gives
    weg, rust, van me); () when unknown or when one of them is shorter than `_SHORTEST` (found too often
    to save anything: "ik", "ze")."""
    if parsed.state.flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
        return ()
    found = _starts(list(parsed), c)
    if found and min(map(len, found)) >= _SHORTEST:
        return tuple(sorted(found))
    from vraaghulp.coach.crisis.wide_starts import wide_starts  # round 48 (s48): sets of letters, short repeats

    return wide_starts(list(parsed), c)


def _starts(items: list, c: Any) -> frozenset[str] | None:
    """The plain texts a sequence of parsed items begins with (None: not known)."""
    items, run = opening(items, c)
    if run:
        return frozenset((run,))
    if not items:
        return None
    op, av = items[0]
    whole = _whole(items[0], c) if op is c.SUBPATTERN or op is c.BRANCH else None
    if whole:  # round 42 (c42f): a choice of plain words read in full, then what follows ("(ze|zij) (?:\\w+ )?...")
        rest = _starts(items[1:], c) if len(items) > 1 else None
        if rest and len(whole) * len(rest) <= _MOST_STARTS:
            return frozenset(head + tail for head in whole for tail in rest)
        if "" not in whole:
            return whole
    return inside(items[0], c, _starts)  # a set, a repeat, a lookaround, an anchor ...: not known


def _whole(item: tuple, c: Any) -> frozenset[str] | None:
    """Every text a parsed group or choice reads, when each is plain text (None: not so, or too many)."""
    return plain(item, c, _whole_run, _MOST_STARTS)


def _whole_run(items: list, c: Any) -> frozenset[str] | None:
    """`_whole` for a sequence of parsed items: their texts one after the other."""
    texts = frozenset(("",))
    for item in items:
        found = _whole(item, c)
        if found is None or len(texts) * len(found) > _MOST_STARTS:
            return None
        texts = frozenset(head + tail for head in texts for tail in found)
    return texts


def _from_parse(body: str, parsed: Any, compiler: Any) -> re.Pattern[str]:
    """What `re.compile(body)` gives, from the parse already made (as `re._compiler.compile` does it,
    with the pattern's own text kept); anything unexpected raises, and the caller compiles as usual."""
    import _sre

    state = parsed.state
    index_group = [None] * state.groups
    for name, number in state.groupdict.items():
        index_group[number] = name
    compiled = _sre.compile(body, state.flags, compiler._code(parsed, 0), state.groups - 1,
                            state.groupdict, tuple(index_group))
    if not isinstance(compiled, re.Pattern) or compiled.pattern != body or compiled.groups != state.groups - 1:
        raise TypeError("unexpected compiler result")  # pragma: no cover - another Python
    return compiled


def needs_of(parsed: Any, c: Any) -> Needs:
    """The rarest sets of strings of which the pattern needs one each (empty: nothing known)."""
    if parsed.state.flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
        return ()
    found = [_minimal(s) for s in _sequence(list(parsed), c) if s and min(map(len, s)) >= _SHORTEST]
    found = list(dict.fromkeys(found))
    found.sort(key=_commonness)
    return tuple(found[:_MOST_SETS])


def _minimal(strings: frozenset[str]) -> tuple[str, ...]:
    """The members that contain no other member (a text holding the longer holds the shorter)."""
    ordered = sorted(strings, key=lambda s: (len(s), s))
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return tuple(kept)


def _commonness(strings: tuple[str, ...]) -> float:
    """How likely a text holds one of the strings (roughly): short strings and many of them are common."""
    return sum(1.0 / (len(s.strip()) or 1) ** 2 for s in strings)


def _sequence(items: list, c: Any) -> list[frozenset[str]]:
    """The sets (each: one of its strings must occur) that a sequence of parsed items needs."""
    needs: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        repeated = _repeated_text(op, av, c)
        if repeated is not None:  # "(?:ah){2,}": "ahah", right after the run before it
            text, exact = repeated
            run.append(text)
            if exact:
                continue
        if run:
            needs.append(frozenset(("".join(run),)))
            run = []
        if repeated is None:
            needs += _item(op, av, c)
    if run:
        needs.append(frozenset(("".join(run),)))
    return needs


def _item(op: Any, av: Any, c: Any) -> list[frozenset[str]]:
    """What one item other than a plain character needs."""
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return [] if add_flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE) else _sequence(list(body), c)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(list(av), c)
    if op is c.ASSERT:  # a lookahead or lookbehind that must hold reads the same text
        return _sequence(list(av[1]), c)
    if op is c.BRANCH:
        chosen: set[str] = set()
        for alternative in av[1]:
            sets = [s for s in _sequence(list(alternative), c) if s]
            if not sets:
                return []  # an alternative that needs nothing: the choice needs nothing
            chosen |= min(sets, key=lambda s: _commonness(tuple(s)))
        return [frozenset(chosen)]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        return _sequence(list(body), c) if low >= 1 else []
    return []  # a set, any character, an anchor, a negative lookaround, a reference: nothing known


def _repeated_text(op: Any, av: Any, c: Any) -> tuple[str, bool] | None:
    """A plain text repeated at least once ("o{1,2}", "(?:ah){2,}"): the text its fewest repeats
    make, and whether that is all of it (as many at most as at least); else None."""
    if op not in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        return None
    low, high, body = av
    items = list(body)
    if low < 1 and high != 0:
        return None
    if len(items) == 1 and items[0][0] is c.SUBPATTERN and not items[0][1][1]:
        items = list(items[0][1][3])  # a group without flags around the text
    if not items or any(item_op is not c.LITERAL for item_op, _av in items):
        return None
    return "".join(chr(char) for _op, char in items) * low, low == high
