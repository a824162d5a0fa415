"""Round 37 (c37): whose a phrase signal is, as the concept rules already ask (`holds._owner`).

A phrase of ``crisis_signalen.toml`` that names no first person ("pillen ineens genomen", "afscheidsbrief")
was always the writer's. A nurse's report ("de oude heer van kamer 7 heeft al zijn pillen ineens genomen") or a
book's plot then got the full panel, while a ``[[samen]]`` rule reading the same words gave the gentle line
about someone else. Here such a phrase gets the owner a rule's anchor would get: the nearest person word
before it in its clause, someone quoted straight, a story's character, or a perfect tense that agrees with a
third person only. Someone else's phrase becomes a worry about someone else (``over-ander``, zorg), as a rule
with ``ander = "zorg"``; a character's becomes a hint. Where no owner is clear the phrase stays the writer's.
Used by `weigh.reading_signals`. Standard library only.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.concepts import Hit, Located
from vraaghulp.coach.crisis.engine import Signal

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

__all__ = ["CHECKED", "FICTION", "game_instruction", "needed", "owned", "story_sentences"]

# the concepts that make a sentence about a game, film, series, book or story, or a role in one (weigh.py, combine.py)
FICTION = ("fictie", "fictie-rol")

# The families whose phrases are about the writer or nobody in particular by nature (a time, the net, someone
# else already) are left as they are.
_SKIP = frozenset(("over-ander", "vangnet", "tijd", "inschatting"))
CHECKED = ("acuut", "zorg")
# Round 38 (c38): a hint of a means or a plan feeds the [[combinatie]] blocks, which never ask whose it is ("Patiënt op 12
# had al zijn oxazepam gespaard ... psych komt morgen" was a means of the writer's with a time): someone else's is a hint
# about someone else, which no combination reads.
_HINTS = frozenset(("middel", "plan"))
_NOTE = " (van iemand anders)"


def _checked(signal: Signal) -> bool:
    return (signal.level in CHECKED and signal.family not in _SKIP) or (signal.level == "hint" and signal.family in _HINTS)


def owned(phrase_signals: list[tuple[Signal, int, int]], sentences: list[str],
          placed: tuple[list[str], list[int], list[int]], concepts: Any, implied: list[int],
          fiction: set[int]) -> list[tuple[Signal, int, int]]:
    """The phrase signals, someone else's made a worry about someone else (a character's: a hint). `placed`: the
    message's words, the sentence of each and where each sentence starts; `concepts`: the rules' person words;
    `fiction`: the sentences about a film, book, game or play (`weigh`), where a phrase in a sentence that names
    no first person is a character's."""
    from vraaghulp.coach.crisis.holds import _owner

    words, sentence_of, offsets = placed
    first_person = concepts.first_person
    where = Located(words, sentence_of, first_person, concepts.third_person, frozenset(implied), {})
    out = []
    for signal, n, start in phrase_signals:
        if _checked(signal):
            first = offsets[n] + len(sentences[n][:start].split())
            last = min(first + max(1, len(signal.phrase.split())), len(words))
            if first >= len(words):
                owner = ""
            elif _spoken_to(words, sentence_of, first):  # round 39 (c39): what a game makes the player do is a character's
                owner = "personage" if game_instruction(sentences[n], first_person) else ""
            elif n in fiction and first_person.isdisjoint(sentences[n].split()) and not _AHEAD.search(sentences[n]):
                owner = "personage"  # (not with a time to come: "nog een aflevering en over een uur die sprong")
            else:
                owner = _owner([Hit(signal.family, first, last, signal.phrase)], where)
            if owner in ("ander", "citaat"):
                signal = Signal("over-ander", "hint" if signal.level == "hint" else "zorg", signal.phrase + _NOTE)
            elif owner == "personage":
                signal = Signal("over-ander", "hint", signal.phrase + _NOTE)
        out.append((signal, n, start))
    return out


