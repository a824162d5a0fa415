"""A message that opens with a time word or a participle is no name addressed.

'Vanochtend gehoord dat de school dicht is.', 'Gisteren gebeld met de garage, …', 'Straks gezien da …': the words
in front look like a name at the start of a chat message (one capital, a word the engine does not know), and the
engine offered 'Vanochtend gehoord, kun jij …?'. A time word never names the reader; a word shaped as a past
participle ('gehoord', 'gebeld') does not either when 'dat', 'da', 'van', 'met' or 'bij' runs on after it without a
comma. 'Gerrit, …', 'Gerard kun je …' stay names.
"""

from __future__ import annotations

from .verbs import is_participle

_PAST = frozenset({"gisteren", "gisteravond", "gistermiddag", "gisternamiddag", "gisternacht", "gistermorgen", "eergisteren",
                   "net", "zonet", "daarnet", "zojuist", "juist", "laatst", "onlangs", "vorige", "vorig", "vanochtend", "vanmorgen",
                   "vanmiddag", "vannamiddag", "vanavond", "vannacht", "vandaag", "straks", "zometeen", "morgen", "overmorgen"})
_DAYS = frozenset({"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"})
_RUNS_ON = frozenset({"dat", "da", "van", "met", "bij", "op", "in", "dat'"})


def not_a_name(d, toks: list[int], nxt: int) -> bool:
    """Tokens `toks` (the name candidate at the message's start) open a statement: a time word first, or
    a participle with 'dat'/'van'/… right after it (token `nxt`, no comma between)."""
    if not toks:
        return False
    first = d.word(toks[0])
    if first in _PAST or first in _DAYS or first in d.lex.moment_starts and first.isalpha() and len(first) > 4:
        return True
    after = d.word(nxt) if nxt < d.n and d.is_word(nxt) else ""
    return is_participle(d.lex, d.word(toks[-1])) and after in _RUNS_ON
