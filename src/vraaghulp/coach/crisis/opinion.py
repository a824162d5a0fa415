"""Step 5 of the crisis check: a fitted second opinion that can only add the gentle tier.

When the rules find nothing, a logistic score over features of the message decides whether
it still gets the gentle line (tier ``zorg``, family ``inschatting``). It never gives the
full panel and never silences a rule. The weights live in ``content/nl/crisis_gewichten.json``
(fitted by ``tools/crisis_net_fit.py`` on the crisis corpus; its header says how); they are
read the first time a message reaches this step. Standard library only.

The features (`features`), over the masked, normalised sentences the rules saw:

- ``c:<begrip>``: a concept of ``crisis_begrippen.toml`` found in the message;
- ``s:<familie>``: a hint-level signal of a rule (a weak phrase no rule weighs on its own);
- ``w:<woord>`` and ``b:<woord>_<woord>``: the words and word pairs of each sentence;
- ``v:...``: a few shapes: the writer speaks of themself, a negation near a word of living
  or dying, a word of finality, and both of the last two with the writer.
"""

from __future__ import annotations

import math

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

    from vraaghulp.coach.crisis.engine import Signal

__all__ = ["FAMILY", "WEIGHTS_FILE", "features", "score", "second_opinion", "weights"]

FAMILY = "inschatting"  # the reason code of a gentle line given by the score alone
WEIGHTS_FILE = "crisis_gewichten.json"

_SKIP = frozenset((".", "!", "?", ";", "|", ",", ":"))
_NEGATIONS = frozenset(("niet", "geen", "nooit", "nie", "ni"))
_LIVING = frozenset(("leven", "levend", "dood", "sterven", "wakker", "bestaan", "verder", "doorgaan", "hier",
                     "overleven", "volhouden", "vol", "aan", "meer"))
_FINAL = frozenset(("laatste", "voorgoed", "afscheid", "eind", "einde", "klaar", "nooit", "vaarwel", "straks",
                    "binnenkort", "vannacht", "vanavond", "definitief", "allerlaatste", "weg"))
_NEAR = 3  # how many words before a living word a negation may stand


def features(sentences: list[str], concepts: list[str], signals: list[Signal], first_person: frozenset[str]) -> set[str]:
    """The feature names of one message (see the module docstring)."""
    found = {f"c:{name}" for name in concepts}
    found.update(f"s:{s.family}" for s in signals if s.level == "hint")
    me = negated_life = final = False
    for sentence in sentences:
        words = [w for w in sentence.split() if w not in _SKIP]
        for i, word in enumerate(words):
            found.add(f"w:{word}")
            if i:
                found.add(f"b:{words[i - 1]}_{word}")
            me = me or word in first_person
            final = final or word in _FINAL
            if word in _LIVING and any(w in _NEGATIONS for w in words[max(0, i - _NEAR):i]):
                negated_life = True
    for name, present in (("ik", me), ("ontkend-leven", negated_life), ("finaal", final)):
        if present:
            found.add(f"v:{name}")
            if me and name != "ik":
                found.add(f"v:{name}+ik")
    return found


_loaded: list[dict[str, Any]] = []  # the weights, once read (a list: no functools import needed)


def weights() -> dict[str, Any]:
    """The fitted model: {"drempel", "bias", "gewichten": {feature: weight}, ...}; read once."""
    if not _loaded:
        import json

        from vraaghulp.coach.crisis.files import path

        try:
            with open(path(WEIGHTS_FILE), encoding="utf-8") as handle:
                model = json.load(handle)
        except (OSError, ValueError):
            model = {"drempel": 2.0, "bias": 0.0, "gewichten": {}}  # no file: the score never speaks
        _loaded.append(model)
    return _loaded[0]


def score(found: set[str], model: dict[str, Any] | None = None) -> float:
    """The probability (0..1) the model gives that the message needs care."""
    model = model or weights()
    table = model["gewichten"]
    z = model["bias"] + sum(table.get(name, 0.0) for name in found)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def second_opinion(sentences: list[str], concepts: list[str], signals: list[Signal],
                   first_person: frozenset[str]) -> Signal | None:
    """A zorg signal of family `FAMILY` when the score reaches the threshold, else None.

    Its phrase names the score and the features that weighed most (shown, never stored).
    """
    from vraaghulp.coach.crisis.engine import Signal

    model = weights()
    found = features(sentences, concepts, signals, first_person)
    value = score(found, model)
    if value < model["drempel"]:
        return None
    table = model["gewichten"]
    top = sorted((name for name in found if table.get(name, 0.0) > 0), key=lambda n: -table[n])[:3]
    return Signal(FAMILY, "zorg", f"score {value:.2f} ({', '.join(top)})")
