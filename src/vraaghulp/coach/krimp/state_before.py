"""How the writer is, said right before the ask, dropped from a sure result (round 28, contract point 2).

Fresh outside text states the writer's situation in short, elliptic or chat forms the state rules do not read as
a state: no subject ('ben zo moe'), an English word ('ik ben echt overwhelmed vandaag'), news ('Ik heb vandaag
gehoord dat het kwaadaardig is.', 'het is uit met Tim'), what happened to one's own ('lotte heeft weer de hele nacht
gehuild', 'Noor ligt nog op neonatologie en wij zitten er volledig door'). The engine reads such a sentence as
plain text and drops it, and the result is still `zeker`.

The shape, on the draft as typed and the finished result: the draft's piece right before the ask's (pieces end at
a full stop, a question or exclamation mark, a line break or an emoji) holds a word of hardship (HARD: tiredness,
stress, illness and care, a diagnosis, a death, tears, a break-up, a sleepless night, 'op'/'kapot'/'er door zitten'),
is two to fourteen words, asks nothing, holds no apology, burden talk or lead-in, and fewer than half of its words
are in the result. Two choices were counted over the whole tuning part (tools/krimp_state_before.py): keep the
piece before the ask (`houden`), or leave the result as it is and withhold `zeker` (`onzeker`). On the sure
results keeping gained four acceptable results more than it cost and lost no `zeker`; withholding gained none and
cost six sure results (README, Round 28 (k28a)): `houden` is shipped, on sure results only (on the not-sure offers,
which already show the writer's own words, keeping cost five acceptable results of the older files).
"""

from __future__ import annotations

import re

from .checks import lower_words

ACTIVE = "houden"  # "houden" | "onzeker" | "" (off); what shrink.py does with the shape on a sure result
CODE = "weg-staat-voor"

_PIECE = re.compile(r"[^.!?\n\U0001F000-\U0001FAFF\u2600-\u27BF]+[.!?]*")
HARD = re.compile(
    r"\b(?:(?:ben|bent|zijn|zijt|ik|'k|k|mij|me)\s+(?:\w+\s+){0,2}kapot|moe|doodop|uitgeput|overwhelmed|overweldigd|stressed|gestrest|gestresst|stress|burn-?out|overspannen|"
    r"paniek|panisch|angstig|verdrietig|eenzaam|depressief|ziek|zieke|koorts|griep|misselijk|ziekenhuis|spoed|"
    r"spoedeisende|neonatologie|intensive|intensieve|operatie|geopereerd|kanker|borstkanker|kwaadaardig|tumor|"
    r"uitzaaiingen|diagnose|chemo|bestraling|overleden|gestorven|begrafenis|uitvaart|gehuild|huilen|geweend|wenen|"
    r"gescheiden|scheiding|uitgemaakt|ontslagen|werkloos|gebroken|miskraam|bevallen|"
    r"(?:niet|ni|nie|geen oog)\s+(?:\w+\s+)?(?:geslapen|dichtgedaan)|uit met \w+|"
    r"(?:zit|zitten|zat)\s+(?:er\s+)?(?:\w+\s+)?door|(?:ben|zijn|helemaal|compleet|volledig)\s+op$)(?!\w)",
    re.IGNORECASE)
NOT = re.compile(
    r"\b(?:sorry|sorri|sry|excuus|excuses|spijt|kwalijk|stoor|storen|stoort|lastig|lastigvallen|last|hoop|vraagje|"
    r"vraag|vragen|druk hebt|alles goed|hoe gaat|gerust|bedankt|dank|merci|groet|groetjes|"
    r"vroagn|vroagen|vroage|vragn|vrage)\b",  # Flemish 'vragen': ''k weet nie oe da 'k dit moe vroagn' (k52b; 'moe' is 'moet')
    re.IGNORECASE)
