"""Round 35 (c35p): the check of a search term decodes a small head. The rewrite rules, the patterns' places and
the macros are rows of crisis_regels.json, read when a text needs them; the TOML checksums and the row index need no
shared library of their own (`zlib`, `array`, `bisect`). Every value read that way is the value the plain file gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import files, snapshot
from vraaghulp.coach.crisis.build import stored
from vraaghulp.coach.crisis.rules import from_digest
from vraaghulp.coach.crisis.table import count_below

SRC = str(Path(__file__).resolve().parents[1] / "src")

_PROBE = """import json, sys
from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import snapshot
texts = json.loads(sys.argv[1])
tiers = [crisis.assess(text).tier for text in texts]
rules = crisis.compiled_rules()
rewrites = rules.normaliser.rewrites.rules
print(json.dumps({"tiers": tiers, "rewrites read": len(rewrites._read), "rewrites": len(rewrites),
                  "macros read": rules.entries._macros._macros is not None,
                  "head": sorted(snapshot._lazy()[0]["signalen"]), "tekst": sorted(snapshot._lazy()[0]["signalen"]["tekst"]),
                  "modules": sorted(m for m in ("zlib", "array", "binascii", "bisect", "_bisect") if m in sys.modules)}))
"""


def _fresh(*texts: str) -> dict:
    env = dict(os.environ, PYTHONPATH=SRC)
    done = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(texts)], capture_output=True, text=True,
                          env=env, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def plain():
    """The rules built from the whole stored file, decoded at once (as before round 35)."""
    data = stored()
    assert data is not None
    return from_digest(data["signalen"]), data


@pytest.mark.parametrize("texts", [("ziekenhuis",), ("Sam",), ("mijn zus",), ("verjaardag oma",),
                                   ("wa zegde gij",)])
def test_a_search_term_reads_a_few_rewrite_rules_and_no_macro(texts):
    found = _fresh(*texts)
    assert found["tiers"] == [None] * len(texts)
    assert found["rewrites"] > 100
    assert found["rewrites read"] <= 25  # the rules without keys and those a word of the text leads to
    assert found["macros read"] is False
    assert "vervang" not in found["tekst"] and files.REWRITE_KEYS in found["tekst"]
    assert "plaatsen" not in found["head"] and "afkortingen" not in found["head"]
    assert found["modules"] == []


def test_a_crisis_message_still_finds_its_rules_from_the_rows():
    found = _fresh("ik wil niet meeeer leven, ik heb de pillen al klaargelegd", "Ik ben op, helemaal op.")
    assert found["tiers"] == ["acuut", "zorg"]


def test_the_rewrite_rules_read_from_rows_are_the_plain_ones(plain):
    lazy = crisis.compiled_rules().normaliser.rewrites
    whole = plain[0].normaliser.rewrites
    assert type(lazy.rules).__name__ == "_StoredRewrites"  # the shortcut is on
    assert len(lazy.rules) == len(whole.rules) == len(lazy.keys) > 100
    assert lazy.keys == whole.keys == tuple(keys for _source, _replacement, keys in whole.rules)
    for n in reversed(range(len(whole.rules))):  # backwards: each row read on its own
        assert lazy.rules[n] == whole.rules[n]
        assert lazy.needs[n] == whole.needs[n]
    assert list(lazy.rules) == list(whole.rules)
    assert lazy.rules[-1] == whole.rules[-1]
    with pytest.raises(IndexError):
        lazy.rules[len(whole.rules)]


def test_the_places_and_macros_read_from_rows_are_the_plain_ones(plain):
    rules, data = plain
    entries = crisis.compiled_rules().entries
    assert len(entries) == len(rules.entries)
    for i in range(0, len(entries), 7):
        assert entries[i].where == rules.entries[i].where
        assert entries[i].source == rules.entries[i].source  # the macros written out the same
    macros = entries._macros
    assert dict((name, macros[name]) for name in data["signalen"]["afkortingen"]) == data["signalen"]["afkortingen"]
    assert len(macros) == len(data["signalen"]["afkortingen"]) and "geen-afkorting-zo" not in macros


def test_the_stored_file_reads_back_whole_with_the_new_rows(plain):
    _rules, data = plain
    signals = data["signalen"]
    assert len(signals["tekst"]["vervang"]) > 100 and all(len(row) == 4 for row in signals["tekst"]["vervang"])
    assert files.REWRITE_KEYS not in signals["tekst"]
    assert len(signals["plaatsen"]) > 500 and isinstance(signals["afkortingen"], dict)


def test_the_checksum_is_the_file_as_one_number_modulo_the_prime(tmp_path, monkeypatch):
    prime = (1 << 61) - 1
    for name in files.SOURCES:
        data = Path(files.path(f"{name}.toml")).read_bytes()
        assert files.checksums()[name] == f"{int.from_bytes(data, 'big') % prime:016x}-{len(data)}"
    for number in (0, 1, prime - 1, prime, prime + 5, 1 << 200, int.from_bytes(b"\xff" * 300, "big")):
        assert files._remainder(number) == number % prime  # hash() of a whole number, or the plain remainder
    monkeypatch.setattr(files, "path", lambda name: str(tmp_path / name))
    (tmp_path / f"{files.SOURCES[0]}.toml").write_bytes(b"a" * 70000)  # more than one piece of 64 KB
    sums = files.checksums()
    assert sums[files.SOURCES[0]] == f"{int.from_bytes(b'a' * 70000, 'big') % prime:016x}-70000"
    assert sums[files.SOURCES[1]] == "0000000000000000-0"  # missing


def test_the_row_index_gives_every_row_and_nothing_past_the_end():
    head, rows = snapshot._lazy()
    count = rows.count("plaatsen")
    assert count > 500 and rows.row("plaatsen", count - 1) == stored()["signalen"]["plaatsen"][-1]
    with pytest.raises(IndexError):
        rows.row("plaatsen", count)
    with pytest.raises(IndexError):
        rows.row("plaatsen", -1)
    assert head["versie"] == files.VERSION


def test_count_below_is_bisect_left():
    import bisect
    import random

    rng = random.Random(35)
    for size in (0, 1, 2, 3, 10, 745):
        ordered = sorted(rng.randrange(-5, 3000) for _ in range(size))
        for value in (-10, -5, 0, 1, 2999, 3000, 5000, *ordered[:20], *(v + 1 for v in ordered[:20])):
            assert count_below(ordered, value) == bisect.bisect_left(ordered, value), (size, value)
