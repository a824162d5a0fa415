"""Property tests (issue 8, item 10): any record the models accept survives write → read
unchanged; any text survives krimp, through the whole command, without a crash.

The krimp engine itself has its own property tests in tests/test_krimp.py
(test_never_crashes_and_gives_one_question, test_idempotent, ...); here the text goes
through the CLI layer as well (option parsing, rendering, JSON output).
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from vraaghulp import cli, store
from vraaghulp.models import Ask, Conversation, Rating, Script, SelfCheck, dump_record
from vraaghulp.store import Journal
from vraaghulp.schema import MAX_LEVEL

PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Any Unicode text without lone surrogates (those cannot be UTF-8): control characters,
# NUL, escapes, bidi overrides, combining marks, emoji, newlines all included.
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
some_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
optional_text = st.none() | any_text
record_id = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
zones = st.sampled_from(
    [None, timezone.utc, timezone(timedelta(hours=1)), timezone(timedelta(hours=-9, minutes=-30)), timezone(timedelta(hours=14))]
)
moments = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31), timezones=zones)
scale10 = st.integers(0, 10)


def model(cls, **fields):
    """Records built by attribute name (st.builds would read the Dutch aliases from the signature)."""
    return st.fixed_dictionaries(fields).map(lambda values: cls(**values))


scale100 = st.integers(0, 100)

asks = model(
    Ask,
    id=record_id,
    created=moments,
    person=some_text,
    text=some_text,
    moment=optional_text,
    level=st.none() | st.integers(1, MAX_LEVEL),
    expectation=optional_text,
    fear_before=scale10,
    chance=scale100,
    fullness=st.none() | scale10,
    script_id=optional_text,
    status=st.sampled_from(["open", "gedaan", "afgezien"]),
    outcome=st.none() | st.sampled_from(["ja", "nee", "deels", "geen-reactie"]),
    comparison=st.none() | st.sampled_from(["beter", "zoals-verwacht", "slechter"]),
    fear_after=st.none() | scale10,
    learned=optional_text,
    closed=st.none() | moments,
)
scripts = model(
    Script,
    id=record_id,
    created=moments,
    sentence=some_text,
    voice=optional_text,
    voice_note=optional_text,
    belief=st.none() | scale100,
    fear=optional_text,
    role_reversal=optional_text,
    new_rule=optional_text,
    belief_after=st.none() | scale100,
    ratings=st.lists(model(Rating, date=moments, value=scale100, ask_id=optional_text), max_size=4),
)
conversations = model(
    Conversation,
    id=record_id,
    created=moments,
    mode=st.sampled_from(["samen", "hulpverlener"]),
    names=st.lists(any_text, max_size=3),
    relation=optional_text,
    notes=st.dictionaries(any_text, any_text, max_size=7),
    deflected=st.none() | st.booleans(),
    finished=st.booleans(),
    first_step=st.integers(1, 7),
    last_step=st.integers(0, 7),
)
checks = model(
    SelfCheck,
    id=record_id,
    created=moments,
    answers=st.dictionaries(any_text, st.integers(-(2**70), 2**70), max_size=10),
    score=st.integers(-(2**70), 2**70),
    result=any_text,
)
records = st.one_of(asks, scripts, conversations, checks)


def _fresh_journal() -> tuple[Journal, tempfile.TemporaryDirectory]:
    folder = tempfile.TemporaryDirectory(dir=os.environ.get("PYTEST_DEBUG_TEMPROOT"))  # beside the tests' folders
    return Journal(Path(folder.name) / "logboek.jsonl"), folder


@PROPS
@given(st.lists(records, min_size=1, max_size=6, unique_by=lambda r: r.id))
def test_any_record_survives_append_and_read(batch):
    journal, folder = _fresh_journal()
    with folder:
        for record in batch:
            journal.append(record)
        store.take_reported()
        loaded = Journal(journal.path).records()
        assert store.take_reported() == []
        assert loaded == batch
        # The stored text is exactly what the model writes: nothing escaped away or added.
        assert [dump_record(r) for r in loaded] == [dump_record(r) for r in batch]
        assert len(journal.path.read_bytes().splitlines()) == len(batch)  # one record, one line


@PROPS
@given(st.lists(records, min_size=2, max_size=5, unique_by=lambda r: r.id), st.data())
def test_updating_or_deleting_any_record_leaves_the_others_byte_for_byte(batch, data):
    journal, folder = _fresh_journal()
    with folder:
        for record in batch:
            journal.append(record)
        lines = journal.path.read_bytes().splitlines()
        index = data.draw(st.integers(0, len(batch) - 1))
        target = batch[index]
        # Rewriting a record unchanged changes nothing at all.
        journal.update(target.id, lambda r: r)
        assert journal.path.read_bytes().splitlines() == lines
        # Deleting it replaces exactly its own line, by a tombstone without its content.
        journal.update(target.id, lambda _r: None)
        after = journal.path.read_bytes().splitlines()
        assert after[:index] + after[index + 1 :] == lines[:index] + lines[index + 1 :]
        assert set(json.loads(after[index])) == {"id", "soort", "v", "verwijderd", "_sync"}
        assert Journal(journal.path).records() == batch[:index] + batch[index + 1 :]


krimp_text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.lists(st.sampled_from(["sorry", "misschien", "kun je", "morgen", "?", ",", "\x1b[31m", "[bold]", ":smile:",
                              "\u202e", "\x00", "\n", "help", "even", "als het niet lukt"]), max_size=40).map(" ".join),
)


@PROPS
@given(krimp_text, st.sampled_from([["--json"], ["--kaal"], []]))
def test_any_text_survives_krimp_through_the_command(capsys, text, mode):
    assume(text.strip() != "-")  # '-' alone means: read the draft from stdin (its own tests in test_krimp_cli)
    capsys.readouterr()
    code = cli.run(["krimp", *mode, "--", text])
    out, err = capsys.readouterr()
    assert "fout in het programma" not in err, (text, err)
    if not text.strip():
        assert code == 2  # nothing to shrink: a usage message, not a crash
        return
    assert code == 0, (text, err)
    if mode == ["--json"]:
        payload = json.loads(out)
        assert isinstance(payload["zin"], str)
    for char in ("\x1b", "\x00", "\u202e"):
        if mode != ["--json"]:
            assert char not in out


@PROPS
@given(st.lists(records, min_size=1, max_size=5, unique_by=lambda r: r.id.strip().lower()), st.data())
def test_any_stored_id_can_be_found_again(batch, data):
    target = data.draw(st.sampled_from(batch))
    key = target.id.strip().lower()
    # `find` strips what is typed, so an id that itself starts or ends with whitespace is out of scope.
    if target.id != target.id.strip() or len(key) < 4 or any(other is not target and other.id.strip().lower().startswith(key) for other in batch):
        return  # too short to look up, or a prefix of another id: ambiguity is reported, not a bug
    journal, folder = _fresh_journal()
    with folder:
        for record in batch:
            journal.append(record)
        assert journal.find(target.id) == target
