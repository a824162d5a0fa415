"""A pronoun that points at a row is not filled in with one item of it (round 21, rv21k).

'Stoelen, tafels en de partytent. Kunde gij die zaterdag ophalen?': the referent finder knows noun phrases
with an article, so it put 'de partytent' in for 'die' and left 'Stoelen,' in front as if it were a name.
When the phrase found stands in a verbless row whose other items it does not cover, the pronoun stays and
the row is left to what keeps a pointed-at sentence (lean_back.py), or the result is not sure.
"""

from __future__ import annotations

from .segment import finite_like
from .thing_span import plural_verb_after

_SEPARATORS = frozenset({",", "+", "&", ";"})


def _joins(d, i: int) -> bool:
    return 0 <= i < d.n and (d.tok_text(i) in _SEPARATORS or d.is_word(i) and d.word(i) in ("en", "of"))


def part_of_row(an, found: list[list[int]]) -> bool:
    """The phrases ``found`` (token lists) are only some items of a verbless row in their sentence."""
    d = an.d
    if not found or not found[0]:
        return False
    at = found[0][0]
    k = d.sentences_of(at)
    if k < 0:
        return False
    span = d.sentences[k]
    words = [i for i in range(*span) if d.is_word(i)]
    if any(finite_like(d.lex, d.word(i)) or d.word(i) in d.lex.pasts for i in words):
        return False  # 'Ik heb een nieuwe kast gekocht.', 'jij zei laatst …': a sentence, not a row
    if plural_verb_after(d, found[-1][-1]):
        return False  # 'Hoi Mark, mijn medicijnen liggen klaar …': a subject and its verb after a greeting (k35e)
    if not any(d.tok_text(i) in _SEPARATORS for i in range(*span)):
        return False  # 'Mijn jas en mijn fiets staan nog bij de school.': two things, no row (a choice, refs.py)
    first, last = found[0][0], found[-1][-1]
    if not (_joins(d, first - 1) or _joins(d, last + 1)):
        return False  # 'Mark, even over de kinderen.': the phrase is no item between separators
    covered = {i for toks in found for i in toks}
    return any(i not in covered and d.word(i) not in ("en", "of") for i in words)
