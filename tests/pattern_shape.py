"""The shape of a regular expression that decides whether it stays linear on long text.

A search tries a pattern at every position of the text. When a try can run over whole words without a
bound (``[^.?!]*``, ``.*?``, ``(?:\\w+ )*``) and something must still match after that run, a try that
fails reads on to the end of the stretch the run allows: every word of a long sentence starts such a
try, and the work grows with the square of the sentence. A bounded run (``[^.?!]{0,120}?``,
``(?:\\w+ ){0,4}?``), a run that nothing needs after it (``[^.?!]+[.?!]?``: the try cannot fail once
it started), or a run tried only where it starts (``(?<![^.?!\\n])[^.?!\\n]+(?:[.?!]+|$)``: each run is
read once) keeps the work linear.

`word_runs` lists such runs in a pattern: the way the tests count the work a pattern may do without
timing it (the project's speed is checked by benchmarks/, never by a clock in the suite).
"""

from __future__ import annotations

from re import _constants as C  # noqa: N812 - the parser's names, as `re` itself calls them
from re import _parser as P  # noqa: N812

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)


def word_runs(pattern: str, *, in_lookarounds: bool = True) -> list[str]:
    """The unbounded runs over words in `pattern` that something required follows (as parser text)."""
    found: list[str] = []

    def walk(seq, tail: bool) -> None:  # tail: something required follows this sequence
        items = list(seq)
        for k, (op, av) in enumerate(items):
            after = tail or _required(items[k + 1:])
            if op in _REPEATS and k and _run_start(items[k - 1]):
                continue  # '(?<![^.?!\\n])[^.?!\\n]+…': tried only where such a run starts, each run read once
            if op in _REPEATS:
                _low, high, sub = av
                if high == C.MAXREPEAT and _spans_words(sub) and after:
                    found.append(str(sub))
                walk(sub, after)
            elif op == C.SUBPATTERN:
                walk(av[-1], after)
            elif op == C.BRANCH:
                for branch in av[1]:
                    walk(branch, after)
            elif op in (C.ASSERT, C.ASSERT_NOT) and in_lookarounds:
                walk(av[1], False)  # a lookaround's own try ends where its pattern ends

    walk(P.parse(pattern), False)
    return found


def _run_start(item) -> bool:
    """A negative lookbehind of one character class: what follows is tried only at the start of its run."""
    op, av = item
    return op == C.ASSERT_NOT and av[0] == -1 and len(list(av[1])) == 1 and list(av[1])[0][0] == C.IN


def _spans_words(sub) -> bool:
    """One step of the run can be a letter and another step a space: the run crosses words."""
    items = list(sub)
    if len(items) != 1:
        return True  # '(?:\\w+ )*': a word and its space per step
    op, av = items[0]
    if op == C.ANY or op in (C.SUBPATTERN, C.BRANCH):
        return True
    if op == C.NOT_LITERAL:  # '[^?]'
        return not chr(av).isalnum() and not chr(av).isspace()
    if op != C.IN or not any(o == C.NEGATE for o, _ in av):
        return False  # '\\w', '\\s', a plain class: one kind of character only
    said = {a for o, a in av if o == C.CATEGORY}
    chars = {chr(a) for o, a in av if o == C.LITERAL}
    return C.CATEGORY_WORD not in said and C.CATEGORY_SPACE not in said and " " not in chars


def _required(rest) -> bool:
    """Something after the run must still match (it can fail and send the try back)."""
    return any(not (op in _REPEATS and av[0] == 0) for op, av in rest)
