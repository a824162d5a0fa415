"""Step 2 of the crisis check: read ``crisis_signalen.toml`` into ready-to-run rules.

The file's header (in Dutch, for counsellors) explains the format. In short:

- ``[tekst]``: word lists for the normaliser, and ``[[tekst.vervang]]`` phrase rewrites;
- ``[afkortingen]``: macros, written ``@naam`` inside patterns;
- ``[[uitzondering]]``: harmless uses that are masked before any signal is searched;
- ``[[signaal]]``: patterns for one family at one level (``acuut``, ``zorg`` or ``hint``);
- ``[[combinatie]]``: families that together make a message acute (weighed by `weigh`).

Every pattern is searched only when one of its key words begins a word of the text
(`gates.keys_of`), and only in sentences that hold the text it cannot match without
(`literals`, worked out when it is compiled). `build.digest` turns the file into plain data with those keys worked out
(stored ready in ``crisis_regels.json``, see `snapshot`); `from_digest` makes the rules.
Patterns are compiled the first time they are needed. That keeps the first check
and every later one to a few milliseconds. Standard library only.
"""

from __future__ import annotations

import re
from collections import namedtuple

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any, Iterator

from vraaghulp.coach.crisis.normalise import Normaliser
from vraaghulp.coach.crisis.own import masked, own_words
from vraaghulp.coach.crisis.table import Table
from vraaghulp.coach.crisis.wordstart import finditer, split_boundary

__all__ = ["Entry", "Combination", "Rules", "from_digest", "LEVELS", "ANY_CONCERN", "ABOUT_SOMEONE_ELSE", "ALONE"]

LEVELS = ("acuut", "zorg", "hint")
# Round 43 (c43r): the end of the place of a [[signaal]] with `optellen = false`: a gentle line of its own that never
# counts towards the panel (not as a second family, not in a [[combinatie]] or a [[samen]] rule)
ALONE = ", telt niet mee)"
# Round 46 review (c46r): an exclusion whose guard names this macro reads the whole message, not its own sentence
# (engine.scan): 'ik kan er niet meer tegen van die trainer. ik spring vannacht' kept the trainer's excuse otherwise.
WHOLE_MESSAGE = "@gevaarbericht"
ANY_CONCERN = "zorg"  # in a [[combinatie]]: any signal of the zorg level
ABOUT_SOMEONE_ELSE = "over-ander"
_MACRO = re.compile(r"@([A-Za-z_]\w*)")


class Entry:
    """One pattern of a [[signaal]] or [[uitzondering]], compiled when first needed (without
    its leading word boundary: see `wordstart`)."""

    __slots__ = ("family", "level", "person", "written", "where", "alone", "whole", "_macros", "_source", "_compiled", "_boundary",
                 "_needs")

    def __init__(self, family: str, level: str, person: bool, written: str, where: str,
                 macros: dict[str, str] | None = None, needs: Any = None) -> None:
        self.family, self.level, self.person = family, level, person  # level "" = exclusion
        self.written, self.where, self._macros = written, where, macros  # written: with @macros
        self.alone = where.endswith(ALONE)  # round 43 (c43r): never adds up to the panel (`ALONE`)
        self.whole = not level and WHOLE_MESSAGE in written  # round 46 (c46r): guarded over the whole message
        self._source: str | None = None if "@" in written or not level else written
        self._compiled: re.Pattern[str] | None = None
        # Round 34 (c34p): what it needs, as stored by the build (None: worked out when it is compiled)
        self._needs: tuple[tuple[str, ...], ...] | None = None if needs is None else tuple(map(tuple, needs))
        self._boundary = split_boundary(written)[1]

    @property
    def source(self) -> str:
        """The pattern with every @macro written out (done when first needed)."""
        if self._source is None:
            self._source = _expand(self.written, self._macros or {}, self.where)
            if not self.level:  # an exclusion masks its own words only (`own`)
                self._source = own_words(self._source)
        return self._source

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (without its leading word boundary, see `finditer`)."""
        if self._compiled is None:
            from vraaghulp.coach.crisis.literals import compile_needing, compile_plain

            body = split_boundary(self.source)[0]
            try:
                # One compile: a valid body stays valid with the word boundary in front of it.
                if self._needs is None:
                    self._compiled, self._needs = compile_needing(body)
                else:
                    self._compiled = compile_plain(body)
            except re.error as exc:
                raise _error(f"een patroon in {self.where} is geen geldige reguliere expressie ({exc})") from None
        return self._compiled

    @property
    def needs(self) -> tuple[tuple[str, ...], ...]:
        """Sets of strings the pattern cannot match without, one of each (`literals`; stored by the build, else
        worked out when the pattern is compiled): a text that lacks them never compiles the pattern."""
        if self._needs is None:
            self.pattern  # noqa: B018 - compiling works them out
        return self._needs or ()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Like re.finditer with the full pattern (leading \\b included)."""
        return finditer(self.pattern, self._boundary, text)

    def mask(self, text: str, replacement: str) -> str:
        """Like re.sub with the full pattern, but only the exclusion's own words replaced (`own`)."""
        return masked(self.finditer, text, replacement)


