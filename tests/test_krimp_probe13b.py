"""Probe 13, part b (coord/probe13-krimp.md, classes 2, 3, 4, 8, 9 and 12): results offered as sure
that were wrong. Each class is mended or made not sure; drafts in other wording than the probe's
own examples are in tests/corpus/krimp/own13-d.toml."""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.krimp import shrink

# Class 2: 'zou' with a verb the reader does not do ('hoeven', 'schikken', 'uitkomen', 'goedvinden')
# never becomes 'kan/kun …'. 'hoeven' goes to the front itself.
_HOEVEN = (
    ("Hallo meester, zou Lucas morgen zijn gymspullen niet mee hoeven te nemen?",
     "Meester, hoeft Lucas morgen zijn gymspullen niet mee te nemen?"),
    ("Dag juf Ans, zou Mila vrijdag haar zwemspullen niet mee hoeven te brengen? Het bad is dicht.",
     "Juf Ans, hoeft Mila vrijdag haar zwemspullen niet mee te brengen?"),
    ("Hoi Bas, zou ik vrijdag niet hoeven te komen?", "Bas, hoef ik vrijdag niet te komen?"),
    ("Zoudt ge morgen niet hoeven te werken?", "Hoeft ge morgen niet te werken?"),
)
_NOT_CAN = (
    "Beste mevrouw Stam, zou het u schikken als ik vrijdag om 9 uur bel?",
    "Hoi Frank, zou het uitkomen als ik morgen de aanhanger kom halen?",
    "Hallo Lieve, zou het u schikken als ik morgen rond 10u de sleutel kom halen?",
    "Hoi Daan, zou het je uitkomen als ik zondag mijn boormachine kom ophalen?",
    "Hoi Sanne, zou het je passen als ik zondag langskom?",
)


@pytest.mark.parametrize(("draft", "result"), _HOEVEN)
def test_zou_with_hoeven_puts_hoeven_in_front(draft, result):
    out = shrink(draft)
    assert out.sentence == result
    assert not re.search(r"\b(kan|kun|kunt)\b", out.sentence)


@pytest.mark.parametrize("draft", _NOT_CAN)
def test_zou_with_a_verb_the_reader_does_not_do_is_never_a_sure_kan(draft):
    out = shrink(draft)
    assert not re.search(r"\b(kan|kun|kunt) (het|u|je)\b", out.sentence, re.IGNORECASE)
    assert not out.sure


def test_goedvinden_about_a_third_person_asks_leave_like_goed_vinden():
    # Round 51 (k51c): 'goedvinden' in one word is read as the frame 'goed vinden' already was (krimp.toml); the two-word
    # twins gave this same sure sentence on the round's start, and the outside golds accept 'Mag <subject> …' (h-051).
    # What this draft guarded, no sure 'kan u'/'kun je' for a verb the reader does not do, still holds.
    for draft in ("Beste meneer Smits, zou u het goedvinden als mijn zoon donderdag een uur later komt?",
                  "Beste meneer Smits, zou u het goed vinden als mijn zoon donderdag een uur later komt?"):
        out = shrink(draft)
        assert out.sentence == "Meneer Smits, mag mijn zoon donderdag een uur later komen?"
        assert not re.search(r"\b(kan|kun|kunt) (het|u|je)\b", out.sentence, re.IGNORECASE)


def test_zou_with_a_verb_the_reader_does_stays_kun():
    out = shrink("Hoi Kim, zou je me morgen helpen met verhuizen?")
    assert (out.sentence, out.sure) == ("Kim, kun je me morgen helpen met verhuizen?", True)


# Class 3: 'ik wil u vragen of het mogelijk is mijn X te <inf>' is the writer's own act: never 'Kunt u …'.
_MINE = (
    ("Geachte heer Bakker, graag zou ik u willen vragen of het mogelijk is de huur van oktober twee weken "
     "later te betalen.", "Meneer Bakker, kan ik de huur van oktober twee weken later betalen?"),
    ("Beste mevrouw Smit, ik wil u vragen of het mogelijk is mijn tentamen een week later te maken.",
     "Mevrouw Smit, kan ik mijn tentamen een week later maken?"),
    ("Beste meneer Jansen, zou het mogelijk zijn mijn fiets in de fietsenstalling te laten staan tot maandag?",
     "Meneer Jansen, kan ik mijn fiets in de fietsenstalling laten staan tot maandag?"),
    ("Beste meneer Claes, ik wou u vragen of het mogelijk is mijn afspraak van dinsdag te verplaatsen naar donderdag.",
     "Meneer Claes, kan ik mijn afspraak van dinsdag verplaatsen naar donderdag?"),
)


