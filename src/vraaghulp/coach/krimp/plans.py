"""Whose moment is it? A moment said elsewhere in the draft is only the request's own in a few cases.

'Ik verhuis zaterdag. Kun je me helpen?': the writer's plan right before the request sets its moment.
'Mijn laptop is kapot en ik moet maandag mijn scriptie inleveren. Mag ik die van je vader lenen?': the
moment belongs to another action with its own deadline; moved into the request ('mag ik maandag …
lenen') it would change what is asked. The rewrite never moves in the moment of a deadline, nor one
into a request that prepares for what is dated ('kun je mijn brief nalezen?'), nor, from a sentence that
is not the writer's plan, the moment of an action of its own or a day next to a duration of the
request's own (assemble.pull_moment); the vouch checks make any moment moved in from elsewhere than the
writer's plan not sure (vouch.py). A question whether the other has time then ('Heb je zaterdag
tijd?') asks when, not what: ``is_availability``.
"""

from __future__ import annotations

from .segment import head
from .states import perfect
from .verbs import is_infinitive


def is_availability(an, group) -> bool:
    """'Heb je zaterdag tijd?', 'Ben je morgen thuis?': asks when, not what."""
    d = an.d
    main = head(group)
    if main is None:  # a possession question folded into the request after it ('mag ik die lenen?')
        return False
    if main.kind != "direct" or main.lead is None or main.lead.lemma not in ("hebben", "zijn"):
        return False
    words = [d.word(i) for c in group for i in d.content(c.a, c.b)]
    if len(words) > 7:
        return False
    rest = words[1:] if main.lead.same_token else words[2:]  # 'zijde thuis': verb and subject in one word
    if any(w in ("tijd", "thuis", "vrij", "beschikbaar", "ruimte", "wakker", "er", "momentje", "minuutje", "efkes", "even", "min", "minuten", "minuutjes", "sec", "secondje") for w in rest):
        return True
    return main.lead.lemma == "zijn" and _there_then(an, group, rest)


_WHERE = frozenset({"op"})  # where the other is day to day: 'op kot', 'op kantoor', 'op school', 'op het werk'


def _there_then(an, group, rest: list[str]) -> bool:
    """'Zijde gij morgen op kot?', 'Zijt ge vrijdag op kantoor?': where the other is at a moment, nothing to
    do in it (no infinitive): asks when, as 'ben je morgen thuis?' does. ('Ben je zaterdag in Gent?' names
    a place the request may need: parts._loose_ends makes that choice not sure.)"""
    d = an.d
    timed = any(c.a <= i0 and i1 <= c.b for c in group for i0, i1 in an.moments)
    if not (timed and _WHERE & set(rest)) or any(is_infinitive(d.lex, w) for w in rest):
        return False
    nxt = next((c for c in an.clauses if c.a >= group[-1].b and c.role == "vraag"), None)
    if nxt is None:
        return True
    together = nxt.lead is not None and nxt.lead.subject in ("we", "wij", "ik")  # 'kunnen we …', 'kan ik je …'
    return not together and "dan" not in [d.word(i) for i in d.content(d.sentences[nxt.sent][0], nxt.b)][:4]  # leads in (groups._then_ask)


def own_plan(an, main, i: int) -> bool:
    """The moment at token i comes from the writer's own plan right before the request, or from a
    question whether the other has time then: it is the moment of the request too."""
    d = an.d
    source = next((c for c in an.clauses if c.a <= i < c.b), None)
    if source is None or source.start < 0:
        return False
    if d.word(source.start) not in ("ik", "'k", "k") and not (source.role == "vraag" and is_availability(an, [source])):
        return False  # 'Ben je morgen thuis? Kan ik na 6 langskomen?': the moment asked about
    if perfect(d, source.a, source.b):
        return False  # 'Ik heb vannacht gedacht aan …': what happened, not a plan
    if deadline(an, source, i):
        return False  # 'ik moet maandag mijn scriptie inleveren': until when, not when the request is
    between = [c for c in an.clauses if source.b <= c.a and c.b <= main[0].a and c.role not in ("leeg", "wrap", "groet")]
    return not between


def deadline(an, source, i: int) -> bool:
    """The clause dates an action with a deadline of its own ('inleveren', 'af hebben', 'betalen')."""
    return any(an.d.word(k) in an.d.lex.deadline_verbs for k in _beside_moment(an, source, i))


def _beside_moment(an, source, i: int) -> list[int]:
    """The clause's content tokens, without those of the moment at token i."""
    inside = {k for i0, i1 in an.moments if i0 <= i < i1 for k in range(i0, i1)}
    return [k for k in an.d.content(source.a, source.b) if k not in inside]


_MODALS = frozenset({"moet", "moeten", "kan", "kunnen", "kun", "wil", "willen", "ga", "gaat", "gaan", "zal", "zullen", "mag", "mogen"})


def own_action(an, source, i: int) -> bool:
    """The clause dates an action of its own, a modal verb with an infinitive ('de lift kan pas volgende
    week gemaakt worden', 'ik moet zaterdag de bruiloft fotograferen'): its moment is that action's,
    not the request's ('voor het klasfeest van vrijdag zoeken we …' dates no action of its own)."""
    d = an.d
    toks = _beside_moment(an, source, i)
    modal = next((n for n, k in enumerate(toks) if d.word(k) in _MODALS), None)
    return modal is not None and any(is_infinitive(d.lex, d.word(k)) and not d.tok_text(k)[:1].isupper()
                                     for k in toks[modal + 1:])


def add_on(an, group, groups: list[list]) -> bool:
    """'kunde gij mij die 15 euro terugstorten ⏎ en zijde zaterdag ook mee naar de match?': a request
    added with 'en … ook' after another one is the add-on, whatever moment it has."""
    d = an.d
    first = head(group)
    k = first.a - 1
    while k >= 0 and not d.is_word(k):
        k -= 1
    joined = k >= 0 and d.word(k) == "en" or d.word(first.a) == "en"  # 'en' a clause of its own, or its first word
    return joined and "ook" in {d.word(i) for i in d.content(first.a, first.b)} and \
        any(g[-1].b <= group[0].a for g in groups if g is not group)
