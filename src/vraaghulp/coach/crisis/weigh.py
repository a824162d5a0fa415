"""Step 4 of the crisis check: the concept layer (``crisis_begrippen.toml``).

Runs on the sentences the phrase rules already masked (so an idiom such as "ik lach me
dood" is gone for both layers): `concepts.Lexicon` marks the concepts in every sentence,
the phrase signals are added as concepts of their own (``signaal:<familie>``, ``zorg``),
and `combine.apply_rules` weighs them into signals. Standard library only.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from vraaghulp.coach.crisis.combine import Located, Rule, apply_rules, from_combinations, parse_rules
from vraaghulp.coach.crisis.concepts import Hit, Lexicon
from vraaghulp.coach.crisis.engine import Signal

__all__ = ["ConceptRules", "build_concepts", "concept_signals"]


class ConceptRules(NamedTuple):
    lexicon: Lexicon
    rules: tuple[Rule, ...]
    first_person: frozenset[str]
    third_person: frozenset[str]


def build_concepts(data: dict[str, Any], phrases: Any) -> ConceptRules:
    """The concept lexicon, the phrase file's [[combinatie]] blocks and the [[samen]] rules.

    `phrases` is the built `rules.Rules` of crisis_signalen.toml (its families, its
    combinations, its person words). Everything is checked on the way.
    """
    lists = data.get("lijst", {})
    lexicon = Lexicon(data.get("begrip", {}), lists if isinstance(lists, dict) else {})
    families = frozenset(entry.family for entry in phrases.entries if entry.level)
    rules = from_combinations(phrases.combinations, lexicon.names)
    rules += parse_rules(data.get("samen", []), lexicon.names, families)
    return ConceptRules(lexicon, rules, phrases.first_person, phrases.third_person)


def concept_signals(concepts: ConceptRules, sentences: list[str],
                    phrase_signals: list[tuple[Signal, int, int]]) -> list[Signal]:
    """The signals the concept rules give for one reading's masked sentences."""
    words: list[str] = []
    sentence_of: list[int] = []
    offsets: list[int] = []
    hits: list[Hit] = []
    for n, sentence in enumerate(sentences):
        these = sentence.split()
        offsets.append(len(words))
        hits += concepts.lexicon.tag(these, len(words))
        words += these
        sentence_of += [n] * len(these)
    hits = concepts.lexicon.keep(hits)
    for signal, n, start in phrase_signals:
        first = offsets[n] + len(sentences[n][:start].split())
        last = first + max(1, len(signal.phrase.split()))
        hits.append(Hit(f"signaal:{signal.family}", first, last, signal.phrase))
        if signal.level in ("zorg", "acuut") and signal.family != "over-ander":
            hits.append(Hit(signal.level, first, last, signal.phrase))
    if not hits:
        return []
    where = Located(words, sentence_of, concepts.first_person, concepts.third_person)
    return [Signal(family, level, explanation) for family, level, explanation in apply_rules(concepts.rules, hits, where)]
