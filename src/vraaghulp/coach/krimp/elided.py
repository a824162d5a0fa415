"""An adjective whose noun the request leaves out takes it from the noun phrase it points back at:
'Mijn wasmachine is kapot … Kun jij de oude naar de milieustraat brengen?' -> 'de oude wasmachine'."""

from __future__ import annotations

from .pieces import tok_piece
from .verbs import is_infinitive
from .noun_phrases import phrase_head
from .referent import find

_TIME_NOUNS = frozenset({"week", "dag", "maand", "jaar", "keer", "avond", "ochtend", "middag", "nacht", "weekend"})


def fill_elided(an, req, main, skip) -> bool | None:
    """'Mijn wasmachine is kapot … Kun jij de oude naar de milieustraat brengen?' -> 'de oude
    wasmachine': an adjective without its noun takes the noun of the noun phrase it points back at."""
    from .guard import _BARE_ADJECTIVES, bare_adjective

    d = an.d
    lex = d.lex
    words = [p.word for p in req.pieces]
    k = next((k for k in range(req.front, len(words) - 2) if (bare_adjective(lex, words[k:k + 3], more=k + 3 < len(words))
                                                                and not _noun_after(lex, words, req.front, k)) or (
        words[k] in ("de", "het", "die", "dat", "deze", "dit") and words[k + 1] in _BARE_ADJECTIVES
        and lex.moment.match(words[k + 2]) and words[k + 2] not in _TIME_NOUNS)), None)  # 'de oude zaterdag naar …'
    if k is None:
        return None
    hit = find(an, main, "die" if words[k] in ("de", "die", "deze") else "dat", skip, stop_at_one=False)  # '… een nieuwe
    if hit is None or len(hit[0]) != 1:
        return None
    phrase = hit[0][0]
    noun = phrase[phrase_head(an, phrase)]
    if d.word(noun) in lex.relations:
        return None
    if req.pieces[k + 1].toks:
        req.found.append((req.pieces[k + 1].toks[0], req.pieces[k + 1].toks[0] + 1, "ingevuld", req.pieces[k + 1].text))
    req.pieces[k + 2:k + 2] = [tok_piece(d, noun)]
    return hit[1]


def _noun_after(lex, words: list[str], front: int, k: int) -> bool:
    """'kunt ge de offerte aanpassen met de nieuwe prijzen': with the request's verb before it, the
    word on -en after 'de nieuwe' is its noun, not the verb of 'de nieuwe … brengen'."""
    last = words[k + 2]
    return last not in lex.prepositions and last not in lex.particles and any(
        is_infinitive(lex, w) and w not in lex.not_infinitive for w in words[front:k])
