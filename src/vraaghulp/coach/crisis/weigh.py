"""Step 4 of the crisis check: the concept layer (``crisis_begrippen.toml``).

Runs on the sentences the phrase rules already masked (so an idiom such as "ik lach me
dood" is gone for both layers): `concepts.Lexicon` marks the concepts in every sentence,
the phrase signals are added as concepts of their own (``signaal:<familie>``, ``zorg``),
and `combine.apply_rules` weighs them into signals. Standard library only.
"""

from __future__ import annotations

import re
from collections import namedtuple
from itertools import compress, count
from operator import itemgetter

from vraaghulp.coach.crisis.combine import (EVERYDAY, MEETING_AHEAD, ORDINARY_OCCASION, PLANS_AHEAD, Located,
                                            apply_rules, from_combinations, parse_rules)
from vraaghulp.coach.crisis.concepts import Hit, Lexicon
from vraaghulp.coach.crisis.context import (_ASSIGNED, _FICTION, _INTENT, _ROLE, _calm_as_hint, _in_context, _living_wished,
                                            _real_meetings, _stories, _taken, _weak_farewell_as_hint, story_character)
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.laugh import ORDINARY, bare_laugh, grave_of, made_ordinary, ordinary_of
from vraaghulp.coach.crisis.table import count_below

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

__all__ = ["ConceptRules", "digest_concepts", "build_concepts", "concept_signals", "reading_signals", "story_character"]


ConceptRules = namedtuple("ConceptRules", "lexicon rules first_person third_person ik_verbs")

# A phrase signal of these families in a sentence that also holds one of these concepts is
# ambiguous: an acute one gives the gentle line, not the panel ("ze woont nu in Spanje, ik wil
# haar achterna"; "de dokter vroeg of ik gedachten had om mezelf iets aan te doen, ik zei nee");
# a gentle one gives nothing ("met niemand gepraat, lekker rustig gelezen").
_SOFTENED_BY = {
    "bij-overledene": frozenset(("ver-weg-wonen", "levend-weg")),
    "passief": frozenset(("levenseinde-gewoon",)),
    "isolatie": frozenset(("genieten", "over-iets-vertellen", "het-went", "grap")),
    "doodswens": frozenset(("ontkend", "klus-alleen", "pech-ding")),  # "laptop gecrasht ... ik wil sterven"
    "zelfbeschadiging": frozenset(("ontkend",)),
    "zaken-regelen": frozenset(("nalatenschap-gewoon",)),
}

# The same the other way round: concept -> the families it softens.
_SOFTENING = {name: tuple(family for family, names in _SOFTENED_BY.items() if name in names)
              for concepts in _SOFTENED_BY.values() for name in concepts}

# After these a clause-opening verb has its own subject: "wil je ...", "ga ze ...".
_SUBJECTS = frozenset(("je", "jij", "u", "jullie", "we", "wij", "ze", "zij", "hij", "men", "iemand", "iedereen"))


def digest_concepts(data: dict[str, Any]) -> dict[str, Any]:
    """crisis_begrippen.toml checked and worked out into plain (JSON-ready) data."""
    from vraaghulp.coach.crisis.lexicon import compile_lexicon

    keep = ("naam", "familie", "niveau", "uitleg", "alle", "binnen", "tenzij", "tenzij_binnen", "tenzij_in", "ander",
            "volgorde", "persoon")
    rules = [{k: v for k, v in raw.items() if k in keep} if isinstance(raw, dict) else raw
             for raw in data.get("samen", [])]
    lexicon = compile_lexicon(data.get("begrip", {}), data.get("lijst", {}), data.get("werkwoord", {}))
    return {"begrippen": lexicon, "samen": rules}


def build_concepts(digested: dict[str, Any], phrases: Any) -> ConceptRules:
    """The concept lexicon, the phrase file's [[combinatie]] blocks and the [[samen]] rules.

    `digested` comes from `digest_concepts`; `phrases` is the built `rules.Rules` of
    crisis_signalen.toml (its families, its combinations, its person words). The rules
    are checked on the way (the stored [[samen]] rules of `snapshot`, read one at a time
    when a text needs them, were checked when the file was written: tools/crisis_bouw.py).
    """
    lexicon = Lexicon(digested["begrippen"])
    families = phrases.families
    rules = from_combinations(phrases.combinations, lexicon.names)
    samen = digested["samen"]
    if isinstance(samen, list):
        rules += parse_rules(samen, lexicon.names, families)
    else:  # the stored rules (`stored._StoredRules`): each parsed when a text first needs it
        rules = samen.after(rules, families)
    ik_verbs = phrases.normaliser.ik_verbs - {"was"}
    return ConceptRules(lexicon, rules, phrases.first_person, phrases.third_person, ik_verbs)


