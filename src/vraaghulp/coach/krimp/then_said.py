"""A sentence after the ask that opens with 'Dan' and the verb before its subject (round 43, k43r).

'Kun je de auto wassen? Dan mag je hem zaterdag lenen.', '… Dan trakteer ik op pizza.', '… Dan vertrekken we om 9
uur.': 'Dan' puts the verb first; the sentence says what follows from the ask (a reward, a plan, a promise). It is a
statement, never a question and never the request: the engine once cut it after 'Dan' and asked 'Mag je de auto
zaterdag lenen?' (the request lost) or kept 'Trakteer ik op pizza.' (a question or an order made of a promise).
Here the sentence stays one clause (segment.clause_start_ok), 'Dan' opens it (clauses.first_meaningful) and stays
when it is kept (rewrite.trim); dropped while it holds a time, a place or a promise of the writer, the result is not
sure (`dropped`, code `dan-weg`).

The golds split on keeping it (the corpus drafts with a 'Dan + verb + subject' sentence right after the ask: about half
of the 101 golds' drafts keep it), so the engine's keep or drop choice stays; only its shape is mended. A sentence
closed by '?' ('Dan kun je me bellen?') may still ask, and 'Dan zou ik je willen vragen of …' is the request itself.

Second review (k43r3): the rule needs a question in the sentence before it ('Ik ben zaterdag weg. Dan kun je de planten
water geven.' has its only ask in the 'Dan' sentence), and 'Dan kun/wil/zou je/u/ge …' is a request form, never a
'Dan' statement ('Kom je morgen? Dan kun je de sleutel meenemen.' kept only 'Kom je morgen?').
"""

from __future__ import annotations

import re

from . import so_front
from .verbs import lead_at

_PRONOUNS = frozenset({"ik", "'k", "je", "jij", "we", "wij", "ze", "zij", "hij", "u", "ge", "gij", "jullie", "gulle"})
_ASKING = frozenset({"zullen", "willen"})
# 'Dan kun je …', 'Dan wil je …', 'Dan zou u …': the request form itself, never a 'Dan' statement (k43r3); 'Dan mag je
# hem lenen' is the reward
_ASK_VERB = frozenset({"kun", "kunt", "kan", "kunde", "wil", "wilt", "wilde", "zou", "zoudt", "zoude", "zoudde"})
_YOU = frozenset({"je", "jij", "u", "ge", "gij", "gie", "jullie", "gulle"})  # 'Dan zou ik je willen vragen …', 'Dan wil ik je vragen …': the request


def opens_then(d, i: int) -> bool:
    """Token i is the 'dan' that opens a sentence after the first, the finite verb and its subject right after it,
    and the sentence does not close with '?'."""
    if not d.is_word(i) or d.word(i) != "dan":
        return False
    k = d.sentences_of(i)
    start, end = d.sentences[k]
    if k == 0 or any(d.is_word(j) for j in range(start, i)) or "?" in d.raw(start, end):
        return False
    if not d.original[: d.toks[i].start].rstrip(" \t").endswith((".", "?", "!", "\n")):
        return False  # '…, tenzij het regent, dan kom ik hem halen': inside a sentence, not after the ask
    if i + 2 >= end or not d.is_word(i + 1) or not d.is_word(i + 2):
        return False
    if "?" not in d.raw(*d.sentences[k - 1]) or d.word(i + 1) in _ASK_VERB and d.word(i + 2) in _YOU:
        return False  # 'Ik ben zaterdag weg. Dan …': no ask before it; 'Dan kun je de sleutel meenemen.' asks (k43r3)
    leads = [lead_at(d, j) for j in range(*d.sentences[k - 1]) if d.is_word(j)]
    if any(x is not None and x.lemma in ("hebben", "zijn") for x in leads):
        return False  # 'Ben je morgen op de zaak? Dan kunnen we …': after where the other is, the proposal asks (thenstate)
    lead = lead_at(d, i + 1)
    if lead is None:  # 'Dan trakteer ik …': any verb before a pronoun
        return d.word(i + 2) in _PRONOUNS and d.word(i + 1) not in d.lex.subjects
    if lead.lemma == "kunnen" and lead.subject in ("ik", "'k", "k", "wij", "we"):
        return False  # 'Dan kan ik …', 'Dan kunnen we …': thenstate.py reads it as a statement already (dropped whole)
    return not (lead.lemma in _ASKING and lead.subject in ("ik", "wij", "we"))


CODE = "dan-weg"
_WRITER = frozenset({"ik", "'k", "we", "wij"})
_NO_PROMISE = frozenset({"kan", "kunnen", "moet", "moeten", "hoef", "hoeven", "ben", "zijn", "heb", "hebben", "weet",
                         "weten", "zou", "zouden", "krijg", "krijgen"})  # 'Dan kan ik slapen': what the writer gains, no promise
_VAGUE = frozenset({"meteen", "direct", "dadelijk", "nu", "straks", "zo", "gelijk", "snel", "later", "dan", "eerst"})
_PLACE = re.compile(r"\b(?:in|naar|bij|op|aan|uit|voor)\s+(?:de\s+|het\s+)?[A-ZÀ-Ý]")


def dropped(an, sentence: str, crisis: bool = False) -> list[str]:
    """[CODE] when a 'Dan …' statement after the ask went from the result while it holds a time, a place or a promise
    of the writer ('Dan vertrekken we om 9 uur.', 'Dan trakteer ik op pizza.'): the golds split on keeping such a
    sentence, so dropping it is never sure. Also so_front.doubts: a 'zo' lost, 'niet meer leven' kept without crisis."""
    late = so_front.doubts(an, sentence, crisis)
    if an is None or late:
        return late
    d, shown = an.d, {w.lower() for w in re.findall(r"[\w']+", sentence)}
    for k, (start, end) in enumerate(d.sentences):
        first = next((i for i in range(start, end) if d.is_word(i)), None)
        if first is None or k == 0 or not opens_then(d, first):
            continue
        words = [d.word(i) for i in d.content(first + 1, end)]
        if sum(w in shown for w in words) * 2 > len(words):
            continue  # kept
        raw = d.raw(first, end)
        promise = d.word(first + 2) in _WRITER and d.word(first + 1) not in _NO_PROMISE
        when = [m.group(0) for m in d.lex.moment.finditer(raw.lower()) if m.group(0) not in _VAGUE]
        if promise or any(ch.isdigit() for ch in raw) or when or _PLACE.search(raw):
            return [CODE]
    return []


_FIRST_PERSON = frozenset({"ik", "'k", "k", "we", "wij"})


def opens_so_i(d, i: int) -> bool:
    """Token i is the verb after 'zo' with the writer as its subject ('Zo kan ik niet meer verder', 'zo wil ik niet
    leven'): a statement, verb second, no question (round 45, k45r: read as 'Kan ik niet meer verder?', the real ask
    after it lost). Not the 'zo' itself."""
    lead = lead_at(d, i)
    if i > 0 and d.is_word(i - 1) and d.word(i - 1) == "zo" and lead is not None and lead.subject in _FIRST_PERSON:
        return True
    return so_front.opens_so(d, i)  # 'Zo kun je toch niet parkeren!', 'Zo kan het niet langer' (so_front.py, k45r2)
