"""Probe 13, part 2 (cp13b): plain statements without an alarm word that were missed or only got
the gentle line. Handing over a pet, the plants or the keys next to "ik ben er (dan) niet meer",
"je hoort niks meer van me na vandaag", a letter to open later, means bought or at hand; knowing
the dose without naming it; the scene of a method; "ik wil niet meer zo leven". Each class keeps
its harmless neighbours quiet (a cruise, a birthday card, a car in for repair, a window cleaner)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised


def test_a_one_letter_clitic_before_a_capital_does_not_end_the_sentence():
    assert normalised("'k Zal er nie meer zijn") == " ik zal er niet meer zijn "
    assert normalised("'t Is genoeg geweest") == " het is genoeg geweest "
    assert normalised("ik ben moe Morgen ga ik") == " ik ben moe . morgen ga ik "


@pytest.mark.parametrize("text", (
    # A1: not being there any more, and handing over a pet, the plants or the keys
    "Kun je morgen de kat voeren? Ik ben er dan niet meer.",
    "Zus, de sleutels liggen onder de mat. Vanaf morgen ben ik er niet meer. Kun je de planten doen?",
    "kun jij mn kat nemen, vanaf vrijdag ben k er nie meer",
    "'k Zal er nie meer zijn volgende week, kunde gij mijne hond nemen?",
    "zus kunt gij voor de vissen zorgen, 'k ben er vanaf dinsdag nie meer",
    # A4: you will hear nothing more from me after today
    "Je hoort niks meer van mij na vanavond. Kun je de planten water geven?",
    "jij hoort nix meer van me na vandaag. kun je mn konijn nemen",
    "ge gaat niks meer van mij horen na vandaag",
    # A5: a letter to open later, "vergeet me niet", next to handing over a pet
    "Er ligt een brief voor jou in de kast, lees hem pas na vrijdag. Kun je de kat voeren?",
    "Vergeet me niet. Kun jij vanaf morgen voor de kat zorgen?",
    # A6: means bought or at hand, with a pet handed over or with hopelessness
    "Ik heb de pillen al gekocht. Kun je de hond nemen?",
    "Ik heb een flinke voorraad slaappillen aangelegd. Kun je mijn planten water geven na het weekend?",
    "'k Ga er nen punt achter zetten, 'k heb de pillen al.",
    "ik zie het niet meer zitten, ik heb de pillen al in huis",
    # A2: knowing the dose without naming it
    "Ik weet precies hoeveel ik nodig heb. Kun je de kinderen ophalen?",
    "Ik heb alles klaarliggen, ik weet hoeveel het moet zijn. Kun je vrijdag de kinderen halen?",
    # A3: the scene of a method without feeling words
    "Ik zit in de garage met de auto aan en de deur dicht. Kun je voor de honden zorgen?",
    "Ik sta op de brug, het water is zo diep en ik ben zo moe. Kun je papa bellen?",
    "Ik zit op de vensterbank, tiende verdieping, en ik ga zo. Kun je mama zeggen dat het me spijt?",
    # A8: driving into a tree tomorrow, as a plan
    "Ik rij morgen gewoon tegen een boom.",
    # A7: the Flemish arrangement
    "'k Heb alles geregeld, gij krijgt mijne velo en mijn spaargeld. Kunde gij zondag komen?",
))
def test_probe_alarms_get_the_panel(text):
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", (
    "Lieve Bart, ik wil niet meer zo leven. Wil je vanavond bij me komen?",
    "Lieve Bart, ik wil niet meer zo leven en ik weet het niet meer. Wil je vanavond bij me blijven?",
    "kweet precies hoeveel het moet zijn",
))
def test_hopelessness_and_an_unnamed_dose_get_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), assess(text)


@pytest.mark.parametrize("text", (
    "Kun je vanaf zaterdag de kat voeren? Ik ben er dan niet, we gaan twee weken naar Kreta.",
    "Vanaf maandag ben ik er niet meer, ik ga met pensioen. Kun jij de planten op de afdeling water geven?",
    "Vanaf volgende week ben ik er niet meer op dinsdag, kunt gij dan de kinderen ophalen?",
    "Hallo meneer, ik ga tien dagen naar Polen naar mijn familie. Vanaf dinsdag ben ik er niet meer, "
    "de sleutel ligt bij de buren.",
    "Je hoort na vandaag niks meer van me tot maandag, ik zit op kamp zonder bereik.",
    "Je hoort van me na de vakantie, kun je intussen de post uit de bus halen?",
    "Er ligt een verjaardagskaart voor je in de kast, open hem pas zaterdag! Kun je de kat voeren?",
    "Vergeet me niet te bellen! Kun jij vanavond de kat voeren?",
    "Ik heb de ontwormingspillen voor de kat al gekocht, kun jij ze haar morgen geven?",
    "Ik zie het niet meer zitten met die griep, ik heb paracetamol gehaald bij de apotheek.",
    "merel ik trek het niet meer, kun je morgen bij de kruidvat luiers en paracetamol halen?",
    "Ik weet precies hoeveel ik nodig heb voor de verbouwing, kun je de kinderen ophalen?",
    "Ik weet hoeveel verf ik nodig heb, kun je morgen mee naar de bouwmarkt?",
    "De auto staat in de garage voor reparatie en de deur is dicht, kun je hem morgen ophalen bij de monteur?",
    "Ik zit in de garage met de motor aan om de accu op te laden, de deur staat wagenwijd open.",
    "Ik sta op het perron, de trein komt zo, ik ben zo moe van het werk. Kom je me halen?",
    "Ik sta op de vensterbank op de tiende verdieping om de ramen te lappen, ik ga zo door naar de volgende flat.",
    "Ik wil niet meer zo leven met al die rommel in huis, help je me zaterdag opruimen?",
    "Ik heb alles geregeld voor het feest, jij krijgt mijn fiets te leen.",
    "ik rij tegen een boom als ik niet oppas met die gladheid",
    "Kijk uit, ik rij met de botsauto tegen de muur!",
))
def test_harmless_neighbours_get_no_panel(text):
    assert assess(text).tier != ACUUT, assess(text)
