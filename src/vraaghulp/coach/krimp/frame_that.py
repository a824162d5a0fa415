"""'of het mogelijk is dat bedrag in vier termijnen te betalen': 'dat' is a determiner, not the frame's 'dat'
(round 51, k51c).

The frame 'het mogelijk is' takes 'om … te INF', a bare '… te INF' ('of het mogelijk is de ophaling te plannen')
or a clause 'dat/als …' with its own subject and finite verb ('of het mogelijk is dat mijn zoon eerder vertrekt').
When the words after 'dat' run to 'te' and an infinitive at the end of the sentence with no finite verb of their
own (up to a comma: '…, mits …' may follow), 'dat' points at the object ('dat bedrag', 'dat formulier'): the longer frame ending in 'dat' is no frame
there, and the shorter one without a complementiser ('het mogelijk is', 'om' left out) is read instead. The
result came back as the whole unturned sentence before (p50-015).
"""

from __future__ import annotations

_THAT = frozenset({"dat", "da"})
_SUBJECTS = frozenset({"ik", "je", "jij", "u", "ge", "gij", "hij", "ze", "zij", "we", "wij", "jullie", "iemand", "er"})


def determiner_that(d, i1: int) -> bool:
    """The frame found ends in 'dat' (token i1 - 1), and what follows is '… te INF' without a finite verb."""
    if i1 < 1 or i1 >= d.n or d.word(i1 - 1) not in _THAT:
        return False
    sentence = d.sentences_of(i1)
    words = []
    for i in range(i1, d.n):
        if d.sentences_of(i) != sentence or d.tok_text(i) in (",", ";", ":"):
            break  # '… te betalen, mits de eerste termijn …': the clause after a comma is not the object's
        words += [d.word(i)] if d.is_word(i) else []
    if len(words) < 3 or words[-2] != "te" or not words[-1].endswith("en"):
        return False
    lex = d.lex
    return not any(w in _SUBJECTS or w in lex.finite or w in _THAT for w in words[:-2])
