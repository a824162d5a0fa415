"""An amount said in words beside the ask ('een half uur', 'twee uur', 'drie dagen'): a figure like '14u' or '84,50'
(round 40, k40c).

'kunt ge mij naar het toonmoment … brengen? het begint om 14u in het Kursaal, ik moet er een half uur vroeger zijn.'
(f40-030): the engine kept the start time and dropped the clause with how much earlier, and said `zeker`.
need_beside.py withholds `zeker` when a sentence beside the ask that the result does not keep whole holds a figure the
result lacks, but it counted digits only. An amount of time, money or people written out is the same kind of figure:
a number word or 'half', 'anderhalf', 'een' before a unit of time, or a number word before days, weeks, euro, men.

Not an amount: how long something has gone on ('al twee weken', 'sinds drie dagen': background, as need_beside's
digits), a clock time or span ('om tien uur', 'tot zeven uur', 'voor vijf dagen'), 'een paar' (no amount), 'een dag' or
'een week' on its own (a moment as often as an amount), a vague diminutive ('een uurtje'), a count of people as the
subject of a reason ('drie mensen zijn ziek': only 'man', how many helpers, counts).
"""

from __future__ import annotations

import re

from .checks import lower_words

_NUMBER = (r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|zestig"
           r"|honderd")
_AMOUNT = re.compile(
    rf"(?i)(?<![\w'])(?:(?:een\s+)?half|een\s+halve|anderhalf|anderhalve|een|{_NUMBER})\s+"
    r"(?:uur|kwartier|minuten|min)\b"
    rf"|(?<![\w'])(?:{_NUMBER})\s+(?:dagen|nachten|weken|maanden|euro|man)\b")
# how long it has gone on ('al twee weken'), or a clock time or span rather than an amount ('om tien uur', 'tot zeven
# uur', 'nog voor vijf dagen')
_NOT_AMOUNT = re.compile(r"(?i)\b(?:al|sinds|sedert|om|tot|tegen|rond|na|vanaf|van|voor|tussen|over)\s+$")


def amounts(piece: str) -> list[str]:
    """The amounts said in words in the piece, lower case, without the ones that say how long it has gone on."""
    return [" ".join(lower_words(m.group(0))) for m in _AMOUNT.finditer(piece)
            if not _NOT_AMOUNT.search(piece[max(0, m.start() - 12):m.start()])]


def lacked(piece: str, sentence: str) -> bool:
    """The piece says an amount in words that the result does not hold."""
    have = " ".join(lower_words(sentence))
    return any(f" {a} " not in f" {have} " for a in amounts(piece))
