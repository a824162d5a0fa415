"""Step 3 of the crisis check: find the signals in a text and weigh them into a tier.

The tier rules (also written in the header of ``crisis_signalen.toml``):

1. any signal of the ``acuut`` level: acuut;
2. signals of two different families at the ``zorg`` level: acuut (not one posture counted
   twice: `posture`; not a signal of a [[signaal]] with ``optellen = false``, round 43);
3. a ``[[combinatie]]`` whose families are all present (any level; the name ``zorg``
   stands for any signal of the zorg level): acuut (weighed in `weigh`, with the
   concept rules of ``crisis_begrippen.toml``, which can also give acuut or zorg);
4. otherwise any ``zorg`` signal: zorg; hints alone count for nothing.

A signal that belongs to someone else in its sentence ("mijn vriendin wil niet meer
leven") counts as the family ``over-ander`` at the ``zorg`` level: a worry, never silence.
The safety net (family ``vangnet``: the writer speaks of dying, self-harm or not going on in
words no precise rule weighs) gives zorg and never counts towards rule 2.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import namedtuple

from vraaghulp.coach.crisis.rules import ABOUT_SOMEONE_ELSE, Rules

__all__ = ["Signal", "find_signals", "scan", "decide", "net_only_alone", "SAFETY_NET"]

SAFETY_NET = "vangnet"  # the family of the broad, gentle safety-net rules (crisis_begrippen.toml)

# What an exclusion leaves behind: not a word character, so no pattern window crosses it.
_MASK = " | "
_SENTENCE_ENDS = frozenset(".!?;")
_LOOK_BACK = 12  # words before a signal searched for whose sentence it is
_BACK_REACH = 1_000  # characters read for those words
_AFTER_REACH = 4_000  # characters after a signal read for a story's "die ..." clause (the rest of its sentence)


# A signal: its family, its level (acuut, zorg, hint) and the words that made it, in their
# normalised form (for a concept rule, its name and what it found:
# "middel-opgespaard (middel: pillen + verwerven-sterk: opgespaard)"). Round 43 (c43r): `alone`, a gentle line of its
# own that never counts towards the panel (a [[signaal]] with `optellen = false`: `rules.ALONE`); shown only when set.
class Signal(namedtuple("Signal", "family level phrase alone", defaults=(False,))):
    __slots__ = ()

    def __repr__(self) -> str:
        alone = ", alone=True" if self.alone else ""
        return f"Signal(family={self.family!r}, level={self.level!r}, phrase={self.phrase!r}{alone})"



def _someone_else(rules: Rules, reading: str, start: int, phrase: str) -> bool:
    """True when the nearest person before the signal (same sentence) is not the writer,
    or the signal is a straight quote of someone else ("opa zegt altijd: als ik dood ben")."""
    # Round 33 (c33s): imported here, not at the top: a text without a signal (a search term) never loads it.
    from vraaghulp.coach.crisis.audience import addressed, quoted_by_other, story_subject

    before = _words_before(reading, start)
    if quoted_by_other(before, len(before), rules.third_person, _SENTENCE_ENDS):
        return True
    if _names_writer(rules, phrase.split()):
        return False
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if word in _SENTENCE_ENDS:
            return False
        if word in rules.first_person:
            return False
        if word in rules.third_person and not addressed(before, i):
            return True
        after = reading[start : start + _AFTER_REACH].split()
        if word == "die" and story_subject(before + after, i, rules.first_person, _SENTENCE_ENDS):
            return True  # "een film over een boer die niet meer wilde leven": a character
    return False


def _words_before(reading: str, start: int) -> list[str]:
    """The last `_LOOK_BACK` words before `start`, read from a window of the text only (round 19: splitting
    everything before every signal made a long text without full stops cost seconds)."""
    window = max(0, start - _BACK_REACH)
    words = reading[window:start].split()
    if window and not reading[window - 1].isspace() and words:
        words = words[1:]  # a word cut in two by the window
    return words[-_LOOK_BACK:]


# "zijn auto aan mijn broer gegeven": a first-person word right after these is a recipient.
_RECIPIENT = frozenset(("aan", "voor", "bij", "naar", "tegen"))


def _names_writer(rules: Rules, words: list[str]) -> bool:
    """A first-person word in the phrase that is not just the writer's relative as a recipient."""
    return any(word in rules.first_person and not (i and words[i - 1] in _RECIPIENT and word in ("mijn", "m"))
               for i, word in enumerate(words))


def find_signals(rules: Rules, reading: str) -> list[Signal]:
    """Every phrase signal in one normalised reading (see `scan`)."""
    return [signal for signal, _n, _start in scan(rules, reading)[1]]


