"""The referent or needed fact right after an ask, dropped while the result is sure.

An ask can lean on the words right after it for what it is about: '… je lader meebrengen? Die van
mij is kapot.', '… je fiets ophalen? Hij staat in de gang.', '… bellen na zevenen, dan is de zorg
weg', '… mijn velo maken, de ketting is eraf'. When such a short piece (at most `_DOUBT_WORDS`
words) is dropped, the result is not sure (code `weg-reden`).

Round 18 (k18e) also doubted two more kinds: an ask *not* to do something and a permission ask
whose reason went. The golds of the tuning files drop those reasons far more often than they keep
them (keeping cost 55 verdicts for 12), and older tests hold them sure with the reason cut
('mam mag ik naar het feest van Noor zaterdag iedereen gaat'), so only the referent kind stays.

Round 32 (k32f): a piece that says the writer's own one is broken, empty or lost, with an independent possessive and
a predicate of state at its end ('die van mij is leeg', 'de mijne is kapot', 'mijne is plat', 'ik ben die van mij
kwijt', 'die van ons is stuk'), beside an ask to borrow or use the reader's thing
(`_BORROW`: 'lenen', 'gebruiken', 'meebrengen' …), names no referent the result lacks: that pronoun points back at the
thing the ask already names ('mag ik je oplader lenen? die van mij is leeg': the writer's own oplader). It only says
why the writer asks, a reason the golds drop. It no longer withholds `zeker`; what broke on the thing itself ('de
ketting ligt eraf'), where it is or until when ('die van mij staat tot vrijdag bij de garage'), and 'die van mij'
after an ask that borrows nothing ('Kun je me ophalen?') still do.
"""

from __future__ import annotations

import re

from .checks import text_words
from .placed import IDIOM
from .unnamed import blank_named, dropped_pieces

CODE = "weg-reden"
_DOUBT_WORDS = 14  # longer than this it is a story, not a reason: left to the other rules

# Words that may stand between the ask and its reason.
_LINK = frozenset({"want", "omdat", "aangezien", "maar", "en", "dus", "hoor", "he", "hè", "pls", "aub", "svp",
                   "ja", "nee", "oke", "ok", "xx", "x", "plz", "please", "alsjeblieft", "alstublieft",
                   "trouwens", "btw"})
_LEAD = frozenset({"want", "omdat", "aangezien", "maar", "en", "dus", "trouwens", "btw", "he", "hè", "hoor"})
# A chat apology or tag glued on after the reason ('de ketting is eraf sry als da lastig is').
_GLUED = re.compile(r"(?i)\s+(?:sorry+|sry+|srry+|sorr(?:y|ie)+|excuses|sorryy+|lol|haha+|hihi|xd|hoor)\b.*$")
# What the writer says to soften, promise or excuse is no reason ('ik weet dat …', 'ik betaal je terug').
_NOT_REASON = re.compile(
    r"(?i)^(?:(?:ik|'k|k)\s+(?:weet|denk|hoop|snap|begrijp|vind|vraag|wil|zal|beloof|betaal|breng|geef|trakteer"
    r"|kom wel|werk|doe)|(?:kweet|kdenk|khoop|kzal)|als\b|of\b|dat\b|da\b|is dat\b|geen probleem|maakt (?:ni|nie|niet) uit"
    r"|dank|bedankt|merci|groet|liefs|x+\b|zeg\b|zou\b|is mss\b|met (?:de meeste|vriendelijke)|pl+e+a+s+e*)")
_PROMISE = re.compile(r"(?i)\b(?:terug|inwerken|trakteer|trakteren|beloof|natuurlijk|uiteraard|wel|ook|toch|zeker)\b")
# A piece that names what the ask is about: the reader's one in place of the writer's own, where it is,
# what broke ('die van mij is leeg', 'ik ben de mijne kwijt', 'hij staat in de gang', 'de ketting is eraf').
_REF = re.compile(
    r"(?i)\b(?:die|dat)\s+van\s+(?:mij|ons|mijn)\b|\b(?:de|het)\s+(?:mijne|onze)\b|^(?:mijne|de mijne|die van)\b"
    r"|\b(?:kwijt|leeg|kapot|plat|eraf|stuk|op slot)\s*$"
    r"|^(?:hij|ze|zij|het|'t|die|dat|den|de\s+\w+|het\s+\w+)\s+(?:staat|staan|ligt|liggen|zit|zitten|hangt|hangen)\b"
    r"|^dan\s+(?:is|zijn|ben|slaapt|slapen|komt|komen)\b")
# The independent possessive: 'die/dat van mij', 'de/het/den mijne', 'de onze', a bare 'mijne' opening the piece.
_BORROW = re.compile(r"(?i)\b(?:lenen|leen|uitlenen|gebruiken|meebrengen|meenemen|meebrengt|meeneemt|hebben)\b")
OWN_ONE = re.compile(r"(?i)\b(?:die|dat)\s+van\s+(?:mij|ons)\b|\b(?:de|het|den)\s+(?:mijne|onze)\b|^mijne\b")
_BROKEN = re.compile(r"(?i)\b(?:kwijt|leeg|kapot|plat|stuk)\s*$")


def doubted(text: str, spans, sentence: str, found) -> bool:
    """Whether the result must be doubted: it dropped the reason or referent its ask needs."""
    named = [f.text for _pos, f in found if f.text]
    for a, b in spans:
        if a == 0 or not _after_ask(text[:a], sentence):
            continue
        piece = _first_piece(blank_named(text[a:b], named))
        if piece is None:
            continue
        if not _REF.search(piece) or IDIOM.search(piece) or _NOT_REASON.search(piece) or _PROMISE.search(piece) or "?" in text[a:b].split(piece)[-1][:3]:
            return False
        words, have = text_words(piece), text_words(sentence)
        if set(words) <= set(have) or own_broken(piece, sentence):
            return False  # said already, or only why: the writer's own one ('de mijne is kapot')
        return len(words) <= _DOUBT_WORDS  # the reader may need it and it weighs as much as the ask: not sure
    return False


def own_broken(piece: str, sentence: str) -> bool:
    """'de mijne is kapot' after an ask to borrow the reader's one: only why the writer asks (round 32, k32f)."""
    return bool(OWN_ONE.search(piece) and _BROKEN.search(piece) and _BORROW.search(sentence.split("?")[0]))


def _after_ask(before: str, sentence: str) -> bool:
    """Most of the ask's words stand before this point of the draft (the piece comes after the ask)."""
    ask = [w for w in text_words(sentence.split("?")[0]) if len(w) > 2]
    have = set(text_words(before))
    return bool(ask) and sum(w in have for w in ask) >= 0.6 * len(ask)


def _first_piece(stretch: str) -> str | None:
    """The first piece of the stretch, when only link words and marks stand before it."""
    pieces = dropped_pieces(stretch)
    if not pieces:
        return None
    start, raw = pieces[0]
    if any(w not in _LINK for w in text_words(stretch[:start])):
        return None
    tokens = raw.split()
    while tokens and (not text_words(tokens[0]) or text_words(tokens[0])[0] in _LEAD and len(text_words(tokens[0])) == 1):
        tokens = tokens[1:]
    piece = _GLUED.sub("", " ".join(tokens)).strip()
    while piece and not text_words(piece.split()[-1]):
        piece = " ".join(piece.split()[:-1])
    return piece if len(text_words(piece)) >= 2 else None

