"""Round 44 third review (k44r3): what the third review of k44r2 found over 225 fresh drafts. Real engine calls; each
kind is tested on the reviewer's drafts and on a twin that must keep the k44r2 reading.

A. An offer with 'me'/'mij'/'ons' after a preposition ('bij ons', 'met mij'), 'ons' before a noun ('ons huis') or
   'altijd' stays an offer, never sure; only 'kun je me …', 'kunt u mij …', 'kun je ons morgen …' is a request
   (offer_if.py).
B. A hesitation sound before an insert between commas ('Kun je uhm, mama, …', 'ehm, Dan, …'): never sure, and the
   insert kept between its commas (um_pair.py, ask_filler.py).
C. 'sorry,' and 'sorry sorry' right before the call after the crisis words split as 'sorry' does (crisis_runon.py).
"""

import pytest

from vraaghulp.coach.krimp import shrink

_READY = "Kun je nu bij me zijn"


# A. offers stay offers
@pytest.mark.parametrize("draft", [
    "Als je wilt kun je bij ons blijven slapen.",
    "Als je wilt kun je met ons mee eten.",
    "Als je wilt kun je ons huis gebruiken dit weekend.",
    "Als je wilt kun je mij altijd bellen.",
    "Als je wilt kun je me altijd bellen als er iets is.",
    "Als je wilt kun je bij mij terecht.",
    "Als je wilt kun je altijd bij ons aankloppen.",
    "Als je wilt kun je ons appartement gebruiken.",
    "Als je wil kun je met mij meerijden naar Antwerpen.",
    "Als je wilt kunt ge bij ons komen eten zondag.",
])
def test_an_offer_with_us_in_a_phrase_is_not_sure(draft):
    assert not shrink(draft).sure


@pytest.mark.parametrize("draft, sentence", [
    ("Als je wilt kun je me morgen bellen.", "Kun je me morgen bellen?"),
    ("Als u wilt, kunt u mij terugbellen op dit nummer.", "Kunt u mij terugbellen op dit nummer?"),
    ("Als je wilt kun je ons morgen ophalen.", "Kun je ons morgen ophalen?"),
    ("Als je wilt kun je ons helpen met verhuizen.", "Kun je ons helpen met verhuizen?"),
])
def test_the_writer_right_after_the_reader_is_still_a_request(draft, sentence):
    r = shrink(draft)
    assert r.sentence == sentence and r.sure


# B. a hesitation sound before a comma pair
@pytest.mark.parametrize("draft, sentence", [
    ("Kun je uhm, mama, de hond uitlaten?", "Kun je, mama, de hond uitlaten?"),
    ("Kun je uhm, papa, de auto wegzetten?", "Kun je, papa, de auto wegzetten?"),
    ("Kun je ehm, oma, de taart meebrengen?", "Kun je, oma, de taart meebrengen?"),
    ("Kun je ehm, Dan, morgen bellen?", "Kun je, Dan, morgen bellen?"),
    ("Kun je ehm, Eva, morgen bellen?", "Kun je, Eva, morgen bellen?"),
])
def test_a_hesitation_before_a_pair_keeps_the_word_and_is_not_sure(draft, sentence):
    r = shrink(draft)
    assert r.sentence == sentence
    assert not r.sure


def test_the_kept_name_is_not_struck_through():
    draft = "Kun je ehm, Dan, morgen bellen?"
    struck = [draft[a:b] for a, b in shrink(draft).dropped]
    assert "Dan" not in struck and "ehm" in struck


@pytest.mark.parametrize("draft", ["Kun je euh, om drie uur, de kinderen halen?", "Kun je ehm, de kat, eten geven?"])
def test_a_hesitation_before_a_longer_insert_is_not_sure(draft):
    assert not shrink(draft).sure


@pytest.mark.parametrize("draft, sentence", [
    ("Kun je ehm, de kat eten geven morgen?", "Kun je de kat eten geven morgen?"),
    ("Kun je mama de hond uitlaten?", "Kun je mama de hond uitlaten?"),
])
def test_no_pair_after_the_sound_stays_as_it_was(draft, sentence):
    r = shrink(draft)
    assert r.sentence == sentence and r.sure


# C. 'sorry,' / 'sorry sorry' before the call
@pytest.mark.parametrize("draft, call", [
    ("ik wil dood sorry, bel eva", "bel nu eva"),
    ("ik wil er een einde aan maken sorry, bel eva", "bel nu eva"),
    ("ik wil dood sorry sorry bel eva", "bel nu eva"),
    ("ik wil er een einde aan maken sorry sorry stuur mama", "stuur nu mama"),
])
def test_sorry_with_a_comma_or_twice_before_the_call_splits(draft, call):
    r = shrink(draft)
    assert r.crisis
    assert call in r.sentence.lower()
    assert _READY not in r.sentence
    assert "sorry" not in r.sentence.lower()


def test_an_apology_before_the_crisis_words_is_still_no_call():
    r = shrink("sorry, stuur ik je dit Eva maar ik wil dood")
    assert r.crisis and "stuur nu" not in r.sentence.lower()


def test_a_word_dropped_on_purpose_is_not_put_back():
    r = shrink("Kun je ehm, alsjeblieft, even bellen?")
    assert "alsjeblieft" not in r.sentence and "ehm" not in r.sentence and not r.sure
