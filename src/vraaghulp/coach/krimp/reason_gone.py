"""The writer's own work as the reason, beside an ask that holds its own moment, goes (round 35, k35f).

Run in the last tidy, on the finished sentence, after `zeker` is decided. One sentence right after the ask, or right
before it (after the name), that only says the writer is at work then — 'Ik moet werken.', "'k Moe tot vuuf uur
werken.", 'Ik moet werken tot half zes.', 'Ik heb vanavond een late dienst.', 'Ik moet tot laat werken.' — explains
why the writer cannot do it; the helper does not need it when the ask already says when (the golds drop it:
h25b-004, h27b-005, h25b-044, t10k-002). It goes, struck through and named as background.

It stays when it adds what the ask lacks: a day the ask does not name ('Kun jij Daan ophalen? Ik moet dinsdag
werken.'), a start time or place ('ik moet om 7u werken in Antwerpen'), anything more than the work ('… en ze zijn
om drie uur uit', '… en mijn man is in het buitenland': not this module's), or when the ask is about work or a shift
itself (swap terms, 'mag ik thuis werken'), or asks leave ('mag ik', 'kan ik'). When unsure, it stays.
"""

from __future__ import annotations

import re

_ME = r"(?:(?:ik|'k|k|ich)\s+|k)"  # 'kmoet', 'kheb' in chat
_MUST = r"(?:moet|moe|mot|moet'|moeten)"
_DAY = (r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:voormiddag|namiddag|middag|avond|morgen|"
        r"ochtend|nacht)?|vandaag|vandoage|vandoag|vandaog|vandage|vanoavond|vanaovend|morgen|morgn|morge|morgenvroeg|"
        r"overmorgen|vanavond|vannacht|vanmiddag|vanmorgen|dit\s+weekend")
_CLOCK = r"(?:\d{1,2}(?:[.:u]\d{2})?(?:\s*u(?:ur)?)?|half\s+\w+|kwart\s+(?:voor|over)\s+\w+|(?:een|twee|drie|vier|vijf|vuuf|" \
         r"zes|zeven|acht|negen|tien|elf|twaalf)(?:\s+uur)?)"
# words that may stand beside the work: when (the day the ask names too, the writer's own hours 'tot …'), 'zelf', 'dan'
_WHEN = (r"zelf|dan|ook|helaas|echt|nog|die\s+dag|die\s+(?:voormiddag|namiddag|avond|ochtend|morgen)|spijtig\s+genoeg|"
         r"de\s+hele\s+dag|heel\s+de\s+dag|jammer\s+genoeg|vroeg|laat|lang|langer|heel\s+lang|onverwacht|tot\s+laat|" + _DAY)
_FILL = r"(?:\s+(?:" + _WHEN + r"|tot\s+" + _CLOCK + r"|van\s+" + _CLOCK + r"\s+tot\s+" + _CLOCK + r"))*"
# 'ik werk tot 17u', 'ik zit tot tien uur op mijn werk' say when the writer is free again (k16e-003, t27a-005 keep
# it): without 'moet' only the hours-free forms go ('ik werk tot laat', 'ik zit de hele dag op mijn werk')
_FILL_FREE = r"(?:\s+(?:" + _WHEN + r"))*"
_WORK = r"(?:werken|werke|werk'n|werkn|warken|wärke|overwerken|gaan\s+werken)"
# the other one who could have done it is out too: '… en mijn vrouw ligt in 't ziekenhuis', '… en mijn man is in het
# buitenland' (h19-006, h27b-005 drop it); not '… en mijn moeder weet nog niet of ze kan' (a condition, t10k-058)
_OTHER_OUT = (r"(?:\s+en\s+(?:mijn|m'n|mn|me|men|onze|ons)\s+(?:vrouw|man|moeder|ma|mama|moeke|vader|pa|papa|partner|lief|"
              r"schoonmoeder|schoonma)\s+(?:kan\s+(?:niet|ni|nie)(?:\s+(?:ook|mee))?|is\s+(?:in\s+het\s+buitenland|op\s+reis|weg|"
              r"er\s+(?:niet|ni|nie))|ligt\s+in\s+(?:het|'t)\s+ziekenhuis|werkt\s+ook|moet\s+ook\s+werken))?")
_SHIFT = r"(?:(?:een|ne|nen|'n)\s+)?(?:(?:late|vroege|lange|nacht|avond|dag)\s*)?(?:dienst|shift)|(?:nacht|avond|dag|laat|vroeg)dienst"
_REASON = re.compile(
    r"(?i)^" + _ME + r"(?:" + _MUST + _FILL + r"\s+" + _WORK + _FILL + _OTHER_OUT +
    r"|(?:heb|hem|ben|zit)" + _FILL_FREE + r"\s+(?:" + _SHIFT + r")" + _FILL_FREE +
    r"|(?:ben|zit|sta)" + _FILL_FREE + r"\s+(?:aan\s+(?:het|'t)\s+werk|op\s+(?:mijn|m'n|mn|me|men|het|'t)\s+werk)" +
    _FILL_FREE +
    r"|werk" + _FILL_FREE + r")\s*[.!]*\s*[^\w\s]*\s*$")
