"""The edges of a message in chat: a family word that opens it and addresses the reader, thanks that
close it without a stop, a name after a clause that is complete, a name with particles
('meneer Van den Broeck'). segment.py asks these where it cuts a draft into clauses."""

from __future__ import annotations

from .verbs import is_infinitive


def opening_address(an, i: int) -> bool:
    """'mam hoe is t thuis? …': a family word that opens the draft, right before a question word or
    a greeting, addresses the reader (not 'mama is ziek', 'papa en ik', where it is the subject)."""
    d = an.d
    if i < 1 or not d.is_word(i - 1) or any(d.is_word(k) for k in range(0, i - 1)):
        return False
    return d.word(i - 1) in d.lex.relations and d.word(i) in _QUESTION_WORDS


_QUESTION_WORDS = frozenset({"hoe", "wat", "waar", "wanneer", "hoelang", "welke", "hey", "hoi", "hallo", "dag"})
_CLOSING = frozenset({"meer", "niet", "ni", "nie", "door", "doorheen", "op", "vol", "kapot", "moe", "klaar", "zat", "beu"})


def clause_closed(d, k: int) -> bool:
    """Token k ends a clause of the writer, so a name after it stands apart: a particle or an
    infinitive ('… door', '… zitten'), never a word a name belongs to ('van de Delhaize', 'nonkel Georges')."""
    w = d.word(k) if d.is_word(k) else ""
    return d.tok_text(k)[:1].islower() and (w in _CLOSING or is_infinitive(d.lex, w)) and w not in d.lex.relations


THANKS = frozenset({"bedankt", "dankjewel", "dankuwel", "merci", "mercikes", "thanks", "alvast"})  # 'thx' is 'bedankt'


def closing_thanks(an, i: int) -> bool:
    """A sign-off ('thx', 'ok merci', 'alvast bedankt') from token i to the end of its sentence."""
    d = an.d
    k = i + 1 if d.word(i) in ("oke", "ok") and i + 1 < d.n else i
    end = an.starts["afsluiting"].get(k)
    if end is None or (d.word(k) not in THANKS and not goodbye_after_filler(d, k)):
        return False  # 'lenen tot morgen', 'met dank': not thanks on their own ('… droog is eh allez tot zondag' is)
    return all(not d.is_word(j) for j in range(end, d.sentences[d.sentences_of(i)][1]))


def goodbye_after_filler(d, i: int) -> bool:
    """'… als het droog is eh allez tot zondag': a goodbye after a spoken filler closes the message."""
    return d.word(i) in ("allez", "tot") and i > 0 and d.is_word(i - 1) and d.word(i - 1) in d.lex.loose_back


def capital_after_infixes(d, k: int) -> bool:
    """'meneer Van den Broeck', 'mevrouw van der Berg': after the particles a capital follows."""
    while k < d.n - 1 and d.word(k) in d.lex.infix and not d.tok_text(k)[:1].isupper():
        k += 1
    return d.tok_text(k)[:1].isupper()


def asides(d, a: int, b: int) -> set[int]:
    """Tokens of a bracketed amount or label between words of one clause ('wanneer mijn factuur (€ 2.310)
    betaald wordt'): at most four tokens with a digit, a word right before and after, no verb inside."""
    out: set[int] = set()
    for i in range(a, b):
        if d.tok_text(i) != "(" or i == a or not d.is_word(i - 1):
            continue
        close = next((k for k in range(i + 1, min(b, i + 6)) if d.tok_text(k) == ")"), None)
        if close is None or close + 1 >= b or not d.is_word(close + 1) or close - i < 2:
            continue
        inside = range(i + 1, close)
        if any(d.tok_text(k)[:1].isdigit() for k in inside) and all(d.is_word(k) for k in inside):
            out.update(range(i, close + 1))
    return out
