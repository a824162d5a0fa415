"""A name right after a greeting word krimp does not know (round 55, k55a).

Chat greetings come from many groups and the lexicon cannot hold them all ('ayo', 'hewa', 'wazzup', 'siema', 'ahlan',
'salukes', 'hoegaont'). heldout54 brought 'ayo Gio mi bro 🙏🏾 hoe is het dushi. … mag ik zaterdag jouw busje lenen?'
in as 'Mag ik zaterdag jouw busje lenen?', sure: the unknown word and the name went together; without the 'mi bro' the
result was 'Ayo Gio, mag ik …?', sure, the greeting kept as part of the name.

- `opener`: a lower-case word the engine does not know, opening the message right before a word written as a name
  that it does not know either ('ayo Gio', 'wazzup Jayden', 'siema Kuba'), is a greeting when the name is closed
  after it (a mark, an emoji, a line break, a nickname such as 'bro', a how-are-you such as 'alles' or 'hoe', or the
  ask's verb and reader). A capitalised unknown word is a greeting only with a how-are-you after the name
  ('Ahlan Nadia 😘 hoe gaat het …', 'Hewa Ravi, alles goed?'): 'Dorian Jansen, kun je …' is a first name and a
  surname, and stays.
- `lost` (on the finished sentence): the message opens with up to three words and then a word written as a name,
  before any mark, and the result holds that name nowhere; or the result opens with the message's first word, unknown,
  still in front of the name ('Hewa Ravi, kun je …'). Which word greets and which one names cannot be told for sure:
  not sure (``weg-naam-groet``).
"""

from __future__ import annotations

import re

CODE = "weg-naam-groet"
_MARKS = frozenset({",", ".", "!", "?", ":", "…", ";"})
# what follows a name in a chat greeting: a nickname ('Gio mi bro', 'Dorian mijn broer') or a how-are-you
_NICK_LEAD = frozenset({"mi", "mijn", "m'n", "mn", "me", "my", "ma"})
_HOW = frozenset({"alles", "hoe", "hoest", "hoeist", "hoegaat", "ça", "how", "wat", "lang", "long"})
_ASK = re.compile(r"\s*,?\s*(?i:(?:kun|kunt|kan|kunde|wil|wilt|zou|zoudt|zoude|mag|moogt|heb|hebt)\s+(?:je|jij|u|ge|gij|"
                  r"jullie|ik|'k|wij|we)\b|(?:kunde|wilde|zoude)\b)")


# Words of address the lexicon does not hold, which the golds keep with the name ('broeder Yusuf', 'Ome Henk', 'Beta
# Rohit', 'Oğlum Emre'): no greeting, and never doubted when they stay in front of the name
_ADDRESS = frozenset({"broeder", "ome", "omi", "opi", "tata", "abla", "abi", "amca", "teyze", "dayi", "hala", "oglum",
                      "kizim", "tio", "tia", "tío", "tía", "om", "bapak", "ibu", "beta", "bhai", "didi", "nani", "dadi",
                      "oppa", "unnie", "nonna", "nonno", "zus", "zuske", "broertje", "zusje"})


def _unknown(lex, w: str) -> bool:
    """A word the engine knows as nothing: no word of its lists, no first name, no relation, role or word of address."""
    from .names import common_word

    return not (w in lex.real_words or common_word(lex, w) or w in lex.first_names or w in lex.word_names
                or w in lex.relations or w in lex.moment_starts or w in _ADDRESS)


def _name(d, k: int) -> bool:
    from .names import known_word, name_cased

    if k >= d.n or not d.is_word(k) or len(d.words(k)) != 1:
        return False
    w = d.word(k)
    return name_cased(d.tok_text(k).replace("-", "")) and (w in d.lex.first_names or not known_word(d.lex, w)
                                                            and w not in d.lex.real_words)


def _closed(d, k: int) -> bool:
    """Token k ends the name: the end, a mark, a line break or a sign that is no word (an emoji)."""
    return k >= d.n or d.tok_text(k) in _MARKS or "\n" in d.gap(k) or not d.is_word(k) and not d.tok_text(k).isalnum()


def _after_name(d, k: int) -> str:
    """What follows the name at token k: 'closed', 'nick', 'how', 'ask' or ''."""
    if _closed(d, k):
        return "closed"
    w = d.word(k)
    if w in d.lex.relations or w in _NICK_LEAD and k + 1 < d.n and d.is_word(k + 1) and d.word(k + 1) in d.lex.relations:
        return "nick"
    if w in _HOW:
        return "how"
    return "ask" if _ASK.match(d.text, d.toks[k - 1].end) else ""


def _how_next(d, k: int) -> bool:
    """Right after the name's closing mark (or emoji) a how-are-you opens ('Nadia 😘 hoe gaat het', 'Ravi, alles goed')."""
    while k < d.n and not d.is_word(k):
        k += 1
    return k < d.n and d.word(k) in _HOW


def opener(d, first: int, found: list[tuple[int, int]]) -> int | None:
    """The end of a greeting the lexicon does not hold, opening the message right before a name; else None."""
    if any(i0 == first for i0, _ in found) or first + 1 >= d.n or not d.is_word(first) or len(d.words(first)) != 1:
        return None
    raw, w = d.tok_text(first), d.word(first)
    if not raw.isalpha() or len(w) < 2 or not _unknown(d.lex, w) or not d.gap(first + 1).isspace() \
            or "\n" in d.gap(first + 1) or not _name(d, first + 1):
        return None
    after = _after_name(d, first + 2)
    if raw.islower():
        return first + 1 if after else None
    if raw[:1].isupper() and raw[1:].islower() and (after == "how" or after == "closed" and _how_next(d, first + 2)):
        return first + 1  # 'Ahlan Nadia 😘 hoe gaat het', 'Hewa Ravi, alles goed?'
    return None


def lost(an, sentence: str) -> bool:
    """The name after the opening greeting words is gone, or an unknown first word still stands in front of it."""
    d = an.d
    words = [i for i in range(d.n) if d.is_word(i)]
    if len(words) < 2:
        return False
    first = k = words[0]
    ends = {i0: i1 for i0, i1 in an.matches["groet"]}
    while k < d.n and k - first < 3 and d.is_word(k):
        if k in ends:
            nxt = ends[k]
        elif _unknown(d.lex, d.word(k)) and (k == first or not _name(d, k)) or k > first and d.word(k) in _ADDRESS:
            nxt = k + 1  # 'ayo', 'Ahlan', 'bom dia': a word the engine does not know, greeting; 'Sjoewke om Benny'
        else:
            break
        if nxt >= d.n or not d.gap(nxt).isspace() or "\n" in d.gap(nxt):
            return False  # a mark or a line right after the greeting: the name rules' own case
        k = nxt
    if k == first or k >= d.n or not _name(d, k) or len(d.words(k)) != 1:
        return False
    end = k + 2 if _name(d, k + 1) and d.gap(k + 1).isspace() else k + 1  # 'Tia Lúcia', 'Gert Jan'
    if not _after_name(d, end):
        return False  # 'Albert Heijn is dicht.': the words say something, no greeting and name
    name = d.tok_text(k)
    if re.search(r"(?i)(?<![^\W\d_])" + re.escape(name) + r"(?![^\W\d_])", sentence) is None:
        return True
    lead = d.tok_text(first)
    return k == first + 1 and first not in ends and re.match(
        r"\s*" + re.escape(lead) + r"\s+" + re.escape(name) + r"\b", sentence, re.IGNORECASE) is not None
