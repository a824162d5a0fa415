"""A second salutation that names no one (round 33, k33e): 'Geachte mevrouw, geachte heer,' opens a formal letter
to whoever reads it. The first half is the greeting; the second half, a clause of its own after the comma, was
taken for the vocative and put in front of the ask ('Geachte heer, kunt u …'), where outside golds put no name.
A second salutation with a name ('Beste dirigent, beste Wim,', 'Geachte mevrouw, geachte heer Jansen') stays one.

Round 52 (k52b): the same letter to 'sir or madam' written as a pair of titles ('Geachte heer, mevrouw,', 'Beste
meneer/mevrouw,', 'Geachte dames en heren,') names no one either: 'Mevrouw, …' or 'Meneer/mevrouw, …' in front of
the ask is half a salutation read as a name. One title alone ('Beste meneer,') is left as it was."""

from __future__ import annotations

_TITLES = frozenset({"heer", "heren", "mevrouw", "mevrouwen", "dames", "mijnheer", "meneer", "madam", "mevr", "dhr"})


_SALUTE_WORDS = frozenset({"geachte", "hooggeachte", "zeer", "beste", "waarde"})


def past_salute(an, toks: list[int]) -> list[int]:
    """A second salutation's name without its salutation word: 'geachte heer Jansen' -> 'heer Jansen' (k52b)."""
    while len(toks) > 2 and an.d.word(toks[0]) in _SALUTE_WORDS:
        toks = toks[1:]
    return toks


def salute_titles(an) -> frozenset[int]:
    """The title words of an opening salutation to 'sir or madam' ('Geachte heer, mevrouw,', 'Beste meneer/mevrouw',
    'Geachte dames en heren'): two titles or more after the greeting, joined by a comma, a slash, 'en' or 'of', and no
    name after them ('Geachte mevrouw, meneer Jansen' names Jansen: nothing here)."""
    d = an.d
    first = next((i for i in range(d.n) if d.is_word(i)), None)
    if first is None or first not in an.starts["groet"]:
        return frozenset()
    k = max(an.starts["groet"][first], first + 1)
    if k - 1 > first and d.word(k - 1) in _TITLES:
        k -= 1  # the greeting match took its title along ('geachte heer')
    titles: list[int] = []
    while k < d.n and d.is_word(k) and d.word(k) in _TITLES:
        titles.append(k)
        k += 1
        if k + 1 < d.n and (d.tok_text(k) in (",", "/") or d.is_word(k) and d.word(k) in ("en", "of")) \
                and d.is_word(k + 1) and d.word(k + 1) in _TITLES:
            k += 1
    if len(titles) < 2 or (k < d.n and d.is_word(k)):
        return frozenset()
    return frozenset(titles)


def title_only(an, toks: list[int]) -> bool:
    """The tokens are a greeting word and titles only ('geachte heer', 'beste dames en heren')."""
    d = an.d
    if len(toks) < 2 or toks[0] not in an.starts["groet"]:
        return False
    rest = [d.word(k) for k in toks[an.starts["groet"][toks[0]] - toks[0]:]] if an.starts["groet"][toks[0]] > toks[0] else []
    return bool(rest) and all(w in _TITLES or w == "en" for w in rest) and rest[-1] != "en"


def signed_below(an, c, clauses) -> bool:
    """A name alone on the last line of a message that opened with a greeting ('Dag lieve ouders … ⏎ Juf Katrien'):
    the writer signs, the way a letter ends; it is no name addressed ('Ik snap er niks van, mam.' stays one, and so
    does a family word or a name in lower case on that line)."""
    d = an.d
    toks = d.content(c.a, c.b)
    if not toks or not clauses or clauses[0].role != "groet" or clauses[0] is c:
        return False
    if all(d.word(k) in d.lex.relations for k in toks) or not d.tok_text(toks[-1])[:1].isupper():
        return False  # 'Hoi ⏎ kun je me bellen ⏎ mam': a family word on the last line is the one addressed
    return "\n" in d.gap(toks[0]) and not any(d.is_word(k) for k in range(toks[-1] + 1, d.n))
