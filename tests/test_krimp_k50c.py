"""Round 50 (k50c): the sure share. A dropped piece the not-sure offer put back answers its one doubt
(shown_back.py); a kept question with a statement after it is the ask, not an instruction (second_ask._instruction);
a result that opens with a loose 'maar'/'mor'/'want'/'dus' is not sure (link_open.py)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import link_open, second_ask, shown_back
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


# A kept question with a statement of its own after it: the question is the ask, the second request is the other one.
QUESTION_THEN_STATEMENT = [
    "Hoi Ines, kun je zaterdag de lamp in de gang vervangen? Ik kan niet meer op de trap staan. Wil je ook een nieuwe "
    "lamp meenemen?",
    "Dag Stijn, kunt ge vrijdag mijn dienst overnemen? Ik ben ziek. Kunt ge dat ook aan de chef zeggen?",
    "Hey Bo, kun jij morgen de kinderen van school halen? Ik zit vast in Utrecht. Bel je me als je er bent?",
]


@pytest.mark.parametrize("draft", QUESTION_THEN_STATEMENT)
def test_a_question_with_its_own_statement_after_it_stays_the_ask(draft):
    result = shrink(draft)
    assert result.sure and "?" in result.sentence and not result.sentence.endswith("?")
    assert any(f.kind == "meer-vragen" and f.sentence.endswith("?") for f in result.findings)


@pytest.mark.parametrize("draft", QUESTION_THEN_STATEMENT)
def test_read_as_before_round_50_those_were_held(draft, monkeypatch):
    monkeypatch.setattr(second_ask, "_instruction", lambda main, second: not main.endswith("?"))
    assert shrink(draft).withheld == ("tweede-eerder",)


@pytest.mark.parametrize("draft,person", [
    ("tom vragen of hij zijn fiets niet meer in de gang laat staan. en of hij zijn deel van de internetrekening "
     "(20 euro) nog wil betalen. ik haat dit", None),
    ("sanne vragen of ze de badkamer deze week wil poetsen. en of ze haar deel van de huur (300 euro) nog wil "
     "overmaken. ik vind dit zo ongemakkelijk", "Sanne (huisgenoot)"),
    ("Kun je me ophalen van het station? Bel me om 5 uur even.", None),  # no question kept at all
])
def test_a_statement_that_says_the_second_request_again_stays_not_sure(draft, person):
    result = shrink(draft, person=person)
    assert not result.sure and "tweede-eerder" in result.withheld


def test_a_draft_without_sentence_marks_keeps_the_older_reading():
    # no '?', '.' or '!' typed: where the question ends is the engine's guess, so the question is not trusted as the ask
    draft = ("hey schat zoudt ge op den terugweg langs de winkel kunnen rijden voor melk luiers en brood want ik geraak "
             "hier ni weg en zoudt ge ook aan uw moeder kunnen vragen of ze zaterdag kan babysitten")
    marked = ("Hey schat, zoudt ge op den terugweg langs de winkel kunnen rijden voor melk, luiers en brood? Want ik "
              "geraak hier ni weg. En zoudt ge ook aan uw moeder kunnen vragen of ze zaterdag kan babysitten?")
    assert "tweede-eerder" not in shrink(marked).withheld and shrink(marked).sure
    assert not shrink(draft).sure
    assert second_ask._rather("Kun je brood halen? Ik ben ziek.", "Kun je bellen?", marked=False)
    assert not second_ask._rather("Kun je brood halen? Ik ben ziek.", "Kun je bellen?", marked=True)
