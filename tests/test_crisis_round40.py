"""Round 40 (c40): crisis-b (tuning-ho39b1/b2) and the probe cp39 (tuning39-cp) mended by the general reason each
wrong result had, not by its topic.

- an idiom read as the words it is: fright as a heart attack ("ik krijg er een hartaanval van"), a full stomach
  ("drie keer opgeschept", "na het eten kon ik niet meer", "ik lig te sterven"), a laugh and "ik kan niet meer"
  with a question about the funny thing between them;
- a word misread: the particle of a separable verb ("ik vind de auto niet meer terug"), "kapot" of a thing ("een
  cactus die niet kapot kan"), the letterbox ("als de bus vol zit"), a duration between an animal and the roof
  ("onze kat zit al twee uur op het dak");
- what ends is no life: a farewell to a habit or to the stage, a role handed over ("voor als ik stop als
  secretaris"), being gone from a month on under an ordinary occasion ("ik zal er niet meer zijn in september, maar
  ik kom eens piepen"), a farewell told of a relative who died ("afscheid genomen van mijn pa, nu heeft hij rust");
- whose it is: a game world in the sentence ("in dat spel sterft mijn personage bij die brug"), a review of the
  acting ("wat een acteur");
- read now: inverted word order after a fronted clause ("zou niemand het merken", "voel ik niks meer"), "ik ben zo
  alleen hier", Flemish "hoe dat ik", "oe" (hoe), "moe" (moet) before a verb, Limburgish "daag lang"; not knowing how
  to keep going is more than an ordinary cause of tiredness; the despair idiom about a business beside "alles voor
  niks".

Every line is a new variant of ours, none a corpus line; the same words meant keep their alarm.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised

HARMLESS = [
    # idioms
    "mijn dochter wil per se van de hoge duikplank, ik krijg er een hartaanval van als ik kijk",
    "twee keer opgeschept bij de buren en dan nog ijs, ik kan niet meer",
    "na het kerstdiner kon ik niet meer, ik lig hier te sterven op de sofa",
    "ik lig dood van het lachen, heb je die video van de geit gezien? ik kan niet meer",
    # words misread
    "ik sta hier op de parking van de ikea en ik vind de auto niet meer terug, bel je me even?",
    "ik zoek een gsm-hoesje dat niet kapot gaat, mijn kleine gooit alles van de vensterbank",
    "de buurvrouw is op reis, ik haal haar post als de bus vol zit",
    "onze kater zit al sinds vanochtend op het dak van de garage en durft niet naar beneden",
    # what ends is no life
    "vandaag afscheid genomen van de peuken, nooit meer terug",
    "drie weken gestopt met roken, nooit meer terug, ik voel me al veel beter",  # feeling better is no one better off
    "de sleutels van het clubhuis liggen bij de bar, voor als ik stop als penningmeester. dan hoeft niemand te zoeken",
    "na 28 jaar neem ik afscheid van de bakkerij. ik zal er niet meer zijn vanaf oktober maar ik kom eens piepen",
    "gisteren afscheid genomen van mijn oma, bedankt voor de kaartjes. nu heeft ze rust",
    # whose it is
    "in dat level sterft mijn poppetje telkens bij die brug, hoe kom ik erover?",
    "die film over de brug, de hoofdpersoon springt aan het einde, ik was er kapot van. wat een acteur",
]

REAL_ACUTE = [
    "ik krijg er een hartaanval van en dat wil ik ook, ik wil dood",
    "ik vind het leven niet meer terug, ik wil dood",
    "ik sta boven op de parkeergarage en ik ga niet meer terug naar huis",
    "ik heb alles geregeld voor als ik er niet meer ben, de wachtwoorden staan in de map",
    "vaarwel allemaal, voor altijd. ik zal er niet meer zijn in september",
]

REAL_GENTLE_AT_LEAST = [
    "eigenlijk zou niemand het merken als ik een maand niet kwam opdagen",
    "als ik van de trap val zou niemand het twee weken merken",
    "sinds de scheiding voel ik niks meer. niet blij, niet boos",
    "ik ben zo alleen hier sinds mijn vrouw er niet meer is",
    "de tweeling huilt elke nacht, ik kan niet meer, ik weet niet hoe ik dit nog moet volhouden",
    "k weet nie oe da'k da nog moe volhouden, alles is te veel",
    "ik zie het niet meer zitten met de zaak, na twintig jaar is alles voor niks geweest",
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


def test_an_ordinary_cause_still_covers_plain_tiredness():
    assert assess("de kleine krijgt tandjes, ik kan niet meer, nog even volhouden").tier is None
    assert assess("de tweeling huilt elke nacht, ik kan niet meer").tier is None


def test_flemish_forms_are_read():
    assert "hoe ik dat moet volhouden" in normalised("k weet nie oe da'k da nog moe volhouden")
    assert "dagen lang" in normalised("ik praat daag lang mit niemand")
    assert "moe" in normalised("ik ben zo moe, ik ga slapen").split()  # tired stays tired
    assert "oe" in normalised("oe, wat spannend").split()  # only after 'weet niet'


def test_no_feeling_in_a_limb_is_no_emptiness():
    assert assess("na die wandeling in de sneeuw, in mijn tenen voel ik niks meer").tier is None


def test_and_then_a_dessert_is_a_whole_word():
    # c40r: the meal after 'en dan' is a whole word; 'en dan ijskoud', 'en dan slapeloos' keep the serious scope
    import re

    from vraaghulp.coach.crisis.frame_serious import SERIOUS

    scope = re.compile(r"\b(?:" + SERIOUS["scope"] + r")\b")
    assert scope.search(" en dan ijs ") is None and scope.search(" en dan het toetje ") is None
    assert scope.search(" en dan slapen ") is None
    assert scope.search(" en dan ijskoud het water in ") is not None
    assert scope.search(" en dan slapeloos liggen ") is not None
    assert scope.search(" en dan taarten bakken ") is not None
