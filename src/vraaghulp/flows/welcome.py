"""The one-time welcome: this is practice, not therapy; where help is."""

from __future__ import annotations

from vraaghulp.profile import first_run_note

__all__ = ["first_run_note", "greet"]


def shell_offer(environ) -> str | None:
    """The gentle tip about `vraaghulp init`, once (then it is marked as offered); None afterwards."""
    from vraaghulp.light.shells import APPEND, guess_shell
    from vraaghulp.messages import t
    from vraaghulp.profile import load_profile, mark_once

    if load_profile().shell_offered or not mark_once("shell_offered"):
        return None  # offered before, or it could not be remembered: better unsaid than said each time
    shell = guess_shell(environ)
    if shell is None:
        return t("init.aanbod_algemeen")
    return t("init.aanbod", opdracht=APPEND[shell])


def greet(out) -> None:
    """Print the note on a console when it is due (interactive commands)."""
    note = first_run_note()
    if note is not None:
        out.print(note + "\n", style="italic", markup=False)
