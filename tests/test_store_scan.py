"""The block scanner under the journal's one-record rewrites and lookups (store/scan.py).

Compared with the plain line-by-line answer on random files, with blocks small enough that
lines span reads, long lines span many, and the file may end without a newline.
"""

from __future__ import annotations

import io
import random

import pytest

from vraaghulp.store import scan


def _random_file(rng: random.Random) -> bytes:
    lines = []
    for _ in range(rng.randint(0, 40)):
        kind = rng.random()
        if kind < 0.15:
            lines.append(b"")
        elif kind < 0.25:
            lines.append(b"x" * rng.randint(20, 200) + b"NaAld" + b"y" * rng.randint(0, 90))
        else:
            word = rng.choice([b"naald", b"NAALD", b"stro", b"hooi", b"na ald"])
            lines.append(b"{" + word * rng.randint(1, 3) + b"}" + (b"\r" if rng.random() < 0.1 else b""))
    data = b"\n".join(lines)
    return data + b"\n" if rng.random() < 0.8 else data


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("block", [1, 7, 64])
def test_copy_replacing_and_matching_lines_agree_with_reading_line_by_line(monkeypatch, seed, block):
    monkeypatch.setattr(scan, "_BLOCK", block)
    rng = random.Random(seed)
    data = _random_file(rng)
    lines = data.split(b"\n")
    whole = [line for line in lines if line.strip()]
    for needle, hit in ((b"naald", lambda raw: b"naald" in raw), (scan.Folded(b"naald"), lambda raw: b"naald" in raw.lower()),
                        (None, lambda raw: True)):
        assert list(scan.matching_lines(io.BytesIO(data), needle)) == [l.rstrip(b"\r") for l in whole if hit(l)]

        def edit(raw: bytes):
            return None if raw.startswith(b"x") else raw.upper() if b"1" not in raw else raw

        out = io.BytesIO()
        scan.copy_replacing(io.BytesIO(data), out, needle, edit)
        expected = []
        for index, line in enumerate(lines):
            last = index == len(lines) - 1
            if last and line == b"":
                break
            new = edit(line) if line.strip() and hit(line) else line
            if new is None:
                continue
            expected.append(new + (b"" if last and new is line else b"\n"))
        assert out.getvalue() == b"".join(expected)
