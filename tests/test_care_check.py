"""The self-check: scoring, the flow answered by a ScriptedPrompter, and the real command."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from vraaghulp.errors import UsageError
from vraaghulp.flows.check import ask_answers, band_for, make_record, parse_answers, score
from vraaghulp.guides.check import load_check
from vraaghulp.prompter import ScriptedPrompter
from vraaghulp.render import make_console
from vraaghulp.store import Journal

NOW = datetime(2025, 3, 4, 10, 0, tzinfo=timezone.utc)


def test_content_has_ten_signals_and_bands_from_zero():
    content = load_check()
    assert len(content.signals) == 10
    assert content.bands[0].start == 0
    assert content.max_score == 20
    assert len({s.key for s in content.signals}) == 10


@pytest.mark.parametrize(
    ("answers", "expected_score", "band"),
    [
        ([0] * 10, 0, "licht"),
        ([1, 1, 1, 1, 0, 0, 0, 0, 0, 0], 4, "licht"),
        ([1, 1, 1, 1, 1, 0, 0, 0, 0, 0], 5, "midden"),
        ([2, 2, 2, 2, 2, 0, 0, 0, 0, 0], 10, "midden"),
        ([2, 2, 2, 2, 2, 1, 0, 0, 0, 0], 11, "veel"),
        ([2] * 10, 20, "veel"),
    ],
)
def test_scoring_and_bands(answers, expected_score, band):
    content = load_check()
    assert score(answers) == expected_score
    assert band_for(content, expected_score).key == band


def test_parse_answers_accepts_numbers_and_words():
    assert parse_answers("1,0,2, 1 ,nee,soms,vaak,0,0,1", 10) == [1, 0, 2, 1, 0, 1, 2, 0, 0, 1]
    assert parse_answers("1 0 2 1 0 1 2 0 0 1", 10) == [1, 0, 2, 1, 0, 1, 2, 0, 0, 1]


@pytest.mark.parametrize("raw", ["1,0,1", "1,0,1,0,1,0,1,0,1,3", "a,b,c,d,e,f,g,h,i,j", ""])
def test_parse_answers_rejects_wrong_input_in_dutch(raw):
    with pytest.raises(UsageError) as info:
        parse_answers(raw, 10)
    assert "--antwoorden" in info.value.message or "antwoord" in info.value.message.lower()


def test_record_keeps_answers_by_key():
    content = load_check()
    record = make_record(content, [2, 1, 0, 0, 0, 0, 0, 0, 0, 2], NOW)
    assert record.score == 5
    assert record.result == "midden"
    assert record.answers["het-gaat"] == 2
    assert record.answers["nee-pijn"] == 2
    assert len(record.answers) == 10


def test_flow_asks_every_signal(tmp_path):
    content = load_check()
    prompter = ScriptedPrompter([2, 2, 1, 1, 0, 0, 2, 1, 0, 0])
    out = make_console(file=open(tmp_path / "out.txt", "w", encoding="utf-8"), width=100)
    answers = ask_answers(prompter, out, content)
    assert answers == [2, 2, 1, 1, 0, 0, 2, 1, 0, 0]
    assert len(prompter.asked) == 10
    assert prompter.asked[0][1].startswith("1/10 · ")


def test_interactive_saves_only_when_the_user_wants(run_cli):
    result = run_cli("check", tty=True, answers=[1] * 10 + [False])
    assert result.returncode == 0, result.stderr
    assert "Je herkent er een aantal" in result.stdout
    assert "Volgende stap: Probeer één kleine oefenvraag" in result.stdout
    assert Journal().records() == []

    result = run_cli("check", tty=True, answers=[2] * 10 + [True])
    assert "Bewaard in je logboek" in result.stdout
    [record] = Journal().records()
    assert record.kind == "check" and record.score == 20 and record.result == "veel"


def test_interactive_ctrl_c_saves_nothing(run_cli):
    result = run_cli("check", "--bewaar", tty=True, answers=[1, 1, KeyboardInterrupt])
    assert result.returncode == 130
    assert "niet bewaard" in result.stderr
    assert Journal().records() == []


def test_without_terminal_or_answers_names_the_option(run_cli):
    result = run_cli("check")
    assert result.returncode == 2 and "--antwoorden" in result.stderr


def test_cli_check_with_options_and_saving(run_cli):
    result = run_cli("check", "--antwoorden", "2,2,2,2,2,1,0,0,0,0", "--bewaar")
    assert result.returncode == 0, result.stderr
    assert "Je herkent er veel (11 van de 20 punten)" in result.stdout
    assert "vraaghulp script" in result.stdout
    [record] = Journal().records()
    assert record.score == 11 and record.answers["het-gaat"] == 2


def test_cli_check_not_saved_by_default_and_no_terminal_exit_2(run_cli):
    result = run_cli("check", "--antwoorden", "0,0,0,0,0,0,0,0,0,1")
    assert result.returncode == 0, result.stderr
    assert "Je herkent er weinig van" in result.stdout
    assert "--bewaar" in result.stdout
    assert not Journal().exists()

    missing = run_cli("check")
    assert missing.returncode == 2
    assert "--antwoorden" in missing.stderr
    assert "Traceback" not in missing.stderr

    wrong = run_cli("check", "--antwoorden", "1,1")
    assert wrong.returncode == 2
    assert "precies 10" in wrong.stderr


def test_cli_check_json_envelope(run_cli):
    result = run_cli("check", "--antwoorden", "1,1,1,1,1,1,1,1,1,1", "--niet-bewaren", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["versie"] == 1
    [item] = payload["items"]
    assert item["soort"] == "check" and item["score"] == 10 and item["uitslag"] == "midden"
    assert item["bewaard"] is False and item["max_score"] == 20
    assert not Journal().exists()
