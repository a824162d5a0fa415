"""`vraaghulp` without a command: the start screen; and `vraaghulp --version`.

Light: the start screen is plain text (`light.start`) over counts of the journal
(`store.counts`), so it stays quick at any journal size.
"""

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
    from vraaghulp.light.logview import screen_of, usable_row
    from vraaghulp.light.plain import paragraphs
    from vraaghulp.light.start import start_pieces
    from vraaghulp.profile import first_run_note, stored_partner
    from vraaghulp.store.counts import counts_memo, tally

    note = first_run_note()
    progress = Progress()
    tally(env.journal.path, progress, usable_row, memo=counts_memo(env.journal.path))  # what `log` shows
    pieces = start_pieces(progress, today_text(env.today()), stored_partner(), note)
    width, color = screen_of(env.stdout)
    return Result().plain(paragraphs(pieces, width, color))


SPEC = Command("vraaghulp", key="algemeen", light=True, run=run, params=(
    option("version", "--version", "-V", kind="flag", eager=True),
))
