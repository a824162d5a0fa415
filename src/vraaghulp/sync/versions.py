"""Version stamps for records kept on several devices, and the merge of two versions.

Pure functions over plain JSON dicts: no I/O, no pydantic, no wall clock.

Model: every field of a record is a multi-value register. Each value carries a *dot*, the
(device, counter) of the change that wrote it; the record carries a version vector `vv`
({device: highest counter seen}). Merging two versions keeps, per field, every value the
other side has not seen; a value the other side has seen and replaced is dropped. When both
sides changed one field since their shared version, both values survive: one is shown
(chosen deterministically), the others wait in a clash list until `resolve_clash`.

Records written before stamps existed ("legacy") get an implicit dot per field computed
from the value itself, so two devices holding the same old record agree on it, and two
different old versions of a field become a clash instead of one silently winning. An old
empty value (None) next to an old filled one stays stored but is not reported as a clash:
the filled value is shown (old versions carry no order, and dropping the empty one would
break the merge laws).

Deletion wins: a tombstone (id, kind, schema version, `verwijderd`, version vector; no
content) absorbs every other version of its record. `changed_since_delete` tells the
caller which live versions held changes the delete never saw, so it can back them up.

Stored form, under the key META of the record (fields stay where they are):
    {"vv": {device: counter}, "o": [device, 1],          # origin dot of a stamped record
     "d": {field: dot},                                  # fields whose dot is not the default
     "gezien": [hash, ...],                              # replaced legacy values (hashes)
     "botsingen": [{"veld": f, "waarde": v, "dot": dot}]}  # clash list
The default dot of a field is the origin dot, or for a legacy record its legacy dot.
"""

from __future__ import annotations

import json
from collections import namedtuple

TYPE_CHECKING = False  # annotations only: typing and dataclasses cost every light change (`light.update`)
if TYPE_CHECKING:
    from typing import Any

META = "_sync"
DELETED = "verwijderd"
IDENTITY = ("id", "soort", "v")
NOT_FIELDS = frozenset((*IDENTITY, META, DELETED))
LEGACY = "#"

Dot = tuple  # (device id, counter) or (LEGACY, value hash)

Clash = namedtuple("Clash", ("field", "current", "others"))
Clash.__doc__ = """A field changed on two devices: the value shown (`current`) and the others, as
(value, device or None) pairs."""


class _State:
    """A record in register form: per field, its values by dot."""

    __slots__ = ("identity", "vv", "seen", "entries", "origin", "order", "deleted")

    def __init__(self, identity: dict[str, Any], vv: dict[str, int] | None = None, seen: set[str] | None = None,
                 entries: dict[str, dict[Dot, Any]] | None = None, origin: Dot | None = None,
                 order: tuple[str, ...] = (), deleted: bool = False) -> None:
        self.identity = identity
        self.vv = {} if vv is None else vv
        self.seen = set() if seen is None else seen
        self.entries = {} if entries is None else entries
        self.origin = origin
        self.order = order
        self.deleted = deleted


# ----- public API ----------------------------------------------------------------------


def stamp_new(record: dict[str, Any], device: str) -> dict[str, Any]:
    """A new record as written by `device`: every field gets the origin dot (device, 1)."""
    _check_device(device)
    if META in record:
        raise ValueError("record already carries version stamps")
    out = dict(record)
    out[META] = {"vv": {device: 1}, "o": [device, 1]}
    return out


def stamp_change(old: dict[str, Any], new: dict[str, Any], device: str) -> dict[str, Any]:
    """`new` (the changed record) stamped on top of the stored version `old`.

    Fields whose value differs from what `old` shows get a new dot of `device`, which also
    settles any clash on them. Stamps in `new` itself are ignored.
    """
    _check_device(device)
    state = _load(old)
    if state.deleted:
        raise ValueError("cannot change a deleted record")
    values = {k: v for k, v in new.items() if k not in NOT_FIELDS}
    names = list(values) + [f for f in state.entries if f not in values]
    changed = {f: values.get(f) for f in names if f not in state.entries or not _same(values.get(f), _shown(state, f))}
    state.identity = {k: new[k] for k in IDENTITY if k in new} or state.identity
    state.order = tuple(dict.fromkeys([*values, *state.order]))
    if changed:
        _write(state, changed, device)
    return _dump(state)


def resolve_clash(record: dict[str, Any], field: str, value: Any, device: str) -> dict[str, Any]:
    """Settle the clash on `field` with `value` (which may be one of the clashing values)."""
    _check_device(device)
    state = _load(record)
    if state.deleted:
        raise ValueError("cannot change a deleted record")
    state.order = tuple(dict.fromkeys([*state.order, field]))
    _write(state, {field: value}, device)
    return _dump(state)


