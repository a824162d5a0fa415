"""Flemish chat forms around the ask (round 29, lead).

- 'mo', 'mor', 'mar', 'ma' typed for 'maar' right before the ask, with no comma or stop around it, is never the
  person addressed ('Mor, kunt ge …?' was offered); 'ma,' set off by punctuation still is (mother);
- 'mor' and 'mar' are function words the result may drop ('mo' is not: it is also a name, 'mo kun je …');
- 't and 'k glued to the word before ("ge't", "kheb't", "wa'k") read as 'het' and 'ik', so burden talk
  typed that way is found ('ik weet da ge't druk hebt' went as "background" with the hedge 'zoudt' inside it).
"""
import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.tokens import read_word


@pytest.mark.parametrize("but", ["mor", "ma", "mar", "mo"])
def test_a_run_in_but_is_no_name(but):
    result = shrink(f"'k weet dat ge het druk hebt {but} kunt ge zaterdag helpen verhuizen?")
    assert result.sentence == "Kunt ge zaterdag helpen verhuizen?"
    assert any(f.kind == "last" for f in result.findings)


@pytest.mark.parametrize(("draft", "name"), [
    ("sorry da'k stoor ma. kunt ge morgen komen?", "Ma"),
    ("sorry voor het late bericht ma, kun je morgen de kinderen halen?", "Ma"),
    ("Mo, kun je morgen komen helpen?", "Mo"),
])
def test_a_name_set_off_by_punctuation_stays(draft, name):
    assert shrink(draft).sentence.startswith(f"{name}, ")


@pytest.mark.parametrize("but", ["mor", "mar", "mo"])
def test_a_but_after_a_comma_goes(but):
    result = shrink(f"ik weet da ge 't druk hebt, {but} kunt ge zaterdag helpen verhuizen?")
    assert result.sentence == "Kunt ge zaterdag helpen verhuizen?"


def test_mo_first_is_a_name_that_stays_and_is_never_dropped_while_sure():
    result = shrink("mo kun je me vanavond ophalen bij de sportschool? kan nt fietsen met m'n enkel")
    assert result.sentence.startswith("Mo, ") or not result.sure


@pytest.mark.parametrize(("word", "words"), [
    ("ge't", ("ge", "het")), ("kheb't", ("ik", "heb", "het")), ("wa'k", ("wat", "ik")), ("da't", ("dat", "het")),
    ("zo'n", ("zo'n",)), ("z'n", ("zijn",)),
])
def test_glued_clitics_are_read_as_words(word, words):
    assert read_word(lexicon(), word) == words


def test_burden_with_a_glued_t_is_found():
    result = shrink("ik weet da ge't druk hebt mo zoudt ge donderdag mee willen gaan naar de psycholoog")
    assert result.sentence.startswith("Wilt ge donderdag meegaan naar de psycholoog")
    burden = [f.text for f in result.findings if f.kind == "last"]
    assert burden and "zoudt" not in burden[0]
