"""Shapes of a clause the classifier (clauses.py) asks about, found by the older and younger voices
of tuning9-j: a short check after a statement ('Kan dat?'), a statement of need with a phrase in
front of its verb, and not understanding something said as a state ('ik snap … niet')."""

from __future__ import annotations

from .states import NEGATIONS, is_state

# A check after a statement ('Kan dat?', 'Is dat oké?'): the statement before it is the ask.
_TAGS = frozenset({("kan", "dat"), ("kan", "da"), ("mag", "dat"), ("mag", "da"), ("lukt", "dat"), ("gaat", "dat"), ("kan", "het"),
                   ("mag", "het"), ("is", "dat", "mogelijk")})
_FINE = frozenset({"oke", "ok", "goed", "prima", "mogelijk", "haalbaar"})


def tag(an, s: int, toks: list[int]) -> bool:
    """A short check after a statement, the whole clause ('Kan dat?', 'Is dat oké?'): not the ask."""
    d = an.d
    if s <= 0:
        return False
    said: list[str] = []
    for i in toks:
        if i >= s and (w := d.word(i)) not in ("wel", "zo", "dan", "ook"):
            said.append(w)
            if len(said) > 3:
                return False  # no check is longer (speed only: a long clause is not read to its end)
    words = tuple(said)
    return words in _TAGS or len(words) == 3 and words[:2] in (("is", "dat"), ("is", "da")) and words[2] in _FINE


def fronted_need(an, s: int, toks: list[int]) -> bool:
    """'Bij het uitchecken op 31 augustus wil ik graag dat je …': a statement of need with a
    phrase of time or place in front of its verb (the verb second, 'ik' after it)."""
    d = an.d
    if d.word(s) not in d.lex.prepositions:
        return False
    for k in toks[1:12]:
        if k in an.starts["behoefte"] and d.word(k) in ("wil", "wou", "wilde", "zou") and d.word(k + 1) in ("ik", "we", "wij") \
                and "dat" in (d.word(k + 2), d.word(k + 3)):
            return not any(d.word(j) in d.lex.finite for j in range(s, k))
    return False


def not_understood(an, c, toks: list[int]) -> bool:
    """'ik snap/begrijp … niet': a negation before any 'als' (not 'ik snap het als het niet lukt')."""
    d = an.d
    words = [d.word(i) for i in toks]
    if not {"snap", "begrijp", "versta"} & set(words[:3]):
        return False
    cut = words.index("als") if "als" in words else len(words)
    return bool(NEGATIONS & set(words[:cut])) and is_state(an, c.start, c.b)


_GLAD_END = frozenset({"fijn", "leuk", "top", "handig", "lief", "fantastisch", "prettig"})


def glad_tail(words: list[str]) -> int:
    """'Ook de heg knippen | zou fijn zijn': the number of words of a closing 'zou (heel) fijn zijn'
    after a second request's verb (0 when there is none)."""
    for size in (3, 4):
        tail = words[-size:]
        if len(words) > size and tail[0] in ("zou", "zouden") and tail[-1] == "zijn" and tail[-2] in _GLAD_END:
            return size
    return 0


def wish_of_things(d, toks: list[int]) -> bool:
    """'Ook graag een reactie voor vrijdag.': 'ook graag' before a thing, no verb to ask: a wish of its
    own, read as any other sentence (as a second request's announcement the whole ask would vanish)."""
    words = [d.word(i) for i in toks]
    if "graag" not in words[:3]:
        return False
    return not (words[-1:] and words[-1].endswith("en") and words[-1] not in d.lex.not_infinitive) and not glad_tail(words)
