"""Encrypting one stored line at a time, so appending stays one write of one line.

An encrypted line is still one JSON Lines line:

    {"enc":1,"k":"9f2c7a1e","n":"<base64, 12-byte nonce>","c":"<base64, ciphertext + tag>"}

AES-256-GCM from `cryptography`, a fresh random nonce per line, and as associated data the
line's role ("logboek" for a journal line, "profiel" for the profile) plus the key id: a
profile cannot be passed off as a journal line, and a changed byte is refused. What stays
visible: that the line is encrypted, with which key, and its length.
"""

from __future__ import annotations

import base64
import binascii
import json
import os

from vraaghulp.vault.detect import ENC_PREFIX, is_encrypted_line

ROLES = ("logboek", "profiel")
LINE_VERSION = 1


class LineError(ValueError):
    """An encrypted line that cannot be opened; the message is a Dutch reason."""


class LineCipher:
    """Encrypts and decrypts single lines with one data key (made once per command)."""

    def __init__(self, data_key: bytes) -> None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        from vraaghulp.vault.keyfile import key_id

        self._invalid_tag = InvalidTag
        self._aead = AESGCM(data_key)
        self.key_id = key_id(data_key)
        self._ad = {role: f"vraaghulp|{role}|{LINE_VERSION}|{self.key_id}".encode("ascii") for role in ROLES}

    def encrypt(self, plain: bytes, role: str = "logboek") -> bytes:
        """One encrypted line (without newline) for the plain line `plain`."""
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plain, self._ad[role])
        return b'%s1,"k":"%s","n":"%s","c":"%s"}' % (
            ENC_PREFIX,
            self.key_id.encode("ascii"),
            base64.b64encode(nonce),
            base64.b64encode(sealed),
        )

    def decrypt(self, line: bytes, role: str = "logboek") -> bytes:
        """The plain line inside an encrypted line, or LineError with a Dutch reason."""
        fields = _fields(line)
        if fields is None:
            raise LineError(self._say("sleutel.regel_beschadigd"))
        version, key, nonce, sealed = fields
        if version != LINE_VERSION:
            raise LineError(self._say("sleutel.regel_nieuwer"))
        if key != self.key_id:
            raise LineError(self._say("sleutel.andere_sleutel", id=str(key)[:16]))
        try:
            return self._aead.decrypt(_unb64(nonce), _unb64(sealed), self._ad[role])
        except (self._invalid_tag, ValueError):
            raise LineError(self._say("sleutel.regel_beschadigd")) from None

    @staticmethod
    def _say(key: str, **fields: object) -> str:
        from vraaghulp.vault.texts import say

        return say(key, **fields)

    def open(self, line: bytes, role: str = "logboek") -> bytes:
        """Decrypt an encrypted line; a plain line is returned as it is (mixed journals)."""
        return self.decrypt(line, role) if is_encrypted_line(line) else line


def _fields(line: bytes) -> tuple[object, object, object, object] | None:
    """(version, key id, nonce, ciphertext) of an encrypted line, or None.

    Lines this module wrote are split directly (a quarter of the cost of a JSON parse);
    anything else, e.g. a line re-indented by hand, goes through the JSON parser.
    """
    parts = line.split(b'"')
    if len(parts) == 15 and parts[:5] == _SHAPE and parts[6:9] == [b",", b"n", b":"] and parts[10:13] == [b",", b"c", b":"]:
        if parts[14].strip() == b"}":
            return 1, parts[5].decode("ascii", "replace"), parts[9], parts[13]
    try:
        data = json.loads(line)
        return data["enc"], data["k"], data["n"], data["c"]
    except (ValueError, TypeError, KeyError):
        return None


_SHAPE = [b"{", b"enc", b":1,", b"k", b":"]


def _unb64(text: object) -> bytes:
    if isinstance(text, str):
        text = text.encode("ascii", "replace")
    if not isinstance(text, bytes):
        raise ValueError("not base64")
    try:
        return binascii.a2b_base64(text, strict_mode=True)
    except binascii.Error:
        raise ValueError("not base64") from None
