"""A pointer at several days or weeks, filled in with the stretch the draft named before the ask (round 55, k55b).

'Wij zijn volgende week van maandag tot en met donderdag in Drenthe bij mijn schoonzus. … zou jij in die dagen de
planten water willen geven?', 'ik moet volgende week dinsdag t/m donderdag naar een cursus in Apeldoorn. Zouden wij
… jullie Polo mogen lenen die dagen?', 'ik denk dat het voor Daan beter is als hij de eerste twee weken van augustus
bij jou is … Kun je die twee weken vrij vragen bij je werk?': the offer cut the sentence with the stretch and kept the
pointer, days nobody can read any more. Every outside gold names the stretch in the ask ('volgende week van maandag
tot en met donderdag', 'de eerste twee weken van augustus'). day_pointer.py fills in 'die dag' and 'in die periode';
this reads 'die dagen', 'in die dagen', 'die twee weken', 'die week', 'dat weekend'.

Only on the offered sentence, when it no longer says the stretch: exactly one stretch said before the ask (in its
sentence or the two before it) — moments joined by 'tot', 't/m', 'tot en met' or 'en' ('donderdag en vrijdag'),
with the moment right in front ('volgende week van maandag …'), or 'de eerste twee weken van augustus' for 'die twee
weken' — goes in the pointer's place; the engine adds no word of its own. Two stretches, or none: unchanged.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .span_from import widened

ON = True
_POINTER = re.compile(r"(?i)\b(?:(?:in|op|tijdens|gedurende) )?(?:die (?:(twee|drie|vier|vijf|paar) )?"
                      r"(dagen|weken|week)|(dat) (weekend))\b")
_MONTHS = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_WEEKS = re.compile(rf"(?i)\b(?:de )?(?:eerste|laatste|komende|volgende) (twee|drie|vier|vijf) weken"
                    rf"(?: (?:van|in) (?:{_MONTHS}))?")
# A closed stretch ('van 12 t/m 26 juli', 'tot en met 28 juli') right before a pointer at it: never 'vanaf 1 juli in
# die tijd' (the pointer holds how long).
_TWICE = re.compile(r"(?i)\b(?:tot|t/m|tm|tem|tot en met) (?:\w+ )?(?:\d{1,2} )?\w+( (?:in|tijdens|gedurende) "
                    r"(?:die|deze) (?:periode|tijd|weken|dagen))\b")
_JOINS = (("tot", "en", "met"), ("t", "/", "m"), ("tm",), ("tem",), ("tot",), ("en",), ("-",))


def filled(an, sentence: str) -> str:
    """The offered sentence with its pointer at several days replaced by the stretch said before the ask."""
    if not ON or an is None or not getattr(an, "main", None):
        return sentence
    twice = _TWICE.search(sentence)
    if twice:  # 'van 14 tot en met 28 juli in die periode': the stretch pulled in, its pointer said it again
        return sentence[:twice.start(1)] + sentence[twice.end(1):]
    m = _POINTER.search(sentence)
    if m is None:
        return sentence
    count, noun = m.group(1), (m.group(2) or m.group(4) or "").lower()
    stretch = _weeks_before(an, count) if count and noun == "weken" else _stretch_before(an, noun)
    if not stretch or _said(stretch, sentence[:m.start()] + sentence[m.end():]):
        return sentence
    if m.start() > 0 and sentence[m.start() - 1] == " ":
        stretch = stretch[0].lower() + stretch[1:]
    return sentence[:m.start()] + stretch + sentence[m.end():]


def _said(stretch: str, sentence: str) -> bool:
    """The offer names (part of) the stretch already: its days or dates stand in it."""
    words = [w for w in re.findall(r"[\w/]+", fold(stretch)) if w not in ("van", "tot", "en", "met", "t/m", "tm", "de",
                                                                           "week", "volgende", "komende", "deze")]
    folded = fold(sentence)
    return any(re.search(rf"\b{re.escape(w)}\b", folded) for w in words)


def _window(an) -> tuple[int, int]:
    d = an.d
    head = an.main[0]
    return d.sentences[max(0, head.sent - 2)][0], head.a


def _stretch_before(an, noun: str) -> str:
    """The one stretch of days before the ask ('volgende week van maandag tot en met donderdag', 'donderdag en
    vrijdag', 'van 3 tot 10 augustus'); '' when there is none or more than one. 'die week' takes only a stretch
    of dates or one that says 'week'; 'dat weekend' one that says 'weekend'."""
    d = an.d
    first, last = _window(an)
    moments = sorted((a, b) for a, b in an.moments if first <= a and b <= last)
    found: list[str] = []
    k = 0
    while k < len(moments):
        a, b = moments[k]
        start, end = widened(an, last, a, a, b)
        joined = end != b or start != a or " t/m " in f" {d.raw(a, b).lower()} " or "tot" in fold(d.raw(a, b)).split()
        k += 1
        while k < len(moments) and moments[k][0] < end:
            k += 1
        while k < len(moments):
            s2, e2 = widened(an, last, moments[k][0], moments[k][0], moments[k][1])
            gap = tuple(d.word(i) for i in range(end, s2) if d.is_word(i))
            if gap and gap not in _JOINS:
                break
            joined = joined or bool(gap) or e2 != moments[k][1] or s2 != moments[k][0]
            end = e2
            k += 1
        text = d.raw(start, end)
        low = fold(text)
        if noun == "weekend" and "weekend" in low or joined and noun in ("dagen", "weken") \
                or joined and noun == "week" and (re.search(r"\d", low) or "week" in low):
            found.append(text)
    return found[0] if len(found) == 1 else ""


def _weeks_before(an, count: str) -> str:
    """'de eerste twee weken van augustus' for 'die twee weken': the one such phrase before the ask."""
    d = an.d
    first, last = _window(an)
    text = d.raw(first, last) if last > first else ""
    found = [m.group(0) for m in _WEEKS.finditer(text) if m.group(1).lower() == count.lower()]
    return found[0] if len(found) == 1 else ""
