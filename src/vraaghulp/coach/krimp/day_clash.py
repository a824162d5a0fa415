"""A moment typed apart beside another day the ask already names (refs.place_moment).

'Kunt gij woensdagnamiddag op haar passen?' with 'zondag bij het eten' typed in the practice flow gave 'Kunt gij zondag
bij het eten woensdagnamiddag op haar passen?': two days nobody meant. The ask keeps its own and is not sure.
Round 42 review (k42r): 'deze avond', 'dezen namiddag', 'dadelijk', 'subiet' … are a day of the ask too ('Kun je morgen avond deze …').
Round 45 (k45a): an ask with a time of its own that is no day ('de volgende keer', 'voortaan', 'in maart', 'in de
zomer') takes no typed day either: 'kunt ge zondag na de mis in maart … komen helpen' and 'kun je zaterdag … de
volgende keer klaar hebben' say a moment nobody meant (the typed moment is when the writer will ask).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .assemble import plain
from .lexicon import lexicon

# A day as a word of its own ('zondag', 'woensdagnamiddag', 'morgen') or a date ('14 november', '3/6').
_ANY_DAY = re.compile(r"\b(?:vandaag|morgen|overmorgen|vanavond|vannacht|vanmiddag|vanochtend|vanmorgen"
                      r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*|\d{1,2}(?:e|ste|de)?\s+(?:jan|feb|maa|apr|mei|jun|jul|aug"
                      r"|sep|okt|nov|dec)\w*|\d{1,2}/\d{1,2}"
                      r"|(?:deze|dezen|deez|dees)\s+(?:avond|nacht|ochtend|morgen|middag|namiddag|voormiddag)"
                      r"|dadelijk|zodadelijk|onmiddellijk|ogenblikkelijk|subiet|sebiet|strakjes)\b")
_THIS = ("deze", "dezen", "deez", "dees")  # 'deze avond' (k42r): today's, one unit, never 'morgen avond deze'
# 'van zaterdag', 'voor maandag', 'tot zondag': a day inside a phrase, no moment of the ask
_PHRASE_BEFORE = frozenset({"van", "voor", "vóór", "tot", "na", "vanaf", "sinds", "tegen", "uiterlijk", "per",
                            "tussen", "rond", "over", "met", "t/m", "m", "dan", "dat"})


# A time of the ask that is no day: a month or season, or a rule for every time to come ('zoals altijd' is no time).
_OWN_TIME = re.compile(r"\b(?:de volgende keer|volgende keer|voortaan|vanaf nu|van nu af aan|in het vervolg|(?<!zoals )altijd"
                       r"|telkens|elke keer|iedere keer|in de toekomst|ooit|in (?:januari|februari|maart|april|mei"
                       r"|juni|juli|augustus|september|oktober|november|december|de zomer|de winter|de lente|het voorjaar"
                       r"|de herfst|het najaar|de vakantie|de zomervakantie|de kerstvakantie|de paasvakantie|de herfstvakantie"
                       r"|de krokusvakantie)|(?:deze|dit|komende|volgende|volgend|komend) (?:zomer|winter|lente|voorjaar|herfst"
                       r"|najaar|jaar|maand)|(?:komende|volgende|volgend|komend) (?:week|weekend)|(?:met|na|voor|rond|tijdens) (?:de )?(?:kerst|kerstmis|pasen|pinksteren"
                       r"|oud en nieuw|nieuwjaar|vakantie|zomervakantie|kerstvakantie|feestdagen))\b")
# The words of a moment the lexicon reads that make it a span longer than a day ('volgende maand', 'in het weekend').
_SPAN_WORDS = frozenset({"week", "weekend", "maand", "jaar", "kerst", "pasen", "vakantie", "zomervakantie", "kerstvakantie",
                         "herfstvakantie", "krokusvakantie", "paasvakantie", "voorjaarsvakantie", "meivakantie"})


def own_time(own: str, moment: str) -> bool:
    """The ask names a time of its own that is no day ('de volgende keer', 'voortaan', 'in maart', 'volgende maand',
    'met kerst') and a day or clock time is typed: side by side they say a moment nobody meant ('kun je zaterdag maand
    volgende …', round 45 review); the ask keeps its own and is not sure. Any moment the lexicon reads in the ask that
    spans more than a day counts, besides the phrases above."""
    if " ".join(fold(moment).split()) in " ".join(fold(own).split()):
        return False  # the typed moment is the ask's own ('in maart' typed and asked)
    return bool(_OWN_TIME.search(fold(own))) or _more_own(fold(own)) or _spans(own)  # a typed span too (k45r2)


# Spans of the ask the phrases above miss (round 45 second review, k45r2): 'kun je zaterdag over een maand …',
# 'maandag de komende weken', 'vrijdag tijdens je vakantie', 'zaterdag elk weekend' were sure.
_MORE_OWN = re.compile(r"\b(?:(?:tijdens|in) (?:je|jouw|mijn|onze|uw|de|hun|haar|zijn) \w*vakantie|(?:de )?komende (?:dagen|weken"
                       r"|maanden|jaren|tijd)|over (?:een|twee|drie|vier|vijf|zes|\d+|enkele|een paar) (?:dagen|weken|week|maand"
                       r"|maanden|jaar|jaren)|(?:na|voor) de (?:zomer|winter|lente|herfst|feestdagen|kerstdagen)|tijdens de \w+"
                       r"|(?:eind|einde|begin|half|midden) (?:van )?(?:de |het |deze |volgende )?(?:maand|week|jaar|zomer|\w+ber)"
                       r"|(?:elk|elke|ieder|iedere|alle) (?:weekend|weekends|week|weken|maand|jaar|zomer|winter)|in de weekends"
                       r"|later deze week|zomers|'s zomers|als ik (?:op vakantie|weg) ben|wanneer ik (?:op vakantie|weg) ben)\b")


def _more_own(folded: str) -> bool:
    """One of the spans above, not inside a phrase ('tot het einde van de maand' is a limit)."""
    for m in _MORE_OWN.finditer(folded):
        if not _inside(folded[:m.start()].split()):
            return True
    return False


def _inside(before: list[str]) -> bool:
    """The words before a moment put it inside a phrase ('van het weekend', 'tot (het) einde van de maand', k45r2)."""
    return bool(before) and (before[-1] in _PHRASE_BEFORE or before[-1] in ("het", "de") and len(before) > 1
                             and before[-2] in _PHRASE_BEFORE)


def _spans(text: str) -> bool:
    """A moment of the text spans more than a day; not one inside a phrase ('de afwas van het weekend') nor this week
    or weekend, which a typed day only narrows ('deze week' asked, 'donderdag' typed: the golds say 'donderdag')."""
    folded = plain(text)
    for m in lexicon().moment.finditer(folded):
        said, before = m.group(0), folded[:m.start()].split()
        if set(said.split()) & _SPAN_WORDS and not _inside(before) and not _THIS_SPAN.match(said):
            return True
    return False


_THIS_SPAN = re.compile(r"^(?:deze week|dit weekend|deze week nog|dit weekend nog)$")


def other_day(own: str, moment: str) -> bool:
    """The ask names a day of its own and the typed moment another ('Kunt gij woensdagnamiddag op haar passen?' with
    'zondag bij het eten' typed; 'meegaan naar de afspraak op 14 november' with 'zondag'): side by side they say two
    days nobody meant, so the ask keeps its own and is not sure. A day inside a phrase ('de verhuizing van
    zaterdag', 'tot zondag') is no moment of the ask; a typed week or hour is not a day."""
    if own_time(own, moment):
        return True  # 'in maart', 'de volgende keer' asked (round 45)
    typed = _ANY_DAY.search(fold(moment))
    if typed is None:
        return False
    folded = fold(own)
    for m in _ANY_DAY.finditer(folded):
        before = folded[:m.start()].split()
        said, put = m.group(0).split(), typed.group(0).split()
        if said[0] in _THIS or put[0] in _THIS:
            said, put = [" ".join(said)], [" ".join(put)]  # 'deze avond' and 'deze middag' are two moments
        if not (before and before[-1] in _PHRASE_BEFORE) and said[0] != put[0]:
            return True
    return False


# Round 46 (k46c): 'kun je volgende week woensdag …' with 'donderdag' typed came out sure as 'volgende week donderdag':
# the typed day took the place of the ask's own, and the week stayed beside it, a moment nobody meant (the typed day may
# be this week's). A day the ask ties to another week ('volgende week', 'over twee weken', 'de week erna', 'volgende
# woensdag') is no day the typed one can stand in for: the ask keeps its own and is not sure (refs._swap_day, other_day).
_WEEKDAY = r"(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*"
_SPAN = (r"(?:(?:volgende|volgend|komende|komend) (?:week|maand|jaar)|over (?:een|twee|drie|vier|vijf|zes|\d+) (?:week|weken"
         r"|maand|maanden|jaar)|de week (?:erna|daarna|daarop|nadien))")
# review of k46c (k46cr): 'weken?' never matched 'week' ('over een week woensdag' + 'vrijdag' typed came out sure as
# 'over een week vrijdag'); a year or a month is another week as well ('volgend jaar donderdag'), and 'vandaag over een
# week' is another day than today ('donderdag over een week' came out sure)
_OTHER_WEEK = re.compile(rf"\b(?:{_SPAN}|(?:volgende|volgend) (?={_WEEKDAY}))\s*(?:op\s+)?{_WEEKDAY}\b"
                         rf"|\b(?:{_WEEKDAY}|vandaag|morgen|overmorgen)\s+(?:van\s+)?{_SPAN}\b")


def other_week(own: str) -> bool:
    """The ask's day is tied to another week than this one ('volgende week woensdag', 'volgende dinsdag')."""
    return bool(_OTHER_WEEK.search(fold(own)))
