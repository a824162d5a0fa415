"""A crisis draft that asks its own question keeps it instead of the ready request (round 58, k58c; point 7).

'… ik ben nu met de kinderen bij de bushalte in Kessel-Lo. Wat moet ik doen?' (p56-039) came out '… Kunt ge nu bij me
zijn?': a question with a question word in front and the writer as its subject ('Wat moet ik doen?', 'Waar moet ik
naartoe?', 'Wie kan ik bellen?') or the reader's advice ('Wat zou jij doen?') is no request the clause rules find, so
the crisis result got the ready request, and sure. It is the writer's own request: the brief keeps it. `asked` finds
it (the draft's last such question, a '?' after it or the draft's last words); `kept` puts it where the ready request
stood, with 'nu' after its subject when it names no moment (point 7: 'Wat moet ik nu doen?'). A question that says
how bad it is rather than asking ('Wat moet ik hier nog?', 'Wie zou mij missen?') ends in no verb of doing or going
and is left alone. The result with the writer's question in it is not sure (`CODE`): the ready request was the one
the checks before had judged.
"""

from __future__ import annotations

import re

from .lexicon import lexicon

CODE = "crisis-eigen-vraag"
OTHER = "crisis-vraagwoord"  # a result asking with a question word in front that is no question for help
_ASKED = re.compile(
    r"(?i)^(?:en\s+|maar\s+|dus\s+)?(?P<q>(?:wat|wa|waar|waarheen|waarnaartoe|wie)\s+"
    r"(?:moet|moe|kan|ken|kun|kunt|mag|zal|zou|zoudt|moest)\s+(?P<who>ik|'k|k|jij|je|gij|ge|u)\s+"
    r"(?P<rest>(?:[\w'-]+\s+){0,4}?(?:doen|naartoe|heen|bellen|zeggen|gaan|slapen|beginnen|doen\s+nu)))"
    r"\s*(?P<end>\?+|$)")
_NOW = re.compile(r"(?i)\b(?:nu|vannacht|vanavond|vandaag|morgen|straks|meteen|direct)\b")
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")
_OTHER = re.compile(r"(?i)(?:^|[.!?]\s+|,\s+)(?:wie|wat|wa|waar|waarom|hoe)\s+[^.!?]*\?\s*$")


def asked(draft: str) -> str:
    """The writer's own question of the draft (as typed, without its question marks), or ""."""
    parts = [m.group(0).strip() for m in _SENTENCES.finditer(draft) if m.group(0).strip()]
    for k in range(len(parts) - 1, -1, -1):
        text = parts[k].rstrip(".!").strip()
        match = _ASKED.match(text)
        if match and (match.group("end") or k == len(parts) - 1) and "nog" not in text.lower().split():
            return match.group("q")
    return ""


def _ready() -> list[str]:
    lex = lexicon()
    plain = lex.setting("crisis_zin", "Het gaat niet goed met me. Kun je nu bij me zijn?").split(". ", 1)[1]
    return [plain, lex.setting("crisis_vraag_ge", "Kunt ge nu bij me zijn?"), lex.setting("crisis_vraag_u", "Kunt u nu bij me zijn?")]


def said(question: str) -> str:
    """The question as the result asks it: a capital, 'nu' after its subject when it names no moment, a '?'."""
    match = _ASKED.match(question)
    text = question
    if match and not _NOW.search(question):
        at = match.end("who")
        text = question[:at] + " nu" + question[at:]
    return text[:1].upper() + text[1:] + "?"


def kept(draft: str, sentence: str) -> tuple[str, bool]:
    """(the crisis result with the writer's own question where the ready request stood, whether it was put in)."""
    question = asked(draft)
    if not question:
        return sentence, False
    low = sentence.lower()
    for ready in _ready():
        at = low.find(ready.lower())
        if at >= 0:
            own = said(question)
            if at > 0 and sentence[at - 2:at] == ", ":
                own = own[:1].lower() + own[1:]  # 'Tine, wat moet ik nu doen?'
            return sentence[:at] + own + sentence[at + len(ready):], True
    return sentence, False


def marked(draft: str, sentence: str, problems: list) -> tuple[str, bool]:
    """kept(), and `CODE` among `problems` when the writer's question was put in; True too (not sure, `OTHER`) when
    the result asks a question with a question word in front that is no question for help: 'Jan, ik wil niet meer
    leven. Wie zou mij missen?' came out 'Wie kan mij nu missen?', sure, the writer's despair read as a request."""
    sentence, put = kept(draft, sentence)
    other = not put and bool(_OTHER.search(sentence)) and not asked(draft)
    problems.extend([CODE] if put else [OTHER] if other else [])
    return sentence, put or other

