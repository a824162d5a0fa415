"""Round 39 (c39): crisis-a (tuning-ho38a1/a2) and the probe cp38 (tuning38-cp) mended by the general reason each
wrong result had, not by its topic.

- an idiom read as the words it is: "dood op" typed apart (doodop), "je gaat dood als je dat ziet", chat laughter
  ("lmao") beside "ik kan niet meer", a device dead and "ik ook dood", game deaths counted ("3x doodgegaan");
- not waking before a time or the first lesson (sleeping in), also with "meer";
- a word misread: "beter af zonder haar gsm" (a possessive before a noun), "ik ga niet meer terug" (no farewell
  "ik ga"), "sorry dat ik er niet meer was na de vergadering" (an absence over), the head that bonkt, a thing put
  "ergens anders", "ik hoef niet meer naar de fysio", "notities" (no looking-up);
- an ordinary reason: a worn old one replaced or a new one coming, a study question about a dose ("examen farmaco"),
  pain in the head said in words, a jump from rocks into deep water, a pet buried;
- whose it is: what a game makes the player do ("je moet van een toren springen") and a concept rule in a sentence
  about a film that names no first person are a character's; someone else's wound with an ordinary cause;
- read now: dialect ("gesneejn", "plekske", "briefke", "alleene", "k en mezelve were"), family who no longer come,
  being invisible to others, disappointed to wake, not stepping aside at the rails, a last message of love.

Every line is a new variant of ours, none a corpus line; the same words meant keep their alarm.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised

HARMLESS = [
    # idioms
    "drie uur gezwommen vanochtend, ik ben dood op",
    "heb je die nieuwe bril van Joris gezien? je gaat dood als je dat ziet, echt een vliegeniersbril",
    "ik ga dood van het lachen om die clip lmao ik kan niet meer",
    "mijn gsm is dood en ik ben ook dood, wie heeft een oplader voor morgen",
    "die raid is te moeilijk, we zijn al zes keer doodgegaan",
    # sleeping in
    "zaterdag wil ik niet meer wakker worden voor 11 uur, die week was te zwaar",
    # words misread
    "mijn moeder zegt dat we beter af zijn zonder haar oude auto, ze heeft gelijk haha",
    "dag 5 zonder suiker en ik ga niet meer terug, de koekjes heb ik weggegeven",
    "sorry dat ik er niet meer was na de pauze van de repetitie, de oppas moest weg",
    "mijn hoofd bonkt van die drukte, heeft iemand een ibuprofen?",
    "de glazenwasser komt morgen, kunnen jullie de fietsen even ergens anders zetten",
    "ik hoef niet meer naar de logopedist, ze zegt dat ik klaar ben",
    # ordinary reasons
    "nieuw touw gekocht voor de waslijn, de oude was helemaal gerafeld. zondag hangen we de was buiten",
    "ge moogt mijn oude fiets hebben, ik heb da niet meer nodig, ik krijg een nieuwe voor mijn communie",
    "toets farmacologie vrijdag, ik moet nog leren hoeveel ibuprofen een dodelijke dosis is, dat vragen ze elk jaar",
    "ik heb zo'n pijn in mijn kop, heb jij nog een paar pillen voor mij?",
    "wie gaat er mee zwemmen in de groeve? van de rotsen springen, het water is er diep genoeg",
    "we hebben de kat begraven in de tuin, de kinderen hebben een briefje geschreven om afscheid te nemen",
    # whose it is
    "in die nieuwe game moet je van een flat springen om het level te halen, best tof",
    "in die game moet je een afscheidsbrief schrijven voor je character",  # a game's instruction (was the gentle line)
    "die serie gisteren, die vent schrijft een afscheidsbrief en springt van een toren, en dan blijkt het een droom",
    "op de spoed een jongen met brandwonden aan zijn hand verzorgd, hij had zich pijn gedaan aan de frituurpan",
]

REAL_ACUTE = [
    "ik ben dood op van alles en ik wil niet meer leven",
    "ik wil morgen niet meer wakker worden, nooit meer",
    "iedereen is beter af zonder mij, ik ben alleen maar een last",
    "ik bonk met mijn hoofd tegen de muur tot het bloedt",
    "ik heb een touw gekocht en zaterdag is het zover",
    "'k en mezelve were gesneejn, dieper dan vorige keer",
    "ik heb een plekske uitgezocht in het bos. niemand hoeft te zoeken, ik laat een briefke achter",
    "ik sta bij het spoor. ik ben er klaar mee, misschien stap ik straks niet opzij",
    "zeg maar tegen de kinderen dat papa ze graag zag",
    "ik droomde dat ik niet meer wakker werd en ik was teleurgesteld toen de wekker ging",
]

REAL_GENTLE_AT_LEAST = [
    # life called a game is no game's instruction (review, round 39)
    "het leven is maar een spel, je kan net zo goed van een flat springen",
    "het is maar een spel, je moet gewoon van de brug springen en klaar",
    "ik zit hier alleen heel de dag, mijn kinderen komen niet meer, alles is triest",
    "niemand die ziet hoe moe ik ben, ik huil elke avond",
    "ze praten over me heen op het werk, ik ben daar meubilair",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_these_harmless_kinds_get_nothing(text):
    assert assess(text).tier is None, (text, assess(text).signals)


@pytest.mark.parametrize("text", REAL_ACUTE)
def test_the_same_words_meant_keep_the_panel(text):
    assert assess(text).tier == ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", REAL_GENTLE_AT_LEAST)
def test_these_keep_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), (text, assess(text).signals)


def test_a_game_instruction_is_the_players_not_the_writers():
    from vraaghulp.coach.crisis.phrase_owner import game_instruction

    me = frozenset(("ik", "me", "mij", "mezelf", "mijn"))
    assert assess("in die game moet je van de brug springen, best heftig").tier is None
    assert game_instruction(" in die game moet je van de brug springen ", me)
    assert not game_instruction(" in die game moet je van de brug springen , ik wil dat ook ", me)  # the writer's
    assert not game_instruction(" je moet van de brug springen ", me)  # no game named
    assert not game_instruction(" kan je in die game van de brug springen ? ", me)  # a question to the reader
    assert not game_instruction(" in die game moet je vanavond van de brug springen ", me)  # a time to come


def test_standing_firm_is_no_step_at_the_rails():
    assert assess("ik ben er klaar mee, ik stap niet opzij voor die pestkoppen").tier is None
    assert "voor de trein" in normalised("we wonen naast het spoor. ik stap vanavond niet opzij")


def test_dialect_forms_are_read():
    assert normalised("'k èn mezelve were gesneejn").split()[:5] == ["ik", "heb", "mezelf", "weer", "gesneden"]
    assert "plekje" in normalised("een plekske").split()
    assert "doodop" in normalised("k zen dood op.").split()
    assert "doodop" not in normalised("hij lag dood op de grond").split()
