"""Merging a journal with the conflict copies a sync tool left beside it.

`merge_lines` is the pure part: records are matched by id and merged with
`versions.merge`; lines that do not decode are kept byte for byte (in the journal where
they were; from a copy they are added at the end, once, so they stay visible and
repairable). A copy of which no line decodes (another key, not a journal) is not merged.
Unchanged records keep their stored bytes, so an encrypted line is not re-encrypted.

`merge_copies` applies it on disk, in an order that survives a kill at any point, because
the merge is idempotent:
  1. read the journal and the copies;
  2. versions that a delete overrode while they held unseen changes are written to
     `backups/` first;
  3. the journal is replaced atomically (temporary file, fsync, rename), but only if it
     is still the file that was read (a sync tool may have put a new version there:
     then everything is read again);
  4. each merged copy is moved into `backups/`, never deleted.
Killed between 3 and 4, the next run merges the same copies again with no change.
The caller holds the journal lock and passes `decode`/`encode` (plain or encrypted).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vraaghulp.sync import versions as ver

Decode = Callable[[bytes], dict[str, Any]]  # raises ValueError with a Dutch reason
Encode = Callable[[dict[str, Any]], bytes]
OVERRIDDEN_SUFFIX = "gewist-maar-gewijzigd.jsonl"
RETRIES = 3


@dataclass
class MergeOutcome:
    lines: list[bytes]
    changed: bool = False
    added: int = 0
    updated: int = 0
    clashes: list[tuple[str, str]] = field(default_factory=list)  # (record id, field), new ones
    overridden: list[dict[str, Any]] = field(default_factory=list)
    problems: list[tuple[Path, int | None, str]] = field(default_factory=list)
    merged_copies: list[Path] = field(default_factory=list)
    unread_copies: list[Path] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)


@dataclass
class _Work:
    slots: list[tuple[str, Any]] = field(default_factory=list)  # ("raw", bytes) | ("id", id)
    versions: dict[str, dict[str, Any]] = field(default_factory=dict)
    stored: dict[str, tuple[bytes, dict[str, Any]]] = field(default_factory=dict)
    base: dict[str, dict[str, Any]] = field(default_factory=dict)
    raw_seen: set[bytes] = field(default_factory=set)
    new_ids: list[str] = field(default_factory=list)
    reusable: Callable[[bytes], bool] = lambda raw: True


def merge_lines(
    base: list[bytes],
    copies: Iterable[tuple[Path, list[bytes]]],
    decode: Decode,
    encode: Encode,
    reusable: Callable[[bytes], bool] | None = None,
) -> MergeOutcome:
    """The merged journal lines from the journal's lines and each copy's lines.

    A record whose merged version equals a stored one keeps those bytes when
    `reusable(raw)` allows it (for an encrypted journal: only encrypted lines, so a plain
    line that came from a device that had not heard of the key yet is encrypted now).
    """
    from vraaghulp.vault.texts import say

    work, outcome = _Work(reusable=reusable or (lambda raw: True)), MergeOutcome(lines=[])
    for raw in base:
        _take(work, outcome, raw, decode)
    for path, lines in copies:
        decoded, unreadable = _decode_all(lines, decode)
        if lines and not decoded:
            outcome.unread_copies.append(path)
            outcome.problems.append((path, None, say("samenvoegen.kopie_onleesbaar", pad=path)))
            continue
        for raw, data in decoded:
            _add(work, outcome, raw, data)
        for number, raw in unreadable:
            if raw not in work.raw_seen:
                work.raw_seen.add(raw)
                work.slots.append(("raw", raw))
                outcome.problems.append((path, number, say("samenvoegen.regel_overgenomen", regel=number, pad=path)))
        outcome.merged_copies.append(path)
    work.new_ids.sort(key=lambda rid: (str(work.versions[rid].get("gemaakt", "")), rid))
    work.slots.extend(("id", rid) for rid in work.new_ids)
    outcome.lines = [_render(work, slot, encode) for slot in work.slots]
    outcome.changed = outcome.lines != list(base)
    _count(work, outcome)
    return outcome


def _decode_all(lines: list[bytes], decode: Decode) -> tuple[list[tuple[bytes, dict]], list[tuple[int, bytes]]]:
    decoded, unreadable = [], []
    for number, raw in enumerate(lines, start=1):
        try:
            decoded.append((raw, _decode(raw, decode)))
        except ValueError:
            unreadable.append((number, raw))
    return decoded, unreadable


def _decode(raw: bytes, decode: Decode) -> dict[str, Any]:
    data = decode(raw)
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise ValueError("no record id")
    return data


def _take(work: _Work, outcome: MergeOutcome, raw: bytes, decode: Decode) -> None:
    work.raw_seen.add(raw)
    try:
        data = _decode(raw, decode)
    except ValueError:
        work.slots.append(("raw", raw))
        return
    rid = data["id"]
    if rid in work.versions:  # the same id twice in the journal itself: one merged record
        _add(work, outcome, raw, data)
        return
    work.versions[rid] = work.base[rid] = data
    work.stored[rid] = (raw, data)
    work.slots.append(("id", rid))


def _add(work: _Work, outcome: MergeOutcome, raw: bytes, data: dict[str, Any]) -> None:
    rid = data["id"]
    current = work.versions.get(rid)
    if current is None:
        work.versions[rid] = data
        work.stored.setdefault(rid, (raw, data))
        work.new_ids.append(rid)
        return
    if current == data:
        return
    deleted = [x for x in (current, data) if ver.is_deleted(x)]
    live = [x for x in (current, data) if not ver.is_deleted(x)]
    if len(deleted) == 1 and ver.changed_since_delete(live[0], deleted[0]):
        outcome.overridden.append(live[0])
    work.versions[rid] = ver.merge(current, data)


def _render(work: _Work, slot: tuple[str, Any], encode: Encode) -> bytes:
    kind, value = slot
    if kind == "raw":
        return value
    data = work.versions[value]
    raw, stored = work.stored[value]
    return raw if stored == data and work.reusable(raw) else encode(data)


def _count(work: _Work, outcome: MergeOutcome) -> None:
    outcome.added = len(work.new_ids)
    for rid, before in work.base.items():
        after = work.versions[rid]
        if after == before:
            continue
        outcome.updated += 1
        if ver.is_deleted(after):
            continue
        old = set() if ver.is_deleted(before) else {c.field for c in ver.clashes(before)}
        outcome.clashes.extend((rid, c.field) for c in ver.clashes(after) if c.field not in old)
    for rid in work.new_ids:
        if not ver.is_deleted(work.versions[rid]):
            outcome.clashes.extend((rid, c.field) for c in ver.clashes(work.versions[rid]))


# ----- on disk ----------------------------------------------------------------------------


def read_lines(path: Path) -> list[bytes]:
    """The non-empty lines of a file, without line ends (a missing file has none)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return []
    return [line.rstrip(b"\r") for line in data.split(b"\n") if line.strip()]


