"""The [[samen]] rules of the fast file (`snapshot`): read and parsed only when a text has a hit
for every item of a rule, and then the same rules, in the same order, as built from the TOML."""

from __future__ import annotations

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import snapshot


@pytest.fixture
def stored(monkeypatch):
    """Freshly loaded rules from the stored file, as the check's own (`crisis.compiled_rules`)."""
    rules = snapshot.load()
    monkeypatch.setattr(crisis, "_built", [rules])
    return rules


def test_a_search_term_parses_no_samen_rule(stored):
    samen = stored.concepts.rules
    assert type(samen).__name__ == "_StoredRules"
    assert crisis.assess("ziekenhuis").tier is None  # it has concept hits, but no rule has all its items
    assert samen._read == {}


def test_a_text_with_all_items_of_a_rule_parses_just_those_rules(stored):
    samen = stored.concepts.rules
    result = crisis.assess("ik wil niet meer leven, ik heb de pillen al gekocht")
    assert result.tier == "acuut" and "plan-middel" in result.families
    assert 0 < len(samen._read) < len(samen._gates) // 4
    assert "middel-met-doel" in {rule.name for rule in samen._read.values()}


def test_the_stored_rules_are_the_rules_of_the_toml_files(stored):
    from vraaghulp.coach.crisis.rules import from_digest
    from vraaghulp.coach.crisis.weigh import build_concepts

    made = snapshot.make({})
    full = from_digest(made["signalen"])
    full.concepts = build_concepts(made["begrippen"], full)  # every name checked, as tools/crisis_bouw.py does
    assert isinstance(full.concepts.rules, tuple)
    assert list(stored.concepts.rules) == list(full.concepts.rules)
    assert len(stored.concepts.rules) == len(full.concepts.rules)
