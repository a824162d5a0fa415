"""Round 50 (k50c): the sure share. A dropped piece the not-sure offer put back answers its one doubt
(shown_back.py); a result that opens with a loose 'maar'/'mor'/'want'/'dus' is not sure (link_open.py)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import link_open, shown_back
from vraaghulp.coach.krimp.shrink import shrink

# What broke or went, said right before the ask: the offer keeps it, and that answers the only doubt.
PUT_BACK = [
    ("Hoi Sanne, mijn fiets is gestolen bij het station. Kun je me morgen om 8 uur naar school brengen?",
     "fiets is gestolen"),
    ("Dag Bart, sorry dat ik stoor. Mijn auto start niet meer. Kun jij me morgen om half acht naar het werk brengen?",
     "auto start niet meer"),
    ("Hey Joke, onze verwarming doet het niet. Kunnen we vanavond bij jullie eten?", "verwarming doet het niet"),
]


@pytest.mark.parametrize("draft,piece", PUT_BACK)
def test_the_piece_put_back_answers_its_doubt(draft, piece):
    result = shrink(draft)
    assert result.sure and result.withheld == ()
    assert piece in result.sentence and result.sentence.index(piece) < result.sentence.index("?")


@pytest.mark.parametrize("draft,piece", PUT_BACK)
def test_without_the_answer_the_same_drafts_are_held(draft, piece, monkeypatch):
    monkeypatch.setattr(shown_back, "sure", lambda out, sentence: False)
    result = shrink(draft)
    assert not result.sure and result.withheld == ("weg-kwijt",)
    assert piece in result.sentence  # the offer is the same sentence: only `zeker` differs


@pytest.mark.parametrize("draft", [
    # a second doubt beside it ('ik ben helemaal op' is how the writer is, and the theft is not put back)
    "Hoi Sanne, mijn fiets is gestolen bij het station en ik ben helemaal op. Kun je me morgen om 8 uur naar school brengen?",
    # two checks read the broken thing: not the one doubt
    "Ma, de wasmachine is kapot. Mag ik zaterdag bij jou wassen?",
])
def test_twins_with_another_doubt_stay_not_sure(draft):
    result = shrink(draft)
    assert not result.sure
    assert "weg-kwijt" in result.withheld and len(result.withheld) > 1


def test_a_crisis_result_is_never_answered_this_way():
    class Out:
        crisis, analysis, sure, problems = True, object(), True, ["weg-kwijt"]
    assert not shown_back.sure(Out(), "Mijn auto is kapot. Kun je nu komen?")
    assert Out.problems == ["weg-kwijt"]


@pytest.mark.parametrize("draft,link", [
    ("Dag Joris, 'k weet da ge het druk hebt. Mor 'k zit hier zo alleen sinds de verhuis. Kunt ge zaterdag ne keer "
     "langskomen?", "mor"),
    ("Dag Pieter,\n\n'k Weet da ge het druk hebt met uw werk in Gent en 'k wil u nie ongerust maken. Mor 'k voel mij "
     "de laatste tijd zo alleen sinds uw moeder er nie meer is. Zoudt ge zondag ne keer kunnen komen eten?", "mor"),
])
def test_a_loose_link_at_the_head_is_not_sure(draft, link):
    result = shrink(draft)
    assert not result.sure and link_open.CODE in result.withheld
    assert f", {link} " in result.sentence.lower()


@pytest.mark.parametrize("draft", [
    "Hoi Mieke, ik wil je niet lastigvallen hoor. Maar ik zit zo vast met mijn scriptie. Kun je morgen even meelezen?",
    "Ma, kunt ge woensdag de kleine van school halen?",
    "Je hoeft niet te komen, maar kun je me vanavond even bellen?",
])
def test_harmless_twins_stay_sure(draft):
    result = shrink(draft)
    assert result.sure and link_open.CODE not in result.withheld


@pytest.mark.parametrize("sentence,loose", [
    ("Pieter, mor 'k voel mij alleen. Kunt ge komen?", True),
    ("Maar kun je morgen komen?", True),
    ("Tante Gerda, want thuis is het zo druk. Mag ik bij jou werken?", True),
    ("Lies, dus kun je zaterdag?", True),
    ("Jonas, kunt ge zaterdag de haag snoeien? Ma ni te kort.", False),
    ("Kun je de kast ophalen, maar niet op maandag?", False),
    ("Ma, kunt ge woensdag de kleine halen?", False),
    ("Je hoeft niet te komen, maar kun je bellen?", False),
    ("Mo, kun je morgen mijn fiets maken?", False),
])
def test_loose_reads_only_the_head(sentence, loose):
    assert link_open.loose(sentence) is loose

