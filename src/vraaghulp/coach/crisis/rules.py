"""Step 2 of the crisis check: read ``crisis_signalen.toml`` into ready-to-run rules.

The file's header (in Dutch, for counsellors) explains the format. In short:

- ``[tekst]``: word lists for the normaliser, and ``[[tekst.vervang]]`` phrase rewrites;
- ``[afkortingen]``: macros, written ``@naam`` inside patterns;
- ``[[uitzondering]]``: harmless uses that are masked before any signal is searched;
- ``[[signaal]]``: patterns for one family at one level (``acuut``, ``zorg`` or ``hint``);
- ``[[combinatie]]``: families that together make a message acute (weighed by `weigh`).

Every pattern is searched only when one of its key words begins a word of the text
(`gates.keys_of`); the keys are read from ``crisis_sleutels.json`` (written by
``tools/crisis_sleutels.py``) and worked out on the spot for a pattern that file does not
know. Patterns are compiled the first time they are needed. That keeps the first check
and every later one to a few milliseconds. Standard library only.
"""

from __future__ import annotations

import re
from typing import Any, Iterator, NamedTuple

from vraaghulp.coach.crisis.normalise import Normaliser

__all__ = ["Entry", "Combination", "Rules", "build", "LEVELS", "ANY_CONCERN", "ABOUT_SOMEONE_ELSE"]

LEVELS = ("acuut", "zorg", "hint")
ANY_CONCERN = "zorg"  # in a [[combinatie]]: any signal of the zorg level
ABOUT_SOMEONE_ELSE = "over-ander"
_MACRO = re.compile(r"@([A-Za-z_]\w*)")


class Entry:
    """One pattern of a [[signaal]] or [[uitzondering]], compiled when first needed.

    Nearly every pattern starts with a word boundary (\\b). Python's regular expressions
    cannot skip ahead quickly to a pattern that starts with one, so the boundary is taken
    off the compiled pattern and checked here for each candidate start instead: the same
    matches, several times faster on a long text.
    """

    __slots__ = ("family", "level", "person", "source", "where", "_compiled", "_boundary")

    def __init__(self, family: str, level: str, person: bool, source: str, where: str) -> None:
        self.family, self.level, self.person = family, level, person  # level "" = exclusion
        self.source, self.where = source, where
        self._compiled: re.Pattern[str] | None = None
        self._boundary = source.startswith("\\b") and not source.startswith("\\b(?!")

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (without its leading word boundary, see `finditer`)."""
        if self._compiled is None:
            body = self.source[2:] if self._boundary else self.source
            try:
                re.compile(self.source)  # the pattern as written must be valid too
                self._compiled = re.compile(body)
            except re.error as exc:
                raise _error(f"een patroon in {self.where} is geen geldige reguliere expressie ({exc})") from None
        return self._compiled

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Like re.finditer with the full pattern (leading \\b included)."""
        pattern, pos, end = self.pattern, 0, len(text)
        while pos <= end:
            match = pattern.search(text, pos)
            if match is None:
                return
            start = match.start()
            if self._boundary and not _at_word_start(text, start):
                pos = start + 1
                continue
            yield match
            pos = match.end() if match.end() > start else start + 1

    def mask(self, text: str, replacement: str) -> str:
        """Like re.sub with the full pattern."""
        pieces, last = [], 0
        for match in self.finditer(text):
            pieces += [text[last : match.start()], replacement]
            last = match.end()
        return "".join(pieces) + text[last:] if pieces else text


def _at_word_start(text: str, index: int) -> bool:
    """A \\b before index: one side a word character, the other not."""
    before = index > 0 and (text[index - 1].isalnum() or text[index - 1] == "_")
    after = index < len(text) and (text[index].isalnum() or text[index] == "_")
    return before != after


class Combination(NamedTuple):
    family: str
    items: tuple[frozenset[str], ...]  # every item needs one of its names present
    unless: tuple[str, ...] = ()  # concepts (crisis_begrippen.toml) that make it ordinary


