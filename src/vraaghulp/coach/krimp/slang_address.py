"""An oath or a street-talk call left at the front of the offered sentence goes; a name or a kin word stays
(round 32, k32b).

'Dilan kanka, kan jij …?', 'Jongens wallah, ik ben kapot …', 'Wollah, ik snap echt niks …', 'Kanka, kun je me …?',
'Sahbi wallah, ik vraag …': an oath ('wallah', 'wollah', 'ik zweer') only swears the words are true, and a call
borrowed from Turkish, Arabic or Sranan street talk ('kanka', 'sahbi', 'mattie', 'habibi', 'akhi') or the Dutch
'ouwe' only hails; the outside golds leave both out ('Dilan, kan jij …?', 'Ik ben kapot …'). What stays: a name
('Dilan'), a group named ('Jongens'), and a kin or mate word the older golds keep as the address ('Bro,' 'Broer,'
'Maat,' 'Gast,' 'Sis,'), except right after a name, where it only repeats the call ('Kevin gast,' -> 'Kevin,';
pet_name.py does 'Sanne lieverd,'). Interjections the greeting list misses at this place ('jo', 'ey', 'yo', 'moi',
'hé', 'amai', 'allee', 'zeg') go with them.

Only the words before the first comma of a sentence, at most four, all of them a name, a call, an oath or an
interjection: 'Mattie zei dat …' is no address. Run in the last tidy, after `zeker` is decided: the sentence
only loses a hail.
"""

from __future__ import annotations

import re

_OATH = frozenset({"wallah", "wollah", "walla", "wolla", "wallahi", "wellah", "vallah", "wallaah", "billahi"})
_SLANG = frozenset({"kanka", "kankam", "sahbi", "sahby", "mattie", "matties", "mattn", "habibi", "akhi", "ouwe",
                    "brada", "bradda", "broski", "allemoale", "allemoal", "allemaol", "sma", "boi"})
# A mate word: the address when alone ('Bro,', 'Broer,'), a repeated call beside a name ('Kevin gast,', 'Bro Daan,').
_AFTER_NAME = frozenset({"gast", "maat", "bro", "man", "dude", "kerel", "jongen", "boy", "broer", "broertje", "sis",
                         "frère", "frere", "frérot"})
# A kin word stays as the address beside an oath ('Wollah mam,' -> 'Mam,'; round 32, k32e).
_KIN = frozenset({"mam", "mama", "mams", "ma", "pap", "papa", "pa", "zus", "zusje", "oma", "opa", "tante", "oom",
                  "schat", "lieverd", "abla", "abi", "baba", "anne"})
_INTERJECTION = frozenset({"jo", "ey", "ej", "yo", "moi", "hé", "he", "hee", "amai", "allee", "allez", "zeg", "seg",
                           "oeh", "pff", "ow", "ewa", "wesh", "wajo", "luister", "allo"})
_LEAD = re.compile(r"^((?:[^\W\d_][\w'-]*\s+){0,3}[^\W\d_][\w'-]*)\s*,\s*")
# 'ik zweer je ik heb geen keus': the oath before a clause of the writer ('ik zweer dat ik …' promises: it stays).
_SWEAR = re.compile(r"(?i)^((?:(?:ik|'k|k)\s+)?zweer(?:\s+(?:het\s+)?(?:je|jou|u|echt|het))?)\s*,?\s+(?=(?:ik|'k|k|we|wij|mijn|m'n|mn)\s)")
_OATH_FIRST = re.compile(r"(?i)^(" + "|".join(sorted(_OATH)) + r")\s*,?\s+(?=(?:ik|'k|k|we|wij|mijn|m'n|mn)\s)")
_START = re.compile(r"(?:^|(?<=[.!?])\s+)(?=\S)")


def _kind(word: str) -> str:
    w = word.lower()
    if w in _OATH:
        return "oath"
    if w in _SLANG:
        return "slang"
    if w in _INTERJECTION:
        return "hail"
    if w in _KIN:
        return "kin"
    return "after" if w in _AFTER_NAME else "word"


