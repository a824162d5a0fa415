"""Round 34 (c34p): what each pattern needs is stored by the build, so a text without it compiles nothing."""

from __future__ import annotations

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis.literals import compile_needing
from vraaghulp.coach.crisis.wordstart import split_boundary

ORDINARY = [
    "Vandaag vroeg ik mijn zus of ze me naar het ziekenhuis kan brengen; ze zei ja en dat viel mee.",
    "Hoi, ik wil je even bijpraten over deze week. Maandag begon ik aan mijn nieuwe rooster op het werk.",
    "kan je morgen de kat eten geven? ik ben het hele weekend weg met de scouts",
    "Mijn broer komt woensdag eten, we maken lasagne. Heb jij nog tips voor een korte brief aan de gemeente?",
]


@pytest.fixture()
def fresh():
    crisis.release_rules()
    yield crisis.compiled_rules()
    crisis.release_rules()


def test_every_stored_pattern_needs_what_compiling_it_gives():
    rules = crisis.compiled_rules()
    assert len(rules.entries) > 1000
    for i in range(len(rules.entries)):
        stored = rules.entries[i]
        body = split_boundary(stored.source)[0]
        assert stored._needs is not None, stored.where  # stored, so read without compiling
        assert stored._needs == compile_needing(body)[1], stored.where


def test_every_stored_rewrite_needs_what_compiling_the_whole_rule_gives():
    rewrites = crisis.compiled_rules().normaliser.rewrites
    assert len(rewrites.needs) == len(rewrites.rules) > 100
    for (source, _replacement, _keys), stored in zip(rewrites.rules, rewrites.needs):
        assert stored is not None
        assert tuple(map(tuple, stored)) == compile_needing(split_boundary(source)[0])[1], source[:80]


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_text_compiles_only_patterns_whose_needs_it_holds(fresh, text):
    before = crisis.assess(text)
    entries = fresh.entries
    compiled = [entries[i] for i in list(entries._entries) if entries[i]._compiled is not None]
    readings = fresh.normaliser.readings(text)
    for entry in compiled:
        assert all(any(s in reading for reading in readings for s in strings) for strings in entry.needs), entry.where
    rewrites = fresh.normaliser.rewrites
    joined = " " + " ".join(fresh.normaliser.tokens(text)) + " "
    for n in rewrites._compiled:
        assert all(any(s in joined for s in strings) for strings in rewrites.needs[n]), n
    assert crisis.assess(text) == before


def test_a_rules_file_without_stored_needs_works_them_out_when_compiling():
    from vraaghulp.coach.crisis.build import make
    from vraaghulp.coach.crisis.rules import from_digest
    from vraaghulp.coach.crisis.weigh import build_concepts

    made = make({}, needs=False)
    assert all(len(row) == 6 for row in made["signalen"]["patronen"])
    rules = from_digest(made["signalen"])
    rules.concepts = build_concepts(made["begrippen"], rules)
    plain, stored = rules.entries[0], crisis.compiled_rules().entries[0]
    assert plain._needs is None and plain.needs == stored.needs and plain._compiled is not None
