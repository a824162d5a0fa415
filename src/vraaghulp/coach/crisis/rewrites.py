"""The phrase rewrites of ``[[tekst.vervang]]`` (and the cover-story masks), run in file order.

Part of step 1 of the crisis check (`normalise`): after the tokens, each rewrite rule whose key
begins a word of the text, whose plain text occurs and which has what it needs (`literals`) is
applied with `wordstart.sub`; a rule is compiled the first time a text gets that far.

Round 34 (c34p): a shared message guard. A rule that opens at the start of the message with a
negative lookahead over the whole message, ``\\b(?<=^ )(?!X)...`` ("nothing heavy anywhere in the
message"), can match only at that one place, and only where X does not. Such a guard is taken
off the rule (`split_guard`), compiled once however many rules carry the same X, and tested once
per state of the text; the rest of the rule is compiled only when the guard lets it through. A
guard of the form ``(?![^|]*\\b(?:w1|w2|pre\\w*|...)\\b)`` is not even compiled while a whole word of
the text is one of its plain words or begins with one of its ``pre\\w*`` (`blocking_words`): the
guard fails there, as its pattern would say.
Exact: the rule matches exactly where its guard holds and its rest matches (both zero-width
parts are tested at the same single place), and the guard has no group, so the rest's groups
keep their numbers. Standard library only.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any, Sequence

from vraaghulp.coach.crisis.literals import compile_reading
from vraaghulp.coach.crisis.wordstart import AT_FIRST, split_boundary, sub

__all__ = ["Rewrites", "required_literal", "split_guard"]

# The openings of a rule that can only match right after the message's first space (not MULTILINE).
_AT_START = ("\\b(?<=^ )", "(?<=^ )")
# What a pattern's parentheses are counted over: an escape, a character class, a comment, a parenthesis, a bar.
_TOKENS = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?#[^)]*\)|[()|]", re.DOTALL)
_NO_GUARD = (None, "")
# A guard that no word of a list may stand anywhere before the first | (the c33b form), and its plain words.
_WORD_GUARD = re.compile(r"(?:\\b)?\(\?<=\^ \)\(\?!\[\^\|\]\*\\b\(\?:(.*)\)\\b\)", re.DOTALL)
_PLAIN = re.compile(r"[a-z0-9]+")
_PREFIX = re.compile(r"[a-z0-9]+\\w\*")


def split_guard(source: str) -> tuple[str, str] | None:
    """(guard, rest) for a pattern that opens at the message's start with a negative lookahead:
    ``\\b(?<=^ )(?!X)B`` gives ``\\b(?<=^ )(?!X)`` and ``\\b(?<=^ )B``; None for any other pattern."""
    anchor = next((a for a in _AT_START if source.startswith(a + "(?!")), None)
    if anchor is None:
        return None
    depth = 0
    for token in _TOKENS.finditer(source, len(anchor)):
        if token.group() == "(":
            if source[token.end():token.end() + 1] != "?" or source.startswith("?P<", token.end()):
                return None  # a group in the guard would renumber the rest's: the rule is kept whole
            depth += 1
        elif token.group() == ")":
            depth -= 1
            if depth == 0:
                return source[: token.end()], anchor + source[token.end():]
    return None


def blocking_words(guard: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The plain words of a guard ``(?<=^ )(?![^|]*\\b(?:w1|w2|pre\\w*|...)\\b)`` and the beginnings of its
    ``pre\\w*`` words: a whole word of the text before its first | that is one, or begins with one (and is
    all letters and digits), is a match of the lookahead, so the guard fails. Nothing for another guard."""
    found = _WORD_GUARD.fullmatch(guard)
    if found is None:
        return frozenset(), ()
    choices, depth, last = [], 0, 0
    for token in _TOKENS.finditer(found.group(1)):
        depth += {"(": 1, ")": -1}.get(token.group(), 0)
        if depth < 0:
            return frozenset(), ()  # the (?: ... ) read was not one group
        if token.group() == "|" and depth == 0:
            choices.append(found.group(1)[last:token.start()])
            last = token.end()
    choices.append(found.group(1)[last:])
    if depth:
        return frozenset(), ()
    return frozenset(filter(_PLAIN.fullmatch, choices)), tuple(c[:-3] for c in choices if _PREFIX.fullmatch(c))


def _blocked(words: tuple[frozenset[str], tuple[str, ...]], joined: str) -> bool:
    """Whether a whole word of the text before its first | is one of `blocking_words` or begins with one."""
    plain, starts = words
    if not plain and not starts:
        return False
    bar = joined.find("|")
    tokens = (joined[1:] if bar < 0 else joined[1:bar]).split()
    return not plain.isdisjoint(tokens) or (bool(starts) and any(
        token.startswith(starts) and token.isalnum() for token in tokens))


