"""The modal infinitive that completes a polite 'zou' stays in its clause (round 32, k32b).

'Zoudt ge aan uw lief kunnen vragen of hij …?', 'Zou je de buurvrouw willen vragen of ze …?': the cutter read
'kunnen vragen' as a new question with a plural subject ('kunnen [de] vragen …'), so the clause broke after the
person ('Zoudt ge aan uw lief. Kunnen vragen of …?'), a broken join offered as the ask. A 'kunnen', 'willen',
'mogen' or 'moeten' that follows a clause opened by 'zou'/'zoudt'/'zouden' with its subject, with no verb of its own
in between, is that clause's infinitive: no cut before it.
"""

from __future__ import annotations

_ZOU = frozenset({"zou", "zoudt", "zoude", "zouden", "zoude", "zou'", "zoudde", "zoudet"})
_INFINITIVE = frozenset({"kunnen", "willen", "mogen", "moeten", "kunne", "wille", "moge"})
_SUBJECT = frozenset({"je", "jij", "u", "ge", "gij", "jullie", "iemand", "er", "gullie", "ulder", "gulder"})


def completes_zou(an, i: int, cur: int) -> bool:
    """Token i is the modal infinitive of the 'zou …' the clause from cur opens."""
    d = an.d
    if not d.is_word(i) or d.word(i) not in _INFINITIVE:
        return False
    words = [k for k in range(cur, i) if d.is_word(k)]
    front = next((n for n, k in enumerate(words) if d.word(k) in _ZOU), None)
    if front is None or front > 2 or front + 1 >= len(words) or d.word(words[front + 1]) not in _SUBJECT:
        return False  # 'Sanne, zou je …', 'Hoi zou ge …': at most a name or a greeting before it
    between = words[front + 2:]
    return not any(d.word(k) in d.lex.finite or d.word(k) in _INFINITIVE for k in between)
