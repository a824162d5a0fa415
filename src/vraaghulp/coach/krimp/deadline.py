"""A deadline said in a sentence of its own, dropped while the result is sure.

'Zus, kunt ge mij zaterdag helpen mijn kot leeg te maken? 't Moet tegen zondagavond leeg zijn.': the ask
has its own moment, so the rules let the other sentence go; but 'tegen zondagavond' says by when the
whole job must be done, and the reader needs it (contract point 3: the moment is always kept). A dropped
sentence that says something must be done, ready or needed by a moment ('tegen', 'uiterlijk', 'ten
laatste') the result does not name makes the result not sure (code `weg-deadline`). A second request
that carries its own deadline ('… vragen aan ma of ze mijn hemd wil strijken tegen zaterdag') is not
this: it asks something, and goes as a request of its own.
"""

from __future__ import annotations

import re

from ..text import fold
from .assemble import plain as _plain

CODE = "weg-deadline"
_SENTENCES = re.compile(r"[^.?!\n]+[.?!]?")
_BY = frozenset({"tegen", "uiterlijk", "laatste"})  # 'ten laatste vrijdag'
# The piece says it must be done or is needed by then ('moet … af/klaar/binnen zijn', 'heb het nodig').
_MUST = re.compile(r"\b(?:moet|moeten|mot|moest|nodig|af|klaar|binnen|ingeleverd|ingediend|deadline)\b")
# It asks something itself, or softens, or lets off: not a plain deadline.
_OTHER = re.compile(r"\?|\b(?:of|vragen|vraag|kun|kan|kunt|kunde|wil|wilt|wilde|zou|zoudt|mag|als|lukt|hoeft|niet|ni|nie|geen)\b")


def lost(lex, text: str, spans, sentence: str) -> bool:
    """Whether a dropped sentence holds a deadline the result does not name."""
    have = _plain(sentence)
    for a, b in spans:
        for piece in _SENTENCES.findall(text[a:b]):
            plain = _plain(piece)
            if not _MUST.search(plain) or _OTHER.search(fold(piece)):
                continue
            for m in lex.moment.finditer(plain):
                words = m.group(0).split()
                if words[0] in _BY and m.group(0) not in have:
                    return True
    return False
