"""A capitalised word opening the message before the ask, dropped: never sure (round 44 review, k44r).

'Dan, kun je morgen komen?' came in sure as 'Kun je morgen komen?', 'Hoi Dan kun je morgen de sleutel brengen?' as
'Kun je morgen de sleutel brengen?': 'Dan' is also a word ('then'), so the clause rules read it as a lead word and the
name the writer addressed went (k44c kept it only as 'Hoi Dan,'). A word written as a name (capital, then lower case)
that opens the message, or follows a greeting, right before the ask's verb and the reader ('kun je', 'kunt u') is most
likely the person addressed; when the result leaves it out, which it is cannot be told from the result, so it is not
sure (code ``weg-naam-voor``). A word the lexicon knows there ('Nou, kun je …', 'Sorry, kun je …') is no name,
unless it is also a name ('Dan', 'Ben', 'Wil').
"""

from __future__ import annotations

import re

CODE = "weg-naam-voor"
_GREETING = r"(?:hoi|hey|hei|hai|hallo|hee|hej|dag|yo|jo|beste|lieve|goedemorgen|goedemiddag|goedenavond|moi|hoy)"
ASK = r"(?:kun|kunt|kan|kunde|wil|wilt|zou|zoudt|zoude|mag|moogt|heb|hebt)\s+(?:je|jij|u|ge|gij|jullie)\b"
_LEAD = re.compile(r"^\s*(?:(?i:" + _GREETING + r")\s*,?\s+)?(?P<name>[A-Z][a-zà-ÿ]{1,20})\s*,?\s+(?i:" + ASK + r")")
# the ask's verb and the reader right after a word (names.word_named); k45b2: also asking leave ('Hoi Dan mag ik je …')
ASKED = re.compile(r"\s+(?i:" + ASK + r"|(?:mag|mogen|kan|kun|zou)\s+(?:ik|'k|wij|we)\b)")


# names that are also words the lexicon knows ('dan' is 'then'); the lexicon's own such list is [aanspreken] naam_ook_woord
_SALUTE = re.compile(r"^(?:goe\w*(?:morgen|middag|avond|dag|naavond)|" + _GREETING + r")$")
# Not [aanspreken] naam_ook_woord (round 45, k45b, tried): every word of that list counts as a real word, so 'roos',
# 'kees', 'bo' there would stop 'ik wil dood, bel roos' from being read as an unknown name (crisis_runon.lost).
_ALSO_NAMES = frozenset({"dan", "jan", "roos", "kees", "bo"})
# Round 44 second review (k44r2): 'Oké, kun je …', 'Hé, kun je …', 'Hoi Oké kun je …' were read as a dropped name; an
# interjection is no name (accented forms the lexicon does not hold among them)
_INTERJECTIONS = frozenset({
    "oké", "okee", "oke", "okay", "ok", "okidoki", "hé", "hee", "he", "hè", "ja", "jaja", "jep", "jup", "nee", "neen", "nou",
    "tja", "hm", "hmm", "ah", "aha", "oh", "o", "och", "ach", "oei", "oeps", "zeg", "joh", "allee", "allez", "awel", "amai",
    "wauw", "wow", "super", "top", "prima", "goed", "oja", "ohja", "enfin", "kijk", "luister", "trouwens", "pardon",
    "excuseer", "toe", "please", "merci", "bedankt", "dankje", "dankuwel", "ps", "ha", "haha", "yes", "nice", "echt",
})


def lost(draft: str, sentence: str) -> bool:
    """The draft opens with a name-cased word before its ask and the result holds that word nowhere."""
    from .lexicon import lexicon

    m = _LEAD.match(draft)
    if m is None:
        return False
    word, lex = m.group("name").lower(), lexicon()
    if word in lex.not_name or _SALUTE.match(word) or word in lex.fillers or word in lex.wrapper_words \
            or word in _INTERJECTIONS:
        return False  # 'Goedemiddag, zou u …', 'Alsjeblieft, kun je …'
    if word in lex.real_words and word not in lex.word_names and word not in _ALSO_NAMES:
        return False  # 'Nou, kun je …', 'Sorry, kun je …', 'Trouwens, …': a word, no name
    return re.search(r"(?i)\b" + re.escape(word) + r"\b", sentence) is None
