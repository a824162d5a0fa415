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


def run_in_but(an, toks: list[int]) -> bool:
    """'ik wil u ni lastigvallen ma zoudt ge …': a lone Flemish 'ma' (or 'mo') typed between two words of
    one line, with no comma or full stop on either side, is 'maar', never the person addressed."""
    d = an.d
    if len(toks) != 1 or d.word(toks[0]) not in _BUT or toks[0] == 0 or toks[0] + 1 >= d.n:
        return False
    i = toks[0]
    if not (d.is_word(i - 1) and d.is_word(i + 1)):
        return False
    around = d.original[d.toks[i - 1].end: d.toks[i + 1].start]
    return "\n" not in around and not any(ch in around for ch in ",.!?;:")


def line_vocative(an, toks: list[int], name_like) -> bool:
    """`line_name`, but never a Flemish 'ma' run in between two words ('… lastigvallen ma zoudt ge …')."""
    return line_name(an, toks, name_like) and not run_in_but(an, toks)
