"""`vraaghulp log`: look back at asks, scripts and conversations.

The table (`log`) and the overview (`log overzicht`) are light: parsed without Typer and
drawn in plain text from the stored dicts (`light.logview`). One entry in full (`toon`),
changing (`bewerk`) and removing (`wis`) one entry use Rich and pydantic.
"""

from __future__ import annotations

from vraaghulp.spec import Command, argument, option
from vraaghulp.schema import KINDS, STATUSES


def _filters(env, values, **more):
    from vraaghulp.coach.filters import build_filters

    return build_filters(van=values.van, tot=values.tot, persoon=values.persoon, today=env.today(), **more)


def show_list(env, values):
    from vraaghulp.light.logview import DEFAULT_COUNT, list_text, screen_of
    from vraaghulp.result import Result

    filters = _filters(env, values, soort=values.soort, status=values.status, zoek=values.zoek)
    _check_then_release(env, values.zoek, values.persoon)
    if env.json:
        return Result(items=_items(env.journal, filters, values.aantal), stream=True)
    width, color = screen_of(env.stdout)
    text = list_text(env.journal.path, filters, values.aantal or DEFAULT_COUNT, width=width, color=color,
                     today=env.today())
    return Result().plain(text)


def _check_then_release(env, *texts) -> None:
    """The crisis check of the filter texts before the scan, and its rules let go of after it:
    the scan of a large journal reuses that memory instead of adding to it."""
    env.check_texts(*texts)
    if any(text and text.strip() for text in texts):
        from vraaghulp.coach.crisis import release_rules

        release_rules()


def _items(journal, filters, count: int | None):
    """The records as JSON items, oldest first, read as they are written out."""
    journal.check_target()  # a directory or symlink fails before the envelope starts
    if count is not None:
        from vraaghulp.models import record_dict
        from vraaghulp.store import queries

        records, _total = queries.select(journal, filters, count)
        return [record_dict(r) for r in records]
    return _streamed(journal, filters)


def _streamed(journal, filters):
    """Every matching record as a JSON item, streamed: a record stored exactly as the model writes
    it is passed on as the stored line, without its version stamps (`light.records.shown_line`);
    anything else (an older layout, an encrypted line) is validated. Tombstones are skipped."""
    from vraaghulp.coach.filters import make_matcher
    from vraaghulp.light.records import shown_line
    from vraaghulp.result import RawJSON
    from vraaghulp.store import read
    from vraaghulp.vault.detect import ENC_PREFIX

    matcher = make_matcher(filters) if filters.active() else None
    for number, raw in read.iter_raw(journal.path):
        try:
            data = read.decode_line(raw)
        except ValueError as exc:
            read.report_line(journal.path, number, str(exc))
            continue
        if read.DELETED in data or (matcher is not None and not matcher(data)):
            continue
        line = None if raw.startswith(ENC_PREFIX) else shown_line(raw, data)  # as read.decode_line tells
        if line is not None:
            yield RawJSON(line)
            continue
        from vraaghulp.models import record_dict

        record = journal.validated(number, data)
        if record is not None:
            yield record_dict(record)


def show_one(env, values):
    from vraaghulp.messages import t
    from vraaghulp.models import record_dict
    from vraaghulp.result import Result

    from vraaghulp.flows.clashes import clash_items, clash_lines

    versions = env.journal.versions(values.record_id)
    newest = versions[-1]
    _record, stored = env.journal.find_stored(newest.id)
    items = [record_dict(record) for record in versions]
    clashes = clash_items(stored)
    if clashes:  # two devices changed one field: both values stay findable
        items[-1]["botsingen"] = clashes
    result = Result(items=items)
    if len(versions) > 1:  # one id on several lines (a journal copied between devices)
        result.say(t("log.toon.versies", aantal=len(versions), id=newest.id), "yellow")
    for record in versions:
        result.show(_detail(env.journal, record))
    for line in clash_lines(newest.id, stored):
        result.say(line, "yellow")
    return result.say(t("log.toon.verder", id=newest.id), "dim")


