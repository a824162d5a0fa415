"""The silence in steps 3 and 6 of the conversation: a countdown that Enter ends early.

`countdown()` is the logic, with an injectable clock and wait so tests run it on a fake
clock; the terminal around it (keys, the drawn countdown) is `flows.silence`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

ENTER = "enter"
INTERRUPT = "interrupt"


@dataclass(frozen=True)
class SilenceResult:
    planned: int
    waited: float
    ended_early: bool


async def countdown(
    seconds: int,
    *,
    wait: Callable[[float], Awaitable[str | None]],
    clock: Callable[[], float] = time.monotonic,
    on_tick: Callable[[float, int], None] = lambda remaining, total: None,
) -> SilenceResult:
    """Count down `seconds`, calling on_tick(remaining, total) on every whole second.

    `wait(timeout)` waits at most `timeout` seconds for a key and returns ENTER,
    INTERRUPT or None (nothing pressed).
    """
    if seconds <= 0:
        return SilenceResult(0, 0.0, False)
    start = clock()
    while True:
        elapsed = clock() - start
        remaining = max(0.0, seconds - elapsed)
        on_tick(remaining, seconds)
        if remaining <= 0:
            return SilenceResult(seconds, float(seconds), False)
        # Sleep until the shown number changes (ceil(remaining) goes down by one).
        step = remaining - (math.ceil(remaining) - 1)
        event = await wait(max(0.01, min(1.0, step)))
        if event == INTERRUPT:
            raise KeyboardInterrupt
        if event == ENTER:
            return SilenceResult(seconds, min(float(seconds), clock() - start), True)


def clock_text(remaining: float) -> str:
    """'1:00', '0:09' — whole seconds, rounded up so the clock never shows 0:00 too early."""
    whole = max(0, math.ceil(remaining - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"
