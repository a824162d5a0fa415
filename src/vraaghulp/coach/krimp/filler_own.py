"""A 'ne keer' the last tidy takes out no longer withholds `zeker` when nothing about the writer went (rounds 30–31).

The first-sight gate withholds `zeker` when the result shows the Flemish filler 'ne keer'/'nen keer' (`vlaams-
vulsel`, first_sight.py). The last tidy (last_tidy.py, ask_filler.py) takes it out of the question after `zeker` is
decided, so the gate withheld `zeker` for a word the offered sentence no longer shows ('Nonkel Jos, kunt ge mijn auto
ne keer nakijken?'). Round 30 (k30b) lifted the code only in short, clean drafts, because elsewhere the filler went
with real losses (h29a-025 'Ik zit hier in Gent echt alleen'). Read over the tuning corpus (round 31, k31b), what
such drafts lose without harm is about the thing or the others ('Der loopt water binnen', 'mijn mama is dan op reis',
'als 't ni past is 't ook goe'); the loss the code caught is the writer about themself. So the code is lifted when
the tidied sentence no longer shows the filler and no piece that went speaks of the writer in the first person ('ik',
''k', 'mij', 'kzit' …) or says what the thing looks like (a colour: 'Hij is blauw met een wit koord'). The pieces are
read over the whole draft, not only the dropped spans: a state a later step took out ('k Ben vandaag mijn job
kwijtgeraakt') counts too. A 'ne keer' that stays ('nog ne keer', 'ne keer per week') still withholds `zeker`. Only
`zeker` changes. (Round 30's short-draft lift, filler_gone.py, lifted a subset of these and is folded in here.)

The chat 'even' ('ff', 'efkes': `even-vulsel`) is not lifted: three older golds list 'ff'/'efkes' as a must-keep
(g-092, y1-008, t6d-039), so lifting it would add three wrong-and-sure results (README, round 30, k30b).
"""

from __future__ import annotations

import re

from . import ask_filler, first_sight
from .unnamed import unnamed

CODE = "vlaams-vulsel"
# The writer in the first person singular, Dutch and Flemish chat spelling ('kzit', 'kben', 'm'n').
WRITER = re.compile(r"(?i)(?<![\w'])(?:ik|'?k|mij|me|mijn|mijne|mn|m'n|mien|kzit|kzen|kzijn|kben|kheb|kzou|kweet|kvoel"
                 r"|kan ik|ikke)(?![\w'])")
# What the thing looks like, so the reader can find it ('Hij is blauw met een wit koord'): a fact to keep.
LOOKS = re.compile(r"(?i)\b(?:blauw|blauwe|rood|rode|groen|groene|geel|gele|zwart|zwarte|wit|witte|grijs|grijze|bruin"
                    r"|bruine|roze|paars|paarse|oranje|beige)\b")


def lifted(codes: list[str], sentence: str, out, text: str) -> list[str]:
    """The codes without `vlaams-vulsel` when the tidied sentence lacks it and no dropped piece is about the writer."""
    if CODE not in codes or CODE in first_sight.result_kinds(ask_filler.tidy(sentence)[0]):
        return codes
    return codes if out.analysis is None or needed_went(out, text, sentence) else [c for c in codes if c != CODE]


def needed_went(out, text: str, sentence: str) -> bool:
    """A piece of the draft no finding names and the result does not keep speaks of the writer or of what the thing
    looks like. Read over the whole draft: a piece a later step took out lies outside the dropped spans."""
    pieces = unnamed(out.analysis.d.lex, text, [(0, len(text))], sentence, out.found, lambda at: 0)
    return any(WRITER.search(f.text or "") or LOOKS.search(f.text or "") for _pos, f in pieces)
