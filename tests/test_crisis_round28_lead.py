"""Ordinary requests from the krimp corpus (outside authors) that got the full crisis panel: money that 'moet eraf',
'lastig val' in the first person, 'me weer vervelend vinden', clothes 'kwijt geraakt'. Each word keeps its alarm
where it means the crisis."""
import pytest

from vraaghulp.coach.crisis import assess


@pytest.mark.parametrize("text", [
    "Mijn auto moest door de APK en dat kostte veel meer dan verwacht, en de huur moet vrijdag eraf. Kan ik 400 euro "
    "van je lenen?",
    "allee Stijn sorry da ik u hiermee lastig val ge weet da ik nie graag iets vraag maar de garagist wil 600 euro "
    "cash voor da ik mijne auto terugkrijg",
    "Dag Hilde, ge gaat me weer vervelend vinden he 🙈 Maar ik moet morgen om 10u naar de dokter. De sleutel hangt "
    "achter de toog.",
    "Ik wil ni klagen, maar er zijn wat kleren van mama kwijt geraakt na de was: haar grijze gilet en een sjaal.",
    "Je vindt me vast een zeur, maar kun je morgen de auto terugbrengen?",
    "de premie gaat er vrijdag af en de auto moet naar de garage, wil jij me brengen?",
])
def test_an_ordinary_request_gets_no_panel(text):
    assert assess(text).tier != "acuut"


@pytest.mark.parametrize("text", [
    "ik wil eraf, van die brug, vanavond nog",
    "de huur moet vrijdag eraf en ik wil van de brug springen",
    "voor als je mij komt zoeken: ik ben bij de brug, ik weet wat ik ga doen",
    "als ik onder een auto kom vind ik dat niet erg",
    "ik wil geraakt worden door een auto",
])
def test_the_same_words_in_a_crisis_still_alarm(text):
    assert assess(text).tier == "acuut"
