"""Chat without punctuation: the reason glued to the question ("mag ik zaterdag naar het feest
iedereen gaat", "mag ik naar de film met Sam zijn vader brengt ons", "mag ik later thuiskomen het
feest duurt tot 12"). After a question with its verb in front, a subject of its own with its verb
right after it begins the writer's next sentence, not the question's object."""

from __future__ import annotations

import re

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


def writer_says(d, i: int) -> bool:
    """Token i opens the writer's own clause: 'ik'/'we' and a finite verb, also as one chat token with the 'k
    glued onto its verb ('mama | kzal later zijn', 'kheb': tokens.py reads it as 'ik' 'heb')."""
    words = d.words(i)
    if words[0] not in ("ik", "we"):
        return False
    nxt = words[1] if len(words) > 1 else d.word(i + 1) if i + 1 < d.n and d.is_word(i + 1) else ""
    return finite_like(d.lex, nxt)


def glued_reason(an, i: int, cur: int) -> bool:
    """Token i starts a new main clause glued to the question that began at cur."""
    d = an.d
    lex = d.lex
    w = d.word(i)
    if w not in _ALONE and w not in _DETERMINERS and w not in _PRONOUNS:
        return _bare_participle(an, i, cur)
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
        if _glued(an, i, loose=True) and _verb_after(an, lead, i):
            an.aside = True  # 'wil je de hond zijn riem hangt aan de kapstok uitlaten': a verb the lists lack
        return False
    if _verb_after(an, lead, i):
        an.aside = True  # the engine cannot cut such a question apart: never sure (parts.parts_of)
        return False  # 'kun je de buurvrouw haar man is ziek helpen': the question's verb comes after the aside
    return True


def _glued(an, i: int, loose: bool = False) -> bool:
    """Token i is a subject with its own verb right after it ('iedereen gaat', 'de onze is kapot').
    loose: the verb may also be one the word lists do not know, by its shape ('zijn riem hangt')."""
    d = an.d
    lex = d.lex
    w = d.word(i)
    nxt = d.word(i + 1) if i + 1 < d.n and d.is_word(i + 1) else ""
    if (w in _ALONE or w in _PRONOUNS) and finite_like(lex, nxt) and nxt not in lex.modal_inf:
        return True  # 'iedereen gaat', 'het is maar tot 12 uur'
    after = d.word(i + 2) if i + 2 < d.n and d.is_word(i + 2) else ""
    if after == "pas" and i + 3 < d.n and d.is_word(i + 3) and lex.moment.match(d.word(i + 3)):
        return False  # 'de rol pas vrijdag bezorgen': 'pas' before a moment is 'not until', no verb (round 38, h37b-046)
    verb = finite_like(lex, after) or (loose and _finite_shape(lex, after) and not nxt.endswith("e")  # 'de eerste helft'
                                       and i + 3 < d.n and d.is_word(i + 3) and not is_infinitive(lex, d.word(i + 3)))
    return (w in _DETERMINERS and nxt.isalpha() and nxt not in lex.not_verb and nxt not in lex.prepositions
            and not finite_like(lex, nxt) and verb and after not in lex.modal_inf)


# Words in -t that are no verb, often right after a noun inside a question ('de fiets niet', 'het pak vast').
_NOT_FINITE_T = frozenset({"niet", "echt", "vast", "best", "net", "eerst", "liefst", "direct", "licht", "zacht", "gelijk",
                           "laat", "mooi", "gauw", "uit", "dicht", "klaar", "plat", "recht", "slecht", "precies", "totaal",
                           "kort", "hard", "fout", "apart", "goedkoop", "zeker", "het", "want", "alvast"})


def _finite_shape(lex, w: str) -> bool:
    """A word shaped like a third-person verb the lists lack ('hangt', 'blaft', 'lekt'): used only to
    doubt, never to cut (a word in -t that is no verb makes the result not sure, not wrong)."""
    return (len(w) >= 4 and w.isalpha() and w.endswith("t") and w not in _NOT_FINITE_T and w not in lex.not_verb
            and w not in lex.prepositions and w not in lex.fillers and not w.endswith(("heid", "ist", "ant", "ent")))


