"""Building the crisis rules from the two TOML files, and writing the fast file.

Only needed when ``crisis_signalen.toml`` or ``crisis_begrippen.toml`` changed: by
``tools/crisis_bouw.py``, which writes ``crisis_regels.json`` (`make`, `dumps`), and by
`snapshot.load` when that file is not current. A check in a process that reads the fast
file never imports this module: less code to load (or compile, without .pyc files) there.
`digest` checks crisis_signalen.toml and works it out into plain data (`rules.from_digest`
makes the rules of it). Standard library only.
"""

from __future__ import annotations

import copy
import json
import re

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

from vraaghulp.coach.crisis.rules import ALONE, ANY_CONCERN, LEVELS, Combination, Entry, Rules, _error, _expand, from_digest
from vraaghulp.coach.crisis.files import (BUCKET_NAMES, BUCKETS, GATES, LAZY as _LAZY, REWRITE_KEYS, ROWS, SNAPSHOT_FILE,
                                         SOURCES, VERSION, WHOLE,
                                          checksums)
from vraaghulp.coach.crisis.files import path as _path
from vraaghulp.coach.crisis.table import pack

__all__ = ["digest", "build", "gates_of", "typo_forms", "make", "stored", "known_keys", "dumps", "COUNTS_FILE",
           "word_counts", "Rarity"]

# Round 33 (c33t): how many ordinary texts hold each word (the corpus's `geen` lines and the krimp drafts, read
# as the engine reads them; written by tools/crisis_bouw.py). A pattern is looked up by its key set that ordinary
# text holds least often (`Rarity`), not by the length of its words: "ik" alone led 41 patterns.
COUNTS_FILE = "crisis_woordtelling.json"


def word_counts() -> dict[str, int]:
    """Word -> the number of ordinary texts that hold it ({} when the file is missing or damaged: then the
    key sets keep the order of `gates.keys_of`, by the length of their words)."""
    try:
        with open(_path(COUNTS_FILE), encoding="utf-8") as handle:
            counts = json.load(handle)["woorden"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return counts if isinstance(counts, dict) else {}


class Rarity:
    """How often ordinary text holds a key: the sum of the counts of the counted words it begins (a key
    no counted word begins counts 0: rare). Worked out once per key."""

    def __init__(self, counts: dict[str, int]) -> None:
        from bisect import bisect_left

        self._counts, self._words, self._seen = counts, sorted(counts), {}
        self._bisect = bisect_left

    def of(self, key: str) -> int:
        found = self._seen.get(key)
        if found is None:
            words, found = self._words, 0
            at = self._bisect(words, key)
            while at < len(words) and words[at].startswith(key):
                found, at = found + self._counts[words[at]], at + 1
            self._seen[key] = found
        return found

    def ordered(self, key_sets: list[list[str]] | None) -> list[list[str]] | None:
        """The key sets of one pattern, the one ordinary text holds least often first (the engine looks the
        pattern up by it, then checks the others in this order). Ties keep the order of `gates.keys_of` (the
        longest weakest word first, then the smaller set), then the words themselves: the same order whatever
        order the sets came in. Exact whatever the order: a pattern needs every one of its sets."""
        if not key_sets or not self._counts:
            return key_sets
        from vraaghulp.coach.crisis.gates import rarity

        def order(keys: list[str]) -> tuple[Any, ...]:
            weakest, size = rarity(frozenset(keys))
            return sum(map(self.of, keys)), -weakest, -size, sorted(keys)

        return sorted(key_sets, key=order)


def gates_of(keys: list[Any]) -> dict[str, Any]:
    """The look-up over all key sets (see `Rules`), as plain data: every key word with the
    entries whose rarest key set holds it (a `table.Table`), the entries always searched,
    and the lengths of the key words."""
    words = sorted({key for key_sets in keys if key_sets for keys_ in key_sets for key in keys_})
    index: dict[str, list[int]] = {word: [] for word in words}
    for i, key_sets in enumerate(keys):
        for key in key_sets[0] if key_sets else ():
            index[key].append(i)
    return {"altijd": [i for i, k in enumerate(keys) if not k], "sleutels": pack(index),
            "lengtes": sorted({len(word) for word in words})}


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
        where = f"{where} ({family}" + (ALONE if raw.get("optellen", True) is False else ")")
    patterns = _strings(raw.get("patronen", []), f"{where} patronen")
    if not patterns:
        raise _error(f"{where} heeft geen patronen")
    person = bool(raw.get("persoon", level in ("acuut", "zorg")))
    return [Entry(family, level, person, p, where, macros) for p in patterns]


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


def _needs_of(source: str) -> list[list[str]] | None:
    """What a pattern needs, as the engine would work it out when compiling it (None: not known)."""
    from vraaghulp.coach.crisis.literals import needs_only
    from vraaghulp.coach.crisis.wordstart import split_boundary

    found = needs_only(split_boundary(source)[0])
    return None if found is None else [list(strings) for strings in found]


def _keys_for(source: str, stored: dict[str, list[list[str]] | None]) -> list[list[str]] | None:
    """The key sets of one pattern: from the stored ones, or worked out now."""
    if source in stored:
        return stored[source]
    from vraaghulp.coach.crisis.gates import keys_of

    found = keys_of(source)
    return [sorted(k) for k in found] if found else None


def typo_forms(data: dict[str, Any]) -> dict[str, str]:
    """One-slip forms of the key words of [tekst] 'tikfout_kernwoorden' (worked out at build time).

    In words of five letters or more: two neighbouring letters swapped ("mezlef", never the
    first letter) and, in words of seven letters or more, one
    inner letter left out ("zelfmord"), and a word in -en without its n ("stoppe": spoken
    Flemish and Dutch); in every key word one letter typed twice ("leeven") and a final d typed
    as t (round 43): the way people type when they are upset. A form that
    is a word of its own (in 'tikfout_niet', or any word the [tekst] lists already know) is
    left alone, and a form never replaces what [tekst.woorden] says.
    """
    known = set(data.get("woorden", {})) | set(data.get("tikfout_niet", [])) | set(data.get("lijmwoorden", []))
    known |= set(data.get("ik_werkwoorden", [])) | {w for f in data.get("vulwoorden", []) for w in f.split()}
    keys = [str(w) for w in data.get("tikfout_kernwoorden", [])]
    known |= set(keys)
    out: dict[str, str] = {}
    for word in (w for w in keys if len(w) >= 5):  # short words: a slip is too often another word
        forms = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
        if len(word) >= 7:
            forms |= {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)}
        if word.endswith("en"):  # spoken Flemish and Dutch drop the n: "stoppe", "verdwijne", "sterve"
            forms.add(word[:-1])
        # round 43 (c43m): one letter typed twice ("leeven"; a doubled letter is left as it is) and a final d as t
        forms |= {word[:i + 1] + word[i:] for i in range(len(word)) if word[i] not in word[i - 1:i] + word[i + 1:i + 2]}
        if word.endswith("d"):
            forms.add(word[:-1] + "t")
        for form in sorted(forms - known):
            if form != word and form not in out:
                out[form] = word
    return out


