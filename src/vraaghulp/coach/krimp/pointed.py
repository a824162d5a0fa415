"""The thing an honest sentence points back at with 'er': 'Ik heb schulden en ik kom er niet meer uit',
'ik heb een brief van de gemeente gekregen en ik snap er niks van'. Without the first half the honest
sentence ('Ik kom er niet meer uit.') and often the request ('Kun je er … naar kijken?') point at
nothing, and the brave part of the message (the debts, the letter) is lost."""

from __future__ import annotations

_ER = frozenset({"er", "eruit", "ervan", "erover", "ermee", "erbij", "erdoor", "erin", "daar", "daarmee", "daarvan"})
_HAVE = frozenset({"heb", "had", "kreeg", "kregen", "hebben", "hadden", "zit", "zat"})
_WRITER = frozenset({"ik", "'k", "k", "we", "wij"})


def named_before(an, k: int) -> bool:
    """Clause k is the honest sentence and holds 'er'; the clause two before it, joined by a lone 'en' in
    the same sentence, is the writer's 'ik heb X (gekregen)' that names what 'er' stands for."""
    if k < 2:
        return False
    d, state, link, first = an.d, an.clauses[k], an.clauses[k - 1], an.clauses[k - 2]
    if not (first.sent == link.sent == state.sent and link.role == "leeg" and first.role == "tekst"):
        return False
    if [d.word(i) for i in d.content(link.a, link.b)] != ["en"]:
        return False
    said = [d.word(i) for i in d.content(first.a, first.b)]
    return names_for_er(said, [d.word(i) for i in d.content(state.a, state.b)])


def names_for_er(said: list[str], state: list[str]) -> bool:
    """The words of 'ik heb X (gekregen)' before 'en', and of the honest half after it that holds 'er'."""
    said = said[1:] if said[:1] == ["maar"] else said  # 'ik schaam me, maar ik heb schulden en …'
    if len(said) < 3 or said[0] not in _WRITER or said[1] not in _HAVE:
        return False
    if any(w in _ER for w in said[2:]):
        return False  # 'ik heb er al de halve dag aan gezeten en ik zie …': it points on itself, it names nothing (k33f)
    return any(w in _ER for w in state)
