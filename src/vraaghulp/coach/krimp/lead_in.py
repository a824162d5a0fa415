"""A lead-in left in front of a kept statement goes, and the statement stands in its own order (round 41, k41b).

The engine keeps a sentence that tells the reader something, and with it the words that only announce it. Over the
whole corpus no gold keeps them (0 of 19 golds of the 8 drafts where the engine did; `tools/krimp_near_miss.py`,
kind 'inleiding'):
- 'ik wilde (u|je) (even) laten weten dat S', 'ik laat u weten dat S' -> S in the order of a sentence of its own:
  the subject, then the finite verb that closed the clause ('dat mijn opa vorige week is overleden' -> 'mijn opa is
  vorige week overleden'); 'S en dat S2' -> 'S en S2';
- 'zoals u (wellicht) weet', 'zoals besproken' before an inverted statement ('zoals u weet is de ketel defect')
  -> subject first ('de ketel is defect').
Only a statement (it ends with a full stop or the text) and only when the subject is plain: a personal pronoun, a
name, or an article or possessive with one noun ('mijn papa zijn dementie' too). Otherwise the sentence stays as it
was. Run in the last tidy (formal_wrap.plain), on the finished sentence; `zeker` stays what it was.
"""

from __future__ import annotations

import re

from .lexicon import lexicon
from .verbs import infinitive_of, is_infinitive, is_participle

_START = r"(?:^|(?<=,\s)|(?<=[.?!]\s))"
_TOLD = re.compile(
    _START + r"(?i:ik\s+(?:wilde|wou|wil)\s+(?:u|je|jou|jullie)?\s*(?:nog\s+)?(?:even|efkes|graag|gewoon)?\s*laten\s+weten"
    r"|ik\s+laat\s+(?:u|je|jou|jullie)\s+(?:even\s+|efkes\s+)?weten)\s+(?i:dat|da)\s+")
_AS_KNOWN = re.compile(
    _START + r"(?i:zoals\s+(?:(?:u|je|jij|ge|gij|jullie)\s+(?:(?:wellicht|misschien|al|vast|waarschijnlijk|wel)\s+)*"
    r"(?:weet|weten)|(?:besproken|afgesproken|gezegd|gemeld|al\s+gezegd|eerder\s+gemeld))),?\s+")
_PRONOUNS = frozenset({"ik", "'k", "we", "wij", "hij", "zij", "ze"})
_DETERMINERS = frozenset({"de", "het", "'t", "mijn", "m'n", "mn", "onze", "ons", "zijn", "haar", "hun", "uw", "den", "ne",
                          "een"})
_OWNER = frozenset({"zijn", "z'n", "haar", "d'r"})  # 'mijn papa zijn dementie'
_ADVERBS = frozenset({"thuis", "hier", "daar", "nu", "momenteel", "echt", "niet", "wel", "al", "nog", "ook", "zo", "heel",
                      "erg", "eigenlijk", "gewoon", "toch", "weer", "steeds", "op", "de", "me", "mij", "ons", "soms"})
_NOT_SUBJECT = frozenset({"het", "'t", "er", "dat", "dit", "die", "een", "ne"})
_CLOSES = frozenset({"door", "voor", "met", "in", "op", "na", "bij", "sinds", "tijdens", "naar", "van", "om", "tot"})
_WORD = re.compile(r"[^\s,]+|,")
_NOUN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# a clause inside or beside the told one: left as typed ('dat ik niet kan komen want ik ben ziek')
_INNER = frozenset({"dat", "da", "of", "als", "want", "omdat", "maar", "en", "die", "zodat", "wanneer", "terwijl", "toen",
                    "dus", "doordat", "nadat", "voordat", "tenzij", "hoewel", "waar", "wat", "wie", "hoe"})


def _inner(words: list[str]) -> bool:
    """A clause inside or beside this one ('net als in maart' is a comparison, not a clause)."""
    return any(w.lower() in _INNER and not (w.lower() == "als" and k and words[k - 1].lower() in ("net", "zo", "even"))
               for k, w in enumerate(words))


def _subject(words: list[str]) -> int:
    """How many words the subject at the front holds, or 0 when it is not plain enough."""
    if not words:
        return 0
    first = words[0].lower()
    if first in _PRONOUNS:
        return 1
    if first in ("het", "'t") and len(words) > 2:  # 'het thuis …' a pronoun, 'het lopen …' a verb made a noun
        second = words[1].lower()
        return 1 if second in _ADVERBS else 2 if is_infinitive(lexicon(), second) else 0
    if words[0][:1].isupper() and first.isalpha() and first not in _DETERMINERS:
        return 1  # a name: 'Jules'
    if first in _DETERMINERS and len(words) > 2 and _NOUN.fullmatch(words[1]) and words[1].lower() not in _DETERMINERS:
        if len(words) > 4 and words[2].lower() in _OWNER and _NOUN.fullmatch(words[3]):
            return 4
        return 2
    return 0


