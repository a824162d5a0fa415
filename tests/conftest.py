from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Keep compiled modules (src/ and the assertion-rewritten tests) between runs and for the
# processes the tests start, even when the shell sets PYTHONDONTWRITEBYTECODE: compiling
# every module afresh in every worker and every child process cost seconds per run.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# The tests' folders in memory where the machine has it (/dev/shm): the store syncs every write
# to disk (fsync), and thousands of those on a real disk were seconds of waiting per worker.
# The same calls are made; set PYTEST_DEBUG_TEMPROOT to choose another place.
if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK | os.X_OK):
    os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", "/dev/shm")

from tests import helpers  # noqa: E402
from vraaghulp.vault import keyfile as _keyfile  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# Property tests draw the same examples on every run ("vast"), so a run of the suite is
# repeatable and a landing never hangs on a new random draw. To hunt for new cases with fresh
# random examples, and more of them: HYPOTHESIS_PROFILE=zoek .venv/bin/python -m pytest -k propert
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("vast", derandomize=True, database=None)
_hypothesis_settings.register_profile("zoek", derandomize=False, max_examples=2000)
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "vast"))


_TMP_NUMBERS: dict[str, int] = {}


@pytest.fixture
def tmp_path(request, tmp_path_factory) -> Path:
    """pytest's tmp_path with the same name (test name cut at 30, then a number), made without
    listing the whole base folder for each test as pytest's own does: that listing grows with
    every test and cost more than most tests here. Kept and cleaned up as pytest's own."""
    import re

    name = re.sub(r"\W", "_", request.node.name)[:30]
    while True:
        number = _TMP_NUMBERS.get(name, 0)
        _TMP_NUMBERS[name] = number + 1
        path = tmp_path_factory.getbasetemp() / f"{name}{number}"
        try:
            path.mkdir(mode=0o700)
            return path
        except FileExistsError:
            continue


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    """Every test gets its own data directory."""
    home = tmp_path / "vraaghulp-data"
    monkeypatch.setenv("VRAAGHULP_HOME", str(home))
    monkeypatch.setenv("VRAAGHULP_APPARAAT", str(tmp_path / "apparaat"))  # this device's id: never the real one
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # never the real keyring
    monkeypatch.delenv("VRAAGHULP_WACHTWOORD_CMD", raising=False)
    monkeypatch.delenv("VRAAGHULP_DEBUG", raising=False)
    return home


_REAL_DERIVE = _keyfile.derive
_DERIVED: dict[tuple, bytes] = {}


def _derive_once(passphrase: str, kdf: dict) -> bytes:
    """The key file's scrypt, worked out once per passphrase and parameters in a run: a test that
    encrypts and then opens derives the same key twice, a tenth of a second each time."""
    try:
        key = (passphrase, kdf["zout"], kdf["n"], kdf["r"], kdf["p"])
        hash(key)
    except (KeyError, TypeError):
        return _REAL_DERIVE(passphrase, kdf)
    if key not in _DERIVED:
        _DERIVED[key] = _REAL_DERIVE(passphrase, kdf)
    return _DERIVED[key]


@pytest.fixture(autouse=True)
def derive_once(monkeypatch):
    monkeypatch.setattr(_keyfile, "derive", _derive_once)


def vraaghulp_exe() -> list[str]:
    """The installed console script, or `python -m vraaghulp` as a fallback."""
    exe = shutil.which("vraaghulp", path=os.path.dirname(sys.executable)) or shutil.which("vraaghulp")
    return [exe] if exe else [sys.executable, "-m", "vraaghulp"]


@pytest.fixture
def run_cli(data_home):
    """Run a command line in this process with a test Environment: run_cli("oefen", "--wie", "Sam").

    `input=` is standard input, `env=` extra environment variables, `tty=True` pretends
    there is a terminal and answers its questions from `answers=[...]`.
    """
    return helpers.run


@pytest.fixture
def rules_only(monkeypatch):
    """krimp's rules alone decide `sure`: the fitted model of the whole result (whole.py) and the first-sight gate
    (first_sight.py) are off. For tests of what a rule makes of a draft; both have tests of their own. The gate goes
    through monkeypatch, so a test that switches it on again with monkeypatch leaves it on afterwards (one undo
    stack, whatever order pytest tears the fixtures down in)."""
    from vraaghulp.coach.krimp import first_sight, whole

    whole.use({"intercept": 0.0, "drempel": 2.0, "gewichten": {}})
    monkeypatch.setattr(first_sight, "ACTIVE", False)
    yield
    whole.use(None)


@pytest.fixture
def run_process(data_home):
    """Run the installed command as a real process (entry point, signals, concurrency)."""

    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 30):
        full_env = dict(os.environ)
        full_env["VRAAGHULP_HOME"] = str(data_home)
        full_env.setdefault("NO_COLOR", "1")
        full_env["COLUMNS"] = "100"
        if env:
            full_env.update(env)
        return subprocess.run(
            [*vraaghulp_exe(), *args],
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=full_env,
            timeout=timeout,
        )

    return run


def pytest_collection_finish(session) -> None:
    """Everything built so far (pytest, hypothesis, the test modules) stays for the whole run:
    keep it out of the garbage collector's full passes, which otherwise walk it again and again
    (a command that lets go of the crisis rules calls gc.collect(), seconds in all)."""
    import gc

    gc.collect()
    gc.freeze()