class Rewrites:
    """The rewrite rules, each (pattern source, replacement, keys), compiled when first needed."""

    def __init__(self, rules: Sequence[tuple[str, str, frozenset[str]]], needs: Sequence[Any] | None = None,
                 keys: Sequence[frozenset[str]] | None = None) -> None:
        self.rules = rules  # round 35 (c35p): from the stored file, a rule is read from its row when first asked for
        self.needs = needs or (None,) * len(rules)  # per rule: what it needs as stored by the build (None: unknown)
        self.keys = keys if keys is not None else tuple(keys for _source, _replacement, keys in rules)
        self._compiled: dict[int, tuple[re.Pattern[str], bool, tuple[tuple[str, ...], ...], tuple[str, ...]]] = {}
        self._literals: dict[int, str] = {}
        self._guards: dict[int, tuple[str | None, str]] = {}  # rule -> its guard (one string per guard) and its rest
        self._shared: dict[str, re.Pattern[str]] = {}  # guard -> compiled once
        self._words: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}  # guard -> `blocking_words`
        self._names: dict[str, str] = {}  # each guard's one string
        self._rules_of: dict[str, list[int]] | None = None  # key -> the rewrite rules it leads to (`keyed`)
        self._key_lengths: list[int] = []
        self._fronts: dict[int, tuple[str, Any]] = {}  # rule -> (`literal`, what it needs)
        self._word_rules = _WordRules(self)  # a word -> the rules a key that begins it leads to (`keyed`)

    def apply(self, joined: str) -> str:
        """The text after the rewrite rules, in order. A rule only runs (and is compiled) when a word of
        the text begins with one of its keys (`keyed`), its plain text occurs, its guard holds on the
        text as it now stands (`guard`) and it has what it needs."""
        todo, k = self.keyed(joined, -1), 0
        held: dict[str, bool] = {}  # a guard -> whether it holds on `joined` (emptied when it changes)
        seen: dict[str, bool] = {}  # round 42 (c42f): a needed string -> whether `joined` holds it (emptied with `held`)
        front, fronts = None, self._fronts
        while k < len(todo):
            n, k = todo[k], k + 1
            front = fronts.get(n)
            if front is None:  # round 58 (s58): its plain text and what it needs in one look-up
                front = fronts[n] = (self.literal(n), self.needs[n])
            literal, stored = front
            if literal:  # the plain text looked for once per state of the text, as the needed strings are
                there = seen.get(literal)
                if there is None:
                    there = seen[literal] = literal in joined
                if not there:
                    continue
            if stored is not None and not _holds_seen(stored, joined, seen):
                continue  # round 34 (c34p): what it needs tested before it is compiled, when the build stored it
            guard = self.guard(n)
            if guard is not None:
                holds = held.get(guard)
                if holds is None:
                    holds = held[guard] = self._holds(guard, joined)
                if not holds:
                    continue
            pattern, boundary, needs, starts = self.compiled(n)
            if stored is not None or _holds(needs, joined):  # text it cannot do without
                changed = sub(pattern, boundary, self.rules[n][1], joined, starts)
                if changed != joined:  # new words may bring later rules in
                    joined, todo, k, held, seen = changed, self.keyed(changed, n), 0, {}, {}
        return joined

    def keyed(self, joined: str, after: int) -> list[int]:
        """The rewrite rules after number `after` with a key that begins a word of the text (round 31: one
        look-up per word, not a search of the whole text for every key of every rule)."""
        if self._rules_of is None:
            self._rules_of, self._key_lengths = {}, sorted({len(k) for keys in self.keys for k in keys})
            for n, keys in enumerate(self.keys):
                for key in keys:
                    self._rules_of.setdefault(key, []).append(n)
        # what follows a space: as " key" in the text. Round 58 (s58): each distinct word looked up in C (`_WordRules`
        # works a word out in Python only the first time it is seen), not in a Python loop per word
        found = set(self._rules_of.get("", ())).union(*map(self._word_rules.__getitem__, set(joined.split(" ")[1:])))
        return sorted(found) if after < 0 else sorted(filter(after.__lt__, found))

    def guard(self, n: int) -> str | None:
        """Rule n's message guard (None: none; the rule is then compiled whole): the same string for every rule
        that carries the same guard, so it is compiled (`_holds`) and tested once per text for all of them."""
        found = self._guards.get(n)
        if found is None:
            parts = split_guard(self.rules[n][0])
            if parts is None:
                found = self._guards[n] = _NO_GUARD
            else:
                guard = self._names.setdefault(parts[0], parts[0])
                if guard not in self._words:
                    self._words[guard] = blocking_words(guard)
                found = self._guards[n] = (guard, parts[1])
        return found[0]

    def _holds(self, guard: str, joined: str) -> bool:
        """Whether the guard lets its rules through on the text: tested with ``match(text, 1)``, the only place
        it can hold; not compiled while a word of the text makes it fail (`blocking_words`)."""
        pattern = self._shared.get(guard)
        if pattern is None:
            if _blocked(self._words[guard], joined):
                return False
            pattern = self._shared[guard] = re.compile(guard)
        return pattern.match(joined, 1) is not None

    def compiled(self, n: int) -> tuple[re.Pattern[str], bool, tuple[tuple[str, ...], ...], tuple[str, ...]]:
        """Rewrite rule n (without its guard, see `guard`) compiled without its leading word boundary (see
        `wordstart`), the strings it needs one of each of, and the strings every match begins with (`literals`)."""
        compiled = self._compiled.get(n)
        if compiled is None:
            self.guard(n)
            body, boundary = split_boundary(self._guards[n][1] or self.rules[n][0])
            pattern, needs, starts = compile_reading(body)
            if body.startswith("(?<=^ )") and _at_first(body):
                starts = AT_FIRST  # round 53 (s53): it can only match right after the text's first space
            compiled = self._compiled[n] = (pattern, boundary, needs, starts)
        return compiled

    def literal(self, n: int) -> str:
        """Text that every match of rewrite rule n contains ("" when unsure), worked out once."""
        found = self._literals.get(n)
        if found is None:
            found = self._literals[n] = required_literal(self.rules[n][0])
        return found


