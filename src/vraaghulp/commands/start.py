"""`vraaghulp` without a command: the start screen; and `vraaghulp --version`."""

from __future__ import annotations

from vraaghulp.spec import Command, option


def run(env, values):
    from vraaghulp.result import Result

    if values.version:
        from vraaghulp import __version__
        from vraaghulp.messages import t

        return Result().line(t("algemeen.versie", versie=__version__))
    from vraaghulp.light.card import today_text
    from vraaghulp.paths import data_dir
    from vraaghulp.vault.detect import is_locked

    if is_locked(data_dir()):  # never a passphrase question on the start screen
        from vraaghulp.messages import t

        return Result().line(today_text(env.today())).line("").line(t("kluis.status.vergrendeld_start"))
    from vraaghulp.coach.progress import Progress
    from vraaghulp.flows.welcome import first_run_note
    from vraaghulp.profile import load_profile
    from vraaghulp.render.start import start_screen

    note = first_run_note()
    progress = Progress()
    for _number, data in env.journal.iter_dicts():
        progress.add(data)
    return start_screen(Result(), progress, today_text(env.today()), load_profile().partner, note)


SPEC = Command("vraaghulp", key="algemeen", light=True, run=run, params=(
    option("version", "--version", "-V", kind="flag", eager=True),
))