def _beside_name(words: list[str], kinds: list[str]) -> bool:
    """A mate word right after or right before a name ('Kevin gast', 'Mehdi frère', 'Bro Daan')."""
    pairs = zip(zip(words, kinds), list(zip(words, kinds))[1:])
    return any((k1 == "word" and w1[:1].isupper() and k2 == "after") or (k1 == "after" and k2 == "word" and w2[:1].isupper())
               for (w1, k1), (w2, k2) in pairs)


def _upper_rest(rest: str) -> bool:
    """The rest is written in capitals ('KUN JE VANAVOND …'): the first letter stays a capital."""
    letters = [c for c in rest[:30] if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _one(sentence: str) -> tuple[str, list[str]]:
    swear = _SWEAR.match(sentence)
    if swear:
        rest, more = _one(sentence[swear.end():])
        return rest[:1].upper() + rest[1:], [swear.group(1)] + more
    m = _LEAD.match(sentence)
    if not m:
        return sentence, []
    words = m.group(1).split()
    kinds = [_kind(w) for w in words]
    if not any(k in ("oath", "slang") for k in kinds) and not _beside_name(words, kinds):
        swear = _SWEAR.match(sentence[m.end():]) or _OATH_FIRST.match(sentence[m.end():])
        if swear and len(words) <= 2 and all(w[:1].isupper() for w in words):  # 'Broer, zweer ik ben kapot …'
            return sentence[:m.end()] + sentence[m.end() + swear.end():], [swear.group(1)]  # 'Zus, wallah ik …'
        return sentence, []
    named = [w for w, k in zip(words, kinds) if k == "word"]
    if len(named) > 2 or any(not w[:1].isupper() for w in named):
        return sentence, []  # 'Mattie zei dat …' has no comma; 'wallah ik ben moe,' is a clause, not a call
    kin = [w for w, k in zip(words, kinds) if k == "kin"]
    kept = [w for w, k in zip(words, kinds) if k in ("word", "kin") or (k == "after" and not named and not kin)]
    gone = [w for w in words if w not in kept]
    rest = sentence[m.end():]
    swear = _SWEAR.match(rest)
    if swear:  # 'Wollah kanka, ik zweer je ik heb geen keus, …'
        rest, gone = rest[swear.end():], gone + [swear.group(1)]
    if kept:
        head = " ".join(kept)
        return head[:1].upper() + head[1:] + ", " + rest, gone
    if not rest[:1].isalpha():
        return sentence, []
    return (rest[:1].upper() + rest[1:]) if not _upper_rest(rest) or rest[:1].isupper() else rest, gone


_TAIL = re.compile(r"(?i)(?<=\w)[\s,]+(" + "|".join(sorted(_OATH)) + r")(?=\s*[.!?]*\s*$)")


def _tail(sentence: str, gone: list[str]) -> tuple[str, list[str]]:
    """An oath at the end of a sentence goes too ('Ik geef hem vrijdag terug wollah.')."""
    m = _TAIL.search(sentence)
    if not m or (m.group(1)[:1].isupper() and m.group(1)[1:].islower()):
        return sentence, gone  # 'We eten vanavond bij Wallah.': a name
    return sentence[:m.start()] + sentence[m.end():], gone + [m.group(1)]


def tidy(sentence: str) -> tuple[str, list[str]]:
    """The sentence without the oaths and street calls at the front of its sentences, and the words that went."""
    gone: list[str] = []
    parts = []
    last = 0
    for m in list(_START.finditer(sentence))[1:] + [None]:
        end = m.start() if m else len(sentence)
        piece = sentence[last:end]
        lead = len(piece) - len(piece.lstrip())
        new, words = _one(piece[lead:])
        new, words = _tail(new, words)
        parts.append(piece[:lead] + new)
        gone += words
        last = end
    return "".join(parts), gone