def merge_copies(
    journal: Path,
    copies: list[Path],
    *,
    decode: Decode,
    encode: Encode,
    backups: Path,
    stamp: str,
    reusable: Callable[[bytes], bool] | None = None,
) -> MergeOutcome:
    """Merge the copies into the journal on disk and move them into `backups` (see above)."""
    from vraaghulp.errors import StoreError, os_error_message
    from vraaghulp.store.files import write_private_file
    from vraaghulp.vault.texts import say

    folder = _backups_dir(backups)
    for _attempt in range(RETRIES):
        before = _identity(journal)
        try:
            base = read_lines(journal)
        except OSError as exc:
            raise StoreError(os_error_message(exc, journal)) from exc
        readable, problems = _read_copies(copies)
        outcome = merge_lines(base, readable, decode, encode, reusable)
        outcome.problems[:0] = problems
        if _identity(journal) != before:
            continue  # a new version arrived while merging: read everything again
        if outcome.overridden:
            target = _free_name(folder, f"{stamp}-{OVERRIDDEN_SUFFIX}")
            write_private_file(target, b"".join(encode(d) + b"\n" for d in outcome.overridden))
            outcome.backups.append(target)
        if outcome.changed:
            write_private_file(journal, b"".join(line + b"\n" for line in outcome.lines))
        for path in outcome.merged_copies:
            outcome.backups.append(move_to_backups(path, folder, stamp))
        return outcome
    raise StoreError(say("samenvoegen.bezig"))


def _read_copies(copies: list[Path]) -> tuple[list[tuple[Path, list[bytes]]], list[tuple[Path, int | None, str]]]:
    """The lines of each copy that can be read; a copy that cannot is left where it is."""
    from vraaghulp.errors import os_error_message

    readable, problems = [], []
    for path in copies:
        try:
            readable.append((path, read_lines(path)))
        except FileNotFoundError:
            continue  # gone meanwhile (the sync tool or another window took it)
        except OSError as exc:
            problems.append((path, None, os_error_message(exc, path)))
    return readable, problems


def move_to_backups(path: Path, backups: Path, stamp: str) -> Path:
    """Move a merged copy into `backups` under a name that keeps where it came from."""
    target = _free_name(_backups_dir(backups), f"samengevoegd-{stamp}-{path.name}")
    os.replace(path, target)
    return target


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _backups_dir(backups: Path) -> Path:
    from vraaghulp.errors import StoreError
    from vraaghulp.paths import ensure_private_dir
    from vraaghulp.vault.texts import say

    if backups.is_symlink():
        raise StoreError(say("samenvoegen.backups_koppeling", pad=backups))
    return ensure_private_dir(backups)


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, dot, ext = name.partition(".")
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){dot}{ext}"
        number += 1
    return target


def merge_document_copies(
    path: Path,
    copies: list[Path],
    *,
    decode: Decode,
    encode: Encode,
    backups: Path,
    stamp: str,
) -> MergeOutcome:
    """The same for a file that holds one document (`profiel.json`): its versions are
    merged field by field. A file that could not be read is never overwritten: when the
    document itself is unreadable nothing happens; an unreadable copy stays where it is."""
    from vraaghulp.store.files import write_private_file
    from vraaghulp.vault.texts import say

    outcome = MergeOutcome(lines=[])
    base = _read_document(path, decode, outcome)
    if base is False:
        return outcome
    merged = base
    for copy in copies:
        data = _read_document(copy, decode, outcome)
        if data is False or data is None:
            outcome.unread_copies.append(copy)
            outcome.problems.append((copy, None, say("samenvoegen.kopie_onleesbaar", pad=copy)))
            continue
        merged = data if merged is None else ver.merge(merged, data)
        outcome.merged_copies.append(copy)
    folder = _backups_dir(backups)
    if merged is not None and merged != base:
        write_private_file(path, encode(merged) + b"\n")
        outcome.changed = True
    for copy in outcome.merged_copies:
        outcome.backups.append(move_to_backups(copy, folder, stamp))
    return outcome


def _read_document(path: Path, decode: Decode, outcome: MergeOutcome) -> dict[str, Any] | None | bool:
    """The decoded document, None when the file is missing, False when it is unreadable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        outcome.problems.append((path, None, str(exc)))
        return False
    try:
        data = decode(raw.strip())
    except ValueError as exc:
        outcome.problems.append((path, None, str(exc)))
        return False
    return data if isinstance(data, dict) else False
