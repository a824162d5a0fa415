"""Round 26 (c26f): kinds that fresh text keeps bringing, made broad.

The first-sight misses of every outside file (benchmarks/crisis_floor_history.py) came back per kind with other
authors' words; earlier rounds mended the words of one line. These tests read each kind through the rules alone
(`observe`, so a refit does not move them), in wording no rule was written from, with near misses on the same words:

- unbearable inner pain, grief, a feeling (any compound of -pijn, -verdriet, -gevoel), with or without 'meer';
- dragging, hauling, stumbling oneself through the days or weeks, hardly getting through the days, empty inside;
- "of ik er dan nog ben / nog leef, weet ik niet / is de vraag" in the inverted order;
- a means laid out, counted or put in a row, and the writer looking at it, sitting by it, or "durf net niet",
  also in the next sentence (samen `middel-klaar-ernaar-kijken`);
- now over the railing or fence of a high place, or on its wrong side (samen `over-de-reling-nu`);
- near misses: ordering refills ("welke ik moet bestellen", `gewoon-middel`), and on a roof for a ball or a drone
  (`@randgewoon`) no longer give the panel.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, observe

RANK = {None: 0, ZORG: 1, ACUUT: 2}


def _rules(text: str) -> str | None:
    tier, _families, _found = observe(text)
    return tier


@pytest.mark.parametrize(("text", "least"), [
    # unbearable, broad
    ("mijn hoofdpijn is al weken niet meer te harden en niemand luistert", ZORG),
    ("die rouw is gewoon niet te verdragen", ZORG),
    ("t schuldgevoel naar mn kinderen is ni uit te houden", ZORG),
    ("dit heimwee wordt ondraaglijk, ik slaap niet meer", ZORG),
    # dragging oneself through the days
    ("ik worstel me door de weken heen, zonder dat iemand het ziet", ZORG),
    ("k sukkel mij van de ene dag naar de andere", ZORG),
    ("ik kom mijn dagen amper door", ZORG),
    ("ik voel me vanbinnen helemaal leeg", ZORG),
    # inverted doubt about still being there
    ("of ik er met pasen nog ben, weet ik echt niet", ACUUT),
    ("Zet me maar niet op de planning. Of ik er volgende maand nog ben is nog maar de vraag.", ACUUT),
    # a means laid out and looked at
    ("de tabletten liggen op een rijtje op het nachtkastje. ik staar er al een uur naar", ACUUT),
    ("heb het touw op bed gelegd en ik zit ernaast", ACUUT),
    ("al mijn medicatie ligt hier geteld. ik durf net niet", ACUUT),
    # over the railing, now
    ("ik sta aan de verkeerde kant van de balustrade op de vijfde verdieping van de parkeergarage", ACUUT),
    ("ben over de leuning van de brug gestapt", ACUUT),
])
def test_the_kind_fires(text, least):
    assert RANK[_rules(text)] >= RANK[least], text


@pytest.mark.parametrize("text", [
    # unbearable: the weather, noise, people, the past, a denial
    "die hitte in de trein is niet te harden",
    "de herrie van de buren is ondraaglijk, al drie nachten",
    "die leraar is niet te verdragen, zo saai",
    "de pijn na de operatie was niet te harden, nu gaat het beter",
    "de pijn is niet ondraaglijk, het valt wel mee",
    # dragging: an object, a hangover, a party, a marathon
    "ik sleur mijn koffer door de dagen van de vakantie",
    "ik kruip door de dag met deze kater",
    "ik sleep mezelf naar de fuif vanavond",
    "ik kom de dagen niet door zonder koffie",
    "vanbinnen is er niks meer over van het oude huis na de brand",
    # inverted doubt with an ordinary plan
    "of ik er om acht uur nog ben weet ik niet, dan ligt de sleutel onder de mat",
    "of ik zaterdag nog op de fuif ben weet ik niet",
    "of ik er in juni bij ben weet ik niet, misschien zit ik in Spanje",
    # a means laid out for an ordinary reason
    "ik heb mijn pillen op tafel gelegd en zit naar de voetbal te kijken",
    "de pillen van de hond liggen klaar, ik kijk of hij ze opeet",
    "het mes ligt klaar voor de taart, ik zit ernaast te wachten op de gasten",
    "ik heb de medicijnen op tafel gelegd om de weekdoos van oma te vullen",
    "Alle doosjes liggen op tafel, ik kijk even welke ik nog moet bestellen bij jullie.",
    # over a fence for an ordinary reason
    "ik ben over het hek van het balkon geklommen want ik was buitengesloten",
    "ik ben over het hek van de speeltuin geklommen om de bal te halen",
    "als kind klom ik altijd over de reling van de brug, heel stom",
])
def test_near_misses_get_no_panel(text):
    assert _rules(text) != ACUUT, text


@pytest.mark.parametrize("text", [
    "die hitte in de trein is niet te harden",
    "de herrie van de buren is ondraaglijk, al drie nachten",
    "ik sleur mijn koffer door de dagen van de vakantie",
    "ik kruip door de dag met deze kater",
    "ik kom de dagen niet door zonder koffie",
    "of ik zaterdag nog op de fuif ben weet ik niet",
    "ik heb mijn pillen op tafel gelegd en zit naar de voetbal te kijken",
    "het mes ligt klaar voor de taart, ik zit ernaast te wachten op de gasten",
    "ik ben over het hek van de speeltuin geklommen om de bal te halen",
])
def test_near_misses_stay_quiet(text):
    assert _rules(text) is None, text
