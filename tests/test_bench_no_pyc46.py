"""Round 46 (s46): the benchmark's rows without .pyc measure the install made with `pip install --no-compile`,
not the source tree. Run as the developer notes say (`PYTHONPATH=src python benchmarks/run.py`), those rows
inherited PYTHONPATH, so the venv without .pyc imported vraaghulp from `src/`, whose __pycache__ holds every
.pyc: the rows measured compiled code (14.1 MiB) instead of a first run that compiles everything (15.3 MiB)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("vraaghulp_bench_run46", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_rows_without_pyc_do_not_inherit_pythonpath(monkeypatch, tmp_path):
    bench = _bench()
    monkeypatch.setenv("PYTHONPATH", "src")
    cases = bench.no_pyc_cases("/nowhere/bin/python", {100_000: tmp_path})
    assert len(cases) == 3
    for case in cases:
        for env in (case.env, case.ref_env):
            assert "PYTHONPATH" not in env, case.name
            assert env["PYTHONDONTWRITEBYTECODE"] == "1"
    assert cases[0].env["VRAAGHULP_HOME"] == str(tmp_path)


def test_the_other_rows_still_run_the_source_tree(monkeypatch, tmp_path):
    bench = _bench()
    monkeypatch.setenv("PYTHONPATH", "src")
    assert bench.env_for(tmp_path)["PYTHONPATH"] == "src"  # what `PYTHONPATH=src` asks for: this tree's code
