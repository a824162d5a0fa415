"""A name typed in lower case on a line of its own words, right before the ask ('…ik ben bang van mezelf
\neva kun je morgenochtend met me naar de huisarts?'): in chat a new line is where a new message starts,
and a lone word there that the engine knows as nothing else is the person addressed."""

from __future__ import annotations

import re

_NAME = re.compile(r"[a-zà-ÿ][a-zà-ÿ'-]+")
# chat interjections the word lists may not hold: 'owja', 'ohja', 'pff', 'hmm', 'okee', 'haha', 'jaaa'
_SOUND = re.compile(r"(?:o+h*w*|a+h*w*|e+h*|h+m+|p+f+|n+o+u+|j+a+|n+e+e+|o+k+[eé]*|(?:h+[ae]+)+|l+o+l+|x+d+|w+a+u+w+)"
                    r"(?:ja+|nee+|ok+[eé]*|zo+)?")


def _known(lex, w: str) -> bool:
    return any(w in group for group in (
        lex.not_verb, lex.finite, lex.fillers, lex.imperatives, lex.loose_front, lex.subjects, lex.not_name,
        lex.particles, lex.prepositions, lex.modal_inf, lex.group_address, lex.reasons,
    ))


def line_name(an, toks: list[int], name_like) -> bool:
    """`name_like` (names.py, passed in), or one lower-case word, the first of its line, that is no word
    the engine knows."""
    if name_like(an, toks):
        return True
    d = an.d
    if len(toks) != 1:
        return False
    i = toks[0]
    raw = d.tok_text(i)
    if not _NAME.fullmatch(raw) or len(d.words(i)) != 1 or _known(d.lex, d.word(i)) or _SOUND.fullmatch(d.word(i)):
        return False
    before = d.original[: d.toks[i].start].rstrip(" \t")
    return bool(before) and before.endswith("\n")


_BUT = frozenset({"ma", "mo", "maa", "mor", "mar"})
# words that go on a clause after a Flemish 'ma' (= 'maar'): 'ma als ge', 'ma da', 'ma toch'
_CLAUSE_ON = frozenset({"als", "as", "da", "dat", "dan", "toch", "wel", "nu", "misschien", "eigenlijk", "ook", "kzou",
                        "kheb", "kben", "kzal", "kmoet", "kwil", "kan", "kunde", "zoude", "wilde", "hebde", "zijde"})


def run_in_but(an, toks: list[int]) -> bool:
    """'ik wil u ni lastigvallen ma zoudt ge …', '… voor ons, ma zoudt ge …': a lone Flemish 'ma' (or 'mo')
    is 'maar', never the person addressed (`but_or_mother`)."""
    return len(toks) == 1 and but_or_mother(an, toks[0]) == "maar"


def but_or_mother(an, i: int) -> str:
    """What a lone 'ma' (or 'mo', 'mor' …) at token i is: "maar", "ma" (the mother, or a word that is no
    'maar' at all) or "twijfel".

    'maar' when nothing stands between it and the next word and that word goes on a clause (a verb, a
    pronoun, 'als', 'da' …), and it follows a word of its line or a comma inside a sentence ('… voor ons,
    ma zoudt ge …'); the mother when a comma or a full stop follows ('Ma, kunt ge …'), right after the
    greeting ('hey ma kunt ge …'), as the message's first word ('ma kunde gij mij oppikken': the golds, 9 of 9) or before
    anything else; at the start of a later sentence before a verb or a pronoun ('… Ma kunt ge …') it can be either:
    "twijfel"."""
    d = an.d
    if d.word(i) not in _BUT or i + 1 >= d.n or not d.is_word(i + 1) or _stop_between(d, i, i + 1):
        return "ma"
    if i > 0 and d.is_word(i - 1) and not _stop_between(d, i - 1, i):
        if interjected(an, i):  # 'ja ma gij moet …', 'allee ma kunt ge …': 'ja maar', never sure (doubt_names)
            return "maar" if _goes_on(d, d.word(i + 1)) else "ma"  # 'ja ma dus ik …': the mother (v5f-064)
        return "ma" if _greeted(an, i) else "maar"  # 'hey ma kunt ge …' against '… lastigvallen ma zoudt ge …'
    if not _goes_on(d, d.word(i + 1)):
        return "ma"
    if i > 0 and d.tok_text(i - 1) == "," and "\n" not in d.gap(i) and not _greeted(an, i):
        return "maar"
    if not any(d.is_word(k) for k in range(i)) and d.word(i + 1) in _WRITER:
        return "twijfel"  # 'ma ik ben moe ma kunde gij …': 'Mam, I am …' or 'but I am …' (k43r)
    return "ma" if _greeted(an, i) or not any(d.is_word(k) for k in range(i)) else "twijfel"


