"""Round 54 (lead): shame that points back at the asking goes, and the reader is asked to look.

'ik schaam me er (een beetje) voor' judges oneself for asking ('er … voor' points at the asking; content/nl/krimp.toml,
`oordeel`). It used to be kept as the honest sentence when the draft had no other (states.lone_shame); the outside
golds drop it in 22 of 27 drafts, so now it goes — but where it was the only word on how the writer is, the result is
not sure (shame_gone.py), so the writer can put it back. Shame about the writer's own state or inability stays, and
beside a loan of money it goes as before, sure.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shame_gone, shrink


@pytest.mark.parametrize("draft, ask", [
    ("Pap, kun je zaterdag mijn fiets plakken? Ik schaam me er een beetje voor.", "fiets plakken"),
    ("hoi Lies, wil je morgen meekijken naar mijn cv? ik schaam me er echt voor", "cv"),
    ("Mevrouw Janssens, kunt u mij volgende week helpen met het formulier? Ik schaam mij ervoor.", "formulier"),
    ("Jonas, kunt ge vrijdag mijn gras maaien? 'k schaam me er een beetje voor", "gras maaien"),
])
def test_shame_about_the_asking_goes_and_the_result_is_not_sure(draft, ask):
    result = shrink(draft)
    assert "schaam" not in result.sentence.lower() and ask in result.sentence
    assert not result.sure


def test_switched_off_the_result_would_be_sure(monkeypatch):
    draft = "Pap, kun je zaterdag mijn fiets plakken? Ik schaam me er een beetje voor."
    monkeypatch.setattr(shame_gone, "ACTIVE", False)
    result = shrink(draft)
    assert "schaam" not in result.sentence and result.sure


@pytest.mark.parametrize("draft", [
    "Ik schaam me zo. Kun je vanavond even bellen?",  # how the writer is, no 'er … voor'
    "Ik schaam me dat ik het nog steeds niet kan. Kun je me zaterdag leren fietsen?",  # what the writer cannot do
])
def test_shame_about_oneself_stays(draft):
    assert "schaam" in shrink(draft).sentence


def test_beside_a_loan_it_goes_as_before_and_stays_sure():
    result = shrink("Kun je me 200 euro lenen tot maart? Ik schaam me er echt voor.")
    assert "schaam" not in result.sentence and "200 euro" in result.sentence
    assert result.sure
