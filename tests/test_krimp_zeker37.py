"""Why a krimp result is or is not `zeker` (round 37, k37b): ``Shrunk.withheld`` names every check that withheld it,
internally (never shown, not part of equality or the repr), and tools/krimp_zeker.py switches a check off to see what
the result would be. Real engine calls on drafts in our own words."""

from __future__ import annotations

import dataclasses
import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from vraaghulp.coach.krimp import shrink

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

shrink_mod = importlib.import_module("vraaghulp.coach.krimp.shrink")

SURE = "Hoi Lotte, sorry dat ik stoor! Kun je zaterdag mijn planten water geven?"
STATE_GONE = ("Hoi Lotte, ik lig al drie dagen ziek in bed en ik zie het niet meer zitten met al dat werk. "
              "Kun je morgen boodschappen voor me doen?")
WHOLE = ("Hee Mo, kun jij vrijdag de kinderen ophalen van school? Ik kom niet op tijd want ik heb een afspraak bij de "
         "tandarts om 3 uur en daarna moet ik nog naar de apotheek voor mijn moeder haar medicijnen.")


def test_a_sure_result_names_no_check():
    result = shrink(SURE)
    assert result.sure
    assert result.withheld == ()


def test_a_dropped_state_names_the_first_sight_shape():
    result = shrink(STATE_GONE)
    assert not result.sure
    assert "weg-staat" in result.withheld  # a clause of the writer's state went (first_sight.py)


def test_the_whole_result_model_is_named():
    result = shrink(WHOLE)
    assert not result.sure
    assert result.withheld == ("geheel-twijfel",)


def test_withheld_is_internal():
    result = shrink(STATE_GONE)
    assert "withheld" not in repr(result)
    assert result == dataclasses.replace(result, withheld=())  # not part of the equality
    assert dataclasses.replace(result, withheld=()).sentence == result.sentence


def test_the_json_payload_does_not_show_it():
    from vraaghulp.render.krimp import json_payload

    payload = json_payload(shrink(STATE_GONE))
    assert "withheld" not in str(payload) and "weg-staat" not in str(payload)


@pytest.mark.parametrize("sure, stable, turned, code", [
    (True, False, None, "onstabiel"),
    (True, True, SimpleNamespace(sure=False), "omgezet-twijfel"),
    (False, False, None, None),  # the rules' own problems already say why
    (True, True, None, None),
])
def test_the_rules_verdict_is_named(sure, stable, turned, code):
    out = SimpleNamespace(sure=sure, problems=[])
    assert shrink_mod._rules_sure(out, stable, turned) == (sure and stable and (turned is None or turned.sure))
    assert out.problems == ([code] if code else [])


def test_switching_a_check_off_makes_the_result_sure_and_is_undone():
    from krimp_zeker_lift import lifted

    with lifted("weg-staat"):
        assert shrink(STATE_GONE).sure
    with lifted("geheel-twijfel"):
        inside = shrink(WHOLE)  # the result takes the sure path and meets the later checks: a fact beside the ask went
    assert not inside.sure and inside.withheld == ("weg-naast",)
    assert shrink(WHOLE).withheld == ("geheel-twijfel",) and "weg-staat" in shrink(STATE_GONE).withheld  # as it was


def test_the_tool_judges_with_the_eval():
    from krimp_zeker import row

    case = {"id": "t-1", "concept": SURE, "goud": ["Lotte, kun je zaterdag mijn planten water geven?"],
            "houden": ["Lotte", "zaterdag", "planten"], "weg": ["sorry"]}
    got = row(case, "eigen", shrink(SURE))
    assert got["sure"] and got["ok"] and not got["wrong"] and got["withheld"] == []
    lost = row({**case, "houden": ["Lotte", "balkon"]}, "eigen", shrink(SURE))
    assert lost["lost"] and lost["wrong"] and not lost["ok"]


def test_the_shape_of_a_lost_item():
    from krimp_zeker_shape import caught_by, dropped_shapes

    case = {"concept": "Kun je me morgen om 8 uur ophalen bij het station? Mijn fiets is gestolen.",
            "houden": ["morgen om 8 uur", "fiets is gestolen"]}
    shapes = dropped_shapes(case, "Kun je me morgen om 8 uur ophalen bij het station?")
    assert shapes == ["'fiets is gestolen' na de vraag: eigen-staat"]
    assert caught_by({"lost": True, "fout": False, "reasons": []}, shapes) == "weg-eigen-staat"
