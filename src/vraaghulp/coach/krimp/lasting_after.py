"""How long the trouble has lasted, said in the sentence right after the ask and dropped: not sure (round 54, k54a).

'… de lekkende kraan in de badkamer laten maken? het druppelt al drie weken. sorry voor het gezaag.', '… iemand sturen
voor de verwarming? ze valt al vijf dagen uit.': the sentence after the request says for how long something has been
wrong ('al' + an amount of time), the outside golds keep it, and a sure result that shows no amount of time dropped
it. named_after.duration_lost reads only a sentence with a verb of lasting ('het duurt', 'het is al …'); this reads
the ongoing 'al drie weken' whatever the verb. It only withholds `zeker` (`CODE`); the sentence is not put back.
"""

from __future__ import annotations

ACTIVE = True  # tests switch it off to show a result without it
CODE = "duur-al-weg"
_SINCE = frozenset({"al", "alweer", "reeds"})  # 'al drie weken': it has lasted that long up to now


def lost(an, words: list[str]) -> bool:
    """The sentence right after the request holds 'al' + an amount of time, and the result's words hold none."""
    if not ACTIVE or an is None or not getattr(an, "main", None):
        return False
    d = an.d
    after = an.main[-1].sent + 1
    if not 0 <= after < len(d.sentences):
        return False
    ongoing = any(d.sentences_of(i0) == after and i0 > 0 and d.word(i0 - 1) in _SINCE for i0, _ in an.durations)
    return ongoing and not d.lex.duration.search(" ".join(words))
