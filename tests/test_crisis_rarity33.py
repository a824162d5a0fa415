"""Round 33 (c33t): each pattern looked up by the key set ordinary text holds least often, every result the same.

`build.Rarity` orders a pattern's key sets by how many ordinary texts hold a word each key begins (the counts
that tools/crisis_bouw.py writes to content/nl/crisis_woordtelling.json); the engine looks the pattern up by the
first set and checks the others (`engine._searched`). Only the order changes: the sets are the ones
`gates.keys_of` reads from the pattern, and the engine finds the same signals whichever set leads."""

from __future__ import annotations

import json

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import build, engine
from vraaghulp.coach.crisis.files import path
from vraaghulp.coach.crisis.gates import keys_of

COUNTS = {"ik": 900, "ikke": 5, "wil": 300, "wilde": 40, "pillen": 2, "touw": 0, "de": 950}

TEXTS = [
    "ik wil niet meer leven, ik heb de pillen al gespaard",
    "Ik heb een touw gekocht voor de schommel in de tuin van mijn zus.",
    "k wil dood, echt waar, niemand mist me",
    "ge gaat mij niet lang meer moeten verdragen, ik heb alles geregeld",
    "we gaan morgen naar oma, ze wordt negentig! neem jij de taart mee?",
    "mijn vriendin zegt dat ze van de brug wil springen, wat moet ik doen",
    "Dinsdag moest ik met de kat naar de dierenarts; ze heeft de hele rit zitten miauwen.",
    "ik ben zo moe van alles, ik wil gewoon slapen en nooit meer wakker worden",
    "ik heb mijn testament bij de notaris laten zetten, verder gaat alles goed hier",
    "haha ik ga dood van het lachen om die video, stuur je hem nog door?",
]


def test_the_set_ordinary_text_holds_least_often_leads():
    rare = build.Rarity(COUNTS)
    assert rare.of("ik") == 905 and rare.of("wil") == 340 and rare.of("pil") == 2 and rare.of("zelfmoord") == 0
    assert rare.ordered([["ik"], ["wil", "wou"], ["pillen"]]) == [["pillen"], ["wil", "wou"], ["ik"]]
    # a word no ordinary text holds (count 0) beats a counted one, however short
    assert rare.ordered([["pillen"], ["mes"]]) == [["mes"], ["pillen"]]


def test_the_order_does_not_depend_on_the_order_the_sets_came_in():
    rare = build.Rarity(COUNTS)
    sets = [["touw"], ["zelfmoord"], ["ik", "de"], ["wil"], ["mes", "strop"]]
    first = rare.ordered(sets)
    assert rare.ordered(list(reversed(sets))) == first
    assert first[:3] == [["zelfmoord"], ["touw"], ["mes", "strop"]]  # all three count 0: longest weakest word first


def test_without_counts_the_sets_keep_their_order():
    sets = [["ik"], ["pillen"]]
    assert build.Rarity({}).ordered(sets) == sets
    assert build.Rarity(COUNTS).ordered(None) is None and build.Rarity(COUNTS).ordered([]) == []


def test_the_stored_rules_lead_by_the_rarest_set_and_keep_the_sets_of_the_pattern():
    with open(path(build.COUNTS_FILE), encoding="utf-8") as handle:
        counts = json.load(handle)["woorden"]
    assert counts and all(isinstance(n, int) and n >= 10 for n in counts.values())
    rare = build.Rarity(counts)
    rules = crisis.compiled_rules()
    checked = 0
    for i in range(0, len(rules.entries), 5):
        sets = rules.key_sets(i)
        if not sets:
            continue
        total = [sum(map(rare.of, keys)) for keys in sets]
        assert total == sorted(total), rules.entries[i].written
        assert set(sets) == set(keys_of(rules.entries[i].source)), rules.entries[i].written
        assert all(i in rules.led_by(key) for key in sets[0])
        checked += 1
    assert checked > 200


@pytest.mark.parametrize("text", TEXTS)
def test_the_signals_are_the_same_whichever_set_leads(text, monkeypatch):
    rules = crisis.compiled_rules()
    reading = rules.normaliser.readings(text)[0]
    expected = engine.scan(rules, reading)
    count = len(rules.entries)
    turned = {i: tuple(reversed(rules.key_sets(i))) for i in range(count)}
    leads: dict[str, list[int]] = {}
    for i, sets in turned.items():
        for key in sets[0] if sets else ():
            leads.setdefault(key, []).append(i)
    monkeypatch.setattr(rules, "_sets", turned)
    monkeypatch.setattr(rules, "led_by", lambda key: tuple(leads.get(key, ())))
    assert engine.scan(rules, reading) == expected
