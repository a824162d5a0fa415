"""Round 49, the lead: a name right after the greeting that is also a word ('Lieve'), or after a family word, is
never lost from a sure result (h48a-037 'dag Lieve ik durf …', p48-024 'Dag tante Lieve!')."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "name"), [
    ("dag Lieve ik durf het bijna niet te vragen maar zoudt ge morgen ne zak patatten voor mij kunnen meebrengen", "Lieve"),
    ("Dag tante Lieve! Zoudt ge de kinderstoel willen uitlenen tot september?", "Lieve"),
    ("Hoi nonkel Lieve, kunt ge mij zaterdag helpen met de haag?", "Lieve"),
    ("hey Ben ik weet dat je het druk hebt maar kun je vrijdag mijn fiets meenemen", "Ben"),
    ("Dag Oskarrr, zoudt ge morgen de vuilbakken buitenzetten?", "Oskarrr"),
])
def test_a_name_after_the_greeting_is_kept_or_the_result_is_not_sure(draft, name):
    out = shrink(draft)
    assert name in out.sentence or not out.sure, out.sentence


@pytest.mark.parametrize(("draft", "start"), [
    ("Dag Lieve, zoudt ge morgen ne zak patatten voor mij kunnen meebrengen?", "Lieve, kunt ge morgen"),
    ("Dag tante Lies! Zoudt ge de kinderstoel willen uitlenen tot september?", "Tante Lies, wilt ge"),
    ("Hoi Sanne, kun je morgen de boodschappen meebrengen?", "Sanne, kun je morgen"),
    ("Hoi mam, kun je morgen de boodschappen meebrengen?", "Mam, kun je morgen"),
])
def test_a_plain_greeting_and_name_stay_sure(draft, start):
    out = shrink(draft)
    assert out.sentence.startswith(start) and out.sure, out.sentence
