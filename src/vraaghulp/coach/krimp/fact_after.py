"""A short fact the ask needs, said in a plain sentence right after it: when ('Hij is om half zes klaar.',
'Bezoekuur is van 2 tot 4.', 'Afspraak is om 10.15.'), where ('Ons adres is Molenstraat 27.', 'Het is om 9 uur
in het Rijnstate, ingang 3.'), or who opens the door ('Mijn zoon Tim is thuis en doet open.', 'Ik ben er
niet tot 6 uur.'). Contract point 3: a moment, an amount or a place is always kept; the reader needs it to do
the task. Kept after the result in the person's own words, like a place (placed.py) or an amount
(followup.py).

`lost_time` says when a clock time of the draft after the ask is in no kept sentence at all (a run-on
'… ze zijn om 3u10 gedaan'): then the result may not be sure.
"""

from __future__ import annotations

import re

from .checks import SENTENCE_RUN as _SENTENCE, lower_words
from .memo import per_text

_AFTER = re.compile(r"(?<![^.?!\n])(?:[^.?!\n]|(?<=\d)\.(?=\d))+(?:[.?!]+|$)")  # the sentences after the ask: not at the point of '14.10'
_EMOJI = re.compile(r"\s*[\u2600-\u27bf\U0001f000-\U0001faff].*$")
_CLOCK = (r"(?:\d{1,2}(?:[:.]\d{2})\s*(?:u|uur|h)?|\d{1,2}\s*(?:u|uur|h)(?:\d{2})?"
          r"|half\s+(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)|kwart\s+(?:over|voor)\s+\w+)")
_TIME = re.compile(rf"(?i)\b(?:om|van|vanaf|tot|na|voor|rond|tussen|tegen)\s+(?:\S+\s+)?{_CLOCK}(?!\w)"
                   rf"|\b(?:van|tussen)\s+\d{{1,2}}\s+(?:tot|en)\s+\d{{1,2}}\b")
# 'ik ben er ni voor vijf uur': an hour in words, only where the writer says when they are there
_WORD_TIME = re.compile(r"(?i)\b(?:om|voor|na|tegen|vanaf)\s+(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+uur\b")
_BARE_CLOCK = re.compile(rf"(?i)(?<![\w.:]){_CLOCK}(?![\w:])")
_STREET = re.compile(r"(?i)\b\w+(?:straat|laan|weg|plein|dreef|kade|gracht|singel|dijk|steenweg|hof|pad)\s+\d+\w?\b")
_ADDRESS = re.compile(r"(?i)\b(?:adres|code|ingang|bus)\s+(?:is\s+)?\w*\d")
_HOME = re.compile(r"(?i)\b(?:is|zijn|ben)\s+(?:er\s+)?thuis\b|\bdoet\s+open\b")
# about the writer only when it says when they are (not) there: 'Ik ben er nie tot 6 uur.'
_OWN = re.compile(r"(?i)^\s*(?:en\s+)?(?:ik|'k|k|we|wij)\b")
_OWN_THERE = re.compile(r"(?i)^\s*(?:en\s+)?(?:ik|'k|k|we|wij)\s+(?:ben|zijn)\s+(?:er\s+|thuis\s+|pas\s+)")
# the writer fetches or brings back what the ask is about, at a time: 'Ik haal ze op om zes uur.' (the end of the task)
_HOURS = r"(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half|kwart)"
_PRON = r"(?:ze|hem|haar|het|'m|die|hen)"
_OWN_HAND = re.compile(r"(?i)^\s*(?:en\s+)?(?:ik|'k|k|we|wij)\s+(?:(?:kom|zal)\s+)?(?:(?:haal|halen|hale|breng|brengen|pik)\s+"
                       rf"{_PRON}|{_PRON}\s+(?:\S+\s+)?(?:halen|ophalen|brengen|terugbrengen))\s+(?:\S+\s+){{0,2}}"
                       rf"(?:om|tegen|rond|tussen)\s+{_HOURS}\b")
_READER = re.compile(r"(?i)^\s*(?:en\s+)?(?:je|jij|u|ge|gij|jullie)\b")
_HEDGE = frozenset({"misschien", "mss", "denk", "geloof", "volgens", "ergens", "ofzo", "waarschijnlijk", "wss",
                    "eventueel", "evt", "sorry", "excuus", "beloofd", "beloof", "terug", "goed", "graag"})
_MAX_WORDS = 14
_LOOK = 2



def last_question(sentence: str) -> tuple[int, int]:
    """(start, end) of the offered sentence's last question: from after the mark that closes the sentence before it to
    its '?' (end -1: no question)."""
    ask = sentence.rfind("?")
    start = max(sentence.rfind(". ", 0, ask), sentence.rfind("! ", 0, ask), sentence.rfind("? ", 0, ask)) + 1
    return start, ask


@per_text(size=8)
def ask_end(draft: str, sentence: str) -> int:
    """The end of the draft sentence that holds the result's ask: the one that shares most words with
    the result's last question ('over kunnen nemen' shrunk to 'overnemen' still shares the rest); -1: none.
    (Asked by more than one module for the same draft and result: worked out once, memo.py.)"""
    body = sentence.rsplit("?", 1)[0] if "?" in sentence else sentence
    last = re.split(r"[.!]\s+", body)[-1]
    want = set(lower_words(last))
    best, end = 0, -1
    for m in _SENTENCE.finditer(draft):
        shared = len(want & set(lower_words(m.group(0))))
        if shared > best:
            best, end = shared, m.end()
    return end if best >= 3 else -1


