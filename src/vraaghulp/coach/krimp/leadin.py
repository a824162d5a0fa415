"""A question that only leads in to the request: 'ben je bij de ah? kan je dan ff meenemen …'.

Asking where the other person is, right before a request that goes on from it with 'dan', sets the
place of the request: its place phrase moves into the request ('kan je bij de ah ff … meenemen?'),
the question itself goes. Only 'ben je (al/nog/toevallig) + place phrase' with nothing else in it.
"""

from __future__ import annotations

from .pieces import tok_piece

_PLACE = frozenset({"bij", "in", "op", "aan", "naar"})
_SOFT = frozenset({"al", "nog", "toevallig", "nu", "misschien", "mss", "soms", "ff", "even"})


def place_of(an, group) -> list[int]:
    """The place phrase of 'ben je bij de ah', or [] when the question says more than that."""
    d = an.d
    if len(group) != 1 or group[0].kind != "direct":
        return []
    toks = [i for i in d.content(group[0].a, group[0].b) if d.is_word(i)]
    words = [d.word(i) for i in toks]
    if len(words) < 4 or words[0] not in ("ben", "bent", "zijt", "zit") or words[1] not in ("je", "jij", "ge", "gij", "u"):
        return []
    rest = [k for k in range(2, len(words)) if words[k] not in _SOFT]
    if not rest or words[rest[0]] not in _PLACE or len(rest) > 5:
        return []
    return [toks[k] for k in range(rest[0], len(words))]


def put_place(an, req, group) -> None:
    """Put the place phrase found for this request (groups.choose) right after its front."""
    place = getattr(an, "lead_place", None)
    if not place or getattr(an, "lead_for", None) is not group or req.form != "vraag" or not req.front:
        return
    req.pieces[req.front:req.front] = [tok_piece(an.d, i) for i in place]
