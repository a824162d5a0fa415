"""Round 47 (k47a): the one short statement beside a clean ask stays, as the outside authors' golds keep it.

A helper for the older tests rewritten to that policy: the result keeps the statement right after the only question
(lone_statement.beside), or it is not sure (the reader must look)."""

from __future__ import annotations

from vraaghulp.coach.krimp import lone_statement


def statement(draft: str) -> str:
    """The statement right after the only question, as round 47 reads it ("" when the draft has none)."""
    return lone_statement.beside(draft)


def stays(draft: str, result) -> bool:
    """The statement beside the ask is in the result, or the result is not sure."""
    said = statement(draft)
    return bool(said) and (lone_statement.shown(said, result.sentence) or not result.sure)


def kept(draft: str, result) -> bool:
    """The statement beside the ask is in the result (the `na` shape: a sure result keeps it)."""
    said = statement(draft)
    return bool(said) and lone_statement.shown(said, result.sentence)
