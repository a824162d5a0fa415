"""The compact look-up tables of the crisis rules (`coach.crisis.table`)."""

import pytest

from vraaghulp.coach.crisis.table import Table, pack


def test_a_table_gives_what_the_dict_of_lists_gave_in_the_same_order():
    plain = {"pil": [7, 3, 12], "pillen": [], "p": [1], "zelf moord": [40, 2], "zelfmoord": [5]}
    table = Table(pack(plain))
    for key, values in plain.items():
        assert table.get(key) == tuple(values)
        assert key in table
    assert table.get("pi") == () and "pi" not in table  # a key's beginning is no key
    assert table.get("pillen2", None) is None and table.get("", ()) == ()
    assert sorted(table.keys()) == sorted(plain)


def test_a_table_of_names_and_its_two_word_keys():
    table = Table(pack({"mes": ["middel", "snijgerei"], "ik hou": ["afscheid"]}, numbers=False))
    assert table.get("mes") == ("middel", "snijgerei") and table.get("ik hou") == ("afscheid",)
    assert table.has_prefix("ik ") and not table.has_prefix("me ") and not table.has_prefix("jij ")


@pytest.mark.parametrize("bad", [{"a\tb": [1]}, {"a\nb": [1]}, {"a": ["x,y"]}])
def test_a_key_or_value_that_would_break_the_layout_is_refused(bad):
    with pytest.raises(ValueError):
        pack(bad, numbers=False)
