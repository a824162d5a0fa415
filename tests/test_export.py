"""`vraaghulp export`: md report, csv and json, read back from the files written."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import stat
from datetime import date
from pathlib import Path

import pytest

from vraaghulp.coach.filters import Filters
from vraaghulp.render import report as export
from vraaghulp.store.queries import collect
from vraaghulp.views import csv_columns
from vraaghulp.store import Journal

FIXTURE = Path(__file__).parent / "fixtures" / "log_fixture.jsonl"


@pytest.fixture
def journal_file(data_home) -> Path:
    data_home.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = data_home / "logboek.jsonl"
    shutil.copyfile(FIXTURE, target)
    return target


def test_markdown_report_summary_first_then_entries(journal_file):
    records, overview = collect(Journal(journal_file), Filters())
    text = export.markdown_report(records, overview, Filters(), today=date(2024, 11, 22))
    assert text.startswith("# Terugblik uit vraaghulp\n")
    assert "Periode: alles sinds 4 november 2024. Gemaakt op 22 november 2024." in text
    summary = text.index("## Samenvatting")
    entries = text.index("## Vragen")
    assert summary < entries < text.index("## Overtuigingen") < text.index("## Gesprekken in zeven stappen")
    assert "- Vragen: 8 (6 gevraagd, 1 nog open en 1 bewust niet gevraagd)" in text
    assert "- Uitkomsten: ja 3, deels 1, nee 1, geen reactie 1" in text
    assert "- Kans op ja: vooraf gemiddeld geschat op 46,7%, echt ja bij 50% (ja of deels: 66,7%)" in text
    assert "- Angst (0-10): vooraf gemiddeld 6,5, achteraf 3,8 (bij 6 vragen met allebei)" in text
    assert "| Sam | 4 | 2 | 1 | 0 | 1 | 57,5% | 50% | 5,5 → 3 |" in text
    assert "### ma 4 nov 2024 · aan Sam" in text
    assert "- Hoe waar (0-100): 80 → 60 → 45" in text
    assert "- Stap 2: Lotte zei dat ze vaak moet raden." in text


def test_export_files_are_private_and_read_back(run_cli, journal_file, tmp_path):
    md, table, data = tmp_path / "verslag.md", tmp_path / "log.csv", tmp_path / "log.json"
    for path, extra in ((md, ()), (table, ()), (data, ("--formaat", "json"))):
        result = run_cli("export", "-o", str(path), *extra)
        assert result.returncode == 0, result.stderr
        assert "Export opgeslagen" in result.stderr
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "## Samenvatting" in md.read_text(encoding="utf-8")

    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert len(rows) == 12 and list(rows[0]) == list(csv_columns())
    first = rows[0]
    assert (first["id"], first["wie"], first["angst_voor"], first["uitkomst"]) == ("aaaa0001", "Sam", "6", "ja")
    conv = next(r for r in rows if r["soort"] == "gesprek")
    assert conv["namen"] == "Sam; Lotte" and json.loads(conv["notities"])["1"].startswith("Het kost")

    payload = json.loads(data.read_text(encoding="utf-8"))
    assert payload["versie"] == 1 and len(payload["items"]) == 12
    assert payload["items"] == json.loads(run_cli("log", "--json").stdout)["items"]


def test_export_refuses_to_overwrite(run_cli, journal_file, tmp_path):
    target = tmp_path / "verslag.md"
    target.write_text("mijn eigen tekst", encoding="utf-8")
    result = run_cli("export", "-o", str(target))
    assert result.returncode == 1 and "bestaat al" in result.stderr and "--overschrijf" in result.stderr
    assert target.read_text(encoding="utf-8") == "mijn eigen tekst"
    result = run_cli("export", "-o", str(target), "--overschrijf")
    assert result.returncode == 0 and "# Terugblik uit vraaghulp" in target.read_text(encoding="utf-8")
    result = run_cli("export", "-o", str(tmp_path / "geen-map" / "x.md"))
    assert result.returncode == 1 and "bestaat niet" in result.stderr


def test_export_filters_and_stdout(run_cli, journal_file):
    result = run_cli("export", "--formaat", "csv", "--van", "2024-11-18")
    assert result.returncode == 0, result.stderr
    ids = [row["id"] for row in csv.DictReader(io.StringIO(result.stdout))]
    assert ids == ["cccc0001", "aaaa0007", "aaaa0008"]
    result = run_cli("export", "--formaat", "json", "--persoon", "anna")
    assert [i["id"] for i in json.loads(result.stdout)["items"]] == ["aaaa0002", "aaaa0006"]
    result = run_cli("export", "--formaat", "pdf")
    assert result.returncode == 2 and "md, csv, json" in result.stderr


def test_csv_cells_never_become_formulas():
    assert export.csv_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert export.csv_cell("@zelf") == "'@zelf"
    assert export.csv_cell("-3") == "-3"
    assert export.csv_cell(["a", "b"]) == "a; b"
    assert export.csv_cell(True) == "ja"
    assert export.csv_cell("tekst\x1b[31m rood") == "tekst rood"


def test_empty_export_is_still_a_report():
    from vraaghulp.coach.overview import Overview

    text = export.markdown_report([], Overview(), Filters(start=date(2024, 11, 1)), today=date(2024, 11, 22))
    assert "vanaf 1 november 2024" in text and "geen vragen" in text
