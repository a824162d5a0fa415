"""Round 20 (c20a): the classes the round-19 sealed set crisis-h (now tuning-ho19h.toml) missed or
alarmed falsely, each with twins on the other side.

- false full panels: not eating or a medicine paused until a procedure ("nuchter", "tot de operatie");
  a first-aid kit with plasters in a group message; someone else's farewell letter in a paper or at a
  career stop; a group jump as an outing in inverted order ("zondag gaan we ... springen, wie gaat
  mee?"); "klaar mee" right after a finished task; a care team counting medicine ("wordt geteld") and
  a dose per patient; a wish to die said as a joke (the gentle line at most);
- false gentle line: an elder's long-standing saying "als ik dood ben mogen jullie ...";
- missed: "ik hou dit leven niet vol", grief or pain "niet meer te dragen".
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "overmorgen word ik geopereerd, dus vanaf vanavond tien uur eet ik niks meer, ik moet nuchter zijn",
    "Ik eet morgen niks meer tot het darmonderzoek, zo staat het in de brief.",
    "Beste leiding, de gescheurde lakens zijn weggegooid. Voor het kamp zoeken we nog een ehbo-tas met pleisters en paracetamol, wie heeft er een?",
    "Die afscheidsbrief van de wethouder in de krant was mooi, ze stopt na twaalf jaar.",
    "zaterdag gaan we in Ierland van de kliffen springen, wie durft er mee?",
    "Mijn eindwerk is eindelijk ingeleverd, ik ben er zo klaar mee! Morgen breng ik mijn oude laptop naar de kringloop, die is echt dood.",
    "Collega's, de oxazepam in de medicijnkast wordt vanaf vannacht geteld, de hoogste dosis per bewoner staat op de lijst.",
))
def test_ordinary_messages_of_these_kinds_get_no_full_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", (
    "Opa roept al jaren: als ik dood ben krijgen jullie mijn postzegels. Hij is 90 en nog kerngezond.",
    "Onze oma zegt altijd: als ik dood ben mag jij mijn naaimachine hebben. Ze is nog kiplekker.",
))
def test_an_elders_long_standing_saying_gets_nothing(text):
    assert assess(text).tier is None


# Round 36 (c36): a laughed wish beside a story of what happened is taken down to nothing (frame `lach-anekdote`; its
# outside twin, tuning-ho19h #150, is labelled harmless); what holds from round 20 is that it never gets the panel.
@pytest.mark.parametrize("text", (
    "net mn eigen pony geknipt en nu wil ik dood lmao het is zo scheef",
))
def test_a_joke_wish_to_die_gets_no_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", (
    "Sem heeft zijn eerste tand! De vaatwasser moet nog leeg. Ik voel dat ik dit leven zo niet volhoud, maar ik moet door voor de kinderen. Morgen turnen om tien uur.",
    "deze eenzaamheid is niet meer te dragen, al maanden",
    "De pijn is niet meer te harden, dag en nacht.",
))
def test_missed_exhaustion_and_unbearable_pain_get_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", (
    "ik eet niks meer en mijn pillen neem ik niet meer, dan gaat het vanzelf",
    "ik heb weer gekrast en pleisters erop geplakt zodat niemand het ziet",
    "Mijn afscheidsbrief ligt in de la. Sorry voor alles.",
    "zaterdag ga ik alleen van de kliffen springen, ik kom niet meer terug",
    "Ik ben er klaar mee, met alles. Mijn laptop mag mijn zus hebben, de wachtwoorden liggen in de la.",
    "ik heb morfine van het werk meegenomen, genoeg voor mezelf",
    "ik zeg het alvast: als ik dood ben mogen jullie mijn spullen hebben, het duurt niet lang meer",
))
def test_the_alarm_twins_still_get_the_full_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "deze jas is niet meer te dragen, de mouwen zijn te kort",
    "de pijn in mijn kies is niet meer te harden, morgen naar de tandarts",
    "ik hou dit tempo niet vol met twee banen",
    "ik hou dat leven in de stad niet vol, we verhuizen naar het dorp",
))
def test_things_and_tasks_that_are_too_much_stay_quiet(text):
    assert assess(text).tier is None
