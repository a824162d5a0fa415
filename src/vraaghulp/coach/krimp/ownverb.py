"""Does a clause have a finite verb of its own ('ik betaal de benzine', 'de auto start ni meer',
chat 'moet morgen werken')? Background with its own verb may go; a piece without one belongs to
the request next to it (safe.py, needed.py, lists.py and wanted.py ask this)."""

from __future__ import annotations

from .account import word_classes
from .segment import finite_like


def own_verb(an, c) -> bool:
    """The clause has a finite verb of its own ('ik betaal de benzine', 'de auto start ni meer')."""
    d = an.d
    lex = d.lex
    w = word_classes()
    toks = d.content(c.a, c.b)
    words = [x for i in toks for x in d.words(i)]
    for k, x in enumerate(words):
        if finite_like(lex, x) or x in w.past or (k == 0 and x in lex.ik_verbs):
            return True  # 'is', 'heeft', 'moet', 'werd'; chat 'ben ze vergeten'
        if k == 0 and len(words) > 2 and words[1] in _AFTER_VERB and x.isalpha() and len(x) > 2 and x not in w.function:
            return True  # chat without 'ik': 'krijg dan zakgeld', 'moet morgen werken'
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if (x in lex.subjects or x in SUBJECTS) and nxt.isalpha() and len(nxt) > 1 \
                and nxt not in w.not_verb and nxt not in lex.prepositions:
            return True  # 'ik betaal', 'we gaan': the word after a subject is its verb
        prev = words[k - 1] if k else ""
        if x in lex.subjects and prev.isalpha() and len(prev) > 2 and prev not in w.function and prev not in lex.prepositions:
            return True  # 'dan krijg ik': the verb comes before its subject
        if k >= 2 and words[k - 2] in DETERMINERS and x.endswith("t") and len(x) > 3 and words[k - 1] not in w.function \
                and x not in w.function and x not in w.negation:
            return True  # 'de kleine krijgt', 'mijn rug speelt'
    last = words[-1] if words else ""
    return len(words) >= 3 and words[0] in lex.subordinators and bool(set(words[1:-1]) & (lex.subjects | SUBJECTS)) \
        and last.isalpha() and last.endswith(("t", "d", "en")) and last not in w.not_verb  # 'als ze wakker wordt'


_AFTER_VERB = frozenset({"dan", "nu", "ook", "wel", "nog", "er", "het", "ze", "hem", "straks", "morgen", "pas", "al"})
SUBJECTS = frozenset({"hij", "zij", "ze", "het", "er", "men", "die", "dat", "dit", "iedereen", "niemand", "alles", "ie"})
DETERMINERS = frozenset({"de", "het", "mijn", "mijne", "onze", "ons", "zijn", "haar", "hun", "jouw", "uw", "je", "die", "dat", "deze", "dit"})

