"""A tidied 'ne keer' no longer withholds `zeker` when nothing about the writer went (round 31, k31b).

filler_gone.py lifts `vlaams-vulsel` (the Flemish 'ne keer' the last tidy takes out after `zeker` is decided) only in
short, clean drafts: no second request and no background piece gone, because on other drafts the filler went with
real losses (h29a-025 'Ik zit hier in Gent echt alleen'). Read over the tuning corpus, what such drafts lose without
harm is about the thing or the others ('Der loopt water binnen', 'mijn mama is dan op reis', 'Hij doet weer raar',
'als 't ni past is 't ook goe'); the loss the code caught is the writer about themself. So the code is also lifted
on longer drafts and drafts with a second request when the tidied sentence no longer shows the filler and no piece
that went speaks of the writer in the first person ('ik', ''k', 'mij', 'kzit' …) or says what the thing looks like
(a colour: 'Hij is blauw met een wit koord'). The pieces are read over the whole draft, not only the dropped spans:
a state a later step took out ('k Ben vandaag mijn job kwijtgeraakt') counts too. Only `zeker` changes.
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


def lifted(codes: list[str], sentence: str, out, text: str, spans) -> list[str]:
    """The codes without `vlaams-vulsel` when the tidied sentence lacks it and no dropped piece is about the writer."""
    if CODE not in codes or CODE in first_sight.result_kinds(ask_filler.tidy(sentence)[0]):
        return codes
    return codes if out.analysis is None or needed_went(out, text, sentence) else [c for c in codes if c != CODE]


def needed_went(out, text: str, sentence: str) -> bool:
    """A piece of the draft no finding names and the result does not keep speaks of the writer or of what the thing
    looks like. Read over the whole draft: a piece a later step took out lies outside the dropped spans."""
    pieces = unnamed(out.analysis.d.lex, text, [(0, len(text))], sentence, out.found, lambda at: 0)
    return any(WRITER.search(f.text or "") or LOOKS.search(f.text or "") for _pos, f in pieces)
