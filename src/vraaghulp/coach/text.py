"""Text folding shared by every module that compares Dutch text loosely.

Standard library only, no I/O. Two flavours:

- `fold(text)`: lower case without accents, for comparisons ('Café Één' -> 'cafe een').
- `fold_same_length(text)`: the same idea one character at a time, plus straight quotes and
  plain spaces, so that position i of the result is character i of the input (engines that
  map a match back to the user's own words need this).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# A terminal escape sequence: ESC sequences (CSI, OSC, two-character) and the 8-bit CSI and OSC
# forms a terminal also reads. One pattern for the screen cleaner, krimp and the crisis check.
ESCAPE_PATTERN = (r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])"
                  r"|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*(?:\x07|\x9c)?")

__all__ = ["fold", "fold_char", "fold_same_length"]

_QUOTES = {
    "\u2019": "'", "\u2018": "'", "\u201b": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}


def fold(text: str) -> str:
    """Lower case without accents: 'Café Één' -> 'cafe een'."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """One character folded to one character: lower case, no accent, straight quote."""
    if ch in _QUOTES:
        return _QUOTES[ch]
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = unicodedata.normalize("NFD", low)[0]
    return base if len(base) == 1 else low


def fold_same_length(text: str) -> str:
    """Like `fold`, but the result has exactly the length of `text`."""
    return "".join(map(fold_char, text))