def reading_signals(concepts: ConceptRules, sentences: list[str],
                    phrase_signals: list[tuple[Signal, int, int]], seen: list[str] | None = None) -> list[Signal]:
    """Every signal of one reading: the phrase signals, then what the concept rules give.

    A phrase signal of the acuut level in a sentence that is plainly a game, a story, a joke
    or a trip (concept ``gewone-context``: "in dat spel", "haha", "verjaardag") becomes a
    zorg signal: the gentle line, never silence, and never the full panel for a level of a game.
    A phrase signal in a sentence that makes it ambiguous (`_SOFTENED_BY`) goes one step lower
    and feeds no other rule. The names of the concepts found are added to `seen` (for the
    fitted second opinion, `opinion`).
    """
    words, sentence_of, offsets, hits, implied = _tag(concepts, sentences)
    named = list(map(_NAME, hits))  # round 56 (s56): the names read once, in C; a pass over the hits only where
    names = set(named)  # a name it looks for is there (most messages hold none of them)
    if seen is not None:
        seen.extend(named)
    ordinary = ordinary_of(hits, sentence_of) if ORDINARY in names else {}
    softened = set() if names.isdisjoint(_SOFTENING) else {
        (sentence_of[hit.start], family) for hit in hits if hit.name in _SOFTENING
        and not bare_laugh(hit.text, words, phrase_signals) for family in _SOFTENING[hit.name]}
    stories = _stories(sentences, concepts.first_person)  # "een film over een man die wil springen"
    intent = set(compress(sentence_of, map(_INTENT.__contains__, words))) - stories
    taken = _taken(sentences)  # "dat ga ik ook doen"
    intent |= taken  # ... in the character's sentence or the one after it
    assigned = _sentences_named(hits, sentence_of, names, (_ASSIGNED,)) - intent
    fiction = (_sentences_named(hits, sentence_of, names, _FICTION) | stories) - intent
    cast = _sentences_named(hits, sentence_of, names, (_ROLE,)) & fiction  # round 36 (c36): "de hoofdpersoon pleegt ..."
    if phrase_signals:  # round 37 (c37): a phrase naming no first person may be someone else's (`phrase_owner`)
        from vraaghulp.coach.crisis import phrase_owner

        if phrase_owner.needed(phrase_signals, concepts.first_person):
            phrase_signals = phrase_owner.owned(phrase_signals, sentences, (words, sentence_of, offsets), concepts,
                                                implied, phrase_owner.story_sentences(hits, sentence_of, _FICTION) - intent)
    # round 19 (rv19c): a film's act the writer takes for themself ("ik denk dat ik dat ook wil doen") is not made ordinary
    grave, starts = grave_of(hits, phrase_signals), {}

    def lowered(signal: Signal, n: int, start: int) -> bool:  # the sentence's ordinary context lowers it (laugh.py)
        if n in taken or n not in ordinary:
            return False  # (the signal's word number is worked out only where there is such a context)
        return made_ordinary(signal, ordinary[n], grave, n, words, offsets[n] + _words_before(sentences[n], start, starts, n))

    placed = [(*_in_context(signal, lowered(signal, n, start), (n, signal.family) in softened, n in assigned,
                                 _ROLE if n in cast else n in fiction),
               n, start) for signal, n, start in phrase_signals]
    if MEETING_AHEAD in names:  # round 36 (c36s): one pass for both frames (`names`, above)
        placed = [(_weak_farewell_as_hint(signal), feeds, n, start) for signal, feeds, n, start in placed]
    plans = PLANS_AHEAD in names
    if plans:
        placed = [(_calm_as_hint(signal), feeds, n, start) for signal, feeds, n, start in placed]
    found, places = [signal for signal, _feeds, _n, _start in placed], [frozenset((n,)) for _s, _f, n, _start in placed]
    feeding = [(signal, n, start) for signal, feeds, n, start in placed if feeds]
    found += _weigh(concepts, sentences, feeding, words, sentence_of, offsets, hits, implied, places)
    if plans:
        found = [_calm_as_hint(signal) for signal in found]
    found = _living_wished(found, words)
    if not hits or not found:
        return found  # no concept (no harmless frame) or nothing to lower: frames.py is loaded only when needed
    from vraaghulp.coach.crisis.frames import cancelled

    return cancelled(found, hits, words, sentence_of, places)


def _sentences_named(hits: list[Hit], sentence_of: list[int], names: set[str], wanted: Any) -> set[int]:
    """The sentences of the hits whose name is one of `wanted` (`names`: every hit's name; none wanted, no pass)."""
    if names.isdisjoint(wanted):
        return set()
    return {sentence_of[hit.start] for hit in hits if hit.name in wanted}


def concept_signals(concepts: ConceptRules, sentences: list[str],
                    phrase_signals: list[tuple[Signal, int, int]]) -> list[Signal]:
    """The signals the concept rules give for one reading's masked sentences."""
    return _weigh(concepts, sentences, phrase_signals, *_tag(concepts, sentences))



