"""A negation that belongs to the courtesy, not to the matter (round 41, k41c).

The first-sight gate withholds `zeker` when a clause of the draft that goes holds a negation (``weg-ontkend``,
first_sight.py): what is not or cannot be usually carries the ask ('Ik sta er nog niet in.', 'Eerder kan ik niet
komen.'). Over the outside files and the probes that code was the one whose held results were most often acceptable
(72 %), and reading them showed why: many of the negated clauses are the writer's courtesy about the asking itself,
which every gold drops:

- not wanting to burden, rush or alarm the reader ('ik wil u zeker niet opjagen', 'ik wil hem niet tot last zijn',
  'ik wil niemand tot last zijn', 'ik wil gene ruzie maken', 'ik wil je niet aanvallen of zo');
- how little the writer likes to ask ('ge weet dat ik niet gere vraag', 'ik ben niet zo van het vragen', 'ik ben
  niet goe in vragen', 'ik heb dat nog nooit moeten vragen');
- the way out offered to the reader ('mocht dit niet lukken', 'en as het niet gaat').

Such a clause no longer counts for ``weg-ontkend``. A negated 'ik wil' about the matter ('Ik wil je liever nog niet
zien.', 'Ik wil niet alleen gaan.') and any other negated clause that goes still does: all the negated clauses that go
must be courtesy for the code to stay away. Measured on every tuning file: tests/corpus/krimp/README.md, round 41.
"""

from __future__ import annotations

import re

_NOT = r"(?:niet|ni|nie|geen|gene)"
# 'ik wil (u/je/hem …) (zeker) niet … opjagen / tot last zijn', 'ik wil niemand tot last zijn'.
_BURDEN = re.compile(
    r"^(?:(?:en|maar|mar|mo|ma)\s+)?(?:ik|'k|k)\s+(?:wil|wou|wilde)\s+(?:(?:u|je|jou|jullie|hem|haar|echt|zeker|heus"
    rf"|absoluut)\s+)*(?:{_NOT}|niemand)\s+(?:[\w']+\s+){{0,3}}?(?:tot\s+last|lastig\w*|opjagen|storen|ruzie"
    r"|aanvallen|ongerust|overvallen)\b")
# How little the writer likes asking: 'niet gere vraag', 'niet zo van het vragen', 'nog nooit … vragen'.
_ASKING = re.compile(
    rf"\b{_NOT}\s+(?:(?:zo|graag|gere|gerne|goed|goe|echt)\s+)+(?:(?:van\s+het|in)\s+)?vra(?:ag|agt|gen)\b"
    r"|\bnog\s+nooit\s+(?:[\w']+\s+){0,3}vragen\b")
# The way out offered to the reader: 'mocht dit niet lukken', 'as het nie gaat'.
_WAY_OUT = re.compile(
    rf"^(?:(?:en|maar|mar|mo)\s+)?(?:als|as|mocht|moest|moch)\s+(?:het|dit|dat|da|'t)\s+{_NOT}\s+"
    r"(?:lukken|lukt|gaan|gaat|kan|uitkomt|past|uitkomen)$")


def courtesy(words: list[str]) -> bool:
    """The clause's negation belongs to the writer's courtesy about the asking (the words as the engine reads them)."""
    text = " ".join(words)
    return bool(_BURDEN.search(text) or _ASKING.search(text) or _WAY_OUT.search(text))
