"""Round 56 (c56a): false panels on outside authors' harmless lines, counted by what raised them; an absence bound in
the same clause to a place, an event, a role or a period ('niet meer nodig in Dubai', 'er nie bij op die vergadering',
'beter af zonder mij in de keuken') takes the panel down to the gentle line (`ordinary_kinds56`, `gebonden-weg`).

The twins are in tests/corpus/crisis/eigen69-c56a.toml and open/eigen69-c56a-open.toml (README of the crisis corpus,
"Round 56 (c56a)").
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess, normalised
from vraaghulp.coach.crisis.ordinary_kinds56 import bound_absence

ROOT = Path(__file__).parent.parent
CORPUS = Path(__file__).parent / "corpus" / "crisis"
FILES = (CORPUS / "eigen69-c56a.toml", CORPUS / "open" / "eigen69-c56a-open.toml")
LINES = [line for path in FILES if path.exists() for line in tomllib.loads(path.read_text(encoding="utf-8"))["regel"]]
NOTE = "(gebonden-weg, c56a)"


def _lowered(text: str) -> bool:
    return any(NOTE in signal.phrase for signal in assess(text).signals)


def test_the_twins_are_many_voices_and_more_real_than_harmless():
    real = [line for line in LINES if line["verwacht"] != "geen"]
    harmless = [line for line in LINES if line["verwacht"] == "geen"]
    assert len(real) > len(harmless) >= 15
    assert {line["taal"] for line in LINES} == {"nl", "be"}
    assert len({line["stem"] for line in LINES}) >= 25  # a twin may share its voice


@pytest.mark.parametrize("text", [line["tekst"] for line in LINES if line["verwacht"] != "geen"])
def test_no_real_twin_is_lowered(text):
    assert not _lowered(text), text


def _outside(name: str, opening: str) -> str:
    lines = tomllib.loads((CORPUS / "open" / f"{name}-open.toml").read_text(encoding="utf-8"))["regel"]
    (text,) = [line["tekst"] for line in lines if line["tekst"].startswith(opening)]
    return text


# outside authors' harmless lines at the panel on int56 (the open/ file and the line's opening words: a place in the
# file moves when a mended line goes back)
LOWERED = [("tuning55-cp", "merci voor alles he Jolien"), ("tuning55-cp", "iedereen zou beter af zijn zonder mij in"),
           ("tuning55-cp", "ik ga m'n scooter aan je geven"), ("tuning54-cp", "iedereen zou beter af zijn as ik er nie"),
           ("tuning-ho46i1", "ben 2 weken naar Turkije"), ("tuning-ho55r1", "na twee jaar ziekte word ik ontslagen")]


@pytest.mark.parametrize(("name", "opening"), LOWERED)
def test_a_bound_absence_takes_an_outside_panel_to_the_gentle_line(name, opening):
    text = _outside(name, opening)
    assessment = assess(text)
    assert assessment.tier == "zorg", (text, assessment)
    assert _lowered(text), assessment


@pytest.mark.parametrize("text", [
    "jullie zijn echt beter af zonder mij in de keuken vanavond, ik heb de rijst alweer laten aanbranden. ik dek wel de tafel",
    "mam als je dit leest ben ik al weg naar de training, eten staat in de oven. vergeet niet dat Max vandaag zijn "
    "tandarts heeft",
])
def test_own_harmless_twins_get_the_gentle_line_not_the_panel(text):
    assert assess(text).tier == "zorg" and _lowered(text), text


@pytest.mark.parametrize("text", [
    # unbound, or bound to life, the world, the hereafter, or from a moment on: the panel stays (eigen69's twins)
    "ik heb mijn bureaustoel en de printer niet meer nodig waar ik heen ga. wie wil ze? ik ben er echt klaar mee",
    "ik heb mijn spullen niet meer nodig op deze wereld. mijn laptop is voor Sem, de rest mogen jullie verdelen",
    "iedereen is beter af zonder mij in hun leven. ook jij. ik heb de pillen gespaard voor dit weekend",
    "als ik er niet meer ben tegen de zomer, geef mijn gitaar dan aan Bram. ik heb het al opgeschreven",
    "mam als je dit leest ben ik al weg. het is niet jouw schuld. eten staat in de oven",
    # the bound widened again, or the joke taken back: the panel stays (eigen65, eigen15-c, eigen62)
    "iedereen zou opgelucht zijn als ik er niet meer was op de repetitie. en thuis ook. ik ben overal te veel",
    "ge zijt allemaal beter af zonder mij in de klas, zeker de leerkracht haha 🙃 nee echt, meen ik",
    "ik ben er niet meer als trainer vanaf morgen, en ook niet meer voor mezelf",
    # not a bound at all: 'op weg naar', 'reken er niet op', 'er niet meer uit komen' (tuning40-ct, tuning27-c27o, tuning)
    "als er morgen een auto tegen me aan rijdt op weg naar school vind ik dat eigenlijk niet erg. ik kijk al niet meer "
    "goed uit bij het oversteken",
    "Wil jij mijn vaste klanten overnemen? Ik reken er niet op dat ik nog terugkom.",
    "sinds mali slaap ik amper en eerlijk gezegd hoef ik ook niet meer wakker te worden, het fijnste zou zijn als ik er "
    "gewoon niet meer uit kwam",
])
def test_the_real_shapes_keep_the_panel(text):
    assert assess(text).tier == "acuut", text
    assert not _lowered(text)


def test_the_bound_is_read_in_one_clause():
    # a comma ends the clause: 'ik ben er niet meer, bij de bakkerij en nergens anders' has no bound absence
    assert bound_absence(normalised("na kerst ben ik er niet meer, bij de bakkerij en nergens anders")) is None
    assert bound_absence(normalised("per 1 april ben ik er niet meer bij de zaak")) is not None


def test_the_count_tool_reads_a_results_file(tmp_path):
    where = "tests/corpus/crisis/open/tuning55-cp-open.toml#0"
    text = tomllib.loads((CORPUS / "open" / "tuning55-cp-open.toml").read_text(encoding="utf-8"))["regel"][0]["tekst"]
    found = assess(text)
    results = tmp_path / "r.jsonl"
    results.write_text(json.dumps([where, found.tier, list(found.families), [list(s) for s in found.signals]]) + "\n",
                       encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "crisis_false_panel_count.py"), str(results)],
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("harmless outside lines at the panel: 1 ")
    assert "| plan-middel | 1 | 1: CP | 0 |" in out