def _finite(lex, w: str, before: str = "") -> bool:
    """A finite verb form: a known one, or one whose infinitive is clear and no article or preposition before it."""
    w, before = w.lower(), before.lower()
    if before in _DETERMINERS or before in lex.prepositions or before in ("een", "die", "dit", "deze", "elke"):
        return False  # 'de scheiding', 'in maart': a noun
    if w in lex.finite or w in lex.irregular:
        return True
    if not w.isalpha() or w in lex.not_verb or w in lex.prepositions or is_infinitive(lex, w) or len(w) < 3:
        return False
    return infinitive_of(lex, w)[1]


def _closing_verb(lex, words: list[str], size: int) -> int:
    """The place of the finite verb that closes a verb-last clause: the last word, the word before a closing
    participle or infinitive, or the word before a short phrase put after it ('slaapt | door de scheiding')."""
    ends = [len(words)] + [k for k in range(len(words) - 1, size, -1)
                           if (words[k] == "," or words[k].lower() in _CLOSES) and len(words) - k <= 6]
    for end in ends:
        last = end - 1
        if last < size:
            continue
        before = words[last - 1] if last else ""
        after_modal = before.lower() in lex.finite and is_infinitive(lex, words[last].lower())  # '… wil zijn'
        if _finite(lex, words[last], before) and not is_participle(lex, words[last].lower()) and not after_modal:
            return last
        cluster = is_participle(lex, words[last].lower()) or is_infinitive(lex, words[last].lower())
        if cluster and last - 1 >= size and _finite(lex, words[last - 1], words[last - 2] if last > 1 else ""):
            return last - 1
    return -1


def _main_order(clause: str) -> str | None:
    """A 'dat' clause in the order of a sentence of its own, or None."""
    words = _WORD.findall(clause)
    if _inner(words):
        return None
    size = _subject(words)
    if not size or len(words) < size + 2:
        return None
    lex = lexicon()
    k = _closing_verb(lex, words, size)
    if k <= size:
        return None if k < 0 else " ".join(words).replace(" ,", ",")
    verb = words[k].lower()
    if verb not in lex.irregular and any(verb.startswith(p) and len(verb) >= len(p) + 3 for p in lex.particles):
        return None  # 'dat ik het niet meer aankan': a verb that splits ('kan … aan'), left as typed
    out = words[:size] + [words[k]] + words[size:k] + words[k + 1:]
    return " ".join(out).replace(" ,", ",")


def _upright(rest: str) -> str | None:
    """'is de ketel sinds maandag defect' -> 'de ketel is sinds maandag defect', or None."""
    words = _WORD.findall(rest)
    if len(words) < 3 or _inner(words) or not _finite(lexicon(), words[0]):
        return None
    size = _subject(words[1:])
    if not size or words[1].lower() in _NOT_SUBJECT:
        return None  # 'is het hier druk', 'is er …': the subject cannot be told apart
    return " ".join(words[1:size + 1] + [words[0]] + words[size + 1:]).replace(" ,", ",")


def _told(body: str) -> str | None:
    parts = re.split(r",?\s+en\s+(?:dat|da)\s+", body)
    said = [_main_order(p) for p in parts]
    return None if any(s is None for s in said) else " en ".join(said)


def _capital(text: str, sentence: str, at: int) -> str:
    start = at == 0 or sentence[:at].rstrip().endswith((".", "?", "!"))
    return text[:1].upper() + text[1:] if start else text


def gone(sentence: str) -> tuple[str, str]:
    """(sentence, the lead-in that went) for the first statement that opens with one; else (sentence, '')."""
    for pattern, turn in ((_TOLD, _told), (_AS_KNOWN, _upright)):
        m = pattern.search(sentence)
        if not m:
            continue
        end = re.search(r"[.?!](?:\s|$)", sentence[m.end():])
        stop = m.end() + end.start() if end else len(sentence)
        if stop < len(sentence) and sentence[stop] != ".":
            continue  # a question or an exclamation: left as typed
        said = turn(sentence[m.end():stop])
        if said:
            return sentence[:m.start()] + _capital(said, sentence, m.start()) + sentence[stop:], m.group(0).strip(" ,")
    return sentence, ""
