"""The one short statement after the ask that points back at the ask's moment, dropped from a sure result: not sure
(round 36, k36a).

'Ilse, mag ik vrijdag 16 mei een vrije dag opnemen? Mijn zus studeert die dag af.', 'Kun je me 20 euro lenen tot
vrijdag? Ik krijg dan mijn loon', 'Gert, wil je vanavond na acht uur niet meer boren? De baby slaapt dan.': the
sentence right after the ask says what happens at the moment the ask names ('die dag', 'dan', 'dat weekend'), and
so why the ask is made or how it is settled. A sure result dropped it as background (h35a-024, k32b-024 lost a
must-keep so). Whether the reader needs it the golds do not agree on: of the 40 tuning drafts where the engine of
main 54c9e11 dropped such a sentence (the shape below), every gold keeps it in 9, some in 11 and none in 20 ('Mijn
zus studeert die dag af.' kept, 'Mijn zoon heeft dan zijn diploma-uitreiking.' and 'Mijn moeder wordt die dag 70.'
dropped). Keeping it after the ask was tried first and lost more acceptable results than it gained (README, round
36 k36a), so a drop that cannot be judged is said: the result is not sure (code `weg-terugwijzer`, 15 sure results).

The shape, on the finished sentence and the draft as typed:
- the result holds one question, and that question names its own moment (a day, a date, a clock time);
- the run right after the ask's run in the draft is a statement of at most twelve words with its subject first
  ('Ik lig …', 'Mijn zus …', 'De baby …', 'Sander heeft …'; not a condition, a limit or the reader: 'Mocht dat niet
  lukken, dan …', 'Niet voor drie uur, dan …', 'je kunt dan …' are weighed by other rules), no feeling;
- it points back with 'dan' (not its first word, not after a comma, not 'langer dan') or 'die/dat/diezelfde' + a
  day or part of one ('die dag', 'die avond', 'dat weekend');
- the result does not hold it, and it is not the writer's own work as the reason beside an ask that says when
  ('Ik moet dan werken.': the golds drop it, reason_gone.py), nor only where the writer is or what they have on
  then beside an ask for the reader to do something ('Ik ben dan bij de fysio.', 'Ik heb dan een klantgesprek.':
  no gold keeps it whole).
"""

from __future__ import annotations

import re

from .assemble import has_moment
from .checks import SENTENCE_RUN, lower_words
from .lexicon import lexicon
from .reason_gone import is_reason

_MAX_WORDS = 12
_BACK = re.compile(r"(?i)(?<![\w'])(?:(?:die|dien|dat|da|diezelfde|datzelfde|dezelfde|hetzelfde)\s+(?:dag|dagen|avond|"
                   r"ochtend|morgen|middag|namiddag|voormiddag|nacht|week|weekend|uur|moment)|dan)(?![\w'])")
_OPENERS = frozenset({"dan", "als", "alleen", "enkel", "maar", "mor", "ma", "en", "niet", "ni", "nie", "wel", "want",
                      "anders", "zodat", "omdat", "of", "dus", "graag", "liefst", "liever", "ook", "sorry", "dank",
                      "bedankt", "merci", "groetjes", "groeten", "toen", "zeg", "laat", "geen"})
_SUBJECTS = frozenset({"ik", "k", "ich", "ek", "we", "wij", "hij", "zij", "ze", "mijn", "m", "mn", "me", "men", "mien",
                       "onze", "ons", "de", "het", "t", "den", "haar", "zijn", "zn", "hun", "mama", "papa", "mams", "paps"})
# a name as the subject: 'Sander heeft …', 'Lotte is …'; a capital word before its verb
_FINITE_AFTER_NAME = frozenset({"is", "heeft", "moet", "gaat", "komt", "ligt", "zit", "staat", "werkt", "kan", "mag",
                                "wil", "doet", "neemt", "krijgt", "slaapt", "wordt", "blijft", "zal"})
