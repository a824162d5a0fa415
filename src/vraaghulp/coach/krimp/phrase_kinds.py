"""Two kinds of bare task typed in the practice flow that the verb list alone misreads.

- 'mee naar de oogarts', 'mee met mij naar de notaris': the verb ('gaan', 'komen') is left out, as
  people say it; the person asked goes along: 'Kun je mee naar de oogarts?' (never 'Kun je me helpen
  met mee naar …', nor 'Mag ik mee …': the writer goes anyway and asks company).
- 'naar mijn toneelvoorstelling komen', 'op mijn verjaardag komen': a verb of coming or going that the
  writer usually does ('mag ik komen?') goes to the writer's own place or event here, so the person
  asked is the one who comes: 'Kun je naar mijn toneelvoorstelling komen?', not 'Mag ik …'.
"""

from __future__ import annotations

import re

_ALONG_NEXT = frozenset({"naar", "met", "op", "in", "bij", "nar"})
_MOVING = frozenset({"komen", "gaan", "langskomen", "meekomen", "binnenkomen", "meegaan"})
_MINE = frozenset({"mijn", "m'n", "mn", "mijne"})


def goes_along(words: list[str]) -> bool:
    """'mee naar de oogarts' (lower-case words of the phrase): 'mee' and where to, no verb."""
    plain = [re.sub(r"[^\w']", "", w) for w in words]
    return len(plain) >= 3 and plain[0] == "mee" and plain[1] in _ALONG_NEXT


def comes_to_mine(words: list[str]) -> bool:
    """'naar mijn toneelvoorstelling komen': a verb of coming, and the writer's own place or event."""
    plain = [re.sub(r"[^\w']", "", w) for w in words]
    return bool(plain) and plain[-1] in _MOVING and bool(_MINE & set(plain))