def digest(data: dict[str, Any], stored_keys: dict[str, list[list[str]] | None] | None = None,
           needs: bool = False) -> dict[str, Any]:
    """crisis_signalen.toml checked and worked out into plain data (JSON-ready, see `snapshot`).

    Macros are expanded, every pattern gets its key sets (from `stored_keys` where known,
    else worked out now); nothing is compiled. With `needs` (the file `tools/crisis_bouw.py`
    writes), every pattern and rewrite rule also gets what it needs (`literals.needs_only`,
    round 34): a text without it then never compiles the pattern.
    """
    stored = stored_keys or {}
    macros = _macros(data)
    tekst = {k: v for k, v in dict(data.get("tekst", {})).items() if k not in ("vervang", "dekverhaal")}
    words = {**typo_forms(tekst), **dict(tekst.get("woorden", {}))}
    tekst["woorden"] = pack({word: str(standard).split() for word, standard in words.items()}, numbers=False)
    tekst.pop("tikfout_kernwoorden", None)  # worked out: no longer needed ('tikfout_niet': known words)
    tekst["vervang"] = _replacements(data.get("tekst", {}), macros, stored)
    if needs:
        for row in tekst["vervang"]:
            row.append(_needs_of(row[0]))
    entries: list[Entry] = []
    for section, signal in (("uitzondering", False), ("signaal", True)):
        for i, raw in enumerate(data.get(section, [])):
            entries += _entries(raw, f"[[{section}]] nummer {i + 1}", macros, signal)
    families = {e.family for e in entries if e.level}
    if not families:
        raise _error("er staat geen enkel [[signaal]] in")
    combinations = [
        _combination(raw, f"[[combinatie]] nummer {i + 1}", families) for i, raw in enumerate(data.get("combinatie", []))
    ]
    raw_person = data.get("persoon", {})
    rare = Rarity(word_counts())  # round 33 (c33t): each pattern led by its key set ordinary text holds least
    keys = [rare.ordered(_keys_for(e.source, stored)) for e in entries]
    key_sets: dict[tuple[str, ...], int] = {}  # every distinct key set once: the file stays small
    places = list(dict.fromkeys(e.where for e in entries))
    rows = [[e.family, e.level, e.person, e.written, places.index(e.where),
             None if k is None else [key_sets.setdefault(tuple(ks), len(key_sets)) for ks in k]]
            + ([_needs_of(e.source)] if needs else []) for e, k in zip(entries, keys)]
    return {
        "tekst": tekst,
        "persoon": {name: _strings(raw_person.get(name, []), f"persoon.{name}") for name in ("ik", "ander")},
        "afkortingen": macros,
        "plaatsen": places,
        "sleutelsets": [list(ks) for ks in key_sets],
        "patronen": rows,
        "poorten": gates_of(keys),
        "combinaties": [[c.family, [sorted(item) for item in c.items], list(c.unless)] for c in combinations],
    }