class Rules:
    """Everything the engine needs, built once per process."""

    def __init__(self, normaliser: Normaliser, entries: list[Entry], combinations: tuple[Combination, ...],
                 keys: list[tuple[frozenset[str], ...] | None], person: dict[str, frozenset[str]]) -> None:
        self.normaliser = normaliser
        self.concepts: Any = None  # the concept layer (weigh.ConceptRules), set by the package
        self.entries = entries  # exclusions first, then signals, in file order
        self.first_signal = sum(1 for e in entries if not e.level)
        self.combinations = combinations
        self.third_person, self.first_person = person["ander"], person["ik"]
        self.always: tuple[int, ...] = tuple(i for i, k in enumerate(keys) if not k)
        # After the look-up by the rarest key set, the other sets are checked: one-word sets
        # as a subset test, larger sets one by one.
        self.single = [frozenset(next(iter(ks)) for ks in k[1:] if len(ks) == 1) if k else frozenset() for k in keys]
        self.multi = [tuple(ks for ks in k[1:] if len(ks) > 1) if k else () for k in keys]
        self.key_sets = [k or () for k in keys]  # searched only in sentences that meet them all
        index: dict[str, list[int]] = {}
        for i, key_sets in enumerate(keys):
            for key in key_sets[0] if key_sets else ():
                index.setdefault(key, []).append(i)
        self.index = {key: tuple(ids) for key, ids in index.items()}
        self.all_keys = frozenset(key for key_sets in keys if key_sets for keys_ in key_sets for key in keys_)
        self.lengths = tuple(sorted({len(key) for key in self.all_keys}))
        self._token_keys: dict[str, tuple[str, ...]] = {}

    def keys_in(self, token: str) -> tuple[str, ...]:
        """The keys that begin this word (remembered: words come back all the time)."""
        found = self._token_keys.get(token)
        if found is None:
            found = tuple(token[:n] for n in self.lengths if n <= len(token) and token[:n] in self.all_keys)
            if len(self._token_keys) < 20000:
                self._token_keys[token] = found
        return found

    def active(self, tokens: set[str]) -> list[int]:
        """Indexes of the entries worth searching in a text with these words, in order."""
        return self.active_for({key for token in tokens for key in self.keys_in(token)})

    def active_for(self, prefixes: set[str]) -> list[int]:
        """The same, given the keys that begin words of the text."""
        found = set(self.always)
        index, single, multi = self.index, self.single, self.multi
        for prefix in prefixes:
            for i in index.get(prefix, ()):
                if i in found or not single[i] <= prefixes:
                    continue
                if all(keys & prefixes for keys in multi[i]):
                    found.add(i)
        return sorted(found)


def _error(message: str) -> Exception:
    from vraaghulp.errors import VraaghulpError

    return VraaghulpError(
        f"Het tekstbestand crisis_signalen.toml klopt niet: {message}. "
        "Herstel het bestand of zet het origineel terug."
    )


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _error(f"{where} moet een lijst met teksten zijn")
    return value


def _macros(data: dict[str, Any]) -> dict[str, str]:
    raw = data.get("afkortingen", {})
    if not isinstance(raw, dict):
        raise _error("[afkortingen] moet een tabel zijn")
    macros = {}
    for name, value in raw.items():
        if isinstance(value, list):
            value = "|".join(_strings(value, f"afkortingen.{name}"))
        if not isinstance(value, str):
            raise _error(f"afkortingen.{name} moet een tekst of lijst met teksten zijn")
        macros[name] = value
    return macros


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


