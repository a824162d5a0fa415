"""What the start screen needs from the journal, counted over the raw bytes (standard library only).

The start screen says how many asks there are, how many are open, and whether the last
two decided asks were set aside. Decoding every line costs too much over a long journal,
so `tally` reads the file in blocks of whole lines and counts markers in the bytes
(`"soort":"vraag","v":2,`, `"status":"open"`, ...; a record's version stamps come after
its fields and hold none of these markers, a tombstone is counted and taken off): in a JSON line a quote inside a text is
always escaped, so these markers only occur as keys. A block is counted this way only when
every line in it has the shape of a usable record (one object per line starting with its id,
a known kind, a version this program reads, UTF-8); any other block goes line by line
through `read.decode_line`, exactly as every other reader, and damaged lines are reported.
What the shape test cannot see (a line broken inside, an empty id) is left to the views that
decode every line; the start screen then counts that line.
Memory stays flat: one block at a time, and only the last two decisions are kept.
"""

from __future__ import annotations

import re
import zlib

from vraaghulp.schema import KINDS, MAX_LEVEL, SCHEMA_VERSION
from vraaghulp.store import read

BLOCK = 1 << 18  # small enough to keep memory flat, large enough that each count runs in C for long
# The start of every record as this program writes it: kind and version (a line without them,
# or with its keys in another order, is simply read the slow way). Long needles count fast.
_KIND = {kind: b'"soort":"%s","v":%d,' % (kind.encode(), SCHEMA_VERSION) for kind in KINDS}
_LINE_START = b'{"id":"'
_BETWEEN = b'}\n' + _LINE_START  # one record ends, the next begins
_OPEN = b'"status":"open"'
# A tombstone (a deleted record, `store.codec.deleted_line`) keeps its kind marker but no content:
# counted per kind and taken off again. Any other shape of tombstone sends the block the slow way.
_DELETED = b'"verwijderd":'
_TOMBSTONE = {kind: marker + b'"verwijderd":true,' for kind, marker in _KIND.items()}
_DECIDED = (b'"status":"gedaan"', b'"status":"afgezien"')
MEMO_SUFFIX = ".tellingen.json"  # shell/<device>.tellingen.json: a device's remembered counts


def counts_memo(journal) -> str:
    """This device's remembered counts of `journal`, beside the shell greeting's date file."""
    import os

    from vraaghulp.light.daily import device_name
    from vraaghulp.paths import SHELL_STATE_DIR

    return os.path.join(os.path.dirname(journal), SHELL_STATE_DIR, device_name() + MEMO_SUFFIX)


def forget_counts(folder) -> None:
    """Remove every device's remembered counts of the journal in `folder` (when it gets
    encrypted: not even the number of asks stays readable)."""
    import glob
    import os

    from vraaghulp.paths import SHELL_STATE_DIR

    for memo in glob.glob(os.path.join(glob.escape(os.fspath(folder)), SHELL_STATE_DIR, "*" + MEMO_SUFFIX)):
        try:
            os.unlink(memo)
        except OSError:
            pass


def tally(path, progress, usable=lambda data: data, memo=None) -> None:
    """Feed the whole journal into `progress` (`add(dict)` per record, `add_counts(...)` per block).

    `usable(data)` gives the record back or raises ValueError with the reason (reported like a
    damaged line): the start screen passes the table's row check, so it counts what `log`
    shows. A block is counted over its bytes only when every record in it plainly passes
    that check (`_rows_pass`), else line by line.

    `memo` (a path, this device's own file; `progress` must start empty): the counts of the
    journal's first bytes as they were last counted, with a checksum of those bytes. When the
    journal still starts with exactly those bytes (it only grew, as adding does), they are not
    counted again; any other change (a rewrite, an edit) fails the checksum and everything is
    counted. Only a journal counted wholly over its bytes is remembered: damaged lines are
    reported at every run, and nothing is remembered of an encrypted journal."""
    handle = read.open_journal(path)
    if handle is None:
        return
    with handle:
        known = _memo_read(memo) if memo is not None else None
        state = _skip_known(handle, known, progress)
        state = _count_rest(path, handle, progress, usable, state)
    if memo is not None and state.all_fast and not state.tail and state.size != (known or {}).get("grootte"):
        _memo_write(memo, state, progress)


class _State:
    __slots__ = ("lines", "size", "crc", "all_fast", "tail")

    def __init__(self, lines=0, size=0, crc=0):
        self.lines, self.size, self.crc, self.all_fast, self.tail = lines, size, crc, True, False


def _skip_known(handle, known, progress) -> _State:
    """Past the remembered first bytes when the journal still starts with them, else at 0."""
    if known:
        size, crc, left = 0, 0, known["grootte"]
        while left:
            block = handle.read(min(BLOCK, left))
            if not block:
                break
            size, crc, left = size + len(block), zlib.crc32(block, crc), left - len(block)
        if not left and crc == known["crc"]:
            progress.add_counts(known["vragen"], known["open"], known["besluiten"], known["scripts"])
            return _State(known["regels"], size, crc)
        handle.seek(0)
    return _State()


def _count_rest(path, handle, progress, usable, state: _State) -> _State:
    carry = b""
    while True:
        block = handle.read(BLOCK)
        if not block:
            break
        end = block.rfind(b"\n")
        if end < 0:
            carry += block
            continue
        chunk = carry + memoryview(block)[: end + 1] if carry else block[: end + 1]
        carry = block[end + 1 :]
        state.size, state.crc = state.size + len(chunk), zlib.crc32(chunk, state.crc)
        state.lines, fast = _take(path, chunk, state.lines, progress, usable)
        state.all_fast = state.all_fast and fast
    if carry:
        state.tail = True
        _take(path, carry + b"\n", state.lines, progress, usable)
    return state


