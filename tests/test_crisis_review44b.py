"""Round 44 second review (c44r2): what a second read-only reviewer found in the c44r fixes (main 9cb87c0c before,
bb6c56e2 after, 286 fresh lines), each line asserted at its tier, both ways.

A. 'maakt niet uit of ik aankom': 'hoor' or a task after it lowers the phrase to the gentle line at most, never to
   nothing; a second sign in the sentence (driving fast, 'de laatste keer', a pet given away) was the panel, the gentle
   line since the third review (c44r3);
B. `pas-er-fysiek` holds only physical things (lift, auto, kast, gang, deur, bed, broek, agenda/planning): 'lang', 'kan',
   'week' stood in real lines; 'ik pas er nergens bij' is not belonging too;
C. `veerboot-reis` no longer covers a first-person jump after it (`zelf-boot-springen`);
D. `other_death.own_farewell` runs without the word 'afscheid': 'ik volg je' / 'ik kom naar je toe' said to the dead
   is the gentle line, with a means or 'vannacht'/'binnenkort' the panel; 'voorgoed', 'dit was het' beside the writer's
   farewell the gentle line (c44r3; the panel with a means);
   a condolence visit to a living reader and 'ik volg je op insta' are not weighed;
E. `veel-stuks-innemen`: any count from 20 ('45'), chat spelling ('k ga ze', 'vanavnd'); a dose per day, pills taken
   along on a trip (`kuur-reis`) is no signal; a dose per day, vitamins or magnesium (`kuur-per-dag`) lower the panel
   to the gentle line since the third review (c44r3, tests/test_crisis_review44c.py);
F. replacement medicine bought or ordered (`vervang-middel`) is no means acquired; the rope and knife twins stay acuut.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

PANEL = [
    # D
    "opa is overleden. ik volg je opa, ik heb het touw al",
    "mijn vriendin is overleden. ik volg je schat, vannacht nog",
    "rust zacht mama. ik kom naar je toe, vannacht nog",
    # E
    "ik heb 45 slaappillen in de kast, k ga ze vanavond nemen met wijn",
    "k heb 40 parcetamols op mn kamer, ga ze vanavnd nemen",
    "heb 30 slaappillen, ik ga ze vanavond nemen. sorry mam",
    # F: the rope and knife twins
    "ik ben klaar met de medicatie die niks helpt, ik heb een touw besteld",
    "k ben klaar met die medicijnen die niet helpen en met mijn leven, ik heb een mes gekocht",
]

GENTLE_AT_LEAST = [
    # A (since the third review, c44r3, the second sign is the gentle line, not the panel on its own)
    "ik rij zo hard als ik wil, maakt me niet uit of ik aankom hoor",
    "maakt niet uit of ik aankom hoor, ik heb de auto voor de laatste keer volgetankt",
    "maakt niet uit of ik thuis kom, mag iemand anders de hond hebben",
    # D (c44r3: 'voorgoed' / 'dit was het' beside a death is the gentle line without a means)
    "na de begrafenis van mn broer neem ik afscheid. voorgoed.",
    "mn oma is gestorven en ik neem afscheid hoor. dit was het voor mij",
    # B
    "ik pas er niet bij, ik voel me al heel lang alleen",
    "ik pas nergens tussen, niemand kan mij uitstaan",
    "ik pas er niet bij, ik ben te lang bang geweest, te lang alleen",
    "ik pas er nergens bij, ook niet in de klas, ik ben te groot en te raar",
    # C
    "ik ga met de ferry naar vlieland en spring halverwege van het dek, niemand zal het zien",
    # D
    "mijn vrouw is overleden vorig jaar. ik ga naar je toe schat",
]

NOT_PANEL = [
    # A: 'hoor' or a task: the gentle line at most
    "maakt niet uit of ik aankom hoor, hou wat eten warm",
    "maakt niet uit of ik terugkom hoor, de kat heeft eten genoeg",
    "maakt niet uit of ik thuiskom, de hond moet wel eruit om 10u",
    # E (since the third review, c44r3): a dose per day or vitamins lower the count to the gentle line, never to nothing
    "30 tabletten magnesium in huis, ik ga ze vanavond nemen voor het slapen, 1 per avond",
    "ik heb 30 tabletten gekregen, ik neem ze vanavond met een glas water, 1 per dag",
]

QUIET = [
    # B
    "ik pas er niet bij in de lift met mn fiets",
    "ik pas nergens tussen deze week, volle agenda sorry",
    "ik pas er niet bij met mijn 1m95 in die kleine auto",
    "ik pas er nergens bij in die auto met de kinderstoelen",
    # C
    "met de ferry naar Terschelling en daar van de duinen springen met de vriendengroep",
    # D
    "de hamster is overleden, rust zacht knabbel. ik volg je op insta trouwens",
    # E
    "ik heb 40 tabletjes voor de reis gekregen, ik neem ze allemaal mee in mn handbagage",
    # F
    "ik ben klaar met die pillen die niks helpen, heb andere gekocht bij de drogist",
    "ik ben klaar met de tabletten die niet werken, de dokter heeft nieuwe besteld",
]


@pytest.mark.parametrize("text", PANEL)
def test_real_line_gets_the_panel(text: str) -> None:
    assert assess(text).tier == ACUUT, assess(text).signals


@pytest.mark.parametrize("text", GENTLE_AT_LEAST)
def test_real_line_gets_a_line_at_least(text: str) -> None:
    assert assess(text).tier in (ZORG, ACUUT), assess(text).signals


@pytest.mark.parametrize("text", NOT_PANEL)
def test_the_gentle_line_not_the_panel(text: str) -> None:
    assert assess(text).tier == ZORG, assess(text).signals


@pytest.mark.parametrize("text", QUIET)
def test_harmless_line_gets_no_panel_nor_line(text: str) -> None:
    assert assess(text).tier is None, assess(text).signals


def test_following_the_dead_without_means_or_time_is_the_gentle_line() -> None:
    """'ik ga naar je toe schat' said to the dead: zorg; a time beside it ('binnenkort') makes it the panel."""
    assert assess("mijn vrouw is overleden vorig jaar. ik ga naar je toe schat").tier == ZORG
    assert assess("mijn vrouw is overleden vorig jaar. ik ga naar je toe schat, binnenkort").tier == ACUUT


def test_a_condolence_visit_is_not_weighed_as_following() -> None:
    """'ik kom naar je toe' to a living reader beside a death: own_farewell adds nothing."""
    from vraaghulp.coach.crisis.other_death import own_farewell

    assert own_farewell(["je vader is overleden ?", "wat erg .", "ik kom naar je toe vanavond , ik breng soep mee"]) is None
    assert own_farewell(["mijn oma is overleden , ik kom naar je toe met de trein , hou een bed vrij"]) is None


def test_a_count_below_the_list_is_no_longer_missed() -> None:
    """Any count from 20 counts (45 was None while 40 was acuut); 15 as before."""
    for count in ("21", "35", "45", "67"):
        assert assess(f"ik heb {count} slaappillen, ik ga ze vanavond nemen").tier == ACUUT, count
