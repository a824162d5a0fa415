"""Version stamps and merge: the lattice laws, no lost values, and real device stories."""

from __future__ import annotations

import json
from functools import reduce

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vraaghulp.sync.versions import (
    META,
    changed_since_delete,
    clashes,
    is_deleted,
    legacy_dot,
    merge,
    resolve_clash,
    stamp_change,
    stamp_new,
    strip_stamps,
    tombstone,
)

LAPTOP, WERK, TELEFOON = "laptop01", "werkpc02", "telefo03"
DEVICES = (LAPTOP, WERK, TELEFOON)
FIELDS = ("wie", "status", "geleerd")
VALUES = ("Sam", "open", "gedaan", "lief", None, 3)


def canon(record: dict) -> str:
    return json.dumps(record, sort_keys=True)


def ask(**changes) -> dict:
    base = {
        "id": "ab23cdef",
        "soort": "vraag",
        "v": 1,
        "gemaakt": "2026-12-01T10:00:00",
        "wie": "Sam",
        "vraag": "Wil je morgen even bellen?",
        "status": "open",
        "uitkomst": None,
        "geleerd": None,
    }
    base.update(changes)
    return base


# ----- a simulated history of devices that edit offline and merge ---------------------------

op = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(range(3)), st.sampled_from(FIELDS), st.sampled_from(VALUES)),
    st.tuples(st.just("merge"), st.sampled_from(range(3)), st.sampled_from(range(3))),
    st.tuples(st.just("legacy"), st.sampled_from(range(3)), st.sampled_from(FIELDS), st.sampled_from(VALUES)),
    st.tuples(st.just("resolve"), st.sampled_from(range(3)), st.sampled_from(FIELDS)),
)
delete_op = st.tuples(st.just("delete"), st.sampled_from(range(3)))


class World:
    """Three devices holding versions of one record, plus the ground truth of every write."""

    def __init__(self, stamped: bool) -> None:
        start = ask(geleerd="lief")
        first = stamp_new(start, LAPTOP) if stamped else start
        self.states = [dict(first) for _ in DEVICES]
        if stamped:
            self.writes = {(f, 0): (f, start[f], frozenset()) for f in FIELDS}
        else:
            self.writes = {("old", f, json.dumps(start[f])): (f, start[f], frozenset()) for f in FIELDS}
        self.knows = [set(self.writes) for _ in DEVICES]
        self.deleted = False
        self.counter = 0

    def apply(self, step) -> None:
        kind, dev = step[0], step[1]
        state = self.states[dev]
        if kind == "merge":
            other = step[2]
            self.states[dev] = merge(state, self.states[other])
            self.knows[dev] |= self.knows[other]
        elif kind == "delete":
            self.states[dev] = tombstone(state, DEVICES[dev])
            self.deleted = True
        elif is_deleted(state):
            return
        elif kind == "legacy" and META not in state and state[step[2]] != step[3]:
            self._write(dev, step[2], step[3], legacy=True)
            self.states[dev] = {**state, step[2]: step[3]}
        elif kind == "edit" and state[step[2]] != step[3]:  # an unchanged value is no change
            self._write(dev, step[2], step[3], legacy=False)
            self.states[dev] = stamp_change(state, {**state, step[2]: step[3]}, DEVICES[dev])
        elif kind == "resolve":
            current = state[step[2]]
            self._write(dev, step[2], current, legacy=False)
            self.states[dev] = resolve_clash(state, step[2], current, DEVICES[dev])

    def _write(self, dev: int, name: str, value, legacy: bool) -> None:
        if legacy:
            # An old version keeps no history: an old value is known by its content only, it
            # replaces nothing for the merge, and the device forgets what it overwrote.
            key = ("old", name, json.dumps(value))
            self.writes.setdefault(key, (name, value, frozenset()))
            self.knows[dev] = {k for k in self.knows[dev] if self.writes[k][0] != name}
        else:
            self.counter += 1
            key = (name, self.counter)
            self.writes[key] = (name, value, frozenset(self.knows[dev]))
        self.knows[dev].add(key)

    def expected(self, name: str) -> set[str]:
        """Values of `name` that no later write (knowing them) replaced."""
        mine = {k: w for k, w in self.writes.items() if w[0] == name}
        alive = {k: w for k, w in mine.items() if not any(k in other[2] for other in mine.values())}
        # An old value that an old version overwrote before anyone else saw it is simply gone.
        held = {k for k in alive if k[0] == "old" and any(json.dumps(alive[k][1]) in values_of(s, name) for s in self.states)}
        return {json.dumps(w[1]) for k, w in alive.items() if k[0] != "old" or k in held}


