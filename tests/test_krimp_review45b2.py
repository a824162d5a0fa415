"""Round 45, review of k45b2: a call whose sentence ends in a negation is never cut before it and offered as a call;
a 'laat … weten' call keeps what is to be told; a list of names in one call is read whole."""

import re

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft, cut", [
    ("ik wil dood, bel 112, de politie en de ambulance niet", "bel 112"),
    ("ik wil dood bel mijn zus, mijn broer en mijn moeder niet", "bel mijn zus"),
    ("ik wil dood sms mijn zus en mijn broer en mijn vader niet", "sms mijn zus"),
    ("ik wil dood bel 112 of de huisarts of de crisisdienst niet", "bel 112"),
    ("ik wil dood bel eva en tom en lisa en mama en papa niet", "bel eva"),
    ("ik wil niet meer leven, bel de huisarts, mijn ouders en mijn baas niet", "bel de huisarts"),
])
def test_a_call_negated_at_its_sentence_end_is_never_offered_cut(draft, cut):
    result = shrink(draft)
    low = result.sentence.lower()
    assert result.crisis and not result.sure
    assert cut not in low or "niet" in low.split(cut, 1)[1], result.sentence  # never 'Bel 112.' alone
    assert not re.search(r"(^|[.!?]\s)(\w+\s)?niet\.", low), result.sentence  # no stray 'Niet.' / 'Crisisdienst niet.'
    assert not re.search(r"\ben (mijn|de)?\s*\.", low), result.sentence  # no list cut mid-way ('en mijn.')


@pytest.mark.parametrize("draft, told", [
    ("ik wil dood laat eva weten dat ik van haar hou", "dat ik van haar hou"),
    ("ik wil dood laat mama weten waar ik ben", "waar ik ben"),
])
def test_a_call_to_tell_keeps_what_is_told(draft, told):
    result = shrink(draft)
    assert result.crisis and told in result.sentence.lower(), result.sentence


@pytest.mark.parametrize("draft, call", [
    ("ik wil dood, bel eva", "bel nu eva"),
    ("ik wil dood, bel eva maar niet mama", "bel eva maar niet mama"),
])
def test_twins_keep_their_call(draft, call):
    assert call in shrink(draft).sentence.lower()
