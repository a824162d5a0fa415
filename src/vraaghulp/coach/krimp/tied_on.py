"""Two asks, the second tied on with 'En' (round 35, k35d): 'Kunt ge mij 150 euro voorschieten voor een fiets? En kunt
ge dit weekend mijn was meenemen?', 'Zou u hem extra oefenbladen kunnen geven? En zouden wij een gesprek kunnen
plannen, liefst na 15.00 uur?'. groups.choose takes the ask with a moment as the main one; a question that opens with
'En' right after a question the draft closed with its own '?' says itself that it is the added one, so its moment does
not make it the main ask. The first stays main; the other comes back as the second request. The result is not made sure
by this: two real asks compete. The added ask's moment is its own: it never moves into the main ask
(`in_tied`, in assemble.pull_moment: 'Kun je mij 50 euro lenen?' does not become '… mij zaterdag 50 euro …').
"""

from __future__ import annotations

from .segment import head


def _first_word(an, group) -> str:
    d = an.d
    a, b = d.sentences[group[0].sent]
    return next((d.word(i) for i in range(a, b) if d.is_word(i)), "")


def tied_on(an, group, groups: list[list]) -> bool:
    """The group's sentence opens with 'en' and a direct question closed by '?' stands in the sentence right before."""
    first = head(group)
    if first is None or first.kind != "direct" or _first_word(an, group) != "en":
        return False
    d = an.d
    for g in groups:
        other = head(g)
        if g is group or other is None or other.kind != "direct" or g[-1].sent != group[0].sent - 1:
            continue
        a, b = d.sentences[g[-1].sent]
        if any(d.tok_text(i) == "?" for i in range(g[-1].b, b)):
            an.__dict__.setdefault("_tied", []).append(group)
            return True
    return False


def in_tied(an, c) -> bool:
    """Clause c belongs to an ask tied on with 'En' (its moment stays there)."""
    return any(c in g for g in an.__dict__.get("_tied", ()))
