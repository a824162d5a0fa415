"""`vraaghulp export`: your log as a file to take to a counsellor (md), a spreadsheet (csv) or JSON.

Files are written with mode 0600 and never over an existing file unless --overschrijf is
given. Without -o the export goes to standard output.
"""

from __future__ import annotations

from vraaghulp.schema import KINDS
from vraaghulp.spec import Command, option

FORMATS = ("md", "csv", "json")


def choose_format(formaat: str | None, target) -> str:
    if formaat is not None:
        return formaat
    if target is not None:
        suffix = target.suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return suffix
        if suffix == "markdown":
            return "md"
    return "md"


def run(env, values):
    from vraaghulp.coach.filters import build_filters
    from vraaghulp.render.report import render, saved_note
    from vraaghulp.result import Result
    from vraaghulp.store.files import check_output, write_private_file
    from vraaghulp.store.queries import collect

    fmt = choose_format(values.formaat, values.uitvoer)
    env.bare = values.uitvoer is None  # the export itself is on stdout: anything for people goes to stderr
    env.check_texts(values.persoon)
    filters = build_filters(van=values.van, tot=values.tot, persoon=values.persoon, soort=values.soort, today=env.today())
    target = values.uitvoer
    if target is not None:
        target = check_output(target, overwrite=values.overschrijf, example=f"vraaghulp.{fmt}")
    _plain_text_agreed(env, values)
    records, overview = collect(env.journal, filters)
    text = render(fmt, records, overview, filters, today=env.today())
    if target is None:
        return Result().plain(text)
    write_private_file(target, text.encode("utf-8"), overwrite=values.overschrijf)
    return Result().line(saved_note(target, len(records), fmt), stderr=True)


def _plain_text_agreed(env, values) -> None:
    """An encrypted journal exported is plain text: only after a yes (--ja or the terminal)."""
    from vraaghulp.store import codec

    if values.ja or not codec.encrypted():
        return
    from vraaghulp.errors import MissingOptions, VraaghulpError
    from vraaghulp.messages import t

    if not env.stdin_tty:
        raise MissingOptions("export", ["--ja"])
    out = env.console(stderr=True)
    if not env.prompter(out).confirm(t("export.onversleuteld"), default=False):
        raise VraaghulpError(t("export.niet_geexporteerd"))


SPEC = Command("export", run=run, params=(
    option("formaat", "--formaat", "-f", metavar="md|csv|json", choices=FORMATS),
    option("van", "--van", metavar="DATUM"),
    option("tot", "--tot", metavar="DATUM"),
    option("persoon", "--persoon", "-p", metavar="NAAM", text=True),
    option("soort", "--soort", "-s", metavar="SOORT", choices=KINDS),
    option("uitvoer", "--uitvoer", "-o", kind="path", metavar="PAD"),
    option("overschrijf", "--overschrijf", kind="flag"),
    option("ja", "--ja", kind="flag"),
))
