"""The fact the ask needs, in the sentence right beside it: kept after the ask, or never dropped while sure (round 34,
k34a).

The reader of 'Kun je morgen om 7.30 uur komen in plaats van 8 uur?' needs 'Ik moet om 8 uur in het ziekenhuis
zijn.' to see why the moment moved; the reader of 'kan ik donderdag met Jesse ruilen' needs 'hij doet mijn
avonddienst en ik zijn ochtenddienst'; 'Ik woon op nummer 27.', 'De verzekering komt tussen 8u en 12u.', 'Het
ligt bij Lisa.' carry where and when. Two parts:

- `kept`: three shapes the outside golds keep after the ask, in the writer's words, from the sentence right after it:
  the terms of a swap after an ask to swap or take over ('Ik neem dan uw vroege van dinsdag in de plaats.', 'Jij de
  kinderen van vrijdag 18u tot zondag, en ik neem ze dan …'; typed on with no mark: 'kan ik … ruilen hij doet mijn
  avonddienst en ik zijn ochtenddienst'); the writer's own appointment, a time and a place, that explains the ask's
  moment ('Ik moet om 8 uur in het ziekenhuis zijn.', 'Ik moet vroeg naar het ziekenhuis.' after an ask with a clock
  time or 'vroeg/later/eerder'; 'ik moet om 9u bij de gynaecoloog zijn, route 57'); when the one to fetch arrives ('Mijn
  trein komt om 18.12 aan.' after 'halen/ophalen/oppikken'); where the writer put the thing ('Ik heb ze in de gedeelde
  map gezet.'). No feeling in it, at most 20 words; a comma tail without
  a figure goes ('…, ik zie er zo tegen op').
- `lost`: a sentence right before the ask's sentence or one of the two after it (up to the next question) that the
  result drops, holding a figure the result does not hold (a clock time, a date, a house number, an amount), the
  terms of a swap or where the writer put the thing: the result may not be sure (code `weg-naast`). Not such a sentence: greetings, sign-offs, apologies
  and thanks, a quoted mail line, one opening with a reason or limit ('want', 'niet', 'maar'), the writer's own hours
  ('ik werk tot 22.00', 'Ik moet om 6 uur op'), something past ('gisteren', 'hadden'); a figure of how long or how
  old ('al 3 dagen', 'al 23 jaar') is background. A name alone does not count: on the tuning corpus it fired mostly
  on background ('het is uit met Bas', 'de verjaardag van Lotte').
"""

from __future__ import annotations

import re

from . import spelled_amount
from .checks import lower_words
from .fact_after import ask_end

CODE = "weg-naast"
_RUN = re.compile(r"(?<![^.?!\n])(?:[^.?!\n]|(?<=\d)\.(?=\d))+(?:[.?!]+|$)")
_SWAP_ASK = re.compile(r"(?i)\b(?:ruilen|ruil|wisselen|wissel|overnemen|overpakken|omwisselen|(?:over|euver|oaver)n[eu]m+en?)\b")
# the terms of a swap: who does which ('ik neem dan uw vroege …', 'hij doet mijn avonddienst en ik zijn …')
# (k36a: 'Ich doe dan dien weekend …', 'Ik kan dan jouw dienst van zaterdag 11 doen': dialect subject and possessive,
# a modal, a day before the shift; the lead: 'Ik ruil graag met jouw zondagdienst.', the offer in return)
_TERMS = re.compile(r"(?i)^\s*(?:en\s+)?(?:(?:ik|'k|k|ich|ek)\s+(?:neem|doe|pak|werk|sta|kan|zal)\s+(?:dan\s+)?"
                    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?(?:ze\s+dan\s+|ze\s+)?"
                    r"(?:uw|uwe|jouw|jouwe|zijn|haar|hun|dien|diene|dijn|oew|ow)\b"
                    r"|(?:ik|'k|k|ich|ek)\s+(?:ruil|wissel)\s+(?:\w+\s+)?(?:met|tegen|voor)\s+(?:uw|uwe|jouw|jouwe|zijn|haar|dien|oew)\b"
                    r"|(?:hij|zij|ze)\s+(?:doet|neemt|pakt|werkt)\s+(?:dan\s+)?(?:mijn|mijne|m'n|mn)\b"
                    r"|(?:jij|gij|ge|u)\s+(?:de|het|mijn|m'n)\s+\w+\s+(?:van|op)\b)")