def _verb_after(an, lead, i: int) -> bool:
    """A question with 'kun'/'wil' that has no infinitive yet before token i, while its sentence ends
    on one: the words from i are an aside inside the question, not a sentence glued after it."""
    d = an.d
    if lead.lemma == "mogen" or any(is_infinitive(d.lex, d.word(k)) for k in range(lead.end, i) if d.is_word(k)):
        return False
    end = d.sentences[d.sentences_of(i)][1]
    last = max((k for k in range(i, end) if d.is_word(k)), default=None)
    return last is not None and is_infinitive(d.lex, d.word(last)) and d.word(last) not in d.lex.modal_inf


def inner_finite(an, main) -> bool:
    """A question 'kun/wil/mag je …' that ends on its infinitive holds, before it and with no
    subordinator opening a clause, a noun with a finite verb of its own right after it ('kun je de melk
    staat in de koelkast even pakken', 'wil je de hond zijn riem hangt aan de kapstok uitlaten'):
    an aside the engine cannot cut apart, so the result is never sure."""
    d = an.d
    lex = d.lex
    for c in main:
        lead = next((lead_at(d, k) for k in range(c.a, min(c.b, c.a + 3)) if lead_at(d, k)), None)
        words = [k for k in range(c.a, c.b) if d.is_word(k)]
        if lead is None or lead.lemma not in _ASKS or not words or d.word(words[-1]) in lex.modal_inf \
                or not is_infinitive(lex, d.word(words[-1])):
            continue
        for k in range(lead.end, words[-1] - 1):
            w = d.word(k)
            if w in lex.subordinators or w in ("en", "of", "maar", "want", "dus"):
                break  # 'de doos die in de gang staat': a clause of its own, opened
            prev = d.word(k - 1) if d.is_word(k - 1) else ""
            if d.word(k - 2) in _DETERMINERS and prev.isalpha() and not prev.endswith("e") and prev not in lex.not_verb \
                    and (w in THIRD_PERSON or w in ("is", "heeft") or _finite_shape(lex, w)) and d.is_word(k):
                return True
    return False


_PARTICIPLE = re.compile(r"^ge[a-z]{3,}(?:d|t|en)$")
_AUX_AFTER = frozenset({"hebben", "zijn", "worden", "krijgen", "heb", "hebt", "heeft", "ben", "is", "wordt", "te"})
_NEXT = frozenset({"en", "want", "dus", "maar"})


def _bare_participle(an, i: int, cur: int) -> bool:
    """'kun je me ophalen bij het station in amersfoort | trein gemist en …': after a question whose infinitive
    came already, a noun and a past participle with nothing after them but 'en'/'want' or the end is the
    writer's next sentence said short (no subject, no verb of its own), not part of the question."""
    d = an.d
    lex = d.lex
    if i + 1 >= d.n or not d.is_word(i + 1) or not _PARTICIPLE.match(d.word(i + 1)) or not d.word(i).isalpha():
        return False
    if i + 2 < d.n and d.is_word(i + 2) and d.word(i + 2) not in _NEXT or d.word(i + 2 if i + 2 < d.n else i) in _AUX_AFTER:
        return False  # 'de fiets gerepareerd hebben', 'de trein gemist heeft': the participle belongs to a verb
    lead = next((lead_at(d, k) for k in range(cur, min(i, cur + 3)) if lead_at(d, k)), None)
    if lead is None or lead.lemma not in _ASKS or any(not d.is_word(k) for k in range(cur, i)):
        return False  # only where punctuation is missing altogether
    prev, w = d.word(i - 1), d.word(i)
    if w in lex.prepositions or w in lex.subordinators or w in lex.finite or w in lex.subjects or prev in _DETERMINERS \
            or prev in lex.prepositions or w in ("en", "of", "maar", "dan", "die", "dat", "niet", "nog", "al", "ook"):
        return False
    return any(is_infinitive(lex, d.word(k)) for k in range(lead.end, i - 1) if d.is_word(k))


def said_short(d, toks: list[int]) -> bool:
    """The clause is a noun and a participle, then at most 'en …' ('trein gemist', 'bus gemist en …'), as cut
    off by _bare_participle: a sentence of its own, not what the question goes on with (groups.continues)."""
    return (len(toks) >= 2 and bool(_PARTICIPLE.match(d.word(toks[1]))) and d.word(toks[0]).isalpha()
            and (len(toks) == 2 or d.word(toks[2]) in _NEXT) and d.word(toks[0]) not in d.lex.prepositions)
