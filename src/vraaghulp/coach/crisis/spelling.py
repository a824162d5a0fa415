"""Step 1 of the crisis check, one word at a time: a token brought to its standard form (`_word_cached`: the chat,
dialect and typo lists, then `repair`), the dialect forms that depend on the words around them (`_dialect_forms`),
and what follows an ellipsis (`_goes_on`, `_source_follows`). Used by `normalise.Normaliser`.

Round 47 (s47): split from `normalise`. Compiling a module from source (an install without .pyc files) briefly takes
some 60 times its size in memory, and the largest such module set the peak of a `log --zoek` on such an install; two
halves of that size do not. Standard library only; nothing is built at import time.
"""

from __future__ import annotations

from functools import lru_cache

from vraaghulp.coach.crisis.repair import RUN, SLIP_MIN, drawn_out, glued, low_saxon, slipped

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

SENTENCE_MARKS = frozenset(".,!?;:")

# Round 31 (c31): the words after which a Limburg, Brabant or Flemish "e" is "een" ("heb e mes", "koop e touw");
# not everywhere: Sranan "mi no e spuit" and West-Flemish "'t è gin zin" (folded to "e") are no article.
_BEFORE_ARTICLE = frozenset(("heb", "hem", "heeft", "had", "hebt", "koop", "kocht", "gekocht", "haal", "haalde", "gehaald",
                             "met", "voor", "veur", "in", "op", "onder", "naar", "zo", "nog", "is", "was", "neem", "nam"))


def _dialect_forms(tokens: list[str]) -> None:
    """Round 31 (c31): a clause-opening "ik hem" is "ik heb" (Zeeuws, West-Flemish, Brabant: "'k hem de pillen al
    liggen"): standard Dutch puts the verb second, so "dat ik hem zag" keeps its "hem". Then "e" after a verb of
    having or a preposition is "een"."""
    for i in sorted(_places(tokens, "hem") + _places(tokens, "e")):  # round 36 (c36s): only where they stand
        if not 0 < i < len(tokens) - 1:
            continue
        if (tokens[i] == "hem" and tokens[i - 1] == "ik" and (i == 1 or tokens[i - 2] in SENTENCE_MARKS)
                and tokens[i + 1] not in SENTENCE_MARKS):
            tokens[i] = "heb"
        elif tokens[i] == "e" and tokens[i - 1] in _BEFORE_ARTICLE and tokens[i + 1] not in SENTENCE_MARKS:
            tokens[i] = "een"


def _places(tokens: list[str], word: str) -> list[int]:
    """Where `word` stands among the tokens, searched in C (`_dialect_forms` changes nothing elsewhere)."""
    found, at = [], -1
    try:
        while True:
            at = tokens.index(word, at + 1)
            found.append(at)
    except ValueError:
        return found


def _goes_on(tokens: list[str], i: int) -> bool:
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return following == "tot" or following.startswith(("haha", "hihi"))


def _source_follows(tokens: list[str], i: int) -> bool:
    """ "ik wil dood... van het lachen": the source of the feeling follows, one sentence only. Only
    an idiom's source (laughing, shame, boredom, hunger ...): "ik wil dood... van de pijn in mijn
    hoofd" or "... van de stress" still reads as an end as well (review rv16c)."""
    return (tokens[i + 1:i + 2] == ["van"] and (tokens[i + 2] if i + 2 < len(tokens) else "") in _SOURCE_STARTS
            and any(t in _IDIOM_SOURCES for t in tokens[i + 3:i + 5]))


_SOURCE_STARTS = frozenset(("het", "de", "die", "dat", "deze", "dit", "zo", "zoveel"))
# What "dood van ..." says of a passing feeling (the idioms the exclusions know), not of pain or stress.
_IDIOM_SOURCES = frozenset(("lachen", "lach", "schaamte", "verveling", "honger", "dorst", "kou", "hitte", "warmte",
                            "zenuwen", "spanning", "jaloezie", "nieuwsgierigheid", "plezier", "schrik", "ergernis"))


@lru_cache(maxsize=8192)
def _word_cached(normaliser: Any, word: str) -> tuple[str, ...]:
    mapped = normaliser.words.get(word, None)
    if mapped is not None:
        return mapped
    if word.isalpha():
        if "ii" in word and not normaliser.knows(word):  # a real "ii" word (asverstrooiing) is no drawn-out i
            return _word_cached(normaliser, word.replace("ii", "i"))
        slip = normaliser.slips.get(word, ()) if normaliser.slips is not None and len(word) >= SLIP_MIN \
            and not normaliser.knows(word) else ()  # a known word is never mended (nor its slip table read)
        if len(slip) == 1:  # a long known word with a letter left out ("doodme"), before any split
            return _word_cached(normaliser, slip[0])
        split = normaliser._split(word)
        if split:
            return split
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
            # A drawn-out last letter ("meerr", "ikwilnietmeerr"): Dutch words do not end in a
            # double consonant, so the shorter form counts when it is a word the lists know.
            shorter = word[:-1]
            if shorter in normaliser.words or shorter in normaliser.glue or normaliser._split(shorter):
                return _word_cached(normaliser, shorter)
        return _mended(normaliser, word)
    return (word,)


def _mended(normaliser: Any, word: str) -> tuple[str, ...]:
    """A word the lists do not map, mended when a rule does not know it as it stands (`repair`)."""
    if RUN.search(word):
        return _word_cached(normaliser, drawn_out(word, normaliser.core, normaliser.knows))
    if len(word) < 4 or normaliser.vocabulary is None or normaliser.knows(word):
        return (word,)
    participle = low_saxon(word, normaliser.knows)
    if participle is not None:
        return _word_cached(normaliser, participle)
    if len(word) >= SLIP_MIN and normaliser.slips is not None:
        meant = slipped(word, normaliser.slips, normaliser.knows)
        if meant is not None:
            return _word_cached(normaliser, meant)
    parts = glued(word, normaliser.leading, normaliser.trailing, normaliser.plain, normaliser.small)
    if parts is not None:
        return _word_cached(normaliser, parts[0]) + _word_cached(normaliser, parts[1])
    return (word,)


def _word(normaliser: Any, word: str) -> tuple[str, ...]:
    return _word_cached(normaliser, word)


def forget() -> None:
    """Empty the word cache: it holds on to the normaliser (and its word lists and rewrite
    patterns) of rules that are let go of (`crisis.release_rules`)."""
    _word_cached.cache_clear()
