"""The one sentence beside the ask that the helper acts on, kept after it in the writer's words (round 35, k35b).

need_beside.py keeps a swap's terms, an appointment after a moved clock time, an arrival and where a thing was put.
Outside writers give more, and the golds keep it:
- the answer to the helper's obvious worry after a permission ask: 'mag ik zaterdag bij Noor blijven pitten?? haar
  moeder is gewoon thuis hoor' -> '… Haar moeder is gewoon thuis.'; 'ik ben om 10 uur thuis' (who watches, a parent
  of the host; when the writer is back);
- the terms of the task: 'Kunt gij mij daar brengen? Ge moet mij nie terugbrengen, mijn zus haalt mij op.' -> '… Ge
  moet mij nie terugbrengen.' (the reader need not fetch, bring back or wait: a negated 'hoeft/moet' and a verb of
  the task; 'Ge moet nie he' has no verb and is a way out);
- why a leave is asked, with its date or a kin's illness: 'Maar mijn zus trouwt op 16 augustus in Portugal.' before
  or after 'Zou ik van 12 tot 19 augustus verlof kunnen nemen?'; 'ik wil jullie niet laten zitten, maar mijn oma op
  Curaçao is erg ziek' (the part after 'maar' only; something past such as 'is vorig jaar getrouwd' is no reason);
- what money is for, glued to the ask: 'kun je ff 20 euro overmaken ik moet de trein naar Haarlem betalen voor de
  training anders …' -> '… Ik moet de trein naar Haarlem betalen voor de training.';
- where the writer waits, glued after an ask to fetch: 'kunde gij mij komen halen ik sta aan t station in hasselt de
  laatste bus is weg' -> '… Ik sta aan t station in hasselt.' (the place phrase only, the rest goes).
Only the sentence right after the ask (or the clause glued to it); for a leave also the one right before. No
feeling in it, at most 20 words.
"""

from __future__ import annotations

import re

from .checks import SENTENCE_RUN, lower_words

_PERMIT = re.compile(r"(?i)\b(?:mag|mogen|moog|meug)\s+(?:ik|'k|k|ek|we|wij)\b")
_KIN = r"(?:moeder|vader|ouders|mama|papa|ma|pa|mam|pap|moeke|vake|mams|paps|oma|opa|broer|zus|tante|oom)"
# who watches: a parent of the host is there, drives, fetches ('haar moeder is gewoon thuis', 'de mama van Lies rijdt
# ons'); not what else they are ('haar moeder komt uit Polen', 'zijn vader is streng')
_WATCH = re.compile(rf"(?i)^(?:en\s+)?(?:(?:haar|zijn|z'n|zn|hun|d'r|der)\s+{_KIN}|de\s+{_KIN}\s+van\s+[\w'-]+)\s+"
                    r"(?:(?:is|zijn)\s+(?:(?:er|gewoon|ook|allebei|alle\s+twee|de\s+hele\s+\w+|heel\s+de\s+\w+)\s+){0,3}"
                    r"(?:thuis|erbij|mee|aanwezig|er)\b|(?:rijdt|rijden|haalt|halen|brengt|brengen|blijft|blijven|let|letten|"
                    r"past|passen)\b|(?:gaat|gaan|komt|komen)\s+(?:ook\s+)?(?:mee|ons\s+\w*halen|ons\s+brengen)\b)")
_BACK = re.compile(r"(?i)^(?:en\s+)?(?:ik|'k|k|we|wij)\s+(?:ben|zijn|zen|zin)\s+(?:\S+\s+){0,2}?(?:om|voor|tegen|rond)\s+"
                   r"(?:half\s+)?\S+(?:\s*uur|u)?\s+(?:weer\s+)?(?:thuis|terug|binnen)\b")
_TASK_ASK = re.compile(r"(?i)\b(?:brengen|wegbrengen|voeren|rijden|afzetten|halen|ophalen|oppikken|oppassen|passen|"
                       r"opvangen|meenemen|meegaan|meerijden)\b")
_TERMS = re.compile(r"(?i)^(?:en\s+)?(?:je|jij|ge|gij|u|jullie)\s+(?:hoeft|hoeven|hoef|moet|moete|moogt)\s+(?:\S+\s+){0,3}?"
                    r"(?:niet|nie|ni|nied|nit|geen)\s+(?:\S+\s+){0,3}?(?:op\s+te\s+halen|terug\s+te\s+brengen|"
                    r"terugbrengen|terug\s+brengen|terughalen|ophalen|halen|te\s+halen|te\s+brengen|wachten|te\s+wachten|"
                    r"af\s+te\s+halen|afhalen)\b")