_TERMS_IN = re.compile(r"(?i)\b(?:ruilen|wisselen|omwisselen)\s+(?:met\s+[\w'-]+\s+)?"
                       r"((?:hij|zij|ze)\s+(?:doet|neemt|pakt|werkt)\s+(?:dan\s+)?(?:mijn|mijne|m'n|mn)\s+\w+(?:\s+\w+)?"
                       r"\s+en\s+(?:ik|'k)\s+(?:zijn|haar|hun)\s+\w+(?:\s+dienst)?)")
# the writer's appointment that explains the moment: 'Ik moet om 8 uur in het ziekenhuis zijn.'
_CLOCK = r"(?:\d{1,2}(?:[:.u]\d{2})?\s*(?:u|uur|h)?|half\s+\w+|kwart\s+(?:over|voor)\s+\w+)"
_WHEN = rf"(?:(?:om|tegen|voor)\s+{_CLOCK}|vroeg)"
_WHERE = r"(?:naar|in|bij|op|aan)\s+(?:(?:de|het|den|'t|mijn)\s+)?[\w-]+"
_OWN_NEED = re.compile(rf"(?i)^\s*(?:ik|'k|k|we|wij)\s+(?:moet|moeten)\s+(?:(?:er|daar)\s+)?(?:met\s+(?:mijn|m'n|mn)\s+\w+\s+)?"
                       rf"(?:{_WHEN}\s+{_WHERE}|{_WHERE}\s+{_WHEN})(?:\s+zijn)?\s*(?:,\s*[^,.!?]{{2,30}})?[.!]*$")
_ASK_MOMENT = re.compile(rf"(?i)\b(?:om|tegen|voor|rond)\s+{_CLOCK}|\b(?:vroeg|vroeger|later|eerder)\b|\bin\s+plaats\s+van\b")
# when the one to fetch arrives, after an ask to fetch: 'Mijn trein komt om 18.12 aan.', 'Haar bus komt om 15u40 aan.'
_FETCH = re.compile(r"(?i)\b(?:halen|ophalen|afhalen|oppikken|oppakken|pikken)\b")
_ARRIVES = re.compile(rf"(?i)^\s*(?:mijn|m'n|mn|haar|zijn|hun|onze|de|z'n)\s+(?:trein|bus|vlucht|vliegtuig|boot|ferry)\s+"
                      rf"(?:\w+\s+)?(?:komt|landt|arriveert|is)\s+(?:\w+\s+)?(?:om|rond)\s+{_CLOCK}(?:\s+\w+){{0,4}}[.!]*$")
_CLOCK_AT = re.compile(rf"(?i)\b(?:om|tegen|voor)\s+{_CLOCK}")
_BYE = re.compile(r"(?i)^\s*(?:groet|groetjes|groeten|gr|mvg|met\s+vriendelijke|vriendelijke|hoogachtend|liefs|dank|"
                  r"bedankt|alvast|thanks|merci|sorry|sory|sorrie|excuses|excuus|mijn\s+excuses|het\s+spijt|'t\s+spijt|"
                  r"neem\s+me\s+niet|x+\b|kus)")
_FIGURE = re.compile(r"\d+")
_BACKGROUND = re.compile(r"(?i)\b(?:kenteken|nummerplaat)\b.*|\b(?:al|sinds|ben|word|werd|wordt(?:\s+die\s+dag)?)\s+\d+(?:\s+(?:jaar|jaren|maanden|weken|dagen))?(?!\d)"
                         r"|\b\d+\s+jaar\b|\(\d+\)")
