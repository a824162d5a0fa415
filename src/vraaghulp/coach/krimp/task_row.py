"""A list of tasks in one ask is part of its object (issue 12 point 3): 'zoudt gij vanavond de afwas kunnen doen,
| de was ophangen en de boterhammen voor morgen smeren?', 'kunt ge zondag patatten, | sla en een pak boter
meebrengen?'. The part after the comma closes the question: no subject of its own, its items joined by 'en' or a
comma, the last one ending in an infinitive. Read as a statement only because a noun looks like a verb ('de was',
'sla'), it went; it is the rest of the request."""

from __future__ import annotations

from .verbs import is_infinitive

_SUBJECTS = frozenset({"ik", "'k", "k", "je", "jij", "ge", "gij", "we", "wij", "hij", "zij", "ze", "u", "jullie",
                       "die", "dat", "dit", "het", "er", "iemand", "niemand", "iedereen"})
_MODALS = frozenset({"zullen", "kunnen", "willen", "mogen"})


def _closes_question(an, c) -> bool:
    """The clause ends the sentence at its question mark."""
    d = an.d
    k = c.b
    while k < d.n and d.toks[k].cls == "n" and d.tok_text(k) not in "?.!":
        k += 1
    return k < d.n and d.tok_text(k) == "?"


def _asks_verb_last(an, request) -> bool:
    """The request before it is a direct modal question ('zou je …', 'kunt ge …')."""
    return request.role == "vraag" and request.kind == "direct" and request.lead is not None and \
        request.lead.lemma in _MODALS


def task_row(an, group: list, c) -> bool:
    """Clause c, right after the request in its sentence, is the rest of its row of tasks or things."""
    d = an.d
    if c.role != "tekst" or c.start < 0 or not group or not _asks_verb_last(an, group[-1]):
        return False
    words = [d.word(i) for i in d.content(c.start, c.b) if d.is_word(i)]
    if not 2 <= len(words) <= 16 or "en" not in words[1:-1] or _SUBJECTS & set(words):
        return False
    if d.word(c.start) in d.lex.reasons or d.word(c.start) in d.lex.subordinators:
        return False
    items = " ".join(words).split(" en ")
    return is_infinitive(d.lex, words[-1]) and all(item.strip() for item in items) and _closes_question(an, c)
