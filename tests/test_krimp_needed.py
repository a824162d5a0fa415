"""needed.py: the fitted model that weighs a clause krimp drops as a whole, and its fitting script."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.krimp import needed, shrink
from vraaghulp.coach.krimp.checks import text_words
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
PHONE = "Kun je morgen de lekkende kraan in de keuken maken? Ik ben bereikbaar op 06-23456789. Want ik werk tot vijf uur."


def _weighed(draft: str) -> dict[str, tuple[dict, float]]:
    """The dropped clauses of the draft's first analysis: their text -> (features, score)."""
    needed.RECORD = []
    try:
        shrink(draft)
        entry = max(needed.RECORD, key=lambda e: len(e["tekst"]))
    finally:
        needed.RECORD = None
    return {entry["tekst"][a:b]: (f, needed.probability(f)) for f, a, b in entry["rijen"]}


@pytest.fixture
def model(rules_only):
    """Set a model for one test; the stored one comes back after it. The model of the whole
    result (whole.py) is off meanwhile (rules_only): it reads needed.py's scores too."""
    yield needed.use
    needed.use(None)


def test_the_features_of_a_clause_say_what_it_holds_and_where_it_stands():
    rows = _weighed(PHONE)
    phone, _p = rows["Ik ben bereikbaar op 06-23456789"]
    assert {"identificatie", "ik", "koppel", "pos_zin_erna", "naast_vraag", "klasse_getal"} <= phone.keys()
    assert "verleden" not in phone and "reden_begin" not in phone
    reason, _p = rows["Want ik werk tot vijf uur"]
    assert reason.get("reden_begin") and "pos_ver_erna" in reason and "naast_vraag" not in reason


def test_the_stored_model_weighs_a_phone_number_above_a_reason():
    rows = _weighed(PHONE)
    assert rows["Ik ben bereikbaar op 06-23456789"][1] > 2 * rows["Want ik werk tot vijf uur"][1]


def test_the_stored_model_says_how_it_was_fitted():
    text = (ROOT / "content" / "nl" / "krimp_zinnen.toml").read_text(encoding="utf-8")
    assert "tools/krimp_zinnen_fit.py" in text.splitlines()[1]
    data = tomllib.loads(text)
    assert data["gewichten"] and 0 < data["twijfel"] <= 2 and 0 < data["houden"] <= 2


def test_a_clause_scored_as_needed_is_kept_as_a_sentence_of_its_own(model):
    model({"intercept": -4.0, "houden": 0.5, "twijfel": 0.3, "gewichten": {"identificatie": 8.0}})
    draft = "Hoi Sam, sorry dat ik stoor. Kun je morgen de kraan maken? ik ben gewoon bereikbaar op 06-23456789 hoor. Groetjes, Ans"
    out = shrink(draft)
    assert out.sentence == "Sam, kun je morgen de kraan maken? Ik ben bereikbaar op 06-23456789."
    assert set(text_words(out.sentence)) <= set(text_words(draft))
    same = shrink("Kun je me bellen, ik ben bereikbaar op 06-23456789")  # one sentence in the draft: two in the result
    assert same.sentence == "Kun je me bellen? Ik ben bereikbaar op 06-23456789."


def test_a_clause_that_may_be_needed_makes_the_result_not_sure(model):
    draft = "Kun je morgen de kraan maken? Het kenteken is KX-402-P."
    model({"intercept": -4.0, "houden": 2.0, "twijfel": 2.0, "gewichten": {"identificatie": 8.0}})
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert shrink(draft).sure and "KX" in shrink(draft).sentence
    model({"intercept": -4.0, "houden": 2.0, "twijfel": 0.5, "gewichten": {"identificatie": 8.0}})
    assert not shrink(draft).sure


def test_a_piece_without_a_verb_is_never_kept_only_doubted(model):
    model({"intercept": 5.0, "houden": 0.5, "twijfel": 0.5, "gewichten": {}})  # every clause scores high
    out = shrink("Kun je morgen boodschappen doen? Melk van de boer. Ik ben om 8 uur thuis.")
    assert out.sentence == "Kun je morgen boodschappen doen? Ik ben om 8 uur thuis." and not out.sure


def test_the_fitting_script_runs_on_a_tiny_corpus(tmp_path, capsys):
    sys.path.insert(0, str(ROOT / "tools"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import krimp_zinnen_fit as fitting

    case = ('[[case]]\nid = "{i}"\nconcept = "{draft}"\ngoud = ["{gold}"]\nhouden = [{keep}]\n')
    drafts = [
        # three sentences: a clean ask with one tidy statement keeps it without the model (fact_beside.py, round 37)
        ("Kun je morgen de kraan maken? Mijn nummer is 06-1234567. Groetjes.",
         "Kun je morgen de kraan maken? Mijn nummer is 06-1234567.", '"06-1234567"'),
        ("Kun je zaterdag helpen verhuizen? Want ik heb het druk gehad.", "Kun je zaterdag helpen verhuizen?", '"zaterdag"'),
        ("Wil je de hond uitlaten? Ik ben tot 8 uur weg. Hij mag niet los.", "Wil je de hond uitlaten? Hij mag niet los.", '"niet los"'),
    ]
    for k, (draft, gold, keep) in enumerate(drafts):
        (tmp_path / f"tuning-{k}.toml").write_text(case.format(i=k, draft=draft, gold=gold, keep=keep), encoding="utf-8")
    (tmp_path / "heldout-x.toml").write_text(case.format(i="x", draft="Kun je?", gold="Kun je?", keep=""), encoding="utf-8")
    target = tmp_path / "model.toml"
    try:
        assert fitting.main(["--map", str(tmp_path), "--schrijf", "--uit", str(target), "--regels", "aan"]) == 0
    finally:
        needed.use(None)
    out = capsys.readouterr().out
    assert "uit 3 concepten" in out and "gekozen:" in out and "heldout" not in out
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    assert data["gewichten"].get("identificatie", 0) > 0  # the needed clause held a phone number