@pytest.mark.parametrize(("draft", "result"), _MINE)
def test_the_writers_own_act_is_not_handed_to_the_reader(draft, result):
    out = shrink(draft)
    assert out.sentence == result
    assert "kunt u" not in out.sentence.lower()


@pytest.mark.parametrize(("draft", "result"), (
    ("Geachte mevrouw De Boer, ik wil u vragen of het mogelijk is mijn scriptie een week later in te leveren.",
     "Mevrouw De Boer, mag ik mijn scriptie een week later inleveren?"),
    ("Geachte mevrouw, ik wil u vragen of het mogelijk is het formulier per post in te leveren.",
     "Mag ik het formulier per post inleveren?"),
))
def test_an_own_act_after_the_asking_frame_is_mag_ik(draft, result):
    out = shrink(draft)
    assert (out.sentence, out.sure) == (result, True)


def test_who_acts_in_a_frame_with_you_still_comes_from_that_frame():
    out = shrink("Hoi Jan, ik wil je vragen of je me morgen naar het station kunt brengen.")
    assert (out.sentence, out.sure) == ("Jan, kun je me morgen naar het station brengen?", True)


# Class 4: 'Zo niet, …' is the other case (an escape hatch), never a stray 'Niet.'
_SO_NOT = (
    ("Hoi Anna, kun je morgen de sleutel brengen? Zo niet, geen probleem.", "Anna, kun je morgen de sleutel brengen?"),
    ("Hey Mark, kun je me om 8 uur ophalen? Zo niet is het ook oké hoor.", "Mark, kun je me om 8 uur ophalen?"),
    ("Dag Jef, zoudt ge morgen de ladder kunnen brengen? Zo niet, laat het weten.", "Jef, kunt ge morgen de ladder brengen?"),
    ("Hoi Sem, kun je morgen om 7 uur de vuilnisbak buitenzetten? Zo niet, ook prima hoor.",
     "Sem, kun je morgen om 7 uur de vuilnisbak buitenzetten?"),
    ("Dag Mieke, kunt ge zaterdag mijn planten water geven? Zo nie, laat maar weten.",
     "Mieke, kunt ge zaterdag mijn planten water geven?"),
    ("Hallo Petra, kunt u de offerte vandaag nog versturen? Zo niet, dan hoor ik het graag.",
     "Petra, kunt u de offerte vandaag nog versturen?"),
)


@pytest.mark.parametrize(("draft", "result"), _SO_NOT)
def test_zo_niet_goes_as_an_escape_hatch(draft, result):
    out = shrink(draft)
    assert (out.sentence, out.sure) == (result, True)
    assert any(f.kind == "uitweg" for f in out.findings)


@pytest.mark.parametrize(("draft", "result"), (
    ("Hoi Tim, kun je morgen de parasol meenemen? Tenzij het regent, dan niet.",
     "Tim, kun je morgen de parasol meenemen? Tenzij het regent, dan niet."),
    ("Hoi Tim, kun je zondag de partytent meenemen? Tenzij het stormt, dan niet.",
     "Tim, kun je zondag de partytent meenemen? Tenzij het stormt, dan niet."),
))
def test_a_real_tenzij_condition_stays_whole(draft, result):
    assert shrink(draft).sentence == result


@pytest.mark.parametrize("draft", (
    "Hoi Tim, kun je morgen de parasol meenemen? Tenzij je geen tijd hebt natuurlijk.",
    "Hoi Anna, kun je morgen de sleutel brengen? Zo niet, dan zaterdag.",
))
def test_a_hatch_or_an_alternative_after_the_ask_is_never_a_sure_stray_word(draft):
    out = shrink(draft)
    assert not re.search(r"\? (Niet|Nie)\b", out.sentence)
    assert not out.sure or "tijd" not in out.sentence


# Class 8: a name that is also a Dutch word ('Ben', 'Wil') stays the name addressed.
_NAMES = (
    ("Hoi Ben, zou je misschien morgen de sleutel willen brengen?", "Ben, wil je morgen de sleutel brengen?"),
    ("Lieve Ben, sorry, kun je vanavond koken?", "Ben, kun je vanavond koken?"),
    ("Beste Ben, zou u de notulen willen sturen?", "Ben, wilt u de notulen sturen?"),
    ("Hoi Wil, zou je misschien morgen de sleutel willen brengen?", "Wil, wil je morgen de sleutel brengen?"),
    ("Hee Ben, zou je misschien zaterdag even kunnen helpen met de verhuizing?",
     "Ben, kun je zaterdag even helpen met de verhuizing?"),
    ("Dag Wil, sorry dat ik stoor, kunt u mij het rooster van volgende week sturen?",
     "Wil, kunt u mij het rooster van volgende week sturen?"),
    ("Wil, sorry dat ik stoor, kun je de vuilnisbak buiten zetten?", "Wil, kun je de vuilnisbak buiten zetten?"),
    ("Ben, kun je morgen de sleutel brengen?", "Ben, kun je morgen de sleutel brengen?"),
)


