"""The one-time welcome: this is practice, not therapy; where help is."""

from __future__ import annotations

from vraaghulp.profile import first_run_note

__all__ = ["first_run_note", "greet"]


def greet(out) -> None:
    """Print the note on a console when it is due (interactive commands)."""
    note = first_run_note()
    if note is not None:
        out.print(note + "\n", style="italic", markup=False)
