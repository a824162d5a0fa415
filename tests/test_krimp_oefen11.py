"""The kinds the fresh outside file tuning11-n found in the practice flow and beyond, each shown with
drafts of our own wording (none of the corpus lines).

1. Judging yourself for asking ('ik voel me er dom bij', 'ik voel me dan zo'n slechte vader', 'ik ben
   er slecht in') goes, with a finding of its own kind ('oordeel'); the honest state next to it stays.
   Shame 'er … voor' alone is the honest sentence (older golds keep it); next to a state it goes.
2. An honest sentence before the note's frame stays, idioms of exhaustion included.
3. A question about the person typed ('kan ze …?', 'zou hij … kunnen?') is asked of them.
4. A consequence after 'anders' stays as a statement of its own; a title with a surname in lower
   case is capitalised and never split from it.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import composed, explain, label, shrink


def _kinds(result) -> set[str]:
    return {f.kind for f in result.findings}


# -- 1. judging yourself for asking goes; the honest state stays ----------------------------------

@pytest.mark.parametrize(("draft", "expected"), [
    ("Wil je vanavond koken? Ik ben op en ik voel me dan zo'n slechte vader.", "Wil je vanavond koken? Ik ben op."),
    ("Kun je donderdag de boodschappen doen? Ik ben ziek en ik schaam me er een beetje voor.",
     "Kun je donderdag de boodschappen doen? Ik ben ziek."),
])
def test_judging_yourself_next_to_a_state_goes(rules_only, draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert "oordeel" in _kinds(result) and "staat" in _kinds(result)
    assert result.sure


def test_shame_joined_to_a_state_with_en_goes(rules_only):
    result = shrink("Mag ik deze week niet meedoen met gym? Ik voel me niet goed in mijn vel en ik schaam me.")
    assert result.sentence == "Mag ik deze week niet meedoen met gym? Ik voel me niet goed in mijn vel."
    assert "oordeel" in _kinds(result)
    assert shrink("Kun je morgen bellen? Ik schaam me zo.").sentence == "Kun je morgen bellen? Ik schaam me zo."


def test_judging_yourself_in_the_practice_flow_goes():
    result = composed("mijn buurman Kees", "ik wil kees vragen of hij morgen mijn pakket aanneemt. het gaat niet "
                                           "goed met me en ik voel me er dom bij")
    assert result.sentence == "Kees, kun je morgen mijn pakket aannemen? Het gaat niet goed met me."
    assert "oordeel" in _kinds(result)


@pytest.mark.parametrize(("draft", "expected"), [
    ("Kun je zaterdag de verhuisdozen brengen? Ik voel me er echt stom bij.", "Kun je zaterdag de verhuisdozen brengen?"),
    ("Kun je vrijdag met me mee naar de tandarts? Ik ben er nu eenmaal slecht in.",
     "Kun je vrijdag met me mee naar de tandarts?"),
])
def test_judging_yourself_alone_goes(rules_only, draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert "oordeel" in _kinds(result)
    assert result.sure


def test_shame_alone_is_the_honest_sentence(rules_only):
    result = shrink("Kun je me donderdag helpen met mijn belastingpapieren? Ik schaam me er wel een beetje voor.")
    assert result.sentence.endswith("? Ik schaam me er wel een beetje voor.")
    assert "staat" in _kinds(result) and "oordeel" not in _kinds(result)


def test_the_judging_finding_speaks_dutch_kindly():
    assert label("oordeel") == "Oordeel over jezelf"
    assert "niet dom of slecht" in explain("oordeel")


# -- 2. an honest sentence before the note's frame stays -----------------------------------------

@pytest.mark.parametrize(("person", "note", "state"), [
    ("mijn collega Joris", "ik loop op mijn laatste benen. ik wil joris vragen of hij vrijdag mijn dienst overneemt",
     "ik loop op mijn laatste benen"),
    ("mijn zus Eva", "ik loop echt op mijn tandvlees. ik wil eva vragen of ze zaterdag de kinderen haalt",
     "ik loop echt op mijn tandvlees"),
])
def test_a_state_before_the_frame_stays(person, note, state):
    result = composed(person, note)
    assert state in result.sentence
    assert "vragen" not in result.sentence
    assert any(f.kind == "staat" and f.text == state for f in result.findings)


# -- 3. a question about the person typed is asked of them ---------------------------------------

@pytest.mark.parametrize(("person", "note", "expected"), [
    ("mijn zoon Bram", "wil hij zaterdag zijn auto aan me uitlenen?", "Bram, wil je zaterdag je auto aan me uitlenen?"),
    ("meneer Vos", "zou hij de kapotte lamp in de gang kunnen vervangen?",
     "Meneer Vos, kunt u de kapotte lamp in de gang vervangen?"),
    ("ons Lien", "kan ze morgen haar fiets bij mij brengen?", "Lien, kunt ge morgen uw fiets bij mij brengen?"),
])
def test_a_question_about_the_person_is_asked_of_them(rules_only, person, note, expected):
    result = composed(person, note)
    assert result.sentence == expected
    assert result.sure


def test_the_person_typed_is_asked_not_someone_named_before():
    result = composed("Sanne", "mijn moeder is ziek. kan ze morgen komen?")
    assert "Kan ze morgen komen?" in result.sentence  # 'ze' may be the mother: left as written
    assert not result.sure


def test_without_a_person_typed_the_question_stays_as_written():
    assert shrink("kan ze morgen komen?").sentence == "Kan ze morgen komen?"


# -- 4. a consequence after 'anders'; a title with its surname ------------------------------------

@pytest.mark.parametrize(("draft", "expected"), [
    ("Kun je de sleutel vandaag brengen, want anders kan ik er niet in?",
     "Kun je de sleutel vandaag brengen? Anders kan ik er niet in."),
    ("Wilt u de rekening deze week betalen? Anders moet ik het materiaal zelf voorschieten.",
     "Wilt u de rekening deze week betalen? Anders moet ik het materiaal zelf voorschieten."),
])
def test_a_consequence_stays_as_a_statement(rules_only, draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


def test_giving_up_after_anders_is_no_consequence():
    sentence = shrink("Kun je woensdag de kinderen halen? Anders moet ik het maar laten.").sentence
    assert sentence == "Kun je woensdag de kinderen halen?"


@pytest.mark.parametrize(("draft", "start"), [
    ("hoi meneer pieters, mag ik vrijdag later beginnen?", "Meneer Pieters, mag ik"),
    ("hallo mevrouw de graaf morgen kan ik pas om tien uur komen", "Mevrouw De Graaf, morgen kan ik"),
    ("hallo meneer de verwarming doet het niet kunt u vandaag iemand sturen", "Meneer, de verwarming doet"),
])
def test_a_title_keeps_its_surname(draft, start):
    assert shrink(draft).sentence.startswith(start)


@pytest.mark.parametrize(("person", "vocative"), [
    ("mevr de graaf", "Mevr De Graaf, "),
    ("meneer jansen", "Meneer Jansen, "),
    ("meneer de Vries", "Meneer de Vries, "),
    ("mijn buurvrouw mevrouw van der Berg", "Mevrouw van der Berg, "),
])
def test_a_typed_title_keeps_the_writers_word_and_the_whole_name(person, vocative):
    assert composed(person, "kan ik morgen later komen?").sentence.startswith(vocative)


# -- a group asked whether anyone would like to: 'wil iemand …' -----------------------------------

@pytest.mark.parametrize(("draft", "expected"), [
    ("Zou iemand het leuk vinden om zondag met me te gaan hardlopen?", "Wil iemand zondag met me gaan hardlopen?"),
    ("Vindt iemand het gezellig om vrijdag mee te fietsen naar de markt?", "Wil iemand vrijdag meefietsen naar de markt?"),
])
def test_would_anyone_like_to_becomes_wil_iemand(rules_only, draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


def test_at_her_home_is_at_yours_when_she_is_asked():
    result = composed("mijn zus Eva", "ik wil eva vragen of ze zaterdag de kinderen bij haar thuis kan opvangen")
    assert result.sentence == "Eva, kun je zaterdag de kinderen bij je thuis opvangen?"
