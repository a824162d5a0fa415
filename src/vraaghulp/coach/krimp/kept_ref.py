"""'Ha Piet, de lamp in de gang doet het niet meer. Ik durf niet op de ladder. Kun je hem zaterdag
vervangen?': the honest sentence kept right before the request is not always what 'hem' points at.
When it names no free thing the pronoun may stand for (only one after a preposition: 'op de ladder'),
and the plain sentence before it does ('de lamp in de gang'), that sentence stays as context; had it
gone, 'hem' would point at nothing (or at the ladder)."""

from __future__ import annotations


def earlier_thing(an, main, every: list, candidates, agrees, after_preposition, pronoun: str) -> list:
    """The dropped plain clauses, in the sentence before the kept ones, that name what the object
    pronoun stands for; [] when the kept clauses name a free candidate themselves, or there is none."""
    if not pronoun or any(agrees(an, pronoun, p) and not after_preposition(an, p)
                          for p in candidates(an, every, person=False)):
        return []
    sent = min(c.sent for c in every) - 1
    earlier = [c for c in an.clauses if c.sent == sent and c.role in ("tekst", "voorwaarde") and c.b <= main[0].a]
    return [c for c in earlier if any(agrees(an, pronoun, p) and not after_preposition(an, p)
                                      for p in candidates(an, [c], person=False))]
