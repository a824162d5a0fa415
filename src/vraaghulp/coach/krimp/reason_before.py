"""The short reason right before the ask, back in the not-sure offer (round 28, k28b).

The largest kind of result that lacked a sentence of the gold (tools/krimp_kind_tally.py, 'zin-tekort') was a
not-sure result that cut the plain sentence right before the ask which says why it is asked. That kind as a whole
splits the golds (a reason like 'Lotte is ziek' is in one gold and out of the next: putting every plain sentence
back made 9 results acceptable and 14 not). The part the golds agree on: what broke, leaks, stopped working or
was lost ('De lift is kapot tot donderdag.', 'Het druppelt door mijn plafond.', 'Mijn ladder is gestolen.'),
without which the ask reads as a whim. When that sentence is short, plain (no apology, hedge, greeting, lead-in
or second ask) and the offer is the question alone without any of its words, it goes back in front.
A burglary ('er is bij ons ingebroken') is heavy news, not a breakdown: never put back quietly (test_krimp_k16a.py).
Only the not-sure offer changes (shrink.py puts the sentence back with state_before.kept): a sure result is never touched here (the rules may cut what broke
before an ask that names what it needs: 'Mijn printer is stuk. Kun je een nieuwe cartridge meenemen?' stays sure).
"""

from __future__ import annotations

import re

from . import state_before
from .checks import lower_words

_ENDS = ".!?\n"
_END_MARK = re.compile(r"[.!?\n]")
_MAX_WORDS = 16
# Words that make a sentence something other than a plain fact: a wrapper, a greeting, a lead-in, thanks, a plea.
_NOT_PLAIN = frozenset({
    "sorry", "sory", "excuses", "excuus", "hoop", "hopelijk", "weet", "schrijf", "vraag", "vragen", "vraagje", "naam",
    "hoi", "hallo", "hey", "hee", "dag", "beste", "lieve", "geachte", "bedankt", "merci", "thanks", "alvast",
    "groetjes", "groeten", "misschien", "mss", "eventueel", "durf", "lastig", "storen", "stoor", "druk", "erg",
    "mama", "papa", "moeder", "vader", "hoe", "wat", "waarom", "wanneer", "als", "zou", "zoudt", "zouden",
    "wil", "wilde", "wou", "kun", "kunt", "kan", "mag", "moogt", "graag", "liefst", "snel", "vervelend", "jammer",
})
_BROKE = re.compile(
    r"(?i)\b(?:kapot|stuk|lek|lekt|lekken|druppelt|gestolen|kwijt|panne|defect|kaduuk|uitgevallen|valt\s+uit"
    r"|bijna\s+op|doet\s+het\s+(?:niet|ni|nie)|doen\s+het\s+(?:niet|ni|nie)|werkt\s+(?:niet|ni|nie)|geen\s+warm\s+water"
    r"|start\s+(?:niet|ni|nie)|gebroken|overstroomd)\b")
_SUBJECT_VERB = re.compile(
    r"(?i)^(?:[^\W\d_]+\s+){0,5}?(?:is|zijn|heeft|hebben|heb|ben|doet|werkt|ligt|zit|lekt|druppelt|gaat|mag|kan)\b")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the text, its closing mark included."""
    out, start = [], 0
    for m in _END_MARK.finditer(text):  # each mark of _ENDS (a regex walks the text, not a Python step per character)
        k = m.start()
        if text[start:k + 1].strip(" " + _ENDS):
            out.append((start, k + 1))
        start = k + 1
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def reason(draft: str, sentence: str) -> str:
    """The plain sentence right before the draft's first question, when the offer needs it back ("" if not)."""
    if not sentence.endswith("?") or sentence.count("?") != 1 or any(ch in sentence[:-1] for ch in ".!"):
        return ""  # the offer is the question alone (a sentence kept beside it already says something)
    parts = sentences(draft)
    ask = next((k for k, (a, b) in enumerate(parts) if draft[a:b].rstrip().endswith("?")), None)
    if not ask:
        return ""
    a, b = parts[ask - 1]
    said = unaddressed(" ".join(draft[a:b].split()).strip(), sentence)
    words = lower_words(said)
    if not 4 <= len(words) <= _MAX_WORDS or set(words) & _NOT_PLAIN or not _SUBJECT_VERB.match(said) \
            or not _BROKE.search(said):
        return ""
    if words[0] in _LINKED:
        return ""  # 'Daarnaast lekt de kraan …' is a second point, 'Die zijn bijna op.' leans on the sentence before
    content = {w for w in words if len(w) > 3}
    if not content or content & set(lower_words(sentence)):
        return ""  # the offer shows some of it already
    return said.rstrip(".!")


_GREETING = re.compile(r"(?i)^(?:hoi|hallo|hey|hee|hej|dag|beste|lieve|geachte|goedemorgen|goeiemorgen|goedemiddag|goeiemiddag|"
                       r"goeiedag|goedendag|goedenavond|goeienavond|ha|hai|hi|yo|jo)\b[^,.!?]{0,30},\s*")


def unaddressed(said: str, sentence: str) -> str:
    """The sentence without the greeting and name in front ('Hoi Anouk, ik ben …' -> 'ik ben …'), or without the
    bare name the offer already puts in front ('jonas mijn velo is …' with 'Jonas, …?' -> 'mijn velo is …')."""
    greeted = _GREETING.match(said)
    if greeted:
        return said[greeted.end():]
    name = re.match(r"^([^\W\d_]+),\s", sentence)
    first = said.split(maxsplit=1)
    if name and len(first) == 2 and first[0].rstrip(",").lower() == name.group(1).lower():
        return first[1]
    return said


def put_back(draft: str, sentence: str, name: str = "") -> str:
    """The offer with the reason in front of its question, after the name in front ('Juf Els, Mila heeft … Wilt ge
    …?'); shrink.py does the same in two steps, as it keeps the reason from being struck through."""
    said = reason(draft, sentence)
    return state_before.kept(sentence, name, said) if said else sentence


_LINKED = frozenset({"die", "dat", "da", "deze", "dit", "daarnaast", "verder", "bovendien", "ook", "en", "maar", "inmiddels",
                     "intussen", "daarbij", "daarom", "dus", "want", "toen"})

