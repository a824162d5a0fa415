"""A negated call set against the call the writer wants: the 'nu' goes with the wanted one (round 43, k43c).

'Bel nu de ambulance niet maar mijn broer', 'bel geen ambulance maar mijn zus', 'bel mijn ouders niet, wel mijn tante':
contract point 7 put 'nu' right after the verb, so it read with the negated call ('Bel nu geen ambulance maar mijn
zus.', sure), and a 'nu' the writer typed there reads the same way. The sentence is reordered, no word added: the
wanted call first, with the 'nu', then the negated one ('Bel nu mijn zus, geen ambulance.', 'Bel nu mijn broer, niet de
ambulance.'); k42r2 keeps the negated call in the result. A shape this does not read with certainty (the negation not
at one end of the negated part, more than a person after 'maar') keeps its sentence and is not sure (`crisis-nu-niet`).

Round 43 review (k43r2): a negated call said as a call of its own before the wanted one ('bel geen ambulance, bel mijn
zus', 'bel de politie niet⏎bel mijn vriendin') was dropped by the engine, and its acute words with it, so the draft's
sentence went back in front of the result ('Ik heb te veel pillen genomen, bel geen ambulance, bel mijn zus. Ik heb te
veel pillen genomen. Bel nu mijn zus.'). `pair_kept` puts the negated call back before the wanted one, in the writer's
order ('Bel geen ambulance, bel nu mijn zus.'); the result stays as sure as it was.
"""

from __future__ import annotations

import re

from .lexicon import lexicon

CODE = "crisis-nu-niet"
_NEG = r"(?:niet|nie|ni|geen|gene|niemand)"
_SHAPE = re.compile(r"(?:^|(?<=[.,!?] ))(?P<verb>(?:[Bb]el|[Hh]aal|[Ss]tuur|[Vv]erwittig|[Ww]aarschuw|[Aa]larmeer)) "
                    r"(?P<nu>nu )?(?P<neg>[^.?!,]*?\b" + _NEG + r"\b[^.?!,]*?)(?P<link>,? maar|, wel) "
                    r"(?P<want>[^.?!,]+?)(?P<tail>,? (?:aub|alsjeblieft|alstublieft|pls|please))?(?P<end>[.?!]|$)")
_ONE = frozenset({"mijn", "m'n", "mn", "de", "het", "een", "onze", "ons", "jouw", "uw", "je", "jij", "mij", "me"})


def wanted_first(sentence: str) -> tuple[str, bool]:
    """The sentence with the wanted call first and the 'nu' with it; False when a 'nu' sits with a negated call in a
    shape not read with certainty (the sentence then stays as it is)."""
    m = _SHAPE.search(sentence)
    if m is None:
        return sentence, True
    negated, want = _negated(m.group("neg")), m.group("want")
    if negated is None or not _person(want):
        return sentence, not m.group("nu")
    nu = "nu " if m.group("nu") and not re.search(r"\bnu\b", want) else ""
    tail = (m.group("tail") or "").lstrip(",")
    end = m.group("end") or "."
    return sentence[:m.start()] + f"{m.group('verb')} {nu}{want}{tail}, {negated}{end}" + sentence[m.end():], True


def _negated(part: str) -> str | None:
    """'de ambulance niet' -> 'niet de ambulance'; 'niet de politie', 'geen ambulance' as they are; None when the
    negation sits inside ('de politie er niet bij')."""
    words = part.split()
    negs = [k for k, w in enumerate(words) if re.fullmatch(_NEG, w.lower())]
    if len(negs) != 1 or len(words) < 2:
        return None
    if negs[0] == 0:
        return part.strip()
    if negs[0] == len(words) - 1:
        return " ".join([words[-1]] + words[:-1])
    return None


def _person(want: str) -> bool:
    """What follows 'maar' names whom to call: 'mijn broer', 'mama', 'Jan', '112', 'mijn broer of mijn zus'."""
    words = want.split()
    if not words or len(words) > 5 or any(re.fullmatch(_NEG, w.lower()) for w in words):
        return False
    first = words[0].lower()
    return first in _ONE or first in lexicon().relations or words[0][:1].isupper() or first[:1].isdigit() \
        or first == "nu" and len(words) > 1 and _person(" ".join(words[1:]))


_PAIR = re.compile(r"(?i)\bbel (?P<neg>[^.?!,\n]+?)\s*[,.!\n]\s*(?:en |maar |ma )?bel (?:nu )?(?P<want>[^.?!,\n]+?)\s*(?=[.?!,\n]|$)")


def pair_kept(draft: str, sentence: str) -> str:
    """The result with a negated call of its own put back before the wanted call it kept ('Bel nu mijn zus.' ->
    'Bel geen ambulance, bel nu mijn zus.'); the sentence as it is when the negated call is there or the shape differs."""
    for m in _PAIR.finditer(draft):
        negated, want = _negated(m.group("neg")), m.group("want").strip()
        if negated is None or not _person(want) or _shown(negated, sentence):
            continue
        kept = re.search(r"(?i)\bbel (?:nu )?" + re.escape(want) + r"\b", sentence)
        if kept is None:
            continue
        verb = sentence[kept.start()] + "el"
        return sentence[:kept.start()] + f"{verb} {m.group('neg').strip()}, bel nu {want}" + sentence[kept.end():]
    return sentence


def _shown(negated: str, sentence: str) -> bool:
    """The negated call's words (without its negation) are all in the sentence."""
    words = [w for w in negated.lower().split() if not re.fullmatch(_NEG, w)]
    said = set(re.findall(r"[\w']+", sentence.lower()))
    return all(w in said for w in words)

