"""A Flemish first-person verb typed with its dialect -e ("'k zitte vol", "'k hebbe geen tijd") read as the plain
form (round 36, k36a).

West Flemish writes the writer's own present tense with an -e after a doubled consonant: "'k zitte", "'k hebbe",
"'k ligge", "'k kenne". Read as typed, 'zitte' is no verb, so "'k Zitte vol." was no honest state and a sure result
dropped it (h35b-015). Right after a subject 'ik' ('k, k, ich) that opens its clause, a word of a doubled consonant
and a single -e is read as the stem: 'zitte' -> 'zit'. Only the normalised reading changes; the sentence keeps the
writer's own spelling. An 'ik' after its verb ('kocht ik dikke sokken') is left alone: there the word after it is
no verb of that 'ik'.

Limburg and the east ask with the second person in -s and the reader as a clitic after it: 'kins se nao mich thoes
komme' (kun je naar mij thuis komen), 'kuns du morgen langs kommen', 'wils se …': the spelling table reads 'kins',
'kuns', 'wils' as 'kun', 'wil'; 'se', 'du', 'doe' right after them is read as 'je', the reader (h35b-016, h35b-046).
Both stay as typed in the sentence ('kins' is kept like 'kuj', low_saxon.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["read_first_person", "read_second_person"]

_DIALECT = re.compile(r"([^\W\d_]*?[aeiou])([bcdfgklmnprstvz])\2e")  # zitte, hebbe, ligge; never 'ee'
_OPENS = frozenset(("en", "maar", "want", "dus", "of"))


def read_first_person(toks: list) -> None:
    """Give each dialect first-person verb its plain reading, in place."""
    for i in range(1, len(toks)):
        tok = toks[i]
        if tok.cls != "w" or len(tok.norm) != 1 or toks[i - 1].norm != ("ik",):
            continue
        m = _DIALECT.fullmatch(tok.norm[0])
        if m is None or not _opens_clause(toks, i - 1):
            continue
        toks[i] = replace(tok, norm=(m.group(1) + m.group(2),))


def _opens_clause(toks: list, i: int) -> bool:
    """Token i stands first in its clause: nothing before it, a mark, or a joining word ('en', 'maar')."""
    if i == 0:
        return True
    before = toks[i - 1]
    return before.cls == "p" or before.cls == "n" or (before.norm[:1] and before.norm[0] in _OPENS)


_MODAL_S = frozenset(("kins", "kuns", "wils"))  # typed forms; the spelling table reads them 'kun', 'wil'
_CLITIC_YOU = frozenset(("se", "du", "doe"))


def read_second_person(toks: list) -> None:
    """Read the reader's clitic after a Limburg or eastern second-person modal ('kins se') as 'je', in place."""
    for i in range(1, len(toks)):
        tok = toks[i]
        if tok.cls == "w" and tok.fold in _CLITIC_YOU and toks[i - 1].fold in _MODAL_S:
            toks[i] = replace(tok, norm=("je",))
