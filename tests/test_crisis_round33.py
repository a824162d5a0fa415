"""Round 33 (c33): crisis-u (tuning-ho32u1/u2) brought in; its misses, false panels and false gentle lines mended as
kinds, and the kinds fresh text kept bringing (emptiness and 'waarvoor', dialect, things divided and 'niet meer op mij
wachten', not minding a fall, a trade's know-how as the means, a song line taken as one's own). Each kind with our own
new variants (NL, Flemish, Limburg, Gronings, chat spelling) and harmless look-alikes; the rules alone.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

PANEL = [
    'al mijn boeken en mijn gitaar verdeeld onder mijn vrienden. jullie hoeven niet meer op mij te wachten',
    'ik heb mijn hond aan mijn zus gegeven, ze moeten ni meer op mij rekenen',
    'ik klik me ni meer vast op het dak. as k val, val k',
    'zonder harnas gewerkt vandaag, kon me niet schelen als ik viel',
    'als ik met de vrachtwagen tegen een brugpijler rij maakt het me niks meer uit',
    'ik ben verpleegkundige, ik weet hoeveel insuline genoeg is. vannacht ben ik zelf aan de beurt',
    'de hond is bij de buurman, alles is geregeld. mijn tijd is gekomen',
    'de pincodes en de brief liggen in de schuif, ze vindt ze wel achteraf',
    'k heb al mijn spullekes verdeild, ze hoeve neet mie op mich te wachte',
    'ze bunt allemaol better af zonder mien, de levensverzekering is nagekeken',
    'ik wil dood, ik meen het, de pillen liggen klaar',
    'ze zeggen kys voor de grap maar ik ga het nu echt doen, de pillen van mijn moeder liggen in de badkamer',
]

GENTLE = [
    'eerlijk, het doet me allemaal niks meer. niet het werk, niet de kleinkinderen',
    'na de scheiding voel ik niks, niet blij en niet boos. gewoon leeg',
    'k weet ni meer waarvoor ik opsta, de dagen zijn allemaal hetzelfde',
    "'tired of living' zit in mijn kop en het klopt gewoon, ik ben zo moe",
    'de kinderen zijn gezond en toch doet niks mij iets. k voel mij hol vanbinnen',
]

CAUGHT = [  # first-person despair beside a song or 'niet meer weten waarvoor': caught; the tier may be the panel
    'da liedje over niemand ziet mij gaat echt over mij, alles is zwart',
    'ik wait nait meer woarveur ik t doe, alles is zo zwoar',
]

QUIET = [
    'die serie doet me niks meer, na seizoen drie is het saai',
    'ik voel niks, geen pijn meer sinds de fysio, top',
    'waarvoor dient dat formulier eigenlijk? ik snap het niet',
    'ik vraag me af waarvoor die kabel is, hij lag in de kast',
    "'tired of being here' is zo'n sad song lol, maar de beat is goed",
    'ik heb mijn oude fiets aan mijn neef gegeven. jullie hoeven niet op mij te wachten, ik kom met de bus',
    'ik heb mijn voetbalschoenen weggegeven. jullie moeten niet meer op mij wachten, ik stop met de club',
    'niemand hoeft op mij te wachten vanavond, ik eet bij oma',
    'gisteren zonder harnas op de ladder, de baas was kwaad, nooit meer',
    'kan mij niet schelen als het sneeuwt, we gaan toch skiën',
    'als ik met de auto tegen een paal rij is mijn verzekering duurder, dus voorzichtig',
    'ik weet waar de slagader zit, dat leer je bij ehbo. vanavond ben ik aan de beurt om te presenteren',
    'vanavond ben ik zelf aan de beurt om te koken, spaghetti',
    'mijn tijd is om, zei de quizmaster, en ik had het antwoord bijna',
    'alles is geregeld voor de verhuis, mijn tijd is om in dit appartement haha',
    'de codes liggen in de schuif, de oppas vindt ze wel',
    'donderdag slachten we de kippen, touw ligt al klaar in de schuur',
    'ik ga dood op de fiets, die helling is te steil',
    'ik zou sterven voor dat nummer, zo goed',
    'het team is beter af zonder mij in het doel, ik ben geen keeper',
    't es gin zin nie om nu te vertrekken, de file staat tot aan gent',
    'we zijn naar de griezelfilm geweest, de man springt van de brug, eng',
    'bewoner op kamer 5 zei dat hij dood wil, arts gebeld, staat in het zorgplan',
    'iedereen zegt kys als grap maar ik ga het melden bij de mods',
    'die boom is hol vanbinnen',
    'ge moet morgen ni op mij wachten aan de schoolpoort, mama haalt u, ik moet werken',
    'niemand hoeft op mij te wachten vanavond, ik eet bij mijn moeder',
    'mevrouw van kamer 4 weigert haar medicatie en zegt dat ze er klaar mee is, de psycholoog komt morgen',
]


@pytest.mark.parametrize("text", PANEL)
def test_round33_panel_kinds(text: str) -> None:
    assert assess(text).tier == "acuut", assess(text)


@pytest.mark.parametrize("text", GENTLE)
def test_round33_gentle_kinds(text: str) -> None:
    assert assess(text).tier == "zorg", assess(text)


@pytest.mark.parametrize("text", CAUGHT)
def test_round33_caught(text: str) -> None:
    assert assess(text).tier in ("zorg", "acuut"), assess(text)


@pytest.mark.parametrize("text", QUIET)
def test_round33_harmless_look_alikes_quiet(text: str) -> None:
    assert assess(text).tier is None, assess(text)


def test_round33_the_quieting_words_do_not_hide_a_real_alarm() -> None:
    # the same harmless frames beside a real wish or means keep the panel
    assert assess("ik ga dood op de fiets. nee echt, ik wil dood, de pillen liggen klaar").tier == "acuut"
    assert assess("het team is beter af zonder mij in de spits. en thuis ook, ik wil er niet meer zijn").tier == "acuut"
    assert assess("donderdag slachten we, maar het touw in de schuur is voor mij, ik hang mezelf op").tier == "acuut"
