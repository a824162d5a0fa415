"""Round 31 (c31): crisis-s (tuning-ho30s1/s2) brought in; its misses and false panels mended as kinds.

- At the track and the train's hour in the next sentence ("ik sta bij het spoor. de trein komt om 22:14").
- Things given away, not needed any more, and the ordinary reason itself denied ("nee ik verhuis niet").
- Not coming any more, the papers laid out or who has the key, and thanks for all the effort: a closing.
- Harm to someone else and then oneself ("ik maak hem dood en daarna mezelf"); "ik maak hem dood" alone, about a
  brother who ate the fries, is not this kind.
- The pills ready and "vanavond neem ik ze allemaal".
- Dialect: a clause-opening "ik hem" is "ik heb"; "e" is "een".
- Look-alikes quiet: a new flat after a divorce, how long an insurance payout takes, a song line stuck in my head,
  falling on stage "zonder mezelf pijn te doen", "volgend seizoen een nieuwe poging", a horror game, a friend's
  words and the question how to talk about them, a calm with its cause named, no fear of death in one's faith
  beside enjoying life.
- The zorg tier (`posture.separate`): "ik kan niet meer" beside only "geen uitweg" / "geen toekomst" is one worry;
  not with "nooit", "nergens", "zwart", life, a wish, an earlier attempt, a named moment or crying alone.

Read by the rules alone (`observe`), so a refit of the second opinion does not move these tests. More probes in
tests/corpus/crisis/eigen47.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, observe
from vraaghulp.coach.crisis.posture import separate


def _rules(text: str) -> str | None:
    return observe(text)[0]


@pytest.mark.parametrize("text", [
    "ik sta bij het spoor achter de sporthal. de trein komt om 23:05. laat me",
    "ik zit bij de rails achter de school. de volgende trein komt om half 11",
    "geef al mijn kleren weg, heb ze niet meer nodig. en nee ik ga niet verhuizen",
    "'k geef al mijne spullen weg, 'k heb ze nie meer nodig. nee 'k verhuis nie",
    "dag mevrouw, ik kom niet meer naar de les. de papieren liggen klaar in de map, mijn broer weet waar de sleutel ligt. bedankt voor al uw geduld",
    "ik maak hem dood en daarna mezelf, ik heb het mes al",
    "ik vermoord die vent en dan mezelf",
    "'k steek hem dood en dan mezelf",
    "ik neem hem mee, eerst hem en dan ik, dan is het klaar",
    "ik heb de pillen al liggen, vanavond neem ik ze allemaal",
    "'k hem de pillen al liggen, vanavond neem ik ze allemaal",
    "ik hem e touw gekocht en ik weet waar ik ga",
    "heb e mes onder mijn kussen en ik wil er vannacht een einde aan maken",
])
def test_the_kinds_of_crisis_s_get_the_panel(text):
    assert _rules(text) == ACUUT


@pytest.mark.parametrize("text", [
    "ik sta op het perron. de trein komt om 8:14, ben te laat voor school",
    "ik werk bij het spoor. de trein komt om 22:14 binnen op perron 3",
    "ik geef al mijn spullen weg, heb ze niet meer nodig, ik verhuis naar spanje",
    "nee ik verhuis niet, ik blijf hier wonen, wie wil er koffie",
    "beste, ik kom niet meer naar de afspraak want ik heb nieuw werk gevonden. de papieren liggen in de map, bedankt voor alle moeite",
    "ik kom donderdag niet naar de afspraak, ik ben ziek. de papieren liggen op tafel. bedankt voor uw geduld",
    "ik maak hem dood als hij nog een keer mijn frieten opeet",
    "die broer van mij heeft weer al mijn frieten op, ik maak hem echt dood",
    "ik maak hem wakker en daarna mezelf klaar voor school",
    "ik neem hem mee naar de kapper, eerst hem en dan ik",
    "de pillen van oma liggen klaar, vanavond neem ik ze allemaal mee naar de apotheek",
    "ik hem de sleutels al liggen op de tafel, kom ze maar halen",
    "'k hem e mes nodig veur de taart, wie brengt er ene mee?",
    "Scheiding is rond. Ik ben er klaar mee om nog achterom te kijken. Nieuwe flat, nieuw begin.",
    "weet iemand hoe lang het duurt tot de uitkering van de levensverzekering binnen is? pa is overleden",
    "hoe spring ik van het muurtje bij parkour zonder mezelf te bezeren",
    "examen gebuisd, volgend jaar een nieuwe poging",
    "ik ga hier dood in resident evil, die zombie blijft me killen",
])
def test_their_look_alikes_stay_quiet(text):
    assert _rules(text) is None


@pytest.mark.parametrize("text", [
    "die zin uit dat nummer 'ik wil niet meer wakker worden zonder jou' blijft in mijn kop zitten",
    "dat stukje uit dat liedje, ik wil niet meer leven zonder jou, zit de hele dag in mijn hoofd",
    # round 31 (lead, c31b): a friend's words about dying now get the gentle line (tests/test_crisis_round31b.py)
    "de deurwaarder is geweest maar we hebben een regeling getroffen, eindelijk rust",
    "met de schuldhulp gaat het eindelijk beter, voor het eerst in jaren slaap ik weer rustig",
])
def test_an_earworm_a_friend_s_words_and_a_calm_with_its_cause_stay_quiet(text):
    assert _rules(text) is None


def test_faith_without_fear_beside_enjoying_life_gets_no_gentle_line_from_the_score():
    text = ("Ik ben niet bang voor de dood, ik geloof dat er daarna rust is bij God. Dat geeft me kracht om nog te "
            "genieten van mijn kleinkinderen.")
    assert assess(text).tier is None
    assert assess("ik ben niet bang voor de dood, bij God is rust. ik wil er niet meer zijn").tier == ACUUT


@pytest.mark.parametrize("text", [
    "ik sta boven op de flat en ik ben er klaar mee",
    "weet iemand hoe lang het duurt voor je dood bent met pillen",
    "ik wil mezelf pijn doen, zonder dat iemand het ziet",
    "ik luister naar dat nummer en ik wil echt niet meer wakker worden, ik heb de pillen al",
    "die zin uit dat nummer zit in mijn kop want ik wil echt niet meer leven, ik heb de pillen al",
    "sinds ik besloten heb er een einde aan te maken slaap ik weer rustig",
])
def test_the_real_alarm_beside_a_narrowing_keeps_the_panel(text):
    assert _rules(text) == ACUUT


@pytest.mark.parametrize("text", [
    "ik kan niet meer en ik zie geen uitweg, alles loopt vast met die schulden",
    "ik kan nie meer, ik zie geen toekomst sinds de scheiding",
    "'t gaat ni meer, maat. 'k ben op. 'k zie geen uitweg.",
    "ik trek het ni meer, ik zie geen licht meer",
])
def test_exhaustion_beside_only_an_outlook_gets_the_gentle_line(text):
    assert _rules(text) == ZORG


@pytest.mark.parametrize("text", [
    "kzie geen uitweg en ik kan ni meer, ik heb het vroeger ook al eens geprobeerd",
    "ik trek het niet meer en ik zie ook nergens een uitweg, alles is zwart",
    "ik zie geen uitweg meer, het wordt nooit beter en ik ben zo moe van alles",
    "'k kan nie meer en 'k zie gin uitweg. 'k zitte hier mor alleene in de stal te bleiten",
    "ik kan niet meer, ik zie geen uitweg, ik wil dat het stopt",
    "ik kan niet meer en ik zie geen toekomst, vanavond neem ik de pillen",
])
def test_an_outlook_with_more_weight_keeps_the_panel(text):
    assert _rules(text) == ACUUT


def test_separate_reads_the_outlook_and_the_hints():
    concern = {"uitputting": ["ik kan niet meer"], "wanhoop": ["zie geen uitweg"]}
    assert separate(concern) == {"uitputting"}
    assert separate(concern, frozenset({"poging-vroeger"})) == {"uitputting", "wanhoop"}
    assert separate(concern, frozenset({"alleen-huilen"})) == {"uitputting", "wanhoop"}
    assert separate({"uitputting": ["ik kan niet meer"], "wanhoop": ["zie nergens een uitweg"]}) == {"uitputting", "wanhoop"}
    assert separate({"uitputting": ["ik wil dat het stopt"], "wanhoop": ["geen uitweg"]}) == {"uitputting", "wanhoop"}
