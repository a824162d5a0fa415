"""Unlocking: password-manager command, OS keyring, terminal prompt, and clear refusals."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from vraaghulp.vault import keyfile as kf
from vraaghulp.vault import unlock as ul
from tests.vault_helpers import PASSPHRASE, BrokenKeyring, MemoryKeyring, make_encrypted_home, snapshot


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    make_encrypted_home(folder)
    (folder / "logboek.jsonl").write_bytes(b'{"enc":1}\n')
    return folder


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


class Asker:
    """Answers prompts from a list and remembers what was asked."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []

    def __call__(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


def command(*words: str) -> str:
    return shlex.join([sys.executable, "-c", *words])


def expected_id(home: Path) -> str:
    return ul.load_key_file(home)["sleutel_id"]


def test_prompt_then_keyring_remembers_the_key(home, memory_keyring):
    ask = Asker(PASSPHRASE)
    cipher = ul.unlock(home, ask=ask, env={})
    assert cipher.key_id == expected_id(home) and ask.prompts == ["Wachtwoord van je logboek: "]
    assert len(memory_keyring.entries) == 1
    # The next command opens without asking and without a passphrase.
    assert ul.unlock(home, ask=None, env={}).key_id == cipher.key_id


def test_keyring_entry_is_per_data_folder(home, tmp_path, memory_keyring):
    ul.unlock(home, ask=Asker(PASSPHRASE), env={})
    other = tmp_path / "ander"
    make_encrypted_home(other)
    with pytest.raises(ul.UnlockError):
        ul.unlock(other, ask=None, env={})


def test_a_stale_keyring_entry_is_ignored(home, memory_keyring):
    keyfile = ul.load_key_file(home)
    memory_keyring.set_password(ul.KEYRING_SERVICE, ul.keyring_entry(home, keyfile), "bm90IGEga2V5")
    assert ul.unlock(home, ask=Asker(PASSPHRASE), env={}).key_id == keyfile["sleutel_id"]


def test_wrong_passphrase_three_times_writes_nothing(home, memory_keyring):
    before = snapshot(home)
    ask = Asker("fout een", "fout twee", "fout drie")
    with pytest.raises(kf.WrongPassphrase) as caught:
        ul.unlock(home, ask=ask, env={})
    assert ask.prompts[1].startswith("Dat wachtwoord klopt niet")
    assert caught.value.exit_code == 1 and "niets gelezen of veranderd" in caught.value.message
    assert snapshot(home) == before and memory_keyring.entries == {}


def test_second_try_succeeds(home, no_keyring):
    assert ul.unlock(home, ask=Asker("fout", PASSPHRASE), env={}).key_id == expected_id(home)


def test_empty_answer_keeps_it_closed(home, no_keyring):
    with pytest.raises(ul.UnlockError, match="geen wachtwoord"):
        ul.unlock(home, ask=Asker(""), env={})


def test_no_terminal_no_command_is_a_clear_error(home, no_keyring):
    with pytest.raises(ul.UnlockError) as caught:
        ul.unlock(home, ask=None, env={})
    assert ul.ENV_COMMAND in caught.value.message and "terminal" in caught.value.message


def test_broken_keyring_falls_back_to_the_prompt_silently(home):
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        assert ul.unlock(home, ask=Asker(PASSPHRASE), env={}).key_id == expected_id(home)
    finally:
        keyring.set_keyring(previous)


def test_password_manager_command_comes_first(home, memory_keyring):
    ask = Asker()
    env = {ul.ENV_COMMAND: command(f"print({PASSPHRASE!r}); print('tweede regel')")}
    assert ul.unlock(home, ask=ask, env=env).key_id == expected_id(home)
    assert ask.prompts == [] and memory_keyring.entries == {}


def test_wrong_passphrase_from_the_command_does_not_fall_through(home, memory_keyring):
    env = {ul.ENV_COMMAND: command("print('niet het goede')")}
    with pytest.raises(kf.WrongPassphrase, match=ul.ENV_COMMAND):
        ul.unlock(home, ask=Asker(PASSPHRASE), env=env)


def test_command_runs_without_a_shell(home, tmp_path, no_keyring):
    marker = tmp_path / "gemaakt"
    env = {ul.ENV_COMMAND: command("import sys; print(sys.argv[1])", f"x; touch {marker}")}
    with pytest.raises(kf.WrongPassphrase):
        ul.unlock(home, env=env)
    assert not marker.exists()


@pytest.mark.parametrize(
    ("cmd", "words"),
    [
        ("vraaghulp-bestaat-echt-niet-123", "niet gevonden"),
        (command("import sys; sys.exit(3)"), "exitcode 3"),
        (command("pass"), "lege eerste regel"),
        (command("import sys; sys.stdout.buffer.write(b'\\xff\\n')"), "lege eerste regel"),
        ("'", "geen opdracht"),
    ],
)
def test_command_problems_are_dutch_sentences(cmd, words, home, no_keyring):
    with pytest.raises(ul.UnlockError, match=words):
        ul.unlock(home, env={ul.ENV_COMMAND: cmd})


def test_missing_key_file_says_where(tmp_path, no_keyring):
    with pytest.raises(kf.KeyFileError, match="sleutel.json"):
        ul.unlock(tmp_path, ask=Asker(PASSPHRASE), env={})


def test_forget_removes_the_keyring_entry(home, memory_keyring):
    ul.unlock(home, ask=Asker(PASSPHRASE), env={})
    ul.keyring_forget(home, ul.load_key_file(home))
    assert memory_keyring.entries == {}


def test_real_terminal_prompt_does_not_echo(home, tmp_path):
    """getpass in a real pseudo-terminal: asked once, not shown, wrong then right."""
    import os

    import pexpect

    from tests.pty_helpers import Spawn

    script = tmp_path / "open.py"
    script.write_text(
        "import sys, keyring\n"
        "from keyring.backends import fail\n"
        "keyring.set_keyring(fail.Keyring())\n"
        "from vraaghulp.vault.unlock import terminal_ask, unlock\n"
        "print('sleutel', unlock(sys.argv[1], ask=terminal_ask(), env={}).key_id)\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != ul.ENV_COMMAND}
    child = Spawn(sys.executable, [str(script), str(home)], env=env, timeout=20, encoding="utf-8")
    child.expect_exact("Wachtwoord van je logboek: ")
    child.sendline("fout")
    child.expect_exact("Dat wachtwoord klopt niet. Probeer het nog een keer: ")
    child.sendline(PASSPHRASE)
    child.expect(r"sleutel (\w+)")
    assert child.match.group(1) == expected_id(home)
    assert PASSPHRASE not in child.before and "fout" not in child.before
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_terminal_ask_is_none_without_a_terminal(monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert ul.terminal_ask() is None
