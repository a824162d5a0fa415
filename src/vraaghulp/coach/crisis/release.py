"""Round 47 review (c47r): the words of one's own release never take a line below the gentle line.

Round 47 (c47) put the words of a song released by the writer ('nieuwe track', remix, mixtape, bandcamp, soundcloud,
'drop komt') in the concepts `fictie` and `gewone-context`, so that a title ('nieuwe track af: Ik Wil Dood (Op De
Dansvloer)') gets the gentle line, not the panel. Both concepts also cancel whole rules, so the same words took real
lines to nothing ('de remix is voor jullie. ik neem de pillen'). The policy is: lowered to the gentle line, never to
nothing. So where a message with such a word gets no tier, it is read once more with those words left out; when that
reading alarms, the message gets the gentle line (`zorg`, never more). Messages without the words never load this.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["RELEASE", "floor"]

RELEASE = re.compile(r"\b(?:nieuwe\s+track|remix|remixen|mixtape|bandcamp|soundcloud|drop\s+komt)\b", re.IGNORECASE)
_PLAIN = "zzz"  # a word no rule and no score knows, as the release words were before c47 (a known word, "muziek",
# "blauw", moves the second opinion)


# Round 48 (s48): every match of `RELEASE` holds one of these words, lower-cased, once the letters IGNORECASE also reads
# as 'i' or 's' ('İ', 'ı', 'ſ'; `str.lower` keeps them apart) are made so. A message with none is not searched: the
# pattern (a word boundary and a choice, in any case: nothing to skip ahead to) walked every place of it, 0.3 ms on an
# ordinary letter of 2,000 characters, each time a message got no tier.
_WORDS = ("track", "remix", "mixtape", "bandcamp", "soundcloud", "drop")


def _may_hold(text: str) -> bool:
    """Whether `text` may hold a release word: false only where `RELEASE` cannot match."""
    low = text.lower()
    if not low.isascii():
        low = low.replace("i\u0307", "i").replace("\u0131", "i").replace("\u017f", "s")
    return any(word in low for word in _WORDS)


def floor(text: str, assess: Callable) -> Signal | None:
    """The gentle line's note when `text` alarms with its release words left out, else None."""
    if not _may_hold(text):
        return None
    found = RELEASE.search(text)
    if found is None:
        return None
    plain = assess(RELEASE.sub(_PLAIN, text))
    if plain.tier is None:
        return None
    family = plain.families[0] if plain.families else "vangnet"
    return Signal(family, "zorg", "eigen release: " + found.group(0).lower() + " (niet lager dan zorg)")
