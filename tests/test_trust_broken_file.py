"""A damaged journal, through the real command: a clear Dutch message naming file and line,
the rest still loads, and no later write deletes the damaged line (issue 8, item 3)."""

from __future__ import annotations

import json
import os

import pytest


def _ask_line(rid: str, person: str) -> bytes:
    return json.dumps(
        {"id": rid, "soort": "vraag", "v": 1, "gemaakt": "2025-05-01T10:00:00+02:00", "wie": person,
         "vraag": f"{person}, kun je morgen even bellen?", "angst_voor": 5, "kans": 50},
        ensure_ascii=False,
    ).encode("utf-8")


GOOD_1 = _ask_line("goed0001", "Ann")
GOOD_2 = _ask_line("goed0002", "Bo")

BAD_LINES = {
    "rommel": (b"dit is geen json maar losse tekst", "geen geldige JSON"),
    "afgekapt": (b'{"id": "half0001", "soort": "vraag", "wie": "Sa', "geen geldige JSON"),
    "geen-utf8": (b'{"id": "\xff\xfe", "soort": "vraag"}', "geen geldige JSON"),
    "onbekende-soort": (b'{"id": "raar0001", "soort": "droom", "v": 1}', "onbekende soort"),
    "nieuwer-schema": (
        _ask_line("nieuw001", "Cas").replace(b'"v": 1', b'"v": 3').replace(b'"kans": 50', b'"kans": 50, "humeur": "blij"'),
        "nieuwere versie",
    ),
    "geen-object": (b'["een", "lijst"]', "geen record"),
    "ongeldig-veld": (_ask_line("fout0001", "Dee").replace(b'"angst_voor": 5', b'"angst_voor": 99'), "klopt niet"),
}


def _write(data_home, *lines: bytes, end: bytes = b"\n") -> os.PathLike:
    data_home.mkdir(parents=True, exist_ok=True)
    path = data_home / "logboek.jsonl"
    path.write_bytes(b"\n".join(lines) + end)
    return path


def _ids(result) -> list[str]:
    return [item["id"] for item in json.loads(result.stdout)["items"]]


@pytest.mark.parametrize("kind", sorted(BAD_LINES))
def test_each_damaged_line_is_named_and_the_rest_loads(run_cli, data_home, kind):
    bad, words = BAD_LINES[kind]
    path = _write(data_home, GOOD_1, bad, GOOD_2)
    result = run_cli("log", "--json")
    assert result.returncode == 0, result.stderr
    assert _ids(result) == ["goed0001", "goed0002"]  # stdout stays valid JSON
    assert f"{path}, regel 2" in result.stderr and words in result.stderr
    assert "onaangeroerd" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == b"\n".join([GOOD_1, bad, GOOD_2]) + b"\n"


def test_later_writes_never_delete_damaged_lines(run_cli, data_home):
    bad = [BAD_LINES[kind][0] for kind in sorted(BAD_LINES)]
    torn = b'{"id": "scheur01", "soort": "vraag", "wie": "Ev'  # a crash mid-write: no newline
    path = _write(data_home, GOOD_1, *bad, GOOD_2, torn, end=b"")

    made = run_cli("oefen", "--wie", "Fien", "--vraag", "Fien, wil je meelezen?", "--angst", "4", "--kans", "70", "--json")
    assert made.returncode == 0, made.stderr
    new_id = json.loads(made.stdout)["items"][0]["id"]
    finished = run_cli("oefen", "--afronden", "goed0001", "--uitkomst", "ja", "--angst-na", "1")
    assert finished.returncode == 0, finished.stderr
    set_aside = run_cli("oefen", "--afronden", new_id, "--afgezien")
    assert set_aside.returncode == 0, set_aside.stderr
    wiped = run_cli("log", "wis", "goed0002", "--ja")
    assert wiped.returncode == 0, wiped.stderr

    lines = path.read_bytes().split(b"\n")
    for line in [*bad, torn]:
        assert line in lines, line  # every damaged line is still there, byte for byte, on its own line
    listed = run_cli("log", "--json")
    assert _ids(listed) == ["goed0001", new_id]
    by_id = {item["id"]: item for item in json.loads(listed.stdout)["items"]}
    assert by_id["goed0001"]["status"] == "gedaan" and by_id[new_id]["status"] == "afgezien"
    # Each damaged line is reported once, with its own line number.
    reported = [line for line in listed.stderr.splitlines() if line.startswith("Let op:")]
    assert len(reported) == len(bad) + 1
    assert all(str(path) in line and ", regel " in line for line in reported)


