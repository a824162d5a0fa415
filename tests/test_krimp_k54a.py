"""Round 54 (k54a): the two wrong-and-sure shapes of round 53's sealed sets, mended as general shapes.

Own drafts first (tests/corpus/krimp/tuning54-k54a.toml and below):
- 'een keer' in an ask that names no moment ('mag ik een keer meekijken als …'): the only time the ask has; the
  outside golds keep it more often than they drop it. A sure result that dropped it is not sure (some_time.lost); the
  put-back in the not-sure offer (some_time.kept) is shipped off (round 8's promise) and tested switched on. Beside a
  moment, or at the end of a stack of hedges, it still goes.
- how long the trouble has lasted, said right after the ask ('het druppelt al drie weken.'), dropped: not sure
  (lasting_after.py).
Harmless twins: 'nog een keer', 'een keer per week', 'een keer' beside a moment (typed, or given in the practice
flow), a stack of hedges, a lower-case way out, apology or burden talk after the ask: unchanged, sure.
Each mended case fails with its rule off.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import compose, lasting_after, shrink, some_time

ONCE = [
    ("gert ik durf t bijna niet te vragen want je bent altijd zo druk maar mag ik een keer meekijken als je een "
     "distributieriem vervangt", "Gert, mag ik een keer meekijken als je een distributieriem vervangt?"),
    ("Hoi Lotte, sorry dat ik stoor. Mag ik een keer bij je meekijken als je de kas ontsmet?",
     "Lotte, mag ik een keer bij je meekijken als je de kas ontsmet?"),
    ("hey mam kan je een keer laten zien hoe je die linzensoep maakt",
     "Mam, kan je een keer laten zien hoe je die linzensoep maakt?"),
    ("ik wil je niet lastigvallen maar kan je een keer naar mijn versnellingen kijken",
     "Kan je een keer naar mijn versnellingen kijken?"),
]


@pytest.mark.parametrize("draft,offer", ONCE)
def test_een_keer_dropped_without_a_moment_is_not_sure(draft, offer):
    r = shrink(draft)
    assert r.sentence == offer.replace("een keer ", "")  # shipped: the offer as before, `zeker` withheld
    assert not r.sure and some_time.CODE in r.withheld
    assert any(f.kind == "vaag" and "keer" in f.text for f in r.findings)


@pytest.mark.parametrize("draft,offer", ONCE)
def test_with_the_put_back_on_the_offer_keeps_een_keer(draft, offer, monkeypatch):
    monkeypatch.setattr(some_time, "PUT_BACK", True)
    r = shrink(draft)
    assert r.sentence == offer
    assert not r.sure and some_time.CODE in r.withheld
    assert not any(f.kind == "vaag" and "keer" in f.text for f in r.findings)  # not named as gone any more


@pytest.mark.parametrize("draft,offer", ONCE)
def test_without_the_rule_een_keer_went_while_sure(draft, offer, monkeypatch):
    monkeypatch.setattr(some_time, "ACTIVE", False)
    r = shrink(draft)
    assert r.sure and "keer" not in r.sentence


def test_the_struck_spans_no_longer_hold_een_keer(monkeypatch):
    monkeypatch.setattr(some_time, "PUT_BACK", True)
    draft = "Hoi Lotte, sorry dat ik stoor. Mag ik een keer bij je meekijken als je de kas ontsmet?"
    r = shrink(draft)
    at = draft.index("een keer")
    assert all(b <= at or a >= at + len("een keer") for a, b in r.dropped)
    assert any(draft[a:b].startswith("sorry") for a, b in r.dropped)


def test_h53a_033_in_the_practice_flow_is_not_sure(monkeypatch):
    draft = ("gert ik durf t bijna niet te vragen want je bent altijd zo druk maar mag ik een keer meekijken als je een "
             "distributieriem vervangt")
    r = shrink(draft, person="mijn leermeester Gert")
    assert r.sentence == "Gert, mag ik meekijken als je een distributieriem vervangt?" and not r.sure
    monkeypatch.setattr(some_time, "PUT_BACK", True)
    assert "een keer meekijken" in shrink(draft, person="mijn leermeester Gert").sentence
    assert "een keer meekijken" in compose("mijn leermeester Gert", draft, None)


@pytest.mark.parametrize("draft,person,moment,result", [
    ("Ome Henk, mag ik zaterdag een keer meekijken in de werkplaats?", None, None,
     "Ome Henk, mag ik zaterdag meekijken in de werkplaats?"),
    ("mag ik een keer meekijken als je de meterkast vervangt", "mijn leermeester Dirk", "donderdag",
     "Dirk, mag ik donderdag meekijken als je de meterkast vervangt?"),
    ("zou je misschien eventueel een keer een brood voor me kunnen meenemen?", None, None,
     "Kun je een brood voor me meenemen?"),  # a stack of hedges goes whole (test_krimp's first promise)
    ("kun je nog een keer naar mijn sollicitatiebrief kijken", None, None,
     "Kun je nog een keer naar mijn sollicitatiebrief kijken?"),
    ("Kees, kun jij een keer per week bij oma langsgaan?", None, None,
     "Kees, kun jij een keer per week bij oma langsgaan?"),
])
def test_twins_een_keer_beside_a_moment_or_meant_as_a_count_stay_as_they_were(draft, person, moment, result, monkeypatch):
    monkeypatch.setattr(some_time, "PUT_BACK", True)
    r = shrink(draft, person=person, moment=moment)
    assert r.sentence == result and r.sure


LASTING = [
    ("goeiedag meneer, zoudt u eventueel de lekkende kraan in de badkamer kunnen laten maken? het druppelt al drie "
     "weken. sorry voor het gezaag.", "drie weken"),
    ("dag mevrouw, zou u eventueel iemand kunnen sturen voor de verwarming? ze valt al vijf dagen uit. excuseer dat ik "
     "weer stoor.", "vijf dagen"),
    ("hallo tom, kunde gij vrijdag de ladder terugbrengen? de goot loopt al twee weken over. merci he", "twee weken"),
]


@pytest.mark.parametrize("draft,span", LASTING)
def test_how_long_it_has_lasted_dropped_after_the_ask_is_not_sure(draft, span):
    r = shrink(draft)
    assert span not in r.sentence  # not put back: only `zeker` is withheld
    assert not r.sure and lasting_after.CODE in r.withheld


@pytest.mark.parametrize("draft,span", LASTING)
def test_without_the_rule_the_duration_went_while_sure(draft, span, monkeypatch):
    monkeypatch.setattr(lasting_after, "ACTIVE", False)
    r = shrink(draft)
    assert r.sure and span not in r.sentence


def test_p53_035_in_the_practice_flow_is_not_sure():
    draft = ("goeiedag meneer, zoudt u eventueel de lekkende kraan in de badkamer kunnen laten maken? het druppelt al "
             "drie weken. sorry voor het gezaag.")
    r = shrink(draft, person="mijn huisbaas meneer Goossens")
    assert "lekkende kraan in de badkamer laten maken" in r.sentence and not r.sure


@pytest.mark.parametrize("draft,result", [
    ("hoi ruben, kun je zaterdag helpen met de verhuisdozen? als het niet lukt is het ook goed. groetjes",
     "Ruben, kun je zaterdag helpen met de verhuisdozen?"),
    ("dag lies, kunt ge morgen mijn pakje aannemen? sorry voor de moeite. merci!", "Lies, kunt ge morgen mijn pakje aannemen?"),
    ("he bas, kun je vanavond mijn band plakken? ik weet dat je moe bent. bedankt man", "Bas, kun je vanavond mijn band plakken?"),
])
def test_twins_a_lower_case_way_out_apology_or_burden_after_the_ask_still_go_sure(draft, result):
    r = shrink(draft)
    assert r.sentence == result and r.sure
