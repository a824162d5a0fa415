"""A bare polite 'niet' before a service asked for the writer is sure politeness (round 31, k31b).

Round 23 took the 'niet' out of 'zoudt ge mij ni naar de oogarts kunnen voeren' (polite_not.bare_polite_not) but
never vouched for it (`beleefd-niet-twijfel`), since 'zou je me niet bij mijn bijnaam willen noemen' does ask
something away. Over the tuning corpus the code alone withheld only acceptable results, and all of them asked a
service for the writer: to bring, drive, fetch, send, lend, help ('zou je me niet naar de bouwmarkt kunnen rijden',
'zou u mij niet de formulieren kunnen toesturen'). No one asks 'wouldn't you drive me' to mean 'do not drive me'.
So when the request's verb is such a service, the doubt is dropped; a 'niet' before any other verb (noemen, bellen,
zeggen, vertellen, storen, doen …) keeps it.
"""

from __future__ import annotations

# Bringing, driving, fetching, sending, lending, helping, looking after, mending: what one does FOR someone.
SERVICE = frozenset({
    "brengen", "meebrengen", "terugbrengen", "binnenbrengen", "voeren", "rijden", "halen", "ophalen", "afhalen",
    "oppikken", "oprapen", "afzetten", "meenemen", "kopen", "sturen", "toesturen", "opsturen", "doorsturen", "mailen",
    "bezorgen", "geven", "meegeven", "doorgeven", "lenen", "uitlenen", "helpen", "oppassen", "passen", "opvangen",
    "nakijken", "bekijken", "maken", "repareren", "herstellen", "printen", "afdrukken", "klaarleggen", "klaarzetten",
    "regelen", "vervoeren", "begeleiden", "vergezellen", "meegaan", "uitlaten", "voederen", "voeden",
})


def is_service(req) -> bool:
    """The request's verb (its last word that is an infinitive of a service) is something done for the writer."""
    return any(p.word in SERVICE for p in req.pieces)
