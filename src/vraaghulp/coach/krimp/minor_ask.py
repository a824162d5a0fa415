"""Which question is the ask (round 35, k35d): a long message often holds several question-like sentences before or
after the real request. These ask nothing of the reader, and never win over a request (their act, a permission, a
favour, money) that the draft also makes:
- the exclamation 'wie had dat gedacht?', 'wie had da in november verwacht', 'wie zou dat geweten hebben';
- a question who still remembers something ('wie weet nog hoe die kroeg heette?'; not 'wie weet tegen wanneer we
  da moeten indienen', which asks the group for what the writer needs) or who comes along to a plan ('wie komt er
  zaterdag naar de bbq?', 'wie goat er vrijdag mee noar de cantus??', 'wie gaat er morgen mee zwemmen?'): small talk
  beside the favour (not when it asks for a hand: 'wie komt er zaterdag helpen verhuizen?');
- a check of what the writer already knows about the reader ('ge zijt toch vrijdag ook op dat feest?', 'je bent toch
  thuis morgen?': 'toch' with 'zijn' and no verb of action);
- 'Mag ik u iets vragen.' further before the ask than opening.py looks (no second request of its own);
- a hope about the reader ('Ik hoop dat u een fijne vakantie heeft gehad', round 39: idle_second.hope; not 'ik hoop
  dat ik het goed doe', which stays a second request that is none).
Not when the ask in the next sentence points back at it ('… naar de supermarkt? kan diegene …').
The result is not sure then (`bijvraag-weg`): the choice is a reading of the message.
When such a question is the only one, it stays what it was (the engine finds no better ask; the result is not sure).
They are no second request either: a message's small talk is not handed back as something to send.
"""

from __future__ import annotations

from .idle_second import hope
from .opening import announces
from .segment import head
from .verbs import is_infinitive

CODE = "bijvraag-weg"
_THOUGHT = frozenset({"gedacht", "verwacht", "gepeisd", "gedocht", "docht", "geweten", "gezegd", "geraden", "voorspeld",
                      "gedacht?", "denken", "raden"})
_HAD = frozenset({"had", "hadden", "zou", "zouden", "haar", "ha", "hee"})
_KNOWS = frozenset({"weet", "wist", "wit", "wet", "wait"})
_JOINS = frozenset({"gaat", "goat", "gaot", "komt", "kom", "komen", "gaan", "doet", "doen", "wil", "wilt"})
_ALONG = frozenset({"er", "mee", "meej", "mee?"})
_LEISURE = frozenset({"zwemmen", "eten", "drinken", "stappen", "dansen", "feesten", "wandelen", "fietsen", "sporten",
                      "voetballen", "kijken", "zitten", "spelen", "uitgaan", "gamen", "vissen", "shoppen", "winkelen"})
_TO_BE = frozenset({"ben", "bent", "zijt", "zijde", "is", "zit", "zijn"})
_YOU = frozenset({"je", "jij", "ge", "gij", "u", "jullie"})


def _sentence_words(an, group) -> list[str]:
    d = an.d
    a, b = d.sentences[group[0].sent]
    first = head(group)
    return [d.word(i) for i in range(max(a, first.a), b) if d.is_word(i)]


def _who_minor(lex, words: list[str]) -> bool:
    if "wie" not in words[:3]:
        return False
    after = words[words.index("wie") + 1:]
    if not after:
        return False
    if after[0] in _HAD and _THOUGHT & set(after[1:8]):
        return True  # 'wie had dat gedacht'
    if after[0] in _KNOWS:
        return after[1:2] == ["nog"]  # 'wie weet nog hoe …' (a memory); not 'wie weet tegen wanneer we … moeten''
    if after[0] not in _JOINS or not _ALONG & set(after[1:3]):
        return False
    acts = [w for w in after[1:] if is_infinitive(lex, w) and w not in lex.not_infinitive and not lex.moment.fullmatch(w)]
    return all(w in _LEISURE for w in acts)  # 'wie komt er …', 'wie gaat er mee zwemmen'; not 'wie komt er helpen''


def _known_check(an, group) -> bool:
    """'ge zijt toch vrijdag ook op dat feest in Roeselare?': the writer checks what they know; no act asked."""
    d = an.d
    words = _sentence_words(an, group)
    k = next((j for j, w in enumerate(words[:4]) if w in _YOU), None)
    if k is None or k + 1 >= len(words) or words[k + 1] not in _TO_BE or "toch" not in words[k + 2:k + 4]:
        return False
    return not any(is_infinitive(d.lex, w) and w not in d.lex.not_infinitive and not d.lex.moment.fullmatch(w)
                   for w in words[k + 2:])


def hoped(an, group) -> bool:
    """'Ik hoop dat u een fijne vakantie heeft gehad.': a hope about the reader (round 39, k39c: idle_second.py)."""
    first = head(group)
    return first is not None and hope(an.d.raw(first.start if first.start >= 0 else first.a, group[-1].b), reader=True)


def minor(an, group) -> bool:
    """The group's question asks nothing of the reader (see the module)."""
    first = head(group)
    if hoped(an, group):
        return True
    if first is None or first.role != "vraag" or first.kind not in ("wie", "direct"):
        return False
    if first.kind == "direct" and announces(an, group):
        return False  # 'Mag ik u iets vragen.': opening.py's (`far_announce` below for one further back)
    return _who_minor(an.d.lex, _sentence_words(an, group)) if first.kind == "wie" else _known_check(an, group)


_BACK = frozenset({"diegene", "degene", "die", "dan", "hij", "zij", "ze", "diejen", "dieje"})


def _led_on(an, group, groups: list[list]) -> bool:
    """An ask in the next sentence points back at this question's person or plan ('wie gaat er vanavond naar de
    supermarkt? kan diegene … meenemen'): the question is part of that ask, not small talk."""
    d = an.d
    for g in groups:
        if g is group or g[0].sent != group[-1].sent + 1:
            continue
        a, b = d.sentences[g[0].sent]
        if _BACK & {d.word(i) for i in range(a, b) if d.is_word(i)} & set([d.word(i) for i in d.content(a, b)][:4]):
            return True
    return False


_ASKING = ("kunnen", "willen", "mogen", "zullen")


def _far_announce(an, group, groups: list[list]) -> bool:
    """'Mag ik u iets vragen.' with no ask in the next sentence, while a modal ask comes later: opening.py only sets it
    aside right before the ask, so it would come back as a second request."""
    if not announces(an, group) or any(g[0].sent == group[-1].sent + 1 for g in groups):
        return False
    return any(g[0].sent > group[-1].sent and head(g) is not None and (head(g).kind == "kader" or (
        head(g).lead is not None and head(g).lead.lemma in _ASKING)) for g in groups if g is not group)


def asking(an, groups: list[list]) -> list[list]:
    """The groups without the minor questions when a real request is left (hook in groups.choose)."""
    kept = [g for g in groups if not (minor(an, g) or _far_announce(an, g, groups)) or _led_on(an, g, groups)]
    if kept and any(g not in kept and not hoped(an, g) for g in groups):
        an.__dict__["_minor_set_aside"] = True  # a hope set aside is no reading of the message: still sure
    return kept or groups


def doubt(an) -> list[str]:
    """[CODE] when a question was set aside as small talk: the choice is the engine's reading, so not sure
    (in shrink._request_gone)."""
    return [CODE] if an is not None and an.__dict__.get("_minor_set_aside") else []
