"""Round 58 (lead): four more everyday shapes of the ordinary ask (`ordinary_ask.MISREADINGS`).

The krimp corpus's ordinary asks still got the full panel from a word in its everyday sense: a back-up that 'er staat
gepland' (the verb before the subject), 'ik zou met de bus gaan maar het is zo ver' (far, not 'zover'), 'sorry dat ik
zo stil ben geweest' (an apology for being out of touch, not a farewell) and 'het overlijden van die patiënt' (someone
else's death) beside 'als het niet past, is het ook niet erg'. Each shape is a (name, concepts, pattern, guard) the
way `Misreading` takes them; `ordinary_ask` only lowers a message to the gentle line, never to nothing, and never when it
names a death, a means, a dangerous place of the writer or a farewell (`_GRAVE`). The dangerous twins in the same
words keep the panel: tests/corpus/crisis/eigen71-lead58.toml.
"""

from __future__ import annotations

_NOUN = r"(?!(?:einde|eind|dood|laatste|moment|afscheid|vertrek|exit|plan|datum|dag|sprong|alles|het|niks|niets)\b)"
_TRAVEL = (r"(?:bus|trein|tram|metro|fiets|fietsen|auto|wagen|te voet|lopen|stappen|wandelen|rijden|rit|km|"
           r"kilometer\w*|minuten rijden|uur rijden)")
_FAR = r"(?:het|dat|dit) is (?:zo|te|veel te|echt te|nogal|best|wel|erg|toch) ver\b(?! (?:weg )?(?:gekomen|gegaan)\b)"
_SORRY = r"(?:sorry|excuus|excuses|excuseer|spijt (?:me|mij)) (?:dat|als) (?:ik|k)"
_OUT_OF_TOUCH = (r"(?:stil|afwezig|laat|traag|kortaf|weinig|ghost|ghoste|geghost|offline|druk)\b"
                 r"(?! (?:\w+ ){0,3}?(?:voor altijd|blijf|blijven|zal zijn|ben ik weg)\b)")

# words of the real lines in the same shape (an ending, an arrangement, 'niet meer'): anywhere in the message, the
# panel stays
_ENDING = (r"\b(?:klaar met|klaar mee|stop ik|ik stop|ermee stoppen|genoeg geweest|niet meer|nie meer|ni meer|"
           r"nooit meer|geen zin|weggegeven|gegeven aan|geregeld|afscheid|voor altijd|achterna|"
           r"laatste (?:bericht|keer|brief|dag|woorden|groet)|bij (?:hem|haar) zijn)\b")

SHAPES: tuple[tuple[str, frozenset[str], str, str | None], ...] = (
    # 'er staat een back-up gepland', 'morgen staat er een klantgesprek gepland': a thing on the schedule
    ("er staat gepland", frozenset(("plan",)),
     rf"\b(?:er (?:staat|stond|staan|stonden)|(?:staat|stond|staan|stonden) er) (?:\w+ ){{0,2}}?"
     rf"(?:een|de|het|twee|drie|nog een|ook een) {_NOUN}(?:[\w-]+ ){{1,5}}?gepland\b", None),
    # 'ik zou met de bus gaan maar het is zo ver': far away on the way there
    ("te ver", frozenset(("plan",)),
     rf"\b{_TRAVEL}\b(?: [\w,]+){{0,8}}? {_FAR}|\b{_FAR}(?: [\w,]+){{0,4}}? (?:met|voor|om|te) (?:de |het |mijn )?"
     rf"{_TRAVEL}\b", None),
    # 'sorry dat ik zo stil ben geweest', 'sorry dat ik zo ghost': an apology for being out of touch
    ("sorry voor de stilte", frozenset(("afscheid",)),
     rf"\b{_SORRY} (?:zo |zolang |zo lang |nu pas |pas nu |wat |een beetje |de laatste tijd )*{_OUT_OF_TOUCH}", _ENDING),
    # 'sinds het overlijden van die patiënt', 'na het overlijden van mijn schoonvader': someone else's death
    ("overlijden van een ander", frozenset(("einde-lijf",)),
     r"\b(?:het|een) (?:plotse |plotselinge |onverwachte )?overlijden van (?:die|de|een|mijn|onze|ons|zijn|haar|hun|"
     r"jouw|je|uw) (?!(?:eigen|zelf)\b)\w+", _ENDING),
)
