"""Round 45 second review (c45r3): the reviewer's lines for c45r2 (main 2a8104bd -> e34575ca), each at its tier.

1. the polite-thanks exception never covers 'niet meer' with life, death, waking, a means or a plan in the message;
2. a call word with its object ('bel me', 'bel de ambulance', 'bel jij mama', 'stuur je moeder') ends the clause
   whatever follows (not before 'of' or 'wel', and never before a noun use: 'sms sturen', 'app gebruiken');
3. `rouw-eigen` is only the dead addressed, the night, a means taken or gathered: a condolence that calls the reader
   'schat' or 'broer', quotes others, offers the writer's own old loss or mentions pills stays quiet;
4. on the track a boss or colleague alone is no rail work;
5. the car into the water keeps the panel with a time or a route before the car; 'mn'/'me auto' too;
6. 'alles beëindigen': the contract words are whole words ('clubgenoten' is no club);
7. a flat, balcony or pier with a bare call gets the gentle line again;
8. 'hoor' is no outing after 'ik spring er af vannacht'.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

PANEL = [
    # 1
    "dankjewel ik wil zelf ook niet meer leven",
    "bedankt ik wil zelf niet meer leven",
    "dank je, ik wil zelf niet meer leven. ik heb de pillen",
    "dankjewel ik wil zelf ook niet meer, ik heb de pillen al",
    # 2
    "ik heb alles ingenomen bel de ambulance",
    "ik heb alles ingenomen bel de ambulance als ik niet antwoord",
    "ik heb alles geslikt bel 112 als ik niet reageer",
    "ik heb alles geslikt bel me als je dit leest",
    "ik wil niet meer bel me als je dit leest",
    "ik wil niet meer bel me als je kan",
    "ik wil niet meer bel me straks",
    "ik wil niet meer bel me morgen",
    "ik wil niet meer bel jij mama",
    "ik wil niet meer app jij mama?",
    "ik wil niet meer stuur je moeder",
    # 4
    "ik sta op het spoor bel mijn baas",
    "ik sta op het spoor bel mn collega",
    "ik sta op het spoor bel mijn baas, zeg dat ik niet meer kom",
    # 5
    "morgen rij ik met mijn auto naar de brug en dan het kanaal in",
    "morgen rij ik gewoon het kanaal in met de auto",
    "vannacht rij ik naar de dijk en dan de auto de rivier in",
    # 6
    "ik wil alles beëindigen, mijn clubgenoten hoeven niet te komen",
]

AT_LEAST_GENTLE = [
    # 2
    "ik kan niet meer bel me als je tijd hebt",
    # 3: the reviewer's own-grief plan with the dead addressed keeps its gentle line (the panel is open, see README)
    "gecondoleerd zeggen ze allemaal. ik kom naar je toe papa",
    # 5
    "ik rij me auto de vaart in",
    # 7
    "ik sta op de flat bel me",
    "ik sta op de flat bel mama",
    "ik sta op het balkon bel mama",
    "ik zit op de pier bel me",
    "ik sta op de pier bel me pls",
    # 8
    "ik spring er vannacht af. hoor je me? niemand",
]

QUIET = [
    # 1
    "dankjewel ik wil zelf ook niet meer, twee stukken taart was genoeg",
    "nee dank je ik wil ook niet meer, ik zit vol",
    # 2: no object, an errand after 'of'/'wel', or a noun use
    "ik wil niet meer bel mama of ze me komt halen, de film is saai",
    "ik wil niet meer app me wel als de pizza er is",
    "ik wil niet meer bel me morgen dan praten we over het huis",
    "ik wil niet meer sms sturen, bellen is makkelijker",
    "ik wil niet meer app gebruiken om te daten, veel te oppervlakkig",
    "ik weet wat ik ga doen app ik je straks voor het cadeau",
    "ik wil niet meer stuur je me die rekening opnieuw? deze klopt niet",
    "ik heb niemand bel jij de loodgieter?",
    "ik wil niet meer wachten bel me als je er bent",
    # 3: condolences to the living reader
    "wat erg dat je papa dood is, ik kom naar je toe lieverd",
    "wat erg dat je moeder overleden is schat, ik kom naar je toe schat",
    "wat erg dat jouw papa overleden is, ik kom naar je toe broer",
    "wat verschrikkelijk dat je papa overleden is schat, ik kom naar je toe vanavond",
    "wat erg dat jouw oma overleden is. ik kom vanavond langs, ik kom naar je toe",
    "wat erg dat je moeder is overleden. mijn oma is ook dood, ik weet hoe het voelt. ik kom naar je toe",
    "wat erg dat je oma gestorven is, ik kom naar je toe, zeiden ze dat het snel ging?",
    "wat erg dat je moeder overleden is, ik kom naar je toe, zeggen ze dat ik niet mag?",
    "wat erg dat je vader dood is, ik kom naar je toe met pillen tegen de hoofdpijn",
    "wat erg dat je zus overleden is. de pillen van de dokter helpen? ik kom naar je toe",
    # 4
    "ik werk bij prorail en ik sta op het spoor bel de ploegleider",
    # 5
    "ik rij met de wagen tot aan het water in zeeland, dan is het klaar met de stress",
    "morgen rij ik met de amfibieauto het water in, dan is het klaar met testen",
    # 6
    "ik wil alles beëindigen in het spel en opnieuw beginnen met een nieuwe save",
    # 8
    "ik spring er vannacht ook af hoor, tot de afterparty",
]

NOT_PANEL = [
    # 3: the reviewer's condolences that had a gentle line before c45r2 may keep it, never the panel
    "wat erg dat je man overleden is, neem je pillen wel? ik kom naar je toe",
    "wat erg dat je vader dood is, ik wil bij jou zijn morgen, ik kom naar je toe",
]


@pytest.mark.parametrize("text", PANEL)
def test_real_lines_get_the_panel(text: str) -> None:
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", AT_LEAST_GENTLE)
def test_real_lines_get_at_least_the_gentle_line(text: str) -> None:
    assert assess(text).tier in (ZORG, ACUUT), assess(text)


@pytest.mark.parametrize("text", QUIET)
def test_harmless_lines_stay_quiet(text: str) -> None:
    assert assess(text).tier is None, assess(text)


@pytest.mark.parametrize("text", NOT_PANEL)
def test_condolences_never_get_the_panel(text: str) -> None:
    assert assess(text).tier != ACUUT, assess(text)
