"""A list after a colon whose verb has a short -en noun as object stays after the colon ('Kun je ook eten meenemen:
rijst en soep?'), never between the noun and the verb ('eten rijst en soep meenemen'; round 38, k38c; lists.py).
Real engine calls on drafts in our own words."""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink


def test_second_request_with_eten_keeps_its_list_after_the_colon():
    r = shrink("kun jij morgen de hond uitlaten? en ook eten meenemen:\n- rijst\n- soep")
    assert r.second == "Kun je ook eten meenemen: rijst en soep?"


def test_first_request_with_eten_keeps_its_list_after_the_colon():
    out = shrink("kun je eten meenemen:\n- rijst\n- soep").sentence
    assert out == "Kun je eten meenemen: rijst en soep?"


def test_a_bare_verb_still_takes_the_list_as_its_object():
    out = shrink("kun je meenemen:\n- rijst\n- soep").sentence
    assert out == "Kun je rijst en soep meenemen?"
