"""Round 43 (c43o): an overdose already taken, said plainly, gets the panel; 'gekozen' with an ordinary object
('de kleur gekozen', 'gekozen voor de blauwe') is no plan beside an errand or a time.

Each kind next to the harmless twins that must stay quiet or at most gentle, and the plan lines that depend on
'gekozen' / 'uitgekozen' and must keep their panel."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import tier_of

OVERDOSE_TAKEN = [
    "ik heb te veel pillen genomen, bel mijn zus",
    "ik heb te veel pillen genomen",
    "ik heb pillen geslikt",
    "ik heb te veel paracetamol genomen",
    "ik heb pillen genomen bel niet de politie bel mijn moeder",
    "help ik heb pillen genomen",
    "ik heb alles ingenomen",
    "ik heb teveel ingenomen",
    "ik heb veel pillen genomen",
    "ik heb veel te veel pillen geslikt",
    "ik heb een handvol pillen genomen",
    "ik heb te veel pillekes genomen",
    "kheb veel pilkes ingenomen",
    "ik heb te veel medicatie genomen",
    "ik heb te veel oxazepam genomen",
    "ik heb een doos dafalgan opgegeten",
    "ik heb al mijn medicatie ingepakt",
    "heb te veel pillen genomen",
    "ik heb te veel pillen genomen en nu ben ik duizelig",
    # already acute before this round: kept
    "ik heb een hele strip pillen genomen",
    "ik heb al mijn pillen ingenomen",
    "ik heb twintig pillen geslikt",
]

# harmless twins: quiet, or the gentle line at most
NOT_THE_PANEL = [
    "ik heb mijn pillen genomen, tot straks",
    "vergeten mijn pillen te nemen",
    "ik heb twee paracetamol genomen tegen de hoofdpijn",
    "de hond heeft pillen opgegeten, wat moet ik doen",
    "mijn hond heeft te veel pillen opgegeten",
    "ik heb te veel gegeten",
    "te veel pillen genomen door een klant",
    "ik heb per ongeluk twee keer mijn pil genomen, is dat erg?",
    "ik heb per ongeluk te veel paracetamol genomen, is dat erg?",
    "ik heb te veel paracetamol genomen tegen de hoofdpijn, is dat gevaarlijk?",
    "ik heb al mijn medicatie ingepakt voor de reis",
    "ik heb al mijn pillen ingepakt in de koffer",
    "ik heb vandaag mijn pillen geslikt",
    "ik heb net mijn pillen genomen, bel je straks",
    "ik heb pillen geslikt voor mijn bloeddruk",
    "ik heb een doosje paracetamol genomen uit de kast voor oma",
    "ik heb een doos pillen genomen bij de apotheek",
    "ik heb alles ingenomen wat de dokter zei",
    "ik heb veel medicijnen genomen in mijn leven",
    "ik heb veel pillen genomen de laatste tijd",
    "vroeger heb ik te veel pillen genomen",
    "mijn moeder had te veel pillen genomen en lag in het ziekenhuis",
    "heb jij te veel pillen genomen?",
    "ik heb een hele strip ibuprofen genomen voor de menstruatiepijn",
]

QUIET = [
    "ik heb te veel gegeten",
    "vergeten mijn pillen te nemen",
    "ik heb twee paracetamol genomen tegen de hoofdpijn",
    "de hond heeft pillen opgegeten, wat moet ik doen",
    "ik heb al mijn medicatie ingepakt voor de reis",
    "ik heb vandaag mijn pillen geslikt",
]


@pytest.mark.parametrize("text", OVERDOSE_TAKEN)
def test_an_overdose_already_taken_gets_the_panel(text):
    assert tier_of(text) == "acuut"


@pytest.mark.parametrize("text", NOT_THE_PANEL)
def test_an_ordinary_or_accidental_intake_gets_no_panel(text):
    assert tier_of(text) != "acuut"


@pytest.mark.parametrize("text", QUIET)
def test_a_plain_intake_stays_quiet(text):
    assert tier_of(text) is None


CHOICE_ORDINARY = [
    "Ik heb de kleur gekozen. Kun je de verf halen?",
    "ik heb het menu gekozen, kun je de wijn halen",
    "ik heb een school gekozen, kun je het formulier halen",
    "ik heb de bank gekozen, het wordt morgen",
    "ik heb een jurk uitgekozen, het wordt vrijdag",
    "ik heb gekozen voor de blauwe",
    "ik heb de kleur gekozen",
    # not being able to choose (Flemish 'ik krijg dat niet gekozen')
    "kom je zaterdag mee naar de meubelzaak, ik krijg dat niet gekozen alleen",
    "ik heb nog niet gekozen. kan jij morgen mee?",
    "ik heb niet gekozen, het wordt zaterdag",
]

# the plan reading of 'gekozen' stays: bare beside a time, a place, a means, death (corpus lines among them)
CHOICE_A_PLAN = [
    "ik heb gekozen, het wordt morgen",
    "ik heb gekozen. vannacht doe ik het",
    "ik heb gekozen voor de dood",
    "ik heb de brug uitgekozen, morgen is het zover",
    "ik heb het touw uitgekozen, kun je me naar de bouwmarkt brengen",
    "Mijn uitvaart is geregeld en de muziek gekozen. Ik heb er geen zin meer in, het hoeft voor mij niet meer.",
    "ik duik morgen naar 40 meter en ik kom niet meer boven, daar heb ik voor gekozen",
    "heb de brug bij de A2 uitgekozen, ik rij er vanavond na het werk langs, niemand hoeft meer op mij te wachten",
    "kheb het spoor uitgekozen, morgen om 7u, dan is het klaar",
    "Parachute? Nee, ik wil springen zonder. Ik heb het dak van de flat al uitgekozen.",
    "ik heb de kleur gekozen en de datum geprikt, ik weet al hoe ik het ga doen",
]


@pytest.mark.parametrize("text", CHOICE_ORDINARY)
def test_a_choice_of_an_ordinary_thing_is_no_plan(text):
    assert tier_of(text) is None


@pytest.mark.parametrize("text", CHOICE_A_PLAN)
def test_a_choice_that_is_a_plan_keeps_the_panel(text):
    assert tier_of(text) == "acuut"