# family; items: every item needs one of its names present; unless: concepts
# (crisis_begrippen.toml) that make it ordinary.
Combination = namedtuple("Combination", "family items unless", defaults=((),))


class Rules:
    """Everything the engine needs, built once per process.

    `keys` holds the key sets of every entry (lists of words, None = always searched);
    `gates` the index over them that `build.digest` works out ahead (`build.gates_of`):
    every key word with the entries it leads to (by each entry's rarest key set), and
    the lengths of the key words.
    """

    def __init__(self, normaliser: Normaliser, entries: list[Entry], combinations: tuple[Combination, ...],
                 keys: list[Any], person: dict[str, frozenset[str]], gates: dict[str, Any],
                 first_signal: int | None = None, families: frozenset[str] | None = None) -> None:
        self.normaliser = normaliser
        self.concepts: Any = None  # the concept layer (weigh.ConceptRules), set by `snapshot.load`
        self.entries = entries  # exclusions first, then signals, in file order
        self.first_signal = sum(1 for e in entries if not e.level) if first_signal is None else first_signal
        self.families = frozenset(e.family for e in entries if e.level) if families is None else families
        self.combinations = combinations
        self.third_person, self.first_person = person["ander"], person["ik"]
        self._keys = keys
        self.always: tuple[int, ...] = tuple(gates["altijd"])
        self.index = Table(gates["sleutels"])  # every key word -> the entries it leads to (maybe none)
        self.lengths = tuple(gates["lengtes"])
        self._sets: dict[int, tuple[frozenset[str], ...]] = {}
        self._shared_sets: dict[frozenset[str], frozenset[str]] = {}
        self.token_keys: dict[str, tuple[str, ...]] = {}
        self._leads: dict[str, tuple[int, ...]] = {}
        self._led_sets: dict[str, tuple[tuple[int, tuple[frozenset[str], ...]], ...]] = {}

    def key_sets(self, i: int) -> tuple[frozenset[str], ...]:
        """The key sets of entry i, rarest first; () when it is always searched."""
        found = self._sets.get(i)
        if found is None:
            shared = self._shared_sets  # round 52 (s52): one object per distinct key set (`engine._searched` keeps
            found = self._sets[i] = tuple(shared.setdefault(key_set, key_set)  # what each set found, by the object)
                                          for key_set in map(frozenset, self._keys[i] or ()))
        return found

    def keys_in(self, token: str) -> tuple[str, ...]:
        """The keys that begin this word (remembered: words come back all the time)."""
        found = self.token_keys.get(token)
        if found is None:
            found = tuple(token[:n] for n in self.lengths if n <= len(token) and token[:n] in self.index)
            if len(self.token_keys) < 20000:
                self.token_keys[token] = found
        return found

    def active(self, tokens: set[str]) -> list[int]:
        """Indexes of the entries worth searching in a text with these words, in order."""
        return self.active_for({key for token in tokens for key in self.keys_in(token)})

    def led_by(self, key: str) -> tuple[int, ...]:
        """The entries whose rarest key set holds this key word (remembered per key)."""
        led = self._leads.get(key)
        if led is None:
            led = self._leads[key] = self.index.get(key, ())  # at most one per key word
        return led

    def led_sets(self, key: str) -> tuple[tuple[int, tuple[frozenset[str], ...]], ...]:
        """`led_by` with each entry's key sets (`key_sets`), in one look-up per key (round 36, c36s)."""
        found = self._led_sets.get(key)
        if found is None:
            found = self._led_sets[key] = tuple((i, self.key_sets(i)) for i in self.led_by(key))
        return found

    def active_for(self, prefixes: set[str]) -> list[int]:
        """The same, given the keys that begin words of the text: every key set met."""
        found, leads = set(self.always), self._leads
        for prefix in prefixes:
            led = leads.get(prefix)
            if led is None:
                led = leads[prefix] = self.index.get(prefix, ())  # at most one per key word
            for i in led:
                if i not in found and not any(map(prefixes.isdisjoint, self.key_sets(i)[1:])):
                    found.add(i)
        return sorted(found)


