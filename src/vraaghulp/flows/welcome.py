"""The one-time welcome: this is practice, not therapy; where help is."""

from __future__ import annotations

from vraaghulp.profile import first_run_note

__all__ = ["first_run_note", "greet"]


def shell_offer(environ) -> str | None:
    """The gentle tip about `vraaghulp init`, once (then it is marked as offered); None afterwards."""
    from vraaghulp.light.shells import APPEND, guess_shell
    from vraaghulp.messages import t
    from vraaghulp.profile import load_profile, update_profile

    if load_profile().shell_offered:
        return None
    due = []

    def mark_offered(profile):
        due.append(not profile.shell_offered)
        return profile.model_copy(update={"shell_offered": True})

    try:
        update_profile(mark_offered, explicit=False)  # a damaged profile stays as it is (then: no tip)
    except Exception:  # noqa: BLE001 - a tip is not worth failing over; better unsaid than said each time
        return None
    if not (due and due[0]):
        return None
    shell = guess_shell(environ)
    if shell is None:
        return t("init.aanbod_algemeen")
    return t("init.aanbod", opdracht=APPEND[shell])


def greet(out) -> None:
    """Print the note on a console when it is due (interactive commands)."""
    note = first_run_note()
    if note is not None:
        out.print(note + "\n", style="italic", markup=False)
