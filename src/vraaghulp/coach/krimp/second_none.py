"""Four more kinds of second request that are none (round 56, k56c).

Counted over the outside files (every tuning-ho*, tuning*-p): the engine offered these beside a main ask as a second
request to send apart, and no author marked one of them as a second request:

- the writer's need beside a main question, the reason for it ('Kunt u de waarborg vrijgeven? Ik heb dat geld echt
  nodig voor de huur.', "We hebben nog 2 auto's nodig.", "'k heb 'm zaterdag nodig voor de huisbezoeken"); idle_second
  reads only 'ik heb het/hem/die … nodig'. Never with 'ook' ('Ik heb ook een extra sleutel nodig': one thing more) or
  with the reader in it ('ik heb je hulp nodig bij …', 'ik heb nodig dat je …': that asks the reader);
- the writer's courtesy with its 'ik' left out ('wil je niet storen met je studie', 'Wil je geen extra werk bezorgen
  hoor', 'wil u niet onnodig belasten'), where no question mark closes it in the draft;
- the writer's own 'cannot' after 'en' ('… en kan ik niet thuis zijn.', 'en kan ik niet opnemen'), where no question
  mark closes it in the draft: a fact about the writer, not 'Kan ik niet …?';
- a word of comfort, a let-off or a sign-off to the reader ('maak je geen zorgen', 'maak je niet druk x', 'denk er
  maar efkes over', 'laat dan maar zitten', 'spreek je', 'Let me know') and a correction of a word ('app bedoel ik').

When unsure, no second request: a missed one costs the writer one more sentence to type, an invented one sends a
question they never asked.
"""

from __future__ import annotations

import re

_LEAD = re.compile(r"(?i)^(?:(?:en|maar|oh|ook|dus|allee|ps)[\s,]+)+")
_NEED = re.compile(r"(?i)^(?:ik|'k|k|we|wij)\s+(?:heb|hebben)\b.*\bnodig\b")
_READER_OR_MORE = re.compile(r"(?i)\b(?:ook|je|jij|jou|jouw|u|uw|ge|gij|jullie)\b")
_BURDEN = re.compile(r"(?i)^(?:wil|wou)\s+(?:je|jou|u|ge|jullie)\s+(?:\w+\s+){0,2}?(?:niet|ni|nie|geen)\b.*"
                     r"\b(?:storen|belasten|bezorgen|opzadelen|overvragen|ontrieven|lastigvallen|lastig\s+vallen)\b")
_COMFORT = re.compile(
    r"(?i)^(?:denk\s+er\s+(?:\w+\s+){0,2}?over|maak\s+je\s+(?:\w+\s+)?(?:geen\s+zorgen|(?:niet|nie|ni)\s+druk)"
    r"|laat\s+(?:het\s+|'t\s+)?(?:dan\s+)?maar\s+zitten|let\s+me\s+know|\w+\s+bedoel\s+ik)\b"
    r"|^spreek\s+(?:je|jullie|u|ulle)(?:\s+(?:snel|later|morgen|gauw|straks))?[\s.!x]*$")  # not 'spreek je … af'
_CANNOT = re.compile(r"(?i)^(?:kan|kun|moet)\s+(?:ik|'k)\s+(?:\w+\s+)?(?:niet|ni|nie)\b")


def none(raw: str, main: str, asked: bool) -> bool:
    """The second request found in `raw` (the draft's words) is none beside the offered `main` sentence; `asked`: a
    question mark closes `raw` in the draft."""
    said = _LEAD.sub("", raw.strip())
    if _NEED.match(said) and "?" in main and not _READER_OR_MORE.search(said):
        return True
    if _COMFORT.match(said):
        return True
    return not asked and bool(_BURDEN.match(said) or _CANNOT.match(said))