def scan(rules: Rules, reading: str) -> tuple[list[str], list[tuple[Signal, int, int]]]:
    """The masked sentences of one reading, and every phrase signal with where it is.

    Patterns never reach across a sentence end (. ! ? ;). The text is cut into sentences,
    the patterns whose key words all occur in the text are chosen once, and each of them
    is searched only in the sentences that hold its rarest key: a long text costs little
    more than the sentences that matter. Exclusions are masked first, so neither the
    patterns nor the concepts (step 4) see an idiom. A signal comes with its sentence
    number and the character where it starts in that (masked) sentence.
    """
    sentences = _sentences(reading)
    where = _key_places(rules, sentences)
    entries, first_signal, everywhere = rules.entries, rules.first_signal, (1 << len(sentences)) - 1
    found: list[tuple[Signal, int, int]] = []
    whole = ""  # the sentences in one text, for `_holding` (made again when an exclusion masked words)
    for i, mask in _searched(rules, where, everywhere):
        entry = entries[i]
        needs = entry.needs
        if needs:  # compiled only when its key words are present
            if mask == everywhere:
                whole = whole or "\n".join(sentences)
            mask = _holding(needs, sentences, mask, whole if mask == everywhere else "")
        search = entry.pattern.search if mask and i >= first_signal else None
        if search is None and mask and entry.whole and next(entry.finditer(f" {reading.strip()} "), None) is None:
            mask = 0  # round 46 (c46r): its guard reads the whole message, and something there stops it
        while mask:  # the sentences as bits, lowest first (inline: this loop runs for every pattern)
            low = mask & -mask
            mask ^= low
            n = low.bit_length() - 1
            if search is None:  # an exclusion: mask it before any signal is searched
                before, sentences[n] = sentences[n], entry.mask(sentences[n], _MASK)
                whole = "" if sentences[n] is not before else whole
            elif search(sentences[n]) is not None:  # most sentences hold no match: a quick no
                found.extend((signal, n, start) for signal, start in _matches(rules, entry, sentences[n]))
    return sentences, found


# Round 19 (c19b): the most words one sentence holds. Many patterns look from each of their words to the end
# of the sentence; a text of 50,000 characters without a full stop made that quadratic (seconds to minutes).
# A longer stretch is cut into pieces of this many words: the corpora's longest sentence has 73.
LONGEST_SENTENCE = 250


def _sentences(reading: str) -> list[str]:
    """The sentences of a reading, each padded with a space; a sentence over `LONGEST_SENTENCE` words in pieces."""
    sentences = []
    for piece in _SENTENCE_SPLIT().split(reading):
        words = piece.split()
        if len(words) <= LONGEST_SENTENCE:
            if words:
                sentences.append(f" {piece.strip()} ")
            continue
        for k in range(0, len(words), LONGEST_SENTENCE):
            sentences.append(" " + " ".join(words[k : k + LONGEST_SENTENCE]) + " ")
    return sentences


def _key_places(rules: Rules, sentences: list[str]) -> dict[str, int]:
    """Every key that begins a word of the text -> the sentences it occurs in, one bit per
    sentence (each word looked up once, however often it comes back)."""
    of_word: dict[str, int] = {}
    for n, sentence in enumerate(sentences):
        bit = 1 << n
        for word in sentence.split():
            of_word[word] = of_word.get(word, 0) | bit
    where: dict[str, int] = {}
    remembered = rules.token_keys
    for word, bits in of_word.items():
        keys = remembered.get(word)
        for key in rules.keys_in(word) if keys is None else keys:
            where[key] = where.get(key, 0) | bits
    return where


def _searched(rules: Rules, where: dict[str, int], everywhere: int) -> list[tuple[int, int]]:
    """Every entry with its key sets met in one sentence at least, in order, with those sentences as bits
    (`Rules.active_for` and the sentences that meet every key set in one pass: round 31; round 36, c36s: each
    key's entries with their key sets in one look-up, and the sets tested inline). Round 52 (s52): what each key
    set meets is worked out once per text (`Rules.key_sets` gives one object per distinct set, and the varied
    letter's 963 key-set tests hold 652 distinct sets), and only the entries found are kept and sorted."""
    present = set(where)
    done = set(rules.always)
    found = [(i, everywhere) for i in done] if everywhere else []  # no keys: searched everywhere
    met: dict[frozenset[str], int] = {}  # a key set -> the sentences that hold one of its keys
    led_of = rules._led_sets  # round 58 (s58): what `led_sets` remembers, read without a call per key
    for key in present:
        led = led_of.get(key)
        for i, key_sets in rules.led_sets(key) if led is None else led:
            if i in done:
                continue
            done.add(i)
            result = -1  # the sentences that meet every key set
            for keys in key_sets:
                here = met.get(keys)
                if here is None:
                    here = 0
                    for word in keys & present:  # iterates over the smaller of the two
                        here |= where[word]
                    met[keys] = here
                result &= here
                if not result:
                    break
            if result:
                found.append((i, result))
    found.sort()
    return found


