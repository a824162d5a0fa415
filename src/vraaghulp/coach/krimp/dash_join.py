"""A dash (or slash) between two words that it joins rather than separates (round 43, k43c).

'tussen 14 - 16 uur', '9u - 17u', '0471 - 22 33 44', 'ma - vr', 'van maandag - woensdag', 'bij Jan - Kerkstraat 4':
the dash is a range or part of a name, never the end of a clause or a chat line. Two readers cut at a dash: the clause
split (segment.py; 'Ik ben tussen 14 - 16 uur thuis.' was cut to 'Ik ben tussen 14.') and a one-line crisis chat read
as lines (crisis_lines.py, k42r). Both ask this module, so the two never disagree.
"""

from __future__ import annotations

DAYS = frozenset({"ma", "di", "wo", "do", "vr", "za", "zo", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                  "zaterdag", "zondag", "ma.", "di.", "wo.", "do.", "vr.", "za.", "zo."})
# A word that closes a time before the dash ('14 uur - 16 uur') and one that opens it after ('3 uur - half 4').
_TIME_AFTER = frozenset({"uur", "u", "h", "uurtje"})
_TIME_BEFORE = frozenset({"half", "kwart"})


def joins(left: str, right: str, first: bool) -> bool:
    """The dash between the words `left` and `right` joins them: numbers and times ('14 - 16', '9u - 17u', '14 uur -
    half 4'), weekdays ('ma - vr'), two capitalised words ('Jan - Kerkstraat 4') unless `left` opens the text (`first`:
    'Hallo - Ik …' is a greeting and a new line)."""
    left, right = left.rstrip(","), right.rstrip(",")
    if not left or not right:
        return False
    timed = any(ch.isdigit() for ch in left) or left.lower() in _TIME_AFTER
    if timed and (right[:1].isdigit() or right.lower() in _TIME_BEFORE):
        return True
    if left.lower() in DAYS and right.lower() in DAYS:
        return True
    return left[:1].isupper() and right[:1].isupper() and not first
