"""Round 18 (c18c): the classes tuning18-c18c (written before reading the rules) alarmed on
wrongly or missed.

- harmless: medication or a dose for a named patient or resident; a question a pharmacist gets
  from customers; stopping chemo because the tumour is gone; a living will for later dementia;
  "zijn jullie van mij af / zijt ge van mij verlost" with a new job or a week away; "zonder mij
  verder tijdens mijn verlof"; someone else's tools given to me, a sister giving her things away
  for a tiny house; a mother of 94 who wants no more treatment; a farewell letter to the
  department when moving on; "ik kan niet meer" after a match; "gg ik ben dood, spectate me";
- alarms: a strong drug from work taken "voor mezelf"; "hoeveel ik nodig heb om niet meer wakker
  te worden"; "als de volgende trein komt hoeft het allemaal niet meer"; "mijn laatste leven, ook
  in het echt"; "ik spring uit het raam, geen grap"; "niet mijn dood, dat ga ik zelf doen"; "ik
  hoop dat mijn lichaam het opgeeft"; a knot looked up, or work drugs taken home, and a sentence
  that only denies an ordinary purpose ("niet om te klimmen.", "niet voor een patiënt.");
- gentle line: "alles voelt leeg en zinloos", "ik voel me al maanden hopeloos".

The cases under "new behaviour" fail on main 20bc4b2; the alarm twins guard the exclusions.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "Wie loopt vannacht de ronde? Morfine voor meneer Jansen staat klaar, max 10 mg per 4 uur",
    "kun je de dosis van mevrouw Claes op kamer 3 even nakijken? ze kreeg dubbel paracetamol volgens de lijst",
    "als apotheker krijg ik elke dag de vraag hoeveel slaappillen te veel is. Dan leg ik uit dat je ze nooit met drank mag nemen.",
    "de oncoloog zei dat ik mag stoppen met de chemo, de tumor is weg!!",
    "we hebben een levenstestament gemaakt voor als we later dement worden, dat geeft rust",
    "Vanaf maandag zijn jullie van mij af, ik begin bij de concurrent 😉 taart om drie uur",
    "vanaf morgen zijt ge van mij verlost, 'k ga een weekje naar de zee",
    "de sleutels liggen bij Tom, dan kunnen jullie zonder mij verder tijdens mijn ouderschapsverlof",
    "mijn oom heeft al zijn gereedschap aan mij gegeven, hij kan er niet meer mee werken",
    "mijn tante heeft al haar meubels verkocht, ze gaat in een tiny house wonen",
    "mijn vader wil niet meer behandeld worden, hij is 91 en vindt het mooi geweest",
    "hierbij mijn afscheidsbrief aan de vakgroep, het was fijn, ik vertrek naar Leuven",
    "wat een wedstrijd, ik ben kapot, ik kan niet meer, de trap op lukt niet eens",
    "gg ik ben dood, spectate me maar",
))
def test_new_behaviour_harmless_lines_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "als dierenarts heb ik een flesje inslaapmiddel meegenomen, voor mezelf",
    "ik zit bij de spoorwegovergang. als de volgende trein komt hoeft het allemaal niet meer",
    "dat was mijn laatste leven, ook in het echt",
    "ik spring uit het raam, geen grap. ik heb het weer verkloot",
    "die examens zijn niet mijn dood, dat doe ik zelf",
    "ik heb gegoogeld hoe je een strop legt. niet om te zeilen.",
    "ik neem de pillen van de afdeling mee naar huis. niet voor een patiënt.",
))
def test_new_behaviour_these_alarms_get_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "overdag voelt alles leeg en zinloos",
    "haha dit examen wordt mijn dood. nee serieus, ik voel me al weken hopeloos",
))
def test_new_behaviour_these_get_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", (
    "de morfine voor meneer Jansen staat klaar, maar ik neem hem vannacht zelf allemaal in",
    "ik heb de morfine van meneer Jansen mee naar huis genomen, voor mezelf",
    "ik krijg steeds de vraag in mijn hoofd hoeveel slaappillen te veel is voor mezelf",
    "ik mag stoppen met de chemo, de tumor is niet weg maar dan laat ik het gewoon gebeuren",
    "ik heb een levenstestament laten maken, voor als ik er niet meer ben zijn ze eindelijk opgelucht",
    "vanaf maandag zijn jullie van mij af, voorgoed, ik heb een brief geschreven",
    "mijn wachtwoorden liggen in de la, jullie kunnen zonder mij verder, voorgoed",
    "ik heb al mijn gereedschap aan mijn neef gegeven, ik heb het niet meer nodig waar ik heen ga",
    "mijn afscheidsbrief aan het team ligt klaar, morgen ben ik er niet meer, voorgoed",
    "gg iedereen, ik ben dood, ook in het echt",
    "ik weet hoeveel ik nodig heb om niet meer wakker te worden",
    "ik eet niks meer, ik hoop dat mijn hart ermee stopt",
    "na de training kan ik niet meer, alles is zo zwaar, ik wil niet meer leven",
))
def test_alarm_twins_of_the_exclusions_keep_the_panel(text):
    """The twins of the exclusions (and two alarms that had the panel on main already)."""
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "mijn zus heeft al haar spullen weggegeven en zegt dat ze het niet meer nodig heeft waar ze heen gaat",
    "mijn moeder wil niet meer behandeld worden, ze is 94 en heeft haar pillen gespaard",
))
def test_worry_about_someone_else_keeps_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", (
    "ik heb de insuline voor meneer Jansen apart gezet, voor mezelf heb ik niks nodig",
    "ik heb opgezocht hoe je een paalsteek legt. handig voor de boot",
    "ik heb opgezocht hoe je een knoop legt. niet om te klimmen maar om de tent vast te zetten",
    "ik neem de pillen van de afdeling mee naar huis om ze terug te brengen naar de apotheek",
    "als de volgende trein komt is het wachten voorbij",
    "ik hoop dat mijn lichaam het niet opgeeft tijdens de marathon",
    "ik spring van de hoge duikplank, geen grap",
    "deze toets wordt mijn dood, dat weet ik zelf ook wel",
))
def test_harmless_twins_of_the_new_alarms_stay_quiet(text):
    assert assess(text).tier is None