# Interjections before a Flemish 'ma' at the start of the message: 'ja ma' is 'ja maar' (round 43, k43r)
_INTERJECTIONS = frozenset({"ja", "jaja", "jaa", "nee", "neen", "allee", "allez", "awel", "ok", "oke", "oké", "okee",
                            "okay", "goh", "tja", "enfin", "bon", "pff", "nou"})
_WRITER = frozenset({"ik", "'k", "k", "kzit", "kben", "kheb"})


def interjected(an, i: int) -> bool:
    """Every word before token i opens the message as a greeting or an interjection, and one is an interjection."""
    d = an.d
    before = [k for k in range(i) if d.is_word(k)]
    return bool(before) and any(d.word(k) in _INTERJECTIONS for k in before) and all(
        d.word(k) in _INTERJECTIONS or k in an.cover and "groet" in an.cover[k] for k in before)


def interjected_but(an) -> bool:
    """The message opens with an interjection and a Flemish 'ma' read as 'maar' ('allee ma kunt ge …'): the mother
    is meant as well as 'maar', so the result is never sure."""
    d = an.d
    first = [k for k in range(min(d.n, 4)) if d.is_word(k)]
    return any(d.word(k) in _BUT and interjected(an, k) and but_or_mother(an, k) == "maar" for k in first[1:3])


# Words before a run-in 'ma' that force 'maar' (a contrast): 'ik weet het niet goed ma', 'ik wil u ni lastigvallen ma',
# 'sorry ma'. Without one, 'ik mis u ma kunde gij …', 'ik ben ziek ma kunt ge …' may as well call the mother (k43r3).
_CONTRAST = frozenset({"niet", "ni", "nie", "nit", "geen", "gene", "genen", "nooit", "niks", "niets", "nergens",
                       "sorry", "sory", "spijt", "eigenlijk", "wel", "misschien", "weliswaar", "jammer", "helaas"})


def run_in_doubt(an) -> bool:
    """A lower-case 'ma' run in after a word of its line and read as 'maar' with no contrast before it in its sentence
    ('ik mis u ma kunde gij …', 'ik ben ziek ma kunt ge …'): the mother may be meant, so the result is never sure."""
    d = an.d
    return any(d.is_word(i) and d.tok_text(i) == "ma" and i + 1 < d.n and d.is_word(i + 1) and d.word(i + 1) in _ASKS
               and d.word(i - 1) not in _OWNER and d.word(i - 1) not in d.lex.prepositions and not interjected(an, i)
               and but_or_mother(an, i) == "maar" and not _contrast_before(an, i) for i in range(1, d.n))


# what opens the ask after a run-in 'ma' ('… ma kunde gij', '… ma kunt ge'); 'met ma naar', 'aan ma vragen' are the mother
_ASKS = frozenset({"kunde", "kunt", "kun", "kan", "zoudt", "zoude", "zou", "wilt", "wilde", "wil", "ge", "gij", "gie",
                   "jij", "je", "u", "kzou", "kunnen", "zoudde"})


def _contrast_before(an, i: int) -> bool:
    """A word of the sentence before token i that sets up a contrast for 'maar', or the mother named before it in
    the third person ('mijn ma is ziek ma kunde gij …')."""
    d = an.d
    start = d.sentences[d.sentences_of(i)][0]
    return any(d.is_word(j) and (d.word(j) in _CONTRAST or d.word(j) == "ma" and j > start
                                 and d.word(j - 1) in _OWNER) for j in range(start, i))


_OWNER = frozenset({"mijn", "mn", "m'n", "ons", "onze", "uw", "zijn", "haar", "hun", "je", "jouw", "zen", "men"})


def _stop_between(d, a: int, b: int) -> bool:
    around = d.original[d.toks[a].end: d.toks[b].start]
    return "\n" in around or any(ch in around for ch in ",.!?;:")


def _goes_on(d, w: str) -> bool:
    lex = d.lex
    return w in lex.finite or w in lex.irregular or w in lex.subjects or w in _CLAUSE_ON


def _greeted(an, i: int) -> bool:
    """Every word before token i is the opening greeting ('hey ma', 'Hallo, ma')."""
    d = an.d
    before = [k for k in range(i) if d.is_word(k)]
    return bool(before) and all(k in an.cover and "groet" in an.cover[k] for k in before)


def line_vocative(an, toks: list[int], name_like) -> bool:
    """`line_name`, but never a Flemish 'ma' read as 'maar' ('… lastigvallen ma zoudt ge …')."""
    return line_name(an, toks, name_like) and not run_in_but(an, toks)
