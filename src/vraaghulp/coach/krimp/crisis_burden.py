"""Burden talk and reassurance out of a crisis result (round 52, k52c; issue 12 point 7).

A crisis result keeps every word of the writer's own about how bad it is; what they say about the reader or about
the message is no part of that, and the outside golds let it go: 'Ik weet niet wie ik anders moet vragen.', 'ik weet
niet goed hoe ik dit moet zeggen', 'Ik wil niet dat je schrikt.', 'Ge moet u geen zorgen maken he, 't is ni da 'k
iets ga doen.', 'Je hebt al genoeg aan je hoofd met papa.', 'Ik wil het niet groter maken dan het is.', 'ik weet
dat dit eigenlijk niet via sms moet', 'ik moet eerlijk zijn:' (counted over every crisis draft of the corpus with
tools/krimp_crisis_tally.py, kind `last-blijft`). As the last step of a crisis result, such a clause at the start or
the end of a statement of the result goes (the whole statement when nothing else is left), is struck through in the
draft and named as burden talk. A clause with a signal of the crisis check is never touched ('ik ben iedereen tot
last'), nor the request.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from . import crisis_story, findings as fx
from .care import heavy_signals
from .pieces import capitalise

_I = r"(?:ik|'k|k|kik)"
_NOT = r"(?:niet|nie|ni|nit)"
_YOU = r"(?:je|jij|u|ge|gij|gie|jullie|ulle)"
_YOU_SELF = r"(?:je|jou|u|uw|ulle|jullie)"
_BURDEN = re.compile(
    r"^(?:(?:maar|mor|ma|en|echt|sorry|ook)\s+)*(?:"
    rf"{_I} weet (?:echt |eigenlijk |gewoon )?{_NOT} (?:meer |goed |goe |zo goed |echt )*hoe {_I} (?:dit|dat|da|het|'t|t) "
    r"(?:\w+ )?(?:moet|moe|moete|moest|kan|zal) (?:zeggen|vertellen|vragen|schrijven|typen|brengen|beginnen|uitleggen)"
    rf"|{_I} weet (?:echt |eigenlijk |gewoon )?{_NOT} (?:meer )?(?:bij |aan |tot |naar |met )?(?:wie|wien) {_I} (?:\w+ ){{0,3}}"
    r"(?:moet|moe|kan|kon|zou|mag) (?:vragen|sturen|bellen|appen|terecht|gaan|zeggen)?"
    rf"|{_I} wil {_NOT} dat {_YOU} (?:\w+ ){{0,2}}(?:schrikt|schrikken|verschiet|verschieten|ongerust|bezorgd|bang)"
    rf"|{_YOU} (?:moet|moogt|mag|hoeft|hoeven|moeten) (?:je|jou|u|uw|ulle|jullie|zich)? ?(?:\w+ )?(?:geen zorgen|{_NOT} ongerust"
    rf"|{_NOT} (?:te )?schrikken|{_NOT} bang (?:te )?zijn)"
    rf"|{_YOU} (?:hebt|heb|heeft|het|et|hebde|hebben) (?:al |ol |toch al )?(?:genoeg|zoveel|zo veel|zo'n drukte)"
    rf"|{_YOU} (?:hebt|heb|heeft|het|et|hebde|hebben) (?:je|jouw|uw|u|ulle|jullie|zelf) (?:eigen )?(?:leven|gezin|zorgen|problemen)"
    rf"|{_I} (?:weet|weten|wit) (?:dat|da|dak) {_YOU} (?:\w+ )?(?:al |ol )?(?:genoeg|zoveel|zo veel|veel|het druk|het zo druk)"
    rf"|{_I} wil (?:het|'t|t|dit) {_NOT} (?:groter|erger|zwaarder) maken dan (?:het|'t|t) is"
    rf"|{_I} (?:ga|zal|gaan) (?:niks|niets|nie|ni) (?:doms|stoms|geks|raars) doen"
    rf"|(?:het|'t|t) is {_NOT} (?:dat|da) {_I} iets (?:ga|zal) doen"
    rf"|{_I} weet (?:dat|da) (?:dit|dat|da|het) (?:\w+ ){{0,3}}{_NOT} via (?:sms|whatsapp|de app|app|mail|e-mail|een bericht|berichtje)"
    rf"|{_I} (?:wil|wou|ga) {_YOU_SELF} (?:\w+ )?{_NOT} (?:ongerust maken|bang maken|laten schrikken|belasten|lastigvallen|storen)"
    rf"|{_I} wil (?:{_YOU_SELF} |niemand )(?:\w+ )?(?:{_NOT} )?tot last zijn"
    rf"|{_I} moet (?:eerlijk|eerlijk tegen {_YOU_SELF}|eerlijk met {_YOU_SELF}) zijn"
    r"|eerlijk gezegd|om eerlijk te zijn|honestly"
    r")\b",
    re.IGNORECASE)
# after the burden words, a turn to something else ('… hoe ik dit moet zeggen maar ik wil dood') keeps the clause
_TURN = re.compile(r"\b(?:maar|mor|ma|want|omdat|en (?:ik|'k|k)|dus)\b", re.IGNORECASE)
_PARTICLE = re.compile(r"^(?:he|hé|hè|eh|hoor|denk ik|ofzo|of zo|echt|echt waar|zeker)?$", re.IGNORECASE)
_CLAUSE = re.compile(r"[^,:;]+[,:;]?")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def _burden(clause: str) -> bool:
    bare = fold(clause).strip(" ,:;.!").lower()
    found = _BURDEN.match(bare)
    return bool(found) and not _TURN.search(bare[found.end():]) and not heavy_signals(clause)


def _particle(clause: str) -> bool:
    return bool(_PARTICLE.match(fold(clause).strip(" ,:;.!").lower()))


def _trimmed(statement: str) -> tuple[str, list[str]]:
    """The statement without burden clauses at its start and end, and the clauses that went."""
    end = re.search(r"[.!]*$", statement.strip()).group(0) or "."
    clauses = [c for c in _CLAUSE.findall(statement.strip().rstrip(".!")) if c.strip()]
    gone: list[str] = []
    while clauses and (_burden(clauses[0]) or gone and _particle(clauses[0])):
        gone.append(clauses.pop(0).strip(" ,:;"))
    while clauses and (_burden(clauses[-1]) or _particle(clauses[-1]) and len(clauses) > 1 and _burden(clauses[-2])):
        gone.append(clauses.pop().strip(" ,:;"))
    if not gone:
        return statement, []
    rest = " ".join(c.strip() for c in clauses).strip(" ,:;")
    return (capitalise(rest) + end if rest else ""), gone


def cut(text: str, sentence: str, spans) -> tuple[str, list, list]:
    """(the crisis result without burden talk, the dropped spans with it struck through, the findings that name it)."""
    name = re.match(r"^([^,.!?]{1,40}),\s+", sentence)
    lead = name.group(0) if name else ""
    parts = [p.strip() for p in _SENTENCE.findall(sentence[len(lead):]) if p.strip()]
    kept: list[str] = []
    named: list = []
    kind, spans = type(spans), list(spans)
    told, story = crisis_story.trimmed(sentence)
    if story:
        sentence, parts = told, [p.strip() for p in _SENTENCE.findall(told[len(lead):]) if p.strip()]
        named += _struck(text, story, "achtergrond", spans)
    for part in parts:
        if part.endswith("?"):
            kept.append(part)
            continue
        rest, gone = _trimmed(part)
        kept.extend([rest] if rest else [])
        named += _struck(text, gone, "last", spans)
    if not named:
        return sentence, kind(spans), []
    body = " ".join(kept)
    if lead and body and not body.startswith(("'", "Ik ")) and body[:1].isupper() and not _name_first(body, text):
        body = body[:1].lower() + body[1:]
    elif lead and body.startswith("Ik "):
        body = "ik " + body[3:]
    return lead + body, kind(sorted(spans)), named


def _struck(text: str, clauses: list[str], kind: str, spans: list) -> list:
    """The clauses found in the draft: their spans added to `spans`, and a finding for each."""
    named = []
    for clause in clauses:
        at = _find(text, clause)
        if at is not None:
            spans.append(at)
            named.append((at[0], fx.make(kind, text[at[0]:at[1]])))
    return named


def _find(text: str, clause: str) -> tuple[int, int] | None:
    words = re.findall(r"[\w']+", clause)
    if not words:
        return None
    found = re.search(r"(?<![\w'])" + r"[\W_]+".join(re.escape(w) for w in words) + r"(?![\w'])", text, re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def _name_first(body: str, text: str) -> bool:
    first = body.split()[0].strip(",.") if body.split() else ""
    return bool(first) and bool(re.search(rf"[\w,]\s+{re.escape(first)}\b", text))
