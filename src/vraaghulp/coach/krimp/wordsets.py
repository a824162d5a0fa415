"""Small word sets several krimp modules read (a leaf: it imports nothing, so no cycle)."""

from __future__ import annotations

__all__ = ["NEGATIONS", "WRITER"]

NEGATIONS = frozenset({"niet", "ni", "nie", "geen", "niks", "nooit", "niets", "nergens"})
# The writer as a subject, also in chat and Flemish spelling ('k, k) and with others (we, wij).
WRITER = frozenset({"ik", "'k", "k", "we", "wij"})
