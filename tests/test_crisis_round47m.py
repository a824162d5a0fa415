"""Round 47 (c47m): two signals in one message that each give only the gentle line (or nothing) on purpose, and
together lift it (issue 13: 'a farewell plus an arrangement, a dangerous place plus exhaustion, a means plus a time').
The sentences are new, written for this round, none a corpus line.

A. 'ik ga springen' and the sentence stops (signal springen-los, zorg alone) with a farewell, something given away or
   arranged, or a means in the message: acuut (rule springen-los-afscheid);
B. others better off 'zo' (read as a choice between things by beter-af-ding, nothing alone) with an apology or thanks
   for everything, a farewell, an arrangement or a means: acuut (rule beter-af-zo-afscheid);
C. going back or again to be with someone ('ik wil terug bij mijn vrouw zijn', zorg alone) with a farewell or an
   arrangement: acuut (rule bij-iemand-afscheid);
D. 'het gevecht beu' / 'de strijd moe' (exhaustion of the fight, was nothing) is zorg, and with a farewell acuut; the
   dialect participle 'gevochte' reads as 'gevochten';
E. going to a dangerous place at night or when everyone sleeps, with no one and no reason ('ik ga vannacht de brug
   op', nothing before): zorg, never more (rule plek-nacht-erop);
F. after a death, a relative addressed with a bare 'ik kom' or 'wacht op mij' ('gecondoleerd zeggen ze. mama ik
   kom', nothing before): zorg, never more, since it can be a living mother (rule rouw-ik-kom).
Every rule has harmless twins with both signals' words (a pool, a parachute, 'ik ben zondag terug', someone alive,
a thing that is better, a night walk with the dog): they keep the tier they had.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

NOW_ACUUT = [
    # A
    "ik ga springen. zorg goed voor mama",
    "vannacht ga ik springen. zorg goed voor mama",
    "zorg goed voor de kat. ik ga springen",
    "ik wil springen. zeg tegen papa dat ik van hem hou",
    "ik ga springen. het spijt me van alles",
    "ik ga springen. mijn wachtwoorden liggen in de la",
    "ik ga springen. de pillen liggen klaar",
    "ik ga van de boot springen. zorg goed voor mama",
    # B
    "sorry voor alles, jullie zijn beter af zo",
    "bedankt voor alles. de kinderen zijn beter af zo",
    "sorry van alles. ze zijn beter af zo",
    "sorry voor alles mama. je bent beter af zo",
    "jullie zijn beter af zo. de kat mag naar lotte",
    "jullie zijn beter af zo. zorg goed voor mama",
    # C
    "ik wil terug bij oma zijn. zorg goed voor mama",
    "de kat gaat naar de buren, dat is gevraagd. ik wil weer bij mijn man zijn, de rest is geregeld",
    "ik wil terug bij opa zijn. mijn spaargeld is voor mijn zusje",
    "ik wil weer bij mama zijn. vergeef me",
    # D
    "ik ben het gevecht beu. zorg goed voor mijn hond",
    "ik ben de strijd beu. zorg goed voor de kinderen",
    "ich höb lang genóg gevochte",
]

NOW_ZORG = [
    # D
    "ik ben het gevecht beu",
    # E
    "ik ga vannacht de brug op",
    "ik ga vannacht de spoorbrug op",
    "vannacht klim ik het dak op",
    "ik fiets vannacht naar de brug",
    "ik ga vannacht naar de sluis",
    # F
    "gecondoleerd zeggen ze. mama ik kom",
    "de begrafenis was vandaag. mama ik kom",
    "na de begrafenis zit ik alleen. moeder ik kom",
    "mijn zus is overleden. zusje ik kom",
]

TWINS_NOT_ACUUT = [
    # A
    "morgen parachutespringen! ik ga springen. zorg goed voor de kat, ik ben zondag terug",
    "we gaan naar het zwembad. ik ga springen. zorg goed voor mama",
    "bungeejump geboekt voor mijn verjaardag. ik ga springen. bedankt voor alles mam!",
    "vanmiddag skydiven! ik ga springen. zorg goed voor de kids, tot straks",
    "parachute morgen! ik ga springen. de kat mag naar lotte tot zondag",
    # B
    "sorry voor alles wat misliep met de planning, jullie zijn beter af met de nieuwe trainer",
    "bedankt voor alles! jullie zijn beter af met een grotere tent, tot volgend jaar",
    "sorry voor alles, jullie zijn beter af zo met het nieuwe rooster",
    "bedankt voor alles, jullie zijn financieel beter af met een huurhuis",
    "jullie zijn beter af zo met de nieuwe planning. de kat mag naar lotte als we op reis zijn",
    # C
    "ik wil weer bij oma zijn voor haar verjaardag. zorg goed voor mama",
    "ik wil terug bij mijn vrouw zijn als de baby komt. de sleutel ligt onder de mat",
    "ik wil weer bij mijn vriendin zijn, ze is verdrietig. sorry voor alles",
    "ik wil terug bij mijn man zijn, hij zit in australie. bedankt voor alles!",
    # D
    "ik ben het gevecht met de belastingdienst beu",
    "ik heb lang genoeg gevochte met die printer, ik geef het op",
    "ik ben de strijd met de gemeente beu, bedankt voor alles advocaat",
]

TWINS_QUIET = [
    # E
    "ik ga vannacht met de hond de dijk op",
    "ik ga vannacht de brug op om de supermaan te fotograferen",
    "vannacht ga ik met vrienden naar de kade voor het vuurwerk",
    "ik ga vannacht naar de pier om te vissen",
    "ik fiets vannacht naar huis over de brug",
    "vannacht ga ik het dak op voor de lekkage",
    "ik ga vannacht naar de brug voor de inspectie",
    "als iedereen slaapt ga ik naar de keuken voor een koekje",
    # F
    "oma is overleden. mama ik kom morgen helpen met de kaartjes",
    "de kat is ingeslapen. mam ik kom zo",
    "mijn tante is overleden. mam ik kom na school",
    "de batterij is dood. mama ik kom te laat",
]


@pytest.mark.parametrize("text", NOW_ACUUT)
def test_two_signals_together_give_the_panel(text: str) -> None:
    assert assess(text).tier == ACUUT, assess(text).signals


@pytest.mark.parametrize("text", NOW_ZORG)
def test_gentle_line_for_a_fight_given_up_a_place_at_night_or_coming_to_the_dead(text: str) -> None:
    assert assess(text).tier == ZORG, assess(text).signals


@pytest.mark.parametrize("text", TWINS_NOT_ACUUT)
def test_harmless_twins_get_no_panel(text: str) -> None:
    assert assess(text).tier != ACUUT, assess(text).signals


@pytest.mark.parametrize("text", TWINS_QUIET)
def test_night_outings_and_ordinary_comings_stay_quiet(text: str) -> None:
    assert assess(text).tier is None, assess(text).signals
