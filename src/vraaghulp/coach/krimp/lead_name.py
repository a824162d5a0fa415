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
# the ask's verb and the reader right after a word (names.word_named); k45b2: also asking leave ('Hoi Dan mag ik je …')
_ASK_ANY = r"(?i:" + ASK + r"|(?:mag|mogen|kan|kun|zou)\s+(?:ik|'k|wij|we)\b|(?:kunde|wilde|zoude)\b)"
ASKED = re.compile(r"\s+" + _ASK_ANY)
# k46c: 'Dan, mag ik je boor lenen' and 'Dan, kunde …' lost 'Dan' while sure: any ask of ASKED after the word
_LEAD = re.compile(r"^\s*(?:(?i:" + _GREETING + r")\s*,?\s+)?(?P<name>[A-Z][a-zà-ÿ]{1,20})\s*,?\s+" + _ASK_ANY
                   # k46cr: 'Hoi Dan! Kun je komen?', 'Hallo Dan. Mag ik …' lost 'Dan' while sure: after a greeting, any mark
                   + r"|^\s*(?i:" + _GREETING + r")\s*,?\s+(?P<hailed>[A-Z][a-zà-ÿ]{1,20})\s*[!.,]\s+" + _ASK_ANY)


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

    if _word_read(draft, sentence) or _comma_name(draft, sentence):
        return True  # k46c
    m = _LEAD.match(draft)
    if m is None:
        return False
    word, lex = (m.group("name") or m.group("hailed")).lower(), lexicon()
    typed = m.group("name") or m.group("hailed")
    worded = (word in lex.real_words or word in _ADVERBS47) and not re.match(rf"\s*(?:\w+\s*,?\s+)?{re.escape(typed)}\s*,", draft)
    if (_known(lex, word) or word in lex.moment_starts or word in _ADVERBS or worded) \
            and word not in lex.word_names | _ALSO_NAMES | lex.first_names | lex.relations \
            and not (_SALUTE.match(word) or word in _INTERJECTIONS) and re.match(rf"\s*{re.escape(typed)},", sentence):
        return True  # 'Straks kun je komen?' -> 'Straks, kun je komen?': a word read as the one addressed (round 46, lead)
    if word in lex.not_name or _SALUTE.match(word) or word in lex.fillers or word in lex.wrapper_words \
            or word in _INTERJECTIONS:
        return False  # 'Goedemiddag, zou u …', 'Alsjeblieft, kun je …'
    if word in lex.real_words and word not in lex.word_names and word not in _ALSO_NAMES:
        return False  # 'Nou, kun je …', 'Sorry, kun je …', 'Trouwens, …': a word, no name
    return re.search(r"(?i)\b" + re.escape(word) + r"\b", sentence) is None


# Round 46 (k46c): a word written with a capital inside a line, right before the ask ('Ik ben ziek Dan kun je niet
# komen?', 'Hoi Straks kun je komen?', 'Hoi Ook kun je komen?'), is a name or a sentence start typed without its mark;
# which one cannot be told. Sure only when the result neither makes a word a name ('Straks, kun je …'), nor leaves it
# in front of the ask ('Ook kun je komen?'), nor drops a name that is also a word ('Dan') or a word that says something
# ('Straks'); a filler or a linking word may go ('Ik ben moe Maar kun je …', 'Hallo Misschien kun je …').
_MID = re.compile(r"[^\W\d_][ \t]+(?P<name>[A-Z][a-zà-ÿ]{1,20})(?=\s*,?\s+" + _ASK_ANY + ")")
# 'Dan, ik ben ziek. Kun je komen?', 'Mijn auto is kapot. Dan, kun je me halen?': a name that is also a word, with its
# comma, opening the draft or a sentence
_OPEN_COMMA = re.compile(r"(?:^\s*|[.!?]\s+)(?P<name>[A-Z]?[a-zà-ÿ]{1,20})\s*,")


# round 47 (lead): 'Liefst kun je …', 'Alvast kun je …' came out 'Liefst, kun je …?', sure: sentence adverbs the
# lexicon does not hold as words (and its real words, above) are read away while sure no more
_ADVERBS = frozenset({"anders", "soms", "straks", "eerst", "daarna", "ook", "nog", "weer", "wel", "zeker", "gewoon"})
# with the writer's own comma ('Liefst, kun je …', 'Alvast, …') the word is no name either, and the result is sure
_ADVERBS47 = frozenset({"alvast", "daarom", "nogmaals", "ondertussen", "intussen", "bijvoorbeeld", "tenslotte", "hierbij",
                      "nadien", "achteraf", "voortaan", "binnenkort", "zometeen", "alsnog", "desnoods", "waarschijnlijk",
                      "tegelijk", "ooit", "gauw", "vlug", "liefst", "liever", "vooral", "verder", "samen", "alleen",
                      "enkel", "graag", "eventueel", "misschien", "dringend", "snel", "vroeg", "laat", "dus", "toch"})


def _word_read(draft: str, sentence: str) -> bool:
    from .lexicon import lexicon

    lex = lexicon()
    for m in _MID.finditer(draft):
        word = m.group("name")
        low = word.lower()
        said = low in _INTERJECTIONS or bool(_SALUTE.match(low))  # 'Hoi Oké kun je …': may go, is no name
        if not said and not (_known(lex, low) or low in lex.moment_starts or low in _ADVERBS) and low not in _ALSO_NAMES:
            continue  # a name the name rules read ('Hoi Sanne kun je …', 'Mevrouw Bos, kunt u …', 'Hoi Peter, mag ik …')
        also = low in lex.word_names or low in _ALSO_NAMES
        if not also and re.search(rf"\b{word},", sentence) or re.search(rf"(?:^|[.!?]\s+){word}\s+(?!,)", sentence):
            return True  # 'Straks, kun je komen?', 'Ook kun je komen?'
        if not said and re.search(rf"(?i)\b{low}\b", sentence) is None and (also or low not in lex.fillers | lex.loose_front | lex.wrapper_words):
            return True  # 'Dan' or 'Straks' gone
    return False


def _known(lex, w: str) -> bool:
    """A word the engine knows as something other than a name (as names.known_word, which imports this module)."""
    return any(w in group for group in (lex.not_verb, lex.finite, lex.fillers, lex.imperatives, lex.loose_front,
                                        lex.subjects, lex.not_name, lex.particles, lex.prepositions, lex.modal_inf,
                                        lex.group_address))


def _comma_name(draft: str, sentence: str) -> bool:
    for m in _OPEN_COMMA.finditer(draft):
        low = m.group("name").lower()
        if (low in _ALSO_NAMES or m.group("name")[0].isupper() and low in _word_names()) and re.search(rf"(?i)\b{low}\b", sentence) is None:
            return True
    return False


def _word_names() -> frozenset:
    from .lexicon import lexicon

    return lexicon().word_names
