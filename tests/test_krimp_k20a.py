"""Round 20 (k20a): a polite 'ni/niet' in a question, 'would you mind …ing', and distress kept whole."""

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft, expected", [
    ("Zoudt ge volgende woensdag ni efkes kunnen komen helpen met de was?",
     "Kunt ge volgende woensdag komen helpen met de was?"),
    ("Kunt ge ni efkes de vuilbak buitenzetten?", "Kunt ge de vuilbak buitenzetten?"),
    ("Zoudt gij morgen ni ne keer kunnen langskomen?", "Kunt gij morgen langskomen?"),
])
def test_a_polite_not_before_a_softener_goes(draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize("draft", [
    "Zoudt ge zondag ni meer kunnen komen werken?",  # no softener after it: the 'ni' may carry meaning
    "Kun je niet een boek meenemen?",
])
def test_a_not_without_a_softener_stays(draft):
    assert " ni" in shrink(draft).sentence


@pytest.mark.parametrize("draft, expected", [
    ("Zou je het vervelend vinden om vanavond een kopje koffie bij me te komen drinken?",
     "Wil je vanavond een kopje koffie bij me komen drinken?"),
    ("Zou u het bezwaarlijk vinden om de vergadering naar donderdag te verzetten?",
     "Wilt u de vergadering naar donderdag verzetten?"),
    ("Zou je het heel vervelend vinden om niet meer op het balkon te roken?",
     "Wil je niet meer op het balkon roken?"),
])
def test_would_you_mind_doing_becomes_wil_je(draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize("draft, words", [
    ("Lot ik weet niet wat ik moet doen. ik zit al een uur op de badkamervloer te trillen en ik kan niet meer "
     "stoppen met huilen. sorry dat ik je hiermee lastigval. wil je alsjeblieft komen?",
     ["badkamervloer te trillen", "niet meer stoppen met huilen", "komen?"]),
    ("Niels ik zit echt in de shit. ik heb al 3 dagen niet gegeten en ik kom mijn bed niet meer uit. kun je "
     "langskomen? sorry dat ik zo doe", ["3 dagen niet gegeten", "bed niet meer uit", "langskomen?"]),
    ("Hey Milan, sorry dat ik stoor. Ik heb een paniekaanval en ik krijg bijna geen lucht. Kun je bij me blijven "
     "aan de telefoon?", ["paniekaanval en ik krijg bijna geen lucht"]),
    ("Lotte, hij is weer door het lint gegaan en 'k ben zo bang. 'k Zit met de kleine bij de buurvrouw. "
     "Zoudt ge ons kunnen komen halen?", ["door het lint", "bang", "bij de buurvrouw"]),
])
def test_distress_words_stay_whole_without_nu(draft, words):
    result = shrink(draft)
    for w in words:
        assert w in result.sentence
    assert " nu " not in result.sentence and "sorry" not in result.sentence.lower()
    assert not result.crisis  # no acute tier: no panel, no added 'nu'


def test_a_worry_is_no_distress():
    result = shrink("Ik ben bang dat het niet lukt. Kun je morgen even helpen met de verhuizing?")
    assert result.sentence.endswith("Kun je morgen even helpen met de verhuizing?")
    assert "bang dat" not in result.sentence or result.sentence.startswith("Ik ben bang dat het niet lukt")