@pytest.mark.parametrize(("draft", "result"), _NAMES)
def test_a_name_that_is_also_a_word_stays(draft, result):
    out = shrink(draft)
    assert (out.sentence, out.sure) == (result, True)


def test_a_lower_case_verb_after_a_greeting_is_no_name():
    out = shrink("Hoi, ben je morgen thuis? Kun je dan het pakje aannemen?")
    assert not out.sentence.startswith("Ben,")


# Class 9: chat without punctuation; the reason after the question is not glued into it.
_GLUED = (
    ("mam mag ik naar het feest van Noor zaterdag iedereen gaat", "Mam, mag ik naar het feest van Noor zaterdag?"),
    # round 35 (k35b, beside_ask.py): who watches, said after a permission ask, is the answer to the parent's worry that
    # the outside golds keep (h34b-001 'Haar moeder is gewoon thuis.'): its own sentence after the question, not glued in
    ("mam mag ik zaterdag naar de film met Sam zijn vader brengt ons",
     "Mam, mag ik zaterdag naar de film met Sam? Zijn vader brengt ons."),
    ("hee mag ik vrijdag bij jou eten mijn ouders zijn weg", "Mag ik vrijdag bij jou eten?"),
    ("mam mag ik zaterdag naar de kermis iedereen gaat ook", "Mam, mag ik zaterdag naar de kermis?"),
    ("mam mag ik vrijdag bij Jonas slapen zijn ouders zijn thuis", "Mam, mag ik vrijdag bij Jonas slapen? Zijn ouders zijn thuis."),
    ("mag ik vanavond naar de kermis niemand is thuis", "Mag ik vanavond naar de kermis?"),
)


@pytest.mark.parametrize(("draft", "result"), _GLUED)
def test_the_reason_after_a_chat_question_is_cut_off(rules_only, draft, result):
    out = shrink(draft)
    assert (out.sentence, out.sure) == (result, True)


@pytest.mark.parametrize("draft", (
    "pap mag ik vanavond later thuiskomen het feest duurt tot 12",
    "ma mag ik zaterdag naar de fuif het is maar tot 12 uur",
))
def test_a_glued_statement_never_stays_inside_a_sure_question(draft):
    out = shrink(draft)
    assert not re.search(r"\b(het feest duurt|het is)\b[^.?]*\?", out.sentence)


def test_a_subordinate_clause_is_not_cut_as_a_reason():
    out = shrink("kun je kijken hoe laat het is")
    assert out.sentence == "Kun je kijken hoe laat het is?"


# Class 12: a second request with 'ook graag', 'graag ook', 'ook … zou fijn zijn' comes back as a finding.
_SECOND = (
    ("Hoi Ger, kun je het gras maaien? Ook de heg knippen zou fijn zijn.",
     "Ger, kun je het gras maaien?", "Kun je ook de heg knippen?"),
    ("Hoi team, kunnen jullie je verlofaanvragen vóór 1 juni indienen? Ook graag je beschikbaarheid voor de zomer doorgeven.",
     "Team, kunnen jullie je verlofaanvragen vóór 1 juni indienen?", "Kun je ook je beschikbaarheid voor de zomer doorgeven?"),
    ("Hoi Nils, kun je de was doen? Graag ook de handdoeken strijken.",
     "Nils, kun je de was doen?", "Kun je ook de handdoeken strijken?"),
    ("Hoi Lotte, wil je de planten water geven? Ook de post binnenleggen zou heel fijn zijn.",
     "Lotte, wil je de planten water geven?", "Kun je ook de post binnenleggen?"),
    ("Dag Sien, kunt ge morgen de kinderen naar school brengen? Graag ook hun boterhammen klaarmaken.",
     "Sien, kunt ge morgen de kinderen naar school brengen?", "Kunt ge ook hun boterhammen klaarmaken?"),
    ("Geachte mevrouw Peeters, kunt u mij het rapport sturen? Graag ook de factuur doorsturen.",
     "Mevrouw Peeters, kunt u mij het rapport sturen?", "Kunt u ook de factuur doorsturen?"),
)


@pytest.mark.parametrize(("draft", "result", "second"), _SECOND)
def test_a_second_request_with_ook_or_graag_comes_back_apart(draft, result, second):
    out = shrink(draft)
    assert (out.sentence, out.second) == (result, second)


def test_graag_with_a_limit_stays_with_the_request():
    out = shrink("Kun je mijn medicijnen ophalen? Graag voor vijf uur.")
    assert out.sentence == "Kun je mijn medicijnen ophalen? Graag voor vijf uur."
