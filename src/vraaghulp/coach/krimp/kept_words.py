"""Words whose loss turns what a kept sentence says (round 43 review, k43r2).

- 'Graag zou ik een afspraak maken.' kept as 'Ik zou een afspraak maken.': 'graag' went as padding, and the wish became
  a plain 'ik zou …' (I would …). `wish_kept` puts 'graag' back after 'zou' ('Ik zou graag een afspraak maken.');
  'Graag zou ik willen weten of …' and 'Graag zou ik u willen vragen …' are frames read elsewhere and left alone.
- 'Niet zaterdag maar zondag.' kept as 'Niet zaterdag.': the wanted day went. `pair_kept` puts the 'maar …' back when
  the result keeps the negated half and says the wanted half nowhere.
"""

from __future__ import annotations

import re

_WISH = re.compile(r"(?i)\bgraag\s+zou\s+(?:ik|'k)\s+(?!(?:u|je|jou|jullie)\s+willen\b|willen\b|weten\b|graag\b)(?P<next>[\w']+)")
_PAIR = re.compile(r"(?i)\b(?P<neg>niet|nie|ni|geen) (?P<x>[\w']+(?: [\w']+)?) (?P<link>maar|ma|mor) "
                   r"(?P<y>[\w']+(?: [\w']+)?)(?=\s*[.!?,]|\s*$)")


def wish_kept(draft: str, sentence: str) -> str:
    """'Ik zou een afspraak maken' -> 'Ik zou graag een afspraak maken' when the draft says 'Graag zou ik een …'."""
    for m in _WISH.finditer(draft):
        pattern = rf"\b(?P<zou>[Ii]k zou) (?={re.escape(m.group('next'))}\b)"
        if re.search(pattern, sentence):
            return re.sub(pattern, lambda z: f"{z.group('zou')} graag ", sentence, count=1)
    return sentence


def pair_kept(draft: str, sentence: str) -> str:
    """'… Niet zaterdag.' -> '… Niet zaterdag maar zondag.' when the draft says 'niet zaterdag maar zondag'."""
    said = set(re.findall(r"[\w']+", sentence.lower()))
    for m in _PAIR.finditer(draft):
        if all(w in said for w in m.group("y").lower().split()):
            continue
        kept = re.search(rf"(?i)\b{m.group('neg')} {re.escape(m.group('x'))}(?=[.!?])", sentence)
        if kept is not None:
            return f"{sentence[:kept.end()]} {m.group('link')} {m.group('y')}{sentence[kept.end():]}"
    return sentence