# A cover story ([[tekst.dekverhaal]]): the next sentence (or the one after) refers back to what
# the loaded words named and gives it a harmless purpose ("Ik heb een afscheidsbrief geschreven.
# Het is voor de voorstelling."). Only those loaded words are masked, nothing else in the message.
_BACK = (r"(?:(?:het|die|dat|dit|deze|ze|zij) (?:is|zijn|was|waren|ligt|liggen|staat|staan) (?:\w+ ){0,3}?voor "
         r"|(?:\w+ )?(?:breng|brengen|geef|geven|lever|leveren) (?:ik|we|wij) (?:ze|die|het|hem|deze) )")
_COVER = (r"(?=[^.!?;|]*+(?<= )[.!?;] (?:(?![^.!?;|]*\b(?:ik|k|me|mij|mezelf|mijn)\b)[^.!?;|]*? [.!?;] )?"
          + _BACK) + r"(?:\w+ ){0,4}?(?:%s)\b)"
# (Round 19: the rest of the sentence is read possessively, [^.!?;|]*+, one quick pass to its end.)
# No cover at all when the rest of the message takes the story back or uses the thing itself
# ("Ze zijn voor de hond. Vanavond slik ik ze allemaal.", "..., zeg ik tegen iedereen", "grapje"):
# the words of the macro `dekverhaal_tegen` anywhere after the loaded words.
_AGAINST = r"(?!.*?\b@dekverhaal_tegen\b)"


def _replacements(tekst: dict[str, Any], macros: dict[str, str], stored: dict[str, Any]) -> list[list[Any]]:
    """The rewrites of [[tekst.vervang]], then the masks of [[tekst.dekverhaal]], as [pattern, replacement, keys]."""
    rules = [(f"[[tekst.vervang]] nummer {i + 1}", r.get("van") if isinstance(r, dict) else None,
              r.get("naar") if isinstance(r, dict) else None) for i, r in enumerate(tekst.get("vervang", []))]
    for i, raw in enumerate(tekst.get("dekverhaal", [])):
        where = f"[[tekst.dekverhaal]] nummer {i + 1}"
        if not isinstance(raw, dict) or not isinstance(raw.get("woorden"), str) or not isinstance(raw.get("doel"), str):
            raise _error(f"{where} heeft 'woorden' en 'doel' als tekst nodig")
        # the cover first: the look to the end of the message (`_AGAINST`) only where a cover story follows
        # (round 19: before every loaded word it made a long list of pills cost seconds)
        rules.append((where, r"\b(?:" + raw["woorden"] + r")\b" + _COVER % raw["doel"] + _AGAINST, " | "))
    replacements = []
    for where, pattern, replacement in rules:
        if not isinstance(pattern, str) or not isinstance(replacement, str):
            raise _error(f"{where} heeft 'van' en 'naar' als tekst nodig")
        source = _expand(pattern, macros, where)
        try:
            re.compile(source)
        except re.error as exc:
            raise _error(f"het patroon in {where} is geen geldige reguliere expressie ({exc})") from None
        replacements.append([source, replacement, _keys_for(source, stored)])
    return replacements


def build(data: dict[str, Any], stored_keys: dict[str, list[list[str]] | None] | None = None) -> Rules:
    """Turn the parsed crisis_signalen.toml into ready-to-run rules (nothing compiled yet)."""
    return from_digest(digest(data, stored_keys))


def make(stored_keys: dict[str, Any] | None = None, needs: bool = True) -> dict[str, Any]:
    """The snapshot of the current TOML files (`stored_keys`: key sets already known; `needs`: see `digest`)."""
    from vraaghulp.coach.crisis.weigh import digest_concepts
    from vraaghulp.content import load_toml

    from vraaghulp.coach.crisis.vocabulary import slips_of, words_of

    signals = digest(load_toml(SOURCES[0]), stored_keys, needs)
    concepts = digest_concepts(load_toml(SOURCES[1]))
    vocabulary = signals["tekst"]["woordenschat"] = words_of(signals, concepts)  # for `repair`: words a rule can use
    signals["tekst"]["tikfouten"] = slips_of(vocabulary)  # a long known word with one letter left out
    return {"versie": VERSION, "bronnen": checksums(), "signalen": signals, "begrippen": concepts}


