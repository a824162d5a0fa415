"""The console script. Everything goes through `cli.run`; nothing heavy is imported here.

`cli` parses plain lines of light commands (`kaart`, the `log` views, ...) without Typer,
so those stay quick at every shell start and over a large journal.
"""

from __future__ import annotations

import sys


def _stop(signum, _frame) -> None:
    """A closed terminal (SIGHUP) or a shutdown (SIGTERM): leave through every `finally`, so
    temporary files and editor copies are removed and the editor is stopped."""
    raise SystemExit(128 + signum)


def _catch_stop_signals() -> None:
    import signal

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            try:
                if signal.getsignal(number) is signal.SIG_DFL:
                    signal.signal(number, _stop)
            except (OSError, ValueError):  # not the main thread, or not allowed here
                pass


def main(argv: list[str] | None = None) -> None:
    from vraaghulp.cli import run

    _catch_stop_signals()
    sys.exit(run(list(sys.argv[1:] if argv is None else argv)))
