"""The start screen's counts over raw bytes (`store.counts`) agree with decoding every line.

Each journal is tallied with blocks of several sizes (so lines, damaged ones included, fall
across block edges) and compared with `Progress` fed by `read.iter_dicts`: the same counts,
the same last decisions, the same problems reported with the same line numbers.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

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


# ----------------------------------------------------------------------------------------
# Remembered counts (the start screen's memo): only appended bytes are counted again
# ----------------------------------------------------------------------------------------
def _tally_with_memo(path, memo) -> tuple:
    progress = Progress()
    counts.tally(path, progress, usable_row, memo=str(memo))
    problems = sorted((p.line, p.reason) for p in read.take_reported())
    return progress.asks, progress.open, progress.decisions, progress.has_scripts, problems


@pytest.mark.parametrize("name, lines", list(journals()), ids=lambda value: value if isinstance(value, str) else "")
def test_remembered_counts_agree_as_the_journal_grows(name, lines, tmp_path, monkeypatch):
    monkeypatch.setattr(counts, "BLOCK", 1000)
    path, memo = tmp_path / "logboek.jsonl", tmp_path / "shell" / "dit.tellingen.json"
    tail = b"" if name == "no newline at the end" else b"\n"
    half = len(lines) // 2
    path.write_bytes(b"\n".join(lines[:half]) + b"\n")
    assert _tally_with_memo(path, memo) == expected(path)
    with open(path, "ab") as handle:  # appended, as adding an ask does
        handle.write(b"\n".join(lines[half:]) + tail)
    want = expected(path)
    assert _tally_with_memo(path, memo) == want
    assert _tally_with_memo(path, memo) == want  # and again: damaged lines are reported every time
    if name in ("plain", "stamped, with tombstones", "all afgezien at the end"):  # every block over its bytes
        assert json.loads(memo.read_bytes())["grootte"] == path.stat().st_size
        assert memo.stat().st_mode & 0o777 == 0o600
    else:  # damaged lines, a blank first line, a line without its newline: never remembered as counted
        assert not memo.exists() or json.loads(memo.read_bytes())["grootte"] < path.stat().st_size


def test_an_edit_inside_the_remembered_bytes_is_counted_again(tmp_path):
    path, memo = tmp_path / "logboek.jsonl", tmp_path / "shell" / "dit.tellingen.json"
    lines = plain_journal(40)
    path.write_bytes(b"\n".join(lines) + b"\n")
    first = _tally_with_memo(path, memo)
    # the same number of bytes, one ask closed: only the checksum can tell
    lines[0] = edited(edited(lines[0], b'"status":"open"', b'"status":"gedaan"'), b"keer bellen", b"keer bell")
    path.write_bytes(b"\n".join(lines) + b"\n")
    assert json.loads(memo.read_bytes())["grootte"] == path.stat().st_size
    again = _tally_with_memo(path, memo)
    assert again == expected(path) and again[1] == first[1] - 1


@pytest.mark.parametrize("stored", [
    b"", b"{", b"[]", b'{"versie": 2}',
    b'{"versie": 1, "grootte": 10, "crc": 1, "regels": 1, "vragen": -5, "open": 0, "besluiten": [], "scripts": false}',
    b'{"versie": 1, "grootte": 99999999, "crc": 1, "regels": 1, "vragen": 5, "open": 0, "besluiten": [], "scripts": false}',
    b'{"versie": 1, "grootte": 3, "crc": 1, "regels": 1, "vragen": 5, "open": 0, "besluiten": ["ja"], "scripts": false}',
])
def test_a_damaged_or_foreign_memo_is_ignored_and_written_anew(stored, tmp_path):
    path, memo = tmp_path / "logboek.jsonl", tmp_path / "shell" / "dit.tellingen.json"
    path.write_bytes(b"\n".join(plain_journal(20)) + b"\n")
    memo.parent.mkdir()
    memo.write_bytes(stored)
    assert _tally_with_memo(path, memo) == expected(path)
    assert json.loads(memo.read_bytes())["grootte"] == path.stat().st_size


def test_the_start_screen_remembers_its_counts_and_a_wipe_removes_them(run_cli):
    from vraaghulp.store.counts import counts_memo
    from vraaghulp.store.wipe import _shell_states

    for person in ("Sam", "Noor"):
        assert run_cli("oefen", "--wie", person, "--vraag", "Kun je zaterdag helpen?", "--angst", "4",
                       "--kans", "60").returncode == 0
    journal = read_journal_path()
    assert "2 oefenvragen" in run_cli().stdout
    memo = Path(counts_memo(journal))
    assert json.loads(memo.read_bytes())["vragen"] == 2
    assert run_cli("oefen", "--wie", "Bo", "--vraag", "Wil je even bellen?", "--angst", "4", "--kans", "60").returncode == 0
    assert "3 oefenvragen" in run_cli().stdout and json.loads(memo.read_bytes())["vragen"] == 3
    assert memo in _shell_states(journal.parent)


def read_journal_path():
    from vraaghulp.paths import journal_path

    return journal_path()
