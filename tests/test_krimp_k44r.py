"""Round 44 review (k44r): what the round's krimp review found over 319 fresh drafts. Real engine calls; each kind is
tested on the reviewer's drafts, on other wordings of the same shape, and on a twin that must not change.

A. A message sent inside an apology before the crisis words ('sorry dat ik je dit stuur Eva maar ik wil dood') is no
   call: no invented 'Stuur nu Eva.' (crisis_runon.py).
B. The writer's own message or call in a crisis run-on is kept ('stuur mama', 'app de groep', 'sms 112', 'bel eva'
   in lower case: crisis_plea.sends_to, crisis_runon); a call the reader may make ('ge moogt ons Lien bellen') left out
   is never sure (crisis_plea.lost).
"""

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.crisis_runon import broken


# A. an apology is no call
@pytest.mark.parametrize("draft, name", [
    ("sorry dat ik je dit stuur Eva maar ik wil dood", "eva"),
    ("sorry dat ik dit stuur Tom maar ik kan niet meer ik wil dood", "tom"),
    ("sorry dat ik je dit app Lisa maar ik wil er niet meer zijn", "lisa"),
    ("excuses dat ik dit sms Bram, ik wil niet meer leven", "bram"),
])
def test_an_apology_with_stuur_is_no_call(draft, name):
    r = shrink(draft)
    low = r.sentence.lower()
    assert r.crisis
    assert not any(f"{verb} nu {name}" in low for verb in ("stuur", "app", "sms"))
    assert not low.startswith(("stuur", "app ", "sms"))


@pytest.mark.parametrize("draft", [
    "sorry dat ik je dit stuur Eva maar ik wil dood",
    "ik stuur dit Eva want ik wil dood",
])
def test_no_line_opens_inside_an_apology_or_after_a_subject(draft):
    assert "\n" not in broken(draft)


# B. the writer's own call kept
@pytest.mark.parametrize("draft, kept", [
    ("ik wil dood stuur mama", "stuur nu mama"),
    ("ik wil niet meer leven app de groep", "app nu de groep"),
    ("ik wil dood sms 112", "sms nu 112"),
    ("ik wil dood, stuur papa", "stuur nu papa"),
    ("ik wil er niet meer zijn stuur mijn broer", "stuur nu mijn broer"),
    ("ik wil dood bel eva", "bel nu eva"),
    ("ik wil niet meer leven sms lotte aub", "sms nu lotte"),
])
def test_the_writers_own_message_is_kept(draft, kept):
    r = shrink(draft)
    assert r.crisis and kept in r.sentence.lower()
    assert "bij me zijn" not in r.sentence  # no ready ask beside the writer's own request


def test_a_lower_case_name_is_written_as_a_name():
    assert "Bel nu Eva." in shrink("ik wil dood bel eva").sentence


@pytest.mark.parametrize("draft", [
    "ik wil dood bel terug",
    "ik wil dood bel thuis",
])
def test_a_known_word_after_bel_is_no_name(draft):
    assert "\n" not in broken(draft)


@pytest.mark.parametrize("draft", [
    "ik wil er niet meer zijn. stuur mama een kus",  # a farewell, not a message to send for help
    "ik wil er niet meer zijn. Bel mama.",  # round 42: a kin word alone is a farewell as often
])
def test_a_farewell_is_no_own_request(draft):
    r = shrink(draft)
    assert r.crisis and not r.sure


@pytest.mark.parametrize("draft, whom", [
    ("ge moogt ons Lien bellen, ik wil ni meer leven", "lien"),
    ("je mag mijn zus bellen, ik wil dood", "zus"),
])
def test_a_call_the_reader_may_make_is_never_lost_while_sure(draft, whom):
    r = shrink(draft)
    assert r.crisis
    assert whom in r.sentence.lower() or not r.sure
