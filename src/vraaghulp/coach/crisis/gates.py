"""Key words that a pattern cannot match without: the check only searches a pattern when
one of its key words begins a word of the text. Derived from the pattern itself, so a
counsellor never has to keep a list up to date.

A pattern is a sequence of parts that must all match. For every part that starts a word
and is a literal ("wil") or a choice between literals ("(?:wil|wou|zou willen)"), the first
words of those literals form a key set: one of them must begin a word of the sentence.
Every key set of a pattern must be met before it is searched. A pattern without such a
part has no keys and is always searched. Uses the standard library's regular-expression parser (`re._parser`); when that
is missing or changes shape, every pattern is simply searched always (slower, never wrong).
"""

from __future__ import annotations

from typing import Any

__all__ = ["keys_of", "rarity"]

Keys = frozenset


def _parser() -> tuple[Any, Any] | None:
    try:
        from re import _constants as constants, _parser as parser
    except ImportError:  # pragma: no cover - other Python implementations
        return None
    return parser, constants


def keys_of(pattern: str) -> tuple[frozenset[str], ...] | None:
    """The key sets of a regular expression (each needs one of its words), or None."""
    tools = _parser()
    if tools is None:
        return None
    parser, constants = tools
    try:
        parsed = parser.parse(pattern)
        required, _lead, _ = _scan(list(parsed), True, constants)
    except Exception:  # noqa: BLE001 - any surprise in a private parser: no gate
        return None
    usable = list(dict.fromkeys(keys for keys in required if keys and all(keys)))
    if not usable:
        return None
    # The rarest set first: the engine looks a pattern up by it, then checks the others.
    return tuple(sorted(usable, key=rarity, reverse=True))


# Words so common that a key made of them hardly narrows anything down.
_COMMON = frozenset(
    "ik je jij het de een te en van op in er niet meer me mij dat die is ben zijn aan om voor met als "
    "maar zo wil kan heb al af uit over bij na naar dit deze wat of ze we hij zij hem haar mijn ook "
    "nog wel geen nooit alles iets".split()
)


def rarity(keys: frozenset[str]) -> tuple[int, int]:
    """Prefer key sets whose weakest word is long and uncommon, then smaller sets."""
    return min(1 if key in _COMMON else len(key) for key in keys), -len(keys)


def _literal(text: str, at_start: bool, required: list[Keys]) -> Keys | None:
    """Record the words of a literal run that begin a word; return the run's leading keys."""
    words = text.split(" ")
    lead = Keys({words[0]}) if at_start and words[0] else None
    if lead:
        required.append(lead)
    required.extend(Keys({word}) for word in words[1:] if word)
    return lead


def _glued_choice(text: str, at_start: bool, following: Any, c: Any) -> Keys | None:
    """Keys for a word the parser cut into a literal and a choice ('m' + 'ezelf|e|ij')."""
    if following is None or text.endswith(" ") or (" " not in text and not at_start):
        return None
    op, av = following
    if op is c.SUBPATTERN and len(av[-1]) == 1:
        op, av = list(av[-1])[0]
    if op is not c.BRANCH:
        return None
    stem = text.rsplit(" ", 1)[-1]
    endings = []
    for alternative in av[1]:
        parts = list(alternative)
        chars = []
        for part_op, part_av in parts:
            if part_op is not c.LITERAL or part_av == 32:
                break
            chars.append(chr(part_av))
        endings.append("".join(chars))
    return Keys(stem + ending for ending in endings)


def _scan(items: list, at_start: bool, c: Any) -> tuple[list[Keys], Keys | None, bool]:
    """(key sets that must all be present, keys of the first part, ends at a word start)."""
    required: list[Keys] = []
    lead: Keys | None = None
    seen = False  # a consuming part came before
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is c.LITERAL:
            chars = []
            while i < len(items) and items[i][0] is c.LITERAL:
                chars.append(chr(items[i][1]))
                i += 1
            text = "".join(chars)
            glued = _glued_choice(text, at_start, items[i] if i < len(items) else None, c)
            if glued is not None:  # "m" + (?:ezelf|ij): the parser split one word in two
                head = text.rsplit(" ", 1)[0] + " " if " " in text else ""
                keys = _literal(head, at_start, required) if head else None
                required.append(glued)
                lead, seen, at_start = (lead if seen else (keys or glued)), True, False
                i += 1
                continue
            keys = _literal(text, at_start, required)
            lead, seen, at_start = (lead if seen else keys), True, text.endswith(" ")
            continue
        i += 1
        if op is c.AT:
            at_start = True
            continue
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue
        keys: Keys | None = None
        if op is c.SUBPATTERN:
            sub_required, keys, at_start = _scan(list(av[-1]), at_start, c)
            required.extend(sub_required)
        elif op is c.BRANCH:
            results = [_scan(list(alternative), at_start, c) for alternative in av[1]]
            leads = [lead_keys for _req, lead_keys, _end in results]
            keys = Keys().union(*leads) if all(leads) else None
            if keys:
                required.append(keys)
            at_start = all(end for _req, _lead, end in results)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _high, body = av
            sub_required, sub_lead, end = _scan(list(body), at_start, c)
            if low >= 1:
                required.extend(sub_required)
                keys, at_start = sub_lead, end
            else:
                at_start = at_start and end
        else:
            at_start = False
        lead, seen = (lead if seen else keys), True
    return required, lead, at_start
