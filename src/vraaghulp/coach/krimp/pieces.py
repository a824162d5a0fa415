"""The sentence under construction: a row of pieces, each one or more draft tokens or a new word."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vraaghulp.coach.text import fold

from .dialect_ask import limburg_front


@dataclass(frozen=True)
class Piece:
    text: str  # as shown
    toks: tuple[int, ...] = ()  # draft tokens shown by this piece (empty: a new word)
    norm: str = ""  # normalised word(s), for the rules
    glue: bool = False  # no space before it (punctuation)
    replaced: tuple[int, ...] = ()  # draft tokens this new word stands in for ("zou" -> "kun")

    @property
    def word(self) -> str:
        return self.norm.split()[0] if self.norm else ""


def tok_piece(d, i: int) -> Piece:
    t = d.toks[i]
    punct = t.cls == "p"
    return Piece(d.tok_text(i), (i,), " ".join(t.norm) if t.norm else t.fold, glue=punct and d.tok_text(i) in ",.;:!?)")


def new_piece(text: str, replaced: tuple[int, ...] = ()) -> Piece:
    return Piece(text, (), " ".join(fold(text).split()), replaced=replaced)


def joined_piece(d, first: int, second: int) -> Piece:
    """A separable verb put back together: "op" + "halen" -> "ophalen"."""
    text = d.tok_text(first) + d.tok_text(second)
    return Piece(text, (first, second), fold(text))


def render(d, pieces: list[Piece]) -> str:
    pieces = limburg_front(d, pieces)  # 'kins te', never 'kun te' (dialect_ask.py)
    out = ""
    prev: Piece | None = None
    for p in pieces:
        if prev is None:
            out = p.text
        elif p.toks and prev.toks and p.toks[0] == prev.toks[-1] + 1 and not p.glue:
            out += (" " if d.gap(p.toks[0]) else "") + p.text
        elif p.glue or prev.text == "(":
            out += p.text
        else:
            out += " " + p.text
        prev = p
    return re.sub(r"\s+", " ", out).strip()


def words_of(pieces: list[Piece]) -> list[str]:
    return [w for p in pieces for w in p.norm.split() if any(c.isalnum() for c in w)]


def used_tokens(pieces: list[Piece]) -> set[int]:
    return {i for p in pieces for i in p.toks}


def capitalise(text: str) -> str:
    """The first letter in upper case; after an elided word the next word ("'k Heb", "'t Gaat")."""
    lead = re.match(r"['\u2019][kt]\s+(?=\w)", text)
    if lead:
        return text[: lead.end()] + capitalise(text[lead.end():])
    for idx, ch in enumerate(text):
        if ch.isalpha():
            up = ch.upper()
            same = len(up) == 1 and up.lower() == ch  # 'ß' -> 'SS' and 'µ' -> 'Μ' are not the same letter
            return text[:idx] + up + text[idx + 1:] if same else text
        if ch.isdigit():
            return text
    return text


# Chat tags that close a part before a comma ('als ge thuis zijt eh, nie afgeven …'): they go there too.
_TAGS = frozenset({"eh", "he", "hoor", "haha", "hahaha", "hihi", "lol", "xd", "nou", "ofzo"})


def untagged(pieces: list[Piece]) -> list[Piece]:
    """The pieces without a chat tag right before a comma."""
    return [p for k, p in enumerate(pieces) if not (p.word in _TAGS and k + 1 < len(pieces) and pieces[k + 1].word == ",")]
