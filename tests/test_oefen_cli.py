"""`vraaghulp oefen` and the start screen through the installed command, without a terminal."""

from __future__ import annotations

import json


def create(run_cli, *extra):
    result = run_cli("oefen", "--wie", "Sam", "--vraag", "Sam, kun je morgen brood meenemen?", "--angst", "6", "--kans", "70", *extra)
    assert result.returncode == 0, result.stderr
    return result


def stored(data_home):
    path = data_home / "logboek.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_create_prints_the_id_and_stores_an_open_ask(run_cli, data_home):
    result = create(run_cli, "--verwachting", "Ze zegt ja", "--wanneer", "morgen")
    records = stored(data_home)
    assert len(records) == 1
    record = records[0]
    assert record["id"] in result.stdout
    assert record["soort"] == "vraag" and record["status"] == "open" and record["wie"] == "Sam"
    assert record["angst_voor"] == 6 and record["kans"] == 70 and record["verwachting"] == "Ze zegt ja"


def test_finish_records_the_outcome(run_cli, data_home):
    create(run_cli)
    record_id = stored(data_home)[0]["id"]
    result = run_cli("oefen", "--afronden", record_id[:5], "--uitkomst", "deels", "--angst-na", "3",
                     "--vergelijking", "beter", "--geleerd", "Vragen mag")
    assert result.returncode == 0, result.stderr
    record = stored(data_home)[0]
    assert record["status"] == "gedaan" and record["uitkomst"] == "deels" and record["angst_na"] == 3
    assert record["vergelijking"] == "beter" and record["geleerd"] == "Vragen mag" and record["afgerond"]
    again = run_cli("oefen", "--afronden", record_id, "--uitkomst", "ja", "--angst-na", "1")
    assert again.returncode == 1 and "al afgerond" in again.stderr


def test_set_aside(run_cli, data_home):
    create(run_cli)
    record_id = stored(data_home)[0]["id"]
    result = run_cli("oefen", "--afronden", record_id, "--afgezien")
    assert result.returncode == 0, result.stderr
    assert stored(data_home)[0]["status"] == "afgezien"


def test_without_terminal_and_options_exits_2_naming_them(run_cli, data_home):
    result = run_cli("oefen")
    assert result.returncode == 2
    for name in ("--wie", "--vraag", "--angst", "--kans"):
        assert name in result.stderr
    partial = run_cli("oefen", "--wie", "Sam", "--angst", "4")
    assert partial.returncode == 2 and "--vraag" in partial.stderr and "--kans" in partial.stderr
    assert "--wie," not in partial.stderr.split("ontbreken:")[1]
    assert stored(data_home) == []


def test_bad_values_give_dutch_sentences_and_store_nothing(run_cli, data_home):
    cases = [
        (("--angst", "11"), "--angst moet een getal van 0 tot en met 10"),
        (("--kans", "150"), "--kans moet een getal van 0 tot en met 100"),
        (("--angst", "veel"), "heel getal"),
        (("--wie", "   "), "--wie is leeg"),
    ]
    for override, words in cases:
        args = {"--wie": "Sam", "--vraag": "Kun je helpen?", "--angst": "5", "--kans": "50"}
        args[override[0]] = override[1]
        flat = [part for pair in args.items() for part in pair]
        result = run_cli("oefen", *flat)
        assert result.returncode == 2, (override, result.stderr)
        assert words in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert stored(data_home) == []
    unknown = run_cli("oefen", "--afronden", "zzzzzzzz", "--uitkomst", "ja", "--angst-na", "2")
    assert unknown.returncode == 1 and "geen record met id" in unknown.stderr
    wrong = run_cli("oefen", "--afronden", "zzzz", "--uitkomst", "misschien", "--angst-na", "2")
    assert wrong.returncode == 2 and "--uitkomst kan zijn" in wrong.stderr


def test_log_json_envelope(run_cli, data_home):
    create(run_cli)
    create(run_cli)
    result = run_cli("log", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["versie"] == 1 and len(payload["items"]) == 2
    assert {"id", "soort", "wie", "vraag", "angst_voor", "kans", "status"} <= set(payload["items"][0])


def test_start_screen_shows_card_open_count_and_next_step(run_cli, data_home):
    empty = run_cli()
    assert empty.returncode == 0, empty.stderr
    assert "geen therapie" in empty.stdout  # the one-time first-run note
    assert "vraaghulp ·" in empty.stdout and "Volgende stap" in empty.stdout and "hulplijn" in empty.stdout
    create(run_cli)
    again = run_cli()
    assert "geen therapie" not in again.stdout
    assert "1 staat nog open" in again.stdout and "vraaghulp oefen" in again.stdout


def test_version_and_help(run_cli):
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("vraaghulp ")
    help_text = run_cli("oefen", "--help")
    assert help_text.returncode == 0 and "--afronden" in help_text.stdout
    unknown = run_cli("oefen", "--onzin")
    assert unknown.returncode == 2 and "Onbekende optie: --onzin" in unknown.stderr


def test_a_new_ask_from_options_is_stored_exactly_as_the_model_stores_it(run_cli, data_home):
    """The light layout (`light.records`, no pydantic) gives the very line `models.Ask` gives."""
    from datetime import datetime, timedelta, timezone

    from vraaghulp.light.records import new_ask_record, record_line
    from vraaghulp.models import Ask, dump_record, record_dict

    moments = [datetime(2026, 3, 1, 9, 5, 7, 0, tzinfo=timezone.utc),
               datetime(2026, 3, 1, 9, 5, 7, 120000, tzinfo=timezone(timedelta(hours=1))),
               datetime(2026, 3, 29, 2, 30, 0, 5, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))]
    texts = ["Sam, kun je morgen bellen?", 'aanhalingsteken " en \\ en \x01 en \u2028 en é 😊', "\x1b[31m rood"]
    for when, text in zip(moments, texts):
        extra = {"moment": "morgen", "level": 3, "expectation": text, "fullness": 0, "script_id": None}
        light = new_ask_record(record_id="abcd2345", person="Sam", text=text, fear=0, chance=100, when=when, **extra)
        model = Ask(id="abcd2345", person="Sam", text=text, fear_before=0, chance=100, created=when, **extra)
        assert record_line(light) == dump_record(model).encode("utf-8")
        assert light == record_dict(model)
        assert Ask.model_validate(light) == model
    result = create(run_cli, "--json", "--niveau", "2")
    [record] = stored(data_home)
    assert json.loads(result.stdout)["items"] == [record] == [record_dict(Ask.model_validate(record))]


def test_new_ids_are_made_of_the_id_alphabet_and_differ():
    from vraaghulp.store.journal import ID_ALPHABET, ID_LENGTH, new_id

    ids = {new_id() for _ in range(500)}
    assert len(ids) == 500
    assert all(len(i) == ID_LENGTH and set(i) <= set(ID_ALPHABET) for i in ids)
