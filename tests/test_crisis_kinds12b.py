"""Kinds mended in round 12 (cr27b), each in fresh wording (not in any corpus file): what the
fresh outside file tuning10-f showed. Harmless kinds: a call hung up ("op ophangen drukken"),
wanting to be sure that someone else needs nothing ("zeker weten dat mijn kinderen ..."), "vandaag
niet meer bellen" after a shift, a pet or person that can no longer walk or stand, a jump into
water done before with friends or with how the water was, a thing dropped from a bridge, "het
beu" about a named task someone may take over, a jump from a diving tower or board. Alarm kinds:
"na <weekday> ben ik er niet meer", a reflexive method with a time word between ("me morgen
verhangen"), "kun jij mijn ... hebben" with "niet meer nodig", a cancellation that never ends
("en daarna ook nooit meer") with a farewell."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

ACUTE = [
    # a weekday after which the writer is no more
    "na zondag ben ik er niet meer. pas jij op mijn cavia?",
    "neem jij mijn vissen? na woensdag ben ik er nie meer, ik heb het besloten",
    # a reflexive method with a time word between
    "ik ga mezelf morgenavond verhangen",
    "ik verhang me vannacht op zolder op",
    "ik ga me zaterdag ophangen in de schuur",
    "ik ga me morgen in het bos verhangen",
    # giving things away with "kun jij mijn ... hebben" and not needing them any more
    "kun jij mijn skateboard en mijn jassen hebben? heb ik niet meer nodig na vanavond",
    # a cancellation that never ends, with a farewell
    "ik kom vrijdag niet naar de repetitie en ook nooit meer daarna. zorg goed voor elkaar",
    # counterparts of the harmless kinds below
    "ik wil zeker weten dat het werkt, welke dosis is dodelijk voor mij",
    "ik kan niet meer. bel me nooit meer, het is op",
    "ik laat mezelf van de brug vallen vannacht",
    "morgen spring ik van het dak van de flat, ik ben er klaar mee",
]

HARMLESS = [
    # a call hung up
    "mijn opa drukt telkens op ophangen als ik bel, hoe zet ik dat knopje uit?",
    "per ongeluk opgehangen tijdens het gesprek met de bank, bel jij ze terug?",
    "leer mij eens hoe ik het videogesprek ophang op de tablet",
    # wanting to be sure someone else needs nothing
    "wil je voor mij de verzekering bekijken? ik wil zeker weten dat mijn dochter later niets hoeft te betalen",
    "kunt u voor mij nagaan of het testament klopt, ik wil zeker weten dat mijn zoon het krijgt",
    # not phoning again today after a shift
    "na die lange dienst ben ik op, bel me vanmiddag niet meer want ik slaap",
    "kapot van de vroege shift, stuur me vandaag niet meer, morgen ben ik er weer",
    # an animal or person that can no longer walk, a farewell to it
    "ons konijn kan niet meer stappen, we laten hem morgen inslapen. wil je afscheid komen nemen?",
    "de oude kat kan niet meer lopen, zaterdag gaan we naar de dierenarts om afscheid te nemen",
    # a past jump into water with friends, or with how the water was
    "met mijn vriendinnen van de steiger in het meer gedoken, volgende week weer?",
    "vanmorgen van de kademuur gesprongen, het water was heerlijk! wie gaat morgen mee?",
    # a thing dropped from a bridge
    "mijn portemonnee laten vallen vanaf de brug, mijn vrouw gaat me vermoorden haha",
    "ik liet mijn camera vallen van de brug in het kanaal, zo dom",
    # "het beu" about a named task someone may take over
    "ik ben het zo beu, die offerte van de schilder, al drie keer opnieuw. wie wil hem nakijken?",
    "ik ben het echt zat, dat verslag van de raad, al vijf versies. kan iemand het overnemen?",
    # a jump from a diving tower or board
    "mijn dochter springt zondag voor het eerst van de duiktoren, ze vindt het doodeng",
    "vanavond spring ik van de 3 meter plank op zwemles, spannend",
    # an absence with its own leave
    "na maandag ben ik er niet meer, mijn ouderschapsverlof begint. vraag het aan Ilse",
    "na woensdag ben ik er niet meer, ik ga met pensioen. mijn opvolger heet Karim",
    # a diving tower named as a springtoren or in metres
    "ons Emma springt vandaag van de springtoren, ze is bang maar ze doet het",
]


@pytest.mark.parametrize("text", ACUTE)
def test_acute_kinds_get_the_panel(text: str) -> None:
    assert assess(text).tier == "acuut", assess(text).signals


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_kinds_stay_silent(text: str) -> None:
    assert assess(text).tier is None, assess(text).signals
