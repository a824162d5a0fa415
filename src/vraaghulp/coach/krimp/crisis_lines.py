"""A one-line chat crisis draft cut with ' / ' or ' - ' is read as lines (round 42, k42b).

'hee jij / ik wil dood / kom', 'hallo sanne / ik wil niet meer leven / bel me': the writer typed the line breaks of a
chat as a slash or a dash. Read as one clause, the greeting stayed in the offered sentence ('Hee jij / ik wil dood /
kom. Kun je nu bij me zijn?', sure) and the writer's own request was lost behind the ready one. In a crisis draft of
one line, such a separator between words is a line break: the draft is read as the same message typed on lines
('hee jij⏎ik wil dood⏎kom' gives 'Ik wil dood. Kom nu.'). The separator is swapped for a line break of the same
length, so every offset into the draft (the spans the screen strikes through) stays where it was. Outside crisis and
in a draft with lines of its own nothing changes: there a slash is often 'or' ('maandag / dinsdag').
"""

from __future__ import annotations

import re

from .care import acute

# ' / ', ' - ', ' – ', ' — ', ' | ' between two words, with a space on either side
_CUT = re.compile(r"(?<=[\w!?.,)]) [/|\-\u2013\u2014] (?=[\w(])")


def broken(draft: str) -> str:
    """The draft with its chat separators read as line breaks, when it is one line of crisis language."""
    if "\n" in draft.strip() or not _CUT.search(draft) or not acute(draft):
        return draft
    return _CUT.sub(" \n ", draft)
