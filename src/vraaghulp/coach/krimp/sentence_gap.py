"""Whether two kept clauses of one draft sentence are shown as one piece of text.

They are when only punctuation or a joining 'en'/'maar'/'want' stands between them ('Ik ben ziek en het is
hier 15 graden.'). An emoji followed by a capital ends a sentence the way a full stop does ('Alleen als het
niet regent natuurlijk 😅 De sleutel ligt onder de bloempot.'): joined, the emoji would go and leave
'… niet regent De sleutel …' without a stop.
"""

from __future__ import annotations

_JOINS = ("en", "maar", "want")


def adjacent_clauses(an, a, b) -> bool:
    """Clauses a and b (of one sentence, a first) stand next to each other with nothing but a joining word between."""
    d = an.d
    if not all(not d.is_word(i) or d.word(i) in _JOINS for i in range(a.b, b.a)):
        return False
    return not (b.a < d.n and any(d.toks[i].cls == "n" for i in range(a.b, b.a)) and d.tok_text(b.a)[:1].isupper())
