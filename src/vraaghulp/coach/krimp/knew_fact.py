"""What the writer knows of the reader's own trip, said before the ask it carries, stays (round 53, k53a).

'Ik weet dat je morgen naar Gent rijdt, kun je me meenemen?' lost 'morgen naar Gent' while sure: the old leave-out
'ik weet dat [je|…] *' (content/nl/krimp.toml, burden talk: 'ik weet dat je het druk hebt') took a fact the ask needs,
for 'meenemen' says neither where nor when. Counted on the outside files (tools/krimp_clause_keep.py, README "Round 53
(k53a)"): the golds drop 'ik weet dat je/ge …' in nearly every draft (burden, the reader's schedule: 'ik weet dat je
morgen vroeg moet werken', 'ik weet da ge ver woont'); none of those holds both a moment and a place the reader goes
to. So only that shape comes back: the clause right before the ask (a comma between, or 'maar' after it), naming a
place the reader goes to or is at ('naar Gent', 'in Hasselt', 'naar den Ikea') and a moment — or, with an ask to bring
or go along ('meenemen'), the place alone —, no word of burden, and a result that shows neither that place nor that
moment. It is put back as typed in front of the question, after the
name; the result is not sure (`CODE`): a leave-out was overruled, the reader looks.
"""

from __future__ import annotations

import re

from .checks import lower_words

CODE = "weg-weet"
_KNOWN = re.compile(r"(?i)(?<![\w'])((?:ik|'k|k)\s+weet\s+(?:dat|da)\s+(?:je|jij|ge|gij|u)\s+([^,.;:!?\n]{4,80}?))"
                    r"\s*,\s*(?:maar\s+|mo\s+|mar\s+)?(?=\S)")
_MOMENT = re.compile(r"(?i)\b(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*|morgen|overmorgen|vanavond|vanmiddag"
                     r"|vannamiddag|straks|volgende\s+week|dit\s+weekend)\b")
_PLACE = re.compile(r"(?i)\b(?:naar|in)\s+((?:den\s+|de\s+|het\s+|'t\s+)?[^\W\d_][\w'-]{2,})")
# an ask to go along or bring along ('meenemen', 'meebrengen', 'meerijden'): the place alone carries it
_ALONG = re.compile(r"(?i)\bmee(?:nemen|brengen|rijden|gaan|komen|pakken)\b")
# burden, the reader's load or schedule: the golds drop these
_BURDEN = re.compile(r"(?i)\b(?:druk|vol|veel|genoeg|zorgen|moe|hoofd|werken|werk|lastig|vroeg|laat|liever|graag"
                     r"|ziek|examen\w*|blok|stage|vakantie)\b")


def _found(draft: str) -> tuple[str, str, str] | None:
    """(the clause as typed, its moment, its place) for the one 'ik weet dat je …' clause of that shape."""
    hits = [m for m in _KNOWN.finditer(draft)]
    if len(hits) != 1:
        return None
    said, body = hits[0].group(1), hits[0].group(2)
    moment, place = _MOMENT.search(body), _PLACE.search(body)
    if place is None or _BURDEN.search(body) or moment is None and not _ALONG.search(draft[hits[0].end():]):
        return None
    return said.strip(), moment.group(0) if moment else "", place.group(1)


def kept(out, draft: str, sentence: str, sure: bool) -> tuple[str, str, bool]:
    """(the result with the clause in front of its question, the clause put back or "", sure)."""
    if out.crisis:
        return sentence, "", sure
    found = _found(draft)
    if found is None:
        return sentence, "", sure
    said, moment, place = found
    shown = set(lower_words(sentence))
    if set(lower_words(place)) <= shown or moment and set(lower_words(moment)) <= shown:
        return sentence, "", sure
    name = getattr(out, "name", "") or ""
    lead = f"{name}, " if name and sentence.startswith(name + ", ") else ""
    rest = sentence[len(lead):]
    own = said if lead or said[:1].isupper() else said[:1].upper() + said[1:]
    if lead:
        own = own[:1].lower() + own[1:]
    if sure:
        out.problems.append(CODE)
    return f"{lead}{own}, {rest[:1].lower()}{rest[1:]}", said, False