def _detail(journal, record):
    from vraaghulp.store import queries
    from vraaghulp.views import of

    if record.kind == "script":
        return of("script").detail(record, queries.asks_testing(journal, record.id))
    if record.kind == "vraag" and record.script_id:
        try:
            script = journal.find(record.script_id)
        except Exception:  # noqa: BLE001 - a removed script only loses its sentence here
            script = None
        return of("vraag").detail(record, script if getattr(script, "kind", None) == "script" else None)
    return of(record.kind).detail(record)


def show_overview(env, values):
    from vraaghulp.light.logview import overview_of, overview_text, screen_of
    from vraaghulp.messages import t
    from vraaghulp.result import Result

    filters = _filters(env, values)
    result = overview_of(env.journal.path, filters)
    if env.json:
        payload = result.to_dict(unit=values.per, until=filters.end or env.today())
        payload.update(van=filters.start.isoformat() if filters.start else None,
                       tot=filters.end.isoformat() if filters.end else None, persoon=filters.person)
        return Result(items=[payload])
    targets = _snapshot_targets(values)
    width, color = screen_of(env.stdout)
    shown = Result().plain(overview_text(result, filters, unit=values.per, width=width, color=color, today=env.today()))
    for kind, path in targets:
        from vraaghulp.render.snapshot import SAVE_WIDTH, snapshot
        from vraaghulp.store.files import write_private_file

        text = overview_text(result, filters, unit=values.per, width=SAVE_WIDTH, color=True, today=env.today())
        write_private_file(path, snapshot(text, kind).encode("utf-8"))
        line = t(f"log.overzicht.opgeslagen.{kind}", pad=path)
        shown.line(f"\x1b[2m{line}\x1b[0m" if color else line)
    return shown


def _snapshot_targets(values) -> list:
    """(kind, checked path) for --svg and --html, checked before anything is shown."""
    from vraaghulp.store.files import check_output

    return [(kind, check_output(path, overwrite=values.overschrijf, example=f"overzicht.{kind}"))
            for kind, path in (("svg", values.svg), ("html", values.html)) if path is not None]


def edit(env, values):
    from vraaghulp.flows.edit import edit as edit_flow

    return edit_flow(env, values.record_id, values.veld)


def delete(env, values):
    if values.ja:  # a script's way to remove: light in a plain folder
        from vraaghulp.light.update import delete as delete_light

        result = delete_light(env, values.record_id)
        if result is not None:
            return result
    from vraaghulp.flows.edit import delete as delete_flow

    return delete_flow(env, values.record_id, confirmed=values.ja)


def _period(*extra):
    return (option("van", "--van", metavar="DATUM"), option("tot", "--tot", metavar="DATUM"),
            option("persoon", "--persoon", "-p", metavar="NAAM", text=True), *extra)


def _record_id():
    return argument("record_id", metavar="ID", required=True)


SPEC = Command("log", light=True, run=show_list, params=_period(
    option("soort", "--soort", "-s", metavar="SOORT", choices=KINDS),
    option("status", "--status", metavar="STATUS", choices=STATUSES),
    option("zoek", "--zoek", "-z", metavar="TEKST", text=True),
    option("aantal", "--aantal", "-n", kind="int", metavar="AANTAL", scale=(1, None), scale_message="log.aantal_bereik"),
    option("json", "--json", kind="flag"),
), subcommands=(
    Command("toon", key="log.toon", run=show_one, params=(_record_id(), option("json", "--json", kind="flag"))),
    Command("overzicht", key="log.overzicht", light=True, run=show_overview, params=_period(
        option("per", "--per", metavar="WEEK|MAAND", choices=("week", "maand")),
        option("svg", "--svg", kind="path", metavar="PAD"),
        option("html", "--html", kind="path", metavar="PAD"),
        option("overschrijf", "--overschrijf", kind="flag"),
        option("json", "--json", kind="flag"),
    )),
    Command("bewerk", key="log.bewerk", run=edit, params=(
        _record_id(), option("veld", "--veld", kind="list", metavar="NAAM=WAARDE"),
    )),
    Command("wis", key="log.wis", light=True, run=delete, params=(_record_id(), option("ja", "--ja", kind="flag"))),
))
