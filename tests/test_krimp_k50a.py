"""Round 50 (k50a): the one clause the reader needs, said after a comma in the ask's own sentence (comma_beside.py).

Own drafts, in the shapes tools/krimp_comma_tally.py counted over the outside files (README "Round 50 (k50a)"): a
problem ('… lekt weer', '… doet het niet'), a reason after 'want', a promise ('ik betaal het terug …'), the writer's
hour, said after a comma behind the ask, is put back as a sentence of its own after the question; at most that one
clause; apologies, burden, hedges, ways out and words to the reader still go. Each kept case fails with the rule off.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import comma_beside, shrink
from vraaghulp.coach.krimp.checks import lower_words

KEPT = [
    # a problem statement after a comma
    ("Kun je morgen mijn fiets plakken, de achterband is lek", "De achterband is lek."),
    ("Wil jij zaterdag naar mijn laptop kijken, mijn scherm is kapot", "Mijn scherm is kapot."),
    # a reason after 'want', with or without a comma
    ("kun je me zaterdag helpen met de verhuisdozen want de lift is kapot", "De lift is kapot."),
    ("Zoudt ge vrijdag mijn pakje kunnen afhalen aan de post, want mijn auto is kapot", "Mijn auto is kapot."),
    # a promise about the asked thing
    ("Mag ik 50 euro van je lenen voor de huur, ik betaal het volgende week terug", "Ik betaal het volgende week terug."),
    # how the writer is, the reason beside the ask
    ("Wil je donderdag de boodschappen voor me doen, mijn knie is gezwollen", "Mijn knie is gezwollen."),
    # the writer's hour the reader must know
    ("kan je mijn sleutel vanavond bij de buren leggen, ik kom pas om 11 thuis", "Ik kom pas om 11 thuis."),
]


@pytest.mark.parametrize("draft,said", KEPT)
def test_the_clause_after_the_comma_stays_as_its_own_sentence(draft, said):
    r = shrink(draft)
    question, _, rest = r.sentence.partition("?")
    assert rest.strip().startswith(said), r.sentence
    assert lower_words(said)[-1] not in lower_words(question)  # said once, after the question


@pytest.mark.parametrize("draft,said", KEPT)
def test_without_the_rule_the_clause_was_dropped(draft, said, monkeypatch):
    monkeypatch.setattr(comma_beside, "ACTIVE", False)
    assert said.rstrip(".") not in shrink(draft).sentence


def test_at_most_one_clause_and_the_burden_after_it_still_goes():
    r = shrink("Ik wil vragen of u dinsdagochtend de vuilniszakken naar de container wilt brengen, mijn rug is zo "
               "slecht, maar ik wil geen last zijn")
    assert "Mijn rug is zo slecht." in r.sentence
    assert "last" not in lower_words(r.sentence)
    assert r.sentence.count(".") == 1


def test_a_promise_beside_a_loan_stays_and_the_shame_about_asking_goes():
    r = shrink("ik wil eigenlijk vragen of ge mij 200 euro zoudt kunnen lenen voor mijn kot, ik betaal het terug "
               "tegen de zomer, maar ik schaam mij dood")
    assert "Ik betaal het terug tegen de zomer." in r.sentence
    assert "schaam" not in lower_words(r.sentence)


def test_a_clause_put_back_leaves_the_result_not_sure(monkeypatch):
    # the outside golds split on the clause: the reader looks, even at a plain fact that was dropped while sure
    draft = "Kun je morgen mijn fiets plakken, de achterband is lek"
    r = shrink(draft)
    assert "De achterband is lek." in r.sentence and not r.sure
    monkeypatch.setattr(comma_beside, "ACTIVE", False)
    assert shrink(draft).sure


def test_the_reader_spoken_of_in_the_clause_is_no_fact_to_keep():
    # 'vragen of hij … want hij werkt …': 'hij' is the reader the note is for; after the ask turns to 'je' it reads wrong
    r = shrink("vragen of hij mij kan helpen met mijn cv want hij werkt bij de gemeente", person="oom Ravi")
    assert "hij" not in lower_words(r.sentence)


def test_shame_on_its_own_beside_a_loan_stays_the_honest_sentence():
    r = shrink("Mam, kun je me deze maand 200 euro lenen? Ik schaam me zo.")
    assert "schaam" in lower_words(r.sentence)


HARMLESS = [
    # burden and words to the reader
    ("Kun je zaterdag naar mijn fiets kijken, ik weet dat je het druk hebt", "druk"),
    ("Wil je morgen de kat voeren, ik wil geen last zijn", "last"),
    # an apology
    ("Kun je vrijdag mijn pakket aannemen, sorry dat ik het weer vraag", "sorry"),
    # a way out
    ("Kun je zondag helpen met de tuin, als het niet lukt is het geen probleem", "probleem"),
    ("Kun je zondag helpen met de tuin, anders vraag ik Piet", "piet"),
    ("Kun je morgen mijn pakje aannemen, ik wil je niet lastigvallen", "lastig"),
    # a clause that leans on the ask with a pronoun ('het' of an idiom, a person of the ask)
    ("Kun je zaterdag de kinderen ophalen, ze hebben tot vier uur zwemles", "zwemles"),
    # a clause that cannot stand alone as typed
    ("Kun je vrijdag op de kinderen passen omdat ik naar het ziekenhuis moet", "ik naar het ziekenhuis moet."),
]


@pytest.mark.parametrize("draft,word", HARMLESS)
def test_padding_after_the_comma_still_goes(draft, word):
    r = shrink(draft)
    assert word not in r.sentence.lower(), r.sentence


def test_the_tally_tool_classes_the_kinds():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    from krimp_comma_tally import kind_of
    assert kind_of("de verwarming werkt al drie weken niet") == "probleem"
    assert kind_of("ik betaal het terug tegen de zomer") == "belofte"
    assert kind_of("ik kom pas om 11 thuis") == "eigen-tijd"
    assert kind_of("mijn rug is zo slecht") == "toestand"
    assert kind_of("Nadia heeft een feest") == "feit"
