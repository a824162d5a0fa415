"""Round 46 (c46z2): what the review of c46z found, each kind with its twins (the review's lines and own ones).

- 'ik wil (ook) niet meer' after eating is quiet only when the whole message says nothing else (a [[tekst.vervang]]
  reading the whole message; the [[uitzondering]] read one sentence and silenced a means in the next one);
- a laugh after 'ik wil ook niet meer' does not end the imitation reading when the message names death, suicide,
  self-harm or a means (weigh.py `_taken`);
- a blocker word in a far sentence ('... mijn vrouw denkt dat het een grapje is') no longer stops the six rules that
  named the unread `tenzij_in` (main's reach again);
- the writer's own words beside someone else's ('ik ook', 'net als ik', 'ik wil met haar mee', 'hij heeft gelijk') get
  the writer's own line, not the line about someone else;
- the writer condoling someone ('gecondoleerd met je moeder opa. ik kom naar je toe opa') pays a visit; being
  condoled ('gecondoleerd met je papa zeggen ze') keeps the plan to join the dead.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import about_someone_else, assess

FOOD_THEN_DANGER = [
    "ik zit vol, ik wil niet meer. ik heb een touw gekocht",
    "ik zit vol, ik wil niet meer . ik heb het touw al",
    "ik zit vol ik wil niet meer. ik ga naar het spoor",
    "ik zit vol, ik wil niet meer. ik heb een mes gepakt",
    "ik zit vol, ik wil niet meer. mijn pillen liggen klaar",
    "ik zit vol, ik wil niet meer. ik neem vannacht alles in",
    "ik zit vol, ik wil ook niet meer. ik heb een brief geschreven voor mama",
    "ik heb me ziek gegeten, ik wil niet meer. ik verdien het niet om te leven",
    "ik zit vol ik wil nie meer. ik heb nen koord gekocht",
    "ik zit vol, ik wil niet meer. ik ben een last voor iedereen",
    "ik zit vol, ik wil niet meer. ik rij de auto het kanaal in",
    # own twins: the danger before, after, or in a third sentence
    "ik heb te veel gegeten, ik wil niet meer. morgen spring ik van de brug",
    "ik zit propvol. ik wil ook niet meer. de pillen liggen klaar in de kast",
    "mijn touw hangt al klaar. ik zit vol, ik wil niet meer",
    "ik wil niet meer, ik zit vol. ik heb afscheid genomen van iedereen",
    "ik ben vol, ik wil niet meer. het mes ligt naast mijn bed",
    "te veel gegeten, ik wil ook niet meer. ik wil dood",
    "ik zit vol, ik wil niet meer. ik ga naar het dak van de flat",
    # two sentences are no longer one refusal at the table (c46z's own line)
    "te veel gegeten. ik wil niet meer.",
    "ik zit vol. ik wil niet meer",
]

ONLY_FULL = [
    "haha ik wil ook niet meer, te veel gegeten",
    "ik zit zo vol, ik wil niet meer haha",
    "nee ik wil niet meer, ik ben helemaal vol",
    "pff ik heb echt te veel gegeten, ik wil ook niet meer",
    "ik wil zelf niet meer, mijn buik is zo vol lol",
]

CHARACTER_THEN_LAUGH = [
    "in die serie snijdt ze haar polsen door. ik wil ook niet meer haha",
    "in die serie snijdt ze haar polsen door. ik wil ook niet meer hihi",
    "in die serie snijdt ze haar polsen door. ik wil ook niet meer lol",
    "in het boek hangt ze zich op. ik wil ook niet meer haha",
    "in de serie snijdt hij zich. ik wil ook niet meer haha",
    "die rapper heeft zichzelf doodgeschoten. ik wil ook niet meer haha",
    "in die film pleegt ze zelfmoord met pillen. ik wil ook niet meer, haha",
    "in de film snijdt ze haar polsen. ik wil ook niet meer haha maar echt",
    "in die serie springt ze van een flat. ik wil ook niet meer haha",
    "in het boek schiet hij zichzelf neer. ik wil ook niet meer lol",
    "in die anime hangt hij zich op, ik wil ook niet meer hihi",
    "die zangeres nam een overdosis pillen. ik wil ook niet meer haha",
    "in de film verdrinkt ze zichzelf. ik wil ook niet meer, haha",
]

FAR_BLOCKER = [
    "ik klik mij bewust niet meer vast op de stelling . vallen of niet vallen , het maakt niet uit . "
    "mijn vrouw denkt dat het een grapje is",
    "ik klik mij bewust niet meer vast op de stelling . vallen of niet vallen , het maakt niet uit . "
    "mijn baas denkt dat het een grapje is",
]

CONDOLED = [
    "gecondoleerd zeggen ze allemaal. ik kom naar je toe papa",
    "ze zeggen gecondoleerd met je papa. papa ik kom naar je toe",
    "iedereen zei gecondoleerd met je moeder. ik kom naar je toe mama",
    "gecondoleerd met je papa zeggen ze. maar ik wil hem terug. papa ik kom naar je toe",
    "oprechte deelneming kreeg ik van iedereen. ik kom naar je toe papa",
    "gecondoleerd met je moeder zeiden ze op school. ik kom naar je toe mama",
    "mijn deelneming kreeg ik van de buren. papa ik kom naar je toe",
    "gecondoleerd met je vader, zegt iedereen. ik kom naar je toe papa",
    "gecondoleerd met je oma. vannacht kom ik naar je toe oma",
]

CONDOLING = [
    "gecondoleerd met je moeder opa. ik kom naar je toe opa",
    "innige deelneming met je schoonvader. ik kom naar je toe mama",
    "oma gecondoleerd met opa. ik kom naar je toe oma",
    "gecondoleerd met het verlies van je man, mama. ik kom naar je toe mama",
    "gecondoleerd met opa, mama. ik kom naar je toe mama",
    "mama gecondoleerd met tante ria. ik kom naar je toe mama",
    "mijn deelneming met uw broer, ma. ik kom naar je toe ma",
    "innige deelneming met je schoonmoeder pa. ik kom naar je toe pa",
    "gecondoleerd met je neef, ik kom naar je toe mama",
    "gecondoleerd met je schoonzus oma. ik kom naar je toe oma",
    "mijn oprechte deelneming met je vader, mam. ik kom naar je toe mam",
    "veel sterkte met het verlies van je broer pa. ik kom naar je toe pa",
]

OWN_BESIDE_OTHER = [
    "mijn vriend wil dood. ik ook",
    "zij wil niet meer leven. ik ook niet.",
    "mijn vriendin wil dood en ik ook",
    "mijn zus wil niet meer leven, net als ik",
    "hij wil dood, ik eigenlijk ook",
    "mijn vriendin zegt dat ze dood wil. ik wil dat ook",
    "mijn vriendin wil niet meer leven, ik wil met haar mee",
    "hij zegt dat hij er een eind aan maakt. ik doe mee",
    "hij zegt dat hij zelfmoord wil plegen, ik denk er ook aan",
    "mijn vriend zei: je kan beter dood zijn. misschien heeft hij gelijk",
    "mijn vriendin is suïcidaal, ik ben het ook",
    "mijn vriend heeft zelfmoordgedachten, ik ook af en toe",
    "mijn collega zegt dat hij het niet meer ziet zitten, ik ook niet",
    "in de film neemt ze een overdosis. wil ik ook niet meer.",
    "mijn neef wil dood en ik eerlijk gezegd ook",
    "mijn vriendin wil niet meer leven, ik voel hetzelfde",
    "mijn broer zegt dat hij er een eind aan maakt, ik ga met hem mee",
]

ONLY_OTHER = [
    "oma zegt dat ze klaar is met leven",
    "mijn broer wil dood",
    "mijn vriend zegt dat hij niet meer wil leven. hoe help ik hem",
    "mijn dochter van 14 wil dood, wat moet ik doen",
    "mijn man zegt dat hij er een eind aan wil maken",
]


@pytest.mark.parametrize("text", FOOD_THEN_DANGER + CHARACTER_THEN_LAUGH + FAR_BLOCKER + CONDOLED)
def test_real_lines_keep_the_panel(text):
    assert assess(text).tier == "acuut", assess(text)


@pytest.mark.parametrize("text", ONLY_FULL + CONDOLING)
def test_a_full_stomach_alone_and_a_condolence_visit_stay_quiet(text):
    assert assess(text).tier is None, assess(text)


@pytest.mark.parametrize("text", ["ik zit vol, ik wil niet meer. ik ga naar bed",
                                  "ik zit vol, ik wil niet meer. morgen weer een dag"])
def test_a_full_stomach_beside_anything_else_is_never_silenced(text):
    assert assess(text).tier is not None, assess(text)


@pytest.mark.parametrize("text", OWN_BESIDE_OTHER)
def test_the_writers_own_words_get_the_writers_line(text):
    found = assess(text)
    assert found.tier is not None and not about_someone_else(found, text), found


@pytest.mark.parametrize("text", ONLY_OTHER)
def test_only_someone_elses_words_get_the_line_about_them(text):
    found = assess(text)
    assert found.tier == "zorg" and about_someone_else(found, text), found