_LEAVE = re.compile(r"(?i)\b(?:verlof|vrij|vakantie|vrije\s+dag(?:en)?|congé|conge)\b")
_OCCASION = re.compile(r"(?i)^(?:mijn|m'n|mn|onze|ons)\s+(?:[\w'-]+\s+){1,4}?(?:trouwt|trouwen|bevalt|verhuist|viert|"
                       r"wordt\s+(?:\S+\s+){0,4}?(?:geopereerd|begraven|opgenomen)|is\s+jarig|ligt\s+in\s+het\s+ziekenhuis|"
                       r"is\s+(?:erg\s+|heel\s+|zwaar\s+|ernstig\s+|zeer\s+|echt\s+)?ziek|is\s+overleden|is\s+gestorven|"
                       r"gaat\s+(?:dood|bevallen|trouwen|verhuizen)|heeft\s+(?:dan\s+|die\s+\w+\s+|elke\s+\w+\s+)?"
                       r"(?:therapie|chemo|revalidatie|dialyse|een\s+operatie|(?:zijn|haar)\s+(?:communie|lentefeest)))\b")
# a leave of more days ('van 12 tot 19 augustus', 'tot en met', 'twee weken'); a single day's reason the golds drop
_SPAN = re.compile(r"(?i)\b(?:van|vanaf)\s+\S+(?:\s+\S+)?\s+(?:tot|t/m|tem)\b|\btot\s+en\s+met\b|\b(?:weken|week|dagen)\b")
_PAST = re.compile(r"(?i)\b(?:vorig|vorige|gisteren|vroeger|toen|was|waren|had|hadden)\b")
_MONEY = re.compile(r"(?i)(?:\b\d+\s*(?:euro|eur|eu)\b|€\s*\d+|\d+\s*€|\b(?:geld|centen|poen)\b)")
_LEND = re.compile(r"(?i)\b(?:overmaken|overschrijven|lenen|sturen|storten|voorschieten|geven|tikkie|lappen)\b")
_PURPOSE = re.compile(r"(?i)^(?:want\s+)?(?:ik|'k|k)\s+(?:moet|moe|mot|mout|mo)\s+(?:nog\s+|morgen\s+|vandaag\s+)?"
                      r"(?:de|het|mijn|m'n|mn|een|die|dat|t|'t)\s+(?:\S+\s+){1,7}?(?:betalen|kopen|afrekenen)"
                      r"(?:\s+(?:voor|van|bij)\s+(?:de|het|mijn|m'n|mn|een)?\s*[\w'-]+)?\b")
_FETCH = re.compile(r"(?i)\b(?:halen|ophalen|afhalen|oppikken|oppakken)\b")
_ME = re.compile(r"(?i)\b(?:me|mij|mie|mi|ons)\b")
_NOT_PLACE = re.compile(r"(?i)\b(?:een|ieder|elk|geval|vergadering|meeting|les|dienst|gesprek|file|problemen|knoei|put|stress)\b")
_AT = re.compile(r"(?i)^(?:ik|'k|k)\s+(?:sta|zit|ben|wacht|stoa|zitte)\s+(?:nu\s+|hier\s+|nog\s+)?(?:aan|in|op|bij|voor)\s+"
                 r"(?:de|het|den|t|'t)?\s*[\w'-]+(?:\s+(?:in|van|te|aan|op)\s+(?:de|het|t|'t)?\s*[\w'-]+)?")
_CUT = re.compile(r"(?i),\s*|\s+(?:en|maar|mor|ma|dus|want|anders)\s+(?=(?:ik|'k|k|we|wij|ge|gij|je|jij|u|haar|zijn|mijn|"
                  r"hij|zij|ze)\b)")
_FEEL = re.compile(r"(?i)\b(?:voel|durf|rot|vervelend|sorry|spijt|haha|lol|schaam|zeur)\b")
_TAIL = re.compile(r"(?i)(?:\s+(?:hoor|he|hè|eh|hoe|ofzo|zo))+\s*$")


