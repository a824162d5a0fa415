"""The first-sight gate (round 24): shapes of a finished result that were wrong-and-sure on text nobody tuned for.

Every outside file (tuning-ho17 … ho23b) was first read by an engine that had never seen it; those first-sight
results (rebuilt by ``tools/krimp_first_sight.py``) held 28 wrong-and-sure ones among 254 sure ones. Mending the
single classes each time did not lower the count on the next fresh file, so this gate looks at general shapes
those wrong results shared and the right ones mostly did not, and withholds ``zeker`` (never changes the offered
sentence: it runs after the sentence is settled; for a crisis result only the result's own shapes count). No words of particular drafts; the shapes:

- ``weg-ontkend``: a clause of the draft that goes (the result shows fewer than half of its words, at least three
  words) and holds a negation ('de laatste bus rijdt niet', 'ik mag daarna ni rijden', 'je hoeft niet te komen'):
  what is not or cannot be usually carries the ask;
- ``weg-staat``: the same, of a clause the analysis reads as the writer's state ('ik word gepest op school');
- ``ni-in-vraag``: the Flemish 'ni'/'nie' left inside a question of the result ('kunt ge mij ni …?'): a polite
  negation read as part of the ask, or a real one: readers differ;
- ``vlaams-vulsel``: the Flemish filler 'ne keer'/'nen keer' left in the result;
- ``leerder-volgorde``: a sentence of the result that opens with one word, then a subject pronoun and a finite
  verb without a comma ('Soms ik denk …', 'Donderdag ik moet …'): a learner's word order copied, not mended.

What it costs and catches (first sight and the current tuning part) is in tests/corpus/krimp/README.md, round 24;
``tools/krimp_first_sight_gate.py`` measures it, leave-one-file-out.

Round 26 (k26g) measured the same rows for results that are sure but not ACCEPTABLE (a must-drop word kept, far
from what a careful writer sends) and added three shapes of the result itself:

- ``weg-woord``: a word of apology ('sorry' in any spelling, 'excuses', 'het spijt me', 'niet mijn schuld') or an
  informal greeting opening the result ('Heej Noa, …', 'Guys, …'): what the writer wraps the ask in, kept. Shame
  ('ik schaam me') is not in it: the tuning authors keep it as an honest state about the matter;
- ``even-vulsel``: the softener 'even' in a chat or dialect spelling ('ff', 'effe', 'efkes'; the spelling table
  rewrites them to 'even', a word of the engine's own filler list). Plain 'even' is not in it: the tuning authors
  keep it in 70 acceptable sure results (5 not), on first sight it was in 2 not acceptable and 4 acceptable;
- ``lang-resultaat``: a result of thirty words or more: a careful writer's message is shorter.

What they cost and catch: tests/corpus/krimp/README.md, round 26 (k26g); ``tools/krimp_first_sight_gate.py`` part 4.
"""

from __future__ import annotations

import re

from .checks import text_words
from .wordsets import NEGATIONS

ACTIVE = True  # tests of what a rule makes of a draft switch the gate off (the `rules_only` fixture)
CODES = ("weg-ontkend", "weg-staat", "ni-in-vraag", "vlaams-vulsel", "leerder-volgorde",
         "weg-woord", "even-vulsel", "lang-resultaat")
LONG = 30  # words: a result this long is rarely what a careful writer sends (round 26)
_ROLES = ("staat", "tekst")
_NEG = NEGATIONS | {"niemand", "gene"}  # NEGATIONS already holds ni, nie, nooit
_QUESTION = re.compile(r"[^.?!]*\?")
_FLEMISH_NOT = re.compile(r"(?i)\b(?:ni|nie)\b")
_FILLER = re.compile(r"(?i)\bnen? keer\b")
_SUBJECTS = r"(?:ik|je|jij|ge|gij|we|wij|hij|zij|ze|u)"
_FINITE = r"(?:denk|moet|kan|wil|ben|heb|ga|weet|voel|kom|mag|zal|moeten|kunnen|willen|zijn|hebben)"
_NOT_FIRST = frozenset({"ik", "je", "jij", "ge", "gij", "we", "wij", "hij", "zij", "ze", "u", "het", "dat", "er",
                        "dan", "en", "maar", "want", "mijn", "of", "als", "toen", "omdat", "hoe", "wat", "wie",
                        "waar", "wanneer", "waarom"})
