"""Finding and replacing single lines of a large file, a block at a time.

The journal can hold a million lines; looking for one id with a Python loop per line (or a
`lower()` copy of every line) costs more than the search itself. Here a block of whole lines
is searched at once (`bytes.find`, in C) and only the lines that contain the needle are handed
to Python. Memory stays at one block plus the longest line.

- `matching_lines(handle, needle)`: (line number, raw line) for each line holding the needle.
- `copy_replacing(handle, out, needle, edit)`: copy everything to `out`, each line holding the
  needle replaced by what `edit(number, raw)` returns (the same object: unchanged; None: dropped).

`needle` is bytes (searched as is), or `Folded(bytes)` (ASCII case-insensitive), or None (every
line is a candidate: for needles JSON would store with escapes). Lines are as stored, without
their newline; every other byte is copied as it is.
"""

from __future__ import annotations

_BLOCK = 1 << 20


class Folded(bytes):
    """A needle searched without regard to ASCII case (give it in lower case)."""


def _blocks(handle):
    """(number of the first line, block of whole lines) to the end; the last block may lack its newline."""
    number = 1
    parts: list[bytes] = []
    while True:
        data = handle.read(_BLOCK)
        if not data:
            if parts:
                yield number, b"".join(parts)
            return
        cut = data.rfind(b"\n") + 1
        if cut == 0:
            parts.append(data)  # one long line: collect it without copying it again and again
            continue
        block = b"".join([*parts, data[:cut]]) if parts else data[:cut]
        parts = [data[cut:]] if cut < len(data) else []
        yield number, block
        number += block.count(b"\n")


def _starts(block: bytes, needle):
    """Offsets in `block` where the needle is found (every line start for None)."""
    if needle is None:
        position = 0
        while position < len(block):
            yield position
            position = block.find(b"\n", position) + 1 or len(block)
        return
    haystack = block.lower() if isinstance(needle, Folded) else block
    position = haystack.find(needle)
    while position != -1:
        yield position
        position = haystack.find(needle, position + 1)


def _lines_in(number: int, block: bytes, needle):
    """(line number, start, end) of each line of the block holding the needle (end: before the newline)."""
    counted_to, counted = 0, number
    line_end = -1
    for offset in _starts(block, needle):
        if offset <= line_end:
            continue  # another hit on a line already given
        start = block.rfind(b"\n", 0, offset) + 1
        line_end = block.find(b"\n", offset)
        if line_end == -1:
            line_end = len(block)
        counted += block.count(b"\n", counted_to, start)
        counted_to = start
        yield counted, start, line_end


def matching_lines(handle, needle):
    """(line number, raw line) for every non-empty line holding the needle, in file order."""
    for number, block in _blocks(handle):
        for line_number, start, end in _lines_in(number, block, needle):
            raw = block[start:end].rstrip(b"\r")
            if raw.strip():
                yield line_number, raw


def copy_replacing(handle, out, needle, edit) -> None:
    """Copy `handle` to `out`; each non-empty line holding the needle becomes `edit(number, raw)`."""
    for number, block in _blocks(handle):
        view = memoryview(block)
        done = 0
        for line_number, start, end in _lines_in(number, block, needle):
            raw = block[start:end]
            if not raw.strip():
                continue
            new = edit(line_number, raw)
            if new is raw:
                continue
            out.write(view[done:start])
            if new is not None:
                out.write(new + b"\n")
            done = min(end + 1, len(block))
        out.write(view[done:])
