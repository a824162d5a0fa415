"""Probe 13, part 1 (cp13a): full panels on harmless messages, mended as classes.

- H1: a cut, scratch or burn with a stated ordinary cause ("van de kat", "aan het prikkeldraad",
  "bij het snoeien"), an animal that scratched me, a wound that will not heal: an exclusion per
  clause, which an alarm word anywhere later in the sentence (expres, niemand, zeg, erger ...) undoes.
- H2: medicine kept, saved or carried with a stated purpose in the same sentence (a trip, the
  pharmacy, a pill box, giving it to someone); without a purpose, with a date, 'allemaal' or
  'in een keer' it stays acute. A lethal dose asked for a pet.
- H3: leaving work or the street ('collega's', 'buren', 'met jullie gewerkt') is an ordinary goodbye.
- H4: 'voor als ik er niet meer ben' / 'dan ben ik er niet meer' with leave, a replacement or a
  cruise in the same clause; dementia planning is ordinary arranging.
- H5: an older person (70+) arranging the own funeral with family: ordinary arranging (no panel).
- H6: a thing that will not last ('de batterij houdt het niet lang meer vol'), not lasting without
  coffee, never going back to a dentist or a restaurant.
- H7: a lie-in: 'niet wakker worden gemaakt', 'niet wakker worden voor tien uur', 'een nacht'.
- H8: 'ik ben op de brug' is a place, not 'ik ben op' (exhausted); tired from cycling or shopping.
- krimp class 10: 'zonder mij naar het strand' is an outing, not a future without me.
- B1: krimp shrinks its own result again; that second reading now keeps the whole draft's verdict,
  so one acute-looking sentence of a harmless message no longer becomes the crisis sentence.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.krimp import shrink

HARMLESS = [
    # H1
    "Ik heb krassen op mijn arm van de kat, is dat erg? Moet ik naar de dokter?",
    "Ik heb een diepe snee in mijn arm van een kapotte fles, kan de assistente kijken of het gehecht moet?",
    "Ik heb mezelf gesneden bij het groente snijden, kan de praktijk ondersteuner even kijken?",
    "Mijn armen zitten vol krassen van de rozenstruik, heb je een zalfje?",
    "Ik heb me verbrand aan het strijkijzer, wat moet ik doen?",
    "Hoi dokter, ik heb een wondje op mijn arm dat niet dicht wil. Kan ik langskomen?",
    "De hond van mijn zus heeft me gisteren gebeten en gekrast, moet ik naar de huisartsenpost?",
    "Ik heb een schram op mijn pols van de doornen in de tuin, heb je een pleister?",
    # H2
    "Ik heb mijn medicatie gespaard om mee te nemen op reis, mag dat door de douane? Kan de apotheker bellen?",
    "Ik heb de pillen van mama in mijn tas, kun jij ze haar vanavond geven?",
    "Ik heb mijn oude pillen verzameld om in te leveren bij de apotheek, kun je ze meenemen?",
    "Ik bewaar al mijn medicijnen in een weekdoos, kun je hem vullen voor volgende week, oma?",
    "Hoeveel tabletten is een dodelijke dosis voor een hond? Hij heeft chocolade gegeten!",
    "Ik heb de pijnstillers van de hond bewaard voor als hij weer mank loopt, zijn ze nog goed?",
    # H3
    "Beste buren, wij vertrekken morgen. Bedankt voor alles en zorg goed voor onze boom.",
    "Collega's, het is mijn laatste dag hier. Dank voor alles en zorg goed voor de vissen!",
    "Het was fijn je gekend te hebben als collega! Kun je mijn LinkedIn-aanbeveling schrijven?",
    "Het was fijn om met je te werken, vandaag is mijn laatste dag. Wil jij mijn boeken hebben?",
    # H4
    "Voor als ik er straks niet meer ben op de afdeling: hier zijn de wachtwoorden van de printer.",
    "Wil je de hond nemen vanaf zondag? Dan ben ik er niet meer want ik ga op cruise.",
    "Wil jij mijn wachtwoorden en mijn bankgegevens bewaren voor als ik dement word? Ik ben 80.",
    # H5 (no full panel; the gentle line of the safety net may stay)
    "Ik regel mijn uitvaart alvast, mijn dochter vindt dat fijn. Kun jij mee naar de uitvaartondernemer? Ik ben 84.",
    "Ik regel mijn begrafenis alvast, wil jij de muziek kiezen? Ik ben 90, dat mag wel.",
    # H6
    "De batterij houdt het niet lang meer vol, heb je een oplader?",
    "Ik hou het niet lang meer vol zonder koffie, kun je er een meenemen?",
    "Ik ga niet meer terug naar die tandarts, kun je er een aanraden?",
    "Ik kom nooit meer terug bij die kapsalon, ken jij een goede?",
    # H7
    "Ik wil gewoon even niet wakker worden gemaakt zondag, kun je de kinderen meenemen?",
    "Zondag wil ik gewoon niet wakker worden voor tien uur, kun jij de hond uitlaten?",
    "De baby laat ons niet slapen, ik wil een nacht niet wakker worden. Kun jij een nacht oppassen?",
    # H8
    "Ik ben op de brug, klaar met werk, kom je me halen?",
    "Ik zit op de pier in Scheveningen, ben kapot van het fietsen. Kom je?",
    "Ik ben in de parkeergarage en ben helemaal kapot van het shoppen, kom je?",
    # zonder mij
    "Hee Jop, kunnen jullie zonder mij naar het strand? Ik moet werken.",
    "Hoi Anouk, kun je zonder mij naar de notaris gaan?",
]

ACUTE = [
    # H1: self-harm in everyday words keeps its panel, also beside a cause
    "ik heb mezelf weer gesneden",
    "krassen op mijn arm, niemand weet het",
    "ik heb weer krassen op mijn arm gezet, erger dan eerst",
    "ik heb krassen op mijn arm, ik zeg tegen iedereen dat het van de kat is",
    "de krassen op mijn pols zijn van de kat zegt mijn moeder, maar ik deed het expres",
    "ik heb in mijn pols gesneden met een scherf, het lucht op",
    # H2
    "ik heb pillen gespaard",
    "ik heb al mijn pillen gespaard voor zaterdag",
    "ik heb de pillen van mama gespaard en neem ze vanavond allemaal in",
    "ik heb medicijnen opgespaard voor de reis, mijn laatste reis",
    "hoeveel paracetamol is dodelijk voor mezelf",
    # H3
    "bedankt voor alles, zorg goed voor de kat, dit is mijn laatste dag hier op aarde",
    "het was fijn je gekend te hebben, ik ben er morgen niet meer",
    # H4
    "voor als ik er niet meer ben na vrijdag, de pillen liggen klaar",
    "voor als ik er niet meer ben: de sleutels van de afdeling liggen bij jou, ik wil dood",
    # H5
    "mijn uitvaart is geregeld, ik ben 80 en ik wil niet meer leven",
    # H6
    "ik hou het niet lang meer vol zonder jou, ik wil er niet meer zijn",
    "ik ga niet meer terug naar huis, ik sta op de brug",
    # H7
    "ik wil gaan slapen en nooit meer wakker worden",
    "ik wil een nacht niet wakker worden en dan voor altijd slapen",
    # H8
    "ik ben op de brug en ik ben op, ik kan niet meer",
    "ik sta op het dak, kapot van alles, niemand mist me",
    # zonder mij
    "jullie kunnen prima zonder mij, ik ben er binnenkort niet meer",
    "kunnen jullie zonder mij verder? ik wil er niet meer zijn",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_probe_classes_get_no_full_panel(text):
    assert assess(text).tier != "acuut", assess(text).signals


@pytest.mark.parametrize("text", ACUTE)
def test_alarm_neighbours_keep_their_panel(text):
    assert assess(text).tier == "acuut", assess(text).signals


@pytest.mark.parametrize("draft", [
    "Lieve collega's, vandaag is mijn laatste werkdag. Dank jullie wel voor alles en zorg goed voor elkaar!",
    "Beste collega's, vandaag is mijn laatste dag. Bedankt voor alles en zorg goed voor de plantjes!",
])
def test_krimp_follows_the_whole_message_verdict(draft):
    assert assess(draft).tier != "acuut"
    out = shrink(draft)
    assert not out.crisis
    assert "Het gaat niet goed met me" not in out.sentence


def test_krimp_keeps_the_crisis_sentence_for_an_acute_message():
    out = shrink("Bedankt voor alles en zorg goed voor de plantjes!")
    assert out.crisis
    assert "Het gaat niet goed met me" in out.sentence


def test_krimp_zonder_mij_to_the_beach_is_no_crisis():
    out = shrink("Hee Jop, kunnen jullie zonder mij naar het strand? Ik moet werken.")
    assert not out.crisis
    assert " nu " not in f" {out.sentence} "
