"""A list after a colon cut after its first item is given back whole (round 58, k58b).

The clauses of 'in mijn appartement zijn drie dingen kapot: de kraan in keuken, de lamp in de gang en de slot van
balkon deur' are cut at the comma, and the engine may keep the first item and drop the rest as background: 'drie
dingen kapot: de kraan in keuken.' (p57-057), '… meenemen van de Albert Heijn: 1 pak koffie (Douwe Egberts rood)?'
(h26a-048), 'wilt ge met mij wisselen: gij mijne weekend van 14 en 15 juni?' without 'ik uw weekend van 28 juni'
(h35b-002). A list's items are never surely removable: what the offer shows then says something else than the
draft. So the rest of the list goes back in, as typed (an emoji in it left out), and the result is not sure.

Only a list: the draft goes on right after the kept piece with a comma, 'en' or 'of', up to the end of its
sentence, in short items (at most eight words each, 25 in all), none opening with a word that starts a clause of
its own ('maar', 'want', 'als', 'anders' …) and none already in the offer.
"""

from __future__ import annotations

import re

from .placed import carve

CODE = "lijst-heel"
_AFTER_COLON = re.compile(r":\s+([^:?!.]+?)([?.!])(?=\s|$)")
_TAIL = re.compile(r"(?:,|\s+en\b|\s+of\b)[^.?!]*")
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")
_ITEM_SPLIT = re.compile(r",|\s+en\s+|\s+of\s+")
_CLAUSE_START = frozenset({
    "maar", "mar", "ma", "mo", "want", "dus", "als", "as", "omdat", "anders", "dan", "zodat", "terwijl", "tenzij",
    "wanneer", "mits", "indien", "alleen", "enkel", "sorry", "bedankt", "merci", "dank", "groetjes", "hoor", "he",
    "hé", "hè", "kun", "kunt", "kan", "wil", "wilt", "zou", "zoudt", "mag", "moet", "ik", "'k", "k", "je", "jij",
    "u", "ge", "gij", "we", "wij", "dat", "da", "die", "wat", "waar", "hoe", "welke", "graag", "liefst", "niet",
})
_PRONOUNS = frozenset({"ik", "'k", "k", "je", "jij", "u", "ge", "gij", "we", "wij"})


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'€%.-]+", text.lower())


def whole(draft: str, sentence: str) -> tuple[str, str]:
    """(the offer with the list given back whole, the piece put back) or (the offer, "")."""
    flat = " ".join(draft.split())
    for m in _AFTER_COLON.finditer(sentence):
        piece = m.group(1).strip()
        at = flat.find(piece)
        if len(piece) < 3 or at < 0:
            continue
        tail = _TAIL.match(flat, at + len(piece))
        if tail is None:
            continue
        rest = " ".join(_EMOJI.sub(" ", tail.group(0)).split()).rstrip(" ,")
        items = [i.strip() for i in _ITEM_SPLIT.split(rest) if i.strip()]
        first = set(_words(piece)[:1])
        first |= _PRONOUNS if first & _PRONOUNS else set()  # 'gij mijne weekend …, ik uw weekend …': a swap
        if not items or len(_words(rest)) > 25 or any(len(_words(i)) > 8 for i in items):
            continue
        if any(_words(i)[:1] and _words(i)[0] in _CLAUSE_START - first for i in items):
            continue  # ', maar alleen als …', ', ik kan …': a clause goes on, no list
        if any(len(_words(i)) >= 2 and i.lower() in sentence.lower() for i in items):
            continue  # the offer holds the items already
        joined = rest if rest.startswith(",") else f" {rest}"
        return sentence[:m.end(1)] + joined + sentence[m.end(1):], rest.lstrip(", ")
    return sentence, ""


def doubt(draft: str, sentence: str, crisis: bool) -> list[str]:
    """[CODE] when a sure result cut a list after its first item (tidied() then gives it back)."""
    return [CODE] if not crisis and whole(draft, sentence)[1] else []


def tidied(draft: str, sentence: str, spans: tuple) -> tuple[str, tuple]:
    """The not-sure offer with the list whole, its items no longer struck through."""
    sentence, piece = whole(draft, sentence)
    return (sentence, carve(draft, spans, [piece])) if piece else (sentence, spans)