def _entries(raw: Any, where: str, macros: dict[str, str], signal: bool) -> list[Entry]:
    if not isinstance(raw, dict):
        raise _error(f"{where} moet een tabel zijn")
    family, level = "", ""
    if signal:
        family, level = raw.get("familie"), raw.get("niveau")
        if not isinstance(family, str) or not family:
            raise _error(f"{where} mist een 'familie'")
        if level not in LEVELS:
            raise _error(f"{where} ({family}) heeft als 'niveau' acuut, zorg of hint nodig")
        where = f"{where} ({family})"
    patterns = _strings(raw.get("patronen", []), f"{where} patronen")
    if not patterns:
        raise _error(f"{where} heeft geen patronen")
    person = bool(raw.get("persoon", level in ("acuut", "zorg")))
    return [Entry(family, level, person, _expand(p, macros, where), where) for p in patterns]


def _combination(raw: Any, where: str, families: set[str]) -> Combination:
    items = _strings(raw.get("wanneer", []) if isinstance(raw, dict) else None, f"{where} wanneer")
    family = raw.get("familie")
    if not isinstance(family, str) or not family or len(items) < 2:
        raise _error(f"{where} heeft een 'familie' en minstens twee namen onder 'wanneer' nodig")
    parsed = tuple(frozenset(name.strip() for name in item.split("|")) for item in items)
    for names in parsed:
        unknown = names - families - {ANY_CONCERN, "acuut"}
        if unknown:
            raise _error(f"{where} noemt een onbekende familie: {', '.join(sorted(unknown))}")
    return Combination(family, parsed, tuple(_strings(raw.get("tenzij", []), f"{where} tenzij")))


def _keys_of_one(source: str, stored: dict[str, list[list[str]] | None]) -> frozenset[str]:
    """The first key set of one rewrite rule, as a set of word beginnings ('' = always)."""
    if source in stored:
        known = stored[source]
    else:
        from vraaghulp.coach.crisis.gates import keys_of

        found = keys_of(source)
        known = [sorted(k) for k in found] if found else None
    return frozenset(known[0]) if known else frozenset({""})


def _keys(entries: list[Entry], stored: dict[str, list[list[str]] | None]) -> list[tuple[frozenset[str], ...] | None]:
    from vraaghulp.coach.crisis.gates import keys_of

    keys: list[tuple[frozenset[str], ...] | None] = []
    for entry in entries:
        if entry.source in stored:
            known = stored[entry.source]
            keys.append(tuple(frozenset(k) for k in known) if known else None)
        else:
            keys.append(keys_of(entry.source))
    return keys


def build(data: dict[str, Any], stored_keys: dict[str, list[list[str]] | None] | None = None) -> Rules:
    """Turn the parsed crisis_signalen.toml into ready-to-run rules (nothing compiled yet)."""
    macros = _macros(data)
    tekst = dict(data.get("tekst", {}))
    replacements = []
    for i, rule in enumerate(tekst.get("vervang", [])):
        where = f"[[tekst.vervang]] nummer {i + 1}"
        if not isinstance(rule, dict) or not isinstance(rule.get("van"), str) or not isinstance(rule.get("naar"), str):
            raise _error(f"{where} heeft 'van' en 'naar' als tekst nodig")
        source = _expand(rule["van"], macros, where)
        try:
            compiled = re.compile(source)
        except re.error as exc:
            raise _error(f"het patroon in {where} is geen geldige reguliere expressie ({exc})") from None
        replacements.append((compiled, rule["naar"], _keys_of_one(source, stored_keys or {})))
    tekst["_vervang"] = replacements
    entries: list[Entry] = []
    for section, signal in (("uitzondering", False), ("signaal", True)):
        for i, raw in enumerate(data.get(section, [])):
            entries += _entries(raw, f"[[{section}]] nummer {i + 1}", macros, signal)
    families = {e.family for e in entries if e.level}
    if not families:
        raise _error("er staat geen enkel [[signaal]] in")
    combinations = tuple(
        _combination(raw, f"[[combinatie]] nummer {i + 1}", families) for i, raw in enumerate(data.get("combinatie", []))
    )
    raw_person = data.get("persoon", {})
    person = {name: frozenset(_strings(raw_person.get(name, []), f"persoon.{name}")) for name in ("ik", "ander")}
    return Rules(Normaliser(tekst), entries, combinations, _keys(entries, stored_keys or {}), person)
