"""Building the concept lexicon from ``crisis_begrippen.toml`` (build time only).

`compile_lexicon` checks the [begrip.*] tables, writes out each concept's forms (`morph`)
and indexes them by the word they are looked up by, as plain (JSON-ready) data that
`concepts.Lexicon` reads. Only `build` (the fast file, or a TOML file newer than it) needs
this; a process that checks text with the fast file never imports it. The form syntax is
explained in `concepts`. Standard library only.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

from vraaghulp.coach.crisis.forms import _error, _slot, _Slot
from vraaghulp.coach.crisis.table import pack

__all__ = ["compile_lexicon"]

_NEGATION_REACH = 2  # words before a concept searched for a negation


def compile_lexicon(concepts: Any, lists: Any, irregular: Any = None) -> dict[str, Any]:
    """The [begrip.*] tables checked and indexed by first word, as plain (JSON-ready) data.

    A concept's ``werkwoorden`` and ``naamwoorden`` are written out into forms here
    (`morph`; `irregular` is the [werkwoord] table of irregular pasts).
    """
    from vraaghulp.coach.crisis.morph import expand

    if not isinstance(concepts, dict) or not concepts:
        raise _error("er staat geen enkel [begrip] in")
    lists = lists if isinstance(lists, dict) else {}
    irregular = irregular if isinstance(irregular, dict) else {}
    forms: list[list[Any]] = []
    single: dict[str, list[str]] = {}  # concept -> its one-word forms (found without matching)
    # A form is found by one of its words (its anchor): the first two together when they are
    # plain words ("ik hou van ..."), else its least common word ("terugzien" in "ik ~
    # terugzien"), so common words such as "ik" or "niet" lead to few forms.
    index: dict[str, dict[str, list[int]]] = {"woord": {}, "paar": {}, "begin": {}, "eind": {}, "getal": {}}
    for name, raw in concepts.items():
        written = expand(raw, irregular) if isinstance(raw, dict) and isinstance(raw.get("vormen", []), list) else None
        if not written:
            raise _error(f"begrip {name} heeft geen 'vormen'")
        for form in written:
            parts = str(form).split()
            slots = [_slot(part, lists, f"begrip {name}") for part in parts]
            if not slots or slots[0].gap or slots[-1].gap:
                raise _error(f"een vorm van {name} begint of eindigt met ~")
            if len(slots) == 1 and _plain(slots[0], any_size=True):
                single.setdefault(name, [])
                single[name] += [word for word in sorted(slots[0].exact) if word not in single[name]]
                continue
            back = _index_form(index, len(forms), slots)
            forms.append([name, _reach(raw.get("ontkenbaar", False)), " ".join(parts), back])
    names = {form[0] for form in forms} | set(single)
    unless = _blockers(concepts, names)
    used = {part[1:] for f in forms for slot in f[2].split() for part in slot.split("|") if part.startswith("@")}
    grouped: dict[str, list[Any]] = {}  # by concept, in file order: [negatable, [form, ...]]
    for name, negatable, form, back in forms:
        grouped.setdefault(name, [negatable, []])[1].append([form, back] if back else form)
    negatable = {name: _reach(raw.get("ontkenbaar", False)) for name, raw in concepts.items()
                 if _reach(raw.get("ontkenbaar", False))}
    by_word: dict[str, list[str]] = {}  # one-word form -> its concepts
    for concept, words in single.items():
        for word in words:
            by_word.setdefault(word, []).append(concept)
    tables = {name: pack(index.pop(name)) for name in ("woord", "paar", "begin", "eind")}
    return {"vormen": grouped, "enkel": pack(by_word, numbers=False), "enkel_namen": list(single),
            "ontkenbaar": negatable, "lijsten": {k: lists[k] for k in sorted(used)}, "index": index | tables,
            "tenzij": unless}


def _index_form(index: dict[str, dict[str, list[int]]], n: int, slots: list[_Slot]) -> int:
    """Put form n in the index under its anchor; how many words the anchor can be from its start."""
    anchor = _anchor(slots)
    key_slot, second = slots[anchor], slots[1] if len(slots) > 1 else None
    plain = anchor == 0 and second is not None and _plain(key_slot) and _plain(second)
    pairs = [f"{a} {b}" for a in key_slot.exact for b in second.exact] if plain and second else []
    for key, values in (("paar", pairs), ("woord", () if plain else key_slot.exact),
                        ("begin", key_slot.prefixes), ("eind", key_slot.suffixes),
                        ("getal", ("#",) if key_slot.number else ())):
        for value in sorted(values):
            index[key].setdefault(value, []).append(n)
    return anchor + sum(slot.gap for slot in slots[:anchor])  # words from the start to the anchor, at most


def _blockers(concepts: dict[str, Any], names: set[str]) -> dict[str, list[Any]]:
    """Per concept: the concepts that switch it off nearby ('tenzij') and how near."""
    unless = {}
    for name, raw in concepts.items():
        blockers = sorted(raw.get("tenzij", ()))
        if set(blockers) - names:
            raise _error(f"begrip {name} noemt onbekende begrippen onder 'tenzij'")
        if blockers:
            unless[name] = [blockers, int(raw.get("tenzij_binnen", 4))]
    return unless


_COMMON = frozenset(
    "ik je jij het de een te en van op in er niet meer me mij dat die is ben zijn aan om voor met als "
    "maar zo wil kan heb al af uit over bij na naar dit deze wat of ze we hij zij hem haar mijn ook "
    "nog wel geen nooit alles iets , . wie".split()
)


def _anchor(slots: list[_Slot]) -> int:
    """The slot a form is looked up by: the first, unless that is common and a rarer one follows."""
    def rarity(slot: _Slot) -> tuple[int, int]:
        if slot.gap or slot.number:
            return (0, 0)
        if slot.exact and not (slot.prefixes or slot.suffixes):
            common = any(word in _COMMON for word in slot.exact)
            return (1 if common else 3, min(len(word) for word in slot.exact))
        return (2, min(len(p) for p in (*slot.prefixes, *slot.suffixes)))
    best = max(range(len(slots)), key=lambda k: (rarity(slots[k]), -k))
    return 0 if rarity(slots[0])[0] >= rarity(slots[best])[0] else best


def _plain(slot: _Slot, any_size: bool = False) -> bool:
    """Only exact words (no gap, beginning, ending or number), and not too many of them."""
    plain = bool(slot.exact) and not (slot.gap or slot.prefixes or slot.suffixes or slot.number)
    return plain and (any_size or len(slot.exact) <= 8)


def _reach(value: Any) -> int:
    """ontkenbaar = true (the usual reach) or a number of words."""
    if value is True:
        return _NEGATION_REACH
    return value if isinstance(value, int) and value > 0 else 0
