"""What 'dat' in the request sums up is part of the request (contract point 6, round 22).

'ik wil niet zeuren maar ik doe al weken alle boodschappen en de was en ik word er moe van, kun jij dat om de
week doen?': 'dat' stands for the chores the writer just named, not for one thing of them; filled in with one
noun phrase ('het gras' of 'het gras … en de haag …') the meaning changes, and cut away the ask points at
nothing. So 'dat'/'da' as the object of a verb that takes an activity (``SUMMING_VERBS``: 'doen', 'overnemen',
'regelen' …) is never filled in (referent.py, refs.py), and when the result lost what it sums up, the stretch of
the ask's own sentence before the ask (after a 'maar' that closes an opening such as 'ik wil niet zeuren') goes
back in front of it (``summed``, ``lean_on``).
"""

from __future__ import annotations

import re

from .kept_ask import cues, held
from .lean_before import VOCATIVE
from .lexicon import lexicon
from .tokens import Draft, read

# Verbs whose object 'dat' sums up an activity the writer described ('kunde gij da zaterdag doen', 'dat overnemen').
SUMMING_VERBS = frozenset({"doen", "overnemen", "regelen", "afhandelen", "opknappen", "overpakken"})


def sums_up(pieces, k: int) -> bool:
    """'dat'/'da' at piece k is the object of a verb that takes an activity ('… dat … doen')."""
    return pieces[k].word in ("dat", "da") and any(p.word in SUMMING_VERBS for p in pieces[k + 1:k + 9])


_SUMMED = frozenset({"dat", "da", "dit"})
_OPENING = frozenset({"zeuren", "klagen", "zagen", "vragen", "storen", "moeilijk", "lastig"})


# A noun of time after 'dit'/'dat' makes it a determiner ('mijn piketdienst van dit weekend overnemen'), not the
# object that sums up an activity (round 33, k33f: the burden sentence before the ask was put back as what it sums up).
_TIME_NOUNS = frozenset({"weekend", "weekeinde", "week", "jaar", "maand", "keer", "moment", "uur", "uurtje", "kwartier",
                         "semester", "trimester", "kwartaal", "seizoen", "tijdstip", "najaar", "voorjaar", "schooljaar"})


def _summed_up(r: Draft) -> int | None:
    """The token of 'dat' in the result's last sentence when it is the object of a light verb ('dat … doen')."""
    last = r.sentences[-1] if r.sentences else (0, r.n)
    words = [(r.word(i), i) for i in range(*last) if r.is_word(i)]
    for n, (w, i) in enumerate(words):
        if n + 1 < len(words) and words[n + 1][0] in _TIME_NOUNS:
            continue  # 'dit weekend', 'dat jaar': a determiner
        if w in _SUMMED and any(v in SUMMING_VERBS for v, _ in words[n + 1: n + 9]):
            return i
    return None


def summed(draft: str, sentence: str) -> str | None:
    """What 'dat' in the result's ask sums up, in the writer's words, when the result lost it: the stretch of the
    draft's sentence before the ask ('ik doe al weken alle boodschappen en de was'), after a 'maar' that follows an
    opening ('ik wil niet zeuren maar …')."""
    r = read(sentence, lexicon())
    if _summed_up(r) is None:
        return None
    d = read(draft, lexicon())
    spans = cues(d)
    if not spans:
        return None
    a = spans[-1][0]
    sent = d.sentences_of(a)
    start = d.sentences[sent][0] if sent >= 0 else 0
    toks = [i for i in range(start, a) if d.is_word(i)]
    cut = max((n for n, i in enumerate(toks) if d.word(i) == "maar" and set(d.word(j) for j in toks[:n]) & _OPENING), default=-1)
    toks = toks[cut + 1:]
    if len(toks) < 3 or len(toks) > 30:
        return None
    result = {w for i in range(r.n) if r.is_word(i) for w in r.words(i)}
    if held([w for i in toks for w in d.words(i)], result):
        return None
    return d.raw(toks[0], toks[-1] + 1).rstrip(",;: ")


def lean_on(sentence: str, said: str) -> str:
    """The stretch 'dat' sums up put in front of the result's ask, after the vocative; what the result kept of the
    same stretch before the ask gives way to it."""
    voc = VOCATIVE.match(sentence)
    name, rest = (voc.group(0).strip(), sentence[voc.end():]) if voc else ("", sentence)
    r = read(rest, lexicon())
    at = _summed_up(r)
    ask_at = r.toks[r.sentences[r.sentences_of(at)][0]].start if at is not None else 0
    head, ask = rest[:ask_at].strip(), rest[ask_at:].strip()
    if head and not set(re.findall(r"[^\W_]+", head.lower())) <= set(re.findall(r"[^\W_]+", said.lower())):
        said = f"{head.rstrip('.')}. {said[:1].upper()}{said[1:]}"
    body = said if name else said[:1].upper() + said[1:]
    return f"{name} {body}. {ask[:1].upper()}{ask[1:]}".strip()
