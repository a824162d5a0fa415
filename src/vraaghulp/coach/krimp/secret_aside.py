"""'Opa, wil je me leren fietsen? Niet vertellen aan Jesse want die lacht me uit.': a request to keep the ask
from someone, after the ask, is a private aside; authors of such notes send the ask without it. It is no
limit on what is asked (the reader does the same thing either way): it is a second request of its own
('Niet vertellen aan Jesse.', offered apart, as contract point 5 asks), never a limit kept after the ask
(limit_after.py); the reason that hangs on it ('want die lacht me uit') is plain text and goes.
"""

from __future__ import annotations

_NEG = frozenset({"niet", "ni", "nie", "niks", "niets", "nikske"})
_TELL = frozenset({"zeggen", "vertellen", "verklappen", "zeg", "vertel", "verklap", "doorvertellen", "doorvertelt"})
_TO = frozenset({"tegen", "aan"})
_REASON = frozenset({"want", "omdat", "die", "dan"})
_SAID = frozenset({"het", "dat", "da", "t", "niks", "niets", "nikske", "tegen"})


def said_order(d, i: int, b: int) -> bool:
    """'zeg het niet tegen mama', 'zeg niks tegen pa': this 'zeg' is the verb of an order to keep quiet, not the
    loose 'zeg,' that opens a sentence and goes (clauses.first_meaningful). 'zeg het gerust/eerlijk' (a way out)
    is not such an order."""
    if d.word(i) != "zeg" or i + 1 >= b or d.word(i + 1) not in _SAID:
        return False
    return bool({d.word(k) for k in range(i + 1, min(b, i + 5)) if d.is_word(k)} & (_NEG | _TO))


def secret_asides(an) -> None:
    """Each clause after the ask that says 'niet vertellen aan X' / 'zeg het ni tegen X' and is followed by the
    writer's reason for it ('want die lacht me uit', ', die vindt da …') is a second request; its reason plain
    text. Without a reason it stays a limit after the ask (authors keep 'Niet tegen Wim zeggen.')."""
    d = an.d
    seen_ask = False
    for c, x in zip(an.clauses, an.clauses[1:] + [None]):
        words = [d.word(i) for i in d.content(c.a, c.b)]
        seen_ask = seen_ask or c.role == "vraag"
        reason = [d.word(i) for i in d.content(x.a, x.b)][:1] if x is not None and x.sent == c.sent else []
        if seen_ask and c.role != "vraag" and _hush(words) and reason and reason[0] in _REASON and x.role != "vraag":
            c.role, c.kind = "vraag", "gebiedend"
            an.__dict__.setdefault("hushed", set()).add(c.a)
            x.role, x.kind = "tekst", ""


def _hush(words: list[str]) -> bool:
    """'niet tegen Mees zeggen', 'zeg het ni tegen ma', 'niks vertellen aan papa' (at most 8 words)."""
    if len(words) > 8 or not (_NEG & set(words[:3]) and _TELL & set(words) and _TO & set(words)):
        return False
    return words[0] in _NEG or words[0] in _TELL