class _WordRules(dict):
    """A word -> the rewrite rules with a key that begins it, worked out on first use (up to 20,000 words kept)."""

    __slots__ = ("_rewrites",)

    def __init__(self, rewrites: Rewrites) -> None:
        super().__init__()
        self._rewrites = rewrites

    def __missing__(self, word: str) -> tuple[int, ...]:
        rewrites = self._rewrites
        rules_of = rewrites._rules_of
        rules = tuple(n for size in rewrites._key_lengths if 0 < size <= len(word)
                      for n in rules_of.get(word[:size], ()))
        if len(self) < 20000:
            self[word] = rules
        return rules


def _at_first(body: str) -> bool:
    """Whether a pattern opens with the look-behind ``(?<=^ )`` at its top (no choice around it) and ``^`` is the
    text's start (no MULTILINE): then it can only match at index 1 (`wordstart.at_first`)."""
    from re import _constants as c, _parser as parser

    parsed = parser.parse(body)
    if parsed.state.flags & c.SRE_FLAG_MULTILINE or not parsed.data:
        return False
    op, av = parsed.data[0]
    return op is c.ASSERT and av[0] == -1 and list(av[1].data) == [(c.AT, c.AT_BEGINNING), (c.LITERAL, ord(" "))]


def _holds(needs: Any, text: str) -> bool:
    """Whether the text holds a string of every set."""
    return all(any(map(text.__contains__, strings)) for strings in needs)


def _holds_seen(needs: Any, text: str, seen: dict[str, bool]) -> bool:
    """`_holds`, each string looked for in the text once (`seen`): the rules keyed in one text share many
    (round 42, c42f: 529 strings tested for the varied letter's rules, 323 of them different)."""
    for strings in needs:
        for string in strings:
            found = seen.get(string)
            if found is None:
                found = seen[string] = string in text
            if found:
                break
        else:
            return False
    return True


def required_literal(source: str) -> str:
    """The plain text a pattern begins with (after an optional \\b): every match contains it.

    "" when the pattern has an alternation at its top level or begins with anything else.
    A letter followed by a quantifier is not required, so the text stops before it.
    """
    body = source[2:] if source.startswith("\\b") else source
    end = 0
    while end < len(body) and (body[end].isalnum() and body[end].isascii() or body[end] == " "):
        end += 1
    if end < len(body) and body[end] in "?*{+":
        end -= 1  # "be?": the e may be missing
    if end <= 0:  # round 34 (c34p): nothing to find, so no need to read a long pattern for an | first
        return ""
    depth, i = 0, 0
    while i < len(source):  # an | outside every group makes the whole pattern a choice
        char = source[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i = source.find("]", i + 2)
            if i < 0:
                return ""
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return ""
        i += 1
    return body[:end]
