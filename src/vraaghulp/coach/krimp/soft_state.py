"""A hurt or ill state kept while what the writer said to soften it goes (round 45 second review, k45r2).

'Ik heb mijn rib gekneusd maar het is niet erg. Kun je zaterdag rijden?' gave 'Ik heb mijn rib gekneusd. Kun je
zaterdag rijden?' while sure: the state kept alone says more than the writer did. The same for ', het valt mee',
'maar het gaat alweer beter', 'Ik ben ziek maar niet erg', and after the ask ('Kun je …? Ik heb mijn knie gekneusd
maar het is niet erg.'). 'maar het is niet erg' may also be a way out for the one asked ('it is fine if you
cannot'): which one the writer meant, the engine does not know. So a clause of the kept state's sentence after it
that goes and says the state is less ('maar het …', 'het valt mee', 'niet erg') makes the result not sure.
"""

from __future__ import annotations

import re

# 'het valt mee', 'valt wel mee', 'het is niet (zo) erg', 'niet erg', 'het gaat alweer beter', 'niks ernstigs'
_SOFT = re.compile(r"^(?:(?:het|t|'t|dat|da) )?(?:(?:valt|viel) (?:\w+ )?mee|(?:is|was) (?:\w+ )?niet (?:zo |heel |echt )?erg"
                   r"|niet (?:zo |heel |echt )?erg|(?:gaat|ging) (?:\w+ )?(?:beter|wel)|(?:is|was) (?:\w+ )?niks ernstigs"
                   r"|niks ernstigs|(?:is|was) (?:\w+ )?niet ernstig)\b")


def softened(an, main, parts, state) -> bool:
    """A clause after the kept state in its sentence goes and opens with 'maar' or softens it ('het valt mee')."""
    d = an.d
    kept = {id(c) for c in (*parts.extras(), *(main or []))}
    after_but = False
    for c in an.clauses:
        if c.sent != state.sent or c.a < state.b or id(c) in kept:
            after_but = False
            continue
        words = [d.word(i) for i in d.content(c.a, c.b)]
        if not words:
            continue
        if words == ["maar"]:
            after_but = True  # 'maar' as a clause of its own: the next one is added with it
            continue
        if _softens(words[1:] if words[0] == "maar" else words, words[0] == "maar" or after_but):
            return True
    return False


_IT = frozenset({"het", "'t", "t", "dat", "da"})
_IS = frozenset({"valt", "viel", "is", "was", "gaat", "ging", "komt", "wordt", "zal", "lijkt"})


def _softens(words: list[str], but: bool) -> bool:
    """'het valt mee', 'niet erg'; after 'maar' also 'het is …', 'het gaat …' (the state itself, said to be less). Not
    a hedge about the ask after 'maar' ('maar ik durf het niet goed', 'maar ge moogt nee zeggen', 'maar als het niet
    uitkomt …'): those go as before (k45r)."""
    if _SOFT.match(" ".join(words)):
        return True
    return but and len(words) > 1 and words[0] in _IT and words[1] in _IS