def tombstone(record: dict[str, Any], device: str) -> dict[str, Any]:
    """What remains of a deleted record: identity, `verwijderd`, version vector; no content."""
    _check_device(device)
    state = _load(record)
    if not state.deleted:
        state.vv[device] = state.vv.get(device, 0) + 1
    state.deleted = True
    return _dump(state)


def merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Merge two versions of one record (commutative, associative, idempotent)."""
    sa, sb = _load(a), _load(b)
    if sa.identity.get("id") != sb.identity.get("id") or sa.identity.get("soort") != sb.identity.get("soort"):
        raise ValueError("these are not versions of the same record")
    identity = dict(sa.identity)
    versions = [x for x in (sa.identity.get("v"), sb.identity.get("v")) if x is not None]
    if versions:
        identity["v"] = max(versions)
    vv = {d: max(sa.vv.get(d, 0), sb.vv.get(d, 0)) for d in sa.vv.keys() | sb.vv.keys()}
    if sa.deleted or sb.deleted:
        return _dump(_State(identity=identity, vv=vv, deleted=True))
    entries: dict[str, dict[Dot, Any]] = {}
    for name in sa.entries.keys() | sb.entries.keys():
        joined = _join_field(name, sa, sb)
        if joined:
            entries[name] = joined
    origins = [o for o in (sa.origin, sb.origin) if o is not None]
    merged = _State(
        identity=identity,
        vv=vv,
        seen=sa.seen | sb.seen,
        entries=entries,
        origin=min(origins, key=_dot_key) if origins else None,
        order=min(sa.order, sb.order) if set(sa.order) == set(sb.order) else tuple(sorted(entries)),
    )
    return _dump(merged)


def is_deleted(record: dict[str, Any]) -> bool:
    return record.get(DELETED) is True


def changed_since_delete(live: dict[str, Any], deleted: dict[str, Any]) -> bool:
    """True when `live` holds a stamped change that the tombstone `deleted` never saw."""
    state, tomb = _load(live), _load(deleted)
    if state.deleted:
        return False
    return any(
        dot[0] != LEGACY and not _covered(dot, tomb)
        for values in state.entries.values()
        for dot in values
    )


def clashes(record: dict[str, Any]) -> list[Clash]:
    """The open clashes of a record, current value first, in field order."""
    state = _load(record)
    found = []
    for name, values in state.entries.items():
        winner = _winner(values)
        quiet = values[winner] is not None and winner[0] == LEGACY
        others = [
            (values[d], None if d[0] == LEGACY else d[0])
            for d in sorted(values, key=_dot_key)
            if d != winner and not (quiet and d[0] == LEGACY and values[d] is None)
        ]
        if others:
            found.append(Clash(name, values[winner], others))
    return found


def strip_stamps(record: dict[str, Any]) -> dict[str, Any]:
    """The record without its version stamps (for validation or display)."""
    return {k: v for k, v in record.items() if k != META}


def legacy_dot(name: str, value: Any) -> Dot:
    """The implicit dot of a value written before stamps existed."""
    import hashlib  # only records written before stamps need it

    digest = hashlib.sha256(_canon([name, value]).encode("utf-8")).hexdigest()
    return (LEGACY, digest[:12])


# ----- internals -----------------------------------------------------------------------


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _check_device(device: str) -> None:
    if not isinstance(device, str) or not device or device == LEGACY:
        raise ValueError(f"invalid device id {device!r}")


def _dot(raw: Any) -> Dot:
    if not isinstance(raw, (list, tuple)) or len(raw) != 2 or not isinstance(raw[0], str):
        raise ValueError(f"invalid version stamp {raw!r}")
    if raw[0] == LEGACY:
        if not isinstance(raw[1], str):
            raise ValueError(f"invalid version stamp {raw!r}")
    elif not isinstance(raw[1], int) or isinstance(raw[1], bool) or raw[1] < 1:
        raise ValueError(f"invalid version stamp {raw!r}")
    return (raw[0], raw[1])


def _dot_key(dot: Dot) -> tuple[int, int, str]:
    if dot[0] == LEGACY:
        return (0, 0, dot[1])
    return (1, dot[1], dot[0])


def _rank(dot: Dot, value: Any) -> tuple:
    """Deterministic preference among clashing values: non-empty, stamped, higher counter."""
    return (value is not None, *_dot_key(dot), _canon(value))


def _winner(values: dict[Dot, Any]) -> Dot:
    if len(values) == 1:
        return next(iter(values))
    return max(values, key=lambda d: _rank(d, values[d]))


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON (1 and True differ; the quick test settles almost every case)."""
    return (type(a) is type(b) and a == b) or _canon(a) == _canon(b)


