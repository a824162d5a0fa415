"""An alternative said inside the question stays inside it (round 33, k33b).

'Zou je mij woensdag om tien uur … kunnen voeren, of anders donderdag om tien uur?', 'Kunde gij mijn vroege van
zaterdag overnemen, en anders die van zondag?', '… in de brievenbus gooien of anders onder de mat leggen': the part
after 'of anders' / 'en anders' has no subject and no verb of its own; it shares the question's and is part of what is
asked. The engine cut it off and offered it as a sentence of its own ('… voeren? Anders donderdag om tien uur.'), a
fragment that reads like a threat. When the draft said it before the question mark, it goes back into the question with
the draft's own linker. Not: 'Anders kan ik er niet in.' (a clause of its own: what goes wrong, consequence.py), an
'anders' sentence the draft said after its question mark, 'ze staan anders alleen op het plein'.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .day_only import NAMED_DAY
from .lexicon import YOU, lexicon
from .wordsets import WRITER

_TAIL = re.compile(r"\? Anders ([^.?!]{2,80})\.(?= |$)")
# How an alternative without a verb starts: a day ('donderdag'), a preposition ('onder de mat'), a determiner ('die van
# zondag'), a number, or a word about when.
_STARTS = frozenset({"de", "die", "dat", "een", "ne", "mijn", "uw", "zijn", "haar", "ook", "alleen", "pas", "later",
                     "volgende", "deze", "dit", "na", "voor", "om", "rond", "onder", "in", "op", "bij", "aan", "naar", "met",
                     "tegen", "tot", "vanaf", "boven", "achter", "naast"})
_OTHER_SUBJECTS = frozenset({"hij", "zij", "ze", "het", "'t", "er", "men", "jullie"})


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[,.;:!?]", " ", fold(text).lower()).split())


def _elliptic(words: list[str]) -> bool:
    """No subject and no finite verb before the last word ('donderdag om tien uur', 'onder de mat leggen')."""
    lex = lexicon()
    if not words or (WRITER | YOU | _OTHER_SUBJECTS) & set(words):
        return False
    if not (words[0] in lex.prepositions or words[0] in _STARTS or words[0][:1].isdigit() or NAMED_DAY.match(words[0])):
        return False  # 'anders staat de loodgieter …': a verb first, a clause of its own (consequence.py)
    finite = lex.finite
    return not any(w in finite for w in words[:-1])


def joined(draft: str, sentence: str) -> str:
    """The sentence with '? Anders X.' put back as ', of anders X?' when the draft asked it so."""
    m = _TAIL.search(sentence)
    if m is None:
        return sentence
    alt = m.group(1)
    if not _elliptic(_plain(alt).split()):
        return sentence
    plain_draft = " ".join(re.sub(r"[.;:!]", " ", fold(draft).lower()).split())
    said = re.search(r"(?<![?\s])(,?)\s*\b(of|en)?\s*anders\s+" + r"\W+".join(map(re.escape, _plain(alt).split()))
                     + r"\s*(?:\?|$|\s+en\s)", plain_draft)  # 'gooien of anders onder de mat leggen en oh ja kan je …'
    if said is None:
        return sentence
    link = (said.group(2) + " anders") if said.group(2) else "anders"
    return f"{sentence[:m.start()]}, {link} {alt}?{sentence[m.end():]}"
