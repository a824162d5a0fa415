"""Where the crisis rule files are: the two TOML sources, the fast file made of them
(``crisis_regels.json``, see `snapshot`), its layout version, and the checksums that tell
whether it is current. Standard library only.
"""

from __future__ import annotations

import os
import sys

__all__ = ["SNAPSHOT_FILE", "SOURCES", "VERSION", "ROWS", "LAZY", "WHOLE", "REWRITE_KEYS", "BUCKETS", "BUCKET_NAMES",
           "GATES", "path", "checksums"]

SNAPSHOT_FILE = "crisis_regels.json"
SOURCES = ("crisis_signalen", "crisis_begrippen")
VERSION = 7  # 2: the patterns, their key sets and the concept forms in "rijen", read one at a time;
# 3: the large word indexes as `table.Table` strings; 4: the buckets of the largest of those in "rijen" too;
# 5: the [[samen]] rules in "rijen" too, with what each needs in the head (`GATES`); 6 (round 34): each pattern
# and rewrite rule with what it needs (`literals.needs_only`) as its last field; 7 (round 35): the rewrite rules,
# the patterns' places and the macros in "rijen" too (a search term's check decodes a head a third the size)
ROWS = "rijen"
LAZY = {"patronen": ("signalen", "patronen"), "sleutelsets": ("signalen", "sleutelsets"),
         "vormen": ("begrippen", "begrippen", "vormen"), "samen": ("begrippen", "samen"),
         "vervang": ("signalen", "tekst", "vervang"), "plaatsen": ("signalen", "plaatsen")}
# Stored as one row holding the whole value, decoded when first needed (the macros: when a pattern
# written with one is first compiled).
WHOLE = {"afkortingen": ("signalen", "afkortingen")}
# Per rewrite rule, in the head: the key set that leads to it ([""]: none, always tried); the rule
# itself is read from its row when a word of the text begins with one of those keys.
REWRITE_KEYS = "vervang_sleutels"
# Per [[samen]] rule, in the head: its items ("a|b", the concepts any one of which will do) joined by
# ";". A rule is read and parsed only when every item has a hit (`stored._StoredRules`).
GATES = "samen_poorten"
# The tables (`table.Table`) whose buckets are rows, "emmers-<name>", one a line: only the buckets a
# text's words need are read (a search term reads a few). Their names stay in the head (`BUCKET_NAMES`).
BUCKETS = {"woorden": ("signalen", "tekst", "woorden"), "sleutels": ("signalen", "poorten", "sleutels"),
           "enkel": ("begrippen", "begrippen", "enkel"), "woord": ("begrippen", "begrippen", "index", "woord"),
           "paar": ("begrippen", "begrippen", "index", "paar"), "woordenschat": ("signalen", "tekst", "woordenschat"),
           "tikfouten": ("signalen", "tekst", "tikfouten")}
BUCKET_NAMES = "emmernamen"  # every bucket name padded to two characters with a tab, in row order


def path(name: str) -> str:
    """content/nl/<name>, as `vraaghulp.content` finds it (without importing its TOML reader)."""
    here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # .../vraaghulp
    packaged = os.path.join(here, "content", "nl")
    if not os.path.isdir(packaged):
        packaged = os.path.join(os.path.dirname(os.path.dirname(here)), "content", "nl")
    return os.path.join(packaged, name)


def checksums() -> dict[str, str]:
    """A checksum of each TOML source file as it is now: its bytes read as one large number, modulo the
    prime 2**61 - 1, and its size.

    Round 35 (c35p): no longer CRC-32. `zlib` is a shared library of its own, some 160 KB of memory in
    a process that checks a search term; Python's hash of a whole number is that very remainder
    (`sys.hash_info`), worked out in C without a division. A Python whose hash uses another modulus
    takes the remainder itself (slower, the same value)."""
    sums = {}
    for name in SOURCES:
        number, size = 0, 0
        try:
            with open(path(f"{name}.toml"), "rb") as handle:
                while chunk := handle.read(1 << 16):  # a piece at a time: no copy of the whole file
                    shifted = number * pow(2, 8 * len(chunk), _PRIME)
                    number, size = (shifted + _remainder(int.from_bytes(chunk, "big"))) % _PRIME, size + len(chunk)
        except OSError:
            number, size = 0, 0
        sums[name] = f"{number:016x}-{size}"
    return sums


_PRIME = (1 << 61) - 1
_remainder = hash if sys.hash_info.modulus == _PRIME else (lambda number: number % _PRIME)  # hash(n) = n mod 2**61-1
