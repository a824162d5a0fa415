"""Round 51 (k51a): the one sentence right before the ask that the ask points into (fact_before.py).

Own drafts in the shapes counted over the outside files (tools/krimp_fact_before.py, README "Round 51 (k51a)"): the
ask's own words point back ('dat bedrag', a bare 'die', 'dan', 'die weken') and the sentence before holds what the
reader acts on (a room number, an amount, a day and hour, a place). That sentence goes back in front of the not-sure
offer, after the name; each kept case fails with the rule off. Harmless twins: a greeting, an apology, a story with
'haha', burden talk, a sentence that points back itself, an anchor the ask already holds — nothing comes back.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import fact_before, shrink
from vraaghulp.coach.krimp.checks import lower_words

KEPT = [
    # a bare 'die' as the object: what it is and where it lies
    ("hoi allemaal ik heb mijn gymtas laten staan in lokaal 1.05 na wiskunde. kan iemand die morgen voor me meenemen?",
     "lokaal 1.05"),
    # 'dat bedrag': the amount and what it is for
    ("Geachte heer, mevrouw, Ik heb begrepen dat ik voor de gehoorapparaten een eigen bijdrage van € 275 moet betalen. "
     "Ik wil u vragen of het mogelijk is dat bedrag in drie delen te betalen.", "€ 275"),
    # 'dan': the appointment that says when
    ("Hey zus, ik vind het echt moeilijk om te vragen. Ik heb woensdag om 14u een gesprek bij het UWV in Arnhem. "
     "Zou je dan op Mila kunnen passen, van 13u tot 16u?", "UWV in Arnhem"),
    # 'die weken': how many weeks
    ("Beste Karin, de dokter heeft mij nog 4 weken rust gegeven. Zou ik die weken van thuis uit mogen werken?",
     "4 weken rust"),
]


@pytest.mark.parametrize("draft,said", KEPT)
def test_the_sentence_the_ask_points_into_comes_back_in_front(draft, said):
    r = shrink(draft)
    assert not r.sure  # the put-back is only ever on the not-sure offer
    head, _, ask = r.sentence.rpartition(". ")
    assert said in head, r.sentence
    assert said not in ask
    assert r.sentence.count(said) == 1


# Since k51c's turn of 'of het mogelijk is dat bedrag … te betalen' into 'Mag ik dat bedrag … betalen?' (merged in
# round 51), an older rule keeps the amount sentence before 'dat bedrag' on its own; that case no longer needs this one.
@pytest.mark.parametrize("draft,said", [case for case in KEPT if case[1] != "€ 275"])
def test_without_the_rule_the_sentence_was_dropped(draft, said, monkeypatch):
    monkeypatch.setattr(fact_before, "ON", False)
    assert said not in shrink(draft).sentence


def test_the_name_stays_first_and_the_greeting_and_hedge_stay_out():
    r = shrink(KEPT[2][0])
    assert r.sentence.startswith("Zus, ik heb woensdag om 14u")
    assert "moeilijk" not in lower_words(r.sentence)


def test_the_salutation_is_no_part_of_the_sentence_put_back():
    r = shrink(KEPT[1][0])
    assert r.sentence.startswith("Ik heb begrepen dat"), r.sentence
    assert "geachte" not in lower_words(r.sentence) and "mevrouw" not in lower_words(r.sentence)


# (draft, the result the engine would offer, what must not come back)
HARMLESS = [
    # an apology that holds a date and an amount
    ("Hoi Tom, het spijt me echt dat ik zaterdag 3 mei zo laat was. Zou je dat bedrag van 20 euro kunnen overmaken?",
     "Tom, kun je dat bedrag van 20 euro overmaken?", "spijt"),
    # a story, with 'haha'
    ("Hoi Bram, haha gisteren was het echt een gekke dag in Utrecht. Zou je die morgen kunnen meenemen?",
     "Bram, kun je die morgen meenemen?", "Utrecht"),
    # burden talk to the reader, with a day and a place
    ("Dag Els, ik wil je echt niet lastigvallen op je vrije zaterdag in Gent. Zou je dat pakket morgen kunnen ophalen?",
     "Els, kun je dat pakket morgen ophalen?", "lastigvallen"),
    # a sentence that points back itself
    ("Hey Sam, daardoor heb ik nu een tekort van 80 euro bij de bank. Zou je dat bedrag kunnen voorschieten?",
     "Sam, kun je dat bedrag voorschieten?", "tekort"),
    # a greeting line with an emoji and a name
    ("Dag ons Lotte 😘 hier is 't bomma. Zoudt ge dat zaterdag voor ons kunnen doen?",
     "Kunt ge dat zaterdag voor ons doen?", "bomma"),
    # the writer's own trip, its dates already in the ask: 'in die tijd' needs nothing more
    ("Lieve Joke, we gaan van 3 tot 10 juni naar onze dochter in Spanje. Zou je in die tijd de planten water kunnen geven?",
     "Joke, kun je van 3 tot 10 juni in die tijd de planten water geven?", "Spanje"),
    # no pointer in the ask: the sentence before is the writer's own news
    ("Hoi Kim, ik was zondag bij mijn zus in Gent. Zou je morgen mijn fiets kunnen plakken?",
     "Kim, kun je morgen mijn fiets plakken?", "Gent"),
    # a wish of the writer's own, not a fact
    ("Hoi Kim, ik zou graag op 14 juni een feestje geven in Delft. Zou je daarbij kunnen helpen?",
     "Kim, kun je daarbij helpen?", "feestje"),
]


@pytest.mark.parametrize("draft,result,word", HARMLESS)
def test_no_apology_story_burden_or_greeting_comes_back(draft, result, word):
    assert fact_before.leaned(draft, result) == ""
    assert fact_before.offer(draft, result, "")[0] == result


@pytest.mark.parametrize("draft,result,word", HARMLESS)
def test_the_harmless_twin_is_the_same_through_the_engine(draft, result, word, monkeypatch):
    on = shrink(draft)
    monkeypatch.setattr(fact_before, "ON", False)
    off = shrink(draft)
    assert (on.sentence, on.sure) == (off.sentence, off.sure)


def test_how_the_ask_points_back():
    assert fact_before.pointer("Mag ik dat bedrag in vier termijnen betalen?") == "noun"
    assert fact_before.pointer("Kan iemand die morgen voor me meenemen?") == "bare"
    assert fact_before.pointer("Zoudt ge dan op de kleine kunnen letten?") == "then"
    # 'dat' opening a clause, 'die' as a relative, 'deze week' (now, not back), a pointer inside a 'zodat' clause
    assert fact_before.pointer("Kunt ge letten, zonder te zeggen dat het van mij komt?") == ""
    assert fact_before.pointer("Kun je deze week de jongens die morgen spelen bellen?") == ""
    assert fact_before.pointer("Kunt u mijn voorschrift verlengen, zodat ik het morgen kan ophalen?") == ""


def test_a_sure_result_is_never_touched(monkeypatch):
    def called(*_args):
        raise AssertionError("fact_before.offer on a sure result")

    monkeypatch.setattr(fact_before, "offer", called)
    assert shrink("Hoi Sanne! Kun je dat boek morgen meenemen?").sure  # never asked
    with pytest.raises(AssertionError):
        shrink(KEPT[3][0])  # a not-sure result is
