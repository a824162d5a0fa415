"""The writer's chat 'k' for 'ik' at the start of a kept sentence is never a capital 'K' (round 43, k43c).

'k wil dood' and 'K wil dood.' came back as 'K wil dood.' (a lone 'K' reads as an initial), 'kzit vast' as 'Kzit
vast.'. Two ways out were weighed: 'Ik wil dood.' (the pronoun written out, as 'kunde' becomes 'kunt ge') or the
writer's own form. Krimp only removes and reorders (issue 12 point 3); writing out 'ik' adds letters the writer did not
type, splits a glued form ('kzit' -> 'ik zit') and loses a must-keep item written with 'k; the corpus golds keep the
writer's k-form (408 gold sentences of drafts with one keep it). So the writer's form stays and its k is never a
capital, for all three forms alike. Where the sentence capital goes follows Dutch spelling: after an elision mark the
next word takes it ("'k Heb", as "'s Morgens"; the golds write it so 17 to 3, and the engine did already, so a typed
"'K Moet" becomes "'k Moet"); a bare 'k' or a glued 'kzit' has no mark and no word after one, so the sentence opens
in lower case as typed: 'k wil dood.', 'kzit vast.'. The same for every sentence of the result.
"""

from __future__ import annotations

import re

from .lexicon import lexicon

# a sentence start (the text's, or after . ? ! and a space), then 'k, k or a glued k-form and what follows it
_START = re.compile(r"(?:^|(?<=[.!?]\s))(['\u2019]?)([Kk])(\w*)(?=(\s+(\w+))?)")


def lowered(sentence: str, draft: str) -> str:
    """The sentence with each sentence-opening k-form of the writer's written as in the draft (never a capital k)."""
    if sentence.isupper() or not re.search(r"(?i)(?<![\w])['\u2019]?k", draft):
        return sentence
    out, last = [], 0
    for m in _START.finditer(sentence):
        fixed = _as_typed(m, draft)
        if fixed is not None:
            out.append(sentence[last:m.start()] + fixed)
            last = m.end() + (len(m.group(4)) if m.group(4) and not m.group(3) else 0)
    return "".join(out) + sentence[last:] if out else sentence


def _as_typed(m: re.Match, draft: str) -> str | None:
    """The k-form at `m` (with the word after a lone 'k') as the draft has it, or None when it is no k-form of the
    writer's ('Kun', 'Kerkstraat', a 'K' the draft never wrote lone)."""
    mark, glued, after = m.group(1), m.group(3), m.group(5)
    if glued:
        if glued.lower() not in lexicon().ik_verbs:
            return None
        form = re.escape(mark) + "k" + re.escape(glued.lower())
        return mark + "k" + glued if re.search(r"(?i)(?<![\w'\u2019])" + form + r"(?!\w)", draft) else None
    if after is None:
        return None
    typed = re.search(r"(?i)(?<![\w'\u2019])" + re.escape(mark) + r"k\s+(" + re.escape(after) + r")(?!\w)", draft)
    if typed is None:
        return None
    word = after[:1].upper() + after[1:] if mark else typed.group(1)[:1] + after[1:]
    return mark + "k" + m.group(4)[: len(m.group(4)) - len(after)] + word
