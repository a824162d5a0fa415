"""Who does the task typed into the practice flow, when only 'je' before a noun says so (round 54, k54c).

compose asks a bare task as the writer's own ('mag ik …?') when it holds 'je', 'jouw' or 'uw' ('met je praten', 'je
auto lenen'). Said to the person as an object ('met je praten', 'bij je logeren') or with a verb of the writer's own
('lenen', 'gebruiken'), that is right. But 'je kamer opruimen' typed to a teenager, 'je gras maaien', 'de kast
wegbrengen met je busje' only name the person's thing: 'Jesse, mag ik vanavond je kamer opruimen?' may say the
opposite of what is meant, so that sentence is offered, never as sure.
"""

from __future__ import annotations

import re

from .verbs import is_infinitive

_YOURS = frozenset({"je", "jouw", "uw", "jullie"})
_OBJECT = frozenset({"jou", "u"})
_ME = frozenset({"me", "mij", "ons", "mn", "m'n"})  # not 'mijn': 'je fiets naar mijn huis brengen' names no helper
_CLAUSE = frozenset({"als", "as", "dat", "da", "wie", "wat", "waar", "zodat", "terwijl", "omdat", "want", "of", "zonder"})
_LITTLE = frozenset({"even", "ff", "eens", "efkes", "nog"})


def only_yours(lex, words: list[str]) -> bool:
    """'je kamer opruimen': 'je'/'jouw'/'uw' only before a noun, never an object ('met je', 'je bellen'), and the last
    verb no verb of the writer's own (lex.self_verbs: 'lenen', 'praten')."""
    phrase = next((k for k, w in enumerate(words) if w.endswith(",") or w in lex.subordinators or w in _CLAUSE), len(words))
    plain = [re.sub(r"[^\w']", "", w) for w in words[:phrase + 1 if phrase < len(words) and words[phrase].endswith(",") else phrase]]
    if set(plain) & _ME:
        return False  # 'me je recept sturen', 'je boormachine aan me lenen': the person does it ('kun je')
    purpose = next((k for k, w in enumerate(plain) if w == "om" and "te" in plain[k + 1:]), len(plain))
    plain = plain[:purpose]  # 'je busje gebruiken om de kast weg te brengen': the verb before 'om … te'
    verbs = [w for w in plain if is_infinitive(lex, w) and w not in lex.not_infinitive]
    if not verbs or verbs[-1] in lex.self_verbs or set(plain) & _OBJECT:
        return False
    yours = [k for k, w in enumerate(plain) if w in _YOURS]
    if not yours:
        return False
    for k in yours:
        nxt = next((w for w in plain[k + 1:] if w not in _LITTLE), "")  # 'je even bellen'
        if (k and plain[k - 1] in lex.prepositions and not _a_noun_after(lex, nxt)) or not nxt or is_infinitive(lex, nxt):
            return False  # 'met je praten', 'je bellen': the person is the object
    return True


def _a_noun_after(lex, word: str) -> bool:
    """'met je busje': after a preposition 'je' is possessive when a noun follows (no verb, no particle)."""
    return bool(word) and not is_infinitive(lex, word) and word not in lex.prepositions and word not in _LITTLE
