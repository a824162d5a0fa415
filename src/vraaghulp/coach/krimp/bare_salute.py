"""A second salutation that names no one (round 33, k33e): 'Geachte mevrouw, geachte heer,' opens a formal letter
to whoever reads it. The first half is the greeting; the second half, a clause of its own after the comma, was
taken for the vocative and put in front of the ask ('Geachte heer, kunt u …'), where outside golds put no name.
A second salutation with a name ('Beste dirigent, beste Wim,', 'Geachte mevrouw, geachte heer Jansen') stays one."""

from __future__ import annotations

_TITLES = frozenset({"heer", "heren", "mevrouw", "mevrouwen", "dames", "mijnheer", "meneer", "madam", "mevr", "dhr"})


def title_only(an, toks: list[int]) -> bool:
    """The tokens are a greeting word and titles only ('geachte heer', 'beste dames en heren')."""
    d = an.d
    if len(toks) < 2 or toks[0] not in an.starts["groet"]:
        return False
    rest = [d.word(k) for k in toks[an.starts["groet"][toks[0]] - toks[0]:]] if an.starts["groet"][toks[0]] > toks[0] else []
    return bool(rest) and all(w in _TITLES or w == "en" for w in rest) and rest[-1] != "en"
