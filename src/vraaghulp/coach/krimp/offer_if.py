"""An offer or advice to the reader read as a request: never sure (round 44 review, k44r).

'Als je wilt, kun je vanavond blijven slapen.' came in sure as 'Kun je vanavond blijven slapen?', 'Hey Dan, als je wil,
kun je morgen komen.' as 'Dan, kun je morgen komen?': the writer offers (or advises: 'Als je het me vraagt, kun je beter
morgen komen.', 'als je mag van je moeder kun je …'), the question asks the reader a favour. The fronted hatch ('als je
wilt', 'als je zin hebt') may go from a request (fronted_if.py), but here it is what makes the sentence an offer:
'Als je wil(t), kun je …' or 'Je kunt … als je wilt', typed as a statement (no question mark). No draft in the krimp
corpus has this shape as its ask (16 drafts hold 'als je wilt/zin hebt' at all, every one beside a question of its
own), so the result is only not sure (code ``aanbod-als``); the sentence itself is left as the engine wrote it.
"""

from __future__ import annotations

import re

CODE = "aanbod-als"
_YOU = r"(?:je|jij|ge|gij|u|jullie)"
_CAN = r"(?:kun|kunt|kan|kunde|kunnen|mag|moogt|mogen)"
_HATCH = (r"(?:als|wanneer|indien)\s+" + _YOU + r"\s+(?:het\s+(?:me|mij)\s+vraagt|wil|wilt|willen|zin\s+hebt|zin\s+heb|zin\s+hebben"
          r"|goesting\s+hebt|mag(?:\s+[^,.?!]{1,40}?)?|moogt(?:\s+[^,.?!]{1,40}?)?)")
_SENTENCES = re.compile(r"[^.?!\n]+[.?!]*")
# at most two words in front ('Hey Dan,'), the hatch, then the ask verb with the reader
_FRONT = re.compile(r"(?i)^\s*(?:[^\s,]+\s*,?\s+){0,2}?" + _HATCH + r"\s*,?\s+" + _CAN + r"\s+" + _YOU + r"\b")
_BACK = re.compile(r"(?i)^\s*(?:[^\s,]+\s*,?\s+){0,2}?" + _YOU + r"\s+" + _CAN + r"\b[^?]*?,?\s+" + _HATCH + r"\s*[.!]*$")


def offered(draft: str) -> bool:
    """A sentence of the draft is such an offer: the hatch in front of (or after) 'kun je …', no question mark."""
    for m in _SENTENCES.finditer(draft):
        said = m.group(0).strip()
        if "?" not in said and (_FRONT.match(said) or _BACK.match(said)) and not _asks_for_me(said):
            return True
    return False


# Round 44 second review (k44r2): 'Als je wilt kun je me morgen bellen.', 'Als u wilt, kunt u mij terugbellen …': with
# the writer as object ('me', 'mij', 'ons') the writer asks something for themself; a request, no offer.
_HATCH_RX = re.compile(r"(?i)\b" + _HATCH)
# (not with 'mag je me …': 'Mag je me morgen ophalen?' asks permission, a wrong question: still not sure)
# Round 44 third review (k44r3): only the object right after the reader ('kun je me …', 'kunt u mij …', 'je kunt me …'):
# 'kun je bij ons blijven slapen', 'met mij meerijden' (after a preposition) and 'kun je ons huis gebruiken' ('ons'
# before a noun, possessive) are offers; 'ons' counts only before a moment or an infinitive ('ons morgen ophalen', 'ons
# helpen'). 'altijd'/'gerust' make it an offer whatever follows ('Als je wilt kun je mij altijd bellen.').
_FOR_ME = re.compile(r"(?i)(?:\b" + _CAN + r"\s+" + _YOU + r"|\b" + _YOU + r"\s+" + _CAN + r")\s+(me|mij|ons)\b(?:\s+([^\W\d_]+))?")
_MAY = re.compile(r"(?i)\b(?:mag|moogt|mogen)\s+" + _YOU + r"\b")
_ANY_TIME = re.compile(r"(?i)\b(?:altijd|gerust|steeds)\b")
_SOFT = frozenset({"eens", "ff", "effe", "efkes", "wel", "ook", "dan", "snel", "mee"})


def _asks_for_me(said: str) -> bool:
    from .lexicon import lexicon

    rest = _HATCH_RX.sub("", said)
    m = _FOR_ME.search(rest)
    if m is None or _MAY.search(rest) or _ANY_TIME.search(rest):
        return False
    after = (m.group(2) or "").lower()
    return m.group(1).lower() != "ons" or after.endswith("en") or after in _SOFT | lexicon().moment_starts


def lost(draft: str, sentence: str) -> bool:
    """The draft offers something and the result asks it as a question."""
    return "?" in sentence and offered(draft)