def _holding(needs: tuple[tuple[str, ...], ...], sentences: list[str], mask: int, whole: str) -> int:
    """The sentences of `mask` (as bits) that hold a string of every set the pattern needs (`literals`):
    a regular expression that opens with a guard over the whole sentence is not walked through a
    sentence it cannot match in. The sentences of `mask` are first read as one text (`whole` when
    that is all of them): a set none of whose strings occurs there rules the pattern out at once
    (round 39, c39s: tested in C first, as most patterns stop there; the sentences counted only after)."""
    if whole:
        text = whole
    elif mask & (mask - 1):
        text = "\n".join([sentences[n] for n in _numbers(mask)])  # a line break: no pattern needs one
    else:
        text = sentences[mask.bit_length() - 1]
    holds = text.__contains__
    for strings in needs:
        if not any(map(holds, strings)):
            return 0
    if not mask & (mask - 1):
        return mask
    present = [[s for s in strings if s in text] for strings in needs]
    result = 0
    for n in _numbers(mask):
        holds = sentences[n].__contains__  # round 32 (c32s): each set tested in C (`map`), no generator per string
        if all(any(map(holds, here)) for here in present):
            result |= 1 << n
    return result


def _numbers(mask: int) -> list[int]:
    """The sentence numbers of `mask` (as bits), lowest first."""
    numbers = []
    while mask:
        low = mask & -mask
        mask ^= low
        numbers.append(low.bit_length() - 1)
    return numbers


def _matches(rules: Rules, entry, sentence: str) -> list[tuple[Signal, int]]:
    found = []
    for match in entry.finditer(sentence):
        phrase = match.group(0).strip()
        if not phrase:
            continue
        if entry.person and _someone_else(rules, sentence, match.start(), phrase):
            found.append((Signal(ABOUT_SOMEONE_ELSE, "zorg", phrase), match.start()))
        else:
            found.append((Signal(entry.family, entry.level, phrase, entry.alone), match.start()))
    return found


@lru_cache(maxsize=1)
def _SENTENCE_SPLIT() -> re.Pattern[str]:
    # Round 53 (s53): the space read first, the mark before it looked back at from there (the same places as
    # `(?<= [.!?;]) `): `re` jumps from space to space instead of testing the look-behind at every character.
    return re.compile(r" (?<= [.!?;] )")


def net_only_alone(signals: list[Signal]) -> list[Signal]:
    """The safety net counts only where no precise rule gave a signal: else its signals go."""
    if any(s.family != SAFETY_NET and s.level in ("acuut", "zorg") for s in signals):
        return [s for s in signals if s.family != SAFETY_NET]
    return signals


# Families that name the same thing seen by two layers: sitting on the edge of a high place is the
# phrase family `op-de-rand` and the concept rule of `gevaar-plek`; lowered to zorg in a game or a
# story, the two are one worry, not two that add up to the panel.
_SAME_KIND = {"op-de-rand": "gevaar-plek"}


def _separate(phrases: dict[str, list[str]], hints: frozenset[str]) -> set[str]:
    """`posture.separate`, loaded only when two families of the zorg level meet (round 33, c33s)."""
    from vraaghulp.coach.crisis.posture import separate

    return separate(phrases, hints)


def decide(rules: Rules, signals: list[Signal]) -> tuple[str | None, tuple[str, ...]]:
    """The tier and the families that made it (the deciding families first).

    Combinations ([[combinatie]] and [[samen]]) are weighed before this, by the concept
    layer (`weigh`); what they find arrives here as signals of their own.
    """
    acute = {s.family for s in signals if s.level == "acuut"}
    concern = {s.family for s in signals if s.level == "zorg"}
    # the safety net never adds up to acuut, nor one posture seen twice (`_SAME_KIND`, `posture`)
    phrases: dict[str, list[str]] = {}
    for s in signals:  # round 43 (c43r): nor a gentle line of its own (`Signal.alone`)
        if s.level == "zorg" and s.family not in (ABOUT_SOMEONE_ELSE, SAFETY_NET) and not s.alone:
            phrases.setdefault(_SAME_KIND.get(s.family, s.family), []).append(s.phrase)
    hints = frozenset(s.family for s in signals if s.level == "hint")
    own_concern = _separate(phrases, hints) if len(phrases) >= 2 else set(phrases)
    if acute:
        return "acuut", tuple(sorted(acute)) + tuple(sorted(concern - acute))
    if len(own_concern) >= 2:
        return "acuut", tuple(sorted(concern))
    if concern:
        return "zorg", tuple(sorted(concern))
    return None, ()
