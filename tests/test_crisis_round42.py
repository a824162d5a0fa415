"""Round 42 (c42): crisis-d (tuning-ho41d1/d2) and the probe cp41 (tuning41-cp) mended by the general reason each
wrong result had, not by its topic.

- a jump with nothing to catch the writer ("geen airbag die me opvangt, ik spring", round 41's review): the jump
  without rescue, in either order; a leap "in het diepe" (a bold step) is no jump;
- dialect unread: West-Flemish "weere" (weer) and "snyen" (snijden); Limburgish "ut" (het) was taken out again in the
  round 42 review (c42r): it is also a chat typo for "uit" (its line "ich bin ut zoe mujj allemaol, elke daag" is gone);
- "ik voel me zo'n last voor ...": the same as "een last voor"; an apology "sorry, ik voel me zo'n last" beside a
  request stays quiet (no "voor ..." after it);
- the pet: "de hamster" is an animal, not "hamsteren": the exception (`hamster-dier`) was taken out again in the round 42
  review (c42r), as it let "ik verzamel de hamster zijn voer en mijn oxazepam" through; the lines below hold without it;
- a past wish now over: c42 made it one worry at the gentle line; the round 42 review (c42r) took that out (see
  tests/test_crisis_review42.py), so its lines now only assert at least the gentle line, and its alarming twins the panel.

Every line is a new variant of ours, none a corpus line. Every exception has its alarming twin (same words, real
danger: a plan, a time, the first person) that must keep the panel.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

ACUTE = [
    # the jump with nothing to catch me and a place (the jump alone: GENTLE_AT_LEAST since the round 42 review)
    "geen airbag die me opvangt, ik spring van het dak",
    # dialect: a cut again, West-Flemish spelling
    "'k zyn weere an 't snyen gegoan vannacht, niemand mag het weten",
    # the alarming twin of the hamster: the verb keeps hoarding pills
    "ik hamster al weken mijn pillen, vrijdag neem ik ze allemaal",
    "de pillen heb ik gehamsterd, de hamster krijgt mijn zus, vanavond is het zover",
    # the alarming twins of the past wish: a relapse, a plan, no hope again
    "vroeger wou ik er niet meer zijn, en nu weer. ik zie weer geen toekomst",
    "jaren geleden wou ik er niet meer zijn, sinds kort denk ik er weer aan",
    "vroeger wou ik er niet meer zijn maar ik zag weer toekomst, vannacht neem ik toch de pillen",
    "vroeger wilde ik er niet meer zijn, nu zie ik weer hoop maar sinds gisteren wil ik weer dood",
]

GENTLE_AT_LEAST = [
    # the jump with nothing to catch me, both orders: c42 gave it the panel; the round 42 review (c42r) made the rule's
    # own level zorg (sport, a party and a business say it too), so these assertions went from ACUUT to at least ZORG
    "geen vangnet dat me nog opvangt, ik spring",
    "er is niemand meer die me tegenhoudt, vannacht spring ik",
    "ik spring straks, niks dat me opvangt",
    # a past wish now over: c42 held it at the gentle line (GENTLE_ONLY, exactly ZORG); the review took that exception
    # out (it lowered present wishes beside a past one), so a recovered past wish may get the panel again
    "vroeger wou ik er niet meer zijn, maar sinds de therapie zie ik weer toekomst en ga ik studeren",
    "toen ik zestien was wilde ik er niet meer zijn, nu gaat het goed met mij",
    "ik voel me zo'n last voor mijn ouders sinds ik ziek thuis zit",
    "ik voel mij zo'n last voor iedereen om me heen",
]

QUIET = [
    # a bold step, no jump
    "geen vangnet dat me opvangt, maar ik spring in het diepe met mijn eigen bakkerij",
    # an apology beside a request
    "sorry, ik voel me zo'n last, kun je me zaterdag naar de kapper brengen?",
    # 'ut' in an ordinary line
    "ut is mooi weer vandaag, gaan we fietsen?",
]

NO_PANEL = [
    # the animal, not the verb
    "de hamster van de klas is dood, de juf neemt vrijdag een nieuwe mee",
    "onze hamster heeft alle zaadjes in zijn wangen verstopt, zo grappig",
]


@pytest.mark.parametrize("text", ACUTE)
def test_alarming_lines_get_the_panel(text):
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", GENTLE_AT_LEAST)
def test_worrying_lines_get_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), assess(text)


@pytest.mark.parametrize("text", QUIET)
def test_harmless_lines_stay_quiet(text):
    assert assess(text).tier is None, assess(text)


@pytest.mark.parametrize("text", NO_PANEL)
def test_harmless_lines_never_get_the_panel(text):
    assert assess(text).tier != ACUUT, assess(text)