# A time to come in the sentence makes it the writer's moment, not the plot's ("nog een aflevering van de serie en over een
# uur die sprong van de brug").
_AHEAD = re.compile(r"\b(?:vanavond|vannacht|straks|zometeen|zo meteen|morgen|overmorgen|binnenkort|zo dadelijk|"
                    r"over (?:een|\w+) (?:uur|uurtje|minuten|minuutjes|kwartier|dagen|dag))\b")

# Round 39 (c39): a game's instruction to the player ("in die game moet je een afscheidsbrief schrijven voor je character",
# "je moet van een toren springen en dan zweef je"): the generic "je" of a game is its player, a character; not with a
# first-person word or a time to come in the sentence, and not where the writer asks what one can do ("kan je ..?").
_GAME = frozenset(("game", "games", "gamen", "spel", "spelletje", "videogame", "level", "levels", "zelda", "minecraft",
                   "fortnite", "gta", "roblox", "cutscene", "boss", "bossfight", "eindbaas", "raid", "quest", "missie",
                   "speler", "character", "personage", "avatar", "respawn", "respawnen"))
_INSTRUCTION = re.compile(r"\b(?:moet je|je moet|moet ge|ge moet|moete|kan je|je kan|kun je|je kunt|kunde|ge kunt|kunt ge)\b")


# Life called a game is no game ("het leven is maar een spel, je kan net zo goed ..."): the generic "je" is anyone.
_LIFE_A_GAME = re.compile(r"\bleven\b|\b(?:maar|geen) (?:een )?(?:spel|spelletje|game)\b")


def game_instruction(sentence: str, first_person: frozenset[str]) -> bool:
    """A sentence about a game that tells what the player must or can do, naming no first person."""
    said = sentence.split()
    return (not _GAME.isdisjoint(said) and first_person.isdisjoint(said) and "?" not in said
            and _INSTRUCTION.search(sentence) is not None and not _AHEAD.search(sentence)
            and not _LIFE_A_GAME.search(sentence))


# "als je dood wil", "wil je dood?": the one spoken to or anyone (generic "je"), never read as someone else.
_SECOND = frozenset(("je", "jij", "u", "ge", "gij", "jullie", "men", "jou", "uw"))
_CLAUSE_END = frozenset((",", ":", ";"))


def _spoken_to(words: list[str], sentence_of: list[int], first: int) -> bool:
    """A second-person word (or generic 'je', 'men') in the phrase's clause before it or right after its first word."""
    sentence = sentence_of[first]
    i = first - 1
    while i >= 0 and sentence_of[i] == sentence and words[i] not in _CLAUSE_END:
        if words[i] in _SECOND:
            return True
        i -= 1
    return words[first + 1:first + 2] != [] and words[first + 1] in _SECOND


# A story told: a book, film, series or play and its people (not a game, a clip or a laugh, which the fiction
# concepts also hold: "zou fijn zijn om niet meer te bestaan lol" is the writer's).
_STORY = frozenset(("boek", "boeken", "roman", "romans", "film", "films", "serie", "series", "aflevering", "seizoen",
                    "toneel", "toneelstuk", "musical", "personage", "character", "hoofdpersoon", "hoofdpersonage",
                    "verhaal", "docu", "documentaire", "thriller", "thrillers", "krimi", "detective", "rechercheur",
                    "scene", "horrorfilm", "horrorfilms", "roman", "rol"))
_STORY_ENDS = ("boek", "roman", "film", "films")


def story_sentences(hits: list[Hit], sentence_of: list[int], names: tuple[str, ...]) -> set[int]:
    """The sentences with a story word among the fiction concepts' hits (`names`)."""
    return {sentence_of[hit.start] for hit in hits if hit.name in names
            and any(w in _STORY or w.endswith(_STORY_ENDS) for w in hit.text.split())}


def needed(phrase_signals: list[tuple[Signal, int, int]], first_person: frozenset[str]) -> bool:
    """Whether any phrase signal could be someone else's: a level that counts and no first-person word in it."""
    return any(_checked(s) and first_person.isdisjoint(s.phrase.split()) for s, _n, _start in phrase_signals)
