"""Round 17, k17e: findings name every part that goes and never invent a second request;
'terugbellen' stays one word; a typed 'mijn moeder' is no vocative; no moment question in
practice right after the crisis panel (tuning17-k17e.toml holds the corpus drafts)."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest

from vraaghulp.coach.krimp import KINDS, explain, label, shrink
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


def kinds(result):
    return [f.kind for f in result.findings]


@pytest.mark.parametrize("draft, gone", [
    ("Lieve mam, sorry dat ik weer iets vraag. Zou jij woensdag Noor uit school kunnen ophalen? Ik werk tot zes uur.",
     "Ik werk tot zes uur"),
    ("Kunt ge morgen de kinderen halen? Ik moet overwerken.", "Ik moet overwerken"),
    ("Hoi Bas, zou je zaterdag mijn planten water kunnen geven? Ik ben dan in Gent.", "Ik ben dan in Gent"),
])
def test_a_reason_that_goes_is_named(draft, gone):
    result = shrink(draft)
    assert gone.lower() not in result.sentence.lower()
    assert any(f.kind == "achtergrond" and f.text == gone for f in result.findings)
    assert "goed" not in kinds(result)  # never 'Mooi zo … Zo kun je hem sturen' while a part went


def test_the_new_kind_has_a_label_and_kind_words():
    assert "achtergrond" in KINDS
    assert label("achtergrond") == "Achtergrond"
    assert explain("achtergrond") != explain("achtergrond", 2)


@pytest.mark.parametrize("draft", [
    "Hoi team, zou iemand de testrapportage van mij kunnen overnemen? Dan kan ik me op de oplevering richten.",
    "Kun je morgen de kinderen halen? Dan kan ik langer doorwerken.",
    "Wil jij vanavond koken? Dan kan ik de was nog doen.",
])
def test_a_statement_of_what_follows_is_no_second_request(draft):
    result = shrink(draft)
    assert "meer-vragen" not in kinds(result)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert any(f.kind == "achtergrond" and f.text.startswith("Dan kan ik") for f in result.findings) or beside_kept(draft, result)


def test_a_real_second_question_still_comes_back():
    result = shrink("Kun je morgen de kinderen halen? En kan ik zaterdag je auto lenen?")
    assert result.second == "Kan ik zaterdag je auto lenen?"


@pytest.mark.parametrize("draft, text", [
    ("Sorry dat ik stoor, kun je morgen de kat voeren?", "Sorry dat ik stoor"),
    ("Geachte heer Bakker, excuses dat ik u hiermee lastigval. Mag ik volgende week een dag thuiswerken?",
     "excuses dat ik u hiermee lastigval"),
])
def test_one_wrapper_is_one_finding(draft, text):
    result = shrink(draft)
    named = [f for f in result.findings if f.text and f.kind not in ("groet",)]
    assert [f.text for f in named] == [text]


@pytest.mark.parametrize("draft", [
    "Lieve oma, mag ik in de herfstvakantie een paar dagen bij jullie logeren?",
    "Zou de dokter me terug kunnen bellen over de uitslag? Ik ben na 14.00 uur bereikbaar.",
])
def test_no_missing_moment_when_the_draft_has_one(draft):
    result = shrink(draft)
    assert "geen-moment" not in kinds(result) and "wanneer" not in result.missing


@pytest.mark.parametrize("draft, expected", [
    ("Zou je me morgen terug kunnen bellen?", "Kun je me morgen terugbellen?"),
    ("Zou u mij vrijdag terug kunnen bellen?", "Kunt u mij vrijdag terugbellen?"),
    ("Zou je het boek vrijdag terug kunnen brengen?", "Kun je het boek vrijdag terugbrengen?"),
])
def test_terug_joins_its_verb(draft, expected):
    assert shrink(draft).sentence == expected


def test_terug_written_apart_by_the_writer_stays_apart():
    result = shrink("zou jij zondag de grasmaaier kunnen terug brengen")
    assert "terug brengen" in result.sentence


def test_a_typed_mother_is_no_vocative():
    result = shrink("ik heb nodig dat jij zondag de kinderen een middag neemt. ik zit vol.", person="mijn moeder")
    assert not result.sentence.startswith("Moeder")
    assert shrink("mag ik zaterdag komen eten?", person="mijn oma").sentence.startswith("Oma, ")


def test_practice_asks_no_moment_right_after_the_crisis_panel(data_home):
    from vraaghulp.flows.oefen import OefenContext, run_oefen
    from vraaghulp.guides.ladder import load_ladder
    from vraaghulp.prompter import ScriptedPrompter
    from vraaghulp.render import make_console
    from vraaghulp.store import Journal

    answers = [None, "eigen", "Sanne", "ik wil niet meer leven, kun je komen?", True, False, None, 5, 60]
    prompter = ScriptedPrompter(answers)
    ctx = OefenContext(prompter=prompter, console=make_console(file=io.StringIO(), width=100), journal=Journal(),
                       ladder=load_ladder(), now=lambda: datetime(2026, 11, 20, 19, 0, tzinfo=timezone.utc), partner=None)
    ask = run_oefen(ctx)
    assert not any("Wanneer" in question for _kind, question in prompter.asked)
    assert "nu" in ask.text.split() or "nu?" in ask.text