_LEARNER = re.compile(rf"(?i)^([a-zà-ÿ]+) {_SUBJECTS} {_FINITE}\b")
_VOCATIVE = re.compile(r"^[^,.?!]{1,40},\s*")
_SORRY = r"sor+[iy]e?|sor+[eu]y|sry|srry|soz|sowwy"  # the spellings the spelling table reads as 'sorry'
_APOLOGY = re.compile(rf"(?i)\b(?:{_SORRY}|excuus|excuses|excuseer\w*|spijt|kwalijk|mijn schul[dt])\b")
_GREETING = re.compile(r"(?i)^\s*(?:he+[jy]+|hoi+|hai|hallo+|hello|hi|yo+|jo+w?|guys|hee+|hé|hola|ey+)\b")
_EVEN = re.compile(r"(?i)\b(?:ff+|effen?|efkes|efkens|efjes|eefkes|evekes|evetjes)\b")  # chat and dialect 'even'
_WORDS = re.compile(r"[\w'À-ÿ]+")


def doubts(out, sentence: str) -> list[str]:
    """The codes of the first-sight shapes a sure result shows (empty: it may stay sure). A crisis result is the
    ready sentence or the plea by design (contract point 7): what of the draft went is not asked of it there."""
    if not ACTIVE:
        return []
    codes = [] if getattr(out, "crisis", False) else dropped_kinds(getattr(out, "analysis", None), sentence)
    return codes + result_kinds(sentence)


def dropped_kinds(an, sentence: str) -> list[str]:
    """``weg-ontkend``/``weg-staat`` for a clause of the draft the result lets go of."""
    if an is None:
        return []
    d = an.d
    shown = set(text_words(sentence))
    codes: list[str] = []
    for c in getattr(an, "clauses", []):
        if c.role not in _ROLES:
            continue
        words = [d.word(i) for i in range(c.a, c.b) if d.is_word(i)]
        seen = sum(1 for i in range(c.a, c.b) if d.is_word(i) and _shown(d, i, shown))  # "'k zitte" read 'ik zit'
        if len(words) < 3 or seen * 2 >= len(words):
            continue
        if c.role == "staat" and "weg-staat" not in codes:
            codes.append("weg-staat")
        if set(words) & _NEG and "weg-ontkend" not in codes:
            codes.append("weg-ontkend")
    return codes


def _shown(d, i: int, shown: set[str]) -> bool:
    """Token i is in the result: as the engine reads it or as it was typed."""
    return d.word(i) in shown or bool(set(text_words(d.tok_text(i))) & shown)


def result_kinds(sentence: str) -> list[str]:
    """The shapes of the result itself: a Flemish 'ni' in a question, a filler, a learner's word order, and the
    round 26 shapes of ``kept_kinds``."""
    codes = []
    if any(_FLEMISH_NOT.search(q) for q in _QUESTION.findall(sentence)):
        codes.append("ni-in-vraag")
    if _FILLER.search(sentence):
        codes.append("vlaams-vulsel")
    if any(_learner(s) for s in re.split(r"(?<=[.?!])\s+", sentence.strip())):
        codes.append("leerder-volgorde")
    return codes + kept_kinds(sentence)


def kept_kinds(sentence: str) -> list[str]:
    """Round 26: an apology or greeting kept, 'even' kept in chat or dialect spelling, a result far too long."""
    codes = []
    if _APOLOGY.search(sentence) or _GREETING.match(sentence):
        codes.append("weg-woord")
    if _EVEN.search(sentence):
        codes.append("even-vulsel")
    if len(_WORDS.findall(sentence)) >= LONG:
        codes.append("lang-resultaat")
    return codes


def _learner(sentence: str) -> bool:
    """'Soms ik denk …': one word, a subject pronoun, a finite verb (after a vocative with its comma)."""
    for body in (sentence, _VOCATIVE.sub("", sentence, count=1)):
        m = _LEARNER.match(body)
        if m and m.group(1).lower() not in _NOT_FIRST:
            return True
    return False
