"""A fact about a named person, said right before the ask, dropped: never sure (round 44, k44a).

'Lieve ouders, een verzoek voor de traktaties: Lotte heeft een notenallergie. Willen jullie bij traktaties géén noten
of pinda's gebruiken?' (h43a-042) came in sure without 'Lotte heeft een notenallergie': the ask is for Lotte, and
without the fact nobody knows why. reason_beside.py reads the same kind after the ask ('Hij heeft net de diagnose
dyslexie gekregen.'); this is the fact in front: the statement right before the ask's sentence (a sentence of its
own, or the part after a colon), opening with a name (a capital word that is no day, month or greeting) and a verb
of having or being ('Lotte heeft …', 'Sami is …', 'Noor krijgt …'), 3 to 14 words, of which the result shows fewer
than half. Then the result is not sure (code ``weg-naamfeit``); the offer is left to the engine.
"""

from __future__ import annotations

import re

from .checks import text_words
from .rests_on import mostly_dropped

CODE = "weg-naamfeit"
_UNITS = re.compile(r"[^.?!:\n]+[.?!:]*")
_FACT = re.compile(r"^(?:(?:en|maar|want)\s+)?(?i:onze\s+|ons\s+)?([A-ZÀ-Ý][a-zà-ÿ]{2,})\s+(?:heeft|had|is|was"
                   r"|krijgt|kreeg|mag|moet|kan|wordt|werd|zit|gaat|eet|slaapt|verdraagt|reageert|draagt|gebruikt)\b")
_NOT_NAME = re.compile(r"(?i)^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|vandaag|gisteren"
                       r"|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
                       r"|het|dat|dit|die|er|hij|zij|wie|wat|hier|daar|er|alles|niemand|iemand|iedereen|niks|niets"
                       r"|vanavond|vanmiddag|vanochtend|vannacht|volgende|deze|elke|iedere|alle|geen|mama|papa|oma|opa|mam|pap|meneer|mevrouw|juf|meester|dokter|school|werk|thuis|hoi|hallo|hey"
                       r"|beste|lieve|dag|nu|dan|ook|toch|misschien|hopelijk|gelukkig|helaas|natuurlijk|soms|vaak|echt|eigenlijk|gewoon|eten|feest|maar|want|ons|onze|mijn|zo|straks)$")
_MIN_WORDS, _MAX_WORDS = 3, 14
_INVERTED = re.compile(r"(?i)^\s+(?:er|ik|'k|je|jij|hij|ze|zij|we|wij|u|ge|gij|het|'t|die|dat|men|iemand|niemand)\b")
# what the person has: 'Lotte heeft een notenallergie', 'Jesse heeft sinds gisteren een gipsarm' (no participle at the end:
# 'Emma heeft zaterdag haar pols verstuikt' tells what happened, and the golds drop it, h25b-028)
_HAS = re.compile(r"(?i)^\S+\s+heeft\b.*\b(?:een|geen)\s+\S+(?:\s+\S+)?\s*$")
_PARTICIPLE = re.compile(r"(?i)\b(?:ge|ver|be|ont|her)\w+(?:d|t|en)\s*$")
_WRAP = re.compile(r"(?i)\b(?:vraag|vraagje|vraagske|vraagsken|verzoek|verzoekje|smeekbede)\b")


def fact(draft: str) -> str:
    """The named person's fact right before the draft's first question, or ""."""
    units = [m.group(0).strip() for m in _UNITS.finditer(draft)]
    first = next((k for k, u in enumerate(units) if u.endswith("?")), None)
    if not first:
        return ""
    said = units[first - 1].rstrip(".!: ")
    head, comma, tail = said.partition(",")
    if comma and len(text_words(head)) <= 3 and not _FACT.match(said):
        said = tail.strip()  # 'Hoi trainer, Daan heeft sinds maandag krukken.': the address in front goes
    m = _FACT.match(said)
    if m is None or _NOT_NAME.match(m.group(1)) or not _MIN_WORDS <= len(text_words(said)) <= _MAX_WORDS:
        return ""
    if _INVERTED.match(said[m.end():]):
        return ""  # 'Inmiddels zit er schimmel in de hoek.': an adverb in front, the subject after the verb
    if _WRAP.search(said):
        return ""  # 'Bomma heeft een vraagske.': the writer's lead-in to the ask, no fact (t18g-036)
    if _PRAISE.search(said[m.end():]):
        return ""  # 'Ruben is een schat hoor.': a compliment, nothing the ask rests on (round 44 review, k44r)
    return said


# a compliment, all there is after 'is': 'een schat (hoor)', 'echt een lieverd', 'zo lief', 'een topper'
_PRAISE = re.compile(r"(?i)^\s+(?:echt\s+|zo\s+|toch\s+|gewoon\s+|ook\s+|altijd\s+)*(?:een\s+|zo'n\s+|n\s+)?(?:echte\s+)?"
                     r"(?:schat|schatje|lieverd|lieverdje|topper|toppertje|held|kanjer|engel|dotje|snoepje|lief|schattig"
                     r"|top|geweldig|fantastisch)\b(?:\s+(?:hoor|he|hè|eh|zeg|joh|echt))*\s*[!.]*$")


def lost(draft: str, sentence: str) -> bool:
    """The draft says such a fact right before its question and the result shows fewer than half of it."""
    said = fact(draft)
    return bool(said) and mostly_dropped(text_words(said), set(text_words(sentence)))


def offer(draft: str, sentence: str, name: str, kept) -> tuple[str, str]:
    """The not-sure offer with what the person has put back in front (`kept`: state_before.kept), as the golds that
    keep it have it ('Lotte heeft een notenallergie. Willen jullie …?'); (sentence, the fact or "").

    Only a fact of one clause saying what the person has ('X heeft … een …'): one with 'en', 'maar' or a comma tells a
    story the golds drop ('Milan heeft morgen zijn schoolreisje, maar hij is vanavond erg misselijk geweest', be-075),
    and so do what happened or how they are ('Emma heeft zaterdag haar pols verstuikt', h25b-028; 'Lotte is sinds
    maandag ziek thuis met de griep', t6c-010); 'Mila heeft vannacht wat koorts gehad' (h25a-019, kept by its gold)
    is left out with them."""
    said = fact(draft)
    if not said or _MORE.search(said) or not _HAS.match(said) or _PARTICIPLE.search(said):
        return sentence, ""
    if not lost(draft, sentence) or "?" not in sentence:
        return sentence, ""
    return kept(sentence, name, said), said


_MORE = re.compile(r"(?i),|\b(?:en|maar|mar|mo|want|dus|omdat)\b")
