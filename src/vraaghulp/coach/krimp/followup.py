"""What the ask is about, said in a sentence after it: 'Kun je het geld overmaken? Het was 35 euro.',
'Wil je me helpen? Ik moet een brief schrijven aan de woningbouw.', '…, we zijn met 15 mensen'.

A result that lost an amount the draft names after the ask, or a bare 'help me' whose object is the next
sentence, is never worse with that piece kept as a second sentence in the person's own words. Kept only
when it is short; whether the result stays sure is said apart (``follow_up``'s second value).
"""

from __future__ import annotations

import re

from .checks import lower_words

_AMOUNT = re.compile(
    r"(?i)(?:€\s*\d+|\b\d+(?:[.,]\d+)?\s*(?:euro|eur|€|mensen|personen|man|pagina'?s|blz|dozen|plekken|plaatsen|zitplaatsen)(?!\w))")
PIECES = re.compile(r"[^.?!\n,;\u2600-\u27bf\U0001f000-\U0001faff]+[.?!]*")  # an emoji ends a piece too
_PLAIN = re.compile(r"(?i)^\s*(?:en\s+)?(?:het|dat|da|t|'t)\s+(?:is|was|zijn|waren|wordt|kost|kostte|gaat om)\b|^\s*(?:we|wij)\s+zijn\s+met\b"
                    r"|^\s*(?:en\s+)?(?:ik|we|wij)\s+(?:heb|hebben)\s+(?:nog\s+)?\d+\s+\w+\s+nodig\b")
_BARE_HELP = re.compile(r"(?i)^(?:[^,?]+,\s*)?(?:kun|kan|kunt|wil|wilt|zou)\s+(?:je|jij|u|ge|gij)\s+"
                        r"(?:me|mij|ons)?\s*(?:even|ff|efkes)?\s*(?:helpen|help)\?$")
_OWN = re.compile(r"(?i)^\s*(?:ik|'k|k)\s+(?:moet|weet niet|weet nie|snap|begrijp|krijg)\b")
_MAX_WORDS = 14
# A chat tag at the end ('Het was 35 euro hoor.') goes; a hedge ('maar 3 pagina's', 'met 8, denk ik') is
# the writer's doubt about the amount: kept as typed, and the result is not sure.
_TAG = re.compile(r"(?i)(?:[\s,]+(?:hoor|he|hè|toch|lol|haha|xd))+\s*[.!?]*\s*$")
_HEDGE = frozenset({"maar", "misschien", "mss", "eventueel", "evt", "ofzo", "wss", "waarschijnlijk", "denk", "geloof"})



def _said(piece: str) -> str:
    piece = piece.strip().rstrip(".!?").strip()
    piece = re.sub(r"(?i)^en\s+", "", piece)
    return piece[:1].upper() + piece[1:] + "."


def follow_up(draft: str, sentence: str) -> tuple[str, bool]:
    """(the piece to add after the result, or "", whether the result may stay sure with it)."""
    if not sentence.endswith("?") or "\n" in sentence:
        return "", True
    kept = set(lower_words(sentence))
    q = draft.find("?")
    amount = next((m for m in _AMOUNT.finditer(draft) if not set(lower_words(m.group(0))) <= kept), None)
    if amount is not None:
        piece = next((p for p in PIECES.finditer(draft) if p.start() <= amount.start() < p.end()), None)
        if piece is None or len(lower_words(piece.group(0))) > _MAX_WORDS or _asks(piece.group(0)):
            return "", False
        if q >= 0 and piece.start() < q or not _PLAIN.match(piece.group(0)):
            return "", False  # said before the ask, or not a plain 'het is …': not sure, nothing moved
        said = _said(_TAG.sub("", piece.group(0)))
        return said, not _HEDGE & set(lower_words(said))
    if _BARE_HELP.match(sentence) and 0 <= q < len(draft) - 1:
        nxt = next(iter(PIECES.finditer(draft, q + 1)), None)
        if nxt is not None and _OWN.match(nxt.group(0)) and len(lower_words(nxt.group(0))) <= _MAX_WORDS:
            return _said(nxt.group(0)), False
    return "", True


def _asks(piece: str) -> bool:
    return "?" in piece
