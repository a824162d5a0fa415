"""A laugh as ordinary context for a phrase signal (step 4, used by `weigh.reading_signals`).

A phrase signal of the acuut level in a sentence that is plainly a game, a story, a joke or a trip
(concept ``gewone-context``) becomes zorg. A laugh ("haha", "lol", a laughing emoji read as "haha")
alone does not do that to a wish stated in so many words, beside a means or plan, or where the laugh
stands in a clause of its own before "maar" (round 22: moved here from `weigh`). Standard library only.
"""

from __future__ import annotations

import re
from operator import itemgetter

from vraaghulp.coach.crisis.concepts import Hit
from vraaghulp.coach.crisis.engine import Signal

__all__ = ["ANECDOTE", "ORDINARY", "ORDINARY_NOTE", "bare_laugh", "grave_of", "laughed_anecdote", "laughed_wish",
           "ordinary_of", "made_ordinary"]

ORDINARY = "gewone-context"  # a game, a story, a joke: an acute phrase signal there is only zorg
ORDINARY_NOTE = " (gewone context: spel, verhaal, grap, reis of feest)"  # what `weigh` adds to a signal it lowered so


# Round 18 (c18a): a laugh ("haha", "lol", a laughing emoji read as "haha") is no ordinary context for a
# death wish stated in so many words ("ik wil niet meer leven 😅"): that stays the panel. A game, a film,
# "grapje" still lowers it, and a laugh still lowers "ik wil dood lol" about a test.
_LAUGH = re.compile(r"(?:haha\w*|hihi\w*|hehe\w*|lol|lool|xd|lmao)")
_STATED_WISH = re.compile(r"\bniet meer (?:\w+ )?leven\b|\bleven (?:\w+ )?beu\b|zelfmoord|zelfdoding|suicid|levensmoe"
                          r"|doodswens|\beinde? aan\b|\bvan kant\b"
                          # Round 18 (c18e): never waking up, not existing, hoping not to make it to the weekend,
                          # and things left with a day and "al geregeld" are no joke beside a laugh either.
                          r"|\b(?:nooit|niet) meer wakker\b|\bniet meer (?:te )?bestaan\b|\bhoop dat ik \w+(?: \w+)? niet haal\b"
                          # Round 22 (c22r): nor cutting oneself right now ("ben mij aan het snijden lol").
                          r"|\bniet meer ben\b.*\bgeregeld\b|\b(?:me|mij|mezelf) aan het (?:snijden|krassen|branden|kerven)\b"
                          # Round 26 (c26n): nor a blade going over my own body ("die mesjes gaan weer over mijn bovenbeen").
                          r"|\b(?:mesjes?|scheermesj?e?s?|mes)\b.*\b(?:over|in|op) mijn (?:\w+ )?(?:been|benen|bovenbeen|bovenbenen|arm|armen|"
                          r"onderarm|onderarmen|pols|polsen|buik|dij|dijen|huid|heup|heupen)\b")
_STATED_FAMILIES = frozenset(("doodswens", "passief", "plan", "zelfbeschadiging"))
# Round 20 (c20d): nor a laughed wish beside a means, plan or farewell ("lol ik wil dood ... ik heb de pillen al"),
# or a laughed means, plan or farewell beside a wish, a thing made ready or (same sentence) a time.
_BACKING_CONCEPTS = frozenset(("middel-in-huis", "dosis-alles", "dosis-weten", "brief-erbij"))
_GRAVE_CONCEPTS = _BACKING_CONCEPTS | {"methode"}
_GRAVE_FAMILIES = frozenset(("middel", "plan-middel", "plan", "afscheid", "zaken-regelen"))
_WISH_FAMILIES, _GOT = frozenset(("doodswens", "passief")), frozenset(("verwerven", "verwerven-sterk"))


def grave_of(hits: list[Hit], phrase_signals: list[tuple[Signal, int, int]]) -> tuple[bool, bool, set[int]]:
    """(a means, plan or farewell in the message; a wish or a thing made ready in it; sentences with a time)"""
    names = set(map(itemgetter(0), hits))  # round 56 (s56): the names read in C
    families = {signal.family for signal, _n, _start in phrase_signals}
    grave = bool(names & _GRAVE_CONCEPTS or families & _GRAVE_FAMILIES or ("middel" in names and names & _GOT))
    return grave, bool(names & _BACKING_CONCEPTS or families & _WISH_FAMILIES), {
        n for signal, n, _start in phrase_signals if signal.family == "tijd"}


def ordinary_of(hits: list[Hit], sentence_of: list[int]) -> dict[int, tuple[bool, list[int]]]:
    """Sentence -> (True when its only ordinary context (`ORDINARY`) is a laugh, False when there is
    another; where the laughs stand, as word numbers of the message)."""
    found: dict[int, tuple[bool, list[int]]] = {}
    for hit in hits:
        if hit.name == ORDINARY:
            n = sentence_of[hit.start]
            laugh_only, laughs = found.get(n, (True, []))
            laugh = _LAUGH.fullmatch(hit.text) is not None
            found[n] = laugh_only and laugh, laughs + [hit.start] * laugh
    return found


