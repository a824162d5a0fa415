"""The person addressed in a crisis draft, kept or never lost while sure (round 46, k46c).

'sorry eva, ik wil dood' and 'sorry dat ik je dit stuur Eva maar ik wil dood' gave the ready sentence without Eva,
sure: `names.find_name` looks for the name beside an apology only when the draft has a request, and a crisis draft
answered with the ready request has none. `found` tries the same later readings on the whole draft (a name after an
opening apology, a name closing the apology's clause or the text, a name after thanks), and keeps only a name written
as one (a capital), a first name of the lexicon ([aanspreken] voornamen), a relation ('mam', 'schat') or a title with
its name: never 'Dood, …' from 'sorry ik wil dood'. The crisis path then writes 'Eva, ik wil dood. Kun je nu bij me
zijn?'. `lost` is the last check of a crisis result: a first name of the draft, or a word written as a name inside a
sentence, that the result does not hold keeps it from being sure ('ik wil dood, sorry eva'; code `crisis-naam-weg`).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from . import name_hail, thanked
from .lexicon import lexicon
from .names import known_word, name_after_apology, name_at_an_end, name_cased, vocative_word

CODE = "crisis-naam-weg"


def found(an) -> tuple[list[int], object | None]:
    """(the name's tokens, the clause that is only the name, if any), or ([], None)."""
    clauses = [c for c in an.clauses if c.role != "leeg"]
    if not clauses:
        return [], None
    first = clauses[0]
    for name in (name_hail.found(an, first, vocative_word), name_after_apology(an, first),
                 thanked.found(an, vocative_word), _set_apart(an, name_at_an_end(an, clauses))):
        if name and name[0] and all(_written_as_name(an, k) for k in name[0]) and _one_person(an, name[0]):
            return name
    return [], None


# Review of k46c (k46cr): 'ik wil dood, Jezus Christus', 'sorry Dood, ik wil dood' gave 'Jezus Christus, ik wil dood.'
# and 'Dood, …', sure: a curse or a word of the crisis itself is no person addressed, and dropping it loses no one
_NO_PERSON = frozenset({"god", "jezus", "christus", "here", "heer", "allah", "hemel", "dood", "jeetje", "jemig", "gatver",
                        "godver", "godverdomme", "verdomme", "shit", "fuck", "kut", "tering", "mijn", "ach", "oh", "o"})
_AND = frozenset({"en", "of", "&", "+"})


def _one_person(an, toks: list[int]) -> bool:
    """Not a curse ('Jezus Christus'), and not one of several people ('sorry mam en pap', 'Sorry Eva en Tom': the
    reading took the last alone, and the message went to 'Pap' only, sure)."""
    d = an.d
    near = {d.tok_text(toks[0] - 1).lower() if toks[0] else "", d.tok_text(toks[-1] + 1).lower() if toks[-1] + 1 < d.n else ""}
    return not (_NO_PERSON & {d.word(k) for k in toks} or _AND & near)


def _set_apart(an, name: tuple) -> tuple:
    """A name closing a sentence is the person addressed only when set apart from the crisis words before it by a
    mark, or when it closes the apology's clause with the text going on after it ('sorry dat ik je dit stuur Eva maar
    …'): 'ik wil niet meer leven Eva' and 'sorry ik wil dood Roos' came out 'Eva, ik wil niet meer leven Eva.', sure."""
    toks = name[0] if name else []
    if not toks:
        return name
    d = an.d
    before, after = d.tok_text(toks[0] - 1) if toks[0] else "", d.tok_text(toks[-1] + 1).lower() if toks[-1] + 1 < d.n else ""
    return name if not before[:1].isalnum() or after in {"maar", ","} else ([], None)


def _written_as_name(an, k: int) -> bool:
    d = an.d
    w = d.word(k)
    return (name_cased(d.tok_text(k)) and not known_word(d.lex, w) or w in d.lex.first_names or w in d.lex.relations
            or w in d.lex.infix or w in d.lex.formal)


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_OPENS = re.compile(r"(?:^|[.!?\n:;]\s*|[\"'(]\s*)$")
# the writer's own name in a sign-off ('Groetjes Tineke', 'Met vriendelijke groet,⏎Karin de Vries'): cut off
_SIGN_OFF = re.compile(r"(?i)\b(?:met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groetjes|groeten|groet|liefs|mvg|kusjes|kus|xx+"
                       r"|doei|ciao|dikke knuffel)\b")
# a name the writer gives as their own ('t is Marcel', 'hier is Jan', 'ik ben Ans') or a place ('in Syrië', 'naar Gent')
_NOT_ADDRESSED = frozenset({"is", "ben", "hier", "met", "in", "uit", "naar", "van", "te", "op", "aan", "via", "door"})


# a name-cased word that is a sentence of its own ('… ik wil dood. Jan.'), and a relation said to the reader: after an
# apology or a comma, or closing the text ('…, sorry mam', '… ik kan niet meer mama')
_ALONE = re.compile(r"[^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]*)?[ \t]*(?:[.!?]+|\n|$)")


def _hailed(raw: str, m) -> bool:
    before, after = raw[:m.start()].rstrip(), raw[m.end():].strip()
    return (bool(re.search(r"(?i)(?:\bsorry|\bsry|,)$", before)) or not after.strip(".!?… \n")) and not re.search(
        r"(?i)\b(?:mijn|m'n|mn|me|je|jouw|uw|zijn|haar|onze|ons|de|het|tegen|aan|voor|met|van|bij|dat|die)$", before)


def lost(raw: str, sentence: str) -> bool:
    """A first name of the draft, or a word it writes as a name inside a sentence, that the result leaves out; not the
    writer's own name in a sign-off or an introduction, nor a place after its preposition."""
    lex = lexicon()
    said = {fold(w) for w in _WORD.findall(sentence)}
    end = _SIGN_OFF.search(raw, max(0, len(raw) - 80))
    raw = raw[:end.start()] if end else raw
    words = list(_WORD.finditer(raw))
    for k, m in enumerate(words):
        w = fold(m.group(0))
        if w in said or k and fold(words[k - 1].group(0)) in _NOT_ADDRESSED or w in _NO_PERSON:
            continue
        if w in lex.relations and _AND & {fold(x.group(0)) for x in words[max(0, k - 1):k + 2]}:
            return True  # 'sorry mam en pap, ik wil dood': both left out (k46cr)
        if w in lex.relations and _hailed(raw, m):
            return True  # 'ik wil er niet meer zijn, sorry mam' (round 47, lead)
        if name_cased(m.group(0)) and _ALONE.match(raw, m.start()) and _OPENS.search(raw[:m.start()]) and not known_word(lex, w):
            return True  # 'ik wil dood. Jan.': the one addressed or the writer signing, which one cannot be told
        if w in lex.first_names or (name_cased(m.group(0)) and not _OPENS.search(raw[:m.start()])
                                    and not known_word(lex, w) and w not in lex.relations):
            return True
    return False
