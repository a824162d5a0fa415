"""A letter's 'whether' frame around someone else's clause made the direct question (round 30, k30d).

'Graag zou ik willen weten of mijn nieuwe pas al verstuurd is.' came back with its frame: the engine turns 'of u …
kunt' into 'Kunt u …?', but not a clause about a thing or a third person. Here the frame goes and the clause's finite
verb moves to the front: 'Is mijn nieuwe pas al verstuurd?', 'Kan mr. De Boer mij deze maand ontvangen (voor een
gesprek)?', 'Is het mogelijk om het verslag alsnog in te leveren?'. Only when the clause is one plain clause (no
comma, no second 'of', 'dat', 'en', 'want' …) with one finite form of a closed list (is, kan, mag, moet, wordt, heeft
…) followed by at most two infinitives or participles and then the clause's end or a phrase with a preposition. Anything else stays as it
was. Run after `zeker` is decided (last_tidy.py): the verdict stays what it was.
"""

from __future__ import annotations

import re

_FRAME = (
    r"(?:graag\s+)?(?:zou|wil|wou|wilde)\s+ik\s+(?:(?:van\s+)?(?:u|je|jou|jullie)\s+)?(?:nog\s+)?(?:graag\s+)?"
    r"(?:even\s+)?(?:willen\s+)?weten"
    r"|ik\s+(?:zou|wil|wou|wilde)\s+(?:(?:van\s+)?(?:u|je|jou|jullie)\s+)?(?:nog\s+)?(?:graag\s+)?(?:even\s+)?"
    r"(?:willen\s+)?weten"
    r"|(?:ik\s+had|graag\s+had\s+ik)\s+(?:graag\s+)?(?:nog\s+)?(?:even\s+)?(?:willen\s+weten|geweten)"
    r"|ik\s+(?:vraag|vroeg)\s+(?:me|mij)\s+(?:dan\s+)?(?:ook\s+)?(?:nog\s+)?af"
    r"|(?:ik\s+ben|wij\s+zijn|we\s+zijn)\s+(?:erg\s+|heel\s+)?benieuwd"
)
FRAME = _FRAME  # the frames, for find_out.py
_AT = re.compile(rf"(?i)(^|[.!?]\s+|,\s+)((?:{_FRAME})\s+of)\s+((?:\b(?:mr|dr|ir|mevr|dhr|prof)\.|[^.!?,;:])+?)\s*([.?!]|$)")
_FINITE = frozenset((
    "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "kan", "kunnen", "kunt", "kon", "konden",
    "mag", "mogen", "mocht", "moet", "moeten", "moest", "zal", "zullen", "zou", "zouden", "heeft", "hebben", "had",
    "hadden", "wil", "wilt", "willen", "ben", "bent",
))
_INNER = frozenset(("of", "dat", "da", "en", "want", "omdat", "als", "maar", "wanneer", "waar", "wat", "hoe", "die",
                    "wie", "welke", "waarom", "zodat", "terwijl", "dan", "of", "tenzij"))
_SUBJECT_FIRST = frozenset(("ik", "je", "jij", "u", "ge", "gij", "we", "wij", "jullie", "hij", "zij", "ze", "het",
                            "er", "de", "het", "mijn", "uw", "ons", "onze", "zijn", "haar", "hun", "dit", "deze",
                            "die", "dat", "een", "mr.", "dr.", "mevrouw", "meneer"))


def _verbal(word: str) -> bool:
    """An infinitive or a participle after the finite form ('kan ontvangen', 'is verstuurd', 'worden vergoed')."""
    w = word.lower()
    return w in _INFINITIVES or w.endswith("en") or (w.startswith("ge") and w[-1:] in ("d", "t")) or (w.startswith("ver") and w[-1:] in "dt")


_INFINITIVES = frozenset(("zijn", "worden", "hebben", "kunnen", "mogen", "moeten", "willen", "zullen"))
_PREPS = frozenset(("voor", "over", "met", "in", "op", "naar", "bij", "aan", "van", "tot", "na", "tijdens", "zonder",
                    "door", "uit", "vanaf", "binnen"))


def _finite_at(words: list[str]) -> tuple[int, int] | None:
    """(index of the clause's finite form, where its verbs end): the finite form with at most two infinitives or
    participles after it and then the clause's end or a phrase of its own ('kan ontvangen | voor een gesprek');
    None when there is no such form or more than one."""
    found = []
    for k, word in enumerate(words):
        if word.lower() not in _FINITE:
            continue
        end = k + 1
        while end < len(words) and end - k <= 2 and _verbal(words[end]) and (
                words[end].lower() not in _FINITE or words[end].lower() in _INFINITIVES):
            end += 1
        if end == len(words) or words[end].lower() in _PREPS:
            found.append((k, end))
    return found[0] if len(found) == 1 or (found and found[1][0] < found[0][1]) else None


def _question(clause: str) -> str | None:
    """'mijn nieuwe pas al verstuurd is' -> 'Is mijn nieuwe pas al verstuurd'; None when not one plain clause."""
    head, sep, tail = clause.partition(" om ")  # 'het mogelijk is om … te …': the 'om' part stays behind
    words = head.split()
    if len(words) < 2 or any(w.lower() in _INNER for w in words) or words[0].lower() not in _SUBJECT_FIRST \
            and not words[0][:1].isupper():
        return None
    if sep and not re.search(r"\bte\s+\w+$", tail):
        return None
    at = _finite_at(words)
    if at is None or at[0] == 0:
        return None
    k = at[0]
    verb = words[k]
    rest = words[:k] + words[k + 1:]
    first = rest[0] if rest[0][:1].isupper() and rest[0].lower() not in _SUBJECT_FIRST else rest[0].lower()
    out = " ".join([verb.lower(), first] + rest[1:])
    return out + (f" om {tail}" if sep else "")


def turned(sentence: str) -> tuple[str, str]:
    """(the sentence with the frame made the direct question, the frame that went ('' when none))."""
    m = _AT.search(sentence)
    if not m:
        return sentence, ""
    q = _question(m.group(3))
    if q is None:
        return sentence, ""
    lead = m.group(1)
    q = q[:1].upper() + q[1:] if not lead.startswith(",") else q
    rest = sentence[m.end():]
    return sentence[:m.start()] + lead + q + "?" + ((" " + rest.lstrip()) if rest.strip() else ""), m.group(2)
