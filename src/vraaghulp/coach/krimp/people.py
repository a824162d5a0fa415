"""A person the request names only by a pronoun ('kun jij bij hem zijn?', 'kun je haar vrijdag
geen eten meer geven?'): the name said before it ('Daan is nog steeds ziek', 'voor Pluis') takes
its place, so the request still says who once the sentence around it is gone.

Only when the closest sentence before the request that names someone names exactly one person,
and the request names nobody yet: a name or a family word ('papa', 'oma') with its own verb right
after it ('Daan is ziek') or after a preposition for people ('voor Pluis', 'over Jan', 'van papa').
Two people there, or none: nothing changes. 'hem' also stands for things ('de kast … kun je hem
halen'): when that sentence also names a thing, the result is marked not sure ('verwijzing').
"""

from __future__ import annotations

from .thing_span import of_a_thing
from .pieces import tok_piece
from .reproach import names_someone
from .segment import finite_like
from .verbs import infinitive_of, is_infinitive

_PERSON = frozenset({"hem", "'m", "hij"})
_DE_WORD = frozenset({"de", "die", "deze", "mijn", "m'n", "mn", "je", "jouw", "zijn", "uw", "onze"})
# Family words that name a person without a name ('dat papa niet meer alleen gaat').
_FAMILY = frozenset({"papa", "mama", "pa", "ma", "opa", "oma", "bompa", "bomma", "vader", "moeder", "broer", "zus",
                     "zoon", "dochter", "nonkel", "tante", "oom", "meter", "peter", "vava", "moemoe", "pepe", "meme"})
_FOR_PEOPLE = frozenset({"voor", "met", "bij", "van", "over", "aan", "dat", "als", "omdat"})
_OWNER = frozenset({"mijn", "m'n", "mn", "je", "jouw", "uw", "onze", "ons", "zijn", "haar", "hun", "de", "het", "een"})


def person_pronoun(an, req) -> int | None:
    """The one pronoun for a person in the request (after its front), if there is exactly one."""
    lex = an.d.lex
    hits = []
    start = req.front - 1 if req.front >= 2 and req.pieces[req.front - 1].word in ("hij", "zij") and req.pieces[0].word in lex.finite \
        else req.front  # 'Mag hij om 10:30 …': the subject after the verb in front
    for k in range(start, len(req.pieces)):
        p = req.pieces[k]
        if not p.toks:
            continue
        if p.word in _PERSON:
            hits.append(k)
        elif p.word == "haar" and _object(lex, req.pieces[k + 1] if k + 1 < len(req.pieces) else None):
            hits.append(k)
        elif p.word in ("ze", "zij", "hen", "hun"):
            return None  # more than one pronoun for people: leave it
    return hits[0] if len(hits) == 1 else None


def _object(lex, nxt) -> bool:
    """'haar' as an object ('haar vrijdag geen eten geven'), not a possessive ('haar fiets')."""
    if nxt is None or not nxt.norm:
        return True
    w = nxt.word
    return (w in lex.prepositions or w in lex.particles or w in lex.fillers or bool(lex.moment.match(w))
            or is_infinitive(lex, w) or w in ("niet", "ni", "nie", "geen", "een", "nog", "ook", "even", "ff", "efkes"))


