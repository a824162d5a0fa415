"""Rich output: the one place that makes consoles and wraps user text for Rich.

User text is always wrapped in `rich.text.Text` after `clean()`: it is never parsed as Rich
markup or emoji codes, and control/escape sequences never reach the terminal. Rich itself
is imported inside the functions, so importing this module costs nothing.
"""

from __future__ import annotations

from vraaghulp.light.text import clean


SHOWN_LIMIT = 120_000  # characters of one text a screen shows (some fifty pages); the rest is in --json and exports


def user(text: str | None, style: str = ""):
    """User text as a Rich Text: printed literally, never interpreted; a very long text is cut
    at SHOWN_LIMIT characters with a note (wrapping a whole megabyte would take minutes)."""
    from rich.text import Text

    if text and len(text) > SHOWN_LIMIT:
        from vraaghulp.messages import t

        shown = clean(text[:SHOWN_LIMIT]) + t("algemeen.ingekort", aantal=f"{len(text) - SHOWN_LIMIT:,}".replace(",", "."))
        return Text(shown, style=style)
    return Text(clean(text), style=style)


def text(value: str = "", style: str = ""):
    """Our own text (a catalogue message) as a Rich Text: no markup, no emoji codes."""
    from rich.text import Text

    return Text(value, style=style)


def make_console(stderr: bool = False, width: int | None = None, file=None):
    """A Rich console with markup for our own templates only; no emoji, no highlighting.

    On a wide terminal panels and text stop at a comfortable width (`plain.TEXT_WIDTH`).
    """
    from vraaghulp.light.plain import TEXT_WIDTH

    console = _console_class()(
        stderr=stderr,
        file=file,
        width=width,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
    if width is None and console.width > TEXT_WIDTH:
        console.width = TEXT_WIDTH
    return console


def fields_grid(rows):
    """Label and value pairs in two columns; rows without a value are left out."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in rows:
        if value is None or value == "":
            continue
        grid.add_row(label, value if not isinstance(value, str) else text(value))
    return grid


def panel(parts, title: str, padding=(0, 1), align: str = "left"):
    """One record in full: its parts in a cyan panel with the title on the left."""
    from rich.console import Group
    from rich.panel import Panel

    return Panel(Group(*parts), title=title, title_align=align, border_style="cyan", padding=padding)


_CONSOLE = []


def _console_class():
    """Rich's Console, except that a closed pipe is a BrokenPipeError for the CLI to handle like
    everywhere else (Rich itself would leave with exit code 1 and re-point file descriptor 1)."""
    if not _CONSOLE:
        from rich.console import Console

        class QuietConsole(Console):
            def on_broken_pipe(self) -> None:
                import errno
                import os

                raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

        _CONSOLE.append(QuietConsole)
    return _CONSOLE[0]
