"""A capitalised item of a list opened by a colon is part of the object, not a name."""

from __future__ import annotations

__all__ = ["colon_item", "list_label"]


def colon_item(an, c) -> bool:
    """'… openzetten: Omzet 2024, Klantverloop, Voorraad Noord?': a capitalised item of a list opened
    by a colon is part of the object, not the person addressed; every item before it is short and
    holds no verb ('Vraagje: kun je komen, Jan?' is no list)."""
    d = an.d
    k = c.a - 1
    items, words = 0, 0
    while k >= 0 and d.tok_text(k) not in (":", ".", "?", "!"):
        if d.tok_text(k) == ",":
            items, words = items + 1, 0
        elif d.is_word(k):
            words += 1
            if words > 4 or d.word(k) in d.lex.finite:
                return False
        k -= 1
    toks = d.content(c.a, c.b)
    more = bool(toks) and toks[-1] + 1 < d.n and d.tok_text(toks[-1] + 1) == ","  # the first item
    return k >= 0 and d.tok_text(k) == ":" and (items >= 1 or more)


def list_label(an, c, clauses) -> bool:
    """'Boodschappen: melk, Brood, Kaas.': the word before the colon names the list, not the person
    addressed (the clause right after it is an item of the list)."""
    nxt = next((x for x in clauses if x.a >= c.b), None)
    return nxt is not None and colon_item(an, nxt)
