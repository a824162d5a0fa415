"""A wish about the reader said as the writer's own wish ('Graag zou ik zien dat je zaterdag komt.'): never a question
of the writer's own (round 44, k44c).

'Graag zou ik zien dat je …' has the inverted 'zou ik' of a question after 'Graag', so the clause rules read it as one
and made it direct: 'Kan ik zien dat je zaterdag komt?' (sure), a question whether the writer may see something. The
wish is about what the reader does; the request is 'Kun je zaterdag komen?', which the rules cannot yet write. So a
result that asks for the writer's own seeing, hearing or having where the draft wished something of the reader
('zou ik graag zien dat je', 'ik zie graag dat jullie', 'ik had graag dat u') is never sure (code ``wens-lezer``), and
the not-sure offer keeps the writer's own sentence. 'Graag zou ik zaterdag je boor lenen.' -> 'Kan ik zaterdag je
boor lenen?' (no 'dat' about the reader) is not this kind.
"""

from __future__ import annotations

import re

CODE = "wens-lezer"
_WISH = re.compile(
    r"(?i)\b(?:graag\s+(?:zou|had|wil)\s+ik|ik\s+(?:zou|had|wil|zie|hoor)\s+(?:het\s+)?graag|ik\s+zou\s+willen)"
    r"(?:\s+(?:zien|horen|hebben|willen))?\s+(?:dat|da)\s+(?:je|jij|u|ge|gij|jullie)\b")
_OWN_ASK = re.compile(r"(?i)\b(?:kan|kun|mag|wil)\s+ik\s+(?:\w+\s+){0,2}?(?:zien|horen|hebben|willen)\s+(?:dat|da)\b")


# Round 44 review (k44r): the same turn with any subject or a question ('Graag zou ik zien dat Bo morgen komt.',
# 'Graag zou ik horen of je zondag kunt.', 'Graag zou ik van je horen.' -> 'Kan ik horen of …?', sure). No outside gold
# of a 'graag zou ik weten/horen/zien' draft says 'Kan ik weten/horen/zien …' (13 such drafts in the corpus).
_ANY_WISH = re.compile(r"(?i)\b(?:graag\s+(?:zou|had|wil)\s+ik|ik\s+(?:zou|had|wil)\s+(?:het\s+)?graag)"
                       r"\s+(?:[\w']+\s+){0,3}?(?:zien|horen|weten)\b")
_OWN_SENSE = re.compile(r"(?i)\b(?:kan|kun|mag|wil)\s+ik\s+(?:[\w']+\s+){0,3}?(?:zien|horen|weten)\b")


def lost(draft: str, sentence: str) -> bool:
    """The draft wishes something of the reader (or to see, hear or know something) and the result asks the writer's
    own seeing, hearing or knowing instead, which the draft itself never asked."""
    if _WISH.search(draft) and _OWN_ASK.search(sentence):
        return True
    return bool(_ANY_WISH.search(draft)) and bool(_OWN_SENSE.search(sentence)) and not _OWN_SENSE.search(draft)


_TURNED = re.compile(r"(?i)^(?P<name>[^,?]+,\s+)?(?:kan|kun|mag|wil)\s+ik\s+(?:\w+\s+){0,2}?(?:zien|horen|hebben|willen)"
                     r"\s+(?:dat|da)\s+(?P<subject>je|jij|u|ge|gij|jullie)\s+(?P<rest>[^?.!]+?)\s*[?.!]?$")
_CAN = {"je": "Kun je", "jij": "Kun jij", "u": "Kunt u", "ge": "Kunt ge", "gij": "Kunt gij", "jullie": "Kunnen jullie"}


def asked(lex, sentence: str) -> str:
    """'Kan ik zien dat je zaterdag komt?' -> 'Kun je zaterdag komen?': the wish asked of the reader, its finite verb
    (last, or before a last infinitive: 'komt helpen') made the infinitive; the sentence as it was when that fails."""
    from .verbs import infinitive_of, is_infinitive

    m = _TURNED.match(sentence.strip())
    if m is None:
        return sentence
    words, subject = m.group("rest").split(), m.group("subject").lower()
    at = len(words) - 2 if len(words) > 1 and is_infinitive(lex, words[-1].lower()) else len(words) - 1
    if subject != "jullie":
        verb = words[at].lower()
        if not (verb in lex.finite or verb in lex.irregular or verb.endswith("t")) or verb in lex.not_verb:
            return sentence
        infinitive, sure = infinitive_of(lex, verb)
        if not sure or infinitive == verb:
            return sentence
        words[at] = infinitive
    name = m.group("name") or ""
    can = _CAN[subject]
    return f"{name}{can.lower() if name else can} {' '.join(words)}?"
