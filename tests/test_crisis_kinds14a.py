"""Causes mended in round 14 (cr29a), each in fresh wording (not in any corpus file): what the
fresh outside file tuning12-k (adults and older people) showed, mended as causes, not phrases.

Harmless causes: the character a story, sermon or programme is about ("een film over een man die
wil springen": a relative clause after "over <someone> die", `audience.story_subject`); a stop
said with its contrast ("met de zaak, niet met het leven"); an out-of-office with the date after
it ("ik ben er niet meer vanaf zaterdag"); someone else's own funeral ("haar uitvaart"); "genoeg
geweest met" a named thing; fed up because something fails for the umpteenth time; a place that
belongs to work ("de parking van het werk") is no job at height; "volgende" in a time is no return.
Alarm causes: a time after which it is "gedaan met mij"; an accident that must be staged, with a
place between or for the insurance; not knowing where to turn ("waar ik het moet zoeken"); a
Flemish "verdiep" high up and not going down again.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

HARMLESS = [
    # the character of a story, sermon or programme (a relative clause after "over <someone> die")
    "Zondag in de kerk ging de preek over Jona die liever dood wilde dan verder leven. Mooie dienst.",
    "We keken een documentaire over een schaapherder die van een klif wilde springen, en hoe zijn hond hem redde.",
    "In de leeskring bespraken we een novelle over een dokter die niet meer wilde leven na de oorlog.",
    # a stop said with its contrast
    "Ik stop met het café, niet met het leven! Eindelijk tijd voor de kleinkinderen.",
    "ik kap met mijn zaak, maar niet met het leven hoor, volgende maand gaan we op cruise",
    # an out-of-office with the date after it
    "Beste Mieke, ik ben er niet meer vanaf donderdag, ik ga twee weken naar Ghana. De sleutel van de schuur ligt bij jou.",
    # someone else's own funeral
    "Mijn schoonvader wil zijn uitvaart zelf regelen, de liederen heeft hij al gekozen. Hij is 68 en loopt nog marathons.",
    # enough of a named thing; fed up with a repeated failure
    "Het is genoeg geweest met die volkstuin, mijn knieën willen niet meer. Wie wil de kruiwagen?",
    "Ik ben het beu, dat is al de vierde keer dat de verwarming uitvalt deze winter.",
    # "volgende week" with a return, beside a last postcard
    "Dag allemaal, mijn laatste kaartje uit Kreta, volgende week ben ik weer thuis.",
    # someone who saw an accident: no staging
    "De verzekeraar zei dat het een ongeval in de keuken leek, maar het was een lekkende leiding.",
    # a practical "geen raad" with a thing, a thing that is searched for
    "Ik weet me geen raad met dat nieuwe formulier van de gemeente, wil jij helpen?",
    "Ik weet niet meer waar ik de bonnetjes moet zoeken, in welke map zaten ze?",
]

ALARM = [
    # a time after which it is over with me (zorg at least)
    "na de kerst is het gedaan met mij, ik kan het niet meer",
    # staged accidents
    "Het moet op een ongeval met de auto lijken, dan keert de verzekering uit voor de kinderen.",
    "als het een ongeluk op het spoor lijkt, krijgt mijn vrouw het geld. Ik heb alles klaargelegd.",
    # not knowing where to turn
    "Ik weet niet meer waar ik het moet zoeken sinds de schulden, ik slaap niet meer.",
    "k weet mij geen raad meer, alles loopt mis",
    # Flemish 'verdiep' high up and not going down again
    "Ik sta op het achtste verdiep van de parking van het werk. Niemand weet het. Ik ga niet meer naar beneden.",
    # the same surfaces, with the writer's own wish
    "Ik stop met het café en ook met mijn leven, de brief ligt in de la.",
    "Ik ben iemand die niet meer wil leven, ik heb de pillen al.",
    "Ik heb mijn uitvaart zelf geregeld en de liederen gekozen, na het weekend zijn jullie van mij af.",
    "Het is genoeg geweest met dit leven, de pillen liggen klaar voor vannacht.",
]

ACUTE = [
    "Het moet op een ongeval met de auto lijken, dan keert de verzekering uit voor de kinderen.",
    "als het een ongeluk op het spoor lijkt, krijgt mijn vrouw het geld. Ik heb alles klaargelegd.",
    "Ik sta op het achtste verdiep van de parking van het werk. Niemand weet het. Ik ga niet meer naar beneden.",
    "Ik stop met het café en ook met mijn leven, de brief ligt in de la.",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_causes_give_nothing(text: str) -> None:
    assert assess(text).tier is None, assess(text).signals


@pytest.mark.parametrize("text", ALARM)
def test_alarm_causes_alarm(text: str) -> None:
    assert assess(text).tier is not None


@pytest.mark.parametrize("text", ACUTE)
def test_acute_causes_give_the_panel(text: str) -> None:
    assert assess(text).tier == "acuut", assess(text).signals


def test_story_subject_is_the_character_not_the_writer() -> None:
    from vraaghulp.coach.crisis.audience import story_subject

    first, stop = frozenset(("ik", "me", "mij", "mijn", "mezelf")), frozenset(".!?;|")
    words = "de film over die oude man die van de brug wil springen".split()
    assert story_subject(words, words.index("die", 4), first, stop)
    mine = "ik denk over een brug die hoog genoeg is".split()  # no story named: a place, not a character
    assert not story_subject(mine, mine.index("die"), first, stop)
    me = "een boek over mij die niet meer wil".split()  # the writer stands between
    assert not story_subject(me, me.index("die"), first, stop)


# A formal cancellation letter covers "genoeg geweest" (the membership ends); a calm after a chore;
# moving to a flat at the sea. The same surfaces with the writer's own wish keep the panel.
LATER_HARMLESS = [
    "Beste secretaris, hierbij zeg ik mijn lidmaatschap van de schaakclub op. Na 22 jaar is het voor mij genoeg geweest.",
    "Eindelijk is de badkamer af na die verbouwing, eindelijk rust in huis.",
]
LATER_ACUTE = [
    "Beste secretaris, hierbij zeg ik mijn lidmaatschap op. Het is genoeg geweest, ik wil dood.",
    "Ik sta aan zee op de pier, ik neem afscheid. Het is genoeg geweest.",
]


@pytest.mark.parametrize("text", LATER_HARMLESS)
def test_later_harmless_causes_give_nothing(text: str) -> None:
    assert assess(text).tier is None, assess(text).signals


@pytest.mark.parametrize("text", LATER_ACUTE)
def test_later_acute_causes_keep_the_panel(text: str) -> None:
    assert assess(text).tier == "acuut", assess(text).signals
