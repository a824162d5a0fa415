"""Doubts about the person addressed, for vouch.py: a vocative guessed from a lower-case word,
a name-like word right before the request that the result lacks, a vocative in a sentence that goes."""

from __future__ import annotations

from . import kin_name
from .line_name import but_or_mother, interjected_but, run_in_doubt
from .names import known_word, vocative_word


def names_doubt(an, main, parts) -> list[str]:
    """The person addressed: a vocative guessed from a lower-case word ('amai kunde …'), or an
    unknown word right before the request that the result does not have ('… eva kun je …')."""
    d = an.d
    lex = d.lex
    toks = parts.name_toks
    if an.surname_guessed:
        return ["naam"]
    if interjected_but(an) or run_in_doubt(an):
        return ["naam"]  # 'ja ma kunt ge …', 'ik mis u ma kunde gij …': 'maar' or 'mum' (line_name.py, k43r, k43r3)
    if len(toks) == 1 and but_or_mother(an, toks[0]) == "twijfel":
        return ["naam"]  # 'ma kan jij …': the mother or a Flemish 'maar'?  # 'hallo mevr de jong kunt u …': 'de jong' taken for the surname, a guess
    if toks and all(d.tok_text(i)[:1].islower() for i in toks) and not any(d.word(i) in lex.relations for i in toks) \
            and not _opens_message(an, toks[0]):
        return ["naam"]  # a lower-case word in the middle taken for a name
    if not toks and kin_name.topic(an):
        return ["naam"]  # 'Mijn zoon Errol. Hij ligt in het ziekenhuis. …': a topic line, or the person addressed?
    kept = list(main) + list(getattr(an, "follow", []))  # 'Bier, cola en ijs.' after the ask stays: no vocative in it
    if not toks and any(_vocative_dropped(an, c) for c in an.clauses if c not in kept):
        return ["naam"]  # 'Pap, jij zei laatst …' in a sentence that goes
    if _greeted_name_lost(an, toks):
        return ["naam"]  # 'dag Lieve ik durf …', 'Dag tante Lieve!' (round 49)
    first = main[0].start if main and main[0].start >= 0 else None
    if first is None or toks:
        return []
    prev = first - 1
    if prev >= 0 and d.is_word(prev) and d.sentences_of(prev) == d.sentences_of(first) and not d.gap(first).strip():
        w = d.word(prev)
        before = d.word(prev - 1) if prev >= 1 and d.is_word(prev - 1) else ""
        if before in lex.not_verb or before in lex.prepositions or before.isdigit():
            return []  # '… met de examens kan iemand': the end of a noun phrase
        if w.isalpha() and len(w) >= 3 and not known_word(lex, w) and w not in lex.lists_words and not an.covered(prev):
            return ["naam"]
    return []


def _greeted_name_lost(an, toks) -> bool:
    """A capitalised word right after the opening greeting or after the family word taken as the person addressed,
    a name that is also a word ('Lieve', 'Ben') or a word the engine does not know, that the result does not name:
    'dag Lieve ik durf …', 'Dag tante Lieve!' (round 49: both offered sure without the name)."""
    d = an.d
    for k in [i for i in range(1, min(d.n, 8)) if d.is_word(i) and d.is_word(i - 1)]:
        raw, before = d.tok_text(k), k - 1
        if k in toks or not (raw[:1].isupper() and raw[1:].islower()):
            continue
        greeted = before in an.cover and "groet" in an.cover[before] and _opens_message(an, before)
        kin = before in toks and d.word(before) in d.lex.relations
        if (greeted or kin) and (d.word(k) in d.lex.word_names or not known_word(d.lex, d.word(k))):
            return True
    return False


def _opens_message(an, i: int) -> bool:
    """Token i is the first word of the message, or comes right after its greeting ('hey seppe …')."""
    d = an.d
    before = [k for k in range(i) if d.is_word(k)]
    return not before or all(k in an.cover and "groet" in an.cover[k] for k in before)


def _vocative_dropped(an, c) -> bool:
    """The clause opens with a name or a relation word and a comma ('Pap, jij zei …')."""
    d = an.d
    i = c.start
    if _after_greeting(an, c):
        return True  # 'dag jo,' in a chat without capitals
    if i >= 0 and (d.word(i) in d.lex.group_address or d.word(i) in d.lex.formal or _opens_message(an, i)):
        return False  # 'Goeiemiddag allemaal,', 'Geachte heer, mevrouw,': no one person
    if i < 0 or i + 1 >= d.n or c.role in ("groet", "afsluiting"):
        return False
    if d.tok_text(i + 1) != ",":
        return d.word(i) in d.lex.relations and d.word(i + 1) in d.lex.subjects  # 'pap jij zei …'
    return d.word(i) in d.lex.relations or (d.tok_text(i)[:1].isupper() and vocative_word(an, i, relaxed=False))


def _after_greeting(an, c) -> bool:
    """A single unknown word right after an opening greeting: most likely the name."""
    d = an.d
    k = an.clauses.index(c)
    toks = d.content(c.a, c.b)
    if k == 0 or c.role != "tekst" or len(toks) != 1 or an.clauses[k - 1].role != "groet" or an.clauses[k - 1].sent != c.sent:
        return False
    w = d.word(toks[0])
    return w.isalpha() and w not in d.lex.group_address and not known_word(d.lex, w)
