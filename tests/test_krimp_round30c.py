"""Round 30 (k30c): a negated sentence dropped after the ask no longer withholds `zeker` on its own (neg_after.py).

The writer's reason or burden talk after the ask ('Ik heb er zelf geen.', ''k Wil u nie lastigvallen he.') goes and
the result is sure; a negation before the ask, a limit in time ('Eerder ben ik niet thuis.', '… niet voor zessen'), a
'nog niet' and an 'alleen' keep the first-sight doubt (`weg-ontkend`)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import first_sight, neg_after, shrink
from vraaghulp.coach.krimp.engine import analyse
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


# --- 1. A reason or burden talk with a negation after the ask: sure -------------------------------------------------

@pytest.mark.parametrize("draft, expected", [
    ("Hoi Gert, mag ik je boormachine lenen voor het weekend? Ik heb er zelf geen.",
     "Gert, mag ik je boormachine lenen voor het weekend?"),
    ("Tante Mie, zoudt ge woensdag mee naar de dokter kunnen gaan? 'k Wil u nie lastigvallen he.",
     "Tante Mie, kunt ge woensdag mee naar de dokter gaan?"),
    ("Lisa kun je morgen de kids ophalen? ik krijg geen vrij van mijn baas", "Lisa, kun je morgen de kids ophalen?"),
    ("Wout, kunt ge zaterdag mijn gras afrijden? Mijn rug laat da nie toe.", "Wout, kunt ge zaterdag mijn gras afrijden?"),
    ("Kun jij morgen de container aan de weg zetten? Ik ben er zelf niet.",
     "Kun jij morgen de container aan de weg zetten?"),
    ("Hey Noor, wil je zondag mijn vissen voeren? Ik wil je echt niet lastigvallen hoor.",
     "Noor, wil je zondag mijn vissen voeren?"),
    ("Ma, kunt gij woensdag de kleine halen? 'k Geraak nie weg van 't werk.", "Ma, kunt gij woensdag de kleine halen?"),
])
def test_a_negated_reason_after_the_ask_goes_and_the_result_is_sure(draft, expected):
    result = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert result.sentence == expected and result.sure or result.sentence.startswith(expected) and beside_stays(draft, result)


def test_without_the_lift_the_same_drafts_were_withheld(monkeypatch):
    monkeypatch.setattr(neg_after, "lifted", lambda codes, out, sentence: codes)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it: the Gert draft now keeps it, sure; the chat statement of Lisa is not sure either way
    assert not shrink("Lisa kun je morgen de kids ophalen? ik krijg geen vrij van mijn baas").sure


# --- 2. Look-alikes: the negation carries meaning, the doubt stays ---------------------------------------------------

@pytest.mark.parametrize("draft", [
    "Kun je vrijdag de sleutel komen halen? Eerder ben ik niet thuis.",  # a limit in time
    "Wil je de sleutel onder de mat leggen? Ik ben er niet voor zessen.",
    "Kunt ge mij vrijdag naar de dokter brengen? Ik mag nog niet rijden.",  # 'nog niet': it still has to change
    "Opa, kun jij Noor zaterdag naar de training brengen? Ze mag nog niet alleen fietsen.",
    "De lift doet het niet. Kun jij de boodschappen naar boven brengen?",  # before the ask: what the ask rests on
    "Beste meneer Smit, mijn verwarming doet het al drie dagen niet. Kunt u vandaag een monteur sturen?",
])
def test_a_negation_that_carries_meaning_is_never_dropped_while_sure(draft):
    result = shrink(draft)
    kept = any(w in result.sentence for w in ("niet", "nie"))
    assert kept or not result.sure


def test_the_lift_reads_where_the_negated_clause_stands():
    after = analyse("Kun je zaterdag mijn planten water geven? Ik heb geen buren die het kunnen doen.")
    sentence = "Kun je zaterdag mijn planten water geven?"
    assert "weg-ontkend" in first_sight.dropped_kinds(after.analysis, sentence)
    assert neg_after.lifted(["weg-ontkend"], after, sentence) == []
    before = analyse("Ik heb geen auto meer sinds vorige week. Kun je me zaterdag naar de markt brengen?")
    sentence = "Kun je me zaterdag naar de markt brengen?"
    assert "weg-ontkend" in first_sight.dropped_kinds(before.analysis, sentence)
    assert neg_after.lifted(["weg-ontkend"], before, sentence) == ["weg-ontkend"]


def test_only_the_one_code_is_lifted_and_a_crisis_result_is_left_alone():
    out = analyse("Kun je zaterdag mijn planten water geven? Ik heb geen buren die het kunnen doen.")
    sentence = "Kun je zaterdag mijn planten water geven?"
    assert neg_after.lifted(["weg-ontkend", "weg-woord"], out, sentence) == ["weg-woord"]
    assert neg_after.lifted(["even-vulsel"], out, sentence) == ["even-vulsel"]

    class Crisis:
        crisis = True
        analysis = out.analysis

    assert neg_after.lifted(["weg-ontkend"], Crisis(), sentence) == ["weg-ontkend"]


def test_the_time_words_keep_the_doubt():
    out = analyse("Kun je vrijdag de sleutel komen halen? Eerder ben ik niet thuis.")
    gone = neg_after.negated_gone(out.analysis, "Kun je vrijdag de sleutel komen halen?")
    assert gone and all(where == 1 for where, _words in gone)
    assert neg_after.lifted(["weg-ontkend"], out, "Kun je vrijdag de sleutel komen halen?") == ["weg-ontkend"]
