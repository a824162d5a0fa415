"""Questions to the journal that return validated records (pydantic, imported inside).

The light views read plain dicts (`store.read`); these answer the views that need whole
records: `log --json`, `log toon`, `script --lijst`, `export`. Lines that are not valid
records are reported (`Journal.validated`) and left out.
"""

from __future__ import annotations


class ScriptWithAsks:
    """A script and the asks that tested it (oldest first)."""

    __slots__ = ("script", "asks")

    def __init__(self, script, asks: list) -> None:
        self.script, self.asks = script, asks


def select(journal, filters, count: int | None) -> tuple[list, int | None]:
    """The last `count` matching records (file order) and how many matched in total.

    Without filters only the end of the file is read, and the total is unknown (None)
    unless the whole file was read.
    """
    from vraaghulp.coach.filters import last_matching, make_matcher
    from vraaghulp.store.read import tail_kept

    if not filters.active() and count is not None:
        from vraaghulp.invalid import short_reason
        from vraaghulp.messages import t
        from vraaghulp.models import parse_record

        def convert(data):
            try:
                return parse_record(data)
            except Exception as exc:  # noqa: BLE001 - pydantic or migration errors
                raise ValueError(t("opslag.klopt_niet", reden=short_reason(exc))) from None

        return tail_kept(journal.path, count, convert)
    kept, total = last_matching(journal.iter_dicts(), make_matcher(filters), count)
    records = [r for r in (journal.validated(number, data) for number, data in kept) if r is not None]
    return records, total


def collect(journal, filters) -> tuple[list, object]:
    """Validated records (oldest first) and the overview of the same selection, in one pass."""
    from vraaghulp.coach.filters import make_matcher
    from vraaghulp.coach.overview import Overview

    matcher = make_matcher(filters)
    overview = Overview()
    records = []
    for number, data in journal.iter_dicts():
        if not matcher(data):
            continue
        record = journal.validated(number, data)
        if record is not None:
            records.append(record)
            overview.add(data)
    return records, overview


def asks_testing(journal, script_id: str) -> list:
    """The asks that tested this script, oldest first (streamed; validated only when linked)."""
    asks = []
    for number, data in journal.iter_dicts():
        if data.get("soort") == "vraag" and data.get("script") == script_id:
            record = journal.validated(number, data)
            if record is not None:
                asks.append(record)
    return asks


def count_links(journal, script_id: str) -> int:
    return sum(1 for _n, data in journal.iter_dicts() if data.get("soort") == "vraag" and data.get("script") == script_id)


def scripts_with_asks(journal) -> list[ScriptWithAsks]:
    """Every script (oldest first) with the asks that tested it; reads the journal once.

    Only script records and asks that point at a script are fully validated, so this
    stays quick on a long journal.
    """
    scripts: dict[str, ScriptWithAsks] = {}
    linked = []
    for number, data in journal.iter_dicts():
        kind = data.get("soort")
        if kind == "script" or (kind == "vraag" and data.get("script")):
            record = journal.validated(number, data)
            if record is None:
                continue
            if kind == "script":
                scripts[record.id] = ScriptWithAsks(record, [])
            else:
                linked.append(record)
    for ask in linked:
        entry = scripts.get(ask.script_id or "")
        if entry is not None:
            entry.asks.append(ask)
    return list(scripts.values())
