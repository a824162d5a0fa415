"""A 'niet' that only softens a question: 'zoudt ge ni efkes kunnen komen helpen',
'kunt ge ni efkes de vuilbak buitenzetten', 'zou je niet even kunnen kijken'.

Followed by a word of ordinary politeness ('even', 'efkes', 'ff', 'eens', 'ne keer') and asked
with a modal in front, the 'niet' asks nothing away: 'kunt ge ni efkes komen?' is 'kunt ge efkes
komen?'. Left in the direct question it reads as a negation ('can you not come?'). Only that
shape: 'zoudt ge zondag ni meer kunnen werken' (no softener after it) keeps its 'niet'."""
from __future__ import annotations

from .lexicon import YOU
from .polite_service import SERVICE

_SOFT = frozenset({"even", "eens", "keer"})
_MODAL_FRONT = frozenset({"kun", "kunt", "kan", "wil", "wilt", "zou", "zoudt", "zoude", "zouden"})
# 'niet even meer bellen', 'niet even zo hard roepen': the 'niet' negates what follows, the softener sits inside
_STILL_NOT = frozenset({"meer", "langer", "zo", "zoveel", "te", "altijd", "steeds", "overal"})


def softening_not(d, kept: list[int], pos: int) -> bool:
    """kept[pos] is a 'niet' right after a modal question's subject (a moment may sit between)
    and right before a politeness word."""
    if d.word(kept[pos]) != "niet" or pos + 1 >= len(kept):
        return False
    nxt = d.words(kept[pos + 1])
    if not nxt or nxt[0] not in _SOFT and tuple(nxt) != ("een",):
        return False
    if nxt == ("een",) and (pos + 2 >= len(kept) or d.word(kept[pos + 2]) != "keer"):
        return False  # 'ne keer' only; 'niet een boek' is no softener
    if {d.word(i) for i in kept[pos + 2:pos + 5]} & _STILL_NOT:
        return False
    return _asked_with_modal(d, kept[:pos])


def _asked_with_modal(d, before: list[int]) -> bool:
    """The request's words before the 'niet' open with a modal and its subject ('kunt ge',
    'kunde', 'zoudt gij')."""
    words = [w for i in before for w in d.words(i) if w not in (",",)]
    if len(words) < 2 or words[0] not in _MODAL_FRONT or words[1] not in YOU:
        return False  # 'als ik te laat ben kunt ge mij ni efkes …': not the plain question shape
    return "niet" not in words[2:] and "?" not in words[2:]


# Round 23 (heldout22: 'zoudt ge mij ni naar de oogarts kunnen voeren', 'zoudt ge voor mij ni wa groenten … willen
# meebrengen'): in a conditional question the 'niet' right after the reader (and a short object: 'mij', 'voor mij',
# a name) is mostly politeness too, also with no softener after it ('wouldn't you drive me …'). The engine takes it
# out but cannot be sure: 'zou je me niet bij mijn bijnaam willen noemen' does ask something away.
_ZOU = frozenset({"zou", "zoudt", "zoude", "zouden"})
_OBJECT = frozenset({"mij", "me", "ons", "hem", "haar", "hen", "ze", "mijn"})
# 'niet op maandag', 'niet voor negen uur', 'niet vergeten', 'niet alleen … maar ook': the 'niet' says what is asked
_NEGATES = _STILL_NOT | frozenset({"vergeten", "alleen", "zomaar", "meteen", "direct", "later", "eerder", "vroeger",
                                   "voordat", "tot", "zonder", "geen", "wakker"})
_LIMIT_FRONT = frozenset({"voor", "na", "tussen", "om", "op", "tijdens", "in", "vanaf", "bij", "aan", "buiten", "met", "door"})


def bare_polite_not(d, kept: list[int], pos: int) -> bool:
    """kept[pos] is a 'niet' in 'zou + reader (+ a short object) + niet + what is asked' with nothing after it
    that makes it a negation of its own (a limit, 'meer', 'vergeten', '… maar …')."""
    if d.word(kept[pos]) != "niet" or pos + 1 >= len(kept):
        return False
    before = [w for i in kept[:pos] for w in d.words(i) if w != ","]
    if len(before) < 2 or before[0] not in _ZOU or before[1] not in YOU or not _short_object(d, kept, before[2:], pos):
        return False
    after = [w for i in kept[pos + 1:] for w in d.words(i)]
    if not after or after[0] in _NEGATES or "maar" in after or "wel" in after or "niet" in after:
        return False
    if _wanted_not(after):
        return False
    return not (after[0] in _LIMIT_FRONT and (len(after) < 2 or after[1] not in _OBJECT))


def _short_object(d, kept: list[int], words: list[str], pos: int) -> bool:
    """Nothing, 'mij', 'voor mij', or one name between the reader and the 'niet'."""
    if not words:
        return True
    if len(words) == 1 and words[0] in _OBJECT - {"mijn"}:
        return True
    if len(words) == 2 and words[0] == "voor" and words[1] in _OBJECT - {"mijn"}:
        return True
    raw = d.tok_text(kept[pos - 1])
    return len(words) == 1 and raw[:1].isupper()


# Round 31 (k31d): 'zou je me niet willen bellen tijdens mijn werk', 'zou je niet willen roken in de gang': with 'willen'
# and no service for the writer (polite_service.py), or with 'tijdens …', the 'niet' is what is asked; taken out it
# flips the meaning ('Wil je me bellen …'). It stays: 'Wil je me niet bellen tijdens mijn werk?'.
_WANT = frozenset({"willen", "wilt", "wil"})


def _wanted_not(after: list[str]) -> bool:
    """'willen' with the verb right after it (else right before it) no service, or 'tijdens' in the ask."""
    at = next((k for k, w in enumerate(after) if w in _WANT), None)
    if at is None:
        return False
    verb = after[at + 1] if at + 1 < len(after) and after[at + 1].isalpha() else (after[at - 1] if at else "")
    return "tijdens" in after[:at + 4] or verb not in SERVICE
