"""A subject made into the vocative when the result is shrunk again (round 40, k40c).

'Hoi allemaal, … Pa moet dinsdag 12 november om 9.40 uur in het Gelre ziekenhuis zijn … Wie kan hem daar naartoe
brengen?' (f40-015): the first reading found no one addressed by name (the group is) and kept 'Pa moet …' as the
fact the ask rests on. Shrunk again on its own, the result opens with a family word before a verb, which a chat
message uses as its address ('schat ben nog tot 7 op kantoor'), and came back as 'Pa, moet dinsdag …': the subject
of the sentence turned into the one asked, and the sentence lost its subject.

The shape: the first reading put no name in front; the result shrunk again opens with a family word ('Pa', 'Oma',
'Mama': the words address.py reads as the address before a verb) and a comma that the result has without the comma,
and the two words after the comma name no reader ('moet dinsdag', not 'kun je' or 'ge mag'). A name found only on the
second reading ('@Joris is het goed als ik …' -> 'Joris, mag ik …') is left to it. The result stays as the first reading gave it, and is not sure (it changed when shrunk again).
"""

from __future__ import annotations

from .checks import lower_words
from .lexicon import lexicon

_READER = frozenset({"je", "jij", "u", "ge", "gij", "jullie", "gullie", "julle", "ie"})


def made_vocative(sentence: str, again: str) -> bool:
    """`again` opens with a new vocative made of the subject of `sentence` (see the module docstring)."""
    head, comma, rest = again.partition(",")
    words = lower_words(head)
    if not comma or len(words) != 1 or words[0] not in lexicon().relations or not sentence.startswith(head + " "):
        return False
    after = lower_words(rest)[:2]
    return len(after) == 2 and not _READER & set(after)  # 'Lotte, ge mag …', 'Sanne, kun je …': said to the reader
