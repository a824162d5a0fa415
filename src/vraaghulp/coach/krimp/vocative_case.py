"""'Gerrit, Zol ie mien … helpen?': the ask the offer keeps as typed opened its sentence, so its first word kept the
capital when the vocative was put in front. After the vocative's comma it is written in lower case, as the engine
writes the asks it makes ('Gerrit, kun je …'), when it is a verb or question word followed by its subject ('Zous te',
'Meugen 'k', 'Kunt gij', 'Moet ik') or a verb form the lexicon knows. A name stays ('Jan, Piet komt …': no subject after
it). Round 38 (k38b): nine results in eight corpus files, five of them outside files.
"""

from __future__ import annotations

import re

from .lexicon import lexicon

_OPEN = re.compile(r"^([^,.?!\n]{1,40}), ([A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019]*)(?=\s+(\S+))")
# a subject right after a verb in front, dialect and chat forms too ('zous te', 'zol ie', 'meugen 'k', 'kinst do')
_SUBJECTS = frozenset({"ik", "'k", "k", "je", "jij", "ie", "jie", "te", "u", "ge", "gij", "gie", "we", "wij", "jullie",
                       "do", "doe", "iemand", "er"})


def lowered(sentence: str) -> str:
    """The sentence with the word after the opening vocative in lower case when it is no name."""
    m = _OPEN.match(sentence)
    if m is None or sentence.isupper():
        return sentence
    word, after = m.group(2), m.group(3).lower().strip(",?!.")
    if after not in _SUBJECTS and word.lower() not in lexicon().finite:
        return sentence
    return sentence[:m.start(2)] + word[:1].lower() + sentence[m.start(2) + 1:]
