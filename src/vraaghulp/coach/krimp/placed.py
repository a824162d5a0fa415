"""A detail of the ask said in the sentence right after it: where the thing is ('Kun je de planten water
geven? De gieter staat achter in de schuur.'), or how to handle it ('Wie kan Bobby uitlaten? Hij mag niet
los.'). Contract point 3: such a detail is part of what is asked; the reader needs it to do the task.

Only the two sentences after the ask's question mark are looked at, piece by piece up to a comma: a piece of
at most ten words that opens with a thing (a pronoun, or an article and a noun, never the writer or the
reader) and then either a verb of lying or standing with a place after it, or 'mag/moet' with a negation.
It is added after the result in the person's own words, like an amount (followup.py).
"""

from __future__ import annotations

import re

from .checks import lower_words
from .fact_after import ask_end

_WORD = r"[^\W\d_][\w'-]*"
# a thing, never 'die'/'dat' (pointing further back) nor the writer's own ('mijn auto staat in de garage': a reason)
_OF = r"(?:de|het|'t|mijn|m'n|mn|ons|onze)"
_THING = rf"(?:hij|zij|ze|het|(?:de|het|'t)\s+{_WORD}(?:\s+{_WORD})?|{_WORD}\s+van\s+{_OF}\s+{_WORD})"
# (round 27) chat drops the article before a thing with a 'van' phrase: 'Sleutel van de schuur ligt onder de bloempot.'
# (a bare word alone is not enough: 'Papa ligt in het ziekenhuis' is news, not where a thing is)
_LIES = r"(?:staat|staan|ligt|liggen|hangt|hangen|zit|zitten|zat|stond|lag)"
_PLACE = (r"(?:in|op|onder|achter|naast|bij|boven|tussen|voor|aan|links|rechts|bovenaan|onderaan|beneden|"
          r"boven|achterin|vooraan|achteraan|binnen|buiten|thuis|nog\s+in|nog\s+op|nog\s+bij)")
_WHERE = re.compile(rf"(?i)^\s*(?:en\s+)?{_THING}\s+(?:{_LIES}\s+(?:al\s+|nog\s+|gewoon\s+)?{_PLACE}\b|(?:staat|is)\s+open\s*$)")
# chat without the thing: 'staat in mn mail concepten' (a file in a folder; 'ligt op mn bureau' after '??' goes,
# tests/test_krimp_round4.py, and 'zit in de trein' is the writer)
_BARE = re.compile(rf"(?i)^\s*(?:en\s+)?(?:staat|staan)\s+(?:al\s+|nog\s+|gewoon\s+)?{_PLACE}\b")
_HANDLE = re.compile(r"(?i)^\s*(?:en\s+)?(?:hij|zij|ze|die)\s+(?:mag|moet)\s+(?:echt\s+)?"
                     r"(?:(?!(?:hij|zij|ze|ik|je|jij|u|ge|we|wij)\b)[^\W\d_]+\s+){0,4}?(?:niet|ni|nie|geen|nooit)\b")
_NOT_A_THING = re.compile(r"(?i)^\s*(?:en\s+)?(?:ik|'k|k|we|wij|je|jij|u|ge|gij|jullie)\b")
_PIECES = re.compile(r"[^.?!\n,;]+")
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
_MAX_WORDS = 10
_LOOK = 2  # the two sentences after the ask ('… afmaken? Ik kwam er niet aan toe. Het bestand staat in …')
_ATTACHED = re.compile(r"(?i)(?<!mijn )(?<!mn )(?<!m'n )\b(?:bijlage|bijlagen|attachment|mail|e-mail)\b")  # the reader has it (not 'mn mail')
# Verbs of lying with a 'place' that are idioms, not where a thing is: 'het ligt aan jou (of …)' (a way
# out), 'het staat buiten kijf dat …', 'staat op het punt', 'op het spel', 'ligt voor de hand' (reasoned.py
# uses it too); and a piece that goes on with 'of'/'dat' says something about the ask, not where it is.
IDIOM = re.compile(r"(?i)\b(?:(?:ligt|liggen|lag)\s+aan|buiten\s+kijf|op\s+het\s+(?:punt|spel)|voor\s+de\s+hand"
                   r"|in\s+de\s+(?:sterren|familie)|in\s+(?:mijn|m'n|mn|je|het)\s+hoofd)\b")
_GOES_ON = re.compile(r"(?i)\b(?:of|dat|da)\b")
_HEDGE = frozenset({"misschien", "mss", "denk", "geloof", "volgens", "ergens", "ofzo", "waarschijnlijk", "wss"})



def _ask_end(draft: str, sentence: str) -> int:
    """The position after the draft's question mark that closes the ask the result keeps (-1: none)."""
    last = lower_words(sentence.rsplit("?", 1)[0])[-1:] if "?" in sentence else []
    for m in re.finditer(r"\?", draft):
        if last and lower_words(draft[: m.start()])[-1:] == last:
            return m.end()
    return -1


def detail(draft: str, sentence: str) -> str:
    """The detail to add after the result ('De gieter staat achter in de schuur.'), or ""."""
    at = _ask_end(draft, sentence)
    at = at if at >= 0 else ask_end(draft, sentence)  # 'over kunnen nemen' kept as 'overnemen', or no '?'
    if at < 0:
        return ""
    kept = set(lower_words(sentence))
    for nxt in _SENTENCE.findall(draft[at:])[:_LOOK]:
        if "?" in nxt:
            return ""  # another question: what follows belongs to it
        pieces = _PIECES.findall(nxt)
        for k, piece in enumerate(pieces):
            words = lower_words(piece)
            if not words or len(words) > _MAX_WORDS or _HEDGE & set(words) or set(words) <= kept:
                continue
            if _NOT_A_THING.match(piece) or _ATTACHED.search(piece) or IDIOM.search(piece) or _GOES_ON.search(piece):
                continue
            if not (_WHERE.match(piece) or _HANDLE.match(piece) or _BARE.match(piece)):
                continue
            text = re.sub(r"(?i)^\s*en\s+", "", piece).strip() + _code_after(pieces[k + 1:k + 2])
            return text[:1].upper() + text[1:] + "."
    return ""


def _code_after(rest: list[str]) -> str:
    """', code 4411', ', ingang 3': a short piece with a number right after the place belongs to it."""
    piece = rest[0].strip() if rest else ""
    return f", {piece}" if piece and len(lower_words(piece)) <= 3 and re.search(r"\d", piece) else ""


def carve(text: str, spans: tuple, pieces: list[str]) -> tuple:
    """The struck-through spans without the pieces added after the result (a detail, an amount): what is
    kept is never shown as removed."""
    out = list(spans)
    for piece in pieces:
        body = piece.rstrip(".!?").strip()
        at = text.lower().find(body.lower()) if body else -1
        if at < 0:
            continue
        end = at + len(body)
        end += 1 if text[end:end + 1] in (".", "!", "?") else 0
        cut = []
        for a, b in out:
            cut += [(a, min(b, at))] if a < at else []
            cut += [(max(a, end), b)] if b > end else []
        out = [_trimmed(text, a, b) for a, b in cut if b > a and text[a:b].strip()]
    return tuple(out)


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while text[a].isspace():
        a += 1
    while text[b - 1].isspace():
        b -= 1
    return a, b
