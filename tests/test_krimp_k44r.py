"""Round 44 review (k44r): what the round's krimp review found over 319 fresh drafts. Real engine calls; each kind is
tested on the reviewer's drafts, on other wordings of the same shape, and on a twin that must not change.

A. A message sent inside an apology before the crisis words ('sorry dat ik je dit stuur Eva maar ik wil dood') is no
   call: no invented 'Stuur nu Eva.' (crisis_runon.py).
B. The writer's own message or call in a crisis run-on is kept ('stuur mama', 'app de groep', 'sms 112', 'bel eva'
   in lower case: crisis_plea.sends_to, crisis_runon); a call the reader may make ('ge moogt ons Lien bellen') left out
   is never sure (crisis_plea.lost).
C. An offer or advice ('Als je wilt, kun je vanavond blijven slapen.') made a question is never sure (offer_if.py).
D. 'Graag zou ik zien dat Bo morgen komt.', 'Graag zou ik horen of …' never 'Kan ik zien/horen …?' while sure
   (wish_seen.py).
E. A name that is also a word opening the message ('Dan, kun je …', 'Hoi Dan kun je …') dropped: never sure
   (lead_name.py).
F. A compliment ('Ruben is een schat hoor.') is no named fact the ask rests on (named_fact.py).
G. 'Indien' is no name (krimp.toml geen_naam); 'Kun je ehm, de kat …' leaves no stray comma (ask_filler.py).
"""

import re

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


# C. an offer is no request
@pytest.mark.parametrize("draft", [
    "Als je wilt, kun je vanavond blijven slapen.",
    "Hey Dan, als je wil, kun je morgen komen.",
    "als je zin hebt kun je zaterdag komen eten",
    "Als je het me vraagt, kun je beter morgen komen.",
    "als je mag van je moeder kun je morgen blijven eten",
    "Als jullie willen, kunnen jullie hier slapen.",
    "Je kunt morgen komen als je wilt.",
])
def test_an_offer_is_never_a_sure_question(draft):
    r = shrink(draft)
    assert not (r.sure and "?" in r.sentence)


@pytest.mark.parametrize("draft", [
    "Als je tijd hebt, kun je de vuilnis buiten zetten?",
    "Kun je me zaterdag helpen? Alleen als je zin hebt.",
])
def test_a_hatch_beside_a_real_question_stays_sure(draft):
    assert shrink(draft).sure


# D. a wish to see or hear is not the writer's question
@pytest.mark.parametrize("draft", [
    "Graag zou ik zien dat Bo morgen komt.",
    "Graag zou ik zien dat de kinderen om 8 uur in bed liggen.",
    "Graag zou ik horen of je zondag kunt.",
    "Graag zou ik van je horen.",
    "Ik zou graag horen of de monteur morgen komt.",
])
def test_a_wish_is_never_a_sure_question_of_the_writer(draft):
    r = shrink(draft)
    assert not (r.sure and re.search(r"(?i)\b(kan|kun|mag) ik\b", r.sentence))


@pytest.mark.parametrize("draft", [
    "Mag ik weten of je zondag kunt?",
    "Graag zou ik zaterdag je boor lenen.",
])
def test_the_writers_own_question_stays_sure(draft):
    assert shrink(draft).sure


# E. a name that is also a word
@pytest.mark.parametrize("draft", [
    "Dan, kun je morgen komen?",
    "Hoi Dan kun je morgen de sleutel brengen?",
    "Dan kun je morgen komen?",
    "Hey Jan, kun je de ladder terugbrengen?",
])
def test_a_name_that_is_a_word_is_kept_or_not_sure(draft):
    r = shrink(draft)
    name = next(w.strip(",") for w in draft.split() if w.strip(",") in ("Dan", "Jan"))
    assert name in r.sentence or not r.sure


@pytest.mark.parametrize("draft", [
    "Sorry, kun je morgen komen?",
    "Trouwens, kun je morgen komen?",
    "Nou, kun je morgen komen?",
])
def test_a_lead_word_is_no_name(draft):
    assert shrink(draft).sure


# F. a compliment is no fact
@pytest.mark.parametrize("draft", [
    "Hai, Ruben is een schat hoor. Kun je morgen om 8 uur de sleutel brengen?",
    "Hey, Tim is een lieverd. Kun jij zaterdag oppassen?",
    "Hoi, Lisa is echt een topper! Kun je morgen de sleutel brengen?",
])
def test_a_compliment_does_not_withhold_sure(draft):
    r = shrink(draft)
    assert r.sure


def test_a_fact_about_the_person_still_does():
    assert not shrink("Lieve buren, Max heeft een nieuwe puppy. Willen jullie de poort dichthouden?").sure


# G. minor
def test_indien_is_no_name():
    r = shrink("Indien u vrijdag langs het kantoor komt, kunt u de papieren tekenen?")
    assert not r.sentence.lower().startswith("indien, ")
    assert r.sentence.lower().count("indien") == 1


@pytest.mark.parametrize("draft", ["Kun je ehm, ehm, de kat eten geven?", "Kun je ehm, de kat eten geven?"])
def test_no_stray_comma_after_a_hesitation(draft):
    assert shrink(draft).sentence == "Kun je de kat eten geven?"
