"""A list under the request ("- brood\n- melk") becomes part of its object: "brood, melk en eieren".

It takes the place of a word pointing at it ("deze drie dingen", "het volgende"); after a verb
and a colon ("kun je meenemen: - …") it goes before the verb; otherwise it stays where it was.
"""

from __future__ import annotations

from .pieces import Piece, new_piece, tok_piece


def split_list(an, pieces: list[Piece]) -> tuple[list[Piece], list[list[Piece]], bool]:
    """(the request without the list, the items, the request ended with a colon)."""
    d = an.d
    at = next((k for k, p in enumerate(pieces) if p.toks and d.is_bullet(p.toks[0])), None)
    if at is None:
        return pieces, [], False
    head = pieces[:at]
    colon = bool(head) and head[-1].text == ":"
    while head and head[-1].glue and head[-1].text in ":?,;.":
        head = head[:-1]
    items: list[list[Piece]] = []
    for p in pieces[at:]:
        if p.toks and d.is_bullet(p.toks[0]):
            items.append([])
        elif items:
            items[-1].append(p)
    items = [_trim(item) for item in items]
    return head, [item for item in items if item], colon


def _trim(item: list[Piece]) -> list[Piece]:
    while item and item[-1].glue and item[-1].text in ",;.:?!":
        item = item[:-1]
    return item


def joined(items: list[list[Piece]]) -> list[Piece]:
    """'A, B en C' (a new 'en' only before the last item)."""
    out: list[Piece] = []
    for k, item in enumerate(items):
        if k and k == len(items) - 1:
            out.append(new_piece("en"))
        elif k:
            out.append(Piece(",", (), ",", glue=True))
        out.extend(item)
    return out


def nearby_items(an, group) -> list[list[Piece]]:
    """A list in the sentences around the request ('… niet in orde: - a - b. Kunt u deze dingen …')."""
    d = an.d
    lo, hi = group[0].sent - 2, group[-1].sent + 2
    items: list[list[Piece]] = []
    for i in range(d.n):
        if not d.is_bullet(i) or not lo <= d.sentences_of(i) <= hi or any(c.a <= i < c.b for c in group):
            continue
        end = next((k for k in range(i + 1, d.n) if d.is_bullet(k) or "\n" in d.gap(k)), d.n)
        item = _trim([tok_piece(d, k) for k in range(i + 1, end) if d.toks[k].cls != "n"])
        if item:
            items.append(item)
    return items


def place_list(an, req, items: list[list[Piece]], colon: bool, group=None) -> None:
    lex = an.d.lex
    words = [p.word for p in req.pieces]
    if not items and group is not None and any(h in " ".join(words) for h in lex.placeholders):
        items = nearby_items(an, group)
    if not items:
        return
    req.listed = True
    listed = joined(items)
    for holder in lex.placeholders:
        size = len(holder.split())
        for k in range(len(words) - size + 1):
            if " ".join(words[k:k + size]) == holder:
                req.gone.update(i for p in req.pieces[k:k + size] for i in p.toks)
                req.pieces[k:k + size] = listed
                return
    if colon and req.pieces and req.form == "vraag":
        end = len(req.pieces)
        start = end
        while start > req.front and _verbish(lex, req.pieces[start - 1].word):
            start -= 1
        if start < end:
            req.pieces[start:start] = listed
            return
    req.pieces.extend(listed)


def _verbish(lex, word: str) -> bool:
    return len(word) > 3 and word.endswith("en") and word not in lex.not_infinitive
