"""Round 40 review (k40r2): findings on k40a / k40c mended (real engine calls).

- A crisis sentence kept whole loses a chat call only right after a word that closes a clause ('… niet meer man'),
  never a person after a preposition, article, owner or adjective ('… van mijn kleine jongen', '… zonder man')
  (crisis_keep._no_call, the chat calls of crisis.audience).
"""

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft, words", [
    ("ik wil niet meer leven na de dood van mijn kleine jongen", "van mijn kleine jongen"),
    ("ik wil dood sinds ik ben verlaten door mijn eerste man", "door mijn eerste man"),
    ("ik zie het leven niet meer zitten zonder man", "zitten zonder man"),
])
def test_a_kept_crisis_sentence_keeps_the_person_it_names(draft, words):
    result = shrink(draft)
    assert result.crisis
    assert words in result.sentence


@pytest.mark.parametrize("draft, kept", [
    ("ik kan het niet meer aan gast\nwil er gewoon niet meer zijn", "Ik kan het niet meer aan."),
    ("hey tim\nik wil er niet meer zijn man\nsorry", "ik wil er niet meer zijn."),
])
def test_a_chat_call_after_a_closed_clause_still_goes(draft, kept):
    result = shrink(draft)
    assert result.crisis
    assert kept in result.sentence
    assert not {"gast", "man"} & set(result.sentence.lower().replace(".", " ").replace(",", " ").split())