# Words that open a sentence with a capital only because they open it: lower case after the name in front
_COMMON = frozenset({"de", "het", "'t", "mijn", "mn", "m'n", "ons", "onze", "er", "we", "wij", "sinds", "hij", "ze", "zij",
                     "ik", "'k", "k", "kheb", "kzit", "ben", "heb", "gisteren", "vandaag", "vorige", "vanmorgen",
                     "vannacht", "daarnaast", "inmiddels", "intussen", "nu", "al", "een", "dit", "dat", "deze", "die",
                     "door", "in", "op", "na", "met", "voor", "bij", "vorig", "omdat", "me", "uw", "zijn", "hun"})
_QUESTION = re.compile(r"[^.!?]*\?")


def lost(draft: str, sentence: str, name: str = "") -> str:
    """The piece before the ask that says how the writer is and that the result dropped, as typed ("": none)."""
    before = piece_before(draft, sentence, name)
    if before is None:
        return ""
    words = lower_words(before)
    if not 2 <= len(words) <= 14 or before.endswith("?") or NOT.search(before) or not HARD.search(before):
        return ""
    return "" if mostly_in(words, sentence) else before


def piece_before(draft: str, sentence: str, name: str = "") -> str | None:
    """The draft's piece right before the one the result asks, without the name and its end mark; None when the
    result already keeps a sentence before its question (the honest one, or another the engine chose) or the ask
    is the draft's first piece. Shared with fronted_state.py."""
    asked = _QUESTION.match(sentence[len(name) + 2:] if name and sentence.startswith(name + ", ") else sentence)
    if asked is None or re.search(r"[.!]\s", asked.group(0)):
        return None
    pieces = [p.strip() for p in _PIECE.findall(draft) if lower_words(p)]
    at = _ask_piece(pieces, asked.group(0))
    if not at:
        return None
    return _without_name(pieces[at - 1].rstrip(".!? "), name)


def mostly_in(words: list[str], sentence: str) -> bool:
    """Half or more of the piece's words stand in the result already."""
    there = set(lower_words(sentence))
    return sum(1 for w in words if w in there) * 2 >= len(words)


def kept(sentence: str, name: str, before: str) -> str:
    """The result with the piece put back before its question, after the name in front."""
    lead = f"{name}, " if name and sentence.startswith(name + ", ") else ""
    rest = sentence[len(lead):]
    head, sep, tail = rest.partition(", ")
    if sep and before.lower().startswith(head.lower()):
        rest = tail  # 'Vanochtend gehoord, kun jij …': a fragment of the piece was glued in front of the ask
    own = before + "."
    if lead:  # 'Els, Noor ligt …' keeps a capital; only 'Ik' and the like go lower case after the name
        own = own if _a_name(own.split()[0]) else own[:1].lower() + own[1:]
    else:
        own = own[:1].upper() + own[1:]
    return f"{lead}{own} {rest[:1].upper()}{rest[1:]}"


def _a_name(first: str) -> bool:
    """A capital word that is no common opening word keeps its capital after the name ('Sam, Wout heeft …')."""
    return first[:1].isupper() and first.lower() not in _COMMON


def _ask_piece(pieces: list[str], question: str) -> int | None:
    """The draft piece that holds most of the question's words (at least half of them)."""
    words = set(lower_words(question))
    if not words:
        return None
    best, at = 0, None
    for k, piece in enumerate(pieces):
        shared = len(words & set(lower_words(piece)))
        if shared > best:
            best, at = shared, k
    return at if best * 2 >= len(words) else None


def _without_name(piece: str, name: str) -> str:
    """'mam ben zo moe' typed to 'Mam': the name (and a greeting before it) is not part of the state."""
    piece = re.sub(r"^(?:hoi|hey|hallo|dag|ej|hi|goeiemorgen|goedemorgen)\b[\s,!]*", "", piece, flags=re.IGNORECASE)
    if name and piece.lower().startswith(name.lower()):
        piece = piece[len(name):].lstrip(" ,!")
    return piece
