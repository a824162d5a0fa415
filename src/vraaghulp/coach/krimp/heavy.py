"""Heavy news that went as a whole: 'Mijn vader is gisteren overleden.', 'mijn moeder ligt in het
ziekenhuis', 'mijn knie is geopereerd en ik kan niet bukken'.

Such a sentence is not an 'ik ben …' sentence, so the engine does not know it as the honest one,
and it goes without a finding. It may well be the brave part the reader needs; readers differ on
whether it belongs in a short ask, so when one goes the engine does not vouch for the result
(code ``weg-zwaar``). The patterns live in ``content/nl/krimp.toml`` (``[staat] zwaar_nieuws``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vraaghulp.coach.text import fold
from vraaghulp.content import load_toml

CODE = "weg-zwaar"
_EDGES = frozenset({"groet", "afsluiting", "leeg", "naam"})


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load_toml("krimp").get("staat", {}).get("zwaar_nieuws", []))


def heavy_dropped(an, kept: set[int]) -> bool:
    """A clause that holds heavy news went as a whole (none of its words is in the result)."""
    d = an.d
    for c in an.clauses:
        if c.role in _EDGES or any(i in kept for i in range(c.a, c.b)):
            continue
        words = " ".join(d.word(i) for i in d.content(c.a, c.b))
        if words and any(p.search(fold(words)) for p in _patterns()):
            return True
    return False
