"""Dialect question verbs read as the request and kept as typed (round 38, k38d: dialect_ask.py).

'zol ie', 'zollen ie', 'kun ie' (Low Saxon), 'zous te', 'wils te', 'kins te' (Limburgish), "zo'j", "kö'j", 'kinste',
'kinst (do)' and 'meug ik' ask the reader something; read as typed the engine found no request (`geen-vraag`).
"""
import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.tokens import read


def _norms(draft: str) -> list[tuple[str, ...]]:
    return [t.norm for t in read(draft, lexicon()).toks]


@pytest.mark.parametrize("draft, typed", [
    ("Wim, wils te mörge de vuilbak boete zètte? Ich bin neet thoes.", "wils te"),
    ("Sanne, kö'j vrijdag de kinder uut school haln?", "kö'j"),
    ("Piet, kinst do moarn de hond uutloaten?", "kinst do"),
    ("Tine, kinste mörge de sjlöddel brenge?", "kinste"),
    ("Meug ik morgen wat later komen? De trein rijdt niet.", "meug ik"),
])
def test_the_ask_is_read_and_kept_as_typed_and_never_sure(draft, typed):
    result = shrink(draft)
    assert typed in result.sentence.lower()
    assert "?" in result.sentence
    assert "geen-vraag" not in result.withheld and "dialect-vraag" in result.withheld
    assert not result.sure


@pytest.mark.parametrize("draft, asked", [
    ("Anja, zol ie morgen de planten water kunn' geven? Ik bin op vakantie.", "kun ie morgen de planten water geven?"),
    ("Henk, zollen ie donderdag de container an de weg zetten?", "kun ie donderdag de container an de weg zetten?"),
    ("Rik, zo'j mie maondag kunnen helpen met verhuzen?", "kun je mie maondag helpen met verhuzen?"),
])
def test_would_you_can_is_said_directly_and_never_sure(draft, asked):
    result = shrink(draft)
    assert result.sentence.lower().endswith(asked)
    assert not result.sure and "dialect-vraag" in result.withheld


def test_the_limburg_te_never_follows_a_standard_verb():
    result = shrink("Hoi Truus, ik ben zaterdag weg. Zous te mien katte eten geve?")
    assert "zous te mien katte eten geve?" in result.sentence.lower()
    assert "kun te" not in result.sentence.lower() and not result.sure


def test_the_clitic_is_read_as_the_reader_only_after_its_verb():
    assert _norms("zol ie komen")[:2] == [("zou",), ("je",)]
    assert _norms("zous te komme")[:2] == [("zou",), ("je",)]
    assert _norms("Jan, kinst do komen")[2:4] == [("kun",), ("je",)]
    assert _norms("kunn' schoonmaken")[0] == ("kunnen",)


@pytest.mark.parametrize("draft", [
    "Heeft ie al gebeld? Kun je het even vragen?",  # standard chat 'ie' is 'hij'
    "Hij zei dat ie komt, kan ie dan de ladder meenemen?",  # 'kan ie' stays 'kan hij'
    "Ik ging te voet naar school. Kun je me halen?",
    "Ik weet niet of het zou gaan, maar zou ie het doen?",
])
def test_look_alikes_are_not_read_as_the_reader(draft):
    toks = read(draft, lexicon()).toks
    assert [t.norm for t in toks if t.fold in ("ie", "te")] == [(t.fold,) for t in toks if t.fold in ("ie", "te")]


def test_the_name_zoe_and_the_hospital_zol_stay():
    assert shrink("Zoe, kun je zaterdag komen?").sentence == "Zoe, kun je zaterdag komen?"
    assert _norms("In het ZOL in Genk ben ik geopereerd")[2] == ("zol",)


def test_gronings_doe_before_its_own_verb_is_the_reader():
    assert _norms("doe hest t drok")[0] == ("je",)
    assert _norms("Doe het maar.")[0] == ("doe",)  # an imperative stays one
    result = shrink("Jan, doe hest t drok genog, dat weet ik. Ik kin nait op de ledder. Kinst doe zotterdag de appels plukken?")
    assert result.sentence.lower().endswith("kinst doe zotterdag de appels plukken?")
    assert not result.second and not result.sure
