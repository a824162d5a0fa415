"""A one-line chat crisis draft cut with ' / ' or ' - ' is read as lines (round 42, k42b).

'hee jij / ik wil dood / kom', 'hallo sanne / ik wil niet meer leven / bel me': the writer typed the line breaks of a
chat as a slash or a dash. Read as one clause, the greeting stayed in the offered sentence ('Hee jij / ik wil dood /
kom. Kun je nu bij me zijn?', sure) and the writer's own request was lost behind the ready one. In a crisis draft of
one line, such a separator between words is a line break: the draft is read as the same message typed on lines
('hee jij⏎ik wil dood⏎kom' gives 'Ik wil dood. Kom nu.'). The separator is swapped for a line break of the same
length, so every offset into the draft (the spans the screen strikes through) stays where it was. Outside crisis and
in a draft with lines of its own nothing changes: there a slash is often 'or' ('maandag / dinsdag').

Round 42 review (k42r): no cut between numbers, weekdays or two capitalised words; a line read this way that went from
the result and was more than a greeting, sign-off or name ('de deur is open', 'parking Delhaize') makes it not sure.
Second review (k42r2): a kin word on a line of its own after the first ('ik wil dood - mama - kom je', 'ik wil dood -
sorry papa - kom') is who the message is for: the first one goes back in front ('Mama, ik wil dood. Kom je nu?'), as
a name on the first line of a draft typed on lines does.
"""

from __future__ import annotations

import re

from .care import acute
from .lexicon import lexicon

# ' / ', ' - ', ' – ', ' — ', ' | ' between two words, with a space on either side
CODE = "crisis-regel"
_CUT = re.compile(r"(?<=[\w!?.,)]) [/|\-\u2013\u2014] (?=[\w(])")


_DAYS = frozenset({"ma", "di", "wo", "do", "vr", "za", "zo", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                   "zaterdag", "zondag", "ma.", "di.", "wo.", "do.", "vr.", "za.", "zo."})
# Words of a line that may go without a loss: a greeting, a sign-off, a name word of address, an urge.
_LIGHT = frozenset({"hee", "hey", "hei", "hoi", "hallo", "hai", "hi", "yo", "dag", "daag", "doei", "sorry", "sry", "x",
                    "xx", "xxx", "liefs", "groetjes", "bye", "ciao", "ok", "oke", "oké", "aub", "alsjeblieft", "pls",
                    "please", "nu", "jij", "schat", "lieverd"})


def broken(draft: str) -> str:
    """The draft with its chat separators read as line breaks, when it is one line of crisis language; never between
    digits ('9 - 17', '0471 - 22 33 44'), weekdays ('ma - vr') or two capitalised words ('bij Jan - Kerkstraat 4')."""
    if "\n" in draft.strip() or not _CUT.search(draft) or not acute(draft):
        return draft
    return _CUT.sub(lambda m: m.group(0) if _joined(draft, m.start(), m.end()) else " \n ", draft)


def _joined(draft: str, a: int, b: int) -> bool:
    """The separator at a..b joins what is on either side: numbers, days, a name (k42r)."""
    before, after = draft[:a].split(), draft[b:].split()
    if not before or not after:
        return False
    left, right = before[-1], after[0]
    if left[-1:].isdigit() and right[:1].isdigit():
        return True
    if left.lower() in _DAYS and right.lower().rstrip(",") in _DAYS:
        return True
    return left[:1].isupper() and right[:1].isupper() and len(before) > 1


def lost(draft: str, sentence: str) -> bool:
    """A line of the chat read as lines went from the result, and it was more than a greeting, a sign-off or a name
    ('de deur is open', 'parking Delhaize', 'niet bellen'): the result is not vouched for (k42r)."""
    read = broken(draft)
    if read == draft:
        return False
    light = _LIGHT | lexicon().relations
    said = set(re.findall(r"[\w']+", sentence.lower()))
    for line in read.split("\n"):
        words = [w for w in re.findall(r"[\w']+", line.lower()) if w not in light]
        if words and sum(w in said for w in words) * 2 < len(words):
            return True
    return False


def addressed(draft: str, sentence: str) -> str:
    """The sentence with the first kin word that stood on a line of its own (after the first line) in front as the
    address: 'ik wil dood - mama - kom je' -> 'Mama, ik wil dood. Kom je nu?' (k42r2); as it is when there is none,
    the sentence names it already or opens with an address of its own."""
    read = broken(draft)
    if read == draft or re.match(r"[^\s,.?!]+,", sentence):
        return sentence
    kin = lexicon().relations
    for line in read.split("\n")[1:]:
        words = [w for w in re.findall(r"[\w']+", line) if w.lower() not in _LIGHT]
        if len(words) == 1 and words[0].lower() in kin:
            if words[0].lower() in set(re.findall(r"[\w']+", sentence.lower())):
                return sentence
            first = sentence.split(" ", 1)[0]
            own_name = first[:1].isupper() and re.search(r"(?<=\w )" + re.escape(first) + r"\b", draft)
            rest = sentence if own_name else sentence[:1].lower() + sentence[1:]
            return words[0][:1].upper() + words[0][1:].lower() + ", " + rest
    return sentence
