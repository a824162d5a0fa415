"""Round 58 (k58a): a result that only deletes and loses no content word is not held back by the loss checks.

`context`, `weg-woord`, `weg-moment` and `geheel-twijfel` doubt a result for what it may have lost. Looked at from
inside on the outside files (tools/krimp_zeker_inside.py), no kind of dropped clause, length or model estimate told the
acceptable results they hold back from the wrong ones; one shape did: every word of the result stands in the draft in
the same order, and no content word is lost outside the phrases removed on purpose (nothing_lost.py). Drafts:
tests/corpus/krimp/tuning58-k58a.toml and outside drafts (h21a-026, h49a-038).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import nothing_lost, shrink

SURE = [
    ("Hoi Mirjam, mijn moeder wordt dinsdag 14 mei geopereerd in het Isala. Mag ik die dag thuiswerken? Groetjes, Ellen",
     "Mirjam, mijn moeder wordt dinsdag 14 mei geopereerd in het Isala. Mag ik die dag thuiswerken?"),
    ("Dag Rita, de verwarming in de living doet het weer ni. Kunt ge da morgen laten nakijken door de chauffagist? "
     "Merci he",
     "Rita, de verwarming in de living doet het weer ni. Kunt ge da morgen laten nakijken door de chauffagist?"),
    ("Beste Kevin,\n\nIk heb vrijdag om 11:00 een afspraak bij de tandarts. Mag ik die ochtend het werkcollege een uur "
     "later binnenkomen?\n\nMet vriendelijke groet,\nSanne de Wit",
     "Kevin, ik heb vrijdag om 11:00 een afspraak bij de tandarts. Mag ik die ochtend het werkcollege een uur later "
     "binnenkomen?"),
    ("Meneer Jansen, mijn vrouw wordt donderdag 10 april geopereerd. Mag ik die dag vrij nemen?",  # h21a-026
     "Meneer Jansen, mijn vrouw wordt donderdag 10 april geopereerd. Mag ik die dag vrij nemen?"),
    ("Rik, de printer op de eerste verdieping is weer vastgelopen. Kun jij er vóór de vergadering van 14.00 uur naar "
     "kijken?",  # h49a-038
     "Rik, de printer op de eerste verdieping is weer vastgelopen. Kun jij er vóór de vergadering van 14.00 uur naar "
     "kijken?"),
]


@pytest.mark.parametrize("draft,offered", SURE)
def test_a_result_that_keeps_every_word_of_substance_is_sure(draft, offered):
    r = shrink(draft)
    assert r.sentence == offered
    assert r.sure, r.withheld


HELD = [
    # the topic after the ask goes ('over de verbouwing'): the reader would not know what it is about
    ("Mam, kun je vanavond even bellen? Ik wil je iets vragen over de verbouwing van de zolder.", "context"),
    # a list item in a fragment after the ask goes ('En kaarsjes.')
    ("Hey Bram, mijn vriendin is morgen jarig en ik ben nog op het werk tot zes uur. Kun jij vanmiddag bij de AH taart "
     "halen? En kaarsjes.", "weg-woord"),
    # what is broken, and for how long, goes with the sentence the ask was folded into
    ("Beste mevrouw Jansen,\n\nDe lantaarnpaal voor huisnummer 23 aan de Brinkgreverweg brandt al twee weken niet. Kunt "
     "u laten weten wanneer die gerepareerd wordt?\n\nVriendelijke groet,\nHenk Mulder", "weg-woord"),
    # the limit's reason goes ('want dan ben ik naar de dokter')
    ("Dag Rita, de verwarming doet het weer ni. Kunt ge da laten nakijken? Liefst ni op woensdag want dan ben ik naar de "
     "dokter. Merci", "context"),
]


@pytest.mark.parametrize("draft,code", HELD)
def test_a_twin_that_loses_a_word_of_substance_stays_held(draft, code):
    r = shrink(draft)
    assert not r.sure
    assert code in r.withheld


def test_a_result_that_rewrites_a_word_is_not_spared():
    """'Kunt gij die morgen … brengen?' made 'Kunt gij morgen haar bril …': not only deleted, so `context` still holds."""
    r = shrink("Hey Els, ons mama haar bril is kapot gevallen. Kunt gij die morgen naar de opticien in de Diestsestraat "
               "brengen? Ik sta heel de dag op dienst, sorry!!")
    assert not r.sure
    assert "context" in r.withheld


@pytest.mark.parametrize("draft,result,deleted", [
    ("Hoi Rik, de printer is stuk. Kun jij kijken? Groetjes", "Rik, de printer is stuk. Kun jij kijken?", True),
    ("Zou je morgen kunnen komen?", "Kun je morgen komen?", False),  # 'kun' is not in the draft
    ("Kun je morgen komen? Ik ben thuis.", "Ik ben thuis. Kun je morgen komen?", False),  # moved, not only deleted
    ("Kun je morgen komen?", "", True),
])
def test_only_deleted_reads_the_order_of_the_words(draft, result, deleted):
    assert nothing_lost.only_deleted(draft, result) is deleted


def test_a_crisis_result_is_never_spared():
    """The crisis result has rules of its own: the guard answers no before it reads anything."""
    assert nothing_lost.kept_all(object(), set(), "Mam, ik wil niet meer leven. Kun je nu komen?", True) is False
    assert nothing_lost.spared(object(), type("Parts", (), {"crisis": True})(), "Kun je nu komen?", set()) == frozenset()


def test_a_spared_result_the_sure_path_rewrites_is_not_sure():
    """p46-025: spared as the whole draft, then the sure path fills the pointer in ('… Wil jij morgen een pakket voor
    mij aannemen?') and cuts the sentence it pointed at: no longer only deleted, so not sure."""
    r = shrink("Rob, morgen komt een pakket voor mij. Ik hoor de bel niet. Wil jij het aannemen?")
    assert not r.sure
    assert nothing_lost.CODE in r.withheld
