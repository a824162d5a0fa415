"""Which honest clause stays (contract point 2: at most one short honest sentence about how the writer is).

The one closest to the request (a long one only when no short one is there: one_state.py), unless another
says how it goes overall ('het gaat niet goed met me', 'op mijn stage gaat het niet zo lekker': `choose_state`) or
that the writer is worn out ('ik ben op', 'ik zit er echt door': worn_out.py, round 38).
Several honest clauses in one sentence: the one that says how the writer is, not how they sleep (`honest_run`).

'ik slaap slecht, ik ben eigenlijk op', 'ik ben echt ziek dus ik lig de hele dag op de bank': contract point 2
keeps at most one short honest sentence, and the outside golds keep one clause of such a sentence far more
often than two. When one of the clauses only tells how the writer sleeps or that they lie down (a symptom), the
other one, how they are, is the one they keep (round 22: 19 of 22 such drafts in the tuning files; 'ik lig met
de griep in bed' names the illness itself and is no symptom). Without a symptom among them nothing changes: the
honest sentence starts at its first clause and takes what 'en' joins to it (extras.state_before/followers).
"""

from __future__ import annotations

from .one_state import too_long
from .unable import craving, headline
from .worn_out import worn_out

_SLEEP = frozenset({"slaap", "slapen", "sliep", "sliepen", "geslapen", "wakker", "lig", "liggen", "lag", "lagen"})
# an illness or a stay in hospital named in the clause makes it how the writer is ('ik lig in het ziekenhuis')
_ILL = frozenset({"ziek", "ziekjes", "grieperig", "verkouden", "misselijk", "duizelig", "ziekenhuis", "zkh", "opgenomen",
                  "gips", "operatie", "geopereerd", "gebroken", "pijn"})


def choose_state(an, main) -> object | None:
    """The honest sentence closest to the request (one before it wins a tie)."""
    states = [c for c in an.clauses if c.role == "staat" and not (main and c in main)]
    if not states:
        return None
    if not main:  # the first, unless it is long beside a short one or another says the writer is worn out
        return min(states, key=lambda c: (too_long(an, c, states), not _worn_alone(an, c, states)))
    index = {id(c): k for k, c in enumerate(an.clauses)}
    first, last = index[id(main[0])], index[id(main[-1])]

    def distance(c) -> tuple[int, int, int, int, int]:  # a symptom only when no other state is there
        k = index[id(c)]
        rank = (0 if headline(an, c) or _worn_alone(an, c, states) else 1, too_long(an, c, states), int(_symptom_alone(an, c, states)))
        return rank + ((first - k, 0) if k < first else (k - last, 1))

    return min(states, key=distance)


def _worn_alone(an, c, states) -> bool:
    """'… maar ik ben op. Ik slaap slecht en …': the worn-out clause in a sentence of its own among the honest ones wins
    over one nearer the ask (worn_out.py); in one sentence with others the nearest still wins ('ik ben op, echt kapot,
    ik weet niet hoe lang ik het nog volhou')."""
    return worn_out(an, c) and not any(o.sent == c.sent and o is not c for o in states)


def _worn_after_state(an, first, chosen) -> bool:
    """'ik trek het niet meer zo goed, ik ben echt op': the chosen worn-out clause right after other honest clauses
    of its sentence, with no 'en' between: it stays alone ('ma is gevallen en ik ben op' stays whole)."""
    if first is chosen or not worn_out(an, chosen):
        return False
    between = an.clauses[an.clauses.index(first):an.clauses.index(chosen)]
    return all(c.role == "staat" for c in between)


def _symptom_alone(an, c, states) -> bool:
    """'Ik lig nog in bed na mn nachtdienst. Ik ben gesloopt.': a symptom in a sentence with no other honest clause,
    beside a plain state elsewhere, goes before it (round 32, k32a)."""
    if not symptom(an, c) or "en" in {an.d.word(i) for i in an.d.content(c.a, c.b)}:
        return False  # 'ik ben volledig uitgeput en ik slaap amper nog': more than the symptom
    plain = [o for o in states if not symptom(an, o)]
    return bool(plain) and not any(o.sent == c.sent for o in plain)


def symptom(an, c) -> bool:
    """The clause tells only how the writer sleeps or that they lie down ('ik slaap slecht', 'ik lig de hele
    dag op de bank'), not an illness ('ik lig met de griep in bed')."""
    d = an.d
    words = {w for i in d.content(max(c.a, c.start), c.b) for w in d.words(i)}
    return bool(words & _SLEEP) and not words & (_ILL | d.lex.ailments)


def honest_run(an, chosen, main, before, followers) -> tuple[object, list]:
    """(the honest sentence's first clause, the clauses that continue it): `before`/`followers` as usual,
    unless the chosen clause's sentence holds both symptoms and other honest clauses: then the other clause
    nearest the chosen one, alone with what 'en' joins to it up to a symptom."""
    same = [c for c in an.clauses if c.sent == chosen.sent and c.role == "staat" and c not in (main or [])]
    plain = [c for c in same if not symptom(an, c)]
    if len(same) < 2 or not plain or len(plain) == len(same):
        first = before(an, chosen)
        first = chosen if _worn_after_state(an, first, chosen) else first  # '…, ik ben echt op': that alone
        more = followers(an, first)
        lost = first is not chosen and chosen not in more and craving(an, chosen)  # 'het gaat nie goe, ik heb … zin
        return first, more + ([chosen] if lost else [])  # om te drinken': the craving never walked back over (k35b)
    at = {id(c): k for k, c in enumerate(an.clauses)}
    pick = min(plain, key=lambda c: abs(at[id(c)] - at[id(chosen)]))
    first = before(an, pick)
    if any(symptom(an, c) for c in same if first.a <= c.a < pick.a):
        first = pick  # 'ik slaap slecht, ik ben op': never walk back over a symptom
    more = []
    for c in followers(an, first):
        if symptom(an, c):
            break  # '… en ik slaap slecht': the symptom and what follows it go
        more.append(c)
    return first, more
