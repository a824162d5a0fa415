"""Where the crisis rule files are: the two TOML sources, the fast file made of them
(``crisis_regels.json``, see `snapshot`), its layout version, and the checksums that tell
whether it is current. Standard library only.
"""

from __future__ import annotations

import os
import zlib

__all__ = ["SNAPSHOT_FILE", "SOURCES", "VERSION", "ROWS", "LAZY", "BUCKETS", "BUCKET_NAMES", "GATES", "path", "checksums"]

SNAPSHOT_FILE = "crisis_regels.json"
SOURCES = ("crisis_signalen", "crisis_begrippen")
VERSION = 6  # 2: the patterns, their key sets and the concept forms in "rijen", read one at a time;
# 3: the large word indexes as `table.Table` strings; 4: the buckets of the largest of those in "rijen" too;
# 5: the [[samen]] rules in "rijen" too, with what each needs in the head (`GATES`); 6 (round 34): each pattern
# and rewrite rule with what it needs (`literals.needs_only`) as its last field
ROWS = "rijen"
LAZY = {"patronen": ("signalen", "patronen"), "sleutelsets": ("signalen", "sleutelsets"),
         "vormen": ("begrippen", "begrippen", "vormen"), "samen": ("begrippen", "samen")}
# Per [[samen]] rule, in the head: its items ("a|b", the concepts any one of which will do) joined by
# ";". A rule is read and parsed only when every item has a hit (`snapshot._StoredRules`).
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
    """A checksum (CRC-32 and size) of each TOML source file as it is now."""
    sums = {}
    for name in SOURCES:
        crc, size = 0, 0
        try:
            with open(path(f"{name}.toml"), "rb") as handle:
                while chunk := handle.read(1 << 16):  # a piece at a time: no copy of the whole file
                    crc, size = zlib.crc32(chunk, crc), size + len(chunk)
        except OSError:
            crc, size = 0, 0
        sums[name] = f"{crc:08x}-{size}"
    return sums
