"""A moment said in a sentence of its own after the ask is never lost from the offer (round 38, k38c; moment_said.py).
Real engine calls on drafts in our own words."""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink


def test_preferred_moment_after_another_sentence_moves_into_the_ask():
    r = shrink("Hoi Ward, zoudt ge mij ne keer willen helpen met de dakgoot? Da lekt. Zaterdag past mij het best.")
    assert "zaterdag" in r.sentence.lower()
    assert "past mij" not in r.sentence  # only the moment moves, never the whole sentence into the question
    assert not r.sure  # the moment came from elsewhere: the writer looks at it


def test_preferred_moment_right_after_the_ask_moves_in_too():
    r = shrink("Kun je me helpen met de zolder? Zaterdagmiddag zou mij goed uitkomen.")
    assert r.sentence == "Kun je me zaterdagmiddag helpen met de zolder?"


def test_other_ways_of_saying_the_moment_suits():
    for tail in ("Vrijdag komt mij het best uit.", "Vrijdag schikt ons het best.", "Vrijdag zou ideaal zijn."):
        out = shrink(f"Kun je me helpen met de zolder? Het is een rommel. {tail}").sentence
        assert out == "Kun je me vrijdag helpen met de zolder?", tail


def test_a_moment_that_does_not_suit_stays_a_sentence_of_its_own():
    out = shrink("Kun je me helpen met de zolder? Zaterdag past mij niet.").sentence
    assert "Zaterdag past mij niet." in out
    assert "me zaterdag" not in out


def test_a_verb_the_lexicon_marks_finite_keeps_the_sentence_whole():
    out = shrink("Kun je me helpen met de zolder? Het is een rommel. Zaterdag werkt voor mij.").sentence
    assert "zaterdag werkt voor mij helpen" not in out.lower()
    assert "zaterdag" in out.lower()


def test_not_sure_offer_keeps_the_moment_sentence_the_sure_path_had_moved():
    # the sure path moves 'zaterdag' into the ask, a form check fails, the writer's own request is offered: the
    # moment sentence stays after it instead of going with the rewrite
    r = shrink("Kun je me 20 euro lenen tot mijn loon binnen is? Ik zit krap. Misschien zaterdag.")
    assert not r.sure
    assert "zaterdag" in r.sentence.lower()
    assert r.sentence.startswith("Kun je me 20 euro lenen")
