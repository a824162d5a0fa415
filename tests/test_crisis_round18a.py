"""Round 18 (c18a): under-tiered first-person lines and the classes of the round-17 sealed set crisis-f.

- a first-person thought about suicide in the perfect tense ("ik heb vannacht aan zelfmoord gedacht"),
  and "'k heb er serieus over nagedacht" beside suicide as the topic, is the panel (it was 'over-ander');
- pills laid ready in the first person ("'k heb al mijn pillen klaargelegd") is the panel (it was zorg);
- a death wish stated in so many words stays the panel with a laughing emoji or "lol" after it;
- Flemish "moest ik er niet meer zijn", "da'k" (not "dak"), wanhoop without "meer" in its usual place,
  an animal on the roof, a film judged "heftig maar goed gemaakt".

18 of the 32 cases fail on main b2d5173 (every alarm case of the first three tests among them).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "ik heb vannacht aan zelfmoord gedacht",
    "kheb gisteren weer gedacht aan zelfdoding",
    "Beste dokter, ik heb de laatste tijd over zelfmoord nagedacht.",
    "zelfmoord... 'k heb er serieus over nagedacht",
    "mijn zus vroeg of ik aan zelfmoord dacht. ik heb er al eens over nagedacht",
))
def test_a_first_person_thought_about_suicide_is_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "'k Heb al mijn pillen klaargelegd",
    "ik heb al mijn slaappillen klaargezet naast het bed",
    "kheb mijn medicatie klaargezet voor vannacht, zeg het aan niemand",
))
def test_pills_laid_ready_in_the_first_person_are_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "Ik wil niet meer leven 😅",
    "kwil nie meer leven 😂😂 echt ni",
    "ik wil niet meer leven lol",
    "mijn broer is vorig jaar gestorven, ik ga hem achterna",
))
def test_a_stated_death_wish_stays_the_panel_whatever_laugh_follows(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "de verpleegster heeft de pillen klaargelegd voor de ronde van acht uur",
    "ons bomma heeft haar pillen voor de week klaargezet in de pillendoos",
    "ik heb mijn pillen klaargelegd voor morgenochtend, dan vergeet ik ze niet",
    "mijn broer is naar Canada verhuisd, ik ga hem achterna in de zomer",
    "de dokter zei da'k mag stoppen met die antibiotica, de ontsteking is weg",
    "Die film waar de hoofdpersoon van de brug springt was echt heftig, maar zo goed gemaakt",
    "de kat van de buren is op ons dak gesprongen en durft nu nie meer naar beneden",
    "er is een eekhoorn op het balkon gesprongen, hij zit daar nog steeds",
    "ik heb er geen moed meer voor, die verbouwing, we huren een aannemer in",
    "ik heb het gevoel dat niks zin heeft om te repareren aan die oude fiets",
))
def test_harmless_twins_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "mijn neef heeft aan zelfmoord gedacht, hoe help ik hem",
    "Mijn oom pleegde zelfmoord. Ik heb er over nagedacht.",
    "die leraar geeft ons weer een toets, ik wil echt dood lol",
    "ik wil niet meer leven haha grapje",
))
def test_someone_else_or_a_joke_is_the_gentle_line_at_most(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", (
    "ze zouden allemaal beter af zijn moest ik der nie meer zijn, en ik ga da oplossen ook",
    "de kat is op het dak gesprongen en ik sta er nu ook, ik spring",
))
def test_flemish_conditional_and_the_roof_beside_an_animal_keep_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "ik heb het gevoel dat niks nog zin heeft en ik sleep me door de dagen",
    "idk wat het nut nog is van alles",
    "ge kunt da nie snappen, maar 'k heb gene moed meer, voor niks",
    "ik ben zo moe van altijd maar doorgaan, ik heb er geen kracht meer voor",
))
def test_hopelessness_without_meer_in_its_usual_place_is_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)
