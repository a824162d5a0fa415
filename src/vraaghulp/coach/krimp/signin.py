"""Who speaks: the writer signing in at the start of a voice message or a chat, as on the phone.

'Lisa met opa, …', 'Goedemorgen Ineke met Truus hier …', 'ja hier is bomma ik kan …', 'Dag Rita,
het is Jeanne van nummer 12.', 'Noor hier, …': the sign-in names the writer, never the person
addressed, and goes as a lead-in. It is exactly the name (a family word, or a name in capitals, or
in a draft without capitals one word the engine does not know), with 'hier' after it and, after
'het is', a short 'van …' that says which one ('van nummer 12', 'van de overkant'). What follows is
the writer's own next clause ('ik kan mijne computer ni meer aanzetten'), which is a statement and
never the start of a question.

The aanloop phrase 'hier is (het) *' runs on to the end of the clause; here it is cut back to the
sign-in, and the sign-ins the phrase list cannot say (a name in between) are added.
"""

from __future__ import annotations

from .names import known_word
from .wordsets import HESITATIONS

_FAMILY = frozenset({"bomma", "bompa", "moemoe", "vava", "memé", "pepé", "nonkel", "tantetje", "meter", "peter"})
_OWNERS = frozenset({"je", "jouw", "uw", "u", "de", "jullie", "ulle"})
_LEAD = 12  # a sign-in stands among the first words of the message
_SIGN_OFF = frozenset({"groetjes", "groeten", "liefs", "kusjes", "kus", "zoen", "merci", "bedankt", "dank", "wel", "groet"})


