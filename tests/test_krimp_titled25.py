"""A draft typed with a capital on every word (round 25, k25s: coach/krimp/titled.py).

Some phones put a capital on every word; the engine read every word as a name, lost the request or offered
'kunt Gij Zaterdag Mijn Gras Afrijden?'. Such a draft is read in lower case, the first word and a name right
after an opening greeting keep their capital. Drafts with ordinary capitals, short titles and text in capitals
only are left alone. All drafts here are our own.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.titled import titled, untitled

TITLED = "Hoi Mila Kun Je Woensdag Mijn Planten Water Geven Ik Ben Op Reis Groetjes Oma"


def test_every_word_capital_is_read_in_lower_case():
    assert untitled(TITLED) == "Hoi Mila kun je woensdag mijn planten water geven ik ben op reis groetjes Oma"


def test_the_text_keeps_its_length():
    draft = "Dag Ruben Zoudt Gij Zaterdag Mijn Haag Kunnen Snoeien Ik Mag Ni Op De Ladder"
    assert len(untitled(draft)) == len(draft)
    assert untitled(draft).lower() == draft.lower()


def test_a_name_after_a_sign_off_keeps_its_capital():
    draft = "Dag Noor Wilt Ge Morgen De Kippen Eten Geven En Ook De Eieren Rapen Groetjes Bertha"
    assert untitled(draft).endswith("de eieren rapen groetjes Bertha")
    out = shrink(draft).sentence
    assert out == "Noor, wilt ge morgen de kippen eten geven en ook de eieren rapen?"  # sign-off and name go


def test_a_first_name_without_greeting_keeps_its_capital():
    assert untitled("Tom Kunt Ge Morgen De Kinderen Naar School Brengen").startswith("Tom kunt ge morgen")


@pytest.mark.parametrize("draft, want", [
    (TITLED, "Mila, kun je woensdag mijn planten water geven?"),
    ("Dag Ruben Zoudt Gij Zaterdag Mijn Haag Kunnen Snoeien Ik Mag Ni Op De Ladder Van De Dokter",
     "Ruben, kunt gij zaterdag mijn haag snoeien?"),
    ("Tom Kunt Ge Morgen De Kinderen Naar School Brengen Ik Moet Vroeg Naar Antwerpen",
     "Tom, kunt ge morgen de kinderen naar school brengen?"),
])
def test_the_request_is_offered_in_plain_case(draft, want):
    assert shrink(draft).sentence == want


def test_dropped_spans_point_into_the_draft_as_typed():
    out = shrink(TITLED)
    assert out.dropped and all(0 <= a < b <= len(TITLED) for a, b in out.dropped)
    assert any(TITLED[a:b].startswith("Ik Ben") or "Groetjes" in TITLED[a:b] for a, b in out.dropped)


@pytest.mark.parametrize("draft", [
    "Beste Meneer De Vries, kunt u mij morgen helpen met de Aangifte?",  # ordinary capitals and lower case
    "Jan, Piet, Kees, Mies en Anna komen morgen. Kun je taart halen?",  # many names, not every word
    "Vraag Over De Planning Van Zaterdag",  # a short title: too few words
    "KUN JE MORGEN KOMEN IK BEN ZIEK",  # capitals only: not every-word capitals
    "Hoi Lies, Kun Je Zaterdag Op Mees passen? ik heb een gesprek en de oppas kan niet.",  # lower case words too
])
def test_near_misses_are_left_alone(draft):
    assert not titled(draft)
    assert untitled(draft) == draft


def test_near_miss_keeps_its_names_in_the_result():
    out = shrink("Beste Meneer De Vries, kunt u mij morgen helpen met de Aangifte?").sentence
    assert "De Vries" in out
