"""Opening an encrypted data folder: where the passphrase (or the key) comes from.

In order:
1. $VRAAGHULP_WACHTWOORD_CMD: a password-manager command, run without a shell; its first
   output line is the passphrase. A wrong one is an error (no silent fall-through).
2. The OS keyring (`keyring`), which holds the unwrapped data key under an entry for this
   data folder, so no passphrase and no key stretching is needed. No usable keyring (or
   any keyring error): skipped without a word.
3. A prompt in the terminal (`ask`, e.g. getpass), up to three tries; after success the
   key is stored in the keyring when one is usable.
4. No terminal: a Dutch error that says how to give the passphrase.
Nothing is written to the data folder on any path through here.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shlex
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from vraaghulp.errors import VraaghulpError
from vraaghulp.vault import keyfile as kf
from vraaghulp.vault.cipher import LineCipher
from vraaghulp.vault.detect import terminal_ask  # noqa: F401 - where callers look for it
from vraaghulp.vault.texts import say

ENV_COMMAND = "VRAAGHULP_WACHTWOORD_CMD"
KEYRING_SERVICE = "vraaghulp"
COMMAND_TIMEOUT = 120.0
ATTEMPTS = 3

Ask = Callable[[str], str]


class UnlockError(VraaghulpError):
    """The folder could not be opened; the message says what to do (exit 1)."""


def load_key_file(data_dir: Path) -> dict[str, Any]:
    path = Path(data_dir) / kf.KEY_FILE_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise kf.KeyFileError(say("sleutel.ontbreekt", pad=path)) from None
    except OSError as exc:
        from vraaghulp.errors import os_error_message

        raise kf.KeyFileError(os_error_message(exc, path)) from None
    return kf.parse(raw, path)


def unlock(
    data_dir: Path,
    *,
    ask: Ask | None = None,
    env: Mapping[str, str] | None = None,
    use_keyring: bool = True,
) -> LineCipher:
    """A cipher for this data folder's key, from the first source that has it."""
    env = os.environ if env is None else env
    keyfile = load_key_file(data_dir)
    command = env.get(ENV_COMMAND, "").strip()
    if command:
        try:
            return LineCipher(kf.unwrap(keyfile, passphrase_from_command(command)))
        except kf.WrongPassphrase:
            raise kf.WrongPassphrase(say("wachtwoord.verkeerd_commando", env=ENV_COMMAND)) from None
    if use_keyring:
        key = keyring_load(data_dir, keyfile)
        if key is not None:
            return LineCipher(key)
    if ask is None:
        raise UnlockError(say("wachtwoord.geen_terminal", env=ENV_COMMAND))
    key = _ask_until_right(keyfile, ask)
    if use_keyring:
        keyring_store(data_dir, keyfile, key)
    return LineCipher(key)


def _ask_until_right(keyfile: dict[str, Any], ask: Ask) -> bytes:
    prompt = say("wachtwoord.vraag")
    for attempt in range(1, ATTEMPTS + 1):
        passphrase = ask(prompt)
        if not passphrase:
            raise UnlockError(say("wachtwoord.leeg"))
        try:
            return kf.unwrap(keyfile, passphrase)
        except kf.WrongPassphrase:
            if attempt == ATTEMPTS:
                raise
            prompt = say("wachtwoord.opnieuw")
    raise AssertionError("unreachable")


def passphrase_from_command(command: str) -> str:
    """Run the password-manager command (no shell) and return its first output line."""
    try:
        args = shlex.split(command, posix=os.name != "nt")
    except ValueError:
        args = []
    if not args:
        raise UnlockError(say("wachtwoord.commando_leeg", env=ENV_COMMAND))
    try:
        done = subprocess.run(args, stdout=subprocess.PIPE, timeout=COMMAND_TIMEOUT, check=False)
    except FileNotFoundError:
        raise UnlockError(say("wachtwoord.commando_niet_gevonden", commando=args[0], env=ENV_COMMAND)) from None
    except subprocess.TimeoutExpired:
        raise UnlockError(say("wachtwoord.commando_tijd", env=ENV_COMMAND, sec=int(COMMAND_TIMEOUT))) from None
    except OSError as exc:
        raise UnlockError(say("wachtwoord.commando_fout", env=ENV_COMMAND, reden=exc.strerror or exc)) from None
    if done.returncode != 0:
        raise UnlockError(say("wachtwoord.commando_fout", env=ENV_COMMAND, reden=f"exitcode {done.returncode}"))
    try:
        first = done.stdout.decode("utf-8").split("\n", 1)[0].rstrip("\r")
    except UnicodeDecodeError:
        first = ""
    if not first:
        raise UnlockError(say("wachtwoord.commando_uitvoer", env=ENV_COMMAND))
    return first


# ----- the OS keyring --------------------------------------------------------------------


def keyring_entry(data_dir: Path, keyfile: dict[str, Any]) -> str:
    """The keyring user name for this folder and key: 'sleutel <key id> <folder hash>'."""
    folder = os.path.normcase(os.path.abspath(os.fspath(data_dir)))
    digest = hashlib.sha256(folder.encode("utf-8")).hexdigest()[:12]
    return f"sleutel {keyfile['sleutel_id']} {digest}"


def _backend() -> Any | None:
    """The keyring backend when a real one is available, else None (never raises)."""
    try:
        import keyring

        backend = keyring.get_keyring()
        return backend if getattr(backend, "priority", 0) > 0 else None
    except Exception:  # noqa: BLE001 - no keyring is an ordinary situation
        return None


def keyring_load(data_dir: Path, keyfile: dict[str, Any]) -> bytes | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        stored = backend.get_password(KEYRING_SERVICE, keyring_entry(data_dir, keyfile))
        key = base64.b64decode(stored, validate=True) if stored else None
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
        return None
    if key is None or len(key) != kf.KEY_BYTES or kf.key_id(key) != keyfile["sleutel_id"]:
        return None
    return key


def keyring_store(data_dir: Path, keyfile: dict[str, Any], key: bytes) -> bool:
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, keyring_entry(data_dir, keyfile), base64.b64encode(key).decode("ascii"))
    except Exception:  # noqa: BLE001
        return False
    return True


def keyring_forget(data_dir: Path, keyfile: dict[str, Any]) -> None:
    """Remove this folder's key from the keyring (after decrypting, or on request)."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(KEYRING_SERVICE, keyring_entry(data_dir, keyfile))
    except Exception:  # noqa: BLE001 - nothing stored is fine
        pass