def _memo_read(memo) -> dict | None:
    import json

    try:
        with open(memo, "rb") as handle:
            known = json.loads(handle.read(4096))
        if known.get("versie") != 1:
            return None
        numbers = [known[key] for key in ("grootte", "crc", "regels", "vragen", "open")]
        if not all(type(n) is int and n >= 0 for n in numbers) or type(known["scripts"]) is not bool:
            return None
        if not (isinstance(known["besluiten"], list) and all(b in ("gedaan", "afgezien") for b in known["besluiten"])):
            return None
        return known
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _memo_write(memo, state: _State, progress) -> None:
    """Remember the counts of the whole journal (never required: a failure is ignored)."""
    import json

    from vraaghulp.light.daily import write_small

    known = {"versie": 1, "grootte": state.size, "crc": state.crc, "regels": state.lines, "vragen": progress.asks,
             "open": progress.open, "besluiten": list(progress.decisions), "scripts": progress.has_scripts}
    write_small(memo, json.dumps(known) + "\n")


def _take(path, chunk: bytes, before: int, progress, usable) -> tuple[int, bool]:
    """Count one block of whole lines into `progress`; the line count after it, and whether
    the block was counted over its bytes."""
    lines = chunk.count(b"\n")
    counts = _fast_counts(chunk, lines)
    if counts is None:
        for offset, raw in enumerate(chunk.split(b"\n")[:lines], start=before + 1):
            raw = raw.rstrip(b"\r")
            if raw.strip():
                try:
                    data = read.decode_line(raw)
                    if read.DELETED not in data:
                        progress.add(usable(data))
                except ValueError as exc:
                    read.report_line(path, offset, str(exc))
    else:
        progress.add_counts(*counts)
    return before + lines, counts is not None


def _fast_counts(chunk: bytes, lines: int):
    """(asks, open asks, the last two decisions, scripts?) when every line is plainly a record of
    a known kind and version, one per line, else None. Each test is one count in C: a journal of
    10,000 records costs a few milliseconds."""
    if not (chunk.startswith(_LINE_START) and chunk.endswith(b"}\n")) or chunk.count(_BETWEEN) != lines - 1:
        return None
    asks, scripts = chunk.count(_KIND["vraag"]), chunk.count(_KIND["script"])
    if asks + scripts != lines and sum(chunk.count(mark) for mark in _KIND.values()) != lines:
        return None  # (the other kinds are counted only when there are other lines)
    if b"\r" in chunk or not _utf8(chunk):
        return None
    gone = dict.fromkeys(_TOMBSTONE, 0)
    if _DELETED in chunk:
        gone = {kind: chunk.count(marker) for kind, marker in _TOMBSTONE.items()}
        if sum(gone.values()) != chunk.count(_DELETED):
            return None
        asks, scripts = asks - gone["vraag"], scripts - gone["script"]
    if not _rows_pass(chunk, lines - sum(gone.values()), asks, scripts):
        return None
    return asks, chunk.count(_OPEN), _last_decisions(chunk), scripts > 0


# What the table's row check (`light.listing.row_problem`) asks of a record, as patterns over
# the bytes of records in the model's layout: a date that is one, an ask's names, scales and
# status, a script's sentence. Each is counted once per block, in C.
_TEXT = rb'"(?:[^"\\]++|\\.)++"'
_MAYBE = rb'(?:null|"(?:[^"\\]++|\\.)*+")'
_DATE = re.compile(rb',"gemaakt":"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d'
                   rb'(?:\.\d{1,6})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?",')
_ASK = re.compile(rb',"wie":' + _TEXT + rb',"vraag":' + _TEXT + rb',"wanneer":' + _MAYBE
                  + rb',"niveau":(?:null|[1-%d]),"verwachting":' % MAX_LEVEL + _MAYBE
                  + rb',"angst_voor":(?:10|\d),"kans":(?:100|[1-9]?\d),"volheid":(?:null|10|\d),"script":' + _MAYBE
                  + rb',"status":"(?:open|gedaan|afgezien)","uitkomst":' + _MAYBE + rb',"vergelijking":' + _MAYBE
                  + rb',"angst_na":(?:null|10|\d),')
_SENTENCE = re.compile(rb',"zin":' + _TEXT + rb',')
_NAMES = re.compile(rb',"namen":\[(?:' + _TEXT + rb'(?:,' + _TEXT + rb')*+)?\],')


def _rows_pass(chunk: bytes, records: int, asks: int, scripts: int) -> bool:
    """Whether every live record in the block plainly passes the table's row check."""
    if len(_DATE.findall(chunk)) != records or len(_ASK.findall(chunk)) != asks:
        return False
    if scripts and len(_SENTENCE.findall(chunk)) != scripts:
        return False
    talks = chunk.count(_KIND["gesprek"])
    return not talks or len(_NAMES.findall(chunk)) == talks


def _utf8(chunk: bytes) -> bool:
    if chunk.isascii():
        return True
    try:
        chunk.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _last_decisions(chunk: bytes, keep: int = 2) -> list[str]:
    """The statuses of the last `keep` decided asks in the block, in file order."""
    found: list[tuple[int, str]] = []
    start = 0  # once one status has `keep` hits, anything before the earliest cannot count
    for mark, status in zip(_DECIDED, ("gedaan", "afgezien")):
        end = len(chunk)
        hits = 0
        while hits < keep:
            at = chunk.rfind(mark, start, end)
            if at < 0:
                break
            found.append((at, status))
            hits, end = hits + 1, at
        if hits == keep:
            start = end
    found.sort()
    return [status for _at, status in found[-keep:]]
