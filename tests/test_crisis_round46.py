"""Round 46 (c46): crisis-h (tuning-ho45h1/h2) and the probe cp45 (tuning45-cp) brought in; each wrong line mended by
the reason it fired or missed, never by the line. The sentences here are new variants, none a corpus line.

Misses (the worst failure), by reason:
A. dialect words the normaliser did not know: Twents and Gronings ('nich veur de koej', 'bint', a participle without
   ge- after a time, 'gin mens die 't markt', 'ik heur der nich bie'), Limburgish ('zien allemaol doeëd', 'gaaneen
   kump', 'vuul ich'), West-Flemish ('ge moet mien zaak overpakken', ''k è mie verbrand'), Rotterdams ('ik ben ut zo
   moe'), Flemish 'aan heur been';
B. a self-inflicted burn at the oven said 'niet per ongeluk': the ordinary-cause exception did not know that guard;
C. 'niemand die het zou merken als ik hier drie dagen niet buitenkwam' (a place word after 'ik');
D. knowing how to get to the top of a high place after hours or unseen (a new gentle signal).
False panel:
E. a jump from a jetty with a whole group ('van de steiger gesprongen met heel de onderzoeksgroep').
False gentle lines, by reason:
F. 'ik kan niet meer' of being full after a meal, of a room laughing, of a team's defence;
G. a place word as the name of a café ('afscheid in café De Kaai');
H. flowers that are dead ('de tulpen zijn ollemolle dood').
Every exception has its alarming twin here, kept at an alarm.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

NOW_CAUGHT = [
    # A
    ("Gisteren een dik touw kocht bie de Gamma, nich veur de koej. Zundag bint ze allemaol vort, dan is 't rustig.", ACUUT),
    ("Gin mens die 't markt as ik der nich bin. Ik heur der nich bie.", ZORG),
    ("de maten van de mijn zien allemaol doeëd, gaaneen kump nog langs, ich zit hie allein", ZORG),
    ("ge moet mien winkel mo overpakken, 'k goan der nie mier zyn", ACUUT),
    ("'k è mie weere gesneden, mo nie per ongeluk, 't is 't enigste da helpt", ACUUT),
    ("ik ben ut allemaal zo moe, elke dag hetzelfde", ZORG),
    ("ik voel me ne blok aan heur been, ze moet alles alleen doen", ZORG),
    # B
    ("ik heb me weer verbrand aan het strijkijzer, maar niet per ongeluk deze keer", ACUUT),
    # C
    ("niemand die het zou merken als ik thuis een week de deur niet opendoe", ZORG),
    # D
    ("ik ben de kerktoren op geweest en weet hoe ik na sluitingstijd tot boven raak", ZORG),
]

NOW_QUIET = [
    # A: the same words in ordinary sentences
    "vandaag een nieuw touw kocht, voor de schommel van de kinderen",
    "de koej stonden vanmorgen weer in de wei, mooi gezicht",
    "ik heb me verbrand aan de oven bij het koken, pleister erop",
    # D
    "ik weet hoe ik s nachts op het dak kom voor een foto van de sterren",
    # E
    "gisteren van de steiger gesprongen met heel de klas, het water was ijskoud",
    "van de pier gesprongen met ons team na de regatta, zalig",
    # F
    "ik kan niet meer, ik heb zoveel frietjes gegeten, mijn buik ploft",
    "'k zijn gebarsten, 'k kan nie meer, gin dessert",
    "ik kon niet meer, iedereen lag plat in de zaal",
    "ik kan er niet meer tegen van die scheidsrechter, elke week hetzelfde",
    # G
    "afscheidsdrink in café De Brug vanaf vijf uur, iedereen welkom",
    # H
    "de rozen zijn allemaal dood door de vorst",
]

ALARM_TWINS = [
    # E
    "ik ben van de steiger gesprongen en wou niet meer boven komen",
    "van de steiger gesprongen met heel de groep erbij, ik wou dood",
    # F
    "ik kan niet meer, ik heb weer te veel gegeten, ik walg van mezelf",
    "ik ben gebarsten, ik kan niet meer, ik wil dood",
    "ik kan er niet meer tegen van die ploeg, ik wil niet meer leven",
    # G
    "afscheid in café De Kaai, daarna spring ik van de brug",
    # H
    "de tulpen zijn dood en ik wil ook dood",
]

STILL_ALARMING = [
    # F: the exceptions read a word of being full, a laughing room or a team, not 'ik kan niet meer' near any of them
    "ik kan niet meer, mijn buik ploft, ik ga alles eruit kotsen zoals altijd",
    "ik kon niet meer, iedereen lag plat behalve ik, niemand ziet mij",
    "ik kan niet meer, ik lag plat op bed de hele dag, alles is zwart",
    # the group-jump exception of round 13 no longer reads over 'vannacht' or a witness
    "ik spring vannacht van de brug met de klas als getuige",
]


@pytest.mark.parametrize(("text", "tier"), NOW_CAUGHT)
def test_a_missed_reason_is_caught(text, tier):
    assert assess(text).tier == tier


@pytest.mark.parametrize("text", NOW_QUIET)
def test_a_harmless_reason_is_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", ALARM_TWINS)
def test_the_alarming_twin_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", STILL_ALARMING)
def test_a_near_line_keeps_an_alarm(text):
    assert assess(text).tier is not None
