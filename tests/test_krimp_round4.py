"""General rules of the fourth krimp round, on short drafts of our own (not from any corpus)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "expected"), [
    # an occasion in front ('als je … komt'): its moment goes into the request, the rest goes
    ("Hoi Bram, als je vrijdag toch langskomt, zou je dan de ladder mee kunnen nemen?",
     "Bram, kun je vrijdag de ladder meenemen?"),
    ("Als je zondag komt, zou je dan misschien de oplader mee kunnen brengen? Thx", "Kun je zondag de oplader meebrengen?"),
])
def test_an_occasion_gives_only_its_moment(draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize("draft", [
    "Als je morgen met de auto naar oma rijdt, kun je dan de taart meenemen?",  # more than a visit
    "Als je morgen ziek bent, kun je dan de sleutel bij de buren leggen?",  # a real condition
])
def test_a_condition_that_says_more_stays(draft):
    result = shrink(draft)
    assert "als je morgen" in result.sentence.lower()


def test_a_list_after_a_colon_goes_before_the_verb_when_it_is_the_object():
    result = shrink("Kun je straks meenemen:\n- melk\n- eieren\n- en een brood\nDank je!")
    assert result.sentence == "Kun je straks melk, eieren en een brood meenemen?"


def test_a_list_after_an_object_follows_a_colon():
    result = shrink("Kun je vanavond de kamer opruimen:\n- de borden\n- de boeken\n- de bekers\nDank je!")
    assert result.sentence == "Kun je vanavond de kamer opruimen: de borden, de boeken en de bekers?"


def test_a_name_after_a_relation_word_does_not_start_a_sentence():
    result = shrink("Kun je zaterdag een bos bloemen voor oom Door halen?")
    assert result.sentence == "Kun je zaterdag een bos bloemen voor oom Door halen?"
