"""Chat without punctuation: the reason glued to the question ("mag ik zaterdag naar het feest
iedereen gaat", "mag ik naar de film met Sam zijn vader brengt ons", "mag ik later thuiskomen het
feest duurt tot 12"). After a question with its verb in front, a subject of its own with its verb
right after it begins the writer's next sentence, not the question's object."""

from __future__ import annotations

from .verbs import is_infinitive, lead_at

_ALONE = frozenset({"iedereen", "niemand", "allebei"})  # 'iedereen gaat', 'niemand is thuis'
_PRONOUNS = frozenset({"het", "ze", "hij", "zij", "we", "wij"})
_DETERMINERS = frozenset({"het", "de", "zijn", "haar", "hun", "mijn", "mn", "m'n", "onze", "ons"})
_ASKS = ("kunnen", "willen", "mogen")
THIRD_PERSON = frozenset({"lukt", "wordt", "valt", "moet", "blijft", "duurt", "kost", "gaat", "is", "zit", "ligt", "staat", "loopt"})
ALONE_SUBJECTS = _ALONE | _PRONOUNS  # a subject that makes a clause of two words ('het is', 'iedereen gaat')


def finite_like(lex, w: str) -> bool:
    """A finite verb form the word lists know ('is', 'heeft', 'duurt')."""
    return w in lex.finite or w in lex.ik_verbs or w in lex.state_verbs or w in lex.irregular or w in THIRD_PERSON


def glued_reason(an, i: int, cur: int) -> bool:
    """Token i starts a new main clause glued to the question that began at cur."""
    d = an.d
    lex = d.lex
    w = d.word(i)
    if w not in _ALONE and w not in _DETERMINERS and w not in _PRONOUNS:
        return False
    lead = next((lead_at(d, k) for k in range(cur, min(i, cur + 3)) if lead_at(d, k)), None)
    if lead is None or lead.lemma not in _ASKS or i - lead.end < 2 or not d.is_word(i - 1):
        return False
    if any(not d.is_word(k) and d.tok_text(k) not in ("'",) for k in range(cur, i)):
        return False  # only where punctuation is missing altogether
    prev = d.word(i - 1)
    if prev in lex.prepositions or prev in lex.subordinators or prev in _DETERMINERS or prev in lex.finite \
            or prev in lex.subjects or prev in ("en", "of", "maar", "dan", "die", "dat", "daarna", "eerst", "ook", "nog"):
        return False
    if any(d.word(k) in lex.subordinators for k in range(lead.end, i)):
        return False  # '… als het feest | …': an open clause still waits for its verb
    if not _glued(an, i):
        return False
    if _verb_after(an, lead, i):
        an.aside = True  # the engine cannot cut such a question apart: never sure (engine._parts)
        return False  # 'kun je de buurvrouw haar man is ziek helpen': the question's verb comes after the aside
    return True


def _glued(an, i: int) -> bool:
    """Token i is a subject with its own verb right after it ('iedereen gaat', 'de onze is kapot')."""
    d = an.d
    lex = d.lex
    w = d.word(i)
    nxt = d.word(i + 1) if i + 1 < d.n and d.is_word(i + 1) else ""
    if (w in _ALONE or w in _PRONOUNS) and finite_like(lex, nxt) and nxt not in lex.modal_inf:
        return True  # 'iedereen gaat', 'het is maar tot 12 uur'
    after = d.word(i + 2) if i + 2 < d.n and d.is_word(i + 2) else ""
    return (w in _DETERMINERS and nxt.isalpha() and nxt not in lex.not_verb and nxt not in lex.prepositions
            and not finite_like(lex, nxt) and finite_like(lex, after) and after not in lex.modal_inf)


def _verb_after(an, lead, i: int) -> bool:
    """A question with 'kun'/'wil' that has no infinitive yet before token i, while its sentence ends
    on one: the words from i are an aside inside the question, not a sentence glued after it."""
    d = an.d
    if lead.lemma == "mogen" or any(is_infinitive(d.lex, d.word(k)) for k in range(lead.end, i) if d.is_word(k)):
        return False
    end = d.sentences[d.sentences_of(i)][1]
    last = max((k for k in range(i, end) if d.is_word(k)), default=None)
    return last is not None and is_infinitive(d.lex, d.word(last)) and d.word(last) not in d.lex.modal_inf
