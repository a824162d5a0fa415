"""Mending one word the rules do not know, the way people mistype: part of `normalise`.

- a drawn-out letter ("leveeeen", "willll", "meeeer"): each run of three or more of one
  letter becomes two or one, the first form a rule knows;
- two words typed as one ("dedokter", "opgenomenvoor"): split only at a short function word
  (before: `los_ervoor`, after: `los_erna` in [tekst]) with a word a rule knows on the other
  side, so that a compound ("touwtrekken", "brugklas") is never taken apart;
- one slip in a long word ("zelfmord", "mezlef"): a letter left out of a known word of seven
  letters or more, or two neighbouring letters swapped, when exactly one known word fits;
- a Low Saxon past participle ("esneden", "edaon"; round 37): "e-" for "ge-" (Achterhoeks, Twents,
  Drents), when "g" + the word is a known word.

Only words that are not known as they stand come here (`Normaliser.knows`); the known words
are the rules' own vocabulary (`vocabulary.words_of`). Standard library only.
"""

from __future__ import annotations

import re
from itertools import product

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Callable

    from vraaghulp.coach.crisis.table import Table

__all__ = ["RUN", "SLIP_MIN", "drawn_out", "glued", "low_saxon", "slipped"]

SLIP_MIN = 7  # letters a typed word needs before a slip in it is looked for

RUN = re.compile(r"([a-z])\1\1+")
_VOWELS = "aeiouy"


def drawn_out(word: str, core: Callable[[str], bool], knows: Callable[[str], bool]) -> str:
    """The word with each run of three or more of one letter made two or one: the first form
    in the core word lists (`core`: ik, het, meer ...), else the first any rule knows, else two
    for a vowel or a consonant before a vowel and one for a consonant at the end or before
    another consonant (Dutch never ends a word in a double consonant)."""
    runs = list(RUN.finditer(word))[:3]
    choices = list(product((2, 1), repeat=len(runs)))
    candidates = [_collapse(word, runs, choice) for choice in choices]
    for test in (core, knows):
        for candidate in candidates:
            if test(candidate):
                return candidate
    guess = tuple(1 if run.group(1) not in _VOWELS and (run.end() == len(word) or word[run.end()] not in _VOWELS)
                  else 2 for run in runs)
    return _collapse(word, runs, guess)


def _collapse(word: str, runs: list[re.Match[str]], sizes: tuple[int, ...]) -> str:
    out, last = [], 0
    for run, size in zip(runs, sizes):
        out += [word[last:run.start()], run.group(1) * size]
        last = run.end()
    return RUN.sub(r"\1\1", "".join(out) + word[last:])


def glued(word: str, leading: frozenset[str], trailing: frozenset[str],
          knows: Callable[[str], bool], small: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(first, second) when the word is a function word typed onto a known word ("dedokter",
    "hetzwembad"), a known word with a function word typed after it ("opgenomenvoor"), or two
    function words (`small`, with `leading` and `trailing`: "inhet", "opde"); the longest known
    part wins. None otherwise."""
    words = small | leading | trailing
    for cut in range(1, len(word)):
        if word[:cut] in words and word[cut:] in words and (word[:cut] in small or word[cut:] in small):
            return word[:cut], word[cut:]
    if len(word) < 5:
        return None
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if head in leading and len(tail) >= 3 and knows(tail):
            return head, tail
    for cut in range(len(word) - 2, 2, -1):
        head, tail = word[:cut], word[cut:]
        if tail in trailing and knows(head):
            return head, tail
    return None


def slipped(word: str, slips: Table, knows: Callable[[str], bool]) -> str | None:
    """The long known word this one is with one slip: a letter left out ("zelfmord", looked up
    in `slips`, `vocabulary.slips_of`) or two neighbours swapped ("mezlef", "sprigen"; never
    the first letter). None when there is none or more than one."""
    found = slips.get(word, ())
    if len(found) == 1:
        return found[0]
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)} - {word}
    known = [form for form in swapped if knows(form)]
    return known[0] if len(known) == 1 else None


def low_saxon(word: str, knows: Callable[[str], bool]) -> str | None:
    """Round 37 (c37): "esneden" is "gesneden", "enoeg" is "genoeg": the Low Saxon "e-" of a past participle (and of
    a few other "ge-" words), when "g" + the word is a word a rule knows. None otherwise (short words never)."""
    if len(word) >= 5 and word[0] == "e" and word[1] not in _VOWELS and knows("g" + word):
        return "g" + word
    return None