def name_the_person(an, req, main, skip: set[int], things_in) -> str | None:
    """Put the one person named before the request in the place of its pronoun: None when nothing
    was done, "" when it was clear, "verwijzing" when a thing could be meant too.
    things_in(clauses): the noun phrases in them (refs.candidates)."""
    k = person_pronoun(an, req)
    if k is None or any(p.toks and person_at(an, p.toks[0]) for p in req.pieces):
        return None  # 'wilt u Milan … als hij nog misselijk is': the request names him itself
    d = an.d
    for sent in range(main[0].sent, max(-1, main[0].sent - 3), -1):
        clauses = [c for c in an.clauses if c.sent == sent and c.b <= main[0].a
                   and (c.role not in ("groet", "afsluiting", "naam", "leeg", "wrap")  # burden talk names no one to help
                        or names_someone(an, c))]  # reproach.py: a reproach does
        found = {d.word(i): i for c in clauses for i in d.content(c.a, c.b) if i not in skip and person_at(an, i)
                 and not of_a_thing(d, i)}  # 'de technieker van Proximus', 'de zoon van Els' (thing_span.py, k35e)
        at = set(found.values())
        things = [ph for ph in things_in(clauses) if d.word(ph[0]) in _DE_WORD
                  and not at & {ph[-1] + 1, ph[-1] + 2}]  # 'mijn zoontje Thijs': the name's own title, no thing
        if len(found) > 1 or (things and not found and req.pieces[k].word != "haar"):
            return None  # two people, or a thing the pronoun may stand for ('je boormachine … hem lenen')
        if found and next(iter(found)) in {p.word for p in req.pieces if p.toks}:
            return ""  # 'wilt u Milan … als hij …': the request names him itself, 'hij' points inside it
        if found and _day_there(an, req, clauses):
            return None  # 'Jelle heeft vrijdag … Mag hij om 16:00 …': that sentence holds the day the clock time needs
        if found:
            i = next(iter(found.values()))
            req.gone.update(req.pieces[k].toks)
            gone = req.pieces[k]
            req.found.append((gone.toks[0], gone.toks[0] + 1, "ingevuld", gone.text))  # said in a finding
            title = [i - 1] if i > 0 and d.is_word(i - 1) and d.word(i - 1) in d.lex.formal else []  # 'Mevrouw Kok'
            new = [tok_piece(d, j) for j in [*title, i]]
            if (title or d.word(i) in _FAMILY) and new[0].text[:1].isupper():
                new[0] = type(new[0])(new[0].text.lower(), new[0].toks, new[0].norm, new[0].glue)  # 'bij mama', 'mevrouw Kok'
            req.pieces[k:k + 1] = new
            return "verwijzing" if things and req.pieces[k].word != "haar" else ""
    return None


def _day_there(an, req, clauses) -> bool:
    """The request has a clock time but no day, and these clauses name a day."""
    from .assemble import has_day, has_moment, pieces_text

    lex = an.d.lex
    text = pieces_text(req.pieces)
    if not has_moment(lex, text) or has_day(lex, text):
        return False
    return any(has_day(lex, an.d.raw(c.a, c.b).lower()) for c in clauses)


def person_at(an, i: int) -> bool:
    """Token i names a person: a name or a family word, with its verb after it or a preposition for
    people before it."""
    d = an.d
    lex = d.lex
    if not d.is_word(i):
        return False
    w = d.word(i)
    prev = d.word(i - 1) if i > 0 and d.is_word(i - 1) else ""
    nxt = d.word(i + 1) if i + 1 < d.n and d.is_word(i + 1) else ""
    raw = d.tok_text(i)
    if w in lex.relations:
        capital_ok = raw[:1].isupper() and i + 1 < d.n and d.is_word(i + 1) and (i == 0 or not d.is_word(i - 1))
        if w not in _FAMILY or not (raw[:1].islower() or capital_ok) or prev in _OWNER:
            return False  # 'Pap, …' is the person addressed ('Mama heeft …' is not); 'mijn broer' is kept as it is
    elif not raw[:1].isupper() or not w.isalpha() or w in lex.not_name or w in lex.not_verb or w in lex.finite \
            or w in lex.subjects or w in lex.formal or (prev and d.tok_text(i - 1)[:1].isupper() and prev not in lex.formal) \
            or any(a <= i < b for a, b in an.moments):  # 'Zaterdag is de uitwedstrijd …': a day, no one (round 37)
        return False
    if i + 1 < d.n and d.tok_text(i + 1) == "(":  # 'Mijn vader (dhr. Van Dam, geb. …) heeft …'
        close = next((k for k in range(i + 2, min(d.n, i + 20)) if d.tok_text(k) == ")"), None)
        nxt = d.word(close + 1) if close is not None and close + 1 < d.n and d.is_word(close + 1) else nxt
    verb = finite_like(lex, nxt) or (  # 'opa ligt', 'Daan woont'
        len(nxt) > 3 and nxt.endswith("t") and nxt not in lex.not_verb and infinitive_of(lex, nxt)[1])
    pair = (nxt == "en" and i + 2 < d.n and d.tok_text(i + 2)[:1].isupper()) or (
        prev == "en" and i >= 2 and d.tok_text(i - 2)[:1].isupper())  # 'Tom en Bas zijn ziek': two of them
    return verb or pair or prev in _FOR_PEOPLE
