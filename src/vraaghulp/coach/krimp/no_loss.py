"""Parts that go while they hold a moment, and whose moment is no loss (vouch.py ``weg-moment``).

A moment in a part that goes usually says when the request is meant for. These parts say something
else with theirs, and their moment may go with them:

- an apology, burden talk or an escape hatch ('Sorry dat ik het nu pas vraag', 'ik weet dat je
  morgen jarig bent', 'ge moet ni direct antwoorden'): the moment is about the asking, not about
  what is asked. An escape hatch that makes its moment a condition ('als het lukt voor vrijdag')
  stays a doubt (guard.hatch_with_moment, the wrap branch of dropped.dropped_content), and so does one
  that offers another moment ('het mag ook volgende week zijn', 'kan volgende week ook');
- a date of birth ('geboren 14-03-1951', 'geb. 2-9-1954', 'Mijn geboortedatum is …');
- a promise to pay or give back, or to make up the time ('Ik betaal het op de 28e terug', 'Zaterdag
  krijg je hem terug', 'Ik werk het maandag in'): what the writer will do after, not when to help.
  Not 'ik heb hem zaterdag terug nodig': that is when the request is for.
"""

from __future__ import annotations

# Wrapper kinds whose words are about the asking itself (lexicon.WRAP_KINDS without 'aanloop':
# a preamble can lead straight into the request, 'ik wil je vragen of je morgen …').
_ABOUT_ASKING = frozenset({"excuus", "last", "uitweg", "angst", "oordeel"})
_ALTERNATIVE = frozenset({"ook", "anders", "later", "liever", "eventueel", "desnoods"})
_BIRTH = frozenset({"geboren", "geb", "geboortedatum"})
_GIVE_BACK = frozenset({"betaal", "betalen", "stort", "storten", "geef", "geven", "krijg", "krijgt", "breng", "brengen"})
_MAKE_UP = frozenset({"werk", "werken", "haal", "halen"})
_NEED = frozenset({"nodig", "moet", "moeten", "wil", "pas", "zonder"})


def moment_no_loss(an, c, words: list[str]) -> bool:
    """The moment in this part that goes is not one the request needs (see the module text)."""
    if c.role == "wrap" and c.kind in _ABOUT_ASKING:
        return c.kind != "uitweg" or not _ALTERNATIVE & set(words)  # 'het mag ook volgende week': another when
    if _BIRTH & set(words):
        return True
    return _gives_back(words) or _makes_up(words)


def _gives_back(words: list[str]) -> bool:
    """'Ik betaal je meteen terug', 'Zaterdag krijg je hem terug', 'k geef het vrijdag terug'."""
    if "terug" not in words or _NEED & set(words):
        return False
    giver = bool({"ik", "'k", "k"} & set(words)) and bool({"betaal", "stort", "geef", "breng"} & set(words))
    taker = any(w in ("krijg", "krijgt") and nxt in ("je", "jij", "u", "ge", "gij") for w, nxt in zip(words, words[1:]))
    return (giver or taker) and bool(_GIVE_BACK & set(words))


def _makes_up(words: list[str]) -> bool:
    """'Ik werk het maandag in', 'ik haal de uren zaterdag in': the time made up later."""
    return words[-1:] == ["in"] and bool({"ik", "'k", "k"} & set(words[:2])) and bool(_MAKE_UP & set(words[:3]))
