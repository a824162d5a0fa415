"""`light.records.canonical`: whatever it lets through unvalidated (`log --json`) is exactly what
the model accepts and gives back; what the model would change or refuse it leaves to the model."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vraaghulp.light.records import ASK_KEYS, KEYS, canonical, closed_ask, model_form
from vraaghulp.models import Ask, Conversation, Script, SelfCheck, parse_record, record_dict

BASES = {
    "vraag": '{"id":"ywwk9sx2","soort":"vraag","v":2,"gemaakt":"2020-01-01T08:00:00Z","wie":"Jeroen",'
             '"vraag":"Jeroen, bel je?","wanneer":"morgen","niveau":1,"verwachting":null,"angst_voor":3,"kans":88,'
             '"volheid":1,"script":null,"status":"gedaan","uitkomst":"ja","vergelijking":"zoals-verwacht",'
             '"angst_na":4,"geleerd":"het viel mee","afgerond":"2020-01-02T08:00:00.120000+01:00"}',
    "script": '{"id":"s2345678","soort":"script","v":2,"gemaakt":"2021-05-01T10:00:00-03:30","zin":"Ik wil niet zeuren",'
              '"stem":"ouder","stem_toelichting":null,"geloof":80,"bang_voor":"lastig","rolwissel":null,'
              '"nieuwe_regel":null,"geloof_na":40,"beoordelingen":[{"datum":"2021-05-02T10:00:00Z","waarde":30,'
              '"vraag":null}]}',
    "gesprek": '{"id":"g2345678","soort":"gesprek","v":2,"gemaakt":"2022-01-01T08:00:00Z","modus":"samen",'
               '"namen":["Sam","Ann"],"relatie":"zus","notities":{"1":"goed"},"afgeleid":false,"voltooid":true,'
               '"eerste_stap":1,"laatste_stap":7}',
    "check": '{"id":"c2345678","soort":"check","v":2,"gemaakt":"2022-01-01T08:00:00","antwoorden":{"a":1,"b":0},'
             '"score":3,"uitslag":"licht"}',
}
MODELS = {"vraag": Ask, "script": Script, "gesprek": Conversation, "check": SelfCheck}
ODD = st.sampled_from([
    None, "", " ", "x", "5", "\ud800x", "é😊", ["\udc00"], {"\ud800": 1}, 0, 1, 7, 9, 10, 11, 100, 101, -1, 1.0, True, False, [], {}, ["x"], [1], {"1": 2},
    {"1": "x"}, "ja", "open", "afgezien", "beter", "geen-reactie", "samen", "hulpverlener", "script", "vraag",
    "2020-01-01T08:00:00+00:00", "2020-01-01T08:00:00Z", "2020-02-30T08:00:00Z", "2020-01-01 08:00:00Z",
    "2020-01-01T08:00:00.500000Z", "2020-01-01T08:00:00.000000Z", "2020-01-01T08:00:00.5Z", "2020-01-01T08:00:00",
    "2020-01-01T24:00:00Z", "2020-01-01T08:00:00-00:00", "2020-01-01T08:00:00+25:00", "a" * 41,
    [{"datum": "2021-05-02T10:00:00Z", "waarde": 101, "vraag": None}],
    [{"datum": "2021-05-02T10:00:00Z", "waarde": 5, "vraag": "abc"}],
    [{"waarde": 5, "datum": "2021-05-02T10:00:00Z", "vraag": None}],
])


def model_gives_back(data: dict) -> bool:
    try:
        return record_dict(parse_record(data)) == data
    except Exception:  # noqa: BLE001 - the model refuses it
        return False


@pytest.mark.parametrize("kind", BASES)
def test_the_key_order_is_the_model_s_and_a_stored_record_passes(kind):
    keys = tuple(field.alias or name for name, field in MODELS[kind].model_fields.items())
    assert keys == (ASK_KEYS if kind == "vraag" else KEYS[kind])
    data = json.loads(BASES[kind])
    assert canonical(data) and model_gives_back(data)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(sorted(BASES)), st.dictionaries(st.text("abcdefghijklmnopqrstuvwxyz_", max_size=3) | st.sampled_from(
    sorted({key for keys in KEYS.values() for key in keys} | set(ASK_KEYS))), ODD, max_size=4),
    st.sets(st.sampled_from(ASK_KEYS), max_size=2))
def test_what_it_accepts_the_model_gives_back_unchanged(kind, changes, dropped):
    base = json.loads(BASES[kind])
    data = {key: changes.get(key, value) for key, value in base.items() if key not in dropped}
    data.update((key, value) for key, value in changes.items() if key not in base)
    if canonical(data):
        assert model_gives_back(data), data


def test_a_field_out_of_order_or_missing_goes_to_the_model():
    base = json.loads(BASES["vraag"])
    assert not canonical(dict(reversed(list(base.items()))))
    assert not canonical({key: value for key, value in base.items() if key != "geleerd"})
    assert not canonical({**json.loads(BASES["check"]), "extra": 1})


def test_log_json_reports_a_stored_ask_with_text_that_is_not_unicode(run_cli, data_home):
    good = BASES["vraag"]
    bad = good.replace('"id":"ywwk9sx2"', '"id":"zzzz2345"').replace('"wie":"Jeroen"', '"wie":"Jer\\ud800oen"')
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "logboek.jsonl").write_text(good + "\n" + bad + "\n", encoding="utf-8")
    result = run_cli("log", "--json")
    assert [item["id"] for item in json.loads(result.stdout)["items"]] == ["ywwk9sx2"]
    assert "regel 2" in result.stderr


# ----- the model form of a stored record (`model_form`) and a closed ask (`closed_ask`) ---------
@settings(max_examples=250, deadline=None)
@given(st.sampled_from(sorted(BASES)), st.dictionaries(st.sampled_from(
    sorted({key for keys in KEYS.values() for key in keys} | set(ASK_KEYS))), ODD | st.sampled_from([1, 2, 3]),
    max_size=3), st.sets(st.sampled_from(ASK_KEYS), max_size=4), st.booleans(), st.booleans())
def test_the_model_form_is_what_the_model_gives_back(kind, changes, dropped, reverse, stamped):
    """Whatever `model_form` vouches for (an ask may lack fields with a default and hold its keys
    in any order; an older version that reads the same) is exactly what the model makes of it."""
    base = json.loads(BASES[kind])
    data = {key: changes.get(key, value) for key, value in base.items() if key not in dropped}
    data.update((key, value) for key, value in changes.items() if key not in base)
    if reverse:
        data = dict(reversed(list(data.items())))
    if stamped:
        data["_sync"] = {"vv": {"laptop01": 1}, "o": ["laptop01", 1]}
    form = model_form(data)
    if form is not None:
        assert form == record_dict(parse_record(data)), data


def test_an_old_short_ask_has_a_model_form():
    """The layout of older journals (and of the benchmark's open asks) takes the light path."""
    old = {"id": "bench0001", "soort": "vraag", "v": 1, "gemaakt": "2024-11-21T10:00:00+01:00", "wie": "Sam",
           "vraag": "Sam, kun je morgen bellen?", "angst_voor": 5, "kans": 50, "status": "open"}
    assert model_form(old) == record_dict(parse_record(old)) and model_form(old)["v"] == 2
    assert model_form({**old, "niveau": 9}) is None and model_form({**old, "v": 3}) is None
    assert model_form({key: value for key, value in old.items() if key != "status"})["status"] == "open"


@pytest.mark.parametrize("set_aside, comparison, learned", [(False, None, None), (False, "beter", "Het mocht"),
                                                           (True, None, None), (True, None, "Niet nu")])
def test_a_closed_ask_is_what_the_model_closes(set_aside, comparison, learned):
    from datetime import datetime, timedelta, timezone

    from vraaghulp.flows.experiment import close_ask, set_aside_ask

    stored = {**json.loads(BASES["vraag"]), "status": "open", "uitkomst": None, "vergelijking": None,
              "angst_na": None, "geleerd": "eerder", "afgerond": None}
    for when in (datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
                 datetime(2026, 1, 2, 3, 4, 5, 60, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))):
        ask = parse_record(stored)
        model = (set_aside_ask(ask, learned=learned, when=when) if set_aside else
                 close_ask(ask, outcome="deels", fear_after=4, comparison=comparison, learned=learned, when=when))
        light = closed_ask(model_form(stored), outcome=None if set_aside else "deels", fear_after=None if set_aside else 4,
                           comparison=comparison, learned=learned, set_aside=set_aside, when=when)
        assert light == record_dict(model)
        assert list(light) == list(record_dict(model))