def sign_ins(d, greetings: dict[int, int], found: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """The aanloop matches with every sign-in cut to its own words, plus the sign-ins found here;
    and the tokens of the sign-ins (the writer's name: never the one addressed)."""
    out, signs = [], []
    for i0, i1 in found:
        end = _hier_is(d, i0, i1)
        out.append((i0, end) if end else (i0, i1))
        signs += [(i0, end)] if end else []
    for k in range(min(d.n, _LEAD)):
        if not d.is_word(k) or not _only_opening_before(d, greetings, k):
            continue
        end = _met(d, k) or _het_is(d, k) or _name_hier(d, k)
        if end and not any(i0 <= k < i1 for i0, i1 in out):
            out.append((k, end))
            signs.append((k, end))
    again = _signed_again(d, signs)
    return sorted(out + again), {i for i0, i1 in signs + again for i in range(i0, i1)}


def _signed_again(d, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'… efkes komen kijke bomma': the sign-in's name again as the last word signs the message."""
    last = max((i for i in range(d.n) if d.is_word(i)), default=-1)
    if last < _LEAD or any(i0 <= last < i1 for i0, i1 in found):
        return []
    for i0, i1 in found:
        before = max((k for k in range(last) if d.is_word(k)), default=-1)
        if before >= 0 and d.word(before) in _SIGN_OFF:
            return []  # 'groetjes opa': the sign-off holds the name
        if i1 <= _LEAD + 2 and i1 - 1 > i0 and d.word(i1 - 1 if d.word(i1 - 1) != "hier" else i1 - 2) == d.word(last) \
                and _name_end(d, last) == last + 1:
            return [(last, last + 1)]
    return []


def _hier_is(d, i0: int, i1: int) -> int | None:
    """'hier is bomma ik kan …' -> 'hier is bomma' (the phrase ran on to 'ik kan')."""
    if d.word(i0) != "hier" or i0 + 1 >= d.n or d.word(i0 + 1) != "is":
        return None
    k = i0 + 2
    if k < d.n and d.is_word(k) and d.word(k) == "het":
        k += 1
    end = _name_end(d, k)
    if end is None or end > i1 or not (_family(d, k) or d.tok_text(k)[:1].isupper() or _clause_ends(d, end)):
        return None  # 'hier is alles chill': no name
    return end + 1 if end < d.n and d.is_word(end) and d.word(end) == "hier" else end


def _met(d, k: int) -> int | None:
    """'Lisa met opa', 'Goedemorgen, met Marian Veldhuis.', 'Ineke met Truus hier'."""
    if d.word(k) != "met" or (k and d.is_word(k - 1) and d.word(k - 1) in ("ik", "jij", "je")):
        return None
    end = _name_end(d, k + 1)
    if end is None:
        return None
    if end < d.n and d.is_word(end) and d.word(end) == "hier":
        return end + 1
    return end if _clause_ends(d, end) else None


def _het_is(d, k: int) -> int | None:
    """'het is Jeanne van nummer 12.', 'het is bomma hier': a name right after 'het is'."""
    if d.word(k) not in ("het", "'t") or k + 2 >= d.n or d.word(k + 1) != "is":
        return None
    if d.word(k + 2) == "ik":  # Flemish ''t is ik (uw meme)': it's me, a sign-in of its own (k35c)
        end = _name_end(d, k + 3) if k + 3 < d.n and d.is_word(k + 3) and d.word(k + 3) in _OWNERS else None
        if end is not None and _clause_ends(d, end):
            return end
        return None if k + 3 < d.n and d.word(k + 3) in ("die", "dat", "wie") else k + 3  # not 'het is ik die …'
    end = _name_end(d, k + 2)
    if end is None:
        return None
    if end < d.n and d.is_word(end) and d.word(end) == "hier":
        return end + 1
    if end < d.n and d.is_word(end) and d.word(end) == "van":
        stop = next((j for j in range(end + 1, min(d.n, end + 5)) if not d.is_word(j)), d.n if d.n <= end + 5 else None)
        return stop if stop is not None and stop > end + 1 else None  # '… van nummer 12' may end the draft
    return end if _clause_ends(d, end) else None


def _name_hier(d, k: int) -> int | None:
    """'Noor hier, kun je …', 'hey, Truus hier.': a name and 'hier'."""
    end = _name_end(d, k)
    if end is None or end >= d.n or not d.is_word(end) or d.word(end) != "hier" or not d.tok_text(k)[:1].isupper():
        return None
    return end + 1 if _clause_ends(d, end + 1) else None


def _name_end(d, k: int) -> int | None:
    """The end of a name starting at token k: a family word ('opa', 'je tante Els'), one to three
    words in capitals that the engine knows as nothing else, or in a draft without capitals one such word."""
    lex = d.lex
    while k < d.n and d.is_word(k) and d.word(k) in _OWNERS:
        k += 1
    if k >= d.n or not d.is_word(k):
        return None
    w = d.word(k)
    family = w in lex.relations or w in _FAMILY
    if family and w not in lex.group_address:
        k += 1
    elif not _name_word(d, k, first=True):
        return None
    else:
        k += 1
    while k < d.n and d.is_word(k) and d.tok_text(k)[:1].isupper() and _name_word(d, k, first=False) \
            and not (d.word(k) in lex.relations or d.word(k) in _FAMILY):
        k += 1  # 'Marian Veldhuis', 'tante Els'; not 'Lotte Meter hier' (Meter signs in)
    return k


def _family(d, k: int) -> bool:
    return d.word(k) in d.lex.relations or d.word(k) in _FAMILY


def _name_word(d, k: int, *, first: bool) -> bool:
    lex = d.lex
    raw, w = d.tok_text(k), d.word(k)
    if not raw.replace("-", "").isalpha() or len(d.words(k)) != 1:
        return False
    if w in lex.not_name or w in lex.subjects or w in lex.finite or known_word(lex, w):
        return False
    if raw[:1].isupper():
        return True
    return first and not any(ch.isupper() for ch in d.text) and len(w) >= 3


def _clause_ends(d, i: int) -> bool:
    """Nothing of the sign-in's own clause follows: the end, a mark, or a new clause ('ik …')."""
    if i >= d.n or not d.is_word(i):
        return True
    return d.word(i) in ("ik", "we", "wij", "kun", "kan", "kunt", "wil", "wilt", "zou", "zoudt", "mag", "hier", "hoe", "sorry") \
        or d.word(i) in HESITATIONS  # 'ja hoi Merel met Tess eh ik bel je': a voice message's pause ends it


def _only_opening_before(d, greetings: dict[int, int], k: int) -> bool:
    """Before token k: only interjections, a greeting and at most a name (of the one addressed)."""
    lex = d.lex
    words = [i for i in range(k) if d.is_word(i)]
    skip_to = 0
    names = 0
    for i in words:
        if i < skip_to:
            continue
        if i in greetings:
            skip_to = greetings[i]
            continue
        w = d.word(i)
        if w in lex.loose_front or w in ("hallo", "hoi", "ja", "goedemorgen"):
            continue
        if (d.tok_text(i)[:1].isupper() or w in lex.relations or not any(ch.isupper() for ch in d.text)) \
                and names < 2 and not known_word(lex, w):  # 'ja dag jonas t is ik': no capitals anywhere
            names += 1
            continue
        return False
    return True