def values_of(record: dict, name: str) -> set[str]:
    found = {json.dumps(record[name])}
    for clash in record.get(META, {}).get("botsingen", []):
        if clash["veld"] == name:
            found.add(json.dumps(clash["waarde"]))
    return found


histories = st.tuples(st.booleans(), st.lists(st.one_of(op, op, op, delete_op), max_size=25))


def played(history) -> World:
    stamped, steps = history
    world = World(stamped)
    for step in steps:
        world.apply(step)
    return world


@settings(max_examples=150, deadline=None)
@given(histories)
def test_merge_is_commutative_associative_idempotent(history):
    world = played(history)
    a, b, c = world.states
    assert canon(merge(a, b)) == canon(merge(b, a))
    assert canon(merge(merge(a, b), c)) == canon(merge(a, merge(b, c)))
    for x in (a, b, c, merge(a, b)):
        assert canon(merge(x, x)) == canon(x)


@settings(max_examples=150, deadline=None)
@given(histories)
def test_merge_never_loses_a_value_nobody_replaced(history):
    world = played(history)
    final = reduce(merge, world.states)
    if world.deleted:
        assert is_deleted(final)
        assert set(final) <= {"id", "soort", "v", "verwijderd", META}
        return
    for name in FIELDS:
        assert values_of(final, name) == world.expected(name), name


# ----- concrete stories ---------------------------------------------------------------------


def test_two_devices_offline_then_merge():
    original = stamp_new(ask(), LAPTOP)
    # Both devices have the record, then go offline for days.
    on_laptop = stamp_change(original, {**original, "status": "gedaan", "uitkomst": "ja"}, LAPTOP)
    at_work = stamp_change(original, {**original, "geleerd": "het viel mee"}, WERK)
    at_work = stamp_change(at_work, {**at_work, "wie": "Sam V."}, WERK)
    both = merge(on_laptop, at_work)
    assert strip_stamps(both) == ask(status="gedaan", uitkomst="ja", geleerd="het viel mee", wie="Sam V.")
    assert clashes(both) == []
    assert both == merge(at_work, on_laptop)


def test_same_field_on_both_sides_is_a_clash_until_resolved():
    original = stamp_new(ask(), LAPTOP)
    on_laptop = stamp_change(original, {**original, "geleerd": "ze zei meteen ja"}, LAPTOP)
    at_work = stamp_change(original, {**original, "geleerd": "het was spannend"}, WERK)
    both = merge(on_laptop, at_work)
    [clash] = clashes(both)
    assert clash.field == "geleerd"
    assert {clash.current, clash.others[0][0]} == {"ze zei meteen ja", "het was spannend"}
    assert clash.others[0][1] in (LAPTOP, WERK)
    # A third device that saw neither still keeps the clash after merging.
    assert clashes(merge(both, original)) == clashes(both)
    settled = resolve_clash(both, "geleerd", "het was spannend", TELEFOON)
    assert clashes(settled) == [] and settled["geleerd"] == "het was spannend"
    # The resolution also wins over the old versions when they come round again.
    assert merge(merge(settled, on_laptop), at_work) == settled


