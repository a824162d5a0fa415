"""The parts of the stored crisis rules (``crisis_regels.json``) that are read row by row when a text needs them:
the [[samen]] rules (`_StoredRules`), the rewrite rules (`_StoredRewrites`), the places the patterns were written
(`_Places`) and the macros (`_Macros`). `snapshot.load` puts them in place of the decoded data.

Round 47 (s47): split from `snapshot`. Compiling a module from source (an install without .pyc files) briefly takes
some 60 times its size in memory, and the largest such module set the peak of a `log --zoek` on such an install; two
halves of that size do not. Standard library only; nothing happens at import time.
"""

from __future__ import annotations

from itertools import chain, repeat

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any, Iterator

_FEW_NAMES = 12  # concept names in a message below which the [[samen]] rules are tested without their index


class _StoredRules:
    """The [[samen]] rules as `combine.apply_rules` reads them, after the [[combinatie]] rules (`after`):
    a stored rule is read and parsed only when each of its items has a hit (`files.GATES`)."""

    def __init__(self, rows: Any, gates: list[str]) -> None:
        self._rows, self._gates = rows, gates
        self._first: tuple = ()
        self._families: frozenset[str] = frozenset()
        self._read: dict[int, Any] = {}
        self._items: list[tuple[tuple[str, ...], ...]] = []
        self._leads: dict[str, tuple[int, ...]] = {}

    def after(self, first: tuple, families: frozenset[str]) -> _StoredRules:
        self._first, self._families = first, families
        return self

    def __len__(self) -> int:
        return len(self._first) + len(self._gates)

    def __iter__(self) -> Iterator[Any]:
        yield from self._first
        yield from (self._rule(n) for n in range(len(self._gates)))

    def candidates(self, names: Any) -> Iterator[Any]:
        """The rules with a hit for every item, in order (`names`: live, a hint rule adds to it). Round 36 (c36s): a
        stored rule is tested only when a name of its shortest item is there (`_leads`); a name a hint rule adds
        brings in the later rules it leads."""
        for rule in self._first:
            if not any(map(names.isdisjoint, rule.items)):
                yield rule
        items = self._items or self._split()
        if len(names) < _FEW_NAMES:  # a short text: each rule tested in turn, and no index kept for it
            for n, rule_items in enumerate(items):
                if not any(map(names.isdisjoint, rule_items)):
                    yield self._rule(n)
            return
        leads = self._leads or self._lead()
        known = set(names)
        todo = sorted(set(chain.from_iterable(map(leads.get, known, repeat(())))))  # round 56 (s56): in C
        k = 0
        while k < len(todo):
            n, k = todo[k], k + 1
            if any(map(names.isdisjoint, items[n])):
                continue
            yield self._rule(n)
            if len(names) != len(known):  # a hint rule added its name: the later rules it leads join in turn
                added = set(names) - known
                known |= added
                later = {m for name in added for m in leads.get(name, ()) if m > n}.difference(todo[k:])
                todo[k:] = sorted(later.union(todo[k:]))

    def _lead(self) -> dict[str, tuple[int, ...]]:
        """Each name -> the stored rules whose shortest item holds it (the first such item on a tie)."""
        leads: dict[str, list[int]] = {}
        for n, items in enumerate(self._items or self._split()):
            for name in min(items, key=len):
                leads.setdefault(name, []).append(n)
        self._leads = {name: tuple(rules) for name, rules in leads.items()}
        return self._leads

    def _split(self) -> list[tuple[tuple[str, ...], ...]]:
        """Each rule's items as tuples of names (once; each name one string), for a quick test."""
        same: dict[str, str] = {}
        self._items = [tuple(tuple(same.setdefault(name, name) for name in item.split("|")) for item in gate.split(";"))
                       for gate in self._gates]
        return self._items

    def _rule(self, n: int) -> Any:
        found = self._read.get(n)
        if found is None:
            from vraaghulp.coach.crisis.combine import parse_rules

            found = self._read[n] = parse_rules([self._rows.row("samen", n)], None, self._families, n)[0]
        return found


# Round 35 (c35p): the rewrite rules, the places the patterns were written (for an error message) and the
# macros, read from their rows when first needed: a search term meets a few rewrite rules and compiles few
# patterns, and decoding all 146 rules, 746 places and every macro with the head cost its check some 0.4 MB.
class _StoredRewrites:
    """The rewrite rules as `rewrites.Rewrites` reads them: (source, replacement, keys) by number, each
    row read when first asked for; `keys` (from the head) and `needs` without reading the others."""

    def __init__(self, rows: Any, keys: list[list[str]]) -> None:
        self._rows = rows
        self._read: dict[int, tuple[tuple[str, str, frozenset[str]], Any]] = {}
        self.keys = tuple(map(frozenset, keys))  # [""]: no keys, always tried
        self.needs = _Needs(self)

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, n: int) -> tuple[str, str, frozenset[str]]:
        return self.row(n)[0]

    def __iter__(self) -> Iterator[tuple[str, str, frozenset[str]]]:
        return (self[n] for n in range(len(self)))

    def row(self, n: int) -> tuple[tuple[str, str, frozenset[str]], Any]:
        """Rule n and what it needs (None: not stored)."""
        if n < 0:
            n += len(self)
        found = self._read.get(n)
        if found is None:
            if not 0 <= n < len(self):
                raise IndexError(n)
            source, replacement, _keys, *needs = self._rows.row("vervang", n)
            found = self._read[n] = ((source, replacement, self.keys[n]), needs[0] if needs else None)
        return found


class _Needs:
    """What each rewrite rule needs, by number (read with its row)."""

    def __init__(self, rules: _StoredRewrites) -> None:
        self._rules = rules

    def __len__(self) -> int:
        return len(self._rules)

    def __getitem__(self, n: int) -> Any:
        return self._rules.row(n)[1]


class _Places:
    """Where each pattern was written ("[[signaal]] nummer 12"), by number, each read when asked for."""

    def __init__(self, rows: Any) -> None:
        self._rows = rows

    def __getitem__(self, n: int) -> str:
        return self._rows.row("plaatsen", n)


class _Macros:
    """The macros (`@naam` -> its alternatives) as a read-only mapping, decoded when first used."""

    def __init__(self, rows: Any) -> None:
        self._rows = rows
        self._macros: dict[str, str] | None = None

    def _all(self) -> dict[str, str]:
        if self._macros is None:
            self._macros = self._rows.row("afkortingen", 0)
        return self._macros

    def __contains__(self, name: object) -> bool:
        return name in self._all()

    def __getitem__(self, name: str) -> str:
        return self._all()[name]

    def __len__(self) -> int:
        return len(self._all())

    def __bool__(self) -> bool:
        return True
