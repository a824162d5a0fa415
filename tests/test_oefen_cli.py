"""`vraaghulp oefen` and the start screen through the installed command, without a terminal."""

from __future__ import annotations

import json

import pytest


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
    assert unknown.returncode == 1 and "staat niets met het id" in unknown.stderr
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
    assert "In je logboek staat 1 oefenvraag. Die staat nog open." in again.stdout
    assert "vraaghulp oefen" in again.stdout


def test_version_and_help(run_cli):
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("vraaghulp ")
    help_text = run_cli("oefen", "--help")
    assert help_text.returncode == 0 and "--afronden" in help_text.stdout
    unknown = run_cli("oefen", "--onzin")
    assert unknown.returncode == 2 and "Onbekende optie: --onzin" in unknown.stderr


@pytest.mark.parametrize("total, still_open, expected", [
    (1, 0, "In je logboek staat 1 oefenvraag."),
    (4, 0, "In je logboek staan 4 oefenvragen."),
    (4, 1, "In je logboek staan 4 oefenvragen. Eén daarvan staat nog open."),
    (4, 2, "In je logboek staan 4 oefenvragen. 2 daarvan staan nog open."),
    (3, 3, "In je logboek staan 3 oefenvragen. Ze staan allemaal nog open."),
])
def test_start_screen_counts_read_as_sentences_without_zero_parts(total, still_open, expected):
    from vraaghulp.light.start import counts_sentence

    assert counts_sentence(total, still_open) == expected


@pytest.mark.parametrize("line", [["--niveau", "9"], ["--niveau=0"]])
def test_level_must_be_one_to_five_on_both_parsers(run_cli, data_home, line):
    from vraaghulp.commands.oefen import SPEC
    from vraaghulp.errors import UsageError
    from vraaghulp.light.argv import parse_words
    from vraaghulp.spec import values_for

    words = ["--wie", "Sam", "--vraag", "Kun je helpen?", "--angst", "3", "--kans", "50", *line]
    with pytest.raises(UsageError) as light:
        values_for(SPEC, parse_words(SPEC, words))
    result = run_cli("oefen", *words)  # the light parser gives way; Typer says it
    assert result.returncode == 2
    for message in (str(light.value), result.stderr):
        assert "--niveau is een trede op de ladder: een getal van 1 tot en met 5" in message
        assert "vraaghulp oefen --help" in message and "Traceback" not in message
    assert not (data_home / "logboek.jsonl").exists()
    assert run_cli("oefen", *words[:-len(line)], "--niveau", "5").returncode == 0


def test_an_ask_made_with_options_is_offered_by_the_practice_the_same_day(run_cli, data_home):
    made = create(run_cli)
    assert "start dan 'vraaghulp oefen' en vertel hoe het ging" in " ".join(made.stdout.split())
    later = run_cli("oefen", tty=True, answers=["nog-niet", False])
    assert later.returncode == 0, later.stderr
    assert later.asked == [("choice", "Heb je het al gevraagd?"), ("confirm", "Wil je er vandaag nog een oefenvraag bij?")]
    assert [record["status"] for record in stored(data_home)] == ["open"]
    closed = run_cli("oefen", tty=True, answers=["gedaan", "ja", "zoals-verwacht", 2, None, KeyboardInterrupt])
    assert closed.returncode == 130
    assert "Dit voorspelde je vooraf:" in closed.stdout and "angst 6/10, kans op een ja 70%" in closed.stdout
    assert "Sam zei ja." in closed.stdout
    assert stored(data_home)[0]["status"] == "gedaan"


def test_a_new_ask_from_options_is_stored_exactly_as_the_model_stores_it(run_cli, data_home):
    """The light layout (`light.records`, no pydantic) gives the very line `models.Ask` gives."""
    from datetime import datetime, timedelta, timezone

    from vraaghulp.light.records import new_ask_record, record_line, stamped_new
    from vraaghulp.models import Ask, dump_record, parse_record, record_dict
    from vraaghulp.store import codec

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
        codec.begin()
        try:  # the stored line: this device's version stamp, exactly as the normal path writes it
            assert record_line(stamped_new(light, codec.device().id)) == codec.new_line(record_dict(model))
        finally:
            codec.end()
    result = create(run_cli, "--json", "--niveau", "2")
    [record] = stored(data_home)
    shown = {key: value for key, value in record.items() if key != "_sync"}
    assert json.loads(result.stdout)["items"] == [shown] == [record_dict(parse_record(record))]
    assert record["_sync"] == {"vv": {record["_sync"]["o"][0]: 1}, "o": [record["_sync"]["o"][0], 1]}


def test_new_ids_are_made_of_the_id_alphabet_and_differ():
    from vraaghulp.store.journal import ID_ALPHABET, ID_LENGTH, new_id

    ids = {new_id() for _ in range(500)}
    assert len(ids) == 500
    assert all(len(i) == ID_LENGTH and set(i) <= set(ID_ALPHABET) for i in ids)
