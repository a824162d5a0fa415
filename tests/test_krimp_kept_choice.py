"""tools/krimp_kept_choice.py (round 25, k25w): which sentence stays beside the ask, the engine's choice and the golds'.

No choice rule is shipped (tests/corpus/krimp/README.md "Round 25 (k25w)": in both directions the golds keep the honest
sentence over a fact beside it far more often than the other way round). These tests pin the tool's pieces and that the
shipped engine still keeps the feeling, not the fact before it.
"""

from __future__ import annotations

import pytest

from tests.helpers import load_tool


@pytest.fixture(scope="module")
def tool():
    return load_tool("krimp_kept_choice")


@pytest.mark.parametrize("text, roles, kind", [
    ("Ik maak me grote zorgen", ["staat"], "gevoel"),
    ("'k Voel mij zo alleen", ["staat"], "gevoel"),
    ("ik ben bang want ik ben net geopereerd", ["staat"], "staat"),  # near miss: the body, not only a feeling
    ("ik ben sinds 3 weken bang", ["staat"], "staat"),  # near miss: a number makes it a fact about the writer
    ("ik lig met de griep in bed", ["staat"], "staat"),
    ("De lift is kapot tot donderdag", ["tekst"], "feit"),
    ("Zij is bang voor honden", ["tekst"], "feit"),  # near miss: a feeling word, but no honest clause
])
def test_kind(tool, text, roles, kind):
    assert tool.kind(text, roles) == kind


@pytest.mark.parametrize("first, second, out", [
    ([True, False], [False, False], "eerlijk"),
    ([False], [True], "feit"),
    ([True, False], [False, True], "beide"),  # split over the golds counts as both
    ([True], [True], "beide"),
    ([False, False], [False, False], "geen"),
])
def test_label(tool, first, second, out):
    assert tool.label(first, second, ("eerlijk", "feit")) == out


def test_shipped_engine_keeps_the_feeling_not_the_fact(tool):
    row = tool.row_of(dict(id="t", concept="Hoi Sanne. De lift in de Lindeflat is kapot tot donderdag. Ik maak me grote "
                                           "zorgen. Kun jij morgen mijn boodschappen naar boven brengen?",
                           goud=["De lift in de Lindeflat is kapot tot donderdag. Kun jij morgen mijn boodschappen naar "
                                 "boven brengen?"]), "eigen")
    kinds = {s["sent"]: s["kind"] for s in row["sents"]}
    assert [kinds[k] for k in row["kept"]] == ["gevoel"]
    assert [kinds[k] for g in row["gold_kept"] for k in g] == ["feit"]
    key, _row, theirs = tool.chosen_otherwise([row])[0]
    assert key == ("rest", "gevoel", "feit", "niet") and "lift" in theirs["text"]
    trial = tool.swapped(row)  # the fact with a name swapped in for the feeling (text only)
    assert "De lift in de Lindeflat is kapot tot donderdag." in trial and "zorgen" not in trial


def test_two_clauses_and_their_joiner(tool):
    for joined, joiner in ((" en ik", "en"), (", ik", ",")):
        row = tool.row_of(dict(id="t", concept=f"Dag Wim, ik ben gisteren van mijn fiets gevallen{joined} voel me er "
                                               "nog beroerd door. Kun jij zaterdag de hond uitlaten?",
                               goud=["Wim, kun jij zaterdag de hond uitlaten?"]), "eigen")
        (clause,) = row["clauses"]
        assert (clause["shape"], clause["join"], clause["engine"], clause["golds"]) == ("tekst+staat", joiner, "2e", "geen")
        assert "gevallen" in tool.whole_sentence(row, clause)


def test_no_swap_without_a_named_fact(tool):
    row = tool.row_of(dict(id="t", concept="Hoi Sanne. De lift is kapot. Ik maak me grote zorgen. Kun jij morgen mijn "
                                           "boodschappen naar boven brengen?", goud=["Kun jij morgen mijn boodschappen "
                                                                                     "naar boven brengen?"]), "eigen")
    assert tool.swapped(row) is None  # near miss: no number or name in the fact


def test_a_fact_that_carries_the_request(tool):
    row = tool.row_of(dict(id="t", concept="Hoi Noor. Gisteren kwam er een brief van de gemeente. Ik maak me zorgen. "
                                           "Kun jij morgen die brief samen met mij doorlezen?", goud=[]), "eigen")
    assert {s["text"].split()[0]: s["carries"] for s in row["sents"]} == {"Gisteren": True, "Ik": False}
    row = tool.row_of(dict(id="t", concept="Hoi Noor. Gisteren was het feest op school. Ik maak me zorgen. "
                                           "Kun jij morgen die brief samen met mij doorlezen?", goud=[]), "eigen")
    assert not any(s["carries"] for s in row["sents"])  # near miss: a fact beside the ask that shares no word with it
