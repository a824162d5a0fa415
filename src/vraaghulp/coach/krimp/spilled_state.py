"""A state said right after burden talk that ran on without a mark keeps its role (round 34, k34f).

'ik weet dat je het druk hebt⏎ik zit hier te janken⏎kun je bellen?': the burden phrase 'ik weet dat je *' reaches
over the line break and covers the next clause, which then looked wrapped and went. A clause in which no wrapper
phrase begins, whose words only a phrase begun earlier covers, is read on its own: when it says how the writer is,
it is the honest sentence.

Round 37 (k37a): the same for a clause a dialect 'maar' opens ('ik weet da ge het druk hebt mo mijn auto is kapot',
own_state.but_lead): the burden phrase 'ik weet da ge *' runs on over the 'mo' as it never does over a plain 'maar';
what follows it is read on its own, whatever it says.
"""

from __future__ import annotations

from .lexicon import WRAP_KINDS
from .own_state import but_lead
from .states import is_state


def spilled_state(an, c) -> bool:
    """Clause c is covered only by wrapper phrases that began before it, and it says how the writer is."""
    toks = an.d.content(c.a, c.b)
    if not toks or not any(an.covered(i) for i in toks):
        return False
    for name in WRAP_KINDS:
        if any(c.a <= i0 < c.b for i0, _ in an.matches.get(name, ())):
            return False  # a wrapper of its own: 'ik wil niet zeuren maar …' is read as before
    return c.start >= 0 and (but_lead(an.d, c.a) or is_state(an, c.start, c.b))