_NOT_SUBJECT = frozenset({"mocht", "is", "hoeft", "ten", "eerder", "later", "vergadering", "behalve", "tenzij", "zit"})
_COMPARED = re.compile(r"(?:meer|minder|anders|eerder|later|liever|beter|langer|korter|sneller|vroeger|[a-z]{3,}er)")
_WHEN_BACK = r"(?:dan|die\s+dag|die\s+(?:avond|ochtend|morgen|middag|namiddag|voormiddag|nacht)|dat\s+weekend)"
_BUSY = re.compile(r"(?i)^(?:ik|'k|k|ich|ek)\s+(?:ben|zijn|sta|zit|heb|hem)\s+" + _WHEN_BACK +
                   r"\s+(?:al\s+|zelf\s+|nog\s+)?(?:in|op|bij|aan|naar|weg|een|ne|nen|mijn|m'n|mn)\b")
_LEAVE = re.compile(r"(?i)^(?:mag|mogen|kan|kon|mocht|zou)\s+(?:ik|'k|k|ich|ek)\b")
_READER = frozenset({"je", "jij", "ge", "gij", "gie", "u", "jullie", "julle", "ulle"})
_FEEL = re.compile(r"(?i)\b(?:voel|durf|rot|vervelend|spijt|haha|lol|schaam|zeur\w*|sorry|bang|hoop)\b")
_TAIL = re.compile(r"[\s.!,;:]*[^\w\s'.!,;:)]*[\s.!]*$")


CODE = "weg-terugwijzer"


def lost(draft: str, sentence: str) -> bool:
    """The result drops the statement after the ask that points back at its moment (see the module)."""
    return bool(dropped(draft, sentence))


def dropped(draft: str, sentence: str) -> str:
    """The statement after the ask that points back at its moment and that the result drops, or ""."""
    if sentence.count("?") != 1:
        return ""
    ask = re.split(r"[.!]\s+", sentence.split("?", 1)[0])[-1]
    if not has_moment(lexicon(), ask):
        return ""
    piece = _after(draft, ask)
    if not piece or not _points_back(piece) or is_reason(_TAIL.sub("", piece.strip()), ask) or _busy(piece, ask):
        return ""
    have = set(lower_words(sentence))
    words = [w for w in lower_words(piece) if len(w) > 2]
    return "" if words and sum(w in have for w in words) >= 0.7 * len(words) else piece


def _after(draft: str, ask: str) -> str:
    """The run right after the one that holds the ask (most words in common, at least three), if it is no question."""
    runs = [m.group(0).strip() for m in SENTENCE_RUN.finditer(draft) if lower_words(m.group(0))]
    want = set(lower_words(ask))
    best, at = 2, -1
    for k, run in enumerate(runs):
        shared = len(want & set(lower_words(run))) + (0.5 if "?" in run else 0)
        if shared > best:
            best, at = shared, k
    if at < 0 or at + 1 >= len(runs) or "?" in runs[at + 1]:
        return ""
    return runs[at + 1]


def _points_back(piece: str) -> bool:
    words = lower_words(piece)
    if not 2 <= len(words) <= _MAX_WORDS or not _subject_first(piece, words) or _FEEL.search(piece):
        return False
    back = _BACK.search(piece)
    if back is None or back.start() == 0 or "," in piece[:back.start()]:
        return False  # 'Mocht dat niet lukken, dan …', 'Eerder kan niet, dan …': a condition and what follows
    before = lower_words(piece[:back.start()])[-3:]  # 'langer dan verwacht', 'langer geduurd dan gepland'
    return not (back.group(0).lower() == "dan" and any(_COMPARED.fullmatch(w) for w in before))


def _busy(piece: str, ask: str) -> bool:
    """The writer says only where they are or what they have on then ('Ik ben dan bij de fysio.', 'Ik sta dan in de
    winkel.', 'Ik heb dan een klantgesprek.'), beside an ask for the reader to do something (not a leave the writer
    asks): every gold of the tuning part that drops it is acceptable (README, round 36 k36a)."""
    return bool(_BUSY.match(piece.strip())) and not _LEAVE.match(re.sub(r"^[^,]{1,30},\s*", "", ask.strip()))


def _subject_first(piece: str, words: list[str]) -> bool:
    """The statement opens with its subject: the writer, a third person or a thing ('Ik lig …', 'Mijn zus …', 'De
    baby …', 'Sander …'), never a condition, a limit or the reader."""
    first = words[0]
    if first in _OPENERS or first in _READER:
        return False
    return first in _SUBJECTS or (piece.lstrip()[:1].isupper() and first not in _NOT_SUBJECT and len(words) > 1
                                  and words[1] in _FINITE_AFTER_NAME)
