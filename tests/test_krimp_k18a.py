"""Round 18 (k18a): the honest sentence that names a difficulty stays (contract point 2), also in the
practice flow; a detail said right after the ask that the reader needs (where the thing is, how to
handle it) stays (point 3). Apologies and burden talk about the asking still go."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.placed import detail


@pytest.mark.parametrize(("draft", "honest"), [
    ("Hoi Ruud, zou jij de notulen van dinsdag kunnen rondsturen? Ik heb het deze week echt te druk, sorry!",
     "te druk"),
    ("pap ik weet niet goed hoe ik dit moet zeggen. ik word gepest in de klas. kun je morgen met mijn mentor bellen?",
     "ik word gepest in de klas"),
    ("tante Ria ik durf het ni goed te vragen. 'k word gepest op de bus. kunt ge mij deze week na school oppikken?",
     "'k word gepest op de bus"),
    ("Hoi Bas, ik zit een beetje in de knel met de planning. Zou je mij donderdag de lijst kunnen sturen?",
     "in de knel met de planning"),
    ("Dag Koen, 'k merk dat ik de mails ni meer bijhoud. Zoudt ge deze week tijd kunnen maken voor een gesprek?",
     "ni meer bijhoud"),
    ("Beste juf, onze zoon Bram heeft het moeilijk sinds de scheiding. Zou u hem extra in de gaten kunnen houden?",
     "heeft het moeilijk sinds de scheiding"),
    ("Beste meneer Koster, mijn dochter Lina heeft dyslexie. Zou zij bij de toets extra tijd kunnen krijgen? Excuses.",
     "Lina heeft dyslexie"),
    ("Lieve Daan, ik krijg de nieuwe tv niet aan de praat. Zou je zondag even kunnen komen kijken?",
     "niet aan de praat"),
    ("Sinds enkele dagen heb ik last van duizeligheid. Zou ik deze week langs kunnen komen bij dokter Visser?",
     "last van duizeligheid"),
])
def test_the_honest_sentence_that_names_a_difficulty_stays(draft, honest):
    assert honest.lower() in shrink(draft).sentence.lower()


@pytest.mark.parametrize(("person", "draft", "moment", "honest"), [
    ("mijn collega Joost", "zou jij de klant kunnen terugbellen? ik heb het te druk met de offertes, sorry", "morgen",
     "te druk met de offertes"),
    ("mijn moeder", "mam ik durf het eigenlijk niet te zeggen. ik word gepest op hockey. kunnen we er vanavond over praten?",
     "", "gepest op hockey"),
])
def test_the_practice_flow_keeps_the_honest_sentence(person, draft, moment, honest):
    sentence = compose(person, draft, moment or None)
    assert honest in sentence.lower(), sentence
    assert "sorry" not in sentence.lower() and "durf" not in sentence.lower()


@pytest.mark.parametrize(("draft", "gone"), [
    ("tante Ria ik durf het ni goed te vragen. 'k word gepest op de bus. kunt ge mij deze week na school oppikken?",
     "durf"),
    ("Hoi Sandra, sorry dat ik je stoor. Mijn zoon heeft het lastig sinds de verhuizing. Wil je zaterdag op hem letten?",
     "stoor"),
    ("Wil je zondag de nieuwe printer installeren, ik krijg hem niet aan de praat", "aan de praat"),
    ("Ik wil u niet lastigvallen, en misschien maak ik me te druk, maar kunt u vrijdag bellen?", "te druk"),
    ("Zou je de tuin willen doen? Als je het te druk hebt snap ik dat.", "te druk"),
])
def test_burden_talk_and_a_pointer_back_still_go(draft, gone):
    """Guards: these passed before the change and must keep passing."""
    assert gone not in shrink(draft).sentence.lower()


@pytest.mark.parametrize(("draft", "kept"), [
    ("Dag Ans, zou u morgen de planten water kunnen geven? De gieter staat achter in de schuur.",
     "De gieter staat achter in de schuur."),
    ("Hoi Tim, zou jij de presentatie willen afmaken? Ik kwam er niet aan toe. Het bestand staat in de gedeelde map.",
     "Het bestand staat in de gedeelde map."),
    ("Wie kan morgen mijn hond uitlaten? Hij mag niet los, hij trekt erg.", "Hij mag niet los."),
    ("Jonas, zoudt ge zaterdag mijn boormachine kunnen terugbrengen? Ze ligt in de koffer van mijn auto.",
     "Ze ligt in de koffer van mijn auto."),
])
def test_a_detail_after_the_ask_stays(draft, kept):
    assert shrink(draft).sentence.endswith(kept)


@pytest.mark.parametrize(("draft", "sentence"), [
    ("Kan iemand zaterdag rijden? Mijn auto staat in de garage.", "Kan iemand zaterdag rijden?"),
    ("Kun jij ze vrijdag ophalen? En wil je zorgen dat ze haar beugel meeneemt, die zit in het doosje.",
     "Kun jij ze vrijdag ophalen?"),
    ("Wil je de kosten declareren? De bonnetjes zitten in de bijlage.", "Wil je de kosten declareren?"),
    ("Kun je de planten water geven? De gieter staat misschien in de schuur.", "Kun je de planten water geven?"),
    ("Kun je de planten water geven? Mag ik je fiets lenen? De gieter staat in de schuur.",
     "Kun je de planten water geven?"),
])
def test_no_detail_where_the_sentence_is_a_reason_or_a_pointer(draft, sentence):
    assert detail(draft, sentence) == ""


@pytest.mark.parametrize(("draft", "kept"), [
    ("Dag Ans, zou u morgen de planten water kunnen geven? De gieter staat achter in de schuur. Sorry hoor.",
     "De gieter staat achter in de schuur"),
    ("Kun je het geld overmaken? Het was 35 euro. Sorry hoor.", "Het was 35 euro"),
])
def test_a_kept_detail_is_not_struck_through(draft, kept):
    result = shrink(draft)
    assert kept in result.sentence
    at = draft.index(kept)
    assert not any(a < at + len(kept) and at < b for a, b in result.dropped), result.dropped
    assert any("Sorry" in draft[a:b] for a, b in result.dropped)