def _shown(state: _State, name: str) -> Any:
    values = state.entries.get(name)
    return values[_winner(values)] if values else None


def _covered(dot: Dot, state: _State) -> bool:
    if dot[0] == LEGACY:
        return dot[1] in state.seen
    return state.vv.get(dot[0], 0) >= dot[1]


def _join_field(name: str, sa: _State, sb: _State) -> dict[Dot, Any]:
    ea, eb = sa.entries.get(name, {}), sb.entries.get(name, {})
    joined: dict[Dot, Any] = {}
    for dot, value in ea.items():
        if dot in eb and not _same(eb[dot], value):
            # The same stamp with two values: an edit by hand. Keep both, findable.
            keep, other = sorted((value, eb[dot]), key=lambda v: (v is not None, _canon(v)), reverse=True)
            joined[dot] = keep
            joined[legacy_dot(name, other)] = other
        elif dot in eb or not _covered(dot, sb):
            joined[dot] = value
    for dot, value in eb.items():
        if dot not in ea and not _covered(dot, sa):
            joined[dot] = value
    return joined


def _write(state: _State, changes: dict[str, Any], device: str) -> None:
    counter = state.vv.get(device, 0) + 1
    state.vv[device] = counter
    for name, value in changes.items():
        state.entries[name] = {(device, counter): value}


def _load(record: dict[str, Any]) -> _State:
    """Read a stored record into its register form (raises ValueError on bad stamps)."""
    if not isinstance(record, dict):
        raise ValueError("a record is a JSON object")
    meta = record.get(META) or {}
    if not isinstance(meta, dict):
        raise ValueError("invalid version stamps")
    state = _State(identity={k: record[k] for k in IDENTITY if k in record})
    state.vv = _load_vv(meta.get("vv", {}))
    state.deleted = record.get(DELETED) is True
    if state.deleted:
        return state
    state.origin = _dot(meta["o"]) if meta.get("o") is not None else None
    dots = meta.get("d", {})
    if not isinstance(dots, dict):
        raise ValueError("invalid version stamps")
    names = [k for k in record if k not in NOT_FIELDS]
    state.order = tuple(names)
    for name in names:
        value = record[name]
        dot = _dot(dots[name]) if name in dots else (state.origin or legacy_dot(name, value))
        state.entries[name] = {dot: value}
    for item in meta.get("botsingen", []):
        if not isinstance(item, dict) or not isinstance(item.get("veld"), str):
            raise ValueError("invalid clash list")
        state.entries.setdefault(item["veld"], {})[_dot(item.get("dot"))] = item.get("waarde")
    gezien = meta.get("gezien", [])
    if not isinstance(gezien, list) or not all(isinstance(h, str) for h in gezien):
        raise ValueError("invalid version stamps")
    state.seen = set(gezien) | {d[1] for values in state.entries.values() for d in values if d[0] == LEGACY}
    return state


def _load_vv(raw: Any) -> dict[str, int]:
    if not isinstance(raw, dict):
        raise ValueError("invalid version vector")
    vv = {}
    for device, counter in raw.items():
        if not isinstance(counter, int) or isinstance(counter, bool) or counter < 0:
            raise ValueError("invalid version vector")
        vv[str(device)] = counter
    return vv


def _dump(state: _State) -> dict[str, Any]:
    out: dict[str, Any] = dict(state.identity)
    if state.deleted:
        out[DELETED] = True
        if state.vv:
            out[META] = {"vv": dict(sorted(state.vv.items()))}
        return out
    dots: dict[str, list] = {}
    clash_list: list[dict[str, Any]] = []
    order = [n for n in state.order if n in state.entries] + sorted(set(state.entries) - set(state.order))
    for name in order:
        values = state.entries[name]
        winner = _winner(values)
        out[name] = values[winner]
        default = state.origin or legacy_dot(name, values[winner])
        if winner != default:
            dots[name] = list(winner)
        for dot in sorted(values, key=_dot_key):
            if dot != winner:
                clash_list.append({"veld": name, "waarde": values[dot], "dot": list(dot)})
    present = {d[1] for values in state.entries.values() for d in values if d[0] == LEGACY}
    meta: dict[str, Any] = {}
    if state.vv:
        meta["vv"] = dict(sorted(state.vv.items()))
    if state.origin:
        meta["o"] = list(state.origin)
    if dots:
        meta["d"] = dots
    if state.seen - present:
        meta["gezien"] = sorted(state.seen - present)
    if clash_list:
        meta["botsingen"] = clash_list
    if meta:
        out[META] = meta
    return out
