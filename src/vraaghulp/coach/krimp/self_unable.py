"""What the writer cannot do themself, said right after the ask: never dropped while sure (round 38, k38a).

'Zoudt ge me morgen nie kunnen voeren naar 't ziekenhuis in Brugge …? Ik mag nie zelf rijden achteraf met die
druppels.' (p37-017), 'Kun je donderdag met me mee naar de huisarts? Ik durf niet alleen.', '… de kerstboom naar de
milieustraat brengen? Ik kan niet meer tillen met mijn rug.': the reader learns why they are asked and not the writer.
meant_after.py lets the writer's own situation after the ask go ('daar kom ik niet bij'), as the golds mostly drop
it; this narrower kind they mostly keep. Counted over the tuning part (round 38): the sentence right after the
draft's question, 3 to 14 words, the writer ('ik', ''k') who may not, cannot, dare not or does not manage ('mag',
'kan', 'durf', 'geraak' with a negation) and says it is about doing it themself, alone or driving ('zelf', 'alleen',
'rijden', 'auto'): the golds all keep it in 15 drafts, split in 21, all drop it in 4. So a sure result never drops
it (code ``weg-zelf``: 3 results were sure without it, p37-017 wrong). The not-sure offer puts it back after the
question, as the golds that keep it have it, only where the writer may not drive and asks a ride ('Ik mag zelf niet
rijden na de druppels.' after '… kun je me brengen?': of the 13 such drafts the golds keep it in all or some in 12);
put back everywhere it cost as much as it won (3 results became acceptable, 3 stopped being: 'Ik durf het haar zelf
niet te vragen', the writer's nerves about asking, and 'ik mag nog nie rijden' beside an errand).
"""

from __future__ import annotations

import re

from .checks import text_words
from .rests_on import mostly_dropped

CODE = "weg-zelf"
_SENTENCES = re.compile(r"[^.?!\n]+[.?!]*")
_UNABLE = re.compile(
    r"(?i)^(?:(?:en|want|maar|mo|mor)\s+)?(?:ik|'k|k)\s+(?:mag|mocht|kan|kon|kun|durf|durfde|geraak)\b"
    r"(?=.*\b(?:niet|nie|ni|geen)\b)(?=.*\b(?:zelf|alleen|eentje|rijden|rijen|autorijden|auto)\b)")
# round 44 (k44a): what the writer's body no longer lets them do ("'k Kan ni goe stappen met mijn knie.", h43b-003 sure
# without it): over the corpus the golds all keep it in 7 drafts, split in 4 and drop it in 2; the engine dropped it
# while sure only there. Never dropped while sure; put back after the question when it names the body part.
_BODY = re.compile(
    r"(?i)^(?:(?:en|want|maar|mo|mor)\s+)?(?:ik|'k|k)\s+(?:kan|kon|kun|geraak|mag)\b(?=.*\b(?:niet|nie|ni|geen|moeilijk"
    r"|slecht)\b)(?=.*\b(?:knie|knieën|rug|heup|arm|been|benen|voet|schouder|pols|enkel|nek|stappen|lopen|tillen|bukken"
    r"|trap|traplopen|buiten)\b)")
_PART = re.compile(r"(?i)\b(?:mijn|m'n|mn|mijne|mun)\s+(?:knie|knieën|rug|heup|arm|been|benen|voet|schouder|pols|nek)\b")
_MIN_WORDS, _MAX_WORDS = 3, 14
_DRIVE = re.compile(r"(?i)\b(?:rijden|rijen|autorijden|auto)\b")
_RIDE = re.compile(r"(?i)\b(?:me|mij)\b.*\b(?:brengen|brenge|voeren|halen|ophalen|oppikken|rijden|afzetten)\b")


def after_ask(draft: str) -> str:
    """The sentence right after the draft's first question, when it is a statement of 3 to 14 words, or "" (also
    self_away's)."""
    parts = [m.group(0).strip() for m in _SENTENCES.finditer(draft)]
    first = next((k for k, p in enumerate(parts) if p.endswith("?")), None)
    if first is None or first + 1 >= len(parts):
        return ""
    said = parts[first + 1]
    if said.endswith("?") or not _MIN_WORDS <= len(text_words(said)) <= _MAX_WORDS:
        return ""
    return said


def piece(draft: str) -> str:
    """The sentence right after the draft's first question that says the writer cannot do it themself, or ""."""
    said = after_ask(draft)
    return said if said and (_UNABLE.match(said) or _BODY.match(said)) else ""


def lost(draft: str, sentence: str) -> bool:
    """The draft says so right after its question and the result shows fewer than half of its content words."""
    said = piece(draft)
    return bool(said) and mostly_dropped(text_words(said), set(text_words(sentence)))


def offer(draft: str, sentence: str) -> str:
    """The not-sure offer with the sentence put back after its question ('… om tien uur? Ik mag nie zelf rijden
    achteraf met die druppels.'), when it says the writer may not drive, the question asks a ride and it is the
    offer's one question with nothing after it."""
    if not sentence.endswith("?") or sentence.count("?") != 1 or not lost(draft, sentence):
        return sentence
    said = piece(draft).rstrip(" ,;:.!")
    if not (_DRIVE.search(said) and _RIDE.search(sentence)) and not (_BODY.match(said) and _PART.search(said)):
        return sentence
    said = re.sub(r"(?i)^(?:en|want|maar|mo|mor)\s+", "", said)
    return f"{sentence} {said[:1].upper()}{said[1:]}."
