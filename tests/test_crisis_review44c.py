"""Round 44 third review (c44r3): the c44r2 readings lowered to the gentle line (main 9e449fb6 before c44r2, 753d7e9e
after, 196 fresh reviewer lines). A new signal gives the gentle line, never the panel on its own; an exception lowers
to the gentle line, never to nothing.

A. `other_death.own_farewell`: 'ik kom naar je toe' / 'ik volg je' with an everyday time (morgen, vandaag, vanavond,
   straks), 'ik mis je' as the address, 'voorgoed' / 'dit was het' beside a death: the gentle line at most; the panel
   with a means named, or 'vannacht'/'binnenkort' beside a death said to the dead; 'ik volg je verhaal/kanaal/blog/
   voorbeeld', 'ik volg je al sinds' follow a living account, not the dead;
B. the c44r2 'maakt niet uit of ik aankom' + a second sign (driving fast, 'laatste keer', a pet) is the gentle line;
C. `veel-stuks-innemen`: a dose per day or vitamins (`kuur-per-dag`) lower the count to the gentle line
   (`veel-stuks-kuur`); 'vannacht' or 'allemaal' beside the count keeps the panel (`veel-stuks-innemen-nacht`); pills
   taken along on a trip (`kuur-reis`) stay no signal.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

PANEL = [
    # A: a means named, or the night beside a death said to the dead
    "opa is overleden. ik volg je opa, ik heb het touw al",
    "rust zacht mam ik kom naar je toe vannacht",
    "ik mis je papa. ik kom naar je toe, de pillen liggen al klaar",
    "mijn broer is gestorven. ik neem afscheid, voorgoed, het mes ligt klaar",
    # C: the night or 'allemaal' beside the count, whatever the daily dose beside it
    "dertig paracetamol, k ga ze vannacht nemen, 2 per dag was toch nooit genoeg",
    "ik neem mijn vitamines niet meer, ik heb 50 slaappillen en ik ga ze vannacht allemaal nemen",
    "heb 45 stuks ibuprofen. dagelijks nam ik er 1, vanavond neem ik ze allemaal",
]

GENTLE = [
    # A: an everyday time, 'ik mis je', 'voorgoed' beside a death
    "rust zacht geralt, ik volg je vanavond nog in de laatste dlc",
    "ik mis je schat, morgen kom ik naar je toe",
    "ik mis je zo lieverd, vanavond kom ik naar je toe na het werk",
    "de kat is ingeslapen. ik kom naar je toe schat, straks na het werk",
    "mama is overleden. ik kom naar jou toe mama, morgen",
    "oma is vorig jaar overleden en nu neem ik afscheid van haar huis, we verhuizen voorgoed naar spanje",
    "na de begrafenis van mn broer neem ik afscheid. dit was het",
    # B: the second sign beside 'maakt niet uit of ik aankom'
    "laatste keer karten met de jongens, maakt niet uit of ik aankom, plankgas!",
    "ik fiets zo hard als ik kan, maakt niet uit of ik aankom, ik doe het voor het goede doel",
    "maakt niet uit of ik aankom hoor, het is de laatste keer dat ik deze tocht fiets, gewoon genieten",
    "maakt niet uit of ik aankom hoor, mijn zus mag de kat hebben",
    # C: a dose per day or vitamins beside the count, no night, no 'allemaal'
    "we hebben 30 vitaminepillen gekregen, ik ga ze vanavond nemen met de kids, 1 per dag",
    "30 tabletten magnesium in huis, ik ga ze vanavond nemen voor het slapen, 1 per avond",
]

QUIET = [
    # A: following a living account
    "rust zacht technoblade. ik volg je al sinds 2019 en dit doet pijn",
    "rust zacht zelda mijn eerste character, ik volg je verhaal nog altijd",
    "rip mijn minecraft hond, rust zacht. ik volg je kanaal nog steeds maat",
    "rust zacht kermit. ik volg je blog gewoon nog",
    "rust zacht mijn sims-oma, ik volg je voorbeeld en bak vandaag taart",
    # C: a trip
    "ik heb 40 tabletjes voor de reis gekregen, ik neem ze allemaal mee in mn handbagage",
]


@pytest.mark.parametrize("text", PANEL)
def test_real_line_keeps_the_panel(text: str) -> None:
    assert assess(text).tier == ACUUT, assess(text).signals


@pytest.mark.parametrize("text", GENTLE)
def test_new_reading_is_the_gentle_line_not_the_panel(text: str) -> None:
    assert assess(text).tier == ZORG, assess(text).signals


@pytest.mark.parametrize("text", QUIET)
def test_following_an_account_or_a_trip_is_quiet(text: str) -> None:
    assert assess(text).tier is None, assess(text).signals


def test_the_daily_dose_lowers_but_never_silences() -> None:
    """The same count without the dose is the panel; with it the gentle line; with the night again the panel."""
    base = "ik heb 30 slaappillen, ik ga ze vanavond nemen"
    assert assess(base).tier == ACUUT
    assert assess(base + ", 1 per dag").tier == ZORG
    assert assess("ik heb 30 slaappillen, ik ga ze vannacht nemen, 1 per dag").tier == ACUUT


def test_an_everyday_time_is_gentle_a_means_is_the_panel() -> None:
    """own_farewell's level: the time word alone gives zorg, the means beside it acuut."""
    from vraaghulp.coach.crisis.other_death import own_farewell

    note = own_farewell(["mijn vrouw is overleden .", "ik ga naar je toe lief , morgen"])
    assert note is not None and note.level == "zorg"
    note = own_farewell(["mijn vrouw is overleden .", "ik ga naar je toe lief , morgen , het touw ligt klaar"])
    assert note is not None and note.level == "acuut"
