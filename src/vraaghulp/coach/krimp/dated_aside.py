"""A date that belongs to a letter or to a change in the sentence before the ask is not the ask's moment (round 30,
k30d).

Long formal drafts say when something they refer to happened or changed: 'Volgens uw brief van 2 december worden er
maar negen vergoed', 'Mijn voorschot is per 1 november verhoogd', 'uw mail van dinsdag', 'de factuur van 3 maart'.
The ask had no time of its own, and the engine pulled the date in ('Wilt u 2 december nagaan of …?', 'Wilt u 1
november mijn voorschot verlagen?'), which changes what is asked. A moment right after 'per', or after 'van' that
follows a noun for a letter, message, bill or decision (or any noun after 'uw', 'mijn', 'jullie', 'je': 'uw brief van
…', 'mijn afspraak van …' is the appointment, not the time of the ask), stays where it is.
"""

from __future__ import annotations

_PAPER = frozenset({
    "brief", "brieven", "mail", "e-mail", "email", "mailtje", "bericht", "berichtje", "factuur", "rekening",
    "aanslag", "beschikking", "afrekening", "jaarafrekening", "besluit", "beslissing", "schrijven", "aanmaning",
    "herinnering", "offerte", "polis", "contract", "overeenkomst", "uitspraak", "verklaring", "aanvraag",
    "melding", "klacht", "bestelling", "order", "betaling", "overschrijving", "sms", "telefoontje", "gesprek",
})
_OWNER = frozenset({"uw", "mijn", "m'n", "jullie", "je", "jouw", "onze", "ons"})


def bound(d, i0: int) -> bool:
    """The moment at token i0 ('per 1 november', 'van 2 december' after 'uw brief') dates a thing of its own."""
    first = d.word(i0)
    at = i0 if first in ("per", "van") else i0 - 1
    if at < 0 or not d.is_word(at):
        return False
    link = d.word(at)
    if link == "per":
        return True
    if link != "van" or at < 1 or not d.is_word(at - 1):
        return False
    noun = d.word(at - 1)
    return noun in _PAPER or (at >= 2 and d.is_word(at - 2) and d.word(at - 2) in _OWNER and noun.isalpha())
