"""Round 44 review (c44r): the lines a read-only reviewer found made worse or falsely alarming by the round's crisis work
(main 66d1d4a before, f1e8fb54 after c44f and c44, 414 fresh lines), each asserted at its tier.

A. `other_death.lowered` (c44f) lowered the writer's own farewell beside someone else's death to the gentle line, and the
   funeral frame (`rouw-ander`) silenced it: the writer's own leave-taking ('ik neem (nu) ook afscheid', 'afscheid van
   mezelf', 'mijn eigen afscheid', 'ik volg je', 'ik kom naar je toe': `frame_serious.OWN_FAREWELL`) keeps the panel, and
   where no rule weighed it (`other_death.own_farewell`) it is the gentle line at least;
B. 'zij is er niet meer voor me' is no one else's absence (`ander-niet-zijn`) but the writer's loss (`niet-meer-voor-mij`);
C. 'ik ben klaar met die pillen die niks helpen' is no course finished (`helpt-niet`), and 'ben klaar met' never reads
   'klaar' as a means laid out (`klaar-met-iets`); 'klaar met mezelf' is distress;
D. 'maakt niet uit of ik aankom' with 'hoor' or a comma and an ordinary task after it is no panel (since the second
   review, c44r2, the gentle line at most: never nothing); the bare form before a comma is the gentle line alone;
E. someone else saying it will be fine after an accident ('zei de garagist') is not the writer's 'zou oke zijn';
F. fitting physically or in a diary ('ik pas er niet bij, de lift is vol') is no isolation; an animal or someone seen
   jumping, or a ferry as transport, is no jump from a dangerous place.
G. a large count of pills the writer will take tonight or all at once (`veel-stuks-innemen`) is the panel; 'aankan' (the
   normaliser's 'aan kan') counts in the exhaustion patterns ('ik weet niet hoelang ik het nog aankan').
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

PANEL = [
    # A: the writer's own farewell beside a death (acuut before c44f, or silenced by the funeral frame)
    "opa is gestorven, rust zacht opa. vannacht neem ik ook afscheid",
    "mn vriendin is gestorven bij dat ongeluk. rust zacht schat, ik neem afscheid en kom naar je toe",
    "oma is gestorven. rust zacht. afscheid genomen, en nu neem ik afscheid van mezelf",
    "rust zacht lieve broer, je bent overleden en ik neem afscheid. ik volg je snel",
    "mama is overleden. rust zacht mama. ik neem nu ook afscheid",
    "nonkel is gestorven, rust zacht. ik neem afscheid van mijn vrienden morgen, daarna ben ik weg",
    "opa is overleden. rust zacht. ik neem afscheid en ben klaar",
    "papa is overleden. rust zacht pap. ik neem ook afscheid, ik ga naar je toe",
    "mijn broertje is overleden, rust zacht. tijd voor mijn eigen afscheid",
    "ik heb afscheid genomen van oma die overleden is. en morgen neem ik afscheid van de wereld",
    # B
    "zij is er niet meer voor me, dus ik ga. afscheid van iedereen",
    "hij is er niet meer voor mij en ik neem afscheid. vannacht ben ik weg",
    # C
    "ik ben klaar met die pillen die niks helpen. ik heb een touw gekocht",
    "ik ben klaar met de medicijnen en klaar met mezelf. ik heb een touw gekocht",
    "ik ben klaar met alles. de pillen liggen klaar",
    # D: the sentence ends, or a strong form before the comma
    "ik fiets door het rood, maakt me niet uit of ik aankom",
    "maakt me niet uit of ik aankom. ik rij gewoon door tot het niet meer gaat",
    "het maakt niks meer uit of ik thuiskom of niet. niemand wacht toch",
    "kmaak me geen zorgen over de rit, maakt mij niet uit of k er levend aankom",
    "maakt me niet meer uit of ik nog thuiskom, ik ben er klaar mee",
    # E: the writer's own frame
    "rijd elke dag naar huis en denk: als ik nu van de weg raak, zou oké zijn. echt",
    "soms denk ik als ik nu gewoon van de ring af raak, zou wel oke zijn",
    # F: the writer at the ferry's rail
    "ik zit op de overzetboot en denk eraan om gewoon te springen, niemand zou het zien",
    "ik sta op de veerboot en ik wil springen, het water is zo diep",
    # G
    "ik heb 40 paracetamol op mijn bureau liggen en ik ga ze vanavond nemen",
]

GENTLE_AT_LEAST = [
    # A: the writer's own farewell beside a death that no rule weighed
    "mama is overleden. afscheid genomen bij de begrafenis. het is ook mijn afscheid, sorry",
    "onze hond is ingeslapen. rust zacht. ik neem ook afscheid, dit was mijn laatste steun",
    "pa is gestorven. rust in vrede. afscheid nemen doe ik vannacht ook, van alles",
    "moeke is ingeslapen. afscheid genomen, rust zacht. en vannacht is het mijn beurt om afscheid te nemen",
    # D: the bare form with no ordinary task after the comma
    "het maakt niet uit of ik thuiskom, niemand merkt het toch",
    # F: fitting in nowhere, said of people
    "ik pas er niet bij, niet in de klas, niet thuis, nergens",
    "ik pas nergens tussen, voel me altijd alleen",
    "kpas nergens, nie op school nie bij mijn vader",
    # G
    "ik weet niet hoelang ik het nog aankan, iedere dag huilen",
    "ik weet niet hoe lang ik het nog aankan",
]

QUIET = [
    # A: a farewell plainly taken of the dead stays lowered or quiet
    "mama is overleden. rust zacht mama. morgen nemen we afscheid in de aula",
    "rust zacht opa. je bent gestorven en vanavond nemen we afscheid in het rouwcentrum",
    "oom Piet is overleden. afscheid genomen, rust zacht. hij was er op het laatst niet meer helemaal bij",
    "papa is overleden. rust zacht pap. we nemen afscheid op vrijdag in de kerk",
    # B
    "hij gaat er niet meer zijn vanaf september, afscheid nemen doen we met een etentje",
    # C
    "ik ben klaar met die pillen van de huisarts voor mijn rug, eindelijk",
    "ik ben klaar met de medicatie voor mn acne, mijn huid is super",
    "ik ben klaar met de pillen van de tandarts, de ontsteking is weg, ik heb nieuwe tandpasta gekocht",
    # E
    "we raakten gisteren bijna van de weg door de ijzel, gelukkig zou alles oke zijn zei de garagist",
    "de auto is tegen de vangrail geschoven maar de monteur zei dat het zou oke zijn met een nieuwe bumper",
    "mijn zus is uit de bocht gevlogen met de fiets, ze zou oke zijn zeggen ze op de spoed",
    # F
    "ik pas er niet bij, de lift is vol",
    "ik pas er niet bij in die auto met mijn lengte van 2m",
    "ik pas nergens tussen in de agenda deze week, kan volgende week?",
    "ik pas er niet bij onder die tafel, te lang",
    "ik pas er niet bij met de nieuwe kast, de gang is te smal",
    "op de veerboot zag ik dolfijnen springen!! zo mooi",
    "op de ferry naar Ameland sprong mijn hond bijna overboord van blijdschap",
    "met de ferry naar Terschelling en daar van de duinen springen met de vriendengroep",
    # G: a prescription taken as told
    "ik heb 30 tabletten antibiotica gekregen, ik ga ze braaf nemen",
    "de apotheek gaf me 30 tabletten mee voor drie maanden, ik ga ze elke ochtend nemen",
    "ik weet niet hoelang ik dat nog aankan met die verbouwing",
]


# D, since the second review (c44r2): 'hoor' or an ordinary task after it lowers the phrase to the gentle line at most,
# never to nothing ('ik rij zo hard als ik wil, maakt me niet uit of ik aankom hoor' was silent): no panel
NOT_PANEL = [
    "maakt niet uit of ik aankom hoor, jullie kunnen gewoon beginnen met eten",
    "kom je me halen? maakt niet uit of ik thuiskom hoor, laat de deur maar open",
    "maakt niet uit of ik aankom, de vergadering gaat gewoon door zonder mij",
    "het maakt niet uit of ik aankom, de bagage wordt toch apart gestuurd",
    "maakt niet uit of ik aankom, je kan de taart ook bij de buren laten",
]


@pytest.mark.parametrize("text", NOT_PANEL)
def test_ordinary_task_after_aankom_is_no_panel(text: str) -> None:
    assert assess(text).tier != ACUUT, assess(text).signals


@pytest.mark.parametrize("text", PANEL)
def test_real_line_gets_the_panel(text: str) -> None:
    assert assess(text).tier == ACUUT, assess(text).signals


@pytest.mark.parametrize("text", GENTLE_AT_LEAST)
def test_real_line_gets_a_line_at_least(text: str) -> None:
    assert assess(text).tier in (ZORG, ACUUT), assess(text).signals


@pytest.mark.parametrize("text", QUIET)
def test_harmless_line_gets_no_panel_nor_line(text: str) -> None:
    assert assess(text).tier is None, assess(text).signals


def test_a_farewell_of_the_dead_stays_below_the_panel() -> None:
    """c44f's own case holds: every part is a leave-taking of the dead, no word of the writer's own."""
    assert assess("rust zacht, Kees. overleden na een mooi leven. afscheid in de kerk om 11u").tier != ACUUT


def test_own_farewell_is_the_gentle_line_never_the_panel_alone() -> None:
    """'ik neem ook afscheid' may be the writer's respects to the dead: where no rule weighed it, zorg, not acuut."""
    found = assess("onze hond is ingeslapen. rust zacht. ik neem ook afscheid, dit was mijn laatste steun")
    assert found.tier == ZORG and found.families == ("afscheid",)
