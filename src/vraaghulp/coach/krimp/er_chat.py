"""'er' after a question verb in front: a dummy subject of a question, or the writer speaking without 'ik'.

Round 40 (k40a) read 'wil er gewoon niet meer zijn', 'kan er niet meer tegen' as chat without its 'ik': never a request
put to the reader, never closed with '?'. Round 40 review (k40r2): that reading only for a line the writer did not close
with '?' ('Kan er niet nog iemand mee?', 'Mag er niet gerookt worden in de tuin?' are ordinary questions, sure), and
with no subject after the negation ('kan er niet iemand anders …'). The one rule for verbs.py (the lead of a request)
and usable.py (which sentence asks).
"""

from __future__ import annotations

from .wordsets import NEGATIONS as _ALL_NEGATIONS

# The package's negations but 'geen' and 'nergens': 'kan er geen taart meer bij' has a subject after 'geen'.
NEGATIONS = _ALL_NEGATIONS - {"geen", "nergens"}
# What shows a real subject after the negation ('kan er niet (nog) iemand …', 'kan er niet een …').
_SUBJECT_AFTER = frozenset({"iemand", "niemand", "een", "de", "het", "eens", "even", "ene", "nen"})


def writer_speaking(lex, words: list[str], asked: bool) -> bool:
    """The words after 'er' (to the clause's end, lower case) in a line closed with '?' (`asked`) or not: is the 'er'
    no subject, the writer speaking without 'ik'? A negation with no subject after it ('wil er gewoon niet meer zijn'),
    or a particle that ends the clause ('wil er (even) uit', 'kan er niet meer tegen'), fillers skipped."""
    if asked:
        return False
    k = 0
    while k < len(words) and words[k] in lex.fillers:
        k += 1
    if k >= len(words):
        return False
    word, rest = words[k], words[k + 1:]
    if word in NEGATIONS:
        return not rest[:1] or rest[0] not in _SUBJECT_AFTER and "iemand" not in rest
    return word in lex.prepositions and rest[:1] in ([], ["meer"], ["tegen"])  # never 'er mensen zijn'
