"""Dialect question verbs read as the request, kept as typed (round 38, k38d).

Low Saxon, Limburgish, Gronings and Brabant writers ask with their own verb and pronoun: 'zol ie … kunnen' and
'zollen ie' (zou je), 'zous te' and 'wils te' (zou je, wil je), "zo'j" (zou je), "kö'j" and 'kinste' (kun je), 'kinst
do' and 'kinst mie …' (kun je), 'meug ik' (mag ik). Read as typed, none is a verb with the reader after it, so the
engine found no request (`geen-vraag`). The one-word forms are read through the spelling table (content/nl/krimp.toml
[spelling]) and stay as typed in the offered sentence like 'kuj' (low_saxon.KEPT_CLITICS). The pronouns 'ie' and 'te'
are read as 'je' only right after such a verb (here): 'ie' is 'hij' in Dutch chat ('heeft ie'), 'te' is mostly 'te'.
'kan ie' and 'zou ie' stay 'kan hij', 'zou hij'; 'zoe' is also the name Zoë and is not read. Gronings 'doe' before
its own verb in -st ('doe hest t drok', 'doe kriegst …') is the reader, not the imperative 'doe' (it made a statement
the request, or a second one). The rest of such a message
is read with standard Dutch words, so a result that asks in one of these forms is never sure (`dialect-vraag`).
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["CODE", "doubt", "limburg_front", "read_dialect_ask"]

CODE = "dialect-vraag"

# A verb typed in dialect -> its reading, and the clitics after it that are the reader.
_VERB_IE = {"zol": "zou", "zollen": "zou", "kun": "kun"}  # 'zol ie', 'zollen ie', 'kun ie' (never 'kon ie': past)
_VERB_TE = {"zous": "zou", "kins": "kun", "kuns": "kun", "wils": "wil"}  # Limburgish 'zous te', 'kins te', 'wils te'
_VERB_DO = {"kinst": "kun"}  # Gronings/Frisian 'kinst do' (the spelling table reads a bare 'kinst' as 'kun je')
_YOU = {"ie": _VERB_IE, "te": _VERB_TE, "do": _VERB_DO, "doe": _VERB_DO}

_LIMBURG = {"kun": "kins", "kan": "kins", "wil": "wils", "zou": "zous"}  # a verb put in front, before a typed 'te'
# Gronings/Frisian 'doe' (jij) before its own verb in -st ('doe kriegst', 'doe hest'): the reader, never 'doe!'.
_ST_VERBS = frozenset({"hest", "bist", "kriegst", "kinst", "wilst", "moust", "gaist", "dochst", "hebst", "komst", "kumst"})
_ELIDED = {"kunn": "kunnen"}  # Drents "kunn' schoonmaken" ("kunn'n" is in the spelling table)

# Typed forms that ask in dialect: their sentence is never sure.
_ASKS = re.compile(r"\b(?:(?:zol|zollen|kun) ie|(?:zous|kins|kuns|wils) te|kinst(?:e)?|zo'j|kö'j|ko'j|meug ik)\b")


def read_dialect_ask(toks: list) -> None:
    """Read a dialect question verb and the reader's clitic right after it ('zol ie') as 'zou je', in place."""
    _join_elided(toks)
    for i in range(len(toks) - 1):
        if toks[i].fold == "doe" and toks[i + 1].fold in _ST_VERBS:
            toks[i] = replace(toks[i], norm=("je",))  # 'doe hest t drok': 'je hebt het druk'
    for i in range(1, len(toks)):
        tok, verb = toks[i], toks[i - 1]
        table = _YOU.get(tok.fold)
        if tok.cls != "w" or table is None or verb.cls != "w" or verb.fold not in table:
            continue
        if not _at_front(toks, i - 1):
            continue
        toks[i - 1] = replace(verb, norm=(table[verb.fold],))
        toks[i] = replace(tok, norm=("je",))


def _join_elided(toks: list) -> None:
    """"kunn'" (kunnen with its -en elided, the apostrophe typed after it) is one word, read 'kunnen', in place."""
    for i in range(len(toks) - 2, -1, -1):
        tok, mark = toks[i], toks[i + 1]
        if tok.fold in _ELIDED and mark.fold == "'" and mark.start == tok.end:
            toks[i: i + 2] = [replace(tok, end=mark.end, fold=tok.fold + "'", norm=(_ELIDED[tok.fold],))]


def _at_front(toks: list, i: int) -> bool:
    """Token i opens its clause: first, after a mark, or after a joining word ('maar', 'mar', 'en')."""
    if i == 0:
        return True
    before = toks[i - 1]
    return before.cls != "w" or before.fold in ("en", "maar", "mar", "mer", "moar", "dus", "of")


def doubt(text: str, sentence: str) -> list[str]:
    """[CODE] when the draft or the offered sentence asks with a dialect question verb (the rules may have written
    "zo'j … kunnen helpen" as 'kun je … helpen': the rest of the draft is still read with standard words)."""
    return [CODE] if _ASKS.search(text.lower()) or _ASKS.search(sentence.lower()) else []


def limburg_front(d, pieces: list) -> list:
    """A verb the rules put in front of the writer's Limburgish 'te' takes its -s form: 'zous te … kinne geve' made
    'kun te … geve' is 'kins te … geve' (never 'kun te')."""
    out = list(pieces)
    for k, p in enumerate(pieces[:-1]):
        if p.toks or len(p.replaced) != 1 or pieces[k + 1].toks[:1] != (p.replaced[0] + 1,):
            continue
        i = p.replaced[0]
        form = _LIMBURG.get(p.word)
        if form and d.toks[i].fold in _VERB_TE and d.toks[i + 1].fold == "te":
            out[k] = replace(p, text=form.capitalize() if p.text[:1].isupper() else form, norm=form)
    return out
