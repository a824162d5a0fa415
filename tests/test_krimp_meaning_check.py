"""The meaning check (`[controle] fout` in content/nl/krimp.toml, checks.meaning) refuses a rewrite
that still holds a construction which may change what is asked ('kun je dat ik …', 'kun je om mij
te …', 'zou je het erg vinden als …'). Round 9: it no longer refuses three sound questions, which
sent the result down the not-sure path with the draft's own 'zou je … kunnen' in it (worse than the
rewrite, and itself a construction the check refuses):

- a clock time after 'om' ('kun je om 16.30 uur …', 'om half negen'): a moment, not 'om … te';
- a condition on the reader's own doing right after the verb ('wil je als je toch naar … gaat …'):
  the reader's trip, not 'als ik je zou vragen';
- 'dat' as the object ('kunt ge dat aan hem doorgeven?'), not 'kun je dat ik …'.

The drafts are in other words than the corpus cases that showed the kind.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.checks import meaning
from vraaghulp.coach.krimp.lexicon import lexicon


@pytest.mark.parametrize("draft, expected", [
    # a clock time after 'om' is a moment
    ("Hoi Jeroen, sorry dat ik stoor, zou je om 16.30 uur de kinderen van de crèche kunnen halen?",
     "Jeroen, kun je om 16.30 uur de kinderen van de crèche halen?"),
    ("Dag Mieke, zoudt ge om half negen de sleutel bij de buren kunnen afgeven?",
     "Mieke, kunt ge om half negen de sleutel bij de buren afgeven?"),
    # a condition on the reader's own doing stays in the question
    ("Hoi Sanne, zou je als je vanmiddag langs de apotheek fietst mijn recept willen ophalen?",
     "Sanne, wil je als je vanmiddag langs de apotheek fietst mijn recept ophalen?"),
    ("Hoi Anouk, ik lig ziek op de bank. Zou je als je naar de Lidl gaat voor mij willen meenemen: soep, crackers en thee?",
     "Anouk, ik lig ziek op de bank. Wil je als je naar de Lidl gaat voor mij meenemen: soep, crackers en thee?"),
    ("Hé Lotte, wil je als je klaar bent met werken de was ophangen?",
     "Lotte, wil je als je klaar bent met werken de was ophangen?"),
])
def test_a_sound_question_is_rewritten_and_sure(rules_only, draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


def test_dat_as_the_object_is_no_changed_meaning():
    lex = lexicon()
    assert meaning(lex, "Kunt ge dat aan hem doorgeven?") == []
    assert meaning(lex, "Kun je dat morgen even nakijken?") == []


@pytest.mark.parametrize("text", [
    "Kun je dat ik je hiermee hoor?",  # the reversed sentence
    "Kun je om mij te helpen morgen komen?",
    "Kun je als ik je zou vragen of je donderdag komt?",
    "Kun je of je morgen komt?",
    "Wil je dat je morgen komt?",
    "Kun je het erg vinden als ik morgen kom?",
])
def test_the_constructions_that_change_the_meaning_are_still_refused(text):
    assert meaning(lexicon(), text) == ["betekenis"]


@pytest.mark.parametrize("draft, expected", [
    ("Kun je om mij te helpen morgen komen?", "Kun je om mij te helpen morgen komen?"),
    ("Hey Tom, kun je als ik je bel even opnemen?", "Tom, kun je als ik je bel opnemen?"),  # round 32: the softening 'even' goes
])
def test_what_the_check_still_refuses_is_not_offered_as_sure(rules_only, draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert not result.sure


def test_the_persons_own_request_never_stops_mid_sentence(rules_only):
    """The not-sure path (fallback.py): the clause cutter ends the request at 'om 8 uur'; the own
    request keeps the rest of its question up to the '?', instead of '… of je om 8 uur?'."""
    draft = "Sorry dat ik het vraag Ilse, maar zou je het erg vinden als ik je zou vragen of je om 8 uur de hond kunt uitlaten?"
    result = shrink(draft)
    assert result.sentence == "Ilse, zou je het erg vinden als ik je zou vragen of je om 8 uur de hond kunt uitlaten?"
    assert not result.sure
    other = shrink("Hoi Wim, zou het heel erg zijn als ik je zou vragen of je om 10 uur de planten water geeft? Geen stress hoor.")
    assert other.sentence.endswith("de planten water geeft?") and not other.sure
