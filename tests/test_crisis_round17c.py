"""Round 17 (c17c): false alarms of probe 17 and of the last round, and the alarm twins that keep firing.

Harmless: an accident that names its cause (a paper cut, a kitchen tool, a pet that scratched an arm
open), an estate at the notary or in a will, grief for someone else's death, visiting a living
relative beside a roof or a bridge, a stranger's jump in the news, jumping off a jetty into cold
water, a car dealer after saving. Every harmless test failed on main dbbd4ba; the alarm twins put
the same harmless words beside a real alarm (a story taken back, a time, a burden, "ik ook", a dead
sister), and the two marked "was silenced" failed on the first version of this round's changes.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", (
    "oei, ik heb mezelf gesneden aan een papiertje, zo stom",
    "ik heb mij gesneden aan de mandoline, het bloedt wel",
    "Ik heb me gesneden aan de kaasschaaf, kun je pleisters meenemen?",
    "ik heb me gesneden bij het wortels schillen, heb jij een pleister?",
    "de kater heeft mijn been opengekrast toen ik hem wilde optillen",
    "Het konijn van de buren heeft mijn pols opengekrast. Moet ik naar de dokter?",
    "Als ik er niet meer ben, gaat het huis naar de kinderen; zo staat het in mijn testament.",
    "Als ik er niet meer ben krijgt het asiel een legaat, dat heb ik bij de notaris laten vastleggen.",
    "Als ik er niet meer ben, erft mijn nicht de tuin; zo staat het in mijn testament.",
    "Vandaag denk ik veel aan de dood van mijn moeder, ze had vandaag jarig geweest.",
    "ik moet steeds denken aan de dood van onze hond, ik mis hem zo",
    "Ik wil de goot van het dak leeghalen. Zondag ben ik bij mijn broer.",
    "Ik wil over de brug naar de markt fietsen. Daarna ben ik bij mijn moeder.",
    "Heb je het journaal gezien? Er is een man van de brug gesprongen, hij is gered.",
    "mijn buurvrouw vertelde dat iemand vannacht van het viaduct is gesprongen, zo naar",
    "ik wil van het vlot springen maar het water is nog zo koud",
    "Ik heb genoeg gespaard voor een scooter, zaterdag ga ik naar de dealer.",
    "eindelijk genoeg gespaard, morgen naar de dealer voor een proefrit met de nieuwe auto",
    "Kun je zaterdag helpen de kelder leeg te halen? Ik wil ook de bladeren van het dak halen.",
    "Als ik er niet meer ben, gaan mijn postzegels naar mijn nicht. Dat heb ik met de notaris geregeld.",
))
def test_harmless_lines_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik heb mezelf gesneden aan een papiertje zeg ik, maar het was een mesje",
    "ik heb me gesneden aan een papiertje, en daarna nog met een mesje",
    "de kat heeft mijn arm opengekrast zeg ik tegen iedereen, maar dat was ik",
    "ik heb me gesneden bij het koken zei ik, maar het was expres",
    "als ik er niet meer ben krijgt mijn zus mijn kat, ik heb alles geregeld",
    "Ik heb alles bij de notaris geregeld. Als ik er niet meer ben, krijgt mijn zus de kat.",
    "Mijn testament ligt bij de notaris. Als ik er niet meer ben, mogen jullie alles verdelen. Niemand hoeft me te zoeken.",
    "De notaris heeft mijn testament. Als ik er niet meer ben krijgt Tom mijn gitaar. Het wordt tijd.",
    "mijn testament ligt bij de notaris, verder heb ik niks meer te regelen hier",  # was silenced
    "ik denk aan de dood van mijn vader en wil hem achterna",
    "ik denk aan de dood van mijn moeder en dan wil ik ook dood",
    "ik denk steeds aan de dood van mijn broer en hoe ik het zelf zou doen",  # was silenced
    "ik wil bij mijn overleden zus zijn, ik sta op de brug",
    "ik sta op de brug. dan ben ik eindelijk bij mijn zus",
    "mijn zus is vorig jaar overleden. ik sta op het dak. dan ben ik bij mijn zus.",
    "Mijn lieve kinderen, als jullie deze brief lezen, ben ik bij jullie vader. Wees niet boos.",
    "Er is gisteren iemand van de brug gesprongen. Ik begrijp hem wel.",
    "iemand is van de flat gesprongen, dat lijkt me een goed idee",
    "ik las dat iemand van de brug sprong, ik sta er nu ook",
    "ik wil van de steiger springen en niet meer bovenkomen",
    "ik heb genoeg gespaard voor de dealer, dan koop ik genoeg om niet meer wakker te worden",
    "ik sta op het dak en ik voel me zo leeg",
    "Ik sta bij het spoor, mijn gsm is bijna leeg. Zeg tegen mama dat het me spijt.",
    "Mijn testament is klaar. Als ik er niet meer ben, krijgt mijn zus mijn kat.",
    "Uitvaart is betaald, testament ligt bij de notaris. Als ik er niet meer ben gaat de kat naar de buren.",
))
def test_alarm_twins_keep_the_panel(text):
    assert assess(text).tier == ACUUT