# not needed: the writer's own hours of work or sleep ('ik werk tot 22.00', 'Ik moet om 6 uur op'), a greeting line
# ('Goeiemorgen ouders van de U11!'), a quoted mail line, a reason or a limit ('want …', 'niet met de fiets want …')
_OWN_HOURS = re.compile(r"(?i)^\s*(?:\w+\s+\w+,\s*)?(?:ik|'k|k|we|wij)\b.*\b(?:tot|na)\s+\S+.*\b(?:werk|werken|werke|sta|zit)\b"
                        r"|^\s*(?:\w+\s+\w+,\s*)?(?:ik|'k|k|we|wij)\s+(?:werk|sta|zit|moet\s+(?:\w+\s+)?tot)\b.*\btot\b"
                        r"|^\s*(?:\w+\s+)?(?:ik|'k|k|we|wij)\b.*\b(?:werk|werken|werke|sta|zit)\s+(?:\w+\s+)?tot\b"
                        r"|\b(?:op|opstaan|slapen|werken|weg)\s*[.!]*$|\b(?:gisteren|vorige|vorig|had|hadden)\b"
                        r"|^\s*(?:ik|'k|k|we|wij)\s+(?:moet|moeten)\b.*\b(?:brengen|halen|ophalen|wegbrengen|afzetten)\s*[.!]*$"
                        r"|^\s*(?:ik|'k|k|we|wij)\s+(?:heb|hebben)\b.*\bge\w+\s*[.!]*$")
_GREETING = re.compile(r"(?i)^\s*(?:hoi|hey|hee|hallo|dag|beste|goeiemorgen|goedemorgen|goedemiddag|goeiedag|geachte|eey+|ey|yo)\b"
                       r"[^.!?]{0,40}!\s*$|^\s*>")
# where the writer put the thing the ask is about: 'Ik heb ze in de gedeelde map gezet.' (a place name alone was tried:
# on the tuning corpus it was the writer's own whereabouts, 'Ik ben de hele dag in Brussel', 23 times against 2)
_PUT = re.compile(r"(?i)^\s*(?:ik|'k|k)\s+heb\s+(?:ze|hem|die)\s+(?:in|op|onder|bij|naast|achter)\s+[^,.!?]{3,30}?"
                  r"\s+(?:gezet|gelegd|gestoken|gehangen|geplaatst|gestopt|geparkeerd)\b")
_HELLO = re.compile(r"(?i)^\s*(?:hoi|hey|hee|hallo|dag|beste|lieve|ey|yo)\s+[\w'-]+\s*[,!]\s*")
_REASON = re.compile(r"(?i)^\s*(?:want|omdat|niet|ni|nie|geen|maar|alleen)\b")
_FEEL = re.compile(r"(?i)\b(?:voel|durf|rot|erg|vervelend|zenuwachtig|bang|sorry|spijt|haha|lol)\b")
_MAX_WORDS = 18


def _sentences(draft: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).strip()) for m in _RUN.finditer(draft) if lower_words(m.group(0))]


def _beside(draft: str, sentence: str) -> tuple[list[str], list[str]]:
    """(the sentence right before the ask's sentence, up to two after it until the next question)."""
    runs = _sentences(draft)
    end = _ask_end(runs, sentence) or ask_end(draft, sentence)
    if end < 0:
        return [], []
    at = next((k for k, (a, b, _) in enumerate(runs) if a < end <= b + 1), None)
    if at is None:
        return [], []
    after = []
    for _, _, text in runs[at + 1:at + 3]:
        if "?" in text:
            break
        after.append(text)
    return ([runs[at - 1][2]] if at > 0 and "?" not in runs[at - 1][2] else []), after


def _ask_end(runs: list[tuple[int, int, str]], sentence: str) -> int:
    """The end of the draft's question that shares most words with the result's last question (a moment moved into
    the ask may share more words with a statement before it: 'ik sta volgende week dinsdag …'); 0: none."""
    want = set(lower_words(re.split(r"[.!]\s+", sentence.rsplit("?", 1)[0])[-1]))
    best, end = 2, 0
    for _, b, text in runs:
        shared = len(want & set(lower_words(text)))
        if "?" in text and shared > best:
            best, end = shared, b
    return end


