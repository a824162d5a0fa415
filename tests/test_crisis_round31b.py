"""Round 31 (c31b): the tier of what was still at the wrong tier on crisis-s and eigen47.

- The lead's decision: a close person's death wish or self-harm told by a worried sibling, friend or parent gets the
  gentle line (the helplines also serve those who worry about someone), never the panel; work talk about a client
  stays as it was.
- A patient's, a relative's, a pet's or the ward's medicine taken for oneself: the panel.
- crisis-s's acute kinds: a moment chosen beside codes laid out, one's own medicine stopped "and if it happens, so be
  it", one's own funeral arranged "and it may be this month", the means at home and waiting until the house is empty.
- The gentle line: a passive wish beside "maar ik ga niks doen (hoor)" (frame `doe-niks-ontkend`), and "ik kan niet
  meer" beside only "niemand die het ziet / merkt" (`posture`).

Read by the rules alone (`observe`), so a refit of the second opinion does not move these tests. More probes in
tests/corpus/crisis/eigen48.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, observe
from vraaghulp.coach.crisis.posture import separate


def _rules(text: str) -> str | None:
    return observe(text)[0]


@pytest.mark.parametrize("text", [
    "mn broertje zegt dat hij niet meer wil leven, hoe praat ik daarover met mn ouders?",
    "mijn beste vriend zegt dat hij niet meer wil leven, hoe praat ik daarover met mijn mentor?",
    "mijn vriendin zegt dat ze dood wil, moet ik haar ouders inlichten?",
    "mn vriendin heeft me verteld dat ze zichzelf snijdt, ik maak me zo zorgen. hoe kan ik haar helpen?",
    "ons ma zegt da ze nie meer wil leven sinds pa weg is, hoe pak ik da aan?",
    "mijn man praat over zelfmoord sinds hij zijn werk kwijt is, met wie kan ik daarover praten?",
    "mijn dochter snijdt zichzelf, de huisarts komt morgen langs",
])
def test_a_close_person_s_death_wish_or_self_harm_gets_the_gentle_line(text):
    assert _rules(text) == ZORG


@pytest.mark.parametrize("text", [
    "bewoonster kraste zich weer met een paperclip, wond verzorgd en gemeld bij de arts",
    "mijn vader is zo eenzaam, wie kan hem bezoeken?",
])
def test_work_talk_and_ordinary_worries_about_someone_stay_quiet(text):
    assert _rules(text) is None


@pytest.mark.parametrize("text", [
    "na de dienst kalium meegenomen, niemand die het merkt. ik wil dit niet meer",
    "morfine van ma ligt hier nog, ik ga het zelf nemen, ik kan dit niet meer",
    "ons Bello is weg, nu heb ik niks meer. ik neem alle pillen van de dierenarts zelf",
    "de oxycodon van mijn vader ligt hier nog, ik ga die vanavond zelf innemen",
    "na mijn dienst insuline meegenomen van de afdeling, voor mezelf. ik ben er klaar mee",
    "heb ampullen van het werk meegenomen, ik spuit het mezelf in als de kinderen slapen",
    "ik heb de spuit van de dierenarts nog, die gebruik ik voor mezelf als de kat er niet meer is",
    "k hem de medicatie van mijn bewoner meegenomen veur mezelf, ik kan nie meer",
    "ik neem de pillen van ma zelf in, vannacht",
])
def test_a_patient_s_or_relative_s_medicine_for_oneself_gets_the_panel(text):
    assert _rules(text) == ACUUT


@pytest.mark.parametrize("text", [
    "de pillen van mijn vader breng ik morgen terug naar de apotheek, ik ga ze zelf wegbrengen",
    "ik neem de pillen van de hond zelf mee naar de dierenarts",
    "ik neem de pillen van mijn moeder zelf in bewaring",
    "de insuline van de bewoner zit in de koelkast, heb het zelf nagekeken",
    "de medicatie van ma, ik ga die zelf toedienen want de thuiszorg komt niet",
    "morfine van oma, ik ga het zelf geven vanavond",
    "kalium meegenomen naar kamer 3, niemand had het klaargezet",
    "de pillen van de dierenarts, die geef ik zelf aan de hond",
    "mijn ma haar pillen, ik ga ze zelf nemen naar de apotheek",
])
def test_someone_else_s_medicine_handled_as_it_should_be_gets_no_panel(text):
    assert _rules(text) != ACUUT


@pytest.mark.parametrize("text", [
    "mijn codes liggen klaar voor als er iets gebeurt. en ik weet al welke dag dat wordt",
    "ik stop me mijn medicatie, as et vanzelf gebeurt dan is da maar zo. niemand moet da weten he",
    "ik neem mijn insuline niet meer, als het dan gebeurt is het goed. zeg het aan niemand",
    "ik slik mijn medicijnen al een week niet meer, hopelijk stopt mijn hart vanzelf. niemand weet het",
    "ik benijd de mensen die ik in het hospice verzorg. mijn uitvaart is geregeld en van mij mag het morgen",
    "Mijn eigen uitvaart heb ik al bij jullie vastgelegd, wat mij betreft mag het deze maand nog",
    "Het middel heb ik thuis al liggen, ik wacht alleen tot het huis leeg is.",
    "poes laten inslapen vandaag. ik heb nog een flesje van het middel thuis, als mijn man op reis is neem ik het",
])
def test_crisis_s_acute_kinds_get_the_panel_by_rule(text):
    assert _rules(text) == ACUUT


@pytest.mark.parametrize("text", [
    "mijn wachtwoorden staan in een boekje voor als er ooit iets gebeurt, de notaris zei dat het slim is",
    "testament bij de notaris laten maken, de afspraak is in mei maar ik weet niet wanneer dat is",
    "ik stop met mijn antibiotica, de kuur is op. mag ik weer drinken?",
    "mijn uitvaart is geregeld, de kleinkinderen mogen morgen komen eten",
    "het middel tegen vlooien ligt nog thuis, ik wacht tot de kinderen naar school zijn om de hond te behandelen",
    "de datum staat vast! 14 juni trouwen we",
])
def test_their_look_alikes_get_no_panel(text):
    assert _rules(text) != ACUUT


@pytest.mark.parametrize("text", [
    "iemand anders ook dat je gewoon niet meer wil bestaan maar ook niks gaat doen? gewoon leeg",
    "soms denk ik dat het beter zou zijn als ik er niet meer was, maar ik doe niks hoor",
    "soms wil ik gewoon niet meer bestaan, maar ik ga echt niks doen hoor",
    "ik wou dat ik er gewoon niet was, maar rustig, ik doe mezelf niks aan",
    "k wil nie meer leven mor ik ga niks doen he, echt nie",
    "mijn vader vraagt vijf keer per uur waar mama is. ik kan nie meer, echt nie. en niemand die het ziet",
    "ik kan niet meer, echt niet, en niemand die het merkt",
    "ik trek t gewoon nie meer alles gaat mis wat ik doe en niemand die t ziet",
])
def test_a_denied_passive_wish_and_exhaustion_unseen_get_the_gentle_line(text):
    assert _rules(text) == ZORG


@pytest.mark.parametrize("text", [
    "ik wil dood maar ik ga niks doen, nog niet",
    "ik wil niet meer leven, ik ga niks doen, de pillen liggen klaar",
    "ik wil dood, ik ga niks doen want ik heb het al gedaan",
    "ik wil er niet meer zijn. ik ga niks doen vanavond, gewoon wachten tot iedereen slaapt",
    "ik kan ni meer en niemand merkt het, ik loop zo naar de rivier",
    "ik kan niet meer en niemand zou me missen",
    "ik ben op en niemand die het ziet, ik wil dat het stopt",
])
def test_the_real_alarm_beside_those_keeps_the_panel(text):
    assert _rules(text) == ACUUT


def test_posture_reads_unseen_exhaustion_as_one_worry_but_not_a_missed_one():
    unseen = {"uitputting": ["ik kan niet meer"], "isolatie": ["niemand die het ziet"]}
    missed = {"uitputting": ["ik kan niet meer"], "isolatie": ["niemand die me zou missen"]}
    assert separate(unseen) == {"uitputting"}
    assert separate(missed) == {"uitputting", "isolatie"}
    assert separate(unseen, frozenset({"tijd"})) == {"uitputting", "isolatie"}
