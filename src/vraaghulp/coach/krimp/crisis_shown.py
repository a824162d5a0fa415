"""In a crisis result, what the offered sentence says is never shown struck through in the draft.

crisis_own.py and crisis_heavy.py put the writer's own words about how bad it is back into the sentence after the
engine had cut them; the spans of the draft that the `krimp` screen strikes through still held them ('Mam ik zie
het niet meer zitten ~~en~~ ik wil dood', a whole 'bij me komen zitten, ik denk steeds aan zelfmoord' struck
through under a sentence that says it). A cut stretch whose words stand together in the offered sentence is taken
out of the cut spans; a stretch of one or two words only when a word beside it in the draft stands beside it in the
sentence too (a lone 'en' or 'ik' elsewhere in the sentence is no proof).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

_WORD = re.compile(r"\w[\w'-]*")


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), fold(m.group()).lower()) for m in _WORD.finditer(text)]


def _at(run: list[str], said: list[str | None]) -> int:
    """Where `run` stands in `said` (words already matched are None), or -1."""
    n = len(run)
    return next((k for k in range(len(said) - n + 1) if n and said[k:k + n] == run), -1)


def _longest(run: list[str], said: list[str | None]) -> tuple[int, int]:
    """(the longest start of `run` that `said` holds together, the first place it stands): one pass over `said`
    (k45b2: trying every length from the longest down took 0.8 s on a 2,000-character crisis chat)."""
    best, at = 0, -1
    for p in range(len(said)):
        n = 0
        while n < len(run) and p + n < len(said) and said[p + n] == run[n]:
            n += 1
        if n > best:
            best, at = n, p
    return best, at


def _sub_runs(inner: list[int], words: list, said: list[str | None]) -> list[tuple[int, int]]:
    """Stretches of three words or more of a long cut span that the sentence says (each said once)."""
    found, k = [], 0
    while k < len(inner):
        size, at = _longest([words[j][2] for j in inner[k:]], said)
        if size < 3:
            k += 1
            continue
        said[at:at + size] = [None] * size
        found.append((words[inner[k]][0], words[inner[k + size - 1]][1]))
        k += size
    return found


def unstruck(text: str, sentence: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """`spans` (cut stretches of `text`) without the stretches the offered `sentence` says."""
    words = _words(text)
    said: list[str | None] = [w for _a, _b, w in _words(sentence)]
    out: list[tuple[int, int]] = []
    for a, b in spans:
        inner = [k for k, (s, e, _w) in enumerate(words) if s >= a and e <= b]
        run = [words[k][2] for k in inner]
        before = [words[inner[0] - 1][2]] if inner and inner[0] > 0 else []
        after = [words[inner[-1] + 1][2]] if inner and inner[-1] + 1 < len(words) else []
        if inner and len(run) < 3 and _at(run, said) >= 0 and (_at(before + run, said) >= 0 or _at(run + after, said) >= 0):
            shown = [(words[inner[0]][0], words[inner[-1]][1])]
        else:
            shown = _sub_runs(inner, words, said) if len(run) >= 3 else []
        if not shown:
            out.append((a, b))
            continue
        edges = [a] + [x for pair in shown for x in pair] + [b]
        out.extend((x, y) for x, y in zip(edges[::2], edges[1::2]) if text[x:y].strip(" ,;"))
    return tuple(out)
