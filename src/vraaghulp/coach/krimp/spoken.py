"""Punctuation said aloud to speech-to-text, read as the mark it stands for (round 29, k29a).

A dictated draft carries its marks as words: 'verzetten naar een andere dag punt want ik moet maandag werken punt
…', 'komma kun je donderdag mee … om half 4 vraagteken ik versta …'. The engine read 'punt' as a word of the ask
and kept it ('… naar een andere dag punt.'), and the sentence after it ran on into the ask. Here 'punt', 'komma',
'vraagteken', 'uitroepteken', 'dubbele punt', 'nieuwe regel' and 'nieuwe alinea' become '.', ',', '?', '!', ':' and
a line break, only

- in a draft without a full stop, question mark or exclamation mark of its own (a writer who types marks does not
  say them; but a phone types a full stop at a pause and not the 'komma' said mid-sentence: said_more.py), and
- where the word cannot be a noun: not after an article, a possessive, 'geen' or a preposition ('het punt is',
  'op dit punt', 'geen punt als het niet lukt', 'zonder komma', 'een nieuwe regel'), not before a number or 'uit'
  ('punt 3', '38 komma 5', 'punt uit'), and not after an article or preposition one word further back ('bij het
  postnl punt') unless an apology, thanks, 'liefst' or 'want' follows ('naar oma punt sorry dat …') or the draft
  says its marks for sure elsewhere: two of them, or one that is no mid-draft 'punt' ('sorry voor het gedoe punt
  liefst …' in a draft with three more, 'aan de schoolpoort vraagteken' after 'Mieke komma'). A preposition one word
  further back makes no noun of 'vraagteken' or 'uitroepteken' ('in Duffel vraagteken': round 55, k55a); only an
  article or a word like it right before does ('een vraagteken', 'een groot vraagteken').

The text keeps its length (the mark, then spaces where the rest of the word stood), so what the engine strikes
through maps one to one onto the draft as typed.
"""

from __future__ import annotations

import re

from . import said_more

_SAID = re.compile(r"(?i)(?<=\w)(\s+)(dubbele\s+punt|nieuwe\s+regel|nieuwe\s+alinea|vraagteken|uitroepteken|punt|komma)"
                   r"(?![\w'-])")
_MARK = {"dubbele": ":", "nieuwe": "\n", "vraagteken": "?", "uitroepteken": "!", "punt": ".", "komma": ","}
_NOUN_BEFORE = frozenset({
    "de", "het", "'t", "een", "'n", "ne", "nen", "ene", "dit", "dat", "deze", "die", "mijn", "m'n", "je", "jouw", "uw",
    "zijn", "z'n", "haar", "ons", "onze", "hun", "geen", "gene", "elk", "elke", "ieder", "iedere", "welk", "welke",
    "enkel", "enige", "op", "naar", "bij", "met", "zonder", "van", "voor", "tot", "rond", "over", "aan", "in", "om",
    "per", "achter", "na",
})
_PREPOSITIONS = frozenset({"op", "naar", "bij", "met", "zonder", "van", "voor", "tot", "rond", "over", "aan", "in", "om",
                           "per", "achter", "na", "uit", "te"})
_ADJECTIVES = frozenset({"ander", "andere", "volgende", "vorige", "laatste", "eerste", "tweede", "zelfde", "goed", "goede",
                         "belangrijk", "belangrijke", "groot", "grote", "open", "zwak", "zwakke", "sterk", "sterke"})
_NOUN_AFTER = frozenset({"uit", "van", "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"})
_OPENS = frozenset({"sorry", "sory", "excuses", "excuus", "dank", "bedankt", "merci", "groetjes", "groeten", "liefst", "alvast",
                    "want"})
_OWN_MARKS = re.compile(r"[.?!](?=\s|$)")  # a sentence mark typed, not the one in '14.00'
_WORD = re.compile(r"[\w'-]+")


def _words_before(text: str, at: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, at - 60):at])][-2:]


def _noun_like(text: str, m: re.Match, loose: bool) -> bool:
    """The said word reads as a noun here (see the module's docstring); `loose`: an article two words back is
    allowed ('voor het gedoe punt' in a draft whose other marks are said for sure)."""
    before = _words_before(text, m.start())
    after = _WORD.search(text, m.end())
    following = after.group(0).lower() if after else ""
    if said_more.particle(before, following, _NOUN_AFTER) or said_more.verb_zijn(before, m):
        return False  # 'ik spreek dit in komma', 'die we vergeten zijn vraagteken' (said_more.py, k57b)
    if not before or before[-1] in _NOUN_BEFORE or (before[-1] in _ADJECTIVES and len(before) == 2
                                                    and before[0] in _NOUN_BEFORE):
        return True
    if following in _NOUN_AFTER or following[:1].isdigit():
        return True
    if following in _OPENS:
        return False  # 'meenemen naar oma punt sorry dat …': an apology or thanks opens the next sentence
    if m.group(2).lower() in ("vraagteken", "uitroepteken") and len(before) == 2 and before[0] in _PREPOSITIONS:
        return False  # 'in Duffel vraagteken', 'met tante Lies in Spanje vraagteken': the preposition is the place's (k55a)
    return not loose and len(before) == 2 and before[0] in _NOUN_BEFORE and not said_more.far_article(before, m)


def _marked(text: str, m: re.Match) -> str:
    """The said word as its mark, padded to the same length ('  punt' -> '.     ')."""
    mark = _MARK[m.group(2).split()[0].lower()]
    return mark + " " * (m.end() - m.start() - 1)


def spoken(text: str) -> str:
    """The draft with its spoken punctuation as marks, same length; unchanged when none is said. With marks typed,
    only a said 'komma' in the middle of a sentence that reads as no noun (said_more.py)."""
    found = list(_SAID.finditer(text)) if text else []
    if not found:
        return text
    if _OWN_MARKS.search(text):  # marks typed: only a said 'komma' mid-sentence that is no noun (said_more.py)
        return _marks(text, said_more.typed_extra(text, found, _noun_like))
    sure = [m for m in found if not _noun_like(text, m, loose=False)]
    if not sure:
        return text
    plain = len(sure) >= 2 or any(m.group(2).lower() != "punt" or not text[m.end():].strip() for m in sure)
    return _marks(text, [m for m in found if not _noun_like(text, m, loose=True)] if plain else sure)


def _marks(text: str, chosen: list[re.Match]) -> str:
    out = text
    for m in chosen:
        out = out[:m.start()] + _marked(text, m) + out[m.end():]
    return out
