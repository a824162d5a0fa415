"""A request that points back keeps what it points to (contract point 4: no dangling 'die', 'dat', 'daarna').

pointing.py finds the word that points back; lean_back.py puts back the sentence that names what it points at,
or withholds 'sure'. Our own wording; the probe drafts are in tests/corpus/krimp/tuning21-k21c.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.lean_back import leaned, lost
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.pointing import INSTEAD, MOMENT, PERSON, PLACE, THING, pointer


@pytest.mark.parametrize("sentence, word, kind", [
    ("Kun je die even naar buiten brengen?", "die", THING),
    ("Wilt u het vandaag bij mij brengen?", "het", THING),
    ("Wie kan ze brengen?", "ze", THING),
    ("Kunt ge hem zaterdag meepakken?", "hem", THING),
    ("Zou jij haar kunnen brengen?", "haar", PERSON),
    ("Mag ik die dag vrij nemen?", "die dag", MOMENT),
    ("Kan ik op dat moment vrij zijn?", "dat moment", MOMENT),
    ("Kun jij mij dan vervangen?", "dan", MOMENT),
    ("Kunt u daar deze week iemand voor sturen?", "daar", THING),
    ("Kunt ge daar wat vroeger zijn?", "daar", PLACE),
    ("Kunt u mij laten weten hoe het ermee staat?", "ermee", THING),
    ("Kunnen jullie er vandaag naar kijken?", "er", THING),
    ("Kunt ge mij zondag inplannen in de plaats?", "in de plaats", INSTEAD),
    ("Kan diegene zich bij mij melden?", "diegene", PERSON),
    ("Ik wil dat hij de eerste nacht naar huis mag bellen.", "hij", PERSON),
    ("kunde gij die morgen afgeven bij ons ma", "die", THING),
])
def test_a_word_that_points_back_is_found_with_what_it_needs(sentence, word, kind):
    assert pointer(lexicon(), sentence) == (word, kind)


@pytest.mark.parametrize("sentence", [
    "Het lukt mij niet om op tijd te zijn.",  # a dummy subject
    "Is het mogelijk om de afspraak te verzetten?",
    "Wil je het me laten weten als je kunt?",  # 'het' pointing ahead
    "Ik wil dat je oom Frits niet uitnodigt.",  # 'dat' a conjunction
    "Mag ik die oude foto's van het dorp lenen?",  # 'die' before its own noun
    "Kunnen jullie deze week factuur 2024-117 betalen?",  # 'deze week' is now, not back
    "Kun je deze keer de loodgieter bellen?",
    "Als je klaar bent, kun je dan even bellen?",  # 'dan' after its if-clause
    "Kun je zaterdag dan de kinderen halen?",  # the moment is named before 'dan'
    "Kun jij vrijdag in mijn plaats staan?",  # whose place is said
    "Kun je de fiets van Jan ophalen?",
    "Zou u erop willen letten dat de deur dicht is?",  # 'erop' points ahead
])
def test_no_pointing_word_where_the_sentence_names_it_or_nothing_points(sentence):
    assert pointer(lexicon(), sentence) is None


def test_the_sentence_that_names_the_thing_is_put_back_before_the_ask():
    draft = "Dag Anouk, er staat een doos met boeken van mij bij jou op zolder. Kun je die morgen meenemen?"
    result = leaned(lexicon(), draft, "Anouk, kun je die morgen meenemen?")
    assert result == "Anouk, er staat een doos met boeken van mij bij jou op zolder. Kun je die morgen meenemen?"


def test_a_kept_sentence_with_only_a_thing_after_a_preposition_is_stepped_over():
    draft = ("Goedemiddag mevrouw Jansen. Er staat een plant van mij bij u in de gang. Ik kan moeilijk traplopen na "
             "mijn val. Wilt u hem vanavond bij mij brengen?")
    result = leaned(lexicon(), draft, "Mevrouw Jansen, ik kan moeilijk traplopen na mijn val. Wilt u hem vanavond bij mij brengen?")
    assert result.startswith("Mevrouw Jansen, er staat een plant van mij bij u in de gang. Ik kan moeilijk")


def test_a_sentence_that_points_back_itself_brings_the_one_before_it():
    draft = ("Beste meneer, in januari heb ik een bezwaar tegen de aanslag van 2023 ingediend. Ik heb daar niets meer "
             "over gehoord. Kunt u laten weten hoe het ermee staat?")
    result = leaned(lexicon(), draft, "Ik heb daar niets meer over gehoord. Kunt u laten weten hoe het ermee staat?")
    assert result.startswith("In januari heb ik een bezwaar tegen de aanslag van 2023 ingediend. Ik heb daar")


def test_nothing_changes_when_the_result_names_its_own_referent():
    draft = "Hoi Sem, mijn fiets staat bij jou. Kun je mijn fiets morgen brengen?"
    assert leaned(lexicon(), draft, "Sem, kun je mijn fiets morgen brengen?") == "Sem, kun je mijn fiets morgen brengen?"
    assert not lost(lexicon(), draft, "Sem, kun je mijn fiets morgen brengen?")


def test_a_draft_that_names_nothing_before_the_ask_lost_nothing():
    assert not lost(lexicon(), "Kun je het morgen brengen?", "Kun je het morgen brengen?")


def test_a_pointing_word_whose_referent_went_is_never_sure():
    draft = ("Goedemorgen meneer Bakker. Er ligt een pakket van mij bij u, zegt de bezorger. Ik heb mijn enkel "
             "verstuikt. Zou u het vandaag misschien bij mij kunnen brengen? Ik woon op nummer 12.")
    result = shrink(draft)
    assert "pakket" in result.sentence or not result.sure


@pytest.mark.parametrize("draft, must", [
    ("Goedemiddag, er ligt een pakketje van mij bij u. Wilt u het vandaag bij mij brengen? Groet, Henk", "pakketje"),
    ("Hoi Jet, de printer op zolder geeft steeds een storing. Kun je er vanavond naar kijken?", "printer"),
    ("Beste Ilse, bij de levering van gisteren ontbraken vier stoelen. Kunt u deze alsnog deze week leveren?", "stoelen"),
])
def test_the_offer_keeps_what_its_pointing_word_points_at(draft, must):
    result = shrink(draft)
    assert must in result.sentence


def test_an_instead_keeps_what_it_replaces_or_is_not_sure():
    draft = ("Dag meneer Peeters, sorry dat ik stoor. Ik kan vrijdag ni komen werken want mijn zus trouwt. "
             "Zoudt ge mij maandag kunnen inplannen in de plaats? Groetjes Lotte")
    result = shrink(draft)
    assert "vrijdag" in result.sentence or not result.sure
