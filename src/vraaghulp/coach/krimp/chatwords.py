"""Two small readings of chat spelling for the tokens (tokens.py):

- 'heej', 'hooii', 'jooo', 'heeeej', 'yoo': a greeting with its letters stretched is that greeting
  ('hooi' is hay; 'hee' and 'jo' are greetings as they are);
- 'van marie t. ophalen': a lower-case initial after a name, with the verb of the sentence right after
  its point, does not end the sentence ('ik snap t. kunnen we …' does: a modal opens the next one).
"""

from __future__ import annotations

import re

_DOUBLES = re.compile(r"([^\W\d_])\1+")
_STRETCHED = frozenset({"hoi", "hey", "hej", "hai", "hi", "jo", "yo", "ej", "ey"})
_NOT_STRETCHED = frozenset({"hooi"})


def stretched_greeting(word: str) -> str | None:
    """The greeting a stretched chat word stands for, or None."""
    single = _DOUBLES.sub(r"\1", word)
    if single != word and single in _STRETCHED and word not in _NOT_STRETCHED:
        return single
    return None


def initial(d, i: int) -> bool:
    """Token i is a lower-case initial whose point goes on into the sentence ('marie t. ophalen')."""
    raw = d.tok_text(i)
    if len(raw) != 1 or not raw.isalpha() or raw == "k" or i < 1 or i + 2 >= d.n or not d.is_word(i - 1):
        return False
    if not d.tok_text(i - 1).isalpha():
        return False  # 'huis nr 3 b. helpen jullie …': a house letter, not a name's initial
    nxt = d.tok_text(i + 2)
    w = d.word(i + 2)
    lex = d.lex
    return (d.tok_text(i + 1) == "." and nxt.islower() and nxt.endswith("en") and len(nxt) > 4
            and w not in lex.finite and w not in lex.modal_inf and d.word(i - 1) not in lex.finite)