_ASK_DAY = re.compile(r"(?i)(?<![\w'])(?:" + _DAY + r"|na\s+school|straks|nu|deze\s+week|\d{1,2}[.:u]\d{2}|\d{1,2}\s*u(?:ur)?|"
                      r"om\s+\d{1,2}|\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                      r"november|december))(?![\w'])")
_DAYS = re.compile(r"(?i)(?<![\w'])(" + _DAY + r")(?![\w'])")
# the ask is about work itself (terms of a swap, working from home) or asks leave: the writer's shift may be needed
_ABOUT_WORK = re.compile(r"(?i)(?<![\w'])(?:\w*werk\w*|\w*dienst\w*|shift\w*|ruil\w*|wissel\w*|overnemen|overpakken|"
                         r"rooster|planning|vrij|verlof)(?![\w'])|^(?:[^,?]*,\s*)?(?:mag|kan|kon|mocht|zou)\s+(?:ik|'k|k)\b"
                         # a limit on the moment: the work says why ('niet vóór 10 uur? Ik werk dan nog.', round 13a)
                         r"|(?<![\w'])(?:niet|ni|nie|niej)\s+(?:vóór|voor|na|eerder|vroeger)(?![\w'])|(?<![\w'])pas\s")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")
_VOCATIVE = re.compile(r"^((?:[A-ZÀ-Ý][\w'-]*\s+){0,2}[A-ZÀ-Ý][\w'-]*,\s+)")


def is_reason(part: str, ask: str) -> bool:
    """The part only says the writer is at work then, and the ask names its own moment, every day the part names,
    and is no ask about work or for leave."""
    if not _REASON.match(part.strip()) or not _ASK_DAY.search(ask) or _ABOUT_WORK.search(ask):
        return False
    asked = {" ".join(d.lower().split()) for d in _DAYS.findall(ask)}
    return all(" ".join(d.lower().split()) in asked for d in _DAYS.findall(part))


def _bare(part: str) -> str:
    """The words to strike: the part without its closing marks and emoji."""
    return re.sub(r"[\s.!]*[^\w\s']*\s*$", "", part.strip())


def glued(text: str, part: str) -> bool:
    """The writer tied the part to the words before it with a comma or no mark at all ('de groene bak buitenzetten,
    ik ben dan op mijn werk', the practice flow's note, t19c-071): their own one sentence; it stays."""
    words = re.findall(r"[\w']+", part)
    if not words:
        return False
    m = re.search(r"(?i)(?<![\w'])" + r"\W+".join(map(re.escape, words)), text)
    before = text[: m.start()].rstrip() if m else ""
    if not before or before[-1] in ".?!:;":
        return False
    opening = re.split(r"[.?!\n]", before)[-1]  # 'Gerard,' or 'Hallo Sofie,' before it is the address, not a clause
    return not (before.endswith(",") and len(re.findall(r"[\w']+", opening)) <= 3)


def gone(sentence: str, text: str = "") -> tuple[str, list[str]]:
    """(the sentence without the work reason beside its ask, [the words gone]); text: the draft, where a reason glued
    to the words before it stays."""
    parts = _SENTENCES.split(sentence.strip())
    m = _VOCATIVE.match(parts[0]) if parts else None
    voc = m.group(1) if m else ""
    asks = [k for k, p in enumerate(parts) if p.rstrip().endswith("?")]
    if len(asks) != 1:
        return sentence, []
    q = asks[0]
    said = [m.group(0).lower() for m in _ASK_DAY.finditer(parts[q])]
    if text and not any(w in text.lower() for w in said):
        return sentence, []  # the moment was typed apart (the practice flow): 'Ik ben dan op mijn werk' says when
    if q + 1 < len(parts) and is_reason(parts[q + 1], parts[q]) and not glued(text, parts[q + 1]):
        return " ".join(parts[: q + 1] + parts[q + 2:]), [_bare(parts[q + 1])]
    if q == 1 and is_reason(parts[0][len(voc):], parts[1]) and not glued(text, parts[0][len(voc):]):
        body = parts[1]
        body = body[:1].lower() + body[1:] if voc and not body.startswith(("I ", "'")) else body
        return voc + " ".join([body] + parts[2:]), [_bare(parts[0][len(voc):])]
    return sentence, []


def unnamed(found: list, words: list[str]) -> None:
    """Take out of `found` (in place) an honest-state finding that quotes a work reason now gone ("'k moe tot vuuf
    uur werken" read as 'moe', tired): it no longer stays, so it is not praised as staying."""
    low = {" ".join(w.lower().split()) for w in words}
    found[:] = [x for x in found if not (x[1].kind == "staat" and " ".join((x[1].text or "").lower().split()) in low)]