def _error(message: str) -> Exception:
    from vraaghulp.errors import VraaghulpError

    return VraaghulpError(
        f"Het tekstbestand crisis_signalen.toml klopt niet: {message}. "
        "Herstel het bestand of zet het origineel terug."
    )


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    """Replace every @name by the (non-capturing) alternatives of that macro."""

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise _error(f"onbekende afkorting @{name} in {where}")
        return f"(?:{macros[name]})"

    for _ in range(4):  # macros may use macros; a few rounds is plenty and stops loops
        if "@" not in pattern:
            break
        pattern = _MACRO.sub(sub, pattern)
    if _MACRO.search(pattern):
        raise _error(f"afkortingen verwijzen in een kring naar elkaar in {where}")
    return pattern


def from_digest(data: dict[str, Any], rows: Any = None) -> Rules:
    """Ready-to-run rules from `build.digest` (patterns are compiled when first needed). With `rows`
    (`snapshot`'s stored rows) the patterns and key sets are read only when first needed too;
    `data` then holds "uitzonderingen" and "families" instead of "patronen" and "sleutelsets"."""
    tekst = dict(data["tekst"])
    if "vervang" in tekst:  # (round 35, c35p: `snapshot` hands the stored rules over ready, read from their rows)
        rewrites = tekst.pop("vervang")  # [source, replacement, keys] and, stored by the build, what it needs
        tekst["_vervang"] = tuple((row[0], row[1], frozenset(row[2][0]) if row[2] else frozenset({""}))
                                  for row in rewrites)
        tekst["_vervang_nodig"] = tuple(row[3] if len(row) > 3 else None for row in rewrites)
    macros, places = data["afkortingen"], data["plaatsen"]
    combinations = tuple(Combination(family, tuple(frozenset(item) for item in items), tuple(unless))
                         for family, items, unless in data["combinaties"])
    person = {name: frozenset(words) for name, words in data["persoon"].items()}
    if rows is not None:
        stored = _StoredEntries(rows, places, macros)
        return Rules(Normaliser(tekst), stored, combinations, stored.keys, person, data["poorten"],
                     first_signal=data["uitzonderingen"], families=frozenset(data["families"]))
    sets = data["sleutelsets"]
    entries = [Entry(family, level, person, written, places[where], macros, needs[0] if needs else None)
               for family, level, person, written, where, _k, *needs in data["patronen"]]
    keys = [None if row[5] is None else [sets[n] for n in row[5]] for row in data["patronen"]]
    return Rules(Normaliser(tekst), entries, combinations, keys, person, data["poorten"])


class _StoredEntries:
    """`Rules.entries` and its key sets read from the stored rows, each when first asked for."""

    def __init__(self, rows: Any, places: list[str], macros: dict[str, str]) -> None:
        self._rows, self._places, self._macros = rows, places, macros
        self._entries: dict[int, Entry] = {}
        self._found: dict[int, Any] = {}
        self.keys = _StoredKeys(self)

    def __len__(self) -> int:
        return self._rows.count("patronen")

    def __getitem__(self, i: int) -> Entry:
        entry = self._entries.get(i)
        if entry is None:
            family, level, person, written, where, found, *needs = self._rows.row("patronen", i)
            entry = self._entries[i] = Entry(family, level, person, written, self._places[where], self._macros,
                                             needs[0] if needs else None)
            self._found[i] = found
        return entry

    def __iter__(self) -> Iterator[Entry]:
        return (self[i] for i in range(len(self)))

    def key_set_numbers(self, i: int) -> list[int] | None:
        if i not in self._found:
            self.__getitem__(i)  # reads the row, and with it the numbers of its key sets
        return self._found[i]


class _StoredKeys:
    """The key sets of every stored pattern (lists of words, None = always searched), by number."""

    def __init__(self, entries: _StoredEntries) -> None:
        self._entries = entries

    def __getitem__(self, i: int) -> list[list[str]] | None:
        found = self._entries.key_set_numbers(i)
        rows = self._entries._rows
        return None if found is None else [rows.row("sleutelsets", n) for n in found]


