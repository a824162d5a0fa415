"""How the person addressed is written in the result: the vocative from the draft's own words
('heer Bakker' -> 'Meneer Bakker'), from the person typed in the practice flow ('mijn broer Tom' -> 'Tom'),
and a title with a surname typed in lower case ('meneer jansen' -> 'Meneer Jansen')."""

from __future__ import annotations

from vraaghulp.coach.text import fold

from .lexicon import lexicon
from .names import common_word
from .pieces import capitalise


def formal_name(an, name: list[int]) -> bool:
    return any(an.d.word(i) in an.d.lex.formal for i in name)


def vocative_text(an, name: list[int]) -> str:
    """The name as the person is addressed ('heer Bakker' from the salutation -> 'Meneer Bakker')."""
    d = an.d
    name = [i for i in name if d.tok_text(i) != "@"]
    form = d.lex.address_forms.get(d.word(name[0]).rstrip("."))
    if form and len(name) > 1:
        start = name[1] if d.tok_text(name[1]) != "." else (name[2] if len(name) > 2 else None)
        if start is not None:
            text = f"{form} {d.raw(start, name[-1] + 1)}"
            return titled(d.lex, text.split()) or capitalise(text)
    text = d.raw(name[0], name[-1] + 1)
    return titled(d.lex, text.split()) or capitalise(text)


def vocative_of(person: str) -> str:
    """'mijn broer Tom' -> 'Tom'; 'mijn teamleider mevrouw Kok' -> 'Mevrouw Kok'; 'oma' -> 'Oma'."""
    lex = lexicon()
    words = person.replace(",", " ").split()
    own = bool(words) and words[0].lower() in _MY
    while words and words[0].lower() in ("mijn", "m'n", "mn", "onze", "ons", "de", "het", "mijne", "me"):
        words = words[1:]
    capitals = [k for k, w in enumerate(words) if w[:1].isupper()]
    if capitals:
        start = back = capitals[0]
        while back > 0 and words[back - 1].lower() in lex.infix:
            back -= 1  # 'meneer de Vries': the infix belongs to the name
        told = own and back == 1 and words[0].lower() in _TOLD_RELATION  # 'mijn oom Frans': who he is to me -> 'Frans'
        if back > 0 and words[back - 1].lower() in lex.formal | TITLE_WORDS and not told:
            start = back - 1
        words = _name_only(lex, words[start:])
        return titled(lex, words) or capitalise(" ".join(words))
    if titled(lex, words):
        return titled(lex, words)  # 'meneer jansen' -> 'Meneer Jansen'
    if len(words) != 1 or words[0].lower() not in lex.relations:
        return ""
    return capitalise(" ".join(words))


TITLE_WORDS = frozenset({"juf", "juffrouw", "meester", "tante", "oom", "nonkel", "coach"})  # besides lex.formal
# 'oom Kees' typed is how he is addressed; 'mijn oom Frans' says who he is, and he is addressed as 'Frans'
# (as 'mijn tante Hilde', 'mijn peter Jef'); the Flemish 'nonkel' is said in address either way ('Nonkel Luc').
_TOLD_RELATION = frozenset({"oom", "tante"})
_MY = frozenset({"mijn", "m'n", "mn", "mijne", "me"})


def titled(lex, words: list[str]) -> str:
    """'meneer jansen' -> 'Meneer Jansen', 'mevr de jong' -> 'Mevr De Jong': a title (the writer's own
    word) and a surname typed in lower case, whose first infix then takes a capital after a title (a
    surname with a capital is the writer's spelling: 'meneer van den Berg'); '' when it is not that."""
    if not 2 <= len(words) <= 4 or fold(words[0]).lower().rstrip(".") not in lex.formal | TITLE_WORDS:
        return ""
    rest = words[1:]
    if not all(w.replace("-", "").replace("'", "").isalpha() for w in rest) or rest[-1].lower() in lex.infix:
        return ""
    if not all(w.lower() in lex.infix for w in rest[:-1]) or rest[-1].lower() in lex.not_name:
        return ""
    if not rest[-1][:1].isupper() and common_word(lex, fold(rest[-1]).lower()):
        return ""  # 'mevrouw de directeur', 'meneer van de garage': a role or a thing, no surname
    if rest[-1][:1].isupper():
        return " ".join([capitalise(words[0])] + rest)  # 'meneer van den Berg': the writer's own spelling
    return " ".join([capitalise(words[0])] + [w if k and w.lower() in lex.infix else capitalise(w) for k, w in enumerate(rest)])


def _name_only(lex, words: list[str]) -> list[str]:
    """'Els uit Gent' -> 'Els', 'Anja Smits op nummer 12' -> 'Anja Smits'; 'Sam de Vries' stays."""
    for k in range(1, len(words)):
        j = k + 1
        while j < len(words) and words[j].lower() in lex.infix and not words[j][:1].isupper():
            j += 1  # 'van der Berg'
        nxt = words[j] if j < len(words) else ""
        if not words[k][:1].isupper() and not ((words[k].lower() in lex.infix or words[k] == "en") and nxt[:1].isupper()):
            return words[:k]
    return words
