"""The silence in a terminal: Enter starts it, the countdown is drawn with Rich, Enter ends it.

Keys are read through prompt_toolkit's portable input (POSIX and Windows), in raw mode, so
keys pressed during the silence never leak into the next question. Ctrl-C during the
silence raises KeyboardInterrupt as everywhere else. The counting itself is
`coach.silence.countdown`.
"""

from __future__ import annotations

from vraaghulp.coach.silence import ENTER, INTERRUPT, SilenceResult, countdown


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
        from vraaghulp.messages import t

        console.print(t("gesprek.stilte_regel", label=label, seconden=seconds), markup=False)
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
