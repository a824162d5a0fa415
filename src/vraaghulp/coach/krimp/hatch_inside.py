"""An escape hatch put inside the question after its moment: 'wil jij zaterdag | als je tijd hebt |
mijn gordijnen ophangen', 'Kun je morgen | als het lukt | de kast ophalen?'.

segment.py already ends a clause put in right after the bare front ('Zou jij | als je tijd hebt |
een keer …'). With a moment or a small politeness word between the front and the hatch, the 'als'
clause ran on to the end of the sentence and took the object and the verb of the ask with it: the
result lost what was asked ('Jesse, wil jij zaterdag?'). Here the front may carry such words, but
only when the inserted clause is itself a wrapper phrase (an escape hatch or a hedge) that ends
exactly at its verb: a real condition ('als ze slaapt') is never cut loose this way.
"""

from __future__ import annotations

from .moest_hatch import inside as moest_inside  # noqa: F401  (segment.py)

_FILL = frozenset({"even", "eens", "ff", "efkes", "eventjes", "nog", "wel", "toch", "ook", "ne", "een", "keer", "nen",
                   "me", "mij", "ons", "mn", "mijn"})
_HATCH = frozenset({"uitweg", "afzwakker"})


def front_with_moment(an, cur: int, i: int, bare_front) -> bool:
    """Token i ends a hatch that started at cur ('als je tijd hebt'), and what stands before cur
    in its sentence is a question's front with a moment or filler words after it."""
    d = an.d
    wrap = an.wrapper_at(cur)
    if wrap is None or wrap[0] not in _HATCH or wrap[1] != i:
        return False
    moment = {k for i0, i1 in an.moments for k in range(i0, i1)}
    start = d.sentences[d.sentences_of(cur)][0]
    k, seen = cur - 1, False
    while k > start and (not d.is_word(k) or k in moment or d.word(k) in _FILL):
        seen = seen or k in moment
        k -= 1
    return seen and k < cur - 1 and bare_front(an, k + 1)
