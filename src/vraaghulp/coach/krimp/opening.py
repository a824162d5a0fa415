"""An opening question before the real ask: 'Heb je die doos al gezien? Kun je hem naar zolder brengen?',
'Mag ik je wat vragen? Wil je mijn getuige zijn?'.

A yes/no check question (its verb is not one that asks for something: 'heb je …', 'ben je …', 'weet je …')
or an announcement that a question is coming ('mag ik je iets vragen?') comes first; the request right
after it (its own sentence, verb first with 'kun/wil/zou je' or 'mag ik') is the ask; after an announcement, which
never asks anything itself, the first such request, also when sentences of context come between. The check question
becomes plain text: it is context, never a second request. A pronoun in the ask that points at the check
question's noun ('hem', 'die', 'ze') is left to ``referent``; when nothing resolves it, the result is not
sure (engine.py adds the doubt ``verwijzing-opening``).
"""

from __future__ import annotations

from .assemble import has_moment
from .lexicon import YOU
from .segment import head

_ASKING = frozenset({"kunnen", "willen", "zullen", "mogen"})
_ANNOUNCE = frozenset({"vragen", "stellen", "vraagje", "vraag"})
_POINTERS = frozenset({"hem", "het", "'t", "t", "die", "ze", "zem", "dat", "deze", "dit", "er", "daar", "ermee", "daarmee"})
_ADVERBS = frozenset({"even", "ook", "nog", "wel", "al", "dan", "straks", "mee", "terug", "weer", "voor", "nu", "eens"})
_WITHDRAW = frozenset({"wacht", "nee", "laat", "sorry"})  # 'Oh nee wacht, kun jij …': the first ask is taken back


def _words(an, group) -> list[str]:
    d = an.d
    return [d.word(i) for c in group for i in d.content(c.a, c.b)]


def announces(an, group) -> bool:
    """'Mag ik je iets vragen?', 'Mag ik u een vraag stellen?': only says a question is coming."""
    first = head(group)
    lead = first.lead if first is not None else None
    if lead is None or lead.lemma != "mogen" or lead.subject != "ik":
        return False
    words = _words(an, group)
    if len(words) <= 11 and words[-1] in _ANNOUNCE and ({"zo", "vrij"} <= set(words) or "volgende" in words):
        return True  # older voices: 'Mag ik zo vrij zijn u het volgende te vragen.'
    return len(words) <= 7 and bool(_ANNOUNCE & set(words)) and words[-1] in _ANNOUNCE | {"wat", "iets"}


def _check(an, group) -> bool:
    """A yes/no question whose verb asks for nothing ('Heb je mijn sleutels gezien?')."""
    first = head(group)
    if first is None or first.kind != "direct" or first.lead is None:
        return False
    if announces(an, group):
        return True
    if {"om", "te"} <= set(_words(an, group)):
        return False  # 'Heb je zin/tijd om … te helpen?': itself the request, never a check
    return first.lead.lemma not in _ASKING and first.lead.subject in YOU


def _real_ask(an, group) -> bool:
    first = head(group)
    if first is None or first.kind != "direct" or first.lead is None or announces(an, group):
        return False
    lead = first.lead
    return lead.lemma in _ASKING and (lead.subject in YOU or lead.lemma == "mogen" and lead.subject == "ik")


def past_opening(an, groups: list[list], main: list) -> list:
    """The request right after an opening check question, when main is that question; else main."""
    if not _check(an, main):
        taken_back = _withdrawn(an, groups, main)
        return main if taken_back is None else taken_back
    anywhere = announces(an, main)  # 'Mag ik je iets vragen? Het is stom. Ik heb … Zou jij mee willen gaan?'
    for g in groups:
        if g is main or g[0].a < main[-1].b or not _real_ask(an, g) or (g[0].sent != main[-1].sent + 1 and not anywhere):
            continue
        for c in main:
            c.role = "tekst"
        an.opening = (main, g)
        return g
    return main


def set_aside(an, others: list[list], main: list, presence) -> list[list]:
    """The other requests without an opening question in the sentence right before the ask ('Mag ik je iets
    vragen? Kun je vrijdag …', 'Heb je een fijne verjaardag gehad? Wil je zondag …'): it leads in, it is no
    second request (the ask was chosen first, by its moment). A presence question ('Ben je thuis?') stays."""
    out = []
    for g in others:
        if g[-1].sent == main[0].sent - 1 and _check(an, g) and _real_ask(an, main) and not presence(an, g):
            an.opening = getattr(an, "opening", None) or (g, main)  # its noun may still be the ask's referent
            continue
        out.append(g)
    return out


def opening_found(an, kept: set[int]) -> list[tuple[int, str]]:
    """(position, the draft's words) of the opening question set aside, when the result does not show it:
    named as a lead-in (aanloop)."""
    opened = getattr(an, "opening", None)
    if opened is None:
        return []
    d = an.d
    toks = [i for c in opened[0] for i in d.content(c.a, c.b)]
    if not toks or toks[0] in kept:
        return []  # its noun alone may be in the ask ('Kun je die doos …'): the question still went
    return [(toks[0], d.raw(toks[0], toks[-1] + 1))]


def _withdrawn(an, groups: list[list], main: list) -> list | None:
    """'Mag ik je helpen met de afwas? Oh nee wacht, kun jij mij …': the ask after 'nee wacht' replaces it."""
    d = an.d
    for g in groups:
        if g is main or g[0].sent != main[-1].sent + 1 or not _real_ask(an, g):
            continue
        lead_words = [d.word(i) for i in d.content(d.sentences[g[0].sent][0], head(g).a + 1)]
        if len(_WITHDRAW & set(lead_words)) >= 2:
            for c in main:
                c.role = "tekst"
            return g
    return None


def points_at_opening(an, text: str) -> bool:
    """The chosen ask still has a pronoun while an opening question was set aside before it."""
    if getattr(an, "opening", None) is None:
        return False
    words = text.lower().replace("?", " ").replace(",", " ").split()
    return any(w in _POINTERS and not (w in _ARTICLES and _article(an, words[k + 1:k + 3])) for k, w in enumerate(words))


_ARTICLES = frozenset({"het", "'t", "t", "die", "dat", "deze", "dit"})


def _article(an, after: list[str]) -> bool:
    """'het formulier', 'die doos': an article before its noun points at nothing. A noun is a word
    that is neither the closing infinitive nor a preposition, adverb or moment ('kun je het morgen …')."""
    lex = an.d.lex
    if len(after) < 2 or not after[0].isalpha():
        return False  # 'Kun je het tekenen?': the last word before the end is the verb
    w = after[0]
    return w not in lex.prepositions and w not in lex.fillers and w not in lex.not_verb \
        and not has_moment(lex, w) and w not in _ADVERBS

