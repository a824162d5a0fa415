"""A wrapper phrase that starts on its verb takes the writer's subject in front of it along.

Some lead-in phrases are written from the verb on ('weet niet hoe *', 'vind het vervelend *') so that they
match after any subject. When the subject is the writer's own pronoun and stands right at the start of a clause
('Ik zit op de eerste hulp en | ik | weet niet hoe lang het duurt', 'Thomas is weg en | 'k | weet ni hoe …'),
the phrase went and left the pronoun behind: 'Ik zit op de eerste hulp en ik.' Here the match is widened to
the pronoun, so the clause that stays ends before it.

Only a first-person subject pronoun ('ik', ''k', 'we', 'wij'), only right before the phrase's first word, and
only when that word is a finite verb and the pronoun opens its clause (the draft's start, a mark, or 'en',
'maar', 'dus', 'want', 'of' before it; a spoken pause between goes along: 'en eh ja | ik weet niet …'). Not: 'dat ik weet niet …' (a learner's order inside a
clause of its own), 'Niet ik.' (no verb after it), 'Lies weet niet hoe …' (a name: someone else).
"""

from __future__ import annotations

from .runon import finite_like
from .wordsets import HESITATIONS

_KINDS = frozenset({"aanloop", "excuus", "last"})
_SUBJECTS = frozenset({"ik", "'k", "k", "we", "wij"})
_PAUSES = HESITATIONS | {"ja"}
_OPENERS = frozenset({"en", "maar", "dus", "want", "of"})


def with_subject(d, kind: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The matches of a lead-in, apology or burden phrase, each widened to a bare first-person subject right
    before its finite verb. Other kinds as they are: a hatch after 'Ik' ('Ik kan volgende week …') is a
    statement the clause split reads on its own."""
    if kind not in _KINDS:
        return found
    return [(_start(d, i0), i1) for i0, i1 in found]


def _start(d, i0: int) -> int:
    j = i0 - 1
    if j < 0 or not d.is_word(i0) or not d.is_word(j) or d.word(j) not in _SUBJECTS:
        return i0
    if not finite_like(d.lex, d.word(i0)):
        return i0  # 'ik | sorry …': no verb of the phrase takes the pronoun
    before = j - 1
    while before >= 0 and d.is_word(before) and d.word(before) in _PAUSES:
        before -= 1  # '… gebroken en eh ja | ik weet niet hoe …': the spoken pause goes with it
    if before < 0 or not d.is_word(before) or d.word(before) in _OPENERS:
        return before + 1
    return i0
