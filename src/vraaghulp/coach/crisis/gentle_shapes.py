"""The gentle line where the rules gave no tier: the floors `assess` asks last (round 53, c53a, from c52a's
`_gentle_floor`; a module of its own so that the package's `__init__` stays under 16,000 bytes, see
tests/test_crisis_split47.py).

In order, the first that speaks: round 47 review (c47r, `release`), a release word lowers to the gentle line, never to
nothing; round 52 (c52a, `heavy_tired`), exhaustion beside a heavy, lasting state of the writer's own; round 52 (c52a,
`story_self`), a story's farewell or jump the writer takes to themselves. Each gives `zorg` at most, never the panel.

`reading` is the text's first reading, made once by `assess` and passed on: the two shapes of c52a read it instead of
normalising the text again (about 2.5 ms on a 2,000-character text with an exhaustion word). Only a text with a crying
emoji is read once more (`read`), with the emoji as a clause end (the normaliser drops it).
"""

from __future__ import annotations

from collections.abc import Callable

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["floor"]


def floor(text: str, reading: str, assess: Callable, read: Callable[[str], str]) -> Signal | None:
    """The gentle line's signal, or None. `assess` is the package's check (the release floor reads the text once more
    without its release words), `read` the package's `normalised` (only for a text with a crying emoji)."""
    from vraaghulp.coach.crisis.release import floor as release

    note = release(text, assess)
    if note is None:
        from vraaghulp.coach.crisis.heavy_tired import signal as heavy_tired

        note = heavy_tired(text, reading, read)
    if note is None:
        from vraaghulp.coach.crisis.story_self import signal as story_self

        note = story_self(text, reading)
    return note
