"""The writer's own wrong verb form before 'je'/'jij' in the offered question (round 33, k33a).

'wilt je misschien … water geven?', 'Kunt jij me helpen?': with 'je' or 'jij' after it, the verb of 'willen' and
'kunnen' has no -t when it comes first ('wil je', 'kun jij'); 'wilt je' is a common slip of writers with dyslexia
and of learners, and the outside golds write 'wil je' / 'kun je' (h32a-010). 'wilt jullie' / 'kunt jullie' become
'willen jullie' / 'kunnen jullie', and so do a learner's 'kan/wil/mag jullie' ('kan jullie vrijdag het pakket …
brengen?', h28a-007: every gold of the corpus writes the plural; round 41, k41b).

Kept as the writer has it: 'wilt u', 'kunt u', 'wilt ge', 'kunt gij' (right forms); 'jij kunt je eigen …', 'u wilt
je …': the verb after its subject, with 'je' an object or reflexive ('Mijn moeder wilt je spreken' is not a question
form and stays too). Only a verb that opens the clause is mended: at the start of a sentence, after a mark, or after
a listed linking, question or chat word ('en kunt je', 'wanneer wilt je', 'pls kunt je'); after any other word (a
noun subject: 'Mijn zus kunt je …') it stays, so no wrong 'kun' is ever made.
Run in the last tidy: the sentence only changes a letter, `zeker` is what it was.
"""

from __future__ import annotations

import re

_FIXED = {("wilt", "je"): "wil", ("wilt", "jij"): "wil", ("kunt", "je"): "kun", ("kunt", "jij"): "kun",
          ("wilt", "jullie"): "willen", ("kunt", "jullie"): "kunnen", ("kan", "jullie"): "kunnen",
          ("kun", "jullie"): "kunnen", ("wil", "jullie"): "willen", ("mag", "jullie"): "mogen"}

# Words after which the verb opens a question or an inverted clause ('en kunt je …', 'misschien wilt je …').
_OPENERS = frozenset({
    "en", "maar", "dus", "of", "ofwel", "misschien", "anders", "dan", "ook", "wanneer", "waar", "hoe", "wat", "waarom",
    "welke", "welk", "hoelaat", "hoeveel", "eventueel", "alsjeblieft", "aub", "pls", "plz", "please", "svp", "soms",
    "toevallig", "nou", "zeg", "hey", "hoi", "ey", "nog", "echt"})

_SLIP = re.compile(r"(?i)(?<![\w'])(?:(?P<verb>wilt|kunt)\s+(?P<who>je|jij|jullie)|(?P<verb2>kan|kun|wil|mag)\s+(?P<who2>jullie))(?![\w'])")


# After a learner's 'kan jullie' the next word shows 'jullie' is the subject ('kan jullie vrijdag het pakket …'), not
# 'your' ('kan jullie moeder komen?', which stays as typed).
_AFTER_PLURAL = frozenset({
    "de", "het", "een", "mij", "me", "ons", "dat", "die", "dit", "deze", "er", "even", "eens", "misschien", "nog", "ook",
    "morgen", "vandaag", "vanavond", "vanmiddag", "overmorgen", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    "zaterdag", "zondag", "volgende", "aub", "alsjeblieft", "allemaal", "samen", "iemand", "mijn", "m'n", "mn",
    "hem", "haar", "hun", "zo", "snel", "nu", "straks"})


def _plural_subject(rest: str) -> bool:
    nxt = re.match(r"\s*([^\W\d_]+(?:'[^\W\d_]+)?)", rest)
    return bool(nxt) and nxt.group(1).lower() in _AFTER_PLURAL


def _opens(before: str) -> bool:
    """The text before the verb ends where a clause starts: nothing, a mark, or an opening word."""
    before = before.rstrip()
    if not before or before[-1] in ",.!?:;(-\u2013\u2014\u2026":
        return True
    last = re.search(r"([^\W\d_]+)$", before)
    return bool(last) and last.group(1).lower() in _OPENERS


def _form(verb: str, new: str) -> str:
    if verb.isupper():
        return new.upper()
    return new[:1].upper() + new[1:] if verb[:1].isupper() else new


def mended(sentence: str) -> str:
    """The sentence with 'wilt je' / 'kunt jij' / 'kunt jullie' / 'kan jullie' that open a clause in their right form."""
    out, at = [], 0
    for m in _SLIP.finditer(sentence):
        name = "verb" if m.group("verb") else "verb2"
        if not _opens(sentence[: m.start()]) or (name == "verb2" and not _plural_subject(sentence[m.end():])):
            continue
        verb, who = m.group(name), m.group("who" if name == "verb" else "who2")
        out.append(sentence[at: m.start()] + _form(verb, _FIXED[(verb.lower(), who.lower())]))
        at = m.end(name)
    return "".join(out) + sentence[at:]
