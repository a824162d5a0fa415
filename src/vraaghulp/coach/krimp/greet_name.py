"""Greetings that only greet before a name, and a name that is also a greeting word (round 35, k35c).

- 'Morgen Ruud!', 'Middag Kees,', 'Moggel Henk.': a time of day opening the message greets when a capitalised name
  (or a family word, 'allemaal') follows with a mark or a line break right after it. 'Morgen kan ik niet',
  'Morgen Ruud komt ook' stay what they are: the word after the name is no mark.
- 'Wa zegde Bilal,', 'Wa zegde Bilal alles goe?', 'Wa zegde, ik moet …': the Flemish hello, before a name with a
  mark or 'alles' after it, or alone before a comma. 'Wa zegde gij daarvan?' asks something: no name follows.
- 'met oma lieve sanne …', 'met papa, dag Tim': a voice message that opens with who speaks ('met' and a family
  word or a capitalised name) before another greeting or a mark; 'met mij gaat het goed' is no greeting.
- 'Dag Lieve,', 'Hey Lieve!': a capitalised greeting word that is also a name ('Lieve', 'Liefste') right after a
  greeting and before a mark is the name, not a second greeting. 'Dag lieve Sanne', 'Dag lieve mensen' keep it.
  Round 49: also before a subject or a finite verb ('dag Lieve ik durf …', 'Hoi Lieve zoudt ge …') and after a
  family word ('Dag tante Lieve!').
- 'Waarde Pieter,', 'Geachte collega, waarde Annelies,', 'Amice Joris,', 'Zeer geachte heer,': a formal salutation
  word greets only opening the message (or after its first greeting and a comma) and before a name, a title
  ('collega', 'heer') or a comma; 'Waarde 300 euro.', 'Waarde bepalen:', 'Dierbare spullen:' are ordinary words
  (round 46, k46a).
"""

from __future__ import annotations

from . import greet_unknown
from .names import name_cased

_DAYTIME = frozenset({"morgen", "more", "moge", "mogge", "moggel", "mogguh", "morrege", "middag", "avond", "naavond"})
_ZEGDE = (("wat", "zegde"), ("wat", "zedde"), ("wat", "zegt", "ge"), ("wat", "zegt", "gij"), ("wat", "zeg", "je"),
          ("wat", "zeg", "jij"))
_BARE_ZEGDE = frozenset({"zegde", "zedde", "ge", "gij"})  # 'Wa zegde, …' alone greets; 'Wat zeg je, …' may ask
_WORD_GREETINGS = frozenset({"lieve", "liefste"})
_AFTER_NAME = frozenset({"alles", "hoe", "hoest", "hoeist", "ça"})  # 'Wa zegde Bilal alles goe?'
_MARKS = frozenset({",", ".", "!", "?", ":", "…"})
_FORMAL = frozenset({"waarde", "hooggeleerde", "zeergeleerde", "weledelgeleerde", "weledelgestrenge", "amice", "dierbare"})
_TITLES = frozenset({"heer", "heren", "mevrouw", "dames", "collega", "collegae", "collega's", "vriend", "vrienden",
                     "vriendin", "confrater", "lezer", "leden", "allen", "voorzitter", "professor", "dokter"})


