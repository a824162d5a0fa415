"""Round 56 (k56b): a condition on the reader right in front of the ask, in the middle of its sentence.

Own drafts first (tests/corpus/krimp/tuning56-k56b.toml and below):
- heldout55's h55a-039 ('Mia het is Josephine … maar als ge dinsdag naar de markt gaat zoudt ge dan voor mij twee pond
  tomaten … meebrengen …') lost the condition while sure: the trip was cut to its moment 'dinsdag'. fronted_if.py only
  read a condition that opens the ask's sentence, occasion_kept.py one inside the ask. A condition on the reader that
  runs straight into the ask's verb and its reader after a boundary inside the sentence ('maar', a comma, a state, a
  run-on) and that the result cuts makes it not sure (cond_mid.py, `weg-voorwaarde-midden`); the offer puts it back
  in front of the ask as typed and takes its moment out of the ask again.
Harmless twins: a hatch in the same place ('als je tijd hebt', 'mocht u de gelegenheid hebben', 'als het lukt') goes
and the result may stay sure; a condition that opens the sentence is fronted_if's; a condition after the ask stays; a
condition that belongs to the clause before ('ge moet ni komen als ge gaat studeren maar kunde …'), or one before a
second ask the result does not keep, is no reason to doubt.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import cond_mid, shrink

CUT = [
    ("Mia het is Josephine van hiernaast ik weet dat ge het druk hebt met uw eigen moeder en ik wil geen last zijn maar "
     "als ge dinsdag naar de markt gaat zoudt ge dan voor mij twee pond tomaten en een kilo appels meebrengen maar geen "
     "Jonagold want die verdraag ik niet ik geef u het geld wel terug als ge passeert dank u wel kindje",
     "als ge dinsdag naar de markt gaat, kunt ge voor mij twee pond tomaten"),
    ("Hey Tom, sorry dat ik u weer stoor, maar wanneer ge deze week bij papa langsgaat, kunt ge dan zijn pillen voor de "
     "volgende maand meebrengen?",
     "Tom, wanneer ge deze week bij papa langsgaat, kunt ge"),
    ("Hilde het is Paula ik wil u niet ambeteren want ge hebt al genoeg aan uw hoofd maar als ge zondag naar de mis gaat "
     "zoudt ge mij dan kunnen oppikken aan de kerk van Bree want ik mag niet meer rijden dank u",
     "Hilde, als ge zondag naar de mis gaat, kunt ge mij dan oppikken"),
]


@pytest.mark.parametrize("draft,kept", CUT)
def test_a_condition_in_the_middle_cut_from_the_ask_is_never_sure_and_goes_back(draft, kept):
    r = shrink(draft)
    assert not r.sure
    assert cond_mid.CODE in r.withheld
    assert kept in r.sentence, r.sentence


def test_its_moment_does_not_stay_in_the_ask_beside_the_condition():
    r = shrink(CUT[0][0])
    assert r.sentence.count("dinsdag") == 1, r.sentence
    assert "geen Jonagold" in r.sentence


HATCH = [
    ("hee Noor ik weet dat je het druk hebt maar als je tijd hebt kun je dan morgen een pak luiers maat 4 voor me "
     "meenemen", "Noor, kun je morgen een pak luiers maat 4 voor me meenemen?"),
    ("Geachte dokter Smit, ik wil u niet lastigvallen, maar mocht u de gelegenheid hebben, wilt u dan vrijdag even naar "
     "de wond aan mijn been kijken? Met vriendelijke groet, Henk Jansen",
     "Dokter Smit, wilt u vrijdag even naar de wond aan mijn been kijken?"),
]


@pytest.mark.parametrize("draft,offer", HATCH)
def test_a_hatch_in_that_place_goes_and_the_result_stays_sure(draft, offer):
    r = shrink(draft)
    assert r.sentence == offer
    assert r.sure
    assert cond_mid.condition(draft) == ("", "", None)


NOT_MINE = [
    # belongs to the clause before it ('ge moet ni komen als …'), joined to the ask by 'maar'
    "dag lotteke met oma . ik moet donderdag met de dokter bellen via den tablet maar ik krijg da ding ni aan de praat. "
    "ge moet ni komen als ge gaat studeren maar kunde woensdagnamiddag efkes passeren om da te tonen?? dikke kus oma",
    # the writer is the subject of what follows ('… als ge langs komt ik wil u …')
    "Dag Tom met mama ik heb een briefje gekregen van het ziekenfonds en ik versta er niks van zoudt ge da efkes kunnen "
    "komen lezen deze week als ge langs komt ik wil u er nie mee lastig vallen want ge hebt al zo veel aan uw hoofd",
    # West-Flemish 'mor' (maar) ends the hatch before the ask
    "ja dag jonas t is ik ge moogt direct ophangen als ge bezig zijt mor kunde gij vanavond de vuilbak buitenzetten",
    # opens the sentence: fronted_if.py's
    "Noor! Als je toch naar de Jumbo gaat, kun je dan een pak luiers maat 4 voor me meenemen?",
]


@pytest.mark.parametrize("draft", NOT_MINE)
def test_no_condition_in_the_middle_is_read_where_there_is_none(draft):
    assert cond_mid.condition(draft)[0] == ""


def test_a_condition_before_a_second_ask_the_result_does_not_keep_is_no_doubt():
    draft = ("buurvrouw ik ben gevallen niks gebroken hoor maar kunt U mijn hond vanavond even uitlaten ik kan niet goed "
             "lopen En Als U Toch Gaat Wilt U Dan Ook Brood Meenemen groet mevr de Wit")
    assert cond_mid.condition(draft)[0] == "Toch Gaat"
    assert not cond_mid.lost(draft, "Buurvrouw, kunt u vanavond mijn hond uitlaten? Ik kan niet goed lopen.")
    assert cond_mid.lost(draft, "Buurvrouw, wilt u brood meenemen?")


def test_a_kept_condition_is_no_doubt():
    draft = CUT[1][0]
    assert not cond_mid.lost(draft, "Tom, wanneer ge deze week bij papa langsgaat, kunt ge zijn pillen meebrengen?")
    assert cond_mid.lost(draft, "Tom, kunt ge deze week zijn pillen voor de volgende maand meebrengen?")


def test_the_offer_is_unchanged_when_nothing_was_lost():
    said = "Tom, wanneer ge deze week bij papa langsgaat, kunt ge zijn pillen meebrengen?"
    assert cond_mid.offer(CUT[1][0], said, "Tom") == said


def test_a_condition_in_the_middle_of_a_spoken_draft_goes_back_in_front_of_the_question():
    # the shape of p54-012 (an older outside probe, not what shaped the change): 'En ik dacht, als jij … langskomt, zou
    # je …' with a statement kept before the question
    r = shrink("Ja hallo Sam, met papa. De printer doet het weer niet. En ik dacht, als jij donderdag toch langskomt, "
               "zou je dan misschien even naar dat ding kunnen kijken? Maar alleen als je tijd hebt hoor.")
    assert not r.sure
    assert "Als jij donderdag toch langskomt, kun je" in r.sentence, r.sentence
    assert r.sentence.count("donderdag") == 1
