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
from .dash_join import joins
from .lexicon import lexicon

# ' / ', ' - ', ' – ', ' — ', ' | ' between two words, with a space on either side
CODE = "crisis-regel"
_CUT = re.compile(r"(?<=[\w!?.,)]) [/|\-\u2013\u2014] (?=[\w(])")


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
    """The separator at a..b joins what is on either side: numbers, days, a name (k42r; dash_join.py, k43c)."""
    before, after = draft[:a].split(), draft[b:].split()
    return bool(before and after) and joins(before[-1], after[0], len(before) == 1)


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


_SIGNED = frozenset({"liefs", "groetjes", "groeten", "kusjes", "kus", "x", "xx", "xxx", "je"})
ADDRESS_CODE = "crisis-aanspreking"


def addressed(draft: str, sentence: str, person: str | None = None) -> tuple[str, bool]:
    """The sentence with the first kin word that stood on a line of its own (after the first line) in front as the
    address: 'ik wil dood - mama - kom je' -> 'Mama, ik wil dood. Kom je nu?' (k42r2), also on lines typed as lines
    (k43c); as it is when there is none, the sentence names it already or opens with an address of the draft's own.
    A person typed apart (`person`, oefen or --aan) who is not that kin word is not written in as well: the draft's
    own address stays, in place of the typed one, and the result is not sure (False: whom does it speak to?)."""
    kin, front = _kin_line(draft), re.match(r"([^\s,.?!]+),\s*", sentence)
    if kin is None:  # 'mama⏎ik wil dood⏎kom je' with 'Lien' typed: the draft's first line speaks to mama, not sure
        return sentence, not (person and front and front.group(1).lower() in lexicon().relations
                              and front.group(1).lower() not in person.lower().split())
    other = bool(person) and kin.lower() not in person.lower().split()
    if front and person and front.group(1).lower() in person.lower().split() and other:
        sentence = sentence[front.end():]  # 'Lien, ik wil dood …': the typed person gives way to the draft's 'mama'
        sentence, front = sentence[:1].upper() + sentence[1:], None
    if front or kin.lower() in set(re.findall(r"[\w']+", sentence.lower())):
        return sentence, not other
    first = sentence.split(" ", 1)[0]
    own_name = first[:1].isupper() and re.search(r"(?<=\w )" + re.escape(first) + r"\b", draft)
    rest = sentence if own_name else sentence[:1].lower() + sentence[1:]
    return kin[:1].upper() + kin[1:].lower() + ", " + rest, not other


def _kin_line(draft: str) -> str | None:
    """The first kin word alone on a line after the first: of the chat read as lines, or of a draft typed on three
    lines or more; never one signed on the last line ('liefs mama', 'xx papa': the writer, not the reader)."""
    read = broken(draft)
    lines = [ln for ln in read.split("\n") if ln.strip()]
    if read == draft and len(lines) < 3:
        return None
    kin = lexicon().relations
    for k, line in enumerate(lines[1:], 1):
        said = re.findall(r"[\w']+", line)
        words = [w for w in said if w.lower() not in _LIGHT]
        if len(words) == 1 and words[0].lower() in kin:
            signed = k == len(lines) - 1 and any(w.lower() in _SIGNED for w in said)
            return None if signed else words[0]
    return None
