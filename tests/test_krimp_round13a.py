"""Round 13 (kr32a): the causes behind tuning13-r's wrong sure results and practice-flow misses.

1. An honest sentence naming a complaint ('migraine', 'rugpijn', 'paniekdag'), also with the
   Flemish or chat clitic for 'ik' (''k heb …'), is an honest sentence: kept, or the result is not sure.
2. A request that sets a limit in time ('niet vóór 9u') followed by the writer's reason pointing back
   with 'dan' ('Ik heb dan …') keeps that reason.
3. The practice flow: the asked person's 'hij'/'ze' in an 'of'-clause after the asked verb
   ('laten weten of hij …') becomes 'je'/'u' too.
4. The frame 'ik wil je vragen of …' is known with a manner word in it ('ik zou u heel nederig willen
   vragen', 'ik wil je beleefd vragen') and after a linking 'toch' ('Toch wil ik je vragen of …').
"""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.engine import analyse
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401

AILMENTS = {
    "'k heb zo'n hoofdpijn vandaag. Kunt ge de kinderen van school halen?": "hoofdpijn",
    "k heb weer een migraineaanval, kun jij vanavond koken?": "migraineaanval",
    "Ik heb vreselijke rugpijn. Wil jij morgen de boodschappen doen?": "rugpijn",
    "ik heb weer een angstdag. kun je vanmiddag even langskomen?": "angstdag",
    "Hoi Jan, ik heb buikgriep. Kun jij mijn dienst van zaterdag overnemen?": "buikgriep",
    "mam ik heb weer zo'n paniekdag kun je me vanavond bellen na het eten?": "paniekdag",
    "Schat, 'k heb een zware migraine. Kunt ge vanavond de kinderen in bed steken?": "migraine",
}


@pytest.mark.parametrize("draft", sorted(AILMENTS))
def test_a_complaint_is_an_honest_sentence(draft):
    word = AILMENTS[draft]
    an = analyse(draft).analysis
    roles = [c.role for c in an.clauses if word in an.d.raw(c.a, c.b).lower()]
    assert roles == ["staat"], roles
    result = shrink(draft)
    assert word in result.sentence.lower() or not result.sure, result.sentence


def test_a_complaint_needs_the_writer_and_a_verb_of_having():
    an = analyse("Kun je de pijnstillers uit de kast pakken?").analysis
    assert [c.role for c in an.clauses] == ["vraag"]


REASONS = {
    "Kun je zaterdag niet vóór 10 uur komen? Ik werk dan nog.": "Ik werk dan nog.",
    "Wil je morgen niet voor negen bellen? Ik slaap dan nog, ik heb nachtdienst gehad.": "Ik slaap dan nog.",
    "Kunde gij donderdag niet na vijf uur bellen? 'k Zit dan in de auto.": "'k Zit dan in de auto.",
    "Zou de bezorger vrijdag niet voor 12 uur kunnen komen? Ik ben dan bij de fysio.": "Ik ben dan bij de fysio.",
    "Goeiedag, zou de verpleging morgen niet vóór 9u kunnen komen? Ik heb dan mijn bloedafname. Dank u.":
        "Ik heb dan mijn bloedafname.",
}


@pytest.mark.parametrize("draft", sorted(REASONS))
def test_the_reason_for_a_time_limit_stays(draft):
    result = shrink(draft)
    assert result.sentence.endswith(REASONS[draft]), result.sentence
    assert re.search(r"\bniet (vóór|voor|na)\b", result.sentence), result.sentence


def test_a_plain_timed_ask_drops_its_background():
    """Without a limit ('niet vóór …') the writer's 'ik heb dan …' is background; the result is not sure, and since
    round 43 (k43a, the lead's decision: lone_statement.py) the not-sure offer keeps the one short statement."""
    result = shrink("Kun jij donderdag de presentatie geven? Ik ben dan bij mijn vader in het ziekenhuis.")
    assert result.sentence == ("Kun jij donderdag de presentatie geven? Ik ben dan bij mijn vader in het ziekenhuis.")
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it (sure now)


PRACTICE = [
    ("mijn zus Lotte", "ik wil Lotte vragen of ze morgen laat weten of ze komt eten", "of je komt eten"),
    ("mijn buurman", "ik wil mijn buurman vragen of hij kan kijken of hij de ladder nog heeft", "of je de ladder nog hebt"),
    ("mijn collega Ruben", "ik wil Ruben vragen of hij vóór maandag laat horen of hij de dienst wil ruilen", "of je de dienst"),
    ("mijn vader", "ik wil papa vragen of hij kan nagaan of hij de papieren van het huis nog heeft", "of je de papieren"),
    ("de juf", "ik wil de juf vragen of ze kan zeggen of ze donderdag tijd heeft voor een gesprek", "of u donderdag tijd heeft"),
    ("mijn ex Peter", "ik wil peter vragen of hij vóór vrijdag laat weten of hij de kinderen met kerst neemt of niet",
     "of je de kinderen met kerst neemt"),
]


@pytest.mark.parametrize(("person", "note", "part"), PRACTICE)
def test_practice_turns_the_person_in_the_asked_of_clause(person, note, part):
    sentence = compose(person, note, None)
    assert part in sentence, sentence
    assert not re.search(r"\bof (hij|ze|zij)\b", sentence), sentence


def test_a_second_of_after_en_is_a_second_ask_not_turned():
    """'…, en of hij …' is another request (offered apart): the first one stays as sure as before."""
    note = ("ik wil mijn vader vragen of hij vanavond niet meer over mijn cijfers begint waar iedereen bij is, "
            "want dan voel ik me zo dom, en of hij het gewoon met mij alleen wil bespreken")
    result = shrink(note, person="papa", moment="vanavond")
    assert result.sure, result.sentence
    assert result.sentence.startswith("Papa, kun je vanavond niet meer over mijn cijfers beginnen")


FRAMES = {
    "Hoi Mark, ik weet dat het druk is. Toch wil ik je vragen of ik op woensdag vrij kan nemen.":
        "Mark, kan ik op woensdag vrij nemen?",
    "Beste Koen, ik wil je beleefd vragen of je de muziek na tien uur zachter kunt zetten.":
        "Koen, kun je de muziek na tien uur zachter zetten?",
    "Dag Ilse, toch wou ik je vragen of je vrijdag mijn dienst kunt overnemen.":
        "Ilse, kun je vrijdag mijn dienst overnemen?",
    "Geachte mevrouw Smits, ik zou u heel nederig willen vragen of mijn aflossing verlaagd kan worden.":
        "Mevrouw Smits, kan mijn aflossing verlaagd worden?",
    "Beste meneer Aydin, ik wilde u vriendelijk vragen of u de factuur van april kunt betalen.":
        "Meneer Aydin, kunt u de factuur van april betalen?",
}


@pytest.mark.parametrize("draft", sorted(FRAMES))
def test_a_frame_with_a_manner_word_or_toch_is_a_frame(draft):
    result = shrink(draft)
    assert result.sentence == FRAMES[draft]
    assert "vragen" not in result.sentence
