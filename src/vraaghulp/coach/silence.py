"""The silence in steps 3 and 6 of the conversation: a countdown that Enter ends early.

`countdown()` is the logic, with an injectable clock and wait so tests run it on a fake
clock. `run_silence()` is the terminal version: Enter starts it, it draws the countdown with Rich and
listens for keys through prompt_toolkit's portable input (POSIX and Windows), in raw mode,
so keys pressed during the silence never leak into the next question. Ctrl-C during the
silence raises KeyboardInterrupt as everywhere else.
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


def run_silence(
    seconds: int, console, *, label: str, key_hint: str, start_hint: str, listen: bool
) -> SilenceResult:
    """The silence in a terminal.

    `listen` (only when stdin is a terminal): Enter starts the silence, and Enter again
    ends it early. Without it the countdown starts at once and simply runs out.
    """
    import asyncio

    if seconds <= 0:
        return SilenceResult(0, 0.0, False)

    from rich.live import Live

    from vraaghulp.render.gesprek import silence_view

    started = [not listen]

    def view(remaining: float):
        hint = (key_hint if started[0] else start_hint) if listen else ""
        return silence_view(label, hint, remaining, seconds)

    if not console.is_terminal:
        # Not drawn live (output is redirected): one line, then the same wait.
        console.print(f"{label}: {seconds} seconden.")
        return asyncio.run(_run(seconds, lambda r, t: None, listen, lambda: None))

    def begin() -> None:
        started[0] = True

    with Live(view(seconds), console=console, transient=True, auto_refresh=False) as live:
        return asyncio.run(_run(seconds, lambda r, t: live.update(view(r), refresh=True), listen, begin))


async def _run(seconds: int, on_tick, listen: bool, on_start) -> SilenceResult:
    import asyncio

    if not listen:

        async def sleep_only(timeout: float) -> str | None:
            await asyncio.sleep(timeout)
            return None

        return await countdown(seconds, wait=sleep_only, on_tick=on_tick)

    from prompt_toolkit.input import create_input
    from prompt_toolkit.keys import Keys

    keys = create_input()
    events: asyncio.Queue[str] = asyncio.Queue()

    def on_keys() -> None:
        for press in keys.read_keys():
            if press.key in (Keys.ControlM, Keys.ControlJ, Keys.Enter):
                events.put_nowait(ENTER)
            elif press.key in (Keys.ControlC, Keys.ControlD):
                events.put_nowait(INTERRUPT)
            # Any other key is swallowed: it must not end up in the next question.

    async def wait(timeout: float) -> str | None:
        try:
            return await asyncio.wait_for(events.get(), timeout)
        except asyncio.TimeoutError:
            return None

    with keys.raw_mode(), keys.attach(on_keys):
        # First Enter starts the silence (the people decide when they are ready).
        while True:
            event = await events.get()
            if event == INTERRUPT:
                raise KeyboardInterrupt
            if event == ENTER:
                break
        on_start()
        return await countdown(seconds, wait=wait, on_tick=on_tick)
