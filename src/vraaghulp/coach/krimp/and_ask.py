"""Two asks in one message: 'Zou je het X-project aan Fatima willen geven? En kunnen we volgende week onze 1-op-1
naar donderdag verschuiven?'. The main request is the one with a moment (groups.choose); but a later question that
moves an appointment ('… naar donderdag verschuiven', 'van dinsdag naar woensdag zetten') names days as what it asks,
not as when it is needed: after a question the draft asked already, it is the added one, and its days never move into
the first (issue 12 point 5). The draft may say which ask matters most ('maar vooral: …', 'het belangrijkste: …',
'eigenlijk wou ik vragen …'): that one is the main request."""

from __future__ import annotations

from .segment import head

_MOST = frozenset({"vooral", "belangrijkste", "hoofdvraag", "hoofdzaak", "voornaamste"})


def _opening(an, group) -> list[str]:
    """The first words of the sentence the group's first clause is in."""
    d = an.d
    a, b = d.sentences[group[0].sent]
    return [d.word(i) for i in range(a, b) if d.is_word(i)][:5]


def _asked_before(an, group, groups: list[list]) -> bool:
    """An earlier request, a direct question closed with its own '?' in an earlier sentence."""
    d = an.d
    for g in groups:
        first = head(g)
        if g is group or first is None or g[-1].sent >= group[0].sent or first.kind != "direct":
            continue
        a, b = d.sentences[g[-1].sent]
        if any(d.tok_text(i) == "?" for i in range(g[-1].b, b)):
            return True
    return False


def marked_most(an, group) -> bool:
    """The group's sentence says this is the ask that matters: 'maar vooral: …', 'het belangrijkste: …', 'eigenlijk
    wou ik vragen …' (a bare 'eigenlijk' is a filler: 'Weet je eigenlijk of …')."""
    d = an.d
    a = d.sentences[group[0].sent][0]
    words = [d.word(i) for i in range(a, group[-1].b) if d.is_word(i)]
    if _MOST & set(words):
        return True
    return any(w == "eigenlijk" and {"vragen", "vraag", "vroeg"} & set(words[k + 1:k + 5]) for k, w in enumerate(words))


def most(an, groups: list[list], main: list) -> list:
    """The one other request the draft marks as the one that matters, else main."""
    if main is None or marked_most(an, main):
        return main
    marked = [g for g in groups if g is not main and head(g) is not None and marked_most(an, g)]
    return marked[0] if len(marked) == 1 else main


_MOVES = ("verschuiv", "verzet", "verplaats", "schuiv", "zetten", "omzet", "omgezet", "ruilen", "wisselen", "verander")


def _moves_a_date(an, group) -> bool:
    """The group moves something to another moment: a moving verb and a moment right after 'naar' ('naar donderdag')."""
    d = an.d
    words = [d.word(i) for c in group for i in d.content(c.a, c.b)]
    if not any(w.startswith(_MOVES) for w in words):
        return False
    spans = [(i0, i1) for i0, i1 in an.moments if any(c.a <= i0 < c.b for c in group)]
    return any(i0 > 0 and d.word(i0 - 1) == "naar" or d.word(i0) == "naar" for i0, _ in spans)


def added(an, group, groups: list[list]) -> bool:
    """'… geven? En kunnen we onze 1-op-1 naar donderdag verschuiven?': a later question that moves a date, after an
    earlier question, is the add-on; not when 'dan' ties it to the first ('… En kun je dan …?')."""
    opening = _opening(an, group)
    return "dan" not in opening and _moves_a_date(an, group) and _asked_before(an, group, groups) and not marked_most(an, group)
