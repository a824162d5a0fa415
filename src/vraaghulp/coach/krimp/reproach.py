"""A reproach before the ask still names the person the ask is about (round 30, k30b).

'Mark, jij doet nooit iets voor papa. Kun jij hem donderdag naar de oogarts brengen?': the reproach goes (content/nl/
krimp.toml, `aanloop`: 'jij doet nooit iets', 'en gij belt haar bijna nooit'), but 'hem' still stands for papa. Burden
talk and greetings name no one to help (people.name_the_person skips wrap clauses); a reproach does: it says what the
reader fails to do for that person. Without this the clause was read as naming no one and the whole sentence was put
back for the pronoun, reproach and all.
"""

from __future__ import annotations

_NEVER = frozenset({"nooit", "zelden"})
_READER = frozenset({"je", "jij", "ge", "gij", "u", "jullie"})


def names_someone(an, c) -> bool:
    """The wrap clause c is a reproach to the reader: a run-up (`aanloop`) with the reader as subject and 'nooit' or
    'zelden' in it."""
    if c.role != "wrap" or c.kind != "aanloop":
        return False
    words = {an.d.word(i) for i in range(c.a, c.b)}
    return bool(words & _NEVER and words & _READER)