def _have(sentence: str) -> set[str]:
    return set(lower_words(sentence)) | set(_FIGURE.findall(sentence))


def _needed(piece: str, ask: str, have: set[str]) -> bool:
    """The sentence holds a figure the result lacks, or the terms of a swap."""
    piece = _HELLO.sub("", piece)  # 'Hoi Sam, sorry voor de 3 berichten!'
    if _PUT.search(piece):
        return True  # where the writer put the thing ('Ik heb ze in de gedeelde map gezet.')
    if _BYE.match(piece) or _GREETING.search(piece) or _REASON.match(piece) or _OWN_HOURS.search(piece):
        return False
    if len(lower_words(piece)) > 30:
        return False
    if _SWAP_ASK.search(ask) and _TERMS.match(piece) and not _held(piece, have):
        return True
    plain = _BACKGROUND.sub(" ", piece)
    if any(f not in have for f in _FIGURE.findall(plain)):
        return True
    return spelled_amount.lacked(plain, ask)  # 'ik moet er een half uur vroeger zijn' (spelled_amount.py)


def _held(piece: str, have: set[str]) -> bool:
    words = [w for w in lower_words(piece) if len(w) > 2]
    return bool(words) and sum(w in have for w in words) >= 0.7 * len(words)


def lost(draft: str, sentence: str) -> bool:
    """A needed fact beside the ask that the result drops."""
    before, after = _beside(draft, sentence)
    have = _have(sentence)
    if any(_needed(p, sentence, have) for p in before + after if not _held(p, have)):
        return True
    return not after and bool(_SWAP_ASK.search(sentence)) and bool(_terms_inside(draft, sentence, have))


def kept(draft: str, sentence: str) -> str:
    """The sentence right after the ask to keep after it ('Ik moet om 8 uur in het ziekenhuis zijn.'), or ""."""
    _, after = _beside(draft, sentence)
    have = _have(sentence)
    ask = sentence.rsplit("?", 1)[0]
    if not after and _SWAP_ASK.search(ask):
        return _terms_inside(draft, sentence, have)
    for piece in after[:1]:
        if _held(piece, have) or _FEEL.search(piece) or len(lower_words(piece)) > _MAX_WORDS + 2:
            return ""
        if _SWAP_ASK.search(ask) and _TERMS.match(piece):
            return _tidy(piece, have)
        if (_ASK_MOMENT.search(ask) or _CLOCK_AT.search(piece)) and _OWN_NEED.match(piece):
            return _tidy(piece, have)
        if (_FETCH.search(ask) and _ARRIVES.match(piece)) or _PUT.search(piece):
            return _tidy(piece, have)
    return ""


def _terms_inside(draft: str, sentence: str, have: set[str]) -> str:
    """'kan ik donderdag met jesse ruilen hij doet mijn avonddienst en ik zijn ochtend dienst': the terms typed on in
    the ask's own sentence, with no mark between."""
    end = ask_end(draft, sentence)
    m = _TERMS_IN.search(draft, max(0, end - 200)) if end >= 0 else None
    return _tidy(m.group(1), have) if m and m.start() < end and not _held(m.group(1), have) else ""


def _tidy(piece: str, have: set[str]) -> str:
    text = piece.strip().rstrip(".!").strip()
    head, _, tail = text.partition(",")
    if tail and (_held(tail, have) or not _FIGURE.search(tail)) and not re.match(r"(?i)\s*en\s+(?:ik|'k)\b", tail):
        text = head  # 'Ik moet om 9 uur in het ziekenhuis zijn, ik zie er tegen op' -> the appointment only
    k = next((i for i, ch in enumerate(text) if ch.isalpha()), 0)
    return text[:k] + text[k:k + 1].upper() + text[k + 1:] + "."  # "'k heb …" -> "'K heb …"

