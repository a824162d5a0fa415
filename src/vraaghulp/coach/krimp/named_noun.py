"""'die boete', 'dat contract' in the request: the thing named before with its 'van'/'voor' phrase (round 33, k33d).

'Gisteren kreeg ik een aanmaning over de boete van 240 euro. … Kunt u mij helpen om die boete in termijnen te
betalen?': 'die boete' points back at a thing the draft named in full before ('de boete van 240 euro'). The request
cut loose from that sentence loses what makes the thing that one; before, the engine kept the whole earlier sentence
for it (or filled the noun in twice: 'de rapporten van groep 5 rapporten'). Now the demonstrative and its noun become
the earlier noun phrase with its 'van'/'voor' phrase: 'Kunt u mij helpen om de boete van 240 euro in termijnen te
betalen?'.

Only when the noun was named exactly one way with such a phrase (the writer's determiner kept when it is a possessive,
else 'de'/'het' as the request's 'die'/'dat' says); the phrase of 'van'/'voor' is a short noun phrase, a number or a
name, never a pronoun ('de taart voor jou', 'het boek van mij' stay as they are). Not: a moment noun ('die dag'), a
request that says its own phrase already ('die afspraak van dinsdag'), a phrase the result keeps anyway (its sentence
stays). Two different phrases for the noun ('de rapporten van groep 5 … de rapporten van groep 6. Kan iemand die
rapporten …'): which one is not clear, the words stay and the result is not sure.
"""

from __future__ import annotations

from .noun_phrases import BREAKS, DETERMINERS
from .segment import finite_like
from .pieces import new_piece, tok_piece
from .verbs import is_participle, is_verb_form

_DEMONSTRATIVES = {"die": "de", "deze": "de", "dat": "het", "dit": "het", "da": "het"}
_KEEP = frozenset({"mijn", "m'n", "mn", "je", "jouw", "uw", "ons", "onze", "zijn", "haar", "hun"})
_LINKS = frozenset({"van", "voor"})
_PRONOUNS = frozenset({"mij", "me", "jou", "je", "u", "hem", "haar", "ons", "hen", "hun", "jullie", "ze", "zij", "hij",
                       "ik", "jij", "gij", "ge", "wij", "we", "mijzelf", "zichzelf", "iemand", "niemand", "iets", "niets"})
_MOMENT_NOUNS = frozenset({"dag", "dagen", "avond", "middag", "ochtend", "voormiddag", "namiddag", "nacht", "week",
                           "weekend", "moment", "tijd", "keer", "uur", "datum", "tijdstip", "periode", "maand", "jaar"})
_OWN_AFTER = _LINKS | {"met", "die", "dat", "da"}
_FUNCTION = BREAKS | _PRONOUNS | {"dus", "toch", "zo", "ff", "even", "efkes", "er", "hier", "daar", "nu", "dan", "eens"}


def apply(an, req, main, parts) -> None:
    """The request with the earlier phrase in place (said in a finding); 'verwijzing' when not sure which."""
    if parts.crisis or not req.pieces:  # nothing left of the request to fill in
        return
    at = req.pieces[_demonstrative(an, req) or 0]
    done = expand(an, req, main, parts.extras())
    if done is False:
        parts.doubt.append("verwijzing")
    if done is not None and at.toks and at.toks[0] in req.gone:
        req.found.append((at.toks[0], at.toks[0] + 1, "ingevuld", at.text))
        article = {p.word for p in req.pieces if not p.toks and p.replaced == at.toks} & {"de", "het"}
        parts.typed = parts.typed | article  # 'die' became 'de': no new word of the engine's (checks.invented)


def expand(an, req, main, kept) -> bool | None:
    """Put the earlier noun phrase in place of 'die/dat + noun' in the request. None: not this case; True: done and
    clear (the phrase in the request's sentence or the one before it); False: done further back, or two phrases and
    nothing done (not sure)."""
    k = _demonstrative(an, req)
    if k is None:
        return None
    noun = req.pieces[k + 1].word
    found = _named(an, main, noun, kept)
    if found is None:
        return None
    if len({tuple(an.d.word(i) for i in full) for full, _sent in found}) != 1:
        return False  # 'de rapporten van groep 5 … van groep 6': which one is not clear
    full, sent = found[0]
    first = an.d.word(full[0])
    if first not in _KEEP and _DEMONSTRATIVES[req.pieces[k].word] != _gender(first, _DEMONSTRATIVES[req.pieces[k].word]):
        return None  # 'het boek … die boek': the pronoun does not agree, another thing may be meant
    d = an.d
    det = tok_piece(d, full[0])
    det = det if first in _KEEP else new_piece(_DEMONSTRATIVES[req.pieces[k].word], replaced=req.pieces[k].toks)
    if det.toks and det.text[:1].isupper():
        det = type(det)(det.text.lower(), det.toks, det.norm, det.glue)
    req.gone.update(req.pieces[k].toks + req.pieces[k + 1].toks)
    req.pieces[k:k + 2] = [det] + [tok_piece(d, i) for i in full[1:]]
    return sent >= main[0].sent - 1


