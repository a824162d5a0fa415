"""'Would you mind' inside 'I wondered whether' (round 56, k56c).

'ik vroeg me af of je het erg zou vinden om de tweeling naar school te brengen' holds two frames, one inside the
other. The engine peels the outer one ('ik vroeg me af of') and then turns the clause it leaves into a question with
'zou' in front: 'Zou je het erg vinden om de tweeling naar school te brengen?', a frame still there (an answer 'ja'
would mean 'no'; notes §2). Here the outer frame goes and the inner one is put the way it is said as a question,
'zou je het erg vinden om …', which the engine reads as it reads that frame anywhere ('Kun je de tweeling naar school
brengen?'). Only words of the draft are kept; 'zou' (or 'zoudt') moves in front of its subject.
"""

from __future__ import annotations

import re

from .reported import Out, Turned

_OUTER = (r"(?:(?:ik|'k|k)\s+(?:vroeg|vraag)\s+(?:me|mij)\s+(?:\w+\s+){0,2}?af|kvroeg\s+(?:me|mij)\s+(?:\w+\s+){0,2}?af|"
          r"(?:ik|'k)\s+(?:wou|wilde|wil)\s+(?:je|jou|u|ge|gij)\s+(?:\w+\s+){0,2}?vragen)")
_ADV = r"(?:(?:echt|heel|erg|zo|misschien|eventueel|toch|ook|eigenlijk|wel)\s+)*"  # never a negation: not read
_MIND = r"(?:erg|vervelend|lastig|storend|bezwaarlijk|ambetant|een\s+probleem)"
_RX = re.compile(
    rf"(?P<outer>\b{_OUTER}\s*,?\s+of\s+)(?P<you>je|jij|u|ge|gij)\s+(?P<mid>het\s+{_ADV}{_MIND})\s+"
    rf"(?P<zou>zou|zoudt)\s+vinden(?=\s*,?\s+(?:om|als|moest|mocht|dat|da)\b)",
    re.IGNORECASE)


def moved(text: str) -> Turned | None:
    """The draft with 'ik vroeg me af of je het erg zou vinden om …' made 'zou je het erg vinden om …', or None."""
    m = _RX.search(text)
    if m is None:
        return None
    start = m.start("outer")
    zou = m.group("zou")
    capital = start == 0 or text[:start].rstrip()[-1:] in (".", "!", "?", "\n", "")
    front = (zou[:1].upper() + zou[1:]) if capital else zou
    out = Out(text)
    out.copy(0, start)
    out.copy(m.start("zou"), m.end("zou"), front)  # 'zou' in front: a run of the draft when its case is unchanged
    out.add(" ")
    out.copy(m.start("you"), m.end("mid"))
    out.copy(m.end("zou"), len(text))  # ' vinden om …'
    return Turned(out.result(), out.runs, m.group("outer").strip(), True, "aanloop", asked=False)
