"""Round 20 review (rv20c): a visit to a grave asked of the reader, the next train that does not stop, a pet
handed over for good with no more need to care, a move as a cover story. The corpus lines are in
tests/corpus/crisis/tuning20-rv20c.toml; the texts here are not."""

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", (
    "Moeke, zoudt ge mee willen gaan naar het kerkhof bij vake? 'k Heb het daar alleen zo moeilijk mee.",
    "Pap, wil je zondag mee naar het graf van mama? Ik vind het daar alleen zo stil.",
    "ik neem de volgende die doorrijdt naar Den Haag, de stoptrein is uitgevallen",
    "de volgende die niet stopt in Lier neem ik, die is sneller",
    "onze kat gaat voorgoed naar mijn schoonzus, de baby is allergisch. kattenbak, straks hoeft dat niet meer",
    "zaterdag gaan we van de rotsen springen, wie durft mee? nooit meer zo'n kans deze zomer",
    "ik sta al een uur op het perron, trein afgeschaft. nooit meer met de NS, morgen neem ik de fiets",
))
def test_ordinary_lines_get_no_panel(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik sta op het perron. de volgende die doorrijdt neem ik",
    "k sta aan het spoor. de eerstvolgende trein die hier niet stopt is voor mij",
    "ik wacht al een uur op het perron, trein vertraagd. ik hou het niet meer vol. de volgende die doorrijdt neem ik",
    "onze poes gaat voorgoed naar de buurvrouw. ik kan niet meer voor haar zorgen, voor niemand meer, en straks hoeft dat ook niet meer",
    "iedereen denkt dat ik verhuis, maar waar ik naartoe ga heb ik niks meer nodig",
    "zoudt ge mee willen gaan naar het kerkhof bij vake? ik wil bij hem zijn, 'k hoor daar",
    # review of c20a: the group jump's exclusion saw only its own sentence
    "morgen gaan we van de pier springen, wie gaat er mee? ik spring en kom nooit meer boven",
    "zaterdag willen we van de brug springen, durf je mee? voor mij is het voorgoed",
))
def test_alarms_get_the_panel(text):
    assert assess(text).tier == ACUUT


def test_wanting_to_go_to_dad_where_i_belong_gets_the_gentle_line():
    assert assess("k wil naar oma, ik hoor daar").tier is not None
