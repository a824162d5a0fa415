"""'Zo' + a finite verb at the start of a sentence: a statement, verb second, never a question of its own (round 45
second review, k45r2).

then_said.opens_so_i (k45r) kept 'Zo kan ik niet meer verder.' whole when the writer is the subject. With another
subject the verb was still read as the start of a question: 'Zo kun je toch niet parkeren! Wil je je auto
verzetten?' gave 'Kun je toch niet parkeren?' and 'Zo kan het niet langer, ik wil dood. Kun je komen?' lost 'Kun je
komen'. A sentence that opens with 'zo' and its verb says how things are; the ask is elsewhere.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .verbs import lead_at

_SUBJECTS = frozenset({"ik", "'k", "k", "we", "wij", "je", "jij", "u", "ge", "gij", "het", "'t", "t", "hij", "zij", "ze",
                       "jullie", "dat", "dit", "men", "er"})


def opens_so(d, i: int) -> bool:
    """Token i is the finite verb right after a 'zo' that opens its sentence (no comma between: 'Zo, kun je …' asks),
    with its subject right after it."""
    if i <= 0 or i + 1 >= len(d.toks) or not d.is_word(i - 1) or d.word(i - 1) != "zo" or not d.is_word(i):
        return False
    start, _end = d.sentences[d.sentences_of(i - 1)]
    if any(d.is_word(j) for j in range(start, i - 1)):
        return False  # 'ik ben er zo kan ik …': a 'zo' inside a sentence (then_said.opens_so_i)
    word, lex = d.word(i), d.lex
    if word in lex.finite or word in lex.imperatives or lead_at(d, i) is not None:
        return True  # 'Zo kun je …', 'Zo laat nog?', 'Zo kan het niet langer'
    return word.isalpha() and word not in _SUBJECTS and d.is_word(i + 1) and d.word(i + 1) in _SUBJECTS  # 'Zo hou ik …'


CODE = "zo-weg"
CRISIS_CODE = "eigen-woorden-zonder-crisis"
# The writer's own words of not wanting to live ('Zo kan ik niet meer leven.'): kept in the result while the crisis
# check did not call it a crisis, the engine cannot vouch for it (round 45 second review, k45r2). 'Ik kan niet meer.'
# alone is the honest state issue 12 keeps beside a good ask (point 2 and 8; the gentle line speaks for it): no doubt.
_NOT_GOING_ON = re.compile(r"\bniet meer (?:\w+ )?leven\b")


def doubts(an, sentence: str, crisis: bool) -> list[str]:
    """Codes that make the result not sure: a sentence with 'zo' whose words the result keeps without its 'zo' ('Zo
    laat nog?' -> 'Laat nog.', 'Zo kan het niet langer' -> 'Het kan niet langer', 'Doe maar zo.' -> 'Doe.'), and the
    writer's 'niet meer leven' kept while the crisis check has not spoken."""
    folded = fold(sentence)
    out = [CRISIS_CODE] if not crisis and _NOT_GOING_ON.search(folded) else []
    if an is None:
        return out
    d, shown = an.d, re.findall(r"[\w']+", folded)
    if "zo" in shown:
        return out
    for start, end in d.sentences:
        words = [d.word(i) for i in range(start, end) if d.is_word(i)]
        if "zo" not in words:
            continue
        k = next(i for i in range(start, end) if d.is_word(i) and d.word(i) == "zo")
        if not (opens_so(d, k + 1) or words[-1] == "zo" and len(words) <= 3):
            continue  # only 'Zo kan het niet langer' and 'Doe maar zo.'; 'Zo, kun je …', 'komen zo' (soon) may go
        rest = [w for w in words if w != "zo"]
        if rest and sum(w in shown for w in rest) * 2 >= len(rest):
            return out + [CODE]
    return out