def _gender(first: str, asked: str) -> str:
    """The gender the earlier determiner says ('een', a number: either)."""
    if first in ("de", "die", "deze"):
        return "de"
    if first in ("het", "'t", "t", "dat", "dit"):
        return "het"
    return asked


def _demonstrative(an, req) -> int | None:
    """The one 'die/dat/deze/dit + noun' near the front of the request, its noun with no phrase of its own after it."""
    pieces = req.pieces
    hits = [k for k in range(req.front, min(len(pieces) - 1, req.front + 10))
            if pieces[k].toks and pieces[k].word in _DEMONSTRATIVES and pieces[k + 1].toks]
    if len(hits) != 1:
        return None
    k = hits[0]
    noun = pieces[k + 1].word
    after = pieces[k + 2].word if k + 2 < len(pieces) else ""
    lex = an.d.lex
    if not noun.replace("'", "").isalpha() or noun in _MOMENT_NOUNS or after in _OWN_AFTER or noun in _FUNCTION \
            or noun in lex.prepositions or noun in lex.fillers or noun in lex.particles or noun in lex.subjects \
            or noun in lex.finite or lex.moment.match(noun):
        return None  # 'die dag', 'die afspraak van dinsdag', 'die brief die ik kreeg'
    return k


def _named(an, main, noun: str, kept) -> list | None:
    """Each earlier noun phrase with this head noun (or a compound ending in it: 'het huurcontract' for 'dat
    contract') and a 'van'/'voor' phrase: (its tokens, its sentence); None when there is none, or one stands in a
    clause the result keeps anyway."""
    d = an.d
    head = main[0]
    out = []
    for c in an.clauses:
        if c.b > head.a or c in main:
            continue
        for i in range(c.a, c.b):
            w = d.word(i) if d.is_word(i) else ""
            if not (w == noun or (len(noun) >= 4 and w.endswith(noun) and len(w) > len(noun) + 2)):
                continue
            start = _determiner(an, c, i)
            tail = _modifier(an, c, i) if start is not None else []
            if tail:
                if c in kept:
                    return None  # its sentence stays in the result: the request may point at it as it is
                out.append((list(range(start, i + 1)) + tail, c.sent))
    return out or None


def named_with_article(an, piece) -> bool:
    """The draft names the word of this piece as a noun elsewhere ('De rapporten van groep 5 …'): after 'die' in the
    request it is that noun, not a verb ('kan iemand die rapporten …' is no pronoun 'die' before 'rapporten'; the
    request's own 'het overmaken' does not count)."""
    d = an.d
    return any(i not in piece.toks and d.is_word(i) and d.word(i) == piece.word
               and (j := _determiner(an, None, i)) is not None and d.word(j) not in _DEMONSTRATIVES
               and j == i - 1 for i in range(d.n))


def _determiner(an, c, i: int) -> int | None:
    """The determiner before the noun at i, over up to two adjectives ('de nieuwe berging', 'een aanvraag')."""
    d = an.d
    for j in range(i - 1, max(c.a if c is not None else 0, i - 3) - 1, -1):
        if not d.is_word(j):
            return None
        w = d.word(j)
        if w in DETERMINERS or w in ("een", "ne", "'n", "ene"):
            return j
        if not (w.endswith("e") and len(w) > 3 and w.isalpha()):
            return None
    return None


def _modifier(an, c, head: int) -> list[int]:
    """'van 240 euro', 'voor het teamoverleg', 'van de RVA' right after the head noun: its tokens, or []."""
    d = an.d
    lex = d.lex
    toks = list(range(head + 1, c.b))
    if not toks or not d.is_word(toks[0]) or d.word(toks[0]) not in _LINKS:
        return []
    out = [toks[0]]
    for i in toks[1:5]:
        if not d.is_word(i):
            break
        w = d.word(i)
        if w in _PRONOUNS and len(out) == 1:
            return []  # 'de taart voor jou', 'het boek van mij': whose it is, said from the writer's side
        if len(out) == 1 and (w in DETERMINERS or w in ("een", "ne", "'n")) and w not in _DEMONSTRATIVES:
            out.append(i)  # 'voor een parkeervergunning': 'een' may be a filler word elsewhere
            continue
        if w in BREAKS or w in lex.prepositions or finite_like(lex, w) or w in lex.subjects or w in lex.fillers \
                or (len(out) > 1 and (is_verb_form(lex, w) or is_participle(lex, w))):
            break
        out.append(i)
    words = [d.word(i) for i in out[1:]]
    if not words or words[-1] in DETERMINERS or words[-1] in ("een", "ne"):
        return []
    return out
