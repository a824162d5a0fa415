"""`light.records.canonical_ask`: whatever it lets through unvalidated (`log --json`) is exactly
what the model accepts and gives back; what the model would change or refuse it leaves to the model."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from vraaghulp.light.records import ASK_KEYS, canonical_ask
from vraaghulp.models import Ask, record_dict

BASE = json.loads(
    '{"id":"ywwk9sx2","soort":"vraag","v":1,"gemaakt":"2020-01-01T08:00:00Z","wie":"Jeroen","vraag":"Jeroen, bel je?",'
    '"wanneer":"morgen","niveau":1,"verwachting":null,"angst_voor":3,"kans":88,"volheid":1,"script":null,'
    '"status":"gedaan","uitkomst":"ja","vergelijking":"zoals-verwacht","angst_na":4,"geleerd":"het viel mee",'
    '"afgerond":"2020-01-02T08:00:00.120000+01:00"}'
)
ODD = st.sampled_from([
    None, "", " ", "x", "5", 0, 1, 9, 10, 11, 100, 101, -1, 1.0, True, False, [], {}, "ja", "open", "afgezien",
    "beter", "geen-reactie", "2020-01-01T08:00:00+00:00", "2020-01-01T08:00:00Z", "2020-02-30T08:00:00Z",
    "2020-01-01 08:00:00Z", "2020-01-01T08:00:00.5Z", "2020-01-01T08:00:00", "a" * 41, "vraag", "script",
])


def model_gives_back(data: dict) -> bool:
    try:
        return record_dict(Ask.model_validate(data)) == data
    except Exception:  # noqa: BLE001 - the model refuses it
        return False


def test_the_key_order_is_the_model_s():
    assert ASK_KEYS == tuple(field.alias or name for name, field in Ask.model_fields.items())
    assert canonical_ask(BASE) and model_gives_back(BASE)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(ASK_KEYS), ODD, max_size=4), st.sets(st.sampled_from(ASK_KEYS), max_size=2))
def test_what_it_accepts_the_model_gives_back_unchanged(changes, dropped):
    data = {key: changes.get(key, value) for key, value in BASE.items() if key not in dropped}
    if canonical_ask(data):
        assert model_gives_back(data), data


def test_a_field_out_of_order_or_missing_goes_to_the_model():
    assert not canonical_ask(dict(reversed(list(BASE.items()))))
    assert not canonical_ask({key: value for key, value in BASE.items() if key != "geleerd"})
