"""A sure result never glues the writer's next sentence into the question (round 33, k33g).

In chat without marks the ask and the writer's next sentence run on ('kun je mijn jas brengen ze hangt in de gang');
`runon_ask.ends_ask` cuts most of them, but a shape it does not know may stay glued: 'Kun je komen eten we eten om
6 uur?'. An offered question whose infinitive is followed by a subject and its finite verb ('… brengen | ze hangt',
'… eten | we eten') holds a second clause: the result is not sure. Not inside a clause the ask opened ('kun je me
zeggen of ze thuis is', 'kun je kijken wat hij wil', '… brengen die we kochten'): there the subject is that clause's.
"""

from __future__ import annotations

import re

from .runon import finite_like
from .runon_ask import SUBJECTS, closing_infinitive, verb_shape

CODE = "aan-elkaar"

_FRONTS = frozenset({"kun", "kan", "kunt", "kunnen", "kunne", "kunde", "wil", "wilt", "willen", "wilde", "mag", "mogen",
                     "zou", "zoudt", "zoude", "zouden", "zal", "zult", "zulde"})
_PLURAL = frozenset({"we", "wij"})
_OPENERS = frozenset({"of", "als", "wat", "waar", "wie", "wanneer", "hoe", "die", "dat", "da", "waarom", "welke", "welk",
                      "waarmee", "waarvoor", "om", "zodat", "tot", "voor", "na", "zolang", "tenzij", "omdat", "want"})


def doubt(an, sentence: str) -> list[str]:
    """[CODE] when a question in the offered sentence holds a second subject and verb after its infinitive."""
    if an is None:
        return []
    lex = an.d.lex
    for question in re.findall(r"[^.?!]*\?", sentence):
        parts = question.split(",")
        parts = parts[1:] if len(parts) > 1 and len(parts[0].split()) <= 2 else parts  # 'Wout, kunt gij …'
        words = re.findall(r"[\w']+", ",".join(parts).lower())
        if words and words[0] in _FRONTS and _glued(lex, words):
            return [CODE]
    return [CODE] if any(_glued_command(lex, told) for told in re.findall(r"[^.?!]+(?=[.!]|$)", sentence)) else []


# Round 45 (k45b): 'Bel nu Anouk ze moet komen.', 'Bel Roos ik ben mijn telefoon kwijt.' came out sure: a command run
# on into the writer's next clause (a subject and its finite verb after the command's words, no mark between) is the
# same glue as in a question. Only up to the first comma ('Anouk, bel me, ik …': the comma parts them).
def _glued_command(lex, told: str) -> bool:
    parts = told.split(",")
    parts = parts[1:] if len(parts) > 1 and len(parts[0].split()) <= 2 else parts  # 'Anouk, bel …'
    words = re.findall(r"[\w']+", parts[0].lower())
    if not words or words[0] not in lex.imperatives:
        return False
    for k in range(2, len(words) - 1):
        if words[k - 1] in lex.subordinators or words[k - 1] in _OPENERS:
            return False  # 'bel me als ik …', 'zeg maar of ze komt'
        if words[k] in SUBJECTS and _finite(lex, words[k], words[k + 1]):
            return True
    return False


def _glued(lex, words: list[str]) -> bool:
    for k in range(3, len(words) - 1):
        if words[k - 1] in lex.subordinators or words[k - 1] in _OPENERS:
            return False  # from here on the subject may be an opened clause's ('… zeggen of ze …')
        if words[k] in SUBJECTS and closing_infinitive(lex, words[k - 1]) and _finite(lex, words[k], words[k + 1]):
            return True
    return False


# Round 44 (k44c): 'het regent' is a verb although it ends like a noun in -ent ('Kun je het raam dichtdoen, het regent
# binnen' was sure with the statement glued into the question).
_WEATHER = frozenset({"regent", "sneeuwt", "waait", "hagelt", "vriest", "onweert", "dooit", "stormt", "miezert", "giet"})


def _finite(lex, subject: str, verb: str) -> bool:
    """The subject's finite verb: one the lists know, or after 'we'/'wij' a plural in -en ('we eten')."""
    if subject == "het" and verb in _WEATHER:
        return True
    if verb in lex.modal_inf and subject not in _PLURAL:
        return False
    return finite_like(lex, verb) or verb_shape(lex, verb) or (subject in _PLURAL and closing_infinitive(lex, verb))


def split(an, sentence: str) -> str:
    """The not-sure offer with a glued statement after a comma cut off as a sentence of its own: 'Kun je het raam
    dichtdoen, het regent binnen?' -> 'Kun je het raam dichtdoen? Het regent binnen.' (k44c); as it was otherwise."""
    m = re.fullmatch(r"(?s)(?P<ask>[^.?!]*?),\s+(?P<said>[^,.?!]+)\?", sentence.strip())
    if an is None or m is None or not doubt(an, sentence):
        return sentence
    words = re.findall(r"[\w']+", m.group("said").lower())
    if len(words) < 2 or words[0] not in SUBJECTS or not _finite(an.d.lex, words[0], words[1]):
        return sentence
    said = m.group("said")
    return f"{m.group('ask')}? {said[:1].upper()}{said[1:]}."