def _tag(concepts: ConceptRules, sentences: list[str]) -> tuple[list[str], list[int], list[int], list[Hit], list[int]]:
    """Every word of the message, its sentence, where each sentence starts, the concepts, implied 'ik'."""
    words: list[str] = []
    sentence_of: list[int] = []
    offsets: list[int] = []
    hits: list[Hit] = []
    implied: list[int] = []  # a clause without "ik" that starts with a verb of the writer: "wil dood"
    for n, sentence in enumerate(sentences):
        these = sentence.split()
        if these and these[0] in concepts.ik_verbs and (len(these) < 2 or these[1] not in _SUBJECTS):
            implied.append(len(words))
        offsets.append(len(words))
        hits += concepts.lexicon.tag(these, len(words))
        words += these
        sentence_of += [n] * len(these)
    return words, sentence_of, offsets, _real_meetings(words, concepts.lexicon.keep(hits)), implied


def _weigh(concepts: ConceptRules, sentences: list[str], phrase_signals: list[tuple[Signal, int, int]],
           words: list[str], sentence_of: list[int], offsets: list[int], hits: list[Hit],
           implied: list[int], places: list[frozenset[int]] | None = None) -> list[Signal]:
    hits = list(hits)
    word_starts: dict[int, list[int]] = {}
    for signal, n, start in phrase_signals:
        if signal.alone:  # round 43 (c43r): a gentle line of its own feeds no rule (`Signal.alone`)
            continue
        first = offsets[n] + _words_before(sentences[n], start, word_starts, n)
        last = first + max(1, len(signal.phrase.split()))
        hits.append(Hit(f"signaal:{signal.family}", first, last, signal.phrase))
        if signal.level in ("zorg", "acuut") and signal.family != "over-ander":
            hits.append(Hit(signal.level, first, last, signal.phrase))
    if not hits:
        return []
    hits += _reasons(words, hits)
    where = Located(words, sentence_of, concepts.first_person, concepts.third_person, frozenset(implied))
    return [Signal(*found) for found in apply_rules(concepts.rules, hits, where, places)]


_NAME = itemgetter(0)  # a hit's concept
_WORD = re.compile(r"\S+")  # a word as str.split sees it (the same white space)


def _words_before(sentence: str, start: int, cache: dict[int, list[int]], n: int) -> int:
    """How many words of the sentence begin before `start` (`len(sentence[:start].split())`), by a
    search in the sentence's word starts worked out once (round 19: a long sentence full of signals
    was split again for every one of them)."""
    starts = cache.get(n)
    if starts is None:
        starts = cache[n] = [match.start() for match in _WORD.finditer(sentence)]
    return count_below(starts, start)


# An ordinary reason given in so many words: "want ik ga een jaar naar Canada", "omdat mijn
# vriend allergisch is", "sinds mijn pols gebroken is". A clause after one of these words
# with no phrase signal in it (beyond the everyday ones: `combine.EVERYDAY`) and no word of
# the writer's absence, death, means or distress (`_NO_REASON`: "want ik ben er dan niet
# meer") counts as the writer's own ordinary occasion. It only ever switches off a rule whose
# hits are all everyday words.
_NO_REASON = frozenset((
    "zonder-mij", "zonder-mij-zwak", "niet-zijn", "niet-nodig", "niet-nodig-straks", "finaal", "voorgoed", "voorgoed-naar",
    "ontlasten", "beter-af", "beter-voor-anderen", "last-zijn", "verborgen-doel", "dood", "dood-beter", "eigen-einde",
    "nood", "nood-zwak", "rust", "middel", "middel-sterk", "plan", "weg-gaan", "geen-terugkeer", "hiernamaals-ik",
    "voorbij-voor-mij", "laatste-levens", "onbereikbaar", "niemand-hier", "bij-wens", "achterna", "geen-gewone-reden",
))
_BECAUSE = frozenset(("want", "omdat", "aangezien", "doordat", "vermits", "sinds"))
_REASON_STARTS = frozenset(("ik", "we", "wij", "mijn", "ons", "onze", "de", "het", "die", "dat", "er", "ze", "zij", "hij"))
_CLAUSE_END = frozenset((",", ".", "!", "?", ";", "|", "maar"))
_REASON_WORDS = (3, 12)  # the shortest and the longest clause read as a reason


def _reasons(words: list[str], hits: list[Hit]) -> list[Hit]:
    """An occasion hit (`ORDINARY_OCCASION`) for every ordinary reason clause in the message."""
    found: list[Hit] = []
    if _BECAUSE.isdisjoint(words):  # round 36 (c36s): most messages give no reason in so many words
        return found
    for i in compress(count(), map(_BECAUSE.__contains__, words)):  # round 56 (s56): the reason words found in C
        if i + 1 >= len(words) or words[i + 1] not in _REASON_STARTS:
            continue
        end = i + 1
        while end < len(words) and words[end] not in _CLAUSE_END and end - i <= _REASON_WORDS[1]:
            end += 1
        if end - i - 1 < _REASON_WORDS[0] or any(hit.start < end and i < hit.end and _signal(hit) for hit in hits):
            continue
        found.append(Hit(ORDINARY_OCCASION, i, end, " ".join(words[i:end])))
    return found


def _signal(hit: Hit) -> bool:
    """A phrase signal other than an everyday one (its level hit, zorg or acuut, counts too), or
    a word of absence, death, means or distress."""
    name = hit.name
    return name in ("zorg", "acuut") or name in _NO_REASON or (name.startswith("signaal:") and name not in EVERYDAY)
