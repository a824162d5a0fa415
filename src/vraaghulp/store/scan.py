"""Finding and replacing single lines of a large file, a block at a time.

The journal can hold a million lines; looking for one id with a Python loop per line (or a
`lower()` copy of every line) costs more than the search itself. Here a block of whole lines
is searched at once (`bytes.find`, in C) and only the lines that contain the needle are handed
to Python. Memory stays at one block plus the longest line.

- `matching_lines(handle, needle)`: each raw line holding the needle.
- `copy_replacing(handle, out, needle, edit)`: copy everything to `out`, each line holding the
  needle replaced by what `edit(raw)` returns (the same object: unchanged; None: dropped).

Line numbers are not counted on the way (that would cost a pass of its own): only an error
message needs one, and `store.read.line_number_of` finds it then.

`needle` is bytes (searched as is), or `Folded(bytes)` (ASCII case-insensitive), or None (every
line is a candidate: for needles JSON would store with escapes). Lines are as stored, without
their newline; every other byte is copied as it is.
"""

from __future__ import annotations

_BLOCK = 1 << 20


class Folded(bytes):
    """A needle searched without regard to ASCII case (give it in lower case)."""


def _blocks(handle):
    """(buffer, start, end): the whole lines of the file, in order, as ranges of read buffers.

    A block as read is searched in place (no copy); only a line that spans two reads is joined.
    The last range may lack its newline.
    """
    parts: list[bytes] = []
    while True:
        data = handle.read(_BLOCK)
        if not data:
            if parts:
                joined = b"".join(parts)
                yield joined, 0, len(joined)
            return
        start = 0
        if parts:
            newline = data.find(b"\n")
            if newline == -1:
                parts.append(data)  # one long line: collect it without copying it again and again
                continue
            joined = b"".join([*parts, data[:newline + 1]])
            parts = []
            yield joined, 0, len(joined)
            start = newline + 1
        cut = data.rfind(b"\n", start) + 1
        if cut > start:
            yield data, start, cut
        else:
            cut = start
        if cut < len(data):
            parts = [data[cut:]]


def _starts(buffer: bytes, start: int, end: int, needle, line_start: bytes | None = None):
    """Offsets in buffer[start:end] where the needle is found (every line start for None), and
    where a line begins with `line_start` (lines a byte search cannot see into)."""
    if line_start is not None and needle is not None:
        import heapq

        yield from heapq.merge(_starts(buffer, start, end, needle), _line_starts(buffer, start, end, line_start))
        return
    if needle is None:
        position = start
        while position < end:
            yield position
            position = buffer.find(b"\n", position, end) + 1 or end
        return
    haystack = buffer.lower() if isinstance(needle, Folded) else buffer  # ASCII lower keeps every offset
    position = haystack.find(needle, start, end)
    while position != -1:
        yield position
        position = haystack.find(needle, position + 1, end)


def _line_starts(buffer: bytes, start: int, end: int, prefix: bytes):
    if buffer.startswith(prefix, start, end) and (start == 0 or buffer[start - 1:start] == b"\n"):
        yield start
    position = buffer.find(b"\n" + prefix, start, end)
    while position != -1:
        yield position + 1
        position = buffer.find(b"\n" + prefix, position + 1, end)


def _lines_in(buffer: bytes, start: int, end: int, needle, line_start: bytes | None = None):
    """(start, end) of each line in buffer[start:end] holding the needle (end: before the newline)."""
    line_end = -1
    for offset in _starts(buffer, start, end, needle, line_start):
        if offset <= line_end:
            continue  # another hit on a line already given
        first = buffer.rfind(b"\n", start, offset) + 1 or start
        line_end = buffer.find(b"\n", offset, end)
        if line_end == -1:
            line_end = end
        yield first, line_end


def matching_lines(handle, needle, line_start: bytes | None = None):
    """Every non-empty raw line holding the needle (or beginning with `line_start`), in file order."""
    for buffer, start, end in _blocks(handle):
        for line_start_at, line_end in _lines_in(buffer, start, end, needle, line_start):
            raw = buffer[line_start_at:line_end].rstrip(b"\r")
            if raw.strip():
                yield raw


def copy_replacing(handle, out, needle, edit, line_start: bytes | None = None) -> None:
    """Copy `handle` to `out`; each non-empty line holding the needle (or beginning with
    `line_start`) becomes `edit(raw)`."""
    for buffer, start, end in _blocks(handle):
        view = memoryview(buffer)
        done = start
        for first, line_end in _lines_in(buffer, start, end, needle, line_start):
            raw = buffer[first:line_end]
            if not raw.strip():
                continue
            new = edit(raw)
            if new is raw:
                continue
            out.write(view[done:first])
            if new is not None:
                out.write(new + b"\n")
            done = min(line_end + 1, end)
        out.write(view[done:end])
