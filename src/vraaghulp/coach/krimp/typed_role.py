"""A role typed alone in the practice flow ('mijn man', 'de buurvrouw', 'mijn oma'): is it how the
person is addressed at the start of a message?

Only a few such words are said to the person: family words ('Mam', 'Opa', 'Meter', 'Zus'), a teacher's or
a doctor's title ('Juf', 'Meester', 'Dokter'), 'Coach', the neighbour ('Buurman') and pet names
('Schat'). Nobody writes 'Man, kun jij …', 'Dochter, wil je …', 'Huisgenoot, …' or
'Tandartsassistente, …': for every other word (a relation, a job, a word krimp does not know) the
sentence gets no vocative, and a name the draft itself uses ('Eva, …', 'Jongen, …') stays the one
in front. The words are in content/nl/krimp.toml ([gemeld] aanspreekbaar).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vraaghulp.coach.text import fold
from vraaghulp.content import load_toml

from .gemeld import typed_group

_ROLE = re.compile(r"^(?:de|het|mijn|m'n|mn|onze|ons|me)\s+([\w'-]+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _spoken() -> frozenset[str]:
    data = load_toml("krimp").get("gemeld", {})
    return frozenset(fold(str(w)).lower() for w in data.get("aanspreekbaar", []) + data.get("familie", []))


def unspoken_role(person: str | None) -> bool:
    """True for 'mijn man', 'mijn dochter', 'de baliemedewerker': one lower-case word after 'mijn'/'de'
    that is no form of address; False for 'mijn oma', 'de juf', 'mijn zus Griet', 'Jesse', and for a
    group ('mijn collega's'), which keeps its own rules."""
    m = _ROLE.match((person or "").strip())
    if not m or m.group(1)[:1].isupper() or typed_group(person):
        return False
    return fold(m.group(1)).lower() not in _spoken()
