"""Crisis-language detection (pure; no I/O besides reading the pattern content).

All phrases live in ``content/nl/crisis.toml`` so a counsellor can extend them without
touching code; the file's header explains the format. This module only turns that file
into compiled regular expressions (once, cached) and runs them over normalised text.

Steps for every text (also described in the TOML file):

1. lower case, accents removed (suïcide -> suicide, beëindigen -> beeindigen);
2. quotes/apostrophes unified, hyphens inside words dropped (zelf-moord -> zelfmoord),
   letters repeated three or more times shortened to two (dooood -> dood);
3. sentence marks (. , ! ? ; :) kept as separate tokens, so a pattern never reaches
   across a clause; every other symbol becomes a space; an ellipsis (... or …) is read
   twice, once as a sentence mark and once as a mere pause;
4. the ``[tekst] vervang`` rules of the TOML file (spelling variants, Flemish forms,
   abbreviations such as 'k and m'n), then the ``vulwoorden`` are dropped
   ("ik wil echt gewoon dood" -> "ik wil dood");
5. every ``[[uitzondering]]`` pattern is masked out ("ik schaam me dood");
6. every ``[[signaal]]`` pattern is searched; the matched pieces are returned.

Only the standard library is imported at module level: this runs on every free-text
answer and must stay light.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple
from typing import Any

__all__ = ["find_crisis", "is_crisis", "normalise", "build_rules", "compiled_rules", "CrisisRules"]

# What an exclusion leaves behind: not a word character, so no pattern window crosses it.
_MASK = " | "
# Terminal escape sequences (CSI, OSC, single-character ESC codes): removed, not read.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "′": "'"})
_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])[-‐‑‒–_\u00ad]+(?=[^\W\d_])")
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_ELLIPSIS = re.compile(r"(?:\.\s*){2,}|…")
_SENTENCE_MARKS = re.compile(r"[.,!?;:]")
_OTHER_SYMBOLS = re.compile(r"[^\w\s'.,!?;:…|]")
_PAUSE = " … "
_SPACES = re.compile(r"\s+")
_MACRO = re.compile(r"@([A-Za-z_]\w*)")


class CrisisRules(NamedTuple):  # a NamedTuple, not a dataclass: keeps `log --zoek` light
    replacements: tuple[tuple[re.Pattern[str], str], ...]
    fillers: re.Pattern[str] | None
    exclusions: tuple[re.Pattern[str], ...]
    signals: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, pattern)


def _error(message: str) -> Exception:
    from vraaghulp.errors import VraaghulpError

    return VraaghulpError(
        f"Het tekstbestand crisis.toml klopt niet: {message}. "
        "Herstel het bestand of zet het origineel terug."
    )


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    """Replace every @name by the (non-capturing) alternatives of that macro."""

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise _error(f"onbekende afkorting @{name} in {where}")
        return f"(?:{macros[name]})"

    # Macros may use other macros; three rounds is plenty and stops loops.
    for _ in range(3):
        if "@" not in pattern:
            break
        pattern = _MACRO.sub(sub, pattern)
    if _MACRO.search(pattern):
        raise _error(f"afkortingen verwijzen in een kring naar elkaar in {where}")
    return pattern


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise _error(f"het patroon {pattern!r} in {where} is geen geldige reguliere expressie ({exc})") from None


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _error(f"{where} moet een lijst met teksten zijn")
    return value


def build_rules(data: dict[str, Any]) -> CrisisRules:
    """Compile the parsed crisis.toml into ready-to-run patterns."""
    raw_macros = data.get("afkortingen", {})
    if not isinstance(raw_macros, dict):
        raise _error("[afkortingen] moet een tabel zijn")
    macros: dict[str, str] = {}
    for name, value in raw_macros.items():
        if isinstance(value, list):
            value = "|".join(_strings(value, f"afkortingen.{name}"))
        if not isinstance(value, str):
            raise _error(f"afkortingen.{name} moet een tekst of lijst met teksten zijn")
        macros[name] = value

    tekst = data.get("tekst", {})
    replacements = []
    for i, rule in enumerate(tekst.get("vervang", [])):
        where = f"[[tekst.vervang]] nummer {i + 1}"
        if not isinstance(rule, dict) or not isinstance(rule.get("van"), str) or not isinstance(rule.get("naar"), str):
            raise _error(f"{where} heeft 'van' en 'naar' als tekst nodig")
        replacements.append((_compile(_expand(rule["van"], macros, where), where), rule["naar"]))

    fillers_list = _strings(tekst.get("vulwoorden", []), "tekst.vulwoorden")
    fillers = None
    if fillers_list:
        words = sorted({normalise_basic(w).strip() for w in fillers_list if w.strip()}, key=len, reverse=True)
        fillers = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'])")

    exclusions = []
    for i, block in enumerate(data.get("uitzondering", [])):
        where = f"[[uitzondering]] nummer {i + 1}"
        for pattern in _strings(block.get("patronen", []), f"{where} patronen"):
            exclusions.append(_compile(_expand(pattern, macros, where), where))

    signals = []
    for i, block in enumerate(data.get("signaal", [])):
        where = f"[[signaal]] nummer {i + 1}"
        kind = block.get("soort", "")
        if not isinstance(kind, str) or not kind:
            raise _error(f"{where} mist een 'soort'")
        for pattern in _strings(block.get("patronen", []), f"{where} patronen"):
            signals.append((kind, _compile(_expand(pattern, macros, f"{where} ({kind})"), where)))
    if not signals:
        raise _error("er staat geen enkel [[signaal]] in")
    return CrisisRules(tuple(replacements), fillers, tuple(exclusions), tuple(signals))


@functools.lru_cache(maxsize=1)
def compiled_rules() -> CrisisRules:
    """The rules from content/nl/crisis.toml, compiled once per process."""
    from vraaghulp.content import load_toml

    return build_rules(load_toml("crisis"))


def normalise_basic(text: str) -> str:
    """Steps 1-3: case, accents, apostrophes, hyphens, repeats, punctuation, spaces."""
    text = _ESCAPES.sub("", text or "")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.translate(_APOSTROPHES)
    text = _HYPHEN_IN_WORD.sub("", text)
    text = _REPEATS.sub(r"\1\1", text)
    text = _OTHER_SYMBOLS.sub(" ", text.replace("|", " "))
    text = _ELLIPSIS.sub(_PAUSE, text)
    text = _SENTENCE_MARKS.sub(lambda m: f" {m.group(0)} ", text)
    return " " + _SPACES.sub(" ", text).strip() + " "


def normalise(text: str, rules: CrisisRules | None = None) -> str:
    """The text as the patterns see it (before exclusions are masked)."""
    rules = rules or compiled_rules()
    text = normalise_basic(text)
    for pattern, replacement in rules.replacements:
        text = pattern.sub(replacement, text)
    text = text.replace("'", "")
    if rules.fillers is not None:
        text = rules.fillers.sub(" ", text)
    return " " + _SPACES.sub(" ", text).strip() + " "


def find_crisis(text: str) -> list[str]:
    """The crisis phrases found in text (empty list: none).

    The phrases are returned in their normalised form (lower case, no accents), in the
    order they appear, without duplicates.
    """
    if not text or not text.strip():
        return []
    rules = compiled_rules()
    normalised = normalise(text, rules)
    # An ellipsis is read both ways: as the end of a sentence ("ik wil niet meer...") and
    # as a hesitation inside one ("ik wil... dood").
    readings = [normalised.replace(_PAUSE, " . ")]
    if _PAUSE in normalised:
        readings.append(_SPACES.sub(" ", normalised.replace(_PAUSE, " ")))
    found: list[tuple[int, str]] = []
    for reading in readings:
        for exclusion in rules.exclusions:
            reading = exclusion.sub(_MASK, reading)
        for _kind, pattern in rules.signals:
            for match in pattern.finditer(reading):
                phrase = match.group(0).strip()
                if phrase:
                    found.append((match.start(), phrase))
    found.sort()
    seen: set[str] = set()
    result = []
    for _, phrase in found:
        if phrase not in seen:
            seen.add(phrase)
            result.append(phrase)
    return result


def is_crisis(text: str) -> bool:
    return bool(find_crisis(text))
