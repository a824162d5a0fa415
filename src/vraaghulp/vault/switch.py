"""Switching a data folder to encrypted and back (`data versleutel`, `data ontsleutel`).

Encrypting, in an order that survives a kill anywhere (every state in between is one the
store reads: a key file with a mixed journal), and re-running finishes it:
  1. the key file `sleutel.json` (atomic);
  2. the journal, every line that is not encrypted yet sealed (atomic rewrite, under the lock);
  3. the profile.
Decrypting: the journal and profile written plain (atomic), then the key file moved to
`backups/` (lines from an offline device stay readable with it), the keyring entry removed.
"""

from __future__ import annotations

from pathlib import Path

from vraaghulp.vault import keyfile as kf
from vraaghulp.vault.detect import is_encrypted_line


def encrypt_folder(folder: Path, passphrase: str) -> tuple[int, object]:
    """Encrypt the journal and profile with a new key; (lines sealed, the LineCipher)."""
    from vraaghulp.paths import ensure_private_dir
    from vraaghulp.store import codec
    from vraaghulp.store.files import write_private_file
    from vraaghulp.vault.cipher import LineCipher
    from vraaghulp.vault.unlock import keyring_store

    ensure_private_dir(folder)
    keyfile, key = kf.create(passphrase, n=kf.DEFAULT_N)
    write_private_file(folder / kf.KEY_FILE_NAME, kf.dumps(keyfile))
    cipher = LineCipher(key)
    codec.use_cipher(cipher)
    keyring_store(folder, keyfile, key)
    return finish_encryption(cipher), cipher


def finish_encryption(cipher) -> int:
    """Seal every plain line of the journal and the profile (again after a kill); lines sealed."""
    from vraaghulp.store.journal import Journal

    sealed = [0]

    def transform(lines: list[bytes]) -> list[bytes]:
        out = []
        for raw in lines:
            if raw.strip() and not is_encrypted_line(raw):
                raw = cipher.encrypt(raw.rstrip(b"\r"))
                sealed[0] += 1
            out.append(raw)
        return out

    journal = Journal()
    if journal.exists():
        journal.rewrite(transform)
    from vraaghulp.store.counts import forget_counts

    forget_counts(journal.path.parent)  # the start screen's counts, kept in plain
    _rewrite_profile(encrypted=True)
    return sealed[0]


def decrypt_folder(folder: Path, cipher, backups: Path, stamp: str) -> tuple[int, list[int]]:
    """Write the journal and profile plain; (lines opened, numbers of lines that stay sealed)."""
    from vraaghulp.store.journal import Journal
    from vraaghulp.vault.unlock import keyring_forget, load_key_file

    opened, kept = [0], []

    def transform(lines: list[bytes]) -> list[bytes]:
        out = []
        for number, raw in enumerate(lines, start=1):
            if is_encrypted_line(raw):
                try:
                    raw = cipher.decrypt(raw)
                    opened[0] += 1
                except ValueError:
                    kept.append(number)  # another key or damaged: left as it is, reported
            out.append(raw)
        return out

    journal = Journal()
    if journal.exists():
        journal.rewrite(transform)
    if kept:
        return opened[0], kept  # the key file stays: those lines still need it
    keyfile = load_key_file(folder)
    _rewrite_profile(encrypted=False)
    _set_aside(folder / kf.KEY_FILE_NAME, backups, stamp)
    keyring_forget(folder, keyfile)
    return opened[0], kept


def _set_aside(key_file: Path, backups: Path, stamp: str) -> Path:
    """The key file moved to `backups/sleutel-<stamp>.json` (never deleted)."""
    import os

    from vraaghulp.paths import ensure_private_dir

    ensure_private_dir(backups)
    target, number = backups / f"sleutel-{stamp}.json", 2
    while target.exists():
        target, number = backups / f"sleutel-{stamp}-{number}.json", number + 1
    os.replace(key_file, target)
    return target


def _rewrite_profile(*, encrypted: bool) -> None:
    """The profile written encrypted or plain (read with this command's key)."""
    from vraaghulp.paths import profile_path
    from vraaghulp.profile import profile_document, read_profile_data
    from vraaghulp.store.files import write_private_file

    path = profile_path()
    try:
        data = read_profile_data(path.read_bytes())
    except OSError:
        return
    except ValueError:
        return  # unreadable: left as it is (load_profile reports it)
    write_private_file(path, profile_document(data, encrypted=encrypted))
