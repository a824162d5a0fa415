"""A sentence beside the ask that tells where or why, dropped while sure (round 57, k57c).

'Mijn auto staat in de garage.', 'Ik sta aan de achteringang.', 'Het is voor de verjaardag van oma.': over all outside
files the sure result most often wrong on first sight, across the most authors, drops a sentence right before or after
the ask that the golds keep (counted against the golds by tools/krimp_beside_sure.py, README "Round 57 (k57c)").

Counted on the sure results of the outside files, no feature alone (a place, a reason, a moment, a person, a number,
the length, the side) tells a dropped sentence the golds keep from one they drop: the engine's hand rules already keep
most. One shape does: where a thing or the writer *stands now* — a verb of position in the present ('staat', 'sta',
'zit', 'ligt', 'hangt') with a place after it ('Mijn bus staat met pech bij halte Zuidplein.', 'ik sta met de bus stil
aan de Beurs', 'koeien … staan op de baan naar Retie'), no padding, no word to the reader, no state said as a place
('ik zit in de put', 'we zitten in nesten'). A sure result that dropped such a sentence right beside the ask is not
sure (`lost`, code `weg-plaats`), and the not-sure offer puts it back where it stood (`offer`).
"""

from __future__ import annotations

import re

from . import needed
from .before_ask import ask_index, leaned_on, mostly_shown
from .checks import lower_words
from .lone_statement import split

_GREET = frozenset({"hoi", "hallo", "hey", "hee", "hi", "hai", "dag", "beste", "lieve", "geachte", "goedemorgen", "yo",
                    "goedemiddag", "goedenavond", "hoy", "heej", "hej", "moi", "hoihoi", "dank", "bedankt", "merci",
                    "thanks", "thx", "groetjes", "groeten", "groet", "alvast", "liefs", "kusjes", "mvg", "gr", "doei",
                    "met", "vriendelijke", "hartelijke"})
PAD = re.compile(r"(?i)\b(?:sorry|sorri|sry|excuus|excuses|excuseer|spijt|stoor|storen|lastig\w*|druk|hoop|vervelend"
                  r"|haha|hihi|lol|bedankt|dank|merci|graag|snap|begrijp|geen\s+(?:probleem|stress|zorgen)|erg)\b")
READER = frozenset({"je", "jij", "jou", "jouw", "u", "uw", "ge", "gij", "gie", "jullie", "julle", "ulle"})
CODE = "weg-plaats"
_STAND = re.compile(r"(?i)(?<![\w'])(?:sta|staat|staan|zit|zitten|zitte|lig|ligt|liggen|hangt|hangen)\b(?:\s+[\w'-]+){0,5}?"
                    r"\s+(?:in|bij|aan|op|voor|achter|naast|onder|tegen|langs)\s+(?:de|den|het|'t|ut|een|mijn|m'n|mn|ons|onze"
                    r"|zijn|haar|halte|station|[A-Z][\w'-]+)\b")
# a state or trouble said as a place ('ik zit in de put', 'we zitten in nesten', 'ik zit er doorheen')
_IDIOM = re.compile(r"(?i)\b(?:put|knoop|shit|stress|puin|dip|tandvlees|schulden|problemen|rouw|zorgen|de war|een gat"
                    r"|het nauw|nesten|doorheen|vol|krap|de knel|mijn hoofd|de weg|de les|nul|zak|rats|angst|paniek|erdoor"
                    r"|ziek|bed)\b|\ber\s+(?:\w+\s+)?door\b|\blig(?:t|gen)?\s+(?:[\w']+\s+){0,3}?in\s+\S+\s+ziekenhuis\b"
                    r"|\b(?:zie|zag|zien|hoor|vind|vond)\b")  # ill in bed or in hospital: a state; 'ik zie het … liggen': a sight


def greeting(said: str) -> bool:
    """A greeting or closing alone ('Hoi Sanne,', 'Met vriendelijke groet,', 'Groetjes, Lisa')."""
    words = lower_words(said)
    return not words or words[0] in _GREET and len(words) <= 4


def here(said: str) -> bool:
    """Where a thing or the writer stands now, plainly: a verb of position with a place, no padding, no word to the
    reader, no question, no state said as a place."""
    words = lower_words(said)
    if "?" in said or not 3 <= len(words) <= 30 or READER & set(words):
        return False
    return bool(_STAND.search(said)) and not _IDIOM.search(said) and not PAD.search(said)


def beside(draft: str, sentence: str) -> list[tuple[str, str]]:
    """(sentence, side) of the draft's sentences right before and after the ask's sentence that the result dropped."""
    parts = split(draft)
    at = ask_index(parts, sentence)
    if at is None:
        return []
    return [(parts[k], side) for k, side in ((at - 1, "voor"), (at + 1, "na"))
            if 0 <= k < len(parts) and not greeting(parts[k]) and not mostly_shown(parts[k], sentence)]


_CLAUSE = re.compile(r"(?i)\s*[,;()]\s*|\s+(?:en|dus|want|maar|mor|ma|omdat)\s+")


def _part_shown(said: str, sentence: str) -> bool:
    """A clause of the sentence already stands in the result ('zit hier op nacht en ik ben kapot' beside 'Els, ik ben
    kapot.'): putting it back would say that part twice."""
    parts = [p for p in _CLAUSE.split(said) if len(lower_words(p)) >= 3 and not greeting(p)]
    return len(parts) > 1 and any(mostly_shown(p, sentence) for p in parts)


def dropped(draft: str, sentence: str) -> tuple[str, str]:
    """(the dropped sentence beside the ask that says where something stands now, its side) or ("", "")."""
    if needed.TRIAL_KEEP is not None:
        return "", ""  # tools/krimp_keep_measure.py tries a keep policy of its own: measured alone
    owned = leaned_on(draft, sentence)  # before_ask.py's: the golds split on it, its offer is off (round 44)
    return next(((s, side) for s, side in beside(draft, sentence)
                 if here(s) and not _part_shown(s, sentence) and s != owned), ("", ""))


def lost(draft: str, sentence: str) -> bool:
    return bool(dropped(draft, sentence)[0]) and "?" in sentence


def offer(draft: str, sentence: str, name: str, kept) -> tuple[str, str]:
    """The not-sure offer with the sentence put back where it stood: before the question after the name in front
    (`kept`: state_before.kept), or after the question; (sentence, the sentence or "")."""
    said, side = dropped(draft, sentence)
    if not said or "?" not in sentence:
        return sentence, ""
    bare = re.sub(r"^\W*(?:(?:hoi|hallo|hey|dag|hi|beste)\s+)?" + (re.escape(name) + r"\W+" if name else ""), "", said,
                  flags=re.IGNORECASE) if name else said
    bare = bare.strip().rstrip(" .!")
    if not bare:
        return sentence, ""
    whole = bare[:1].upper() + bare[1:]
    for m in re.finditer(r"(?:^|(?<=[.!?]\s))([^.!?]+[.!]?)", sentence):
        piece = m.group(1).strip(" .!")
        if len(lower_words(piece)) >= 3 and bare.lower().startswith(piece.lower()):
            # the result holds its start ('… ophalen? Ik sta bij de bushalte.'): that piece grows, nothing is added
            at = m.start(1)
            return f"{sentence[:at]}{piece[:1]}{bare[1:]}.{sentence[at + len(m.group(1).rstrip()):]}", bare
    if side == "voor":
        return kept(sentence, name, whole if not name else bare), bare
    return f"{sentence.rstrip()} {whole}.", bare
