"""Round 57 (k57b): the kinds of round 56's sealed sets and probe that also stand in the earlier outside files.

Own drafts first (tests/corpus/krimp/tuning57-k57b.toml):
- punctuation said to speech-to-text and left in the offer as a word: after an article two words back ('voor het
  grofvuil vraagteken'), after a separable verb's particle ('ik spreek dit in komma', 'ik kan het niet meer aan punt'),
  after the verb 'zijn', and a said 'komma' in a draft whose phone typed a full stop of its own (said_more.py);
- a let-off's condition left behind as a sentence of its own in the not-sure offer ('… maand? Als u daar nu geen tijd
  voor heeft.'), from 'Als …, begrijp ik dat uiteraard' or 'Uiteraard begrijp ik het als …' (stranded_if.py);
- an emoji inside a sentence of a sure result: the run-on after it was not read (emoji_inside.py, `emoji-midden`).
Harmless twins: a said word that is a noun ('achter de komma', 'staat de komma op', 'het punt is'), a typed 'punt',
a condition whose main clause is no let-off, an emoji only at the end.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.krimp import emoji_inside, shrink, stranded_if
from vraaghulp.coach.krimp.spoken import spoken

CORPUS = Path(__file__).parent / "corpus" / "krimp"


def _case(file: str, ident: str) -> dict:
    cases = tomllib.loads((CORPUS / file).read_text(encoding="utf-8"))["case"]
    return next(c for c in cases if c["id"] == ident)


def _draft(file: str, ident: str) -> str:
    return _case(file, ident)["concept"].strip("\n")


MARKED = [
    ("sorry voor de typfouten komma zou jij zaterdag de aanhanger regelen voor het grofvuil vraagteken en kun je ook "
     "mama bellen",
     ["typfouten,", "grofvuil?"]),
    ("hoi Sander ik kan het niet meer aan punt ik zit in de auto en ik durf niet naar huis punt kun je me bellen punt",
     ["aan.", "huis.", "bellen."]),
    ("kun je die regenlaarzen meenemen die we bij jou vergeten zijn vraagteken maakt niet uit", ["zijn?"]),
    ("Ruben ik weet niet meer hoe ik verder moet komma ik heb de hele nacht niet geslapen. kun je komen",
     ["moet,"]),
    ("dag Evi ik zit in de auto en spreek dit in komma kunde gij woensdag de kleine oppikken", ["in,"]),
]


@pytest.mark.parametrize("draft,marks", MARKED)
def test_said_marks_after_an_article_two_back_a_particle_or_zijn_and_beside_typed_marks_are_marks(draft, marks):
    read = spoken(draft)
    assert len(read) == len(draft)  # struck spans map one to one onto the draft
    folded = " ".join(read.split())
    for mark in marks:
        assert mark in folded, (mark, folded)
    assert "komma" not in folded and "vraagteken" not in folded


NOUNS = [
    "Hoi Sanne, in de offerte staat de komma op de verkeerde plek. Kun je het bedrag aanpassen?",
    "Hoi Bram, ik snap die twee cijfers achter de komma niet. Kun je zondag even kijken?",
    "hoi Mirjam het punt is dat ik zaterdag geen auto heb kun je me ophalen",
    "Hoi Anna, dat is een goed punt. Kun je het morgen in de groep zetten?",  # a typed draft: 'punt' stays a word
    "mijn koorts was vannacht 38 komma 5 kun je langskomen",
    "Zet er een groot vraagteken achter. Kun je de brief vandaag nog nakijken?",
]


@pytest.mark.parametrize("draft", NOUNS)
def test_a_said_word_that_is_a_noun_stays_a_word(draft):
    assert spoken(draft) == draft


@pytest.mark.parametrize("ident", ["k57b-002", "k57b-013"])
def test_own_dictated_drafts_lose_their_said_marks(ident):
    r = shrink(_draft("tuning57-k57b.toml", ident))
    assert "komma" not in r.sentence and "vraagteken" not in r.sentence
    assert r.sentence.endswith("?")


def test_the_grofvuil_probe_draft_is_sure_without_its_said_question_mark():
    r = shrink(_draft("tuning56-p.toml", "p56-031"))
    assert r.sentence == "Jeroen, kun jij zaterdag de aanhanger van je schoonvader regelen voor het grofvuil?"


STRANDED = [
    ("tuning57-k57b.toml", "k57b-007", "Als u daar nu geen mensen voor hebt"),
    ("tuning56-p.toml", "p56-023", "als de regels dit niet toestaan"),
    ("tuning56-p.toml", "p56-030", "Als u daar nu geen tijd voor heeft"),
]


@pytest.mark.parametrize("file,ident,piece", STRANDED)
def test_a_let_offs_condition_is_not_left_alone_in_the_offer_and_is_struck(file, ident, piece):
    draft = _draft(file, ident)
    r = shrink(draft)
    assert not r.sure
    assert piece.lower() not in r.sentence.lower()
    assert r.sentence.rstrip().endswith("?")
    at = draft.lower().index(piece.lower())
    assert any(a <= at and at + len(piece) <= b for a, b in r.dropped), r.dropped


def test_a_lone_condition_whose_main_clause_is_no_let_off_stays():
    text = "Kun je morgen de was binnenhalen? Als het gaat regenen, zou dat heel fijn zijn."
    offer = "Kun je morgen de was binnenhalen? Als het gaat regenen."
    assert stranded_if.offer(text, offer) == (offer, "")


def test_a_condition_that_may_hold_the_ask_stays():
    text = ("yo iemand die de aantekeningen van dinsdag heeft? mn trein viel uit. zou echt chill zijn als iemand ze kan "
            "sturen, sorry voor de spam")
    offer = "Iemand die de aantekeningen van dinsdag heeft. Mn trein viel uit. Als iemand ze kan sturen."
    assert stranded_if.offer(text, offer) == (offer, "")


def test_a_condition_with_its_main_clause_or_a_question_stays():
    text = "Kun je vrijdag de sleutel ophalen? Als ik niet open doe, ligt hij onder de bloempot. Sorry!"
    for offer in ("Kun je vrijdag de sleutel ophalen? Als ik niet open doe, ligt hij onder de bloempot.",
                  "Als ik niet open doe, kun je de sleutel ophalen?"):
        assert stranded_if.offer(text, offer) == (offer, "")


def test_an_emoji_inside_a_sure_result_withholds_zeker():
    r = shrink(_draft("tuning57-k57b.toml", "k57b-015"))
    assert not r.sure
    assert emoji_inside.CODE in r.withheld


def test_an_emoji_only_at_the_end_leaves_the_result_sure():
    r = shrink(_draft("tuning57-k57b.toml", "k57b-016"))
    assert r.sure
    assert emoji_inside.doubt("Ma, kunt gij mij vanavond om 10u oppikken? 🙏") == []


def test_no_own_draft_is_wrong_and_sure():
    import sys
    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    from krimp_eval import score

    cases = tomllib.loads((CORPUS / "tuning57-k57b.toml").read_text(encoding="utf-8"))["case"]
    rows = [score(c, "tuning", "tuning57-k57b") for c in cases]
    assert not [r.case["id"] for r in rows if r.wrong_sure]
    assert sum(r.acceptable for r in rows) >= 11
