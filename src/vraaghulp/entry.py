"""The console-script entry point. Routes the light paths before anything heavy loads.

`vraaghulp kaart` runs at every shell start, so it never builds the Typer app: it goes
straight to `vraaghulp.card` (standard library only). The log table and overview go to
`vraaghulp.logview` (standard library only), so they stay light over a large journal.
`--version` is answered here too. Everything else, and whatever those fast paths leave
(they return None), goes to the Typer app in `vraaghulp.cli`.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args in (["--version"], ["-V"]):
        from vraaghulp import __version__

        print(f"vraaghulp {__version__}")
        sys.exit(0)
    if args and args[0] == "kaart":
        from vraaghulp.card import fast_main

        code = fast_main(args[1:])
        if code is not None:
            sys.exit(code)
    if args and args[0] == "log":
        from vraaghulp.logview import fast_main as log_main

        code = log_main(args[1:])
        if code is not None:
            sys.exit(code)
    from vraaghulp.cli import run

    sys.exit(run(args))
