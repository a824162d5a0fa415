"""Every part of the draft that goes is named in a finding (contract point 2).

The wrapper kinds (apologies, hatches, hedges, greetings …) are named where they are found. What is
left of a dropped stretch after those (a reason, some background, a fact about the writer: 'Ik moet
tot zes uur werken.') used to go without a word. Here it gets one finding of its own kind,
``achtergrond``, quoting the draft's own words, so the person sees what went and may put it back.
"""

from __future__ import annotations

import re

from . import findings as fx
from .checks import text_words
from .padding_kind import kind_of
from .second_ask import untied
from .statement import ASKING, READER

# Where a dropped stretch breaks into pieces: a sentence mark or comma before a space (not the
# point in '14.00'), a line break, a colon, brackets, an emoji before a capital (a full stop typed
# as an emoji: 'niks geregeld 🙈 Kunde gij …').
_BREAK = re.compile(r"[.!?,;:]+(?=\s|$)|[\n()]|(?<=\s)[^\w\s.,!?;:'\"()&+*/@#%€$-]+(?=\s+[A-Z])")
# Words that say nothing on their own at the edge of a piece ('maar', 'hoor', 'dus').
_EDGE = frozenset({"maar", "en", "dus", "of", "hoor", "he", "hè", "hé", "nou", "oke", "ok", "ja", "nee", "want"})
_ASK_WORDS = 30  # a second request is a sentence, not a run of 50,000 characters
_MIN_WORDS = 3  # a loose 'ahja', a lone word or what a rewrite left ('heb jij') is no part worth naming


def unnamed(lex, text: str, spans, sentence: str, found, position, again=None, ask_at=None) -> list:
    """Findings ('achtergrond') for the pieces of the dropped spans (character offsets in `text`) that
    no finding in `found` names and that the result `sentence` does not keep. `position` maps a
    character offset to the position findings are ordered by; `again` shrinks a piece that asks the
    reader on its own (a second request to send apart); `ask_at`: the main ask's position, after which alone a
    question about what the reader knows is one, and only when the draft holds no other second request."""
    kept = set(text_words(sentence))
    named = [f.text for _pos, f in found if f.text]
    named_words = {w for t in named for w in text_words(t)}
    blanks = named_patterns(named)  # made once for all the spans
    out = []
    other = any(f.kind == "meer-vragen" for _pos, f in found)
    for a, b in spans:
        stretch = blanked(text[a:b], blanks)
        for start, raw in dropped_pieces(stretch):
            piece = _trimmed(raw)
            words = text_words(piece)
            new = [w for w in words if w not in kept and w not in named_words]
            if len(words) >= _MIN_WORDS and len(new) >= _MIN_WORDS - 1:
                at = position(a + start)
                knows = again if ask_at is not None and at > ask_at and not other else None
                out.append((at, _finding(lex, piece, text[a + start + len(raw):], again, knows)))
    return out


# 'Daarna kun je de planten water geven.': one more thing asked of the reader, never background.
_ASKS = re.compile(r"^(?:(?:en|dan|daarna|dus|ook|verder)\s+)*(?:" + "|".join(sorted(ASKING)) + r")\s+(?:"
                   + "|".join(sorted(READER)) + r")\b", re.IGNORECASE)


# 'Weet jij trouwens of ik nog recht heb op …?', 'Weet iemand wie …?', 'Kent gij nog iemand die …?': a question to the
# reader about what they know, asked with its own mark, is a second request (round 47, k47c), never 'Weet je nog die
# bank …' (remembering) nor 'Weet je wat?'.
_KNOWS = re.compile(r"^(?:(?:en|ook|oh|o)\s+)?(?:(?:weet|weten|weette)\s+(?:je|jij|u|ge|gij|gie|jullie|iemand|er\s+iemand)"
                    r"(?:\s+(?:trouwens|misschien|toevallig|ook|eigenlijk|al))*\s+(?:of|wie|wat|waar|wanneer|hoe|"
                    r"hoeveel|welke|welk|hoelang)\s+\S+|(?:kent|ken|kende|kennen)\s+(?:je|jij|u|ge|gij|gie|jullie|iemand)"
                    r"(?:\s+(?:trouwens|misschien|toevallig|nog|ook))*\s+(?:iemand|een|ne|nen|nog)\s+\S+)", re.IGNORECASE)


