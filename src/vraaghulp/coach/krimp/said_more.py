"""More punctuation said to speech-to-text read as its mark (round 57, k57b); spoken.py asks here.

Round 56's sealed sets and probe held three dictated drafts whose said marks stayed in the offer as words ('…
regelen voor het grofvuil vraagteken?', '… verder moet komma ik heb …', '… niet meer aan punt ik zit …'):

- An article two words back makes a noun of 'punt' ('bij het postnl punt'), hardly of 'komma', 'vraagteken' or
  'uitroepteken': 'voor de typfouten komma', 'voor het grofvuil vraagteken' end a clause. Only a word right before
  ('de komma', 'een groot vraagteken', 'achter de komma') still makes a noun of them (`far_article`).
- A separable verb's particle right before is no preposition: 'ik spreek dit in komma', 'ik kan het niet meer aan
  punt' ('in punt 3' keeps its number, spoken.py). After 'zijn' the three are no noun either: 'die we bij jou
  vergeten zijn vraagteken' ('zijn punt' may be his point).
- A phone that types a full stop at a pause does not type the 'komma' said in the middle of a sentence ('… hoe ik
  verder moet komma ik heb de hele nacht …. sorry …'): in a draft with marks of its own, a said 'komma' with a word
  after it that reads as no noun is a mark too (`typed_extra`); a said 'punt', 'vraagteken' or 'uitroepteken' there
  is left as a word (round 29's promise: 'Hoi, ik heb nog een punt. Kun je morgen komen vraagteken' stays).
"""

from __future__ import annotations

import re

_PARTICLES = frozenset({"in", "aan"})
_NOT_PUNT = frozenset({"komma", "vraagteken", "uitroepteken"})
_ADJECTIVES = frozenset({"decimale", "kleine", "klein", "dikke", "dik", "verkeerde", "extra", "laatste", "eerste"})


def said(m: re.Match) -> str:
    return m.group(2).split()[0].lower()


def particle(before: list[str], following: str, noun_after: frozenset[str]) -> bool:
    """'… spreek dit in komma', '… kan het niet meer aan punt': the word before is a verb's particle, no preposition."""
    return bool(before) and before[-1] in _PARTICLES and following not in noun_after and not following[:1].isdigit()


def verb_zijn(before: list[str], m: re.Match) -> bool:
    """'… vergeten zijn vraagteken': 'zijn' the verb that ends the clause (not for 'punt': 'zijn punt')."""
    return bool(before) and before[-1] == "zijn" and said(m) in _NOT_PUNT


def far_article(before: list[str], m: re.Match) -> bool:
    """An article or preposition two words back that makes no noun of 'komma', 'vraagteken' or 'uitroepteken'."""
    return said(m) in _NOT_PUNT and len(before) == 2 and before[-1] not in _ADJECTIVES


def typed_extra(text: str, found: list[re.Match], noun_like) -> list[re.Match]:
    """In a draft with marks of its own: a said 'komma' in the middle of a sentence that reads as no noun."""
    return [m for m in found if said(m) == "komma" and re.match(r"\s+[^\W\d_]", text[m.end():])
            and not noun_like(text, m, False)]
