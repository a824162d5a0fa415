"""How long the trouble has lasted, said in the sentence right after the ask and dropped: not sure (round 54, k54a).

'… de lekkende kraan in de badkamer laten maken? het druppelt al drie weken. sorry voor het gezaag.', '… iemand sturen
voor de verwarming? ze valt al vijf dagen uit.': the sentence after the only question says for how long something has
been wrong ('al' + an amount of time), and a sure result that shows no amount of time dropped it. The outside golds
split on it (13 drafts: the amount kept by every gold in 2, by some in 6, by none in 5), so the reader must look.
named_after.duration_lost reads only a sentence with a verb of lasting ('het duurt', 'het is al …'); this reads the
ongoing 'al drie weken' whatever the verb. Read on the finished sentence (shrink._last_looks), after the put-backs that
keep such a sentence ('Kun je …? Mijn auto staat al twee weken in de garage.' stays sure). It only withholds `zeker`
(`CODE`); the sentence is not put back.
"""

from __future__ import annotations

from .checks import lower_words
from .lexicon import lexicon
from .lone_statement import split

ACTIVE = True  # tests switch it off to show a result without it
CODE = "duur-al-weg"
_SINCE = frozenset({"al", "alweer", "reeds"})  # 'al drie weken': it has lasted that long up to now


def lost(draft: str, sentence: str) -> bool:
    """The sentence right after the draft's only question holds 'al' + an amount of time, the result none."""
    if not ACTIVE:
        return False
    parts = split(draft)
    asks = [k for k, p in enumerate(parts) if p.endswith("?")]
    if len(asks) != 1 or asks[0] + 1 >= len(parts):
        return False
    duration = lexicon().duration
    said = " ".join(lower_words(parts[asks[0] + 1]))
    ongoing = any(said[:m.start()].split()[-1:] and said[:m.start()].split()[-1] in _SINCE
                  for m in duration.finditer(said))
    return ongoing and not duration.search(" ".join(lower_words(sentence)))