def extended(d, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The draft's greeting matches, with the greetings that only count before a name, less a name read as one."""
    words = [i for i in range(d.n) if d.is_word(i)]
    if not words:
        return found
    first = words[0]
    out = [m for m in found if not _name_not_greeting(d, m, found)]
    for end in (_daytime(d, first), _zegde(d, first), _caller(d, first, found), greet_unknown.opener(d, first, found)):
        if end is not None and (first, end) not in out:
            out.append((first, end))
    return out + [m for m in _formal(d, first, found) if m not in out]


def _formal(d, first: int, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Waarde Pieter,', 'Geachte collega, waarde Annelies,': formal salutations before a name, a title or a comma."""
    out: list[tuple[int, int]] = []
    for k in [first] + list(range(first + 2, min(d.n, first + 6))):
        if k > first and (d.tok_text(k - 1) != "," or not out and not any(i0 == first for i0, _ in found)):
            continue  # after the comma of the message's own first greeting only
        size = 2 if d.is_word(k) and d.word(k) == "zeer" and k + 1 < d.n and d.word(k + 1) == "geachte" else 1
        if not d.is_word(k) or (size == 1 and d.word(k) not in _FORMAL):
            continue
        nxt = k + size
        if nxt < d.n and (d.tok_text(nxt) == "," or _a_name(d, nxt) or d.is_word(nxt)
                          and (d.word(nxt) in _TITLES or d.word(nxt) in d.lex.formal)):
            out.append((k, nxt))
    return out


def _closed(d, k: int) -> bool:
    """Token k is the end of the message, a mark, or the first token after a line break."""
    return k >= d.n or d.tok_text(k) in _MARKS or "\n" in d.gap(k) or not d.is_word(k) and not d.tok_text(k).isalnum()


def _a_name(d, k: int) -> bool:
    """Token k is a capitalised name the engine does not know as another word, or a family word."""
    if k >= d.n or not d.is_word(k) or len(d.words(k)) != 1:
        return False
    lex, w = d.lex, d.word(k)
    if w in lex.relations or w in ("allemaal", "iedereen"):
        return True
    known = (lex.not_name, lex.not_verb, lex.finite, lex.subjects, lex.imperatives, lex.loose_front, lex.prepositions)
    raw = d.tok_text(k).replace("-", "")
    return name_cased(raw) and not any(w in group for group in known)


def _daytime(d, first: int) -> int | None:
    if d.word(first) not in _DAYTIME or not _a_name(d, first + 1) or not _closed(d, first + 2):
        return None
    nxt = first + 3 if first + 2 < d.n and d.tok_text(first + 2) == "," else None
    if nxt is not None and nxt < d.n and d.is_word(nxt) and d.lex.moment.fullmatch(d.word(nxt)):
        return None  # 'Morgen Utrecht, overmorgen Gent': two moments with their places, no greeting
    return first + 1


def _zegde(d, first: int) -> int | None:
    for said in _ZEGDE:
        end = first + len(said)
        if end > d.n or not all(d.is_word(j) and d.word(j) == w for j, w in zip(range(first, end), said)):
            continue
        if said[-1] in _BARE_ZEGDE and end < d.n and d.tok_text(end) in (",", "!"):
            return end  # 'Wa zegde, ik moet mijn auto …'
        if _a_name(d, end) and (_closed(d, end + 1) or d.word(end + 1) in _AFTER_NAME):
            return end
    return None


def _caller(d, first: int, found: list[tuple[int, int]]) -> int | None:
    """'met oma lieve sanne', 'met papa, dag Tim', 'Met Truus. Hoi Joop': who speaks, before a greeting or a mark."""
    if d.word(first) != "met" or first + 1 >= d.n or not d.is_word(first + 1):
        return None
    who = first + 1
    if not (d.word(who) in d.lex.relations or name_cased(d.tok_text(who)) and _a_name(d, who)):
        return None
    after = who + 1
    greeted = [i1 for i0, i1 in found if i0 == after]
    if greeted:
        return max(greeted)  # the greeting after who speaks is part of the opening: the name comes after both
    return after if after < d.n and d.tok_text(after) in (",", ".", "!") else None


def _name_not_greeting(d, m: tuple[int, int], found: list[tuple[int, int]]) -> bool:
    """'Dag Lieve,', 'dag Lieve ik durf …', 'Dag tante Lieve!': a one-word greeting that is also a name, capitalised,
    right after a greeting or a family word, before a mark or a word that opens a clause (a subject, a finite verb),
    so that no other name follows it."""
    i0, i1 = m
    if i1 != i0 + 1 or d.word(i0) not in _WORD_GREETINGS or not name_cased(d.tok_text(i0)):
        return False
    after_greeting = any(j1 == i0 and j0 < i0 for j0, j1 in found)
    after_kin = i0 > 0 and d.is_word(i0 - 1) and d.word(i0 - 1) in d.lex.relations
    opens_clause = d.is_word(i1) and (d.word(i1) in d.lex.subjects or d.word(i1) in d.lex.finite)
    return (after_greeting or after_kin) and (_closed(d, i1) or opens_clause)
