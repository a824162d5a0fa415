"""The sentence a pointing ask leans on, put back in front of a not-sure result.

'Sinds het weekend komt er geen warm water meer uit de douche. Ik weet dat u het druk heeft, maar zou u
deze week iemand kunnen sturen om dat te maken?': shrunk to 'Kunt u deze week iemand sturen om dat te
maken?', 'dat' points at nothing. When the result is not sure anyway, holds nothing before its ask but a
vocative, and its ask points back ('om dat te maken', 'daar … naar kijken', 'ernaar', 'het nalezen'),
the plain sentence right before the ask in the draft is put back in front of it, as typed (contract
point 3 and the notes §3: a reference word keeps the sentence that holds what it points at).

On the not-sure path only: this never makes a result sure, it only makes the offer readable; a sure result
that would lean this way is made not sure first (`lost_lean`, shrink._last_looks).
"""

from __future__ import annotations

import re

from .checks import lower_words

# a pointer in the ask: a pronoun object right before the last verb, or a pronominal adverb ('er vanavond naar kijken?',
# never the 'er' of 'wie kan er zondag rijden naar Breda?': a place after 'naar', k36a)
_ARTICLE = "".join(rf"(?<!\b{p} )" for p in ("naar", "in", "op", "bij", "uit", "van", "aan", "met", "voor", "over", "door", "tot"))
_POINT = re.compile(r"(?i)" + _ARTICLE + r"\b(?:dat|da|het|'t|die|hem)\s+(?:(?:even|eens|ff|efkes|ne\s+keer)\s+)?(?:te\s+)?[^\W\d_]+\?"
                    r"|\b(?:daar|ernaar|daarnaar|ermee|daarmee|eraan|daaraan|erin|daarin)\b"
                    r"|\ber\s+(?:[^\W\d_]+\s+){0,3}?(?:naar|mee|aan|in|op|over)\s+(?-i:[a-zà-ÿ])[^\W\d_]*en\?")  # 'er … naar kijken?'
# 'ermee akkoord gaan dat …', 'erop letten of …': the pointer points ahead, at its own clause
_AHEAD = re.compile(r"(?i)\b(?:er|daar)\w*\b[^?]*\b(?:dat|da|of|om\s+te)\b")
VOCATIVE = re.compile(r"^([^,?.!]{1,40}),\s+(?=\S)")
WRAPPED = re.compile(r"(?i)\b(?:sorry|sry|excuus|excuses|druk|lastig\w*|storen|stoor|moeite|hoi|hallo|hey|hee|dag|beste|"
                      r"geachte|spijt|hoe\s+is|weet\s+(?:dat|da)|vraag|vragen|durf|hoop|misschien|mss|bezwaard|schuldig|belast\w*)\b")
_BOUNDARY = re.compile(r"[.!?\n]")
_MAX_WORDS = 16


def _before_ask(draft: str) -> tuple[str, int]:
    """The draft sentence right before the first question, and where the question's sentence starts."""
    q = draft.find("?")
    if q < 0:
        return "", -1
    ends = [m.end() for m in _BOUNDARY.finditer(draft, 0, q)]
    if not ends:
        return "", -1
    start = ends[-2] if len(ends) > 1 else 0
    return draft[start:ends[-1]].strip(), ends[-1]


def leaned(draft: str, sentence: str) -> str:
    """The result with the sentence its pointing ask leans on in front, or the result unchanged."""
    if not sentence.endswith("?") or sentence.count("?") != 1:
        return sentence
    voc = VOCATIVE.match(sentence)
    ask = sentence[voc.end():] if voc else sentence
    if re.search(r"[.!]\s", ask) or not _POINT.search(ask) or _AHEAD.search(ask):
        return sentence  # something stands before the ask already
    said, _at = _before_ask(draft)
    if voc:  # 'Beste meneer Smit, de kraan … lekt.': the greeting and name in front are the vocative kept
        said = re.sub(rf"(?i)^[^,.!?]{{0,20}}\b{re.escape(voc.group(1))}\s*,\s*", "", said)
    words = lower_words(said)
    if not said or WRAPPED.search(said) or not 3 <= len(words) <= _MAX_WORDS or set(words) <= set(lower_words(sentence)):
        return sentence
    told = [w for w in words if len(w) > 3]
    if sum(w in set(lower_words(sentence)) for w in told) * 2 > len(told):
        return sentence  # 'wij zijn vanaf vrijdag een week weg': its moment is in the ask already
    said = said.rstrip(".!").strip()
    said = said[:1].upper() + said[1:] + "."
    if voc:
        first = lower_words(said)[:1]
        said = said[:1].lower() + said[1:] if first and first[0] in _PLAIN_START else said
        return f"{voc.group(1)}, {said} {ask[:1].upper()}{ask[1:]}"
    return f"{said} {ask}"


_PLAIN_START = frozenset({"de", "het", "een", "ik", "mijn", "mn", "ons", "onze", "er", "sinds", "we", "wij", "bij", "in",
                          "op", "na", "toen", "gisteren", "vandaag", "deze", "die", "dat", "daar", "hier", "zoals"})


CODE = "weg-verwijzing"


def lost_lean(draft: str, sentence: str) -> bool:
    """A finished sure result whose pointing ask lost the sentence it leans on ('Kunt u deze week iemand sturen
    om dat te maken?' without 'De kraan lekt al een week.'): it may not stay sure; the not-sure offer then
    gets the sentence back in front (`leaned`)."""
    return leaned(draft, sentence) != sentence
