"""'ik ben slecht in dit soort dingen' cut before the ask: nerves about asking, or the task itself? (round 30, k30b)

'ik ben slecht in dit soort berichten', 'ik ben geen held in vragen' judge the writer as someone who asks and go
(content/nl/krimp.toml, `oordeel`). 'dit soort dingen' or 'zulke zaken' can mean the asking ('… dingen, maar ik voel
me al weken kut') or the very task the ask is about ('… dingen, kun je me helpen met mijn belastingaangifte?'): the
words alone do not tell. When such a phrase was cut, the result is offered but not sure.
"""

from __future__ import annotations

import re

CODE = "zenuwen-of-zaak"
_VAGUE = re.compile(r"(?i)\b(?:slecht|goed|handig|sterk|held|kei|ster|onhandig)\s+(?:ben\s+)?in\s+"
                    r"(?:dit|dat|deze|die|zulke|zo'n)\s+(?:soort\s+)?(?:dingen|zaken|dingetjes)\b")


def doubted(draft: str, sentence: str) -> bool:
    """A vague 'slecht/goed in dit soort dingen' stood in the draft and is no longer in the sentence."""
    return bool(_VAGUE.search(draft)) and not _VAGUE.search(sentence)