def made_ordinary(signal: Signal, context: tuple[bool, list[int]] | None, grave: tuple = (False, False, frozenset()),
                  n: int = -1, words: list[str] | None = None, at: int = -1) -> bool:
    """Whether the sentence's ordinary context lowers this signal (`ordinary_of`; None: no such context).
    `words` and `at` (the signal's first word): a laugh in a clause of its own before "maar" is about that
    clause, not about the signal after it (round 22)."""
    if context is None:
        return False
    laugh_only, laughs = context
    if laugh_only and words is not None and _contrast_between(words, laughs, at):
        return False
    wish, backed = grave[0] and signal.family in _WISH_FAMILIES, grave[1] or n in grave[2]
    if laugh_only and (wish or (backed and signal.family in _GRAVE_FAMILIES)):
        return False
    if laugh_only and words is not None and _bare_laughed_wish(signal, words):
        return False
    return not (laugh_only and signal.family in _STATED_FAMILIES and _STATED_WISH.search(signal.phrase) is not None)


# Round 22 (c22r): "haha die scheids was blind, we verloren met 5-0, maar ik wil niet meer": the laugh belongs to
# the match; "maar" opens the writer's own clause. (Not a laugh after the signal, nor one inside its clause.)
_CONTRAST = frozenset(("maar", "alleen", "echter"))


def _contrast_between(words: list[str], laughs: list[int], at: int) -> bool:
    """Every laugh stands before a contrast word that stands before the signal, with no laugh after it."""
    if not laughs or at < 0 or max(laughs) >= at:
        return False
    return any(words[i] in _CONTRAST for i in range(max(laughs) + 1, at)) and not any(
        _LAUGH.fullmatch(word) for word in words[at:at + 12])


# Round 32 (c32): a wish to die with only a laugh beside it, nothing to laugh about ("ik wil dood haha",
# "lol ik wil dood"): laughing it off does not make it harmless. A laughed wish with a reason in the message
# ("ik wil dood lol, weer een toets", "kwil dood van schaamte lol") stays lowered.
_PUNCTUATION = frozenset(".,!?;:|")
_WRITER = frozenset(("ik", "k", "me", "mij"))


def _bare_laughed_wish(signal: Signal, words: list[str]) -> bool:
    """The message holds the wish's own words and laughs, and nothing else."""
    if signal.family not in _WISH_FAMILIES:
        return False
    own = set(signal.phrase.split()) | _WRITER
    return all(word in own or word in _PUNCTUATION or _LAUGH.fullmatch(word) for word in words)


def bare_laugh(text: str, words: list[str], phrase_signals: list[tuple[Signal, int, int]]) -> bool:
    """A laugh in a message that holds nothing but it and the signals' own words ("lol niemand die merkt dat ik
    elke avond huil"): the laugh is no joke to soften a worry with (round 32, c32)."""
    if _LAUGH.fullmatch(text) is None:
        return False
    own = {word for signal, _n, _start in phrase_signals for word in signal.phrase.split()} | _WRITER
    return bool(own - _WRITER) and all(
        word in own or word in _PUNCTUATION or _LAUGH.fullmatch(word) for word in words)


# Round 36 (c36): a laugh beside a story of something that happened ("hahaha mn moeder stuurde per ongeluk een selfie in de
# familiegroep, ik wil dood 😂", "kinderen hebben de muur beschilderd, ik wil dood 😂 wijntje erbij"): the wish is the
# laugh's hyperbole about the story. A clause of its own of at least `_STORY_WORDS` words, with no word of a signal of the
# zorg or acuut level and no laugh in it, is such a story; the frame ``lach-anekdote`` (frames.py) then takes a laughed
# death wish down, unless a serious word stands in the message (frame_serious). "ik wil dood haha" alone, or with a
# story of two words ("weer een toets"), keeps the gentle line.
ANECDOTE = "lach-anekdote"
_STORY_WORDS = 4


def laughed_anecdote(signals: list[Signal], hits: list[Hit], words: list[str]) -> list[Hit]:
    """An `ANECDOTE` hit at each laugh of a message that also tells a story in a clause of its own (none: [])."""
    if not any(s.family in _WISH_FAMILIES and s.phrase.endswith(ORDINARY_NOTE) for s in signals):
        return []  # round 56 (s56): the few signals read before every hit
    laughs = [hit for hit in hits if hit.name == ORDINARY and _LAUGH.fullmatch(hit.text)]
    if not laughs:
        return []
    own = {word for s in signals if s.level in ("zorg", "acuut") for word in s.phrase.split()}
    clause: list[str] = []
    for word in [*words, "."]:
        if word not in _PUNCTUATION and not _LAUGH.fullmatch(word):
            clause.append(word)
            continue
        if len(clause) >= _STORY_WORDS and own.isdisjoint(clause):
            return [Hit(ANECDOTE, hit.start, hit.end, hit.text) for hit in laughs]
        clause = []
    return []


_BARE_WISH = frozenset(("wil", "wilt", "wou", "wilde", "dood", "sterven", "doodgaan", "+"))
_RULE_LABEL = re.compile(r"[\w:-]+: ")


def laughed_wish(phrase: str) -> bool:
    """A death wish a laugh beside it lowered (`ORDINARY_NOTE`), or the same words read by a rule ("wil-niet-zijn (wil:
    wil + dood: dood)"): what the frame ``lach-anekdote`` takes down."""
    if phrase.endswith(ORDINARY_NOTE):
        return True
    if "(" not in phrase:
        return False  # a wish said plainly, no laugh lowered it
    return set(_RULE_LABEL.sub("", phrase[phrase.index("(") + 1:].rstrip(")")).split()) <= _BARE_WISH

