"""Round 25 (lead): 'ik ben niemand meer tot last' is how the writer is, not burden talk to cut.

Found while trying the installed command: 'Bedankt voor alles. Ik ben niemand meer tot last. Kun je de kat voeren?'
offered 'Ik ben niemand meer. Kun je nu de kat voeren?' (the crisis sentence cut to another meaning), and 'ik ben
iedereen tot last' became 'ik ben iedereen.'. Burden talk about this ask ('sorry dat ik je tot last ben', 'ik wil je
niet tot last zijn') still goes.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "kept"), [
    ("Bedankt voor alles. Ik ben niemand meer tot last. Kun je de kat voeren?", "Ik ben niemand meer tot last."),
    ("Ik wil niet meer leven, ik ben iedereen tot last. Kun je komen?", "ik ben iedereen tot last."),
    ("Ik ben iedereen alleen maar tot last. Kun je vanavond bellen?", "Ik ben iedereen alleen maar tot last."),
])
def test_being_a_burden_to_all_stays_whole(draft, kept):
    sentence = shrink(draft).sentence
    assert kept in sentence
    again = shrink(sentence).sentence  # shrunk again on its own: whole or gone, never cut short
    assert "meer." not in again and "iedereen." not in again and "alleen." not in again, again


@pytest.mark.parametrize("draft", [
    "Sorry dat ik je tot last ben, kun je zaterdag helpen met verhuizen?",
    "Ik wil je niet tot last zijn maar kun je me naar het station brengen?",
    "sorry dat ik iedereen altijd tot last ben, kun je me helpen?",
    "ik hoop dat ik jullie niet tot last ben, kunnen jullie de sleutel brengen?",
])
def test_burden_talk_about_the_ask_still_goes(draft):
    sentence = shrink(draft).sentence
    assert "last" not in sentence.lower(), sentence


@pytest.mark.parametrize(("draft", "expected"), [
    # no '?': the crisis sentence put back in front was the whole line, ask and all, so the ask came twice
    # round 29 (c29): "ik voel me zo een last voor iedereen" alone is the gentle line now (a burden is zorg, as the
    # corpus marks it), so the acute burden line here is "beter af zonder mij"
    ("iedereen is beter af zonder mij, kun je me bellen", "Iedereen is beter af zonder mij. Kun je me nu bellen?"),
    ("ik wil niet meer leven, kun je komen", "Ik wil niet meer leven. Kun je nu komen?"),
])
def test_a_crisis_line_with_its_ask_after_a_comma_is_not_doubled(draft, expected):
    assert shrink(draft).sentence == expected