def stored() -> dict[str, Any] | None:
    """The whole stored snapshot, as `make` gives it (None: missing, damaged or of another version)."""
    try:
        with open(_path(SNAPSHOT_FILE), encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("versie") != VERSION or not isinstance(data.get(ROWS), dict):
        return None
    rows = data.pop(ROWS)
    for name, (*path, key) in _LAZY.items():
        _at(data, path)[key] = rows[name] if name != "vormen" else {n: [neg, forms] for n, neg, forms in rows[name]}
    for name, (*path, key) in WHOLE.items():
        _at(data, path)[key] = rows[name][0]
    del data["signalen"]["tekst"][REWRITE_KEYS]
    for name, path in BUCKETS.items():
        table = _at(data, path)
        names = table.pop(BUCKET_NAMES)
        buckets = rows[f"emmers-{name}"]
        table["emmers"] = {names[2 * n:2 * n + 2].rstrip("\t"): bucket for n, bucket in enumerate(buckets)}
    lexicon = data["begrippen"]["begrippen"]
    del data["signalen"]["uitzonderingen"], data["signalen"]["families"], lexicon["namen"], lexicon["aantallen"]
    del data["begrippen"][GATES]
    return data


def _at(data: dict[str, Any], path: list[str]) -> Any:
    for key in path:
        data = data[key]
    return data


def known_keys(snapshot: dict[str, Any]) -> dict[str, Any]:
    """The key sets an older snapshot already worked out, by pattern (saves time on a rebuild)."""
    try:
        signals = snapshot["signalen"]
        macros, sets = signals["afkortingen"], signals["sleutelsets"]
        known = {_expand(row[3], macros, ""): None if row[5] is None else [sets[n] for n in row[5]]
                 for row in signals["patronen"]}
        return known | {row[0]: row[2] for row in signals["tekst"]["vervang"]}
    except Exception:  # noqa: BLE001 - an old or damaged file: work every key out again
        return {}


def dumps(snapshot: dict[str, Any]) -> str:
    """The snapshot as JSON text: the head (what every check needs, with the counts and names
    `load` wants before any row), then under "rijen" one pattern, key set or concept a line."""
    head = copy.deepcopy(snapshot)
    rows = {}
    for name, (*path, key) in _LAZY.items():
        rows[name] = _at(head, path).pop(key)
    for name, (*path, key) in WHOLE.items():
        rows[name] = [_at(head, path).pop(key)]
    head["signalen"]["tekst"][REWRITE_KEYS] = [row[2][0] if row[2] else [""] for row in rows["vervang"]]
    signals, lexicon = head["signalen"], head["begrippen"]["begrippen"]
    signals["uitzonderingen"] = sum(1 for row in rows["patronen"] if not row[1])
    signals["families"] = sorted({row[0] for row in rows["patronen"] if row[1]})
    lexicon["namen"] = list(rows["vormen"])
    lexicon["aantallen"] = [len(forms) for _negatable, forms in rows["vormen"].values()]
    head["begrippen"][GATES] = [";".join("|".join(sorted({p.strip() for p in str(item).split("|")}))
                                         for item in rule.get("alle", [])) for rule in rows["samen"]]
    rows["vormen"] = [[name, negatable, forms] for name, (negatable, forms) in rows["vormen"].items()]
    for name, path in BUCKETS.items():
        table = _at(head, path)
        buckets = table.pop("emmers")
        table[BUCKET_NAMES] = "".join(bucket.ljust(2, "\t") for bucket in buckets)
        rows[f"emmers-{name}"] = list(buckets.values())
    head[ROWS] = rows
    lines = ["{"]
    items = list(head.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        lines.append(f"{json.dumps(key)}: {_block(value, 1)}{comma}")
    lines.append("}")
    return _latin1("\n".join(lines) + "\n")


def _latin1(text: str) -> str:
    """Every character above U+00FF as a JSON escape (the same strings once read back).

    One emoji makes Python keep a whole text at four bytes a character; escaped, the file is
    read as one byte a character: some 1.7 MB less memory on every first check."""
    return re.sub("[^\x00-\xff]", lambda match: json.dumps(match.group(0))[1:-1], text)


def _block(value: Any, depth: int) -> str:
    """Dicts and long lists opened up to two levels deep; everything below on one line."""
    compact = json.dumps(value, ensure_ascii=False)
    if depth > 2 or len(compact) < 100 or not isinstance(value, (dict, list)):
        return compact
    pad = "  " * depth
    if isinstance(value, dict):
        rows = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {_block(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(rows) + "\n" + "  " * (depth - 1) + "}"
    rows = [f"{pad}{_block(v, depth + 1)}" for v in value]
    return "[\n" + ",\n".join(rows) + "\n" + "  " * (depth - 1) + "]"
