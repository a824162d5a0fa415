"""Round 35 (c35g): a general gate before the full panel, tried and NOT in the check (`assess` does not call it).

The gate: a panel that rests on ONE family of the acute tier (`lone_family`: every signal of the message, any level,
is of that family: no time, no means, no distress, no farewell, nobody else beside it), whose words do not speak of
life and death (`opinion.speaks_beyond`), and which the fitted second opinion finds ordinary (a message as short as a
corpus line read whole, a longer one whole and sentence by sentence, every reading under `LONE_FLOOR`) becomes the
gentle line, never nothing.

On the first-sight states of the outside sets it works (crisis corpus README, "Round 35 (c35g)"; figures by
tools/crisis_lone_gate.py): false panels 14 -> 9 on the design sets and 5 -> 2 on crisis-w (held out), no real line
moved. On the whole corpus as it is now it moves 9 real acuut lines to zorg (score 0.006-0.50: the score cannot tell a
real lone-family line from a harmless one), so it breaks the round's hard limit and stays out of `assess`.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from vraaghulp.coach.crisis.engine import Signal

__all__ = ["LONE_FLOOR", "lone_family", "lone_gate"]

# The score under which a lone family's panel becomes the gentle line. On the design sets' first sight the harmless
# lone panels scored 0.01-0.42 and the lowest real one 0.59 (a car parked at a bridge, "bin d'r klaar mee").
LONE_FLOOR = 0.5
_NOTE = "inschatting"  # the second opinion's own family (its notes are no signal of the rules)


def lone_family(signals: list[Signal]) -> str | None:
    """The one family of the acute tier when every signal of the message (any level) is of that family."""
    acute = {s.family for s in signals if s.level == "acuut"}
    if len(acute) != 1:
        return None
    family = next(iter(acute))
    if any(s.family not in (family, _NOTE) for s in signals):
        return None
    return family


def lone_gate(tier: str | None, families: tuple[str, ...], sentences: list[str], concepts: list[str],
              signals: list[Signal], first_person: frozenset[str],
              short: bool = True) -> tuple[str | None, tuple[str, ...], Signal | None]:
    """The tier after the gate, its families, and the gate's note (None: no change). A message as short as a corpus
    line (`short`) is scored whole, as the score was fitted; a longer one whole and sentence by sentence, the most
    worrying reading counting."""
    if tier != "acuut" or lone_family(signals) is None:
        return tier, families, None
    from vraaghulp.coach.crisis.opinion import features, pieces, score, speaks_beyond

    if speaks_beyond(sentences):
        return tier, families, None
    readings = [sentences] if short else [sentences] + pieces(sentences, short=False)
    value = max(score(features(piece, concepts, signals, first_person)) for piece in readings)
    if value >= LONE_FLOOR:
        return tier, families, None
    from vraaghulp.coach.crisis.engine import Signal

    return "zorg", families, Signal(_NOTE, "hint", f"score {value:.3f}, één familie zonder meer")
