"""The tokens of an honest clause that are not the honest sentence itself: the half of 'A en ik B' that
says no state, a wish added with 'en', and an apology or escape hatch glued on in chat without
punctuation ('ik heb het zwaar sorry dat ik stoor'). The honest sentence itself is found in states.py."""

from __future__ import annotations

from .pointed import names_for_er
from .states import is_state
from .unable import cannot


_I = frozenset({"ik", "'k", "k"})
_WOULD = frozenset({"zou", "zouden"})
_HAPPENED = frozenset({"ben", "is", "werd", "word", "wordt", "was"})
_PARTICIPLE = ("ge", "ont", "ver", "be", "her", "opge", "uitge", "aange", "omge", "neerge")


def _happened(d, toks: list[int]) -> bool:
    """'ik ben gezakt voor mijn examen', 'ik ben ontslagen': what happened to the writer (a form of
    'zijn' and a past participle), the news the feeling after it stands on."""
    words = [d.word(i) for i in toks]
    return bool(_HAPPENED & set(words)) and any(
        len(w) > 5 and w.startswith(_PARTICIPLE) and w[-1] in "dtn" for w in words[1:])


def side_parts(an, c) -> set[int]:
    """The tokens of an honest clause that are not the honest sentence: `_halves` and a glued tail (`glued_tail`)."""
    return _halves(an, c) | glued_tail(an, c)


# Words that open an apology or escape hatch glued onto an honest sentence in chat without punctuation.
GLUED_SORRY = _GLUED = frozenset({"sorry", "sry", "sorri", "soz", "excuus", "excuses", "pardon"})
_GLUED_PAIRS = (("geen", "probleem"), ("geen", "stress"), ("geen", "druk"), ("mag", "gerust"), ("gerust", "nee"))


def glued_tail(an, c) -> set[int]:
    """'ik heb het zwaar gerust nee zeggen hoor', 'het gaat niet goed met me sorry dat ik stoor': in chat
    without punctuation an apology or escape hatch runs on after the honest words; from its first word
    to the clause's end it is no part of the honest sentence (the state keeps at least two words)."""
    d = an.d
    if c.role != "staat":
        return set()
    start = c.start if c.start >= 0 else c.a
    toks = [i for i in range(start, c.b) if d.is_word(i)]
    for k in range(2, len(toks)):
        w, nxt = d.word(toks[k]), d.word(toks[k + 1]) if k + 1 < len(toks) else ""
        if w in _GLUED or (w, nxt) in _GLUED_PAIRS:
            if w in ("je", "ge") or d.word(toks[k - 1]) in ("je", "jij", "ge", "u", "mag"):
                return set(range(toks[k - 1], c.b))  # 'je mag gerust …': the subject goes with it
            return set(range(toks[k], c.b))
    return set()


def _halves(an, c) -> set[int]:
    """The tokens of an honest clause that are not the honest sentence: of 'A en ik B' (two sentences
    about the writer) the half that says no state ('ik heb de bonnetjes nog niet gesorteerd en ik raak
    in paniek', 'ik snap die app ni en ik moet de huur betalen'), and a wish added with 'en' ('… en een
    middagje rust zou me goed doen'). The honest half stays whole; when both or neither are one, nothing goes."""
    d = an.d
    start = c.start if c.start >= 0 else c.a
    toks = [i for i in range(start, c.b) if d.is_word(i)]
    cuts = [k for k, i in enumerate(toks) if d.word(i) == "en" and 2 < k < len(toks) - 3]
    for k in cuts:
        left, right = toks[:k], toks[k + 1:]
        words = [d.word(i) for i in right]
        if words[0] in _I:
            states = (is_state(an, left[0], left[-1] + 1), is_state(an, right[0], right[-1] + 1) or cannot(words, [d.word(i) for i in left]))
        elif _WOULD & set(words):
            states = (is_state(an, left[0], left[-1] + 1), False)
        else:
            continue
        if states != (True, True) and _happened(d, left):
            return set()  # 'ik ben ontslagen en ik schaam me', 'ik ben gevallen en ik geraak ni recht': both stay
        if states == (True, False):
            return set(range(left[-1] + 1, c.b))
        if states == (False, True) and not names_for_er([d.word(i) for i in left], words):
            return set(range(start, right[0]))  # not 'ik heb een brief gekregen en | ik snap er niks van' (pointed.py)
    return set()
