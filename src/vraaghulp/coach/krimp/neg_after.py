"""A negated sentence dropped AFTER the ask no longer withholds `zeker` on its own (round 30, k30c).

The first-sight gate (first_sight.py) withholds `zeker` when a clause of the draft with a negation went
(`weg-ontkend`). On the tuning part that code alone withheld `zeker` from 138 acceptable results and guarded 10 that
would have been wrong and sure (lost a must-keep). Where the negated clause stands tells them apart: after the ask
(or in its own sentence) it is nearly always the writer's reason or burden talk, which the golds drop ('ik heb geen
auto meer', 'ik wil haar niet opjagen', 'het is niet dringend', 'ik vind ze niet meer terug'); before the ask it is
often the situation the ask rests on ('Sinds de dood van Peter ben ik nog niet in staat …'), and it stays a doubt.

After the ask, three kinds still carry meaning and keep the doubt (contract point 3, the negation or condition that
carries meaning):
- a limit in time: 'eerder kan ik niet komen', 'niet vóór vrijdag', 'pas na zessen', 'ik kan niet later';
- 'nog niet': a state that still has to change ('ik sta er nog niet in', 'ik wil je nog niet zien');
- 'alleen'/'enkel': a condition on the task ('ik fiets niet alleen terug').
Only the code is lifted: the offered sentence does not change.
"""

from __future__ import annotations

from .checks import text_words
from .wordsets import NEGATIONS

CODE = "weg-ontkend"
_NEG = NEGATIONS | {"niemand", "gene"}  # as first_sight reads a negation
_ROLES = ("staat", "tekst")
_CARRIES = frozenset({"nog", "alleen", "enkel", "eerder", "vroeger", "later", "pas", "voor", "vóór", "tot", "na",
                      "zonder", "behalve", "tenzij"})


def lifted(codes: list[str], out, sentence: str) -> list[str]:
    """The gate's codes without `weg-ontkend` when every negated clause that went lies after the ask (or in its own
    sentence) and none of them is a limit in time, a 'nog niet' or an 'alleen'."""
    if CODE not in codes or getattr(out, "crisis", False):
        return codes
    gone = negated_gone(getattr(out, "analysis", None), sentence)
    if not gone:
        return codes
    if any(where < 0 or set(words) & _CARRIES for where, words in gone):
        return codes
    return [c for c in codes if c != CODE]


def negated_gone(an, sentence: str) -> list[tuple[int, list[str]]] | None:
    """The negated clauses the result lets go of, as first_sight.dropped_kinds reads them: (where, words), where is
    -1 before the ask's sentence, 0 in it, 1 after it. None when the draft has no ask clause."""
    if an is None:
        return None
    ask = next((c.sent for c in getattr(an, "clauses", []) if c.role == "vraag"), None)
    if ask is None:
        return None
    d = an.d
    shown = set(text_words(sentence))
    gone = []
    for c in an.clauses:
        if c.role not in _ROLES:
            continue
        words = [d.word(i) for i in range(c.a, c.b) if d.is_word(i)]
        if len(words) < 3 or sum(1 for w in words if w in shown) * 2 >= len(words) or not set(words) & _NEG:
            continue
        gone.append(((c.sent > ask) - (c.sent < ask), words))
    return gone
