"""The honest state kept, where it comes from dropped: never sure (round 37, k37a).

'Kun je vrijdag Noor om half 6 van de opvang halen? Ik heb een dubbele dienst en ik ben echt kapot.' (z36-027): the
result kept 'Ik ben echt kapot.' and dropped 'Ik heb een dubbele dienst', the reason the writer cannot go, while sure.
On the outside files (tools/krimp_rests_on.py --oorzaak: a short clause joined by 'en' right before the honest state
in one sentence) the golds all keep that clause in 13 drafts, split in 4 and all drop it in 25: they do not agree,
so a sure result never drops it; the offer stays the engine's (most golds drop it).

The clause: right before the kept state clause in the same sentence, joined to it by 'en', read as plain text (role
`tekst`), of 3 to 8 words, the result showing fewer than half its content words.
"""

from __future__ import annotations

from .checks import text_words
from .rests_on import mostly_dropped

CODE = "weg-oorzaak"
_MIN_WORDS, _MAX_WORDS = 3, 8


def lost(an, sentence: str) -> bool:
    """A sure result that kept a state and dropped the short cause joined to it (see above)."""
    if an is None:
        return False
    d, shown = an.d, set(text_words(sentence))
    clauses = [c for c in an.clauses if c.role != "leeg"]  # the 'en' between them may be a clause of its own
    for before, state in zip(clauses, clauses[1:]):
        if state.role != "staat" or before.role != "tekst" or before.sent != state.sent or not _joined(d, before, state):
            continue
        own = [w for w in text_words(d.raw(state.start if state.start >= 0 else state.a, state.b)) if len(w) > 3]
        if not own or sum(w in shown for w in own) * 2 < len(own):
            continue  # the state itself went: other rules
        cause = text_words(d.raw(before.start if before.start >= 0 else before.a, before.b))
        if _MIN_WORDS <= len(cause) <= _MAX_WORDS and mostly_dropped(cause, shown):
            return True
    return False


def _joined(d, before, state) -> bool:
    """Only 'en' stands between the two clauses (at the end of the first or at the start of the second)."""
    between = [d.word(i) for i in range(before.b, state.a) if d.is_word(i)]
    head = [d.word(i) for i in range(state.a, state.start) if d.is_word(i)] if state.start > state.a else []
    tail = [d.word(i) for i in range(max(before.start, before.a), before.b) if d.is_word(i)][-1:]
    return between + head == ["en"] or (not between and not head and tail == ["en"])
