"""The key file `sleutel.json`: a random data key, wrapped with a key stretched from the passphrase.

    {"soort": "vraaghulp-sleutel", "versie": 1, "sleutel_id": "9f2c7a1e",
     "kdf": {"naam": "scrypt", "n": 131072, "r": 8, "p": 1, "zout": "<base64, 16 bytes>"},
     "omhulling": {"naam": "aes-256-gcm", "nonce": "<base64, 12 bytes>", "c": "<base64>"}}

The passphrase (Unicode NFC, UTF-8) is stretched once with scrypt into a wrapping key; the
32-byte data key is sealed with AES-256-GCM under it, with everything above "omhulling" as
associated data, so a changed parameter or id makes unwrapping fail. The check value is
`sleutel_id`: an HMAC of the data key, recomputed after unwrapping. Changing the passphrase
re-wraps the same data key; the journal is not rewritten.

`cryptography` is imported inside the functions: the light commands never load it.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from typing import Any

from vraaghulp.errors import UsageError, VraaghulpError

KEY_FILE_NAME = "sleutel.json"
KIND = "vraaghulp-sleutel"
FORMAT_VERSION = 1
KDF_NAME = "scrypt"
WRAP_NAME = "aes-256-gcm"
DEFAULT_N = 2**17  # 128 MiB with r=8: OWASP's scrypt minimum
LIMITS = {"n": (2**14, 2**20), "r": (1, 32), "p": (1, 16)}
MIN_PASSPHRASE = 8
KEY_BYTES = 32


class KeyFileError(VraaghulpError):
    """The key file is missing, damaged or from a newer version."""


class WrongPassphrase(VraaghulpError):
    """The passphrase does not open the key file."""


def key_id(data_key: bytes) -> str:
    """A short public name for a data key (8 hex characters of an HMAC)."""
    import hashlib
    import hmac

    return hmac.new(data_key, b"vraaghulp sleutel-id 1", hashlib.sha256).hexdigest()[:8]


def create(passphrase: str, *, n: int = DEFAULT_N, r: int = 8, p: int = 1) -> tuple[dict[str, Any], bytes]:
    """A new key file and its fresh random data key."""
    data_key = os.urandom(KEY_BYTES)
    return wrap(data_key, passphrase, n=n, r=r, p=p), data_key


def wrap(data_key: bytes, passphrase: str, *, n: int = DEFAULT_N, r: int = 8, p: int = 1) -> dict[str, Any]:
    """A key file holding `data_key`, sealed under `passphrase` (also used to change it)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = {"naam": KDF_NAME, "n": n, "r": r, "p": p, "zout": _b64(os.urandom(16))}
    _check_kdf(kdf)
    head = {"soort": KIND, "versie": FORMAT_VERSION, "sleutel_id": key_id(data_key), "kdf": kdf}
    nonce = os.urandom(12)
    sealed = AESGCM(derive(passphrase, kdf)).encrypt(nonce, data_key, _associated(head))
    return {**head, "omhulling": {"naam": WRAP_NAME, "nonce": _b64(nonce), "c": _b64(sealed)}}


def unwrap(keyfile: dict[str, Any], passphrase: str) -> bytes:
    """The data key, or WrongPassphrase (nothing is written either way)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from vraaghulp.vault.texts import say

    head = {k: keyfile[k] for k in ("soort", "versie", "sleutel_id", "kdf")}
    wrapped = keyfile["omhulling"]
    try:
        data_key = AESGCM(derive(passphrase, keyfile["kdf"])).decrypt(
            _unb64(wrapped["nonce"]), _unb64(wrapped["c"]), _associated(head)
        )
    except InvalidTag:
        raise WrongPassphrase(say("wachtwoord.verkeerd")) from None
    if len(data_key) != KEY_BYTES or key_id(data_key) != keyfile["sleutel_id"]:
        raise KeyFileError(say("sleutel.beschadigd", pad=KEY_FILE_NAME))
    return data_key


def derive(passphrase: str, kdf: dict[str, Any]) -> bytes:
    """The wrapping key: scrypt over the NFC-normalised passphrase."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=_unb64(kdf["zout"]), length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]).derive(secret)


def parse(raw: bytes, where: object = KEY_FILE_NAME) -> dict[str, Any]:
    """Read and check a key file's bytes; a Dutch KeyFileError names what is wrong."""
    from vraaghulp.vault.texts import say

    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KeyFileError(say("sleutel.beschadigd", pad=where)) from None
    if not isinstance(data, dict) or data.get("soort") != KIND:
        raise KeyFileError(say("sleutel.beschadigd", pad=where))
    version = data.get("versie")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise KeyFileError(say("sleutel.nieuwer", pad=where))
    try:
        _check_shape(data)
    except (KeyError, TypeError, ValueError):
        raise KeyFileError(say("sleutel.beschadigd", pad=where)) from None
    return data


def dumps(keyfile: dict[str, Any]) -> bytes:
    return (json.dumps(keyfile, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def check_new_passphrase(first: str, second: str) -> str:
    """The new passphrase when it is usable and typed the same twice; else a UsageError."""
    from vraaghulp.vault.texts import say

    if len(first.strip()) < MIN_PASSPHRASE:
        raise UsageError(say("wachtwoord.te_kort", min=MIN_PASSPHRASE))
    if unicodedata.normalize("NFC", first) != unicodedata.normalize("NFC", second):
        raise UsageError(say("wachtwoord.verschillend"))
    return first


def _check_shape(data: dict[str, Any]) -> None:
    if data["versie"] != FORMAT_VERSION or not isinstance(data["sleutel_id"], str):
        raise ValueError("version or id")
    _check_kdf(data["kdf"])
    wrapped = data["omhulling"]
    if wrapped["naam"] != WRAP_NAME or len(_unb64(wrapped["nonce"])) != 12 or len(_unb64(wrapped["c"])) != KEY_BYTES + 16:
        raise ValueError("wrapped key")


def _check_kdf(kdf: dict[str, Any]) -> None:
    """Refuse unknown or extreme parameters (a tampered file must not eat all memory)."""
    if kdf["naam"] != KDF_NAME or len(_unb64(kdf["zout"])) < 16:
        raise ValueError("kdf")
    for name, (low, high) in LIMITS.items():
        value = kdf[name]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"kdf {name}")
    if kdf["n"] & (kdf["n"] - 1):
        raise ValueError("kdf n must be a power of two")


def _associated(head: dict[str, Any]) -> bytes:
    return json.dumps(head, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64")
    return base64.b64decode(text.encode("ascii"), validate=True)
