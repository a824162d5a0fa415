"""The ready crisis request in the writer's own register (round 39, k39a).

A crisis draft without a request gets the ready request ('Kun je nu bij me zijn?', crisis_own.py). It follows how the
writer addresses the reader: Flemish ('ge', 'ni', "'k": 'Kunt ge nu bij me zijn?'), and a draft that says 'u' to a
friend by first name is Flemish too: 'Ellen sorry dat ik u stoor zo laat. …' (p38-021) uses 'u' as the object form of
the familiar 'ge', as chat in Flanders does. Counted over the corpus (round 39): of the 67 crisis drafts that say 'u'
or 'uw', 4 have golds in 'u', each with a letter opening or a title ('Beste Marieke,', 'Meneer Hoekstra', 'Tante
Lucia'), 5 golds without such an ask, the other 58 golds in 'ge' or 'Kunde'. So 'u' to a bare first name is 'ge'; any
other 'u' is formal: 'Kunt u nu bij me zijn?'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vraaghulp.coach.text import fold
from vraaghulp.content import load_toml

from .frame_register import register_for
from .lexicon import lexicon

_ASKS = {"ge": ("crisis_vraag_ge", "Kunt ge nu bij me zijn?"), "u": ("crisis_vraag_u", "Kunt u nu bij me zijn?")}
_LETTER = re.compile(r"(?i)^\s*(?:beste|geachte|lieve|hooggeachte)\b")


def ready_ask(draft: str, person: str | None, name: str) -> str:
    """The ready request in the writer's register, or "" for the plain 'je' form."""
    register = register_for(draft, person)
    if register == "u" and _familiar(draft, person, name):
        register = "ge"
    if register not in _ASKS:
        return ""
    return lexicon().setting(*_ASKS[register])  # content/nl/krimp.toml, [instellingen]


def _familiar(draft: str, person: str | None, name: str) -> bool:
    """'u' said to someone by a bare first name (no title, no family word, no letter opening): Flemish 'ge'."""
    called = (person or name or "").split()
    if len(called) != 1 or not called[0][:1].isupper() or _LETTER.match(draft):
        return False
    return fold(called[0]).lower() not in _titles() | lexicon().formal


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles, family words and other forms of address ([gemeld] formeel, dienst, familie, aanspreekbaar)."""
    data = load_toml("krimp").get("gemeld", {})
    return frozenset(fold(str(w)).lower() for key in ("formeel", "dienst", "familie", "aanspreekbaar") for w in data.get(key, []))
