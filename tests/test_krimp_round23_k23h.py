"""Round 23 (k23h): three failure classes of the sealed set heldout22 (tuning-ho22a/b).

- a polite 'niet' right after 'zou + reader' with no softener after it ('zoudt ge mij ni naar … kunnen voeren')
  goes, but the result is never sure (polite_not.bare_polite_not); a 'niet' that negates ('ni meer', 'niet
  vergeten', 'ni voor onze poort', a limit after it) stays;
- the writer's identification for a practice or an office (a name with a date of birth or an address, before the
  request): a result that lost it is not sure; a crisis result keeps it in front (ident.py);
- what the writer cannot do, joined by 'en' to the honest sentence, stays with it (unable.py).
Drafts written for these tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import ident, shrink
from vraaghulp.coach.krimp.unable import cannot


@pytest.fixture(autouse=True)
def _rules(rules_only):
    yield


@pytest.mark.parametrize(("draft", "kept"), [
    ("Zoudt ge mij ni naar de markt kunnen brengen zaterdag?", "naar de markt"),
    ("Hoi Bram, zou je me niet naar het vliegveld kunnen rijden dinsdag?", "naar het vliegveld"),
    ("Zou u mij niet het nieuwe rooster kunnen mailen?", "het nieuwe rooster"),
    ("dag nonkel, zoudt ge voor mij ni wat hout kunnen meebrengen van de zaag?", "hout"),
])
def test_a_bare_polite_niet_before_a_service_goes_and_the_result_is_sure(draft, kept):
    result = shrink(draft)
    words = result.sentence.lower().split()
    assert kept in result.sentence
    assert "niet" not in words and "ni" not in words
    assert result.sure  # round 31 (k31b): a service for the writer (brengen, rijden, mailen …) is sure (polite_service.py)


def test_a_bare_polite_niet_before_another_verb_is_kept():
    # round 31 (k31d): with 'willen' before a verb that is no service the 'niet' is what is asked; it stays (polite_not.py)
    result = shrink("Zou je me niet bij mijn bijnaam willen noemen op het werk?")
    assert result.sentence == "Wil je me niet bij mijn bijnaam noemen op het werk?"


@pytest.mark.parametrize(("draft", "negation"), [
    ("Zoudt ge vanaf morgen ni meer na tien uur willen bellen?", "ni meer"),
    ("Zou je niet vergeten om de kat eten te geven morgen?", "niet vergeten"),
    ("Zoudt ge ni op maandag willen komen maar op dinsdag?", "ni op maandag"),
    ("Zou je je fiets niet tegen mijn raam willen zetten?", "niet tegen mijn raam"),
    ("Zoudt ge hem ni met de auto willen ophalen?", "ni met de auto"),
])
def test_a_niet_that_negates_stays(draft, negation):
    assert negation in shrink(draft).sentence


@pytest.mark.parametrize(("draft", "data"), [
    ("Goedemorgen, met Piet Smit, geb. 4-5-1949. Kan de dokter mij vandaag terugbellen?", "4-5-1949"),
    ("Hallo, hier de buurvrouw van Jan de Vries (Beukenlaan 12). Kan de wijkzuster morgen eerder komen?", "Beukenlaan 12"),
    ("Dag, ik ben huurder op de Meidoornstraat 8 bus 2. Kunt ge deze week de lift laten nakijken?", "Meidoornstraat 8"),
])
def test_the_identification_is_found(draft, data):
    found = ident.identification(draft)
    assert found is not None and data in found[1]


def test_a_signature_is_no_identification():
    draft = "Kunt u de lamp in de hal vervangen?\n\nMet vriendelijke groet,\nJ. Bakker\nLindelaan 4"
    assert ident.identification(draft) is None
    draft = "Beste meneer, kan de lamp in de hal vervangen worden. Met vriendelijke groet, J. Bakker, Lindelaan 4"
    assert ident.identification(draft) is None


def test_a_result_without_the_identification_is_not_sure():
    draft = "Goedemiddag, met Anneke Bos, geboren 3-3-1947. Kunt u mijn herhaalrecept voor de plaspillen klaarzetten?"
    result = shrink(draft)
    assert not result.sure or "3-3-1947" in result.sentence


def test_a_bracketed_identification_comes_back_in_an_unsure_result():
    draft = "Goedemiddag, met Anneke Bos (Merelstraat 3). Zouden jullie misschien mijn pillen morgen kunnen brengen?"
    result = shrink(draft)
    assert result.sentence.startswith("Met Anneke Bos (Merelstraat 3).")
    assert not result.sure


def test_a_crisis_result_keeps_whom_to_call_back():
    draft = ("Goedemorgen, met Wim Vos, geb. 2-2-1944. Ik zie het leven niet meer zitten en wil er een eind aan "
             "maken. Kan de dokter mij bellen? Mijn nummer is 06-99887766.")
    result = shrink(draft)
    assert result.crisis
    assert result.sentence.startswith("Met Wim Vos, geb. 2-2-1944.")
    assert "06-99887766" in result.sentence


@pytest.mark.parametrize(("words", "before", "expected"), [
    ("ik kan niet autorijden", "", True),
    ("ik geraak de trap ni meer op", "", True),
    ("ik mag van de dokter niks tillen", "", True),
    ("ik durf er niet mee te komen", "", False),
    ("ik kan niet want ik werk", "", False),
    ("ik kan niet meer", "", False),
    ("ik kom het huis bijna niet uit", "het gaat niet goed met me", False),
    ("ik moet morgen werken", "", False),
])
def test_what_the_writer_cannot_do(words, before, expected):
    assert cannot(words.split(), before.split()) is expected


@pytest.mark.parametrize(("draft", "both"), [
    ("Dokter, ik heb sinds gisteren 39 graden koorts en ik kom niet uit bed. Kunt u vandaag langskomen?",
     ("koorts", "ik kom niet uit bed")),
    ("Sofie, ik heb zo'n pijn aan mijn voet en ik kan niet autorijden. Kun je vrijdag de boodschappen doen?",
     ("pijn aan mijn voet", "niet autorijden")),
    ("pa, mijn knie is weer dik en ik geraak de trap ni op. kunde zondag helpen met de was?",
     ("knie", "trap ni op")),
])
def test_the_honest_sentence_keeps_what_the_writer_cannot_do(draft, both):
    sentence = shrink(draft).sentence
    assert all(part in sentence for part in both), sentence
