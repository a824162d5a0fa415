"""tools/krimp_fail_tally.py (round 25, k25s): why outside results are not acceptable, and what a lost
must-keep item is and where it sat. Drafts here are our own."""

from __future__ import annotations

import pytest

from tests.helpers import load_tool


@pytest.fixture(scope="module")
def tool():
    return load_tool("krimp_fail_tally")


def _case(draft: str, keep: list[str], gold: str) -> dict:
    return {"id": "x", "concept": draft, "houden": keep, "weg": [], "goud": [gold]}


def test_a_fact_sentence_before_the_ask(tool):
    case = _case("Hoi Sanne, de lift is weer kapot. Kun jij morgen mijn boodschappen naar boven brengen?",
                 ["lift is weer kapot"], "Sanne, de lift is weer kapot. Kun jij morgen mijn boodschappen naar boven brengen?")
    lost = tool.lost_items(case, "Sanne, kun jij morgen mijn boodschappen naar boven brengen?")
    assert [(k["soort"], k["plek"]) for k in lost] == [("feit", "zin-ervoor")]


def test_a_time_after_the_ask_and_nothing_lost(tool):
    draft = "Kun je morgen mijn pakje aannemen? Het komt tussen 10 en 14 uur."
    case = _case(draft, ["10 en 14 uur"], "Kun je morgen tussen 10 en 14 uur mijn pakje aannemen?")
    lost = tool.lost_items(case, "Kun je morgen mijn pakje aannemen?")
    assert [(k["soort"], k["plek"]) for k in lost] == [("getal", "zin-erna")]
    assert tool.lost_items(case, "Kun je morgen tussen 10 en 14 uur mijn pakje aannemen?") == []


@pytest.mark.parametrize("item, clause, kinds", [
    ("de bus rijdt niet", "want de bus rijdt niet", ["reden", "ontkenning"]),
    ("als het regent", "als het regent", ["voorwaarde"]),
    ("zaterdag", "Zaterdag verhuist Lotte", ["tijd"]),
    ("Lotte", "Zaterdag verhuist Lotte", ["naam"]),
    ("op", "ik ben echt op", ["staat"]),
])
def test_item_kinds(tool, item, clause, kinds):
    words = clause.lower().split()
    assert tool.item_kinds(item, clause, words) == kinds


def test_main_reason_order(tool):
    assert tool.main_reason(["nog 'efkes'", "mist 'x'"]) == "houden-kwijt"
    assert tool.main_reason(["nog 'efkes'", "fout-patroon"]) == "fout-patroon"
    assert tool.main_reason(["gelijkenis 0.70"]) == "alleen-gelijkenis"


def test_closeness_says_longer_or_shorter(tool):
    case = _case("x", [], "Kun je morgen mijn pakje aannemen?")
    long = tool.closeness(case, "Kun je morgen mijn pakje aannemen? Ik ben de hele dag op mijn werk.")
    assert long["vorm"] == "te-lang"
    short = tool.closeness(_case("x", [], "Mijn fiets is kapot en de bus rijdt niet. Kun je me brengen?"), "Kun je me brengen?")
    assert short["vorm"] == "te-kort"
