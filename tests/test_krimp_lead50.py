"""Practice flow, crisis words typed as the note (round 50, lead): the typed name or a sentence about how it goes is
never put after 'kun je … helpen met'; with no bare task beside the crisis words the engine's own crisis sentence is
offered, and a task elsewhere in the note is found and kept, in the writer's order."""

import pytest

from vraaghulp.coach.krimp.compose import composed


@pytest.mark.parametrize("person, note, kept", [
    ("mijn vriendin Esra", "Esra, het gaat echt heel slecht met me. ik wil niet meer leven. sorry.",
     ["Esra, het gaat echt heel slecht met me.", "Ik wil niet meer leven."]),
    ("Tom", "het gaat niet goed, ik wil niet meer leven", ["ik wil niet meer leven"]),
    ("mama", "mama, ik wil dood. kom je?", ["ik wil dood", "Kom je"]),
    ("Lies", "Lies, ik wil mezelf iets aandoen", ["Lies, ik wil mezelf iets aandoen."]),
    ("mijn broer Wout", "'t is gedaan, ik zie het niet meer zitten en ik wil er niet meer zijn", ["wil er niet meer zijn"]),
])
def test_no_task_beside_the_crisis_words_never_gives_helpen_met(person, note, kept):
    result = composed(person, note, "")
    assert result.crisis
    assert "helpen met" not in result.sentence
    for part in kept:
        assert part in result.sentence
    assert result.sentence.rstrip().endswith("?")  # always something to ask now


def test_the_task_after_a_state_is_found_and_the_writer_s_order_kept():
    result = composed("Lies", "ik kan niet meer. ik wil mezelf iets aandoen. bij me blijven vannacht", "")
    assert result.sentence == "Lies, ik kan niet meer. Ik wil mezelf iets aandoen. Kun je vannacht bij me blijven?"
    assert result.crisis and not result.sure  # a third part kept as typed: not sure


@pytest.mark.parametrize("person, note, expected", [
    ("mijn vriend Bas", "bij me komen zitten, ik denk steeds aan zelfmoord",
     "Bas, kun je nu bij me komen zitten? Ik denk steeds aan zelfmoord."),
    ("Tom", "morgen de was ophangen, ik ben kapot", None),
    ("mama", "ik zit er helemaal doorheen, wil je bellen", "Mama, ik zit er helemaal doorheen. Wil je bellen?"),
])
def test_the_twins_are_composed_as_before(person, note, expected):
    result = composed(person, note, "")
    if expected is not None:
        assert result.sentence == expected
    else:
        assert not result.crisis and "was ophangen" in result.sentence and "helpen met" not in result.sentence


def test_a_request_with_nothing_left_to_fill_in_does_not_crash():
    """Round 50: named_noun.apply read the first piece of a request that had none (IndexError in the CLI's
    'Er ging iets mis'); the line is from the crisis corpus (tuning12-l). Round 51 (c51a): that line is acuut in its
    gold and now gets the crisis sentence; its harmless twin (vitamins) keeps the path that crashed."""
    from vraaghulp.coach.krimp import shrink

    draft = "zeg jij bent apotheker assistent toch, hoeveel van die vitamines is te veel? wil het weten voor mezelf"
    for person in (None, "Tom"):
        result = shrink(draft, person=person)
        assert "vitamines" in result.sentence and not result.sure and not result.crisis
    crisis = "zeg jij bent apotheker assistent toch, hoeveel van die antidepressiva is te veel? wil het weten voor mezelf"
    for person in (None, "Tom"):
        result = shrink(crisis, person=person)
        assert result.crisis and "antidepressiva" not in result.sentence and not result.sure


@pytest.mark.parametrize("draft, expected", [
    # a modal and its infinitive close the 'dat' clause: the modal is the finite verb, never 'ik zijn … wil'
    ("mevrouw De Vries, ik wil u laten weten dat ik er niet meer wil zijn", "ik wil er niet meer zijn"),
    ("Ik wilde je laten weten dat ik morgen wil gaan. Kun je mij brengen?", "Ik wil morgen gaan."),
    # a verb that splits in a sentence of its own ('kan … aan') is left as typed, never 'Ik aankan het niet meer'
    ("Ik wil je laten weten dat ik het niet meer aankan. Kun je vanavond komen?", "dat ik het niet meer aankan"),
    ("Ik wil u laten weten dat de verwarming sinds maandag niet werkt. Kunt u een monteur sturen?",
     "De verwarming werkt sinds maandag niet."),
])
def test_a_told_lead_in_gone_leaves_a_sentence_in_right_order(draft, expected):
    from vraaghulp.coach.krimp import shrink

    sentence = shrink(draft).sentence
    assert expected in sentence
    assert "ik zijn" not in sentence.lower() and "ik aankan" not in sentence.lower()
