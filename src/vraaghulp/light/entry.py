"""The console script. Everything goes through `cli.run`; nothing heavy is imported here.

`cli` parses plain lines of light commands (`kaart`, the `log` views, ...) without Typer,
so those stay quick at every shell start and over a large journal.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    from vraaghulp.cli import run

    sys.exit(run(list(sys.argv[1:] if argv is None else argv)))