def kept(draft: str, sentence: str) -> str:
    """The sentence to keep after the ask (see the module), or ""."""
    if "?" not in sentence:
        return ""
    ask = re.sub(r"^[^,]{1,30},\s*", "", re.split(r"[.!]\s+", sentence.rsplit("?", 1)[0])[-1])  # without 'Karen, '
    before, after = _beside(draft, ask)
    have = set(lower_words(sentence))
    for piece in after[:1]:
        found = _after_ask(ask, piece)
        if found and not _held(found, have):
            return _tidy(found)
    if _LEAVE.search(ask) and _SPAN.search(ask):
        for piece in after[:1] + before:
            found = _occasion(piece)
            if found and not _held(found, have):
                return _tidy(found)
    return ""


def _after_ask(ask: str, piece: str) -> str:
    clauses = [c.strip() for c in _CUT.split(piece) if c and c.strip()]
    if not clauses or _FEEL.search(piece):
        return ""
    if _PERMIT.search(ask) and not _LEAVE.search(ask):
        said = [w for w in map(_watch_or_back, clauses[:3]) if w]
        if said:
            return " en ".join(said[:2])
    if _TASK_ASK.search(ask) and _TERMS.match(clauses[0]):
        return _bare(clauses[0])
    if _MONEY.search(ask) and _LEND.search(ask):
        m = _PURPOSE.match(piece.strip())
        if m:
            return m.group(0)
    if _FETCH.search(ask) and _ME.search(ask):
        m = _AT.match(piece.strip())
        if m and not _NOT_PLACE.search(m.group(0)):
            return m.group(0)
    return ""


def _watch_or_back(clause: str) -> str:
    """Who watches ('haar moeder is gewoon thuis'), or the home-time promise alone, not its plea ('ik ben om 11 uur
    thuis', not '… echt waar ma mi e begi yu'); else ""."""
    if _WATCH.match(clause):
        return _bare(clause)
    back = _BACK.match(clause)
    return back.group(0) if back else ""


def _occasion(piece: str) -> str:
    """A kin's event or illness with or without its date: the clause after 'maar/want', not past."""
    for clause in re.split(r"(?i),\s*(?:maar|mor|ma|want)\s+|\.\s+", piece):
        clause = re.sub(r"(?i)^\s*(?:maar|mor|ma|want|omdat)\s+", "", clause.strip())
        if _OCCASION.match(clause) and not _PAST.search(clause) and len(lower_words(clause)) <= 20:
            return _bare(re.split(r"(?i),|\s+en\s+(?:ik|'k|k)\s", clause)[0])  # not '… en ik wil erbij zijn'
    return ""


def _beside(draft: str, ask: str) -> tuple[list[str], list[str]]:
    """(the run right before the ask's, [the clause glued after the ask] + up to two runs after it until a question)."""
    runs = [m.group(0).strip() for m in SENTENCE_RUN.finditer(draft) if lower_words(m.group(0))]
    want = lower_words(ask)
    best, at = 2, -1
    for k, run in enumerate(runs):
        shared = len(set(want) & set(lower_words(run))) + (0.5 if "?" in run else 0)  # the question wins a tie
        if shared > best:
            best, at = shared, k
    if at < 0:
        return [], []
    after = [g] if (g := _glued(runs[at], want)) else []
    for run in runs[at + 1:at + 3]:
        if "?" in run:
            break
        after.append(run)
    before = [runs[at - 1]] if at > 0 and "?" not in runs[at - 1] else []
    return before, after


def _glued(run: str, want: list[str]) -> str:
    """What follows the ask's last word in its own run, with no mark between ('… komen halen ik sta aan …')."""
    if not want:
        return ""
    words = list(re.finditer(r"[\w'-]+", run))
    ends = [m.end() for m in words if m.group(0).lower() == want[-1]]
    if not ends:
        return ""
    tail = run[ends[0]:].strip(" ?!.,")
    return tail if len(lower_words(tail)) >= 3 and "?" not in run[ends[0]:].rstrip("?!. ") else ""


def _bare(clause: str) -> str:
    """The clause without its end mark and a trailing 'hoor', 'he', 'ofzo' …"""
    return _TAIL.sub("", clause.strip().rstrip(".!,").strip())


def _held(piece: str, have: set[str]) -> bool:
    words = [w for w in lower_words(piece) if len(w) > 2]
    return bool(words) and sum(w in have for w in words) >= 0.7 * len(words)


def _tidy(piece: str) -> str:
    text = piece.strip().rstrip(".!,").strip()
    return text[:1].upper() + text[1:] + "." if len(lower_words(text)) <= 20 else ""
