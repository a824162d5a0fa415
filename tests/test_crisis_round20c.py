"""Round 20 (c20c): severe distress inside an ordinary ask, with no word for dying, had no tier at all:
shaking and crying on a floor, not able to stop crying, 'ingestort', days without food and not out of
bed, not coping with the baby and not daring to be alone with it. Each now reaches at least the gentle
line; the harmless twins (the flu, a film, the cold, a colonoscopy, a teething child, a train to catch)
stay quiet. Our own lines, written fresh; none of tuning-ho19's drafts."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

ALARM = [
    "Hoi Sanne, kun je vanavond even bellen? Ik lig al een uur op de keukenvloer te trillen en ik krijg het huilen niet meer gestopt.",
    "Dag Lien, 'k zit hier op de grond in de gang en 'k kan ni meer ophouden met wenen. Kunde gij ne keer binnenspringen?",
    "Tom sorry voor het late bericht, ik lig te trillen in bed en krijg geen adem van het janken. kun je even praten?",
    "Beste dokter Visser, kunt u mijn afspraak verzetten? Het gaat helemaal niet goed, ik ben volledig ingestort en lig al dagen alleen maar te huilen.",
    "mam ik heb sinds zondag niks meer gegeten en ik kom gewoon mijn bed niet meer uit. kun je boodschappen brengen?",
    "Mama, kun je morgen komen? Ik red het niet meer met de baby en ik durf niet meer alleen met hem te zijn.",
    "Ma, kunde gij vannacht blijven slapen? 'k Geraak er ni meer door met de kleine, 'k voel mij zot worden.",
]

HARMLESS = [
    "Kun jij de boodschappen doen? Ik lig al drie dagen in bed met de griep en heb bijna niks gegeten.",
    "Ik heb gisteren zo zitten huilen bij die film, ik kon niet meer stoppen. Zullen we zaterdag deel twee kijken?",
    "ik stond een uur te trillen van de kou bij de bushalte, kun je me morgen met de auto brengen?",
    "Ik mag vanaf morgen niks meer eten voor de coloscopie. Kun jij me donderdag om elf uur ophalen uit het ziekenhuis?",
    "Onze jongste kan niet meer stoppen met huilen, hij krijgt tandjes. Weet jij een goede zalf?",
    "ik ben bang dat ik de trein mis, kun je me naar het station brengen?",
    "Ik ben compleet ingestort op de bank na die verhuizing haha. Morgen pizza?",
    "ik durf niet alleen te zijn met de hond van de buren, die bijt. ga je mee?",
    "De baby huilt al de hele dag en ik word er gek van haha, kun jij vanavond oppassen zodat we even naar de film kunnen?",
]


@pytest.mark.parametrize("text", ALARM)
def test_distress_in_an_ask_gets_a_tier(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_twins_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "ik heb al dagen niks meer gegeten en ik kom mijn bed niet uit, zodat het vanzelf stopt",
    "ik heb al dagen niks meer gegeten en ik kom mijn bed niet uit. dan gaat het vanzelf.",
    "Lot kun je komen, ik zit al een uur op de badkamervloer te trillen en ik wil niet meer leven.",
])
def test_the_same_scenes_with_a_wish_to_die_keep_the_panel(text):
    assert assess(text).tier == ACUUT


def test_breakdown_alone_is_the_gentle_line_not_the_panel():
    text = "kan iemand mijn dienst morgen overnemen?? ik zit al sinds vanochtend te shaken en te huilen op mijn kamer"
    assert assess(text).tier == ZORG


def test_an_apology_for_how_i_act_is_no_farewell_beside_the_gentle_line():
    text = ("Jeroen ik weet het even niet meer. ik heb sinds dinsdag niks gegeten en ik kom mijn bed niet uit. "
            "kun je vanavond langskomen? sorry dat ik zo doe")
    assert assess(text).tier == ZORG
    assert assess("sorry dat ik zo was. ik kan niet meer").tier == ACUUT
