"""The start screen's counts over raw bytes (`store.counts`) agree with decoding every line.

Each journal is tallied with blocks of several sizes (so lines, damaged ones included, fall
across block edges) and compared with `Progress` fed by `read.iter_dicts`: the same counts,
the same last decisions, the same problems reported with the same line numbers.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from vraaghulp.coach.progress import Progress
from vraaghulp.light.logview import usable_dicts, usable_row
from vraaghulp.models import Ask, Script
from vraaghulp.store import counts, read

WHEN = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


def ask_line(n: int, status: str = "open") -> bytes:
    record = Ask(id=f"a{n:07d}", created=WHEN, person="Sam", text=f"Sam, kun je {n} keer bellen? \"status\":\"open\"",
                 fear_before=3, chance=50, status=status)
    return record.model_dump_json().encode("utf-8")


def script_line(n: int) -> bytes:
    return Script(id=f"s{n:07d}", created=WHEN, sentence="Ik wil niet zeuren – écht niet").model_dump_json().encode()


def plain_journal(size: int) -> list[bytes]:
    statuses = ["open", "gedaan", "afgezien", "gedaan", "open", "afgezien"]
    return [script_line(n) if n % 7 == 3 else ask_line(n, statuses[n % len(statuses)]) for n in range(size)]


def edited(line: bytes, old: bytes, new: bytes) -> bytes:
    assert old in line
    return line.replace(old, new, 1)


DAMAGED = [
    b'{"broken',
    b"",
    b"   ",
    b'{"id":"x","soort":"nope"}',
    b'{"id":"y","soort":"vraag","v":2,"wie":"a"}',
    b'{"soort":"vraag","id":"z","status":"afgezien"}',  # usable, keys in another order
    b"[1, 2]",
    b'{"id":"w","soort":"script","v":1,"zin":"\xff"}',
    ask_line(90, "afgezien") + b"\r",
    *(EDITED := [  # compact, in the model's layout, but not what the table shows (or a default left out)
        edited(ask_line(91), b'"angst_voor":3', b'"angst_voor":42'),
        edited(ask_line(92), b',"status":"open"', b''),  # no status: open, as the model's default
        edited(ask_line(93), b'"wie":"Sam"', b'"wie":""'),
        edited(ask_line(94), b'"gemaakt":"2025-03-01T09:00:00Z"', b'"gemaakt":"2025-13-01T09:00:00Z"'),
        edited(script_line(95), b'"zin":"Ik', b'"zin":"","x":"Ik'),
        edited(ask_line(96), b'"niveau":null', b'"niveau":7'),
    ]),
]


def _compact(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def synced_journal(size: int) -> list[bytes]:
    """Lines as `store.codec` writes them: stamped records, changes settled on another device, and
    tombstones of deleted asks and scripts (kind marker kept, no status)."""
    from vraaghulp.sync.versions import stamp_change, stamp_new, tombstone

    lines = []
    for n, raw in enumerate(plain_journal(size)):
        data = stamp_new(json.loads(raw), "dev22222")
        if n % 5 == 1 and data["soort"] == "vraag":
            data = stamp_change(data, {**data, "status": "gedaan", "_sync": None}, "dev33333")
        if n % 4 == 2:
            data = tombstone(data, "dev22222")
        lines.append(_compact(data))
    return lines


def journals():
    yield "plain", plain_journal(60)
    yield "stamped, with tombstones", synced_journal(60)
    yield "only tombstones", [_compact({"id": "t1", "soort": "script", "v": 2, "verwijderd": True})]
    yield "all afgezien at the end", plain_journal(40) + [ask_line(n, "afgezien") for n in range(3)]
    mixed = plain_journal(50)
    for offset, line in enumerate(DAMAGED):
        mixed.insert(5 + offset * 5, line)
    yield "damaged lines", mixed
    yield "no newline at the end", plain_journal(10) + [b'{"id":"q","soort":"vraag"']


def expected(path) -> tuple:
    """What the start screen counted before: every line decoded, and only what `log` shows."""
    progress = Progress()
    for _number, data in usable_dicts(path):
        progress.add(data)
    problems = sorted((p.line, p.reason) for p in read.take_reported())
    return progress.asks, progress.open, progress.decisions, progress.has_scripts, problems


@pytest.mark.parametrize("name, lines", list(journals()), ids=lambda value: value if isinstance(value, str) else "")
@pytest.mark.parametrize("block", [64, 1000, 1 << 20])
def test_counts_over_bytes_agree_with_decoding_every_line(name, lines, block, tmp_path, monkeypatch):
    path = tmp_path / "logboek.jsonl"
    tail = b"" if name == "no newline at the end" else b"\n"
    path.write_bytes(b"\n".join(lines) + tail)
    want = expected(path)
    monkeypatch.setattr(counts, "BLOCK", block)
    progress = Progress()
    counts.tally(path, progress, usable_row)
    problems = sorted((p.line, p.reason) for p in read.take_reported())
    assert (progress.asks, progress.open, progress.decisions, progress.has_scripts, problems) == want


def test_a_missing_journal_counts_nothing(tmp_path):
    progress = Progress()
    counts.tally(tmp_path / "logboek.jsonl", progress)
    assert (progress.asks, progress.open, progress.decisions, progress.has_scripts) == (0, 0, [], False)


def test_tombstones_are_not_counted_on_the_quick_path():
    lines = synced_journal(12)
    chunk = b"\n".join(lines) + b"\n"
    asks, open_asks, _decisions, _scripts = counts._fast_counts(chunk, len(lines))
    live = [json.loads(line) for line in lines if b'"verwijderd":true' not in line]
    assert asks == sum(data["soort"] == "vraag" for data in live) < sum(b'"soort":"vraag"' in line for line in lines)
    assert open_asks == sum(data.get("status") == "open" for data in live)


def test_a_text_that_quotes_the_markers_is_not_counted_as_a_key():
    line = ask_line(1, "gedaan")
    assert json.loads(line)["status"] == "gedaan" and b'\\"status\\":\\"open\\"' in line
    assert counts._fast_counts(line + b"\n", 1) == (1, 0, ["gedaan"], False)


def test_the_quick_path_takes_model_lines_and_leaves_what_log_skips_to_the_line_by_line_count():
    good = plain_journal(30)
    assert counts._fast_counts(b"\n".join(good) + b"\n", len(good)) is not None
    for bad in EDITED:
        lines = [*good[:10], bad, *good[10:]]
        assert counts._fast_counts(b"\n".join(lines) + b"\n", len(lines)) is None, bad