# when the thing asked for is, said with 'is/zijn' ('Hij is om half zes klaar.', 'Bezoekuur is van 2 tot 4.');
# not what else happens then ('Mijn vlucht is om 11u.', 'De verhuiswagen komt om 8u.': a reason most writers drop)
_WHEN = re.compile(r"(?i)^\s*(?:en\s+)?(?:hij|zij|ze|het|'t|dat|da|(?:de\s+)?(?:afspraak|bezoekuur|les|match|training|"
                   r"repetitie|opvang|school|consultatie|operatie|ingreep|begrafenis|uitvaart))\s+(?:is|zijn|begint|start)\s+")


# a sentence that opens with the time ("'s avonds na 8u past het best", 'Tussen 2 en 4 ben ik thuis')
_LEADS = re.compile(rf"(?i)^\s*(?:'s\s+\w+\s+|morgen\s+|vandaag\s+)?(?:om|van|vanaf|na|rond|tussen|tegen)\s+{_CLOCK}")


def _fact(piece: str, kept: str) -> bool:
    words = lower_words(piece)
    if not words or len(words) > _MAX_WORDS or _HEDGE & set(words) or "?" in piece or _READER.match(piece):
        return False
    if _OWN_HAND.match(piece):
        return True
    if _OWN.match(piece) and not _OWN_THERE.match(piece):
        return False
    times = [m.group(0) for m in _BARE_CLOCK.finditer(piece)]
    if times and all(" ".join(lower_words(t)) in kept for t in times):
        return False  # 'Nie voor 10u. Maar nie voor 10u want …': the limit is kept already
    timed = bool(_TIME.search(piece)) and bool(_WHEN.match(piece) or _OWN_THERE.match(piece) or _LEADS.match(piece))
    timed = timed or bool(_WORD_TIME.search(piece) and _OWN_THERE.match(piece))
    return bool(timed or _STREET.search(piece) or _ADDRESS.search(piece) or _HOME.search(piece))


def detail(draft: str, sentence: str) -> str:
    """The fact sentence to add after the result, or ""."""
    at = ask_end(draft, sentence)
    if at < 0:
        return ""
    kept = set(lower_words(sentence))
    tail = _run_on(draft, at, kept)
    if tail and _fact(tail, " ".join(lower_words(sentence))):
        return _said(tail)  # 'kunt ge de kleine ophalen, ik ben er ni voor vijf uur' typed on after the ask
    looked = 0
    for nxt in _AFTER.findall(draft[at:]):
        if "?" in nxt or looked >= _LOOK:
            return ""  # another question: what follows belongs to it
        if set(lower_words(nxt)) <= kept:
            continue  # a sentence the result keeps ('Ik zie er tegenop, Carla.') does not count
        looked += 1
        nxt = re.split(r",\s*(?=(?:want|omdat)\b)", nxt, maxsplit=1)[0]  # its reason goes: ', want dan breng ik …'
        if not _fact(nxt, " ".join(lower_words(sentence))):
            continue
        return _said(nxt)
    return ""


def _said(piece: str) -> str:
    text = _EMOJI.sub("", re.sub(r"(?i)^\s*en\s+", "", piece).strip()).rstrip(".!")  # '… 9 en 5 🙈 thnx'
    text = re.split(r",\s*(?=(?:dan|want|omdat)\b)", text, maxsplit=1)[0]  # ', dan is mijn kotgenote weg'
    k = 1 if text[:2].lower() == "'k" else 0  # "'k ben er ni …" -> "'K ben …" (as shrink writes it)
    return text[:k] + text[k:k + 1].upper() + text[k + 1:] + "."


def _run_on(draft: str, at: int, kept: set[str]) -> str:
    """The last comma piece of the ask's own sentence when the result keeps none of its words."""
    start = max(draft.rfind(ch, 0, max(at - 1, 0)) for ch in ".?!\n") + 1
    pieces = draft[start:at].rstrip(".!? ").split(",")
    last = pieces[-1] if len(pieces) > 1 else ""
    return last if last.strip() and not set(lower_words(last)) & kept else ""


def lost_time(draft: str, sentence: str) -> bool:
    """A clock time in the draft sentence that holds the ask, after the ask's own words, that the result
    does not hold ('… van school halen want … ze zijn om 3u10 gedaan', typed without a full stop)."""
    end = ask_end(draft, sentence)
    if end < 0:
        return False
    start = max(draft.rfind(ch, 0, end - 1) for ch in ".?!\n") + 1
    have = " ".join(lower_words(sentence))
    last = lower_words(sentence.rsplit("?", 1)[0])[-1:]
    ask = draft[start:end]
    words = [m for m in re.finditer(r"[^\W_]+", ask) if last and m.group(0).lower() == last[0]]
    after = ask[words[0].end():] if words else ""
    hand = next((m for m in _HAND_ON.finditer(after) if " ".join(lower_words(m.group(0))) not in have), None)
    return hand is not None or any(" ".join(lower_words(m.group(0))) not in have
                                   and not _OWN_NEWS.search(after[: m.start()][-40:]) for m in _BARE_CLOCK.finditer(after))


# '… opvangen ik haal ze op om half zes' run on without a stop: when the writer fetches it back (_OWN_HAND)
_HAND_ON = re.compile(_OWN_HAND.pattern.replace("^\\s*", "(?<![\\w'])", 1))


# the writer's own appointment or travel run on after the ask ('ik heb een spoedoverleg om 3 uur', 'mijn
# vlucht gaat om 9 uur'): a reason most writers drop, no part of the task
_OWN_NEWS = re.compile(r"(?i)\b(?:ik|'k|k|mijn|mn|m'n|me|mijne)\s+(?:\S+\s+){0,4}\S*$")
