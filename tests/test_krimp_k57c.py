"""Round 57 (k57c): a sentence beside the ask that says where something stands now, dropped while sure, and where the
writer is, said in the same sentence as the acute words of a crisis draft.

Own drafts first (tests/corpus/krimp/tuning57-k57c.toml and below):
- round 56's probe p56-056 ('Ik ben alleen in mijn kamer en ik wil niet meer leven.') came out 'Bas, ik wil niet meer
  leven. Kun je nu bij me zijn?', sure: crisis_facts.py judged the sentence as a whole, and more than half of its words
  were shown. The clause of now before the acute one goes back in front of it, as typed (crisis_joined.py).
- on the outside files the sure result most often wrong on first sight drops a sentence beside the ask the golds keep;
  counted by feature, only where a thing or the writer stands now ('Mijn bus staat met pech bij halte Zuidplein.', 'ik
  sta met de bus stil aan de Beurs') told the kept ones from the dropped ones. Such a sentence dropped makes the result
  not sure (beside_keep.py, `weg-plaats`) and the not-sure offer puts it back where it stood.
Twins: burden talk, an apology or small talk beside the same ask goes and the result may stay sure; a state said as a
place ('ik zit in de put', 'we zitten in nesten') is no place.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.krimp import beside_keep, crisis_joined, shrink

CORPUS = Path(__file__).parent / "corpus" / "krimp"

JOINED = [
    ("Bas, sorry voor dit bericht. Ik ben alleen in mijn kamer en ik wil niet meer leven. Ik weet niet wat te doen. "
     "Jij hoeft niks doen, ik wil alleen zeggen.", "ik ben alleen in mijn kamer en ik wil niet meer leven"),
    ("Lien sorry da ik u stoor. Ik zit alleen in de auto op de parking van de Carrefour en ik zie het niet meer zitten. "
     "Ge moet niks doen hoor.", "ik zit alleen in de auto op de parking van de Carrefour en ik zie het niet meer zitten"),
    ("Ruben, sorry. Ik sta op het perron van station Zwolle en ik wil er een eind aan maken. Ik weet het niet meer.",
     "op het perron van station Zwolle"),
]


@pytest.mark.parametrize("draft,kept", JOINED)
def test_where_the_writer_is_stays_with_the_acute_words_of_its_sentence(draft, kept):
    r = shrink(draft)
    assert r.crisis
    assert kept.lower() in r.sentence.lower(), r.sentence
    assert r.sentence.lower().count("niet meer") <= 2, r.sentence  # the acute clause is not said twice


def test_the_clause_is_put_back_in_front_of_the_shown_one_as_typed():
    draft = JOINED[0][0]
    assert crisis_joined.lost(draft, "Bas, ik wil niet meer leven. Kun je nu bij me zijn?")
    out = crisis_joined.kept(draft, "Bas, ik wil niet meer leven. Kun je nu bij me zijn?")
    assert out == "Bas, ik ben alleen in mijn kamer en ik wil niet meer leven. Kun je nu bij me zijn?"
    assert not crisis_joined.lost(draft, out)


def test_a_clause_that_is_no_fact_of_now_is_left_alone():
    draft = "Ik ben het zat en ik wil niet meer leven. Kun je komen?"
    assert crisis_joined.kept(draft, "Ik wil niet meer leven. Kun je nu komen?") == "Ik wil niet meer leven. Kun je nu komen?"


HERE = [
    "Kees, mijn bus staat met pech bij halte Zuidplein.",
    "Hallo Nadia, ik sta met de bus stil aan de Beurs door een manifestatie.",
    "Mijn auto staat in de garage want de koppeling is kapot.",
    "ik sta aan de achteringang van de Delhaize met twee volle karren.",
    "Mijn koeien zijn uitgebroken en staan op de baan naar Retie, aan het kruispunt bij de kapel.",
]
NOT_HERE = [
    "ik zit echt in de put.",
    "We zitten een beetje in nesten met 't materiaal voor 't kamp.",
    "sorry, ik sta weer bij je op de stoep met een vraag.",
    "Ik weet dat je het druk hebt.",
    "Ik ga een week naar mijn zus in Spanje.",
    "Staat jouw auto nog bij de garage?",
]


@pytest.mark.parametrize("said", HERE)
def test_where_a_thing_or_the_writer_stands_now(said):
    assert beside_keep.here(said)


@pytest.mark.parametrize("said", NOT_HERE)
def test_no_place_of_now(said):
    assert not beside_keep.here(said)


KEPT = [
    ("Kees, mijn bus staat met pech bij halte Zuidplein. Kun jij om 16.40 uur mijn rit op lijn 70 overnemen?",
     "Kees, mijn bus staat met pech bij halte Zuidplein. Kun jij om 16.40 uur mijn rit op lijn 70 overnemen?"),
    ("Hoi schat. Mijn auto staat in de garage want de koppeling is kapot. Kun jij me morgen om half acht naar het werk "
     "brengen?", "mijn auto staat in de garage"),
    ("Yo Sem, kun je vanavond de vriezer ophalen? Hij staat nog bij mijn ouders in de schuur.",
     "kun je vanavond de vriezer ophalen? Hij staat nog bij mijn ouders in de schuur."),
]


@pytest.mark.parametrize("draft,kept", KEPT)
def test_a_place_of_now_beside_the_ask_is_never_dropped_while_sure(draft, kept):
    r = shrink(draft)
    assert kept in r.sentence, r.sentence
    assert not beside_keep.lost(draft, r.sentence)


def test_a_result_not_sure_for_another_reason_is_offered_as_before():
    # the offer puts the sentence back only where its doubt withheld `zeker`: in the outside files the golds drop it
    # about as often as they keep it in results that were not sure anyway (README "Round 57 (k57c)")
    r = shrink("Dag Marleen, ik sta aan de achteringang van de Delhaize met twee volle karren. Kunt ge efkes met uw auto "
               "tot hier komen?")
    assert not r.sure and beside_keep.CODE not in r.withheld


def test_a_clause_already_shown_is_not_said_twice():
    draft = "Hoi Els, zit hier op nacht en ik ben kapot. Wilt ge mijn late van donderdag ruilen voor mijn vroege van zaterdag?"
    assert beside_keep.dropped(draft, "Els, ik ben kapot. Wilt ge mijn late van donderdag ruilen?") == ("", "")
    assert shrink(draft).sentence.count("kapot") == 1


def test_a_start_already_kept_grows_into_the_sentence():
    draft = "kan iemand mij ophalen? ik sta bij de bushalte voor het ziekenhuis en de laatste bus is weg"
    out, said = beside_keep.offer(draft, "Kan iemand mij ophalen? Ik sta bij de bushalte.", "", lambda s, n, b: s)
    assert out == "Kan iemand mij ophalen? Ik sta bij de bushalte voor het ziekenhuis en de laatste bus is weg."
    assert said and out.count("bushalte") == 1


def test_dropping_it_withholds_zeker_with_its_code():
    draft = KEPT[0][0]
    cut = "Kees, kun jij om 16.40 uur mijn rit op lijn 70 overnemen?"
    assert beside_keep.lost(draft, cut)
    r = shrink(draft)
    assert not r.sure and beside_keep.CODE in r.withheld, (r.sure, r.withheld)


TWINS = [
    ("Hoi schat. Sorry dat ik het weer vraag, ik weet dat je het druk hebt. Kun jij me morgen om half acht naar het werk "
     "brengen?", "Schat, kun jij me morgen om half acht naar het werk brengen?"),
    ("Dag Marleen, 't is lang geleden dat we nog eens gebabbeld hebben. Kunt ge zaterdag efkes met uw auto mijn tafel "
     "komen halen?", "Marleen, kunt ge zaterdag met uw auto mijn tafel komen halen?"),
    ("Hoi Sandra, ik hoop dat je een fijne vakantie hebt gehad! Kun jij de offerte voor Bakker om 15.00 naar de klant "
     "mailen?", "Sandra, kun jij de offerte voor Bakker om 15.00 naar de klant mailen?"),
]


@pytest.mark.parametrize("draft,offer", TWINS)
def test_padding_beside_the_same_ask_goes_and_the_result_stays_sure(draft, offer):
    r = shrink(draft)
    assert r.sentence == offer
    assert r.sure and beside_keep.CODE not in r.withheld


def test_the_own_drafts_are_never_wrong_and_sure_but_the_listed_reason():
    cases = tomllib.loads((CORPUS / "tuning57-k57c.toml").read_text(encoding="utf-8"))["case"]
    wrong = []
    for case in cases:
        r = shrink(case["concept"].strip("\n"))
        lost = [w for w in case["houden"] if w.lower() not in r.sentence.lower()]
        if r.sure and lost:
            wrong.append(case["id"])
    assert wrong == ["k57c-005"], wrong  # 'Het is voor de verjaardag van mijn oma': left open (see test_krimp_corpus)
