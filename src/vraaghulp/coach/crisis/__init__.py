"""Crisis-language detection: does a text need the help panel, a gentle line, or nothing?

Pure and private: no I/O besides reading the rules from ``content/nl/crisis_signalen.toml``
once, lazily, on the first check (importing this package loads and compiles nothing). A
detection is only ever shown, never stored.

- `assess(text)` -> `Assessment(tier, families, signals)`; `tier` is ``"acuut"`` (show the
  full panel), ``"zorg"`` (one gentle line, the flow goes on) or ``None``.
- `is_crisis(text)`: exactly "the tier is acuut" (krimp and the panel rely on this).
- `tier_of(text)`: just the tier.

How it works: `normalise` brings the text into one plain written form (chat spelling,
dialect, typos, missing spaces), `rules` reads the signal families, exclusions and
combinations from the content file, `engine` finds the signals and weighs them.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing alone costs milliseconds
if TYPE_CHECKING:
    from vraaghulp.coach.crisis.engine import Signal
    from vraaghulp.coach.crisis.rules import Rules

__all__ = ["ACUUT", "ZORG", "Assessment", "assess", "is_crisis", "tier_of", "compiled_rules", "normalised"]

ACUUT = "acuut"
ZORG = "zorg"
RULES_FILE = "crisis_signalen"
CONCEPTS_FILE = "crisis_begrippen"
KEYS_FILE = "crisis_sleutels.json"


class Assessment:
    """What the check found: the tier, the families that made it, every signal."""

    __slots__ = ("tier", "families", "signals")

    def __init__(self, tier: str | None, families: tuple[str, ...] = (), signals: tuple[Signal, ...] = ()) -> None:
        self.tier = tier  # "acuut", "zorg" or None
        self.families = families  # the signal families that made the tier, deciding ones first
        self.signals = signals  # every signal found (family, level, phrase); shown, never stored

    def __bool__(self) -> bool:  # truthy when anything should be shown
        return self.tier is not None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Assessment) and (self.tier, self.families, self.signals) == (
            other.tier, other.families, other.signals)

    def __repr__(self) -> str:
        return f"Assessment(tier={self.tier!r}, families={self.families!r}, signals={self.signals!r})"


_built: list[Rules] = []  # the rules, once built (a list: no functools import needed)


def compiled_rules() -> Rules:
    """The rules from content/nl/crisis_signalen.toml, built once per process (lazily)."""
    if not _built:
        from vraaghulp.coach.crisis.rules import build
        from vraaghulp.coach.crisis.weigh import build_concepts
        from vraaghulp.content import load_toml

        rules = build(load_toml(RULES_FILE), stored_keys())
        rules.concepts = build_concepts(load_toml(CONCEPTS_FILE), rules)
        _built.append(rules)
    return _built[0]


def rules_are_built() -> bool:
    """Whether the rules were built in this process (for tests of the lazy start)."""
    return bool(_built)


def _content_json(name: str) -> dict:
    import json
    import os

    from vraaghulp.content import _content_dir_str

    try:
        with open(os.path.join(_content_dir_str(), name), encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def stored_keys() -> dict[str, list[list[str]] | None]:
    """The key words worked out ahead for every pattern (crisis_sleutels.json), if present.

    Without the file every pattern's keys are worked out on the spot: slower, never wrong.
    """
    return _content_json(KEYS_FILE)


def normalised(text: str) -> str:
    """The text as the patterns see it (the first reading; for tests and the eval)."""
    return compiled_rules().normaliser.readings(text or "")[0]


def assess(text: str | None) -> Assessment:
    """Weigh every crisis signal in `text`."""
    if not text or not text.strip():
        return Assessment(None)
    from vraaghulp.coach.crisis.engine import decide, scan
    from vraaghulp.coach.crisis.weigh import concept_signals

    compiled = compiled_rules()
    signals = []
    for reading in compiled.normaliser.readings(text):
        sentences, found = scan(compiled, reading)
        signals += [signal for signal, _n, _start in found]
        signals += concept_signals(compiled.concepts, sentences, found)
    tier, families = decide(compiled, signals)
    return Assessment(tier, families, tuple(dict.fromkeys(signals)))


def tier_of(text: str | None) -> str | None:
    """Just the tier: "acuut", "zorg" or None."""
    return assess(text).tier


def is_crisis(text: str | None) -> bool:
    """True when the text needs the full help panel (tier acuut)."""
    return assess(text).tier == ACUUT