def _finding(lex, piece: str, after: str, again, knows=None):
    if _greeting(lex, piece, after):
        return fx.make("groet", piece)
    if again is not None and _ASKS.match(piece) and len(piece.split()) <= _ASK_WORDS:  # sent apart (point 5)
        return fx.make("meer-vragen", piece, sentence=again(piece + "?"))
    if knows is not None and _KNOWS.match(piece) and after.lstrip().startswith("?") and len(piece.split()) <= _ASK_WORDS:
        asked = untied(piece)  # 'trouwens' goes (second_ask.py)
        shrunk, verb = knows(asked + "?"), asked.split(" ")[0]
        typed = shrunk.lower().startswith(verb.lower() + ",")  # 'Kent gij …' read as a name: 'Kent, gij …?' (review)
        return fx.make("meer-vragen", piece, sentence=asked[:1].upper() + asked[1:] + "?" if typed else shrunk)
    return fx.make(kind_of(piece) or "achtergrond", piece)  # dialect burden talk, a hatch (padding_kind.py)


def dropped_pieces(stretch: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for m in _BREAK.finditer(stretch + " "):
        out.append((at, stretch[at:m.start()], m.group()))
        at = m.end()
    out.append((at, stretch[at:], ""))
    return [(k, raw) for k, raw in _rows(stretch, out) if raw.strip()]


# Words that open a clause of its own, never an item of a row of things.
_CLAUSE_WORDS = frozenset({"ik", "'k", "k", "je", "jij", "ge", "gij", "we", "wij", "hij", "zij", "ze", "u", "het", "dat",
                           "dit", "er", "maar", "want", "omdat", "als", "sorry"})


def _rows(stretch: str, pieces: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """Pieces cut at the commas of a row of things ('Bier, cava, cola en ijs') joined again: the
    finding quotes the whole row."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(pieces):
        end = k
        while end + 1 < len(pieces) and pieces[end][2].strip() == "," and _item(pieces[end][1]):
            end += 1
        if end > k and (_last_item(pieces[end][1]) or end - k >= 2 and _item(pieces[end][1])):
            out.append((pieces[k][0], stretch[pieces[k][0]:pieces[end][0] + len(pieces[end][1])]))
            k = end + 1
            continue
        out.append(pieces[k][:2])
        k += 1
    return out


def _item(raw: str) -> bool:
    words = raw.lower().split()
    return 0 < len(words) <= 3 and not _CLAUSE_WORDS & set(words)


def _last_item(raw: str) -> bool:
    """'cola en ne zak ijs (heb ik al)': the last two items of the row, joined by 'en' or 'of'."""
    words = raw.lower().split()
    at = next((n for n, w in enumerate(words) if w in ("en", "of")), None)
    return at is not None and 0 < at <= 3 and not _CLAUSE_WORDS & set(words[:at])


# Small words inside a name that signs ('Lotte Van Damme', 'Jan de Vries').
_NAME_PARTS = frozenset({"van", "de", "der", "den", "te", "ter", "het", "'t", "el", "la", "le"})


def _greeting(lex, piece: str, after: str) -> bool:
    """A greeting or sign-off the wrapper rules did not name ('Met vriendelijke groeten'), or the
    name that signs at the very end ('Lotte Van Damme')."""
    words = text_words(piece)
    if len(words) <= 5 and any(lex.lists[k].full.search(" ".join(words)) for k in ("groet", "afsluiting")):
        return True
    tokens = piece.split()
    signs = all(t[:1].isupper() or t.lower() in _NAME_PARTS for t in tokens) and len(tokens) <= 4
    return signs and not text_words(after)


def blank_named(stretch: str, named: list[str]) -> str:
    """The stretch with the words a finding names already cut out (as a sentence mark)."""
    return blanked(stretch, named_patterns(named))


def named_patterns(named: list[str]) -> list[re.Pattern[str]]:
    """The words the findings name, longest first, each as a pattern that ignores case. A text named twice is blanked
    once when it holds no '.' (what blanks put in): its second pass could only match inside what the first pass left,
    where it found none (a long draft names the same apology many times; speed only, round 38)."""
    seen: set[str] = set()
    once = [w for w in named if "." in w or not (w in seen or seen.add(w))]
    return [re.compile(re.escape(words), re.IGNORECASE) for words in sorted(once, key=len, reverse=True)]


def blanked(stretch: str, patterns: list[re.Pattern[str]]) -> str:
    """`blank_named` with the patterns made once (`named_patterns`) for every stretch of a draft."""
    for rx in patterns:
        stretch = rx.sub(".", stretch)
    return stretch


def _trimmed(piece: str) -> str:
    """The piece without loose words and marks at its edges ('maar ik moet werken ' -> 'ik moet werken')."""
    tokens = piece.split()
    while tokens and _bare(tokens[0]) in _EDGE:
        tokens = tokens[1:]
    while tokens and (_bare(tokens[-1]) in _EDGE or not text_words(tokens[-1])):
        tokens = tokens[:-1]
    return " ".join(tokens)


def _bare(token: str) -> str:
    words = text_words(token)
    return words[0] if len(words) == 1 else token.lower()
