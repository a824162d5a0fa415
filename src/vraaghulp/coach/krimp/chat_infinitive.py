"""Infinitives typed without their -n in chat ('kunne hale', 'wille helpe').

Flemish and Brabant chat often drop the final -n of an infinitive: 'zou je morgen de kinderen kunne
hale?'. Read as it is typed, 'hale' is no verb, so 'kunne hale' looked like a second request and the
offered sentence lost it ('Zou je morgen de kinderen?'). Right after a verb that takes a bare
infinitive, a word ending in a single -e at the end of its clause (or before a preposition) is read as
that infinitive: 'hale' -> 'halen'. Only the normalised reading changes; the sentence keeps the
person's own spelling.
"""

from __future__ import annotations

from dataclasses import replace

__all__ = ["read_chat_infinitives"]

# Normalised forms of the verbs that take a bare infinitive ('kunne' and 'wille' are read as 'kunnen',
# 'willen' by the spelling list already).
_TAKES_INFINITIVE = frozenset(("kunnen", "willen", "mogen", "moge", "moeten", "moete", "komen", "kome", "gaan",
                               "helpen", "helpe", "blijven"))
# Words that may follow the infinitive in its own clause: 'kunne helpe met verhuize'.
_AFTER = frozenset(("met", "voor", "naar", "bij", "op", "aan", "in", "om", "van", "vanaf", "tot", "of", "want",
                    "omdat", "als", "aub", "alsjeblieft", "pls"))


def read_chat_infinitives(toks: list) -> None:
    """Give each chat infinitive its -n in the normalised reading, in place."""
    for i in range(1, len(toks)):
        tok = toks[i]
        if tok.cls != "w" or len(tok.norm) != 1:
            continue
        word = tok.norm[0]
        if len(word) < 4 or word[-1] != "e" or word[-2] in "aeiou" or not word.isalpha():
            continue
        before = toks[i - 1].norm
        if not before or before[-1] not in _TAKES_INFINITIVE:
            continue
        after = toks[i + 1] if i + 1 < len(toks) else None
        if after is not None and after.cls == "w" and after.norm[:1] and after.norm[0] not in _AFTER:
            continue
        toks[i] = replace(tok, norm=(word + "n",))
