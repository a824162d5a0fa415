"""Round 46 second review (c46r2): what the second review of round 46 (RC46B) found, mended by kind.

A. rouw-condoleer stands down when the writer names a dead of their own ('mama is overleden', 'sinds papa dood is',
   'ik mis je mama', begrip rouw-eigen-dode / rouw-mis): a condolence in such a message was said TO the writer, and
   'ik kom naar je toe mama' stays the writer's plan;
B. @gevaarbericht names the means and places it lacked (trein, spoor, flat, dak, metro, slaappillen, stroming, 'me
   meenam'): a plan anywhere in the message, before or after the trigger, stops the team, meal, laughing-room, jetty
   and café exceptions; the annoyance exception 'de trein ..., ik kan er niet meer tegen' not after 'voor/onder de';
C. the team exception stands down beside an abuse disclosure; the meal exception beside eating distress ('ik haat mijn
   lichaam', 'overgeven', 'vreetbui') and 'vol met <feelings>'; the laughing room not when laughed AT the writer;
D. the laugh imitation counts 'opgeknoopt', 'verzuipt', 'verhangen' as grave;
E. about_someone_else: 'we', 'ons', 'zelfde', 'same', 'idem' are the writer's own words, and a helping phrase no longer
   hides the writer's own despair ('hoe kan ik zo nog leven', 'ik weet niet hoe verder').
Lines in my own words, near the reviewer's shapes.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, about_someone_else, assess

STAYS_ACUUT = [
    # A: the writer's own dead, a condolence reported, and the writer's plan
    "oma is vorige maand overleden. overal gecondoleerd met je oma op insta. oma ik kom naar je toe",
    "mijn vader is overleden. de hele ploeg schreef gecondoleerd met je vader. ik kom naar je toe papa",
    "mama is gestorven. iedereen appt gecondoleerd met je mama. ik kom naar je toe mama",
    "papa is overleden. op de kaart stond innige deelneming. papa ik kom naar je toe",
    "papa is overleden. de buurvrouw: gecondoleerd met je papa. ik kom naar je toe papa",
    "papa is dood. gecondoleerd met je vader, ja bedankt. papa ik kom naar je toe",
    "mama is dood. al die gecondoleerd met je moeder appjes. mama ik kom naar je toe",
    "papa is gestorven. mijn deelneming links mijn deelneming rechts. ik wil naar je toe papa, ik kom",
    "papa is overleden. gecondoleerd met je vader, mailde mijn chef. ik kom naar je toe papa",
    "mama is dood. sterkte met je verlies, schreef de meester. mama ik kom naar je toe",
    "sinds papa dood is lees ik alleen gecondoleerd met je papa. papa ik kom naar je toe",
    "papa is overleden. innige deelneming op elke kaart. papa ik kom naar je toe",
    "papa is dood. oprechte deelneming, liet de club weten. papa ik kom naar je toe",
    "mijn papa is overleden. sterkte met het verlies staat onder elke foto. ik kom naar je toe papa",
    # B: the plan in words the list lacked, after or before the trigger
    "ik kan er niet meer tegen van die coach. ik ga voor de trein",
    "ik kan er niet meer tegen van die coach. ik spring van de flat af",
    "ik kan er niet meer tegen van die scheidsrechter. ik loop zo het spoor op",
    "ik kan er niet meer tegen van die trainer. ik ga van het dak af",
    "mijn slaappillen liggen klaar, ik kan er niet meer tegen van die coach",
    "ik kan niet meer, de hele klas lag in een deuk om mij. ik ga voor de trein",
    "van de steiger gesprongen met de hele groep. ik hoop dat de stroming me een keer meeneemt",
    # B: a train or bus as the plan, not as an annoyance (uitzondering 'de accu is leeg, ik kan er niet meer tegen')
    "ik ga voor de trein liggen, ik kan er niet meer tegen van die coach",
    "ik spring voor de bus, ik kan er niet meer tegen",
    # D: the character's act taken over
    "hij heeft zich opgeknoopt in die film. ik wil ook niet meer haha",
    "in het boek verzuipt hij zich. ik wil ook niet meer haha",
]

AT_LEAST_ZORG = [
    "ik ga me op het spoor leggen ik kan er niet meer tegen van die trainer",
    "ik kan der nie meer tegen van die coach. k ga onder den trein",
    "ik kan er niet meer tegen van die coach. ik ga de trein recht in de ogen kijken",
    "na cafe de brug ga ik voor de trein",
    # C: abuse, eating distress, feelings
    "ik kan er niet meer tegen van die coach. hij zit aan me in de douche",
    "ik zit propvol, ik kan niet meer. ik haat mijn lichaam",
    "ik ben propvol, ik kan niet meer. ik ga weer overgeven, zoals elke dag",
    "ik kan niet meer, mijn buik ploft. alweer een vreetbui, ik ben zo dik",
    "ik kan niet meer, ik zit zo vol met alles wat er dit jaar gebeurd is",
    "ik kan niet meer, ik ben gebarsten. vanbinnen is alles kapot",
]

STAYS_QUIET = [
    # the exceptions still hold for their own harmless lines
    "ik kan er niet meer tegen van die trainer, altijd maar rondjes lopen",
    "ik kan niet meer, ik zit vol van de pannenkoeken",
    "ik kon niet meer, heel de klas lag plat om die mop",
    "afscheid in cafe de kaai vanaf vier uur , iedereen welkom",
    "alweer vertraging op de trein, ik kan er niet meer tegen",
    # a condolence to the reader, no own dead
    "wat erg dat je mama is overleden. gecondoleerd met je moeder opa. ik kom naar je toe opa",
    "je vader is gestorven, oprechte deelneming met je vader. ik kom naar je toe",
]

OWN_LINE = [  # the writer's own despair beside someone else's words: never the 'someone else' line
    "mijn vriendin zegt dat ze niet meer wil leven. zelfde hier",
    "papa wil niet meer leven. same",
    "mijn broer wil niet meer leven. idem",
    "mijn vriend wil dood. wij allebei eigenlijk",
    "mijn zus wil niet meer leven en wij eigenlijk ook niet",
    "mijn vriendin wil dood. ons leven is ook niks meer",
    "mijn vriend wil niet meer leven, onze levens zijn kapot",
    "mijn vriend wil dood, hoe kan ik zo nog leven",
    "mijn vriendin wil niet meer leven, hoe moet ik nog verder",
    "mijn zus wil niet meer leven, wat moet ik nog op deze wereld doen",
    "mijn vriend wil niet meer leven, ik weet niet hoe verder",
]


@pytest.mark.parametrize("text", STAYS_ACUUT)
def test_stays_acuut(text: str) -> None:
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", AT_LEAST_ZORG)
def test_at_least_zorg(text: str) -> None:
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", STAYS_QUIET)
def test_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", OWN_LINE)
def test_own_line(text: str) -> None:
    assessment = assess(text)
    assert assessment.tier in (ZORG, ACUUT)
    assert not about_someone_else(assessment, text)


def test_helping_still_gets_the_other_line() -> None:
    text = "mijn vriendin wil niet meer leven, hoe kan ik haar helpen"
    assert about_someone_else(assess(text), text)