def test_resolving_with_the_shown_value_still_settles_it():
    original = stamp_new(ask(), LAPTOP)
    both = merge(
        stamp_change(original, {**original, "status": "gedaan"}, LAPTOP),
        stamp_change(original, {**original, "status": "afgezien"}, WERK),
    )
    settled = resolve_clash(both, "status", both["status"], LAPTOP)
    assert clashes(settled) == []


def test_delete_is_not_undone_by_the_other_device():
    original = stamp_new(ask(), LAPTOP)
    gone = tombstone(original, LAPTOP)
    assert set(gone) == {"id", "soort", "v", "verwijderd", META}
    assert merge(original, gone) == merge(gone, original) == gone
    assert not changed_since_delete(original, gone)
    # A change the delete never saw: the delete still wins, but the caller is told.
    edited = stamp_change(original, {**original, "geleerd": "toch gedaan"}, WERK)
    assert is_deleted(merge(edited, gone))
    assert changed_since_delete(edited, gone)


def test_a_change_with_no_difference_adds_no_stamp():
    original = stamp_new(ask(), LAPTOP)
    assert stamp_change(original, dict(original), WERK) == original


def test_stamps_in_the_new_version_are_ignored():
    original = stamp_new(ask(), LAPTOP)
    forged = {**original, "status": "gedaan", META: {"vv": {WERK: 99}}}
    changed = stamp_change(original, forged, WERK)
    assert changed[META]["vv"] == {LAPTOP: 1, WERK: 1}


# ----- records from before stamps (today's journals) ---------------------------------------


def test_identical_old_records_merge_to_themselves_without_stamps():
    assert merge(ask(), ask()) == ask()


def test_old_records_differing_empty_versus_filled_take_the_filled_value():
    closed = ask(status="gedaan", uitkomst="ja")
    both = merge(ask(), closed)
    assert both["uitkomst"] == "ja"
    # status differs with two non-empty values: both stay findable.
    assert [c.field for c in clashes(both)] == ["status"]
    assert {both["status"], clashes(both)[0].others[0][0]} == {"open", "gedaan"}


def test_old_record_and_its_stamped_descendant_merge_without_clash():
    old = ask()
    newer = stamp_change(old, {**old, "status": "gedaan"}, WERK)
    assert merge(old, newer) == newer
    assert clashes(merge(newer, old)) == []


def test_stamped_descendant_of_another_old_version_still_clashes():
    here, there = ask(geleerd="A"), ask(geleerd="B")
    there = stamp_change(there, {**there, "status": "gedaan"}, WERK)
    both = merge(here, there)
    assert both["status"] == "gedaan"
    assert values_of(both, "geleerd") == {'"A"', '"B"'}


def test_hand_edit_of_a_stamped_value_is_kept_as_a_clash():
    original = stamp_new(ask(), LAPTOP)
    edited_by_hand = {**original, "wie": "Noor"}
    both = merge(original, edited_by_hand)
    assert values_of(both, "wie") == {'"Sam"', '"Noor"'}
    assert canon(both) == canon(merge(edited_by_hand, original))


def test_legacy_dot_depends_on_field_and_value():
    assert legacy_dot("wie", "Sam") == legacy_dot("wie", "Sam")
    assert legacy_dot("wie", "Sam") != legacy_dot("wie", "Noor")
    assert legacy_dot("wie", "Sam") != legacy_dot("stem", "Sam")


@pytest.mark.parametrize(
    "bad",
    [
        {META: "x"},
        {META: {"vv": {"a": -1}}},
        {META: {"vv": {}, "o": ["a", 0]}},
        {META: {"botsingen": [{"waarde": 1}]}},
        {META: {"d": {"wie": "a"}}},
    ],
)
def test_damaged_stamps_are_refused(bad):
    with pytest.raises(ValueError):
        merge(ask(), ask(**bad))


def test_versions_of_different_records_are_refused():
    with pytest.raises(ValueError):
        merge(ask(), ask(id="zz99zz99"))
