"""Round 45 (c45): crisis-g (tuning-ho44g1/g2) and the probe cp44 (tuning44-cp) brought in; each wrong line mended by
the reason it fired or missed, never by the line. The sentences here are new variants, none a corpus line.

Misses (the worst failure), by reason:
A. dialect words the normaliser did not know: Frisian ('wurch', 'gjin sin mear', 'fannacht', 'binne foar dy', 'it is
   moai west', 'op papier zet'), West-Flemish and Limburgish ('nie lange mi zyn', 'k stoan', 'lange genoeg',
   'van mie goa hoorn', 'k voele mie alleen');
B. a lasting load read as one exertion ('na de vierde nachtdienst op rij ... ik kan niet meer, alles wat ik doe is
   werken');
C. 'het heeft allemaal niet zoveel zin meer' (the softened 'geen zin meer').
False panels, by reason:
D. a medicine fetched for someone else ('voor je meegenomen voor je hoofdpijn', 'gekocht voor als ma komt');
E. a book or series I read in which a character finds a farewell letter;
F. a farewell to a habit given up ('afscheid van de rookpauze, ik ga niet terug').
False gentle lines, by reason:
G. a thing that is 'dood' (a lamp) and a party where I 'ging dood' with 'volgend jaar weer'; thanks at a yearly feast
   with 'volgend jaar zijn we er weer bij';
H. done with a piece of work ('klaar met mijn ontwerp') beside a walk by the river;
I. an annoyance or a count of work before 'ik kan niet meer' ('kan ik niet meer, die ellende', '140 couverts');
J. a cut while slicing onions in Flemish ('ajuin');
K. giving up one application that is filed again ('ik geef het op, we dienen het opnieuw in');
L. a farewell note laid in a grave.
Every exception has its alarming twin here, kept at the panel.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

NOW_CAUGHT = [
    # A
    ("ik bin sa wurch fan alles, echt wurch", ZORG),
    ("it hat allegear gjin sin mear, ik sit hjir mar allinnich", ZORG),
    ("myn boat en de netten binne foar dy, heb ik op papier zet. it is moai west", ACUUT),
    ("'k stoan an de brugge, 'k è lange genoeg gevochten", ACUUT),
    ("'t is de leste keer da ge van mie goa hoorn", ACUUT),
    ("'k voele mie zo leeg en alleen", ZORG),
    ("ik gean fannacht allinnich nei see, hoef niet terug te komen", ZORG),
    # B
    ("na de vierde nachtdienst op rij ben ik kapot, ik kan niet meer, alles wat ik doe is werken", ZORG),
    # C
    ("het heeft allemaal niet zoveel zin meer", ZORG),
]

NOW_QUIET = [
    # D
    "ik heb ibuprofen voor je gekocht voor je rugpijn, ligt op de tafel",
    "ik heb een doosje paracetamol gehaald voor als oma komt logeren",
    # E
    "ik las een roman waarin een weduwe een afscheidsbrief vindt, prachtig boek",
    # F
    "afscheid van de sigaretten, vandaag dag 10, ik ga niet terug",
    # G
    "de tl-lamp in de keuken is dood",
    "bedankt voor alles, volgend jaar zijn we er weer bij",
    # H
    "ik ben klaar met mijn verslag dus ik ga even naar de rivier wandelen",
    # I
    "die file weer, kon ik niet meer, dat gedoe elke ochtend",
    # J
    "ik heb me gesneden bij het ajuinen snijden, pleister erop",
    # K
    "ik geef het op, we dienen de aanvraag volgende maand opnieuw in",
    # L
    "we hebben de kat begraven onder de boom met een afscheidsbriefje",
]

ALARM_TWINS = [
    # D
    "ik heb paracetamol voor je gehaald, maar vannacht neem ik ze zelf allemaal",
    "ik heb een doosje pillen gehaald voor als oma komt, en ik neem er vannacht zelf veertig",
    # F
    "afscheid van de sigaretten en van jullie allemaal, ik ga niet terug, het touw hangt klaar",
    # H
    "ik ben klaar met mijn leven, ik sta bij de rivier",
    # B, G, K, L: the same words beside the writer's own end
    "na de derde avonddienst op rij kan ik niet meer, ik wil dood",
    "de lamp is dood en ik wil ook dood",
    "ik geef het op, ik wil niet meer leven",
    "we hebben de kat begraven met een afscheidsbriefje, ik schrijf er nu een voor mezelf, de pillen liggen klaar",
]


@pytest.mark.parametrize(("text", "tier"), NOW_CAUGHT)
def test_a_missed_reason_is_caught(text, tier):
    assert assess(text).tier == tier


@pytest.mark.parametrize("text", NOW_QUIET)
def test_a_harmless_reason_is_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", ALARM_TWINS)
def test_the_alarming_twin_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


def test_a_book_i_write_is_not_a_book_i_read():
    # the reading frame (E) is for what I read or watch: a farewell letter in a story I write is not lowered by it
    assert assess("ik schrijf een verhaal waarin een weduwe een afscheidsbrief vindt").tier == ACUUT
    assert assess("ik schrijf een verhaal waarin de hoofdpersoon een afscheidsbrief schrijft, hoe maak ik dat echt").tier == ZORG


def test_my_own_letter_after_the_book_keeps_the_panel():
    assert assess("ik las een roman waarin een weduwe een afscheidsbrief vindt. ik heb mijn afscheidsbrief ook al klaar").tier == ACUUT