def test_an_empty_file_and_blank_lines_are_fine(run_cli, data_home):
    path = _write(data_home, end=b"")
    result = run_cli("log", "--json")
    assert result.returncode == 0 and _ids(result) == [] and result.stderr == ""
    assert run_cli("log").returncode == 0
    _write(data_home, b"", GOOD_1, b"   ", b"", GOOD_2, b"")
    result = run_cli("log", "--json")
    assert _ids(result) == ["goed0001", "goed0002"] and "Let op" not in result.stderr
    made = run_cli("oefen", "--wie", "Gus", "--vraag", "Gus, help je even?", "--angst", "3", "--kans", "80")
    assert made.returncode == 0, made.stderr
    assert path.read_bytes().startswith(b"\n" + GOOD_1 + b"\n   \n\n" + GOOD_2)


def test_windows_line_endings_and_a_byte_order_mark_still_load(run_cli, data_home):
    path = data_home / "logboek.jsonl"
    data_home.mkdir(parents=True)
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_1 + b"\r\n" + GOOD_2 + b"\r\n")  # saved by a Windows editor
    result = run_cli("log", "--json")
    assert result.returncode == 0, result.stderr
    assert _ids(result) == ["goed0001", "goed0002"] and "Let op" not in result.stderr


def test_a_directory_where_the_journal_belongs(run_cli, data_home):
    (data_home / "logboek.jsonl").mkdir(parents=True)
    (data_home / "logboek.jsonl" / "iets.txt").write_text("van mij", encoding="utf-8")
    for args in (("log",), ("oefen", "--wie", "Ann", "--vraag", "Help je?", "--angst", "3", "--kans", "50"), ("export",)):
        result = run_cli(*args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert "staat een map" in result.stderr and str(data_home / "logboek.jsonl") in result.stderr
        assert "Traceback" not in result.stderr + result.stdout
    assert (data_home / "logboek.jsonl" / "iets.txt").read_text(encoding="utf-8") == "van mij"


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_symlink_to_elsewhere_is_refused_and_its_target_untouched(run_cli, data_home, tmp_path):
    elsewhere = tmp_path / "ergens-anders.jsonl"
    elsewhere.write_bytes(GOOD_1 + b"\n")
    data_home.mkdir(parents=True)
    (data_home / "logboek.jsonl").symlink_to(elsewhere)
    for args in (
        ("log",),
        ("oefen", "--wie", "Ann", "--vraag", "Help je?", "--angst", "3", "--kans", "50"),
        ("oefen", "--afronden", "goed0001", "--uitkomst", "ja", "--angst-na", "1"),
    ):
        result = run_cli(*args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert "symbolische koppeling" in result.stderr and str(data_home / "logboek.jsonl") in result.stderr
        assert "Traceback" not in result.stderr
    assert elsewhere.read_bytes() == GOOD_1 + b"\n"
    assert (data_home / "logboek.jsonl").is_symlink()


def test_json_output_stays_valid_json_when_the_journal_cannot_be_read(run_cli, data_home):
    (data_home / "logboek.jsonl").mkdir(parents=True)
    result = run_cli("log", "--json")
    assert result.returncode == 1
    payload = json.loads(result.stdout)  # one error object, not half an envelope
    assert "staat een map" in payload["fout"]["bericht"] and payload["fout"]["code"] == 1
