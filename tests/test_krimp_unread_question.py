"""A draft with a question the engine cannot read (a passive question about someone else: 'Zou hij
… vrijgesteld kunnen worden?') is told so, not told that it has no question at all."""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink

NO_QUESTION = "Ik vond nog geen vraag"


def _explanations(draft: str) -> list[str]:
    return [f.explanation for f in shrink(draft).findings]


def test_a_question_mark_the_engine_cannot_read_is_named_as_such():
    draft = ("Beste mevrouw Peeters, onze dochter Noor heeft een gebroken pols en kan niet schrijven. "
             "Zou zij volgende week vrijgesteld kunnen worden van de schrijftoetsen? Met vriendelijke groet")
    said = _explanations(draft)
    assert not any(NO_QUESTION in s for s in said)
    assert any("Er staat een vraag in je bericht" in s for s in said)


def test_a_draft_without_any_question_still_hears_that_it_has_none():
    said = _explanations("Mijn fiets staat al een week kapot in de gang.")
    assert any(NO_QUESTION in s for s in said)
