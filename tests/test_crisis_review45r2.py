"""Round 45 review (c45r2): the reviewer's lines for c45z and c45k (main 755718da -> 2a8104bd), each at its tier.

A. real passive death wishes the net's floor (0.3) silenced: a rule of their own gives the gentle line ('uitkijken naar
   / wachten op de dood', 'de dood als een vriend'), and the net's floor is 0.1;
B. `rouw-lezer` (a visit to a grieving reader) no longer lowers the writer's own grief plan: not beside the dead addressed
   ('naar je toe mama'), a night, words quoted ('zeggen ze', 'zei de politie'), 'bij jou zijn', 'zonder jou';
C. the race exception is out (it silenced danger in the next sentence and a place beside it);
D. a call word ('bel', 'sms', 'app', 'stuur', 'whatsapp') ends a clause only as an imperative with its object and then
   the end; never before a noun ('sms sturen'), with 'jij' or inverted ('app ik je');
E. 'ik spring er af' with 'vannacht' is the gentle line, quiet beside an outing or transport; the car into the water
   needs a car with the writer driving it;
F. sport jumps, a boat at anchor, a trade called from a roof, vitamin pills, a rail worker, a contract in the next
   sentence.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

PANEL = [
    # B
    "gecondoleerd zeggen ze allemaal. maar mama is dood en ik kom naar je toe mama",
    "iedereen zegt wat erg dat je moeder overleden is. ik kom naar je toe mam, ik wil bij jou zijn",
    "je moeder is overleden zeiden ze aan de telefoon. ik kom naar je toe mama. ik wil niet zonder jou",
    "jouw papa is dood, zei de dokter tegen mij toen ik 8 was. nu ben ik 30 en ik kom naar je toe papa",
    "wat erg dat mama dood is. ik kom naar je toe mama",
    "wat erg dat mama dood is. ik kom naar je toe mama, vannacht",
    "je vader is dood zei de politie. papa ik kom naar je toe",
    # C
    "ik fiets de tocht mee langs het kanaal, maakt me niet uit of ik aankom. ik heb afscheid genomen",
    "ik doe mee aan de wedstrijd, maakt niet uit of ik aankom. vanavond neem ik afscheid van iedereen",
    "ik loop de marathon zondag, maakt niet uit of ik aankom. daarna is het toch voorbij voor mij",
    "de tocht naar de kust, maakt me niet uit of ik aankom. ik heb mijn brieven al geschreven",
    # D: a call with its object still ends the clause
    "ik wil niet meer sms mijn zus dat het me spijt",
    "ik wil niet meer stuur mama dat ik van haar hou",
    "ik wil niet meer app me niet meer",
    "ik wil echt ook niet meer stuur niemand iets",
    "ik wil niet meer bel eva",
]

AT_LEAST_GENTLE = [
    # A
    "ik kijk soms uit naar de dood",
    "ik kijk uit naar de dood",
    "eigenlijk kijk ik uit naar mijn dood",
    "ik wacht op de dood",
    "ik wacht op de dood, elke dag",
    "ik kijk echt uit naar de dood eerlijk gezegd",
    "stiekem kijk ik uit naar de dood",
    "k kijk uit naar de dood",
    "ik kijk uit naar de dood, naar rust",
    "mijn werk gaat prima hoor. ik kijk uit naar de dood",
    "de kinderen slapen. ik kijk uit naar de dood",
    "ik ga dood hier",
    "ik zie de dood als een vriend",
    # E
    "ik spring er ook af, vannacht",
    # F, changed in c45r3: a flat, balcony or pier with a bare call gets the gentle line again (a miss is the worst error)
    "ik zit op het balkon bel me",
    "ik sta op de pier bel papa",
    "ik zit op de flat bel me",
    # D, changed in c45r3: a call with its object ends the clause whatever follows ('bel me straks' after 'ik kan niet meer')
    "ik kan niet meer bel me straks, ik zit in de auto",
    "ik doe de fietstocht alleen langs de rivier, maakt niet uit of ik aankom",
]

QUIET = [
    # A: the net's own floor still drops the horror game
    "ik ga dood in die horrorgame, die clown blijft me pakken man",
    "ik kijk uit naar de dood van die schurk in de serie",
    # B: a plain condolence to the reader stays quiet
    "wat erg dat je moeder overleden is, ik kom naar je toe",
    "wat erg dat je hond dood is, ik kom naar je toe",
    "wat erg dat je moeder overleden is, ik kom naar je toe, samen huilen",
    "jouw vader overleden? wat erg. ik kom naar je toe na mijn werk",
    # D
    "dankjewel ik wil zelf ook niet meer, twee stukken taart was genoeg",
    "ik wil niet meer bel mama of ze me komt halen, de film is saai",
    "ik wil niet meer app me wel als de pizza er is",
    "ik wil niet meer sms sturen, bellen is makkelijker",
    "ik wil niet meer app gebruiken om te daten, veel te oppervlakkig",
    "ik wil niet meer bel me morgen dan praten we over het huis",
    "ik wil niet meer stuur je me die rekening opnieuw? deze klopt niet",
    "ik weet wat ik ga doen app ik je straks voor het cadeau",
    "ik geef het op stuur jij het antwoord van de kruiswoordpuzzel",
    "ik ben het zat stuur de huisbaas een aangetekende brief over de lekkage",
    "het mag allemaal stoppen app de groep dat de training niet doorgaat",
    "ik heb niemand bel jij de loodgieter?",
    "ik ben vergeten bel me even over wat ik moest meenemen",
    "dit is mijn laatste bericht stuur ik vanavond, daarna ga ik op vakantie zonder gsm",
    "wat is het punt app me even, ik snap de opdracht niet",
    "ik kan er niet meer uit bel de slotenmaker, de deur klemt",
    "het is te veel stuur me minder foto's in de groep",
    # E
    "ik spring er vannacht ook af, bij het feestje van jeroen",
    "ik spring er vannacht ook af hoor, tot de afterparty",
    "ik spring er ook af vannacht, om half drie gaat de laatste nachtbus",
    "ik spring er af vannacht bij de party, kom jij ook binnen?",
    "ik spring er ook af, vannacht bij kim thuis, neem chips mee",
    "de nachtbus stopt bij de markt, ik spring er af vannacht en loop naar huis",
    "ik spring er ook af vannacht hoor, het zwemfeest in het buitenbad",
    "morgen rij ik met de camper het strand op en dan de zee in met de kinderen",
    "ik rij met de auto de sloot in haha zo glad vandaag",
    "morgen rij ik met de amfibieauto het water in, dan is het klaar met testen",
    "vanavond rij ik de boot het water in, de trailer staat klaar",
    "ik stuur mijn wagen de rivier in voor de carwash-scene van de film",
    "morgen rij ik het water in met de jetski, dan is de vakantie begonnen",
    "vandaag stuur ik de kajak het water in",
    "ik rij met de wagen tot aan het water in zeeland, dan is het klaar met de stress",
    # F
    "ik ga springen kom kijken, het is mijn eerste salto op de airtrack",
    "ik wou springen app me, bij de sprongwedstrijd in het park",
    "ik wil springen stuur me de tijden van de tramp park",
    "we liggen voor anker bij ibiza, ik ga van de boot springen",
    "bij het schoolkamp gaan we kajakken, ik ga van de boot springen",
    "ik sta op het dak bel de aannemer",
    "ik sta op het dak sms de baas",
    "ik ben op het dak bel de loodgieter",
    "ik heb vitaminepillen genomen app me als je gaat sporten",
    "ik werk bij prorail en ik sta op het spoor bel de ploegleider",
    "ik heb zin om alles te beëindigen wat met die vereniging te maken heeft",
    "ik wil alles beëindigen wat nog openstaat voor de vakantie, mails en facturen",
    "ik wil alles beëindigen in het spel en opnieuw beginnen met een nieuwe save",
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


def test_the_death_wish_rule_is_its_own_and_gentle() -> None:
    found = assess("ik kijk uit naar de dood")
    assert any(s.family == "doodswens" and s.level == ZORG for s in found.signals), found
