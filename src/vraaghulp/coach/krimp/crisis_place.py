"""Where the writer is, in a crisis draft, is never lost (round 32, k32b).

'jo Dani … sorry ik zit in de auto bij de Van Brienenoordbrug en ik wil niet meer leven … kun je me bellen': the
crisis result kept the acute words and the call but dropped where the writer sits. A helper needs the place (go
there, tell the emergency line), so it is a must-keep: when the crisis result does not say it, the clause that
does ('ik zit in de auto bij de Van Brienenoordbrug', 'ik sta op het perron van station Amersfoort', 'ik ben bij
het kanaal') goes back as a sentence of its own, right before the ask.

A place is a clause of the writer ('ik zit/sta/ben/lig/rij/loop/zwerf') with a preposition of place and a thing
that is a place (a word of _PLACES or a capitalised name after the preposition); who is with the writer and 'alleen'
may stand between ('ik ben alleen in mijn kamer', 'ik ben nu met de kinderen bij de bushalte', round 57). States said
the same way are no place: 'ik zit in de put', 'ik zit op mijn tandvlees', 'ik zit in de knoop', 'ik sta er alleen voor'.
"""

from __future__ import annotations

import re

from .sentence_ends import PLACE_LETTER_NOUNS

_PLACES = (r"auto|wagen|brug|\w*brug|station|perron|spoor|rails|trein|bus|tram|metro|dak|balkon|flat|bos|strand|park"
           r"|parkeerplaats|parkeergarage|garage|kanaal|rivier|water|kade|haven|dijk|viaduct|snelweg|afrit|straat|plein"
           r"|ziekenhuis|hotel|badkamer|zolder|kelder|toilet|wc|slaapkamer|kamer|keuken|gang|trap|hal|brug|pier|zee"
           r"|meer|vijver|sluis|tunnel|overpas|kerk|kerkhof|begraafplaats|spoorwegovergang|overweg|bushalte|halte"
           r"|tankstation|benzinestation|politiebureau|huis|thuis|tuin|schuur|loods|fabriek|kantoor|school|kot")
_PLACE = re.compile(rf"(?i)\b(?:{_PLACES})\b")
_CLAUSE = re.compile(
    r"(?i)(?<![\w'])(?:ik|'k|k)\s+(?:zit|sta|ben|lig|rij|loop|zwerf|wacht)\s+(?:nu\s+|hier\s+|nog\s+|al\s+\w+\s+)?"
    r"(?:(?:alleen|helemaal\s+alleen|weer|nu|hier|daar|met\s+(?:de|mijn|m'n|mn|onze|ons|ne|nen|een)\s+\w+)\s+){0,2}"
    r"(?:in|op|bij|aan|onder|naast|voor|achter|langs|boven|op\s+de\s+rand\s+van|thuis)\b"
    r"[^.!?\n]*")
# An initial inside a name goes on: 'het Hugo R. Kruytgebouw', 'de J. Van Rijswijcklaan' (round 41, k41a): a capital
# letter after a word, followed on the same line by a capitalised word that opens no sentence ('perron B. Kom me
# halen' is two sentences; k41r).
_INITIAL = re.compile(r"(?<=\w[ \t])([A-Z])\.(?=[ \t]+([A-ZÀ-Ý][\w'-]*))")
_OPENS = frozenset({"kom", "kun", "kunt", "kan", "bel", "help", "haal", "ik", "wil", "wilt", "zou", "het", "alsjeblieft",
                    "alstublieft", "sorry", "please", "ga", "mijn", "we", "wij", "hij", "ze", "zij", "er", "dit", "dat",
                    "waar", "wie", "wat", "hoe", "mag", "moet", "ben", "is", "de", "dan", "nu", "snel", "hallo", "hoi"})
_DOT = "\u2024"  # stands for the initial's dot while the clause is read
# Where the place clause ends: the next clause of the writer or a link word.
_END = re.compile(r"(?i)\s*(?:,|\ben\b|\bmaar\b|\bwant\b|\bdus\b|\bik\b|\bkun\b|\bkan\b|\bwil\b|\bzou\b|\bhet\b|\bsorry\b)")
_NOT_PLACE = re.compile(r"(?i)\b(?:put|knoop|shit|stress|puin|zak en as|dip|tandvlees|schulden|problemen|rouw|zorgen"
                        r"|de war|een gat|de grond|het nauw)\b")


def _clause(draft: str) -> str:
    draft = _INITIAL.sub(lambda m: m.group(1) + (m.group(0)[-1] if _ends(m) else _DOT), draft)
    return _first_place(draft).replace(_DOT, ".")


def _ends(m) -> bool:
    """The letter's point ends the sentence: a word that opens one follows, or the letter names a place ('blok D.
    Papa weet het niet': sentence_ends.PLACE_LETTER_NOUNS, k41r2)."""
    before = m.string[:m.start()].split()[-1:]
    return m.group(2).lower() in _OPENS or (bool(before) and before[0] in PLACE_LETTER_NOUNS)


def _first_place(draft: str) -> str:
    for m in _CLAUSE.finditer(draft):
        text = m.group(0)
        head = re.match(r"(?i)\S+\s+\S+\s+(?:\S+\s+)?\S+", text)
        cut = _cut(text, head.end() if head else 0)
        piece = text[:cut.start()] if cut else text
        piece = piece.strip(" ,")
        words = piece.split()
        if len(words) > 12 or _NOT_PLACE.search(piece):
            continue
        after = " ".join(words[3:])
        if _PLACE.search(piece) or re.search(r"\b[A-ZÀ-Ý](?:[\w'-]+|\b)", after):  # 'blok D' too
            return piece
    return ""


_OF = frozenset({"van", "naar", "in", "op", "bij", "aan", "naast", "voor", "achter", "onder", "boven", "langs"})


def _cut(text: str, start: int):
    """Where the place clause ends; 'het' after a preposition goes on into the place ('het dak van het Hugo R.
    Kruytgebouw', round 41, k41a), it opens a new clause only elsewhere ('ik zit op de brug het gaat niet')."""
    for m in _END.finditer(text, start):
        before = text[:m.start()].split()
        if m.group(0).strip().lower() == "het" and before and before[-1].lower() in _OF:
            continue
        return m
    return None


def _said(sentence: str, piece: str) -> bool:
    """The result already names the place: the last content word of the clause is in it."""
    tail = [w for w in re.findall(r"[\w'-]+", piece.lower()) if len(w) > 2][-2:]
    low = sentence.lower()
    return all(w in low for w in tail)


def kept(draft: str, sentence: str) -> str:
    """The crisis result with where the writer is, put back before the ask when it went."""
    piece = _clause(draft)
    if not piece or _said(sentence, piece):
        return sentence
    line = piece[:1].upper() + piece[1:]
    line = re.sub(r"^(?:'k|K)\b", "Ik", line) + "."
    asks = [m.start() for m in re.finditer(r"(?:^|(?<=[.!?])\s+)[^.!?]*\?", sentence)]
    if not asks:
        return f"{sentence.rstrip()} {line}"
    at = asks[-1]
    before = sentence[:at].rstrip()
    ask = sentence[at:].strip()
    name = re.match(r"^([A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)?),\s+", sentence)
    if not before and name:  # 'Dani, kun je me bellen?' -> 'Dani, ik zit … . Kun je me bellen?'
        rest = ask[name.end():]
        return f"{name.group(1)}, {line[:1].lower()}{line[1:]} {rest[:1].upper()}{rest[1:]}"
    return f"{before} {line} {ask}".strip()


clause = _clause  # where the writer is, as the draft says it (also tools/krimp_crisis_lighter.py)
