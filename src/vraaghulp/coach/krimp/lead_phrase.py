"""An honest sentence behind a lead-in phrase: the state is read in subject-first order.

'Na wat er vorige keer gebeurde voel ik me daar niet veilig.', 'Sinds die ruzie voel ik me daar niet
veilig.', 'door wat er gebeurd is voel ik mij daar ni veilig meer', 'Sinds die man me volgde durf ik daar
niet alleen te lopen.': a phrase about when or why stands in front, so the finite verb comes before 'ik'
and the phrases of the content file ('ik voel me … niet veilig'), written subject-first, do not start
where the clause starts. Only a phrase that opens with a word of time, cause or place counts; the words
after it ('ik voel me daar niet veilig') are judged as the honest sentence would be without it.
"""

from __future__ import annotations

from .runon import finite_like
from .tokens import Draft

# Words that open a phrase of time, cause or place put in front of the main clause.
_FRONT = frozenset({
    "na", "nadat", "sinds", "sedert", "sindsdien", "door", "doordat", "vanwege", "wegens", "omwille",
    "daardoor", "daarom", "tijdens", "bij", "op", "in", "met", "zonder", "tegenover", "rond", "naast",
    "'s", "vandaag", "tegenwoordig", "soms", "vaak", "hier", "daar", "thuis",
})
_I = frozenset({"ik", "'k", "k"})
_MAX_FRONT = 12  # words before the verb


def behind_lead(lex, words: list[str]) -> list[str] | None:
    """The clause's words from its 'verb ik' on, subject first ('ik voel me …'), when a lead-in phrase
    of time, cause or place stands in front of it; None otherwise."""
    if len(words) < 4 or words[0] not in _FRONT:
        return None
    for k in range(1, min(len(words) - 1, _MAX_FRONT + 1)):
        if words[k + 1] in _I and finite_like(lex, words[k]):
            return [words[k + 1], words[k]] + words[k + 2:]
    return None


def state_phrase(lex, words: list[str]) -> bool:
    """The honest-sentence phrases of the content file match these words from their start."""
    found = Draft(" ".join(words), lex).find_cached(lex.lists["staat"])
    return any(i0 == 0 for i0, _ in found)
