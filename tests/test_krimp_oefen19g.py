"""Round 19 (k19g): the practice flow (person and moment typed apart), fresh drafts of our own.

- A note that speaks of the person typed in the third person ('Bas kan me helpen met …', 'misschien kan
  opa …') is asked of them directly; in a draft of its own, where it may be news about Bas, krimp is not
  sure and never offers 'Bas, kan me helpen …?'.
- The typed moment is said once: not again beside a kept sentence that says it, nor beside the draft's
  short form of the day ('za').
- A typed day and the ask's own clock span ('van 8 tot 10') are one moment: both stay.
- 'Ik wil … Is dat goed?' after a state is the request ('Mag ik …?'), also with a longer tail.
- One short plain sentence after the ask that says why ('We zijn twee weken weg.') is kept after it.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp.compose import composed
from vraaghulp.coach.krimp.shrink import shrink


@pytest.mark.parametrize("person, note, moment, expected", [
    ("Bas", "Bas kan me helpen met de vloer leggen", None, "Bas, kun je me helpen met de vloer leggen?"),
    ("Wendy", "Wendy zou misschien de sleutels kunnen ophalen", "vanavond", "Wendy, kun je vanavond de sleutels ophalen?"),
    ("opa", "misschien kan opa woensdag de tweeling uit school halen", None,
     "Opa, kun je woensdag de tweeling uit school halen?"),
])
def test_a_note_about_the_person_typed_is_asked_of_them(person, note, moment, expected):
    result = composed(person, note, moment)
    assert result.sentence == expected


@pytest.mark.parametrize("draft", [
    "Bas kan me helpen met de vloer leggen",
    "Bas kan me helpen met de vloer leggen. Hij heeft een zaag.",
    "Wendy zou misschien de sleutels kunnen ophalen",
])
def test_a_draft_about_someone_is_never_a_sure_question_without_a_subject(draft):
    result = shrink(draft)
    assert not result.sure
    assert not result.sentence.lower().startswith(("bas, kan", "wendy, kan", "wendy, zou")), result.sentence


def test_the_typed_moment_is_not_said_again_beside_a_kept_sentence():
    note = "Ik heb vrijdag een operatie aan mijn knie en ik ben er bang voor. Wil je mee?"
    result = shrink(note, person="Yara", moment="vrijdag")
    assert result.sentence.lower().count("vrijdag") == 1, result.sentence


def test_the_typed_day_does_not_sit_beside_its_short_form():
    result = composed("Joep", "kun je za de vissen voeren", "zaterdag")
    assert result.sentence == "Joep, kun je zaterdag de vissen voeren?"


def test_a_typed_day_and_a_clock_span_both_stay():
    note = "Ik moet donderdag naar het ziekenhuis. Kun je van 9 tot 11 in de winkel staan?"
    result = shrink(note, person="Femke", moment="donderdag")
    assert "donderdag" in result.sentence and "9 tot 11" in result.sentence, result.sentence
    assert result.sure


@pytest.mark.parametrize("note, want", [
    ("Ingrid, ik moet eerlijk zijn: ik kan niet meer. Ik wil me ziek melden voor de rest van deze maand. Is dat goed?",
     "mag ik me ziek melden voor de rest van deze maand?"),
    ("Ingrid, 'k wil maandag vrij nemen voor de begrafenis van mijn tante. Is dat goed voor u?",
     "mag ik maandag vrij nemen voor de begrafenis van mijn tante?"),
])
def test_a_wish_with_is_dat_goed_is_the_request(note, want):
    result = composed("mijn leidinggevende Ingrid", note, None)
    assert result.sentence.lower().endswith(want), result.sentence
    assert not any(f.kind == "achtergrond" and "ziek melden" in f.text for f in result.findings)


@pytest.mark.parametrize("person, note, moment, reason", [
    ("mijn buurman", "Wilt u onze kat eten geven? We zijn tien dagen in Portugal.", "vanaf zaterdag",
     "We zijn tien dagen in Portugal."),
    ("Thijs", "Thijs, kun je vanavond naar mijn printer kijken? Hij drukt niets meer af.", None,
     "Hij drukt niets meer af."),
])
def test_one_short_reason_after_the_ask_is_kept_in_the_practice_flow(person, note, moment, reason):
    result = shrink(note, person=person, moment=moment)
    assert result.sentence.endswith(reason), result.sentence


def test_a_way_out_after_the_ask_still_goes():
    result = shrink("Kun je morgen op de hond passen? Geen probleem als het niet lukt.", person="Thijs")
    assert "probleem" not in result.sentence
