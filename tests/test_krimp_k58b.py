"""Round 58 (k58b): kinds of round 57's sealed sets and probe that also stand in the earlier outside files.

- A 'niet' in 'zou … niet kunnen' within a limit of time, asking no service for the writer, is what is asked
  (niet_limit.py): kept, and the result not sure; the polite 'niet' without a limit, or before a service, still goes.
- 'klopt volgens mij nie(t)': the negation stays with its verb (segment.py).
- A list after a colon cut after its first item goes back whole in the not-sure offer (list_whole.py).
"""

import re
import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp import list_whole

CORPUS = Path(__file__).resolve().parent / "corpus" / "krimp"


def _case(file: str, ident: str) -> dict:
    cases = tomllib.loads((CORPUS / file).read_text(encoding="utf-8"))["case"]
    return next(c for c in cases if c["id"] == ident)


def _draft(file: str, ident: str) -> str:
    return _case(file, ident)["concept"].strip("\n")


_NOT = re.compile(r"(?i)(?<![\w'])(?:niet|nie|ni)(?![\w'])")


# --- a 'niet' that forbids within a limit of time ---------------------------------------------------------------

@pytest.mark.parametrize("draft, kept", [
    ("Hallo Ward, 'k moet slapen tot twee uur. Zou je gie vandaag de boormachine nie kunnen gebruiken voor twee uur?",
     "boormachine nie gebruiken voor twee uur"),
    ("Ward, zou je vandaag de boormachine niet kunnen gebruiken voor twee uur?", "boormachine niet gebruiken"),
    ("Jef, zoudt ge deze week nie kunnen boren of kloppen vóór 12u?", "nie boren of kloppen vóór 12u"),
    ("hey sem zou je vannacht na 1 uur niet kunnen douchen? ik heb morgen om 8 tentamen", "niet douchen"),
    ("Dag Rik, zoudt ge morgen ni kunnen zagen tussen 12 en 14u? Ons kleine doet dan haar dutje.", "ni zagen"),
])
def test_a_niet_within_a_limit_of_time_stays_and_is_not_sure(draft, kept):
    r = shrink(draft)
    assert kept in r.sentence, r.sentence
    assert not r.sure


def test_the_bovenburen_letter_keeps_its_niet():
    r = shrink(_draft("tuning-ho25b.toml", "h25b-048"))
    assert "niet boren" in r.sentence and not r.sure


@pytest.mark.parametrize("draft", [
    "Dag Jonas, zoudt ge zaterdag de hond ni kunnen uitlaten? Mijn knie is weer slecht.",
    "Fleur, zou je me morgen niet kunnen brengen naar het station om 8 uur? Mijn fiets is gejat.",
    "Zoudt ge mij ni kunnen voeren naar de dokter voor 9u?",  # a service with a deadline: politeness
    "zoudt gij om 14u de teamvergadering ni kunnen overnemen?",  # a point in time, no limit
])
def test_the_polite_niet_still_goes(draft):
    r = shrink(draft)
    question = r.sentence.split("?")[0]
    assert not _NOT.search(question), r.sentence


# --- a negation after 'volgens mij' ----------------------------------------------------------------------------

@pytest.mark.parametrize("draft, kept", [
    (None, "klopt volgens mij nie."),
    ("Danny, kunt ge vrijdag de factuur nakijken? Het bedrag van 4.380 euro klopt volgens mij niet.",
     "klopt volgens mij niet."),
])
def test_the_negation_after_volgens_mij_stays(draft, kept):
    r = shrink(draft or _draft("tuning-ho56b.toml", "h56b-016"))
    assert r.sentence.endswith(kept), r.sentence


def test_an_opinion_with_its_own_verb_after_volgens_mij_is_still_a_clause_of_its_own():
    r = shrink("Kun je de factuur morgen nog een keer checken volgens mij klopt het bedrag niet")
    assert r.sentence.startswith("Kun je de factuur morgen nog een keer checken?"), r.sentence


# --- a list after a colon ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("file, ident, kept", [
    ("tuning57-p.toml", "p57-057", "de kraan in keuken, de lamp in de gang en de slot van balkon deur."),
    ("tuning-ho35b.toml", "h35b-002", "gij mijne weekend van 14 en 15 juni, ik uw weekend van 28 juni?"),
    ("tuning-ho26a.toml", "h26a-048", "een krop sla, 4 bananen, hagelslag voor jou en kattenbrokken?"),
])
def test_a_list_cut_after_its_first_item_goes_back_whole(file, ident, kept):
    draft = _draft(file, ident)
    r = shrink(draft)
    assert kept in r.sentence, r.sentence
    assert not r.sure
    at = draft.find(kept.rstrip("?.").split(", ")[-1])
    assert not any(a <= at < b for a, b in r.dropped)  # what is given back is not shown as struck through


@pytest.mark.parametrize("draft, sentence", [
    # the draft goes on with a clause, not with items
    ("Kun je meenemen: melk, maar alleen als je langs de winkel komt.", "Kun je meenemen: melk."),
    # the offer has the items already
    ("Kun je meenemen: melk, brood en kaas?", "Kun je meenemen: melk, brood en kaas?"),
    # an item far too long to be one
    ("Neem mee: de tent, en als je nog tijd hebt zou je dan ook even bij de bouwmarkt langs kunnen gaan voor lijm.",
     "Neem mee: de tent."),
])
def test_no_list_no_change(draft, sentence):
    assert list_whole.whole(draft, sentence) == (sentence, "")


def test_a_sure_result_that_cut_a_list_is_doubted():
    assert list_whole.doubt("Er zijn drie dingen kapot: de kraan, de lamp en het slot.",
                            "Er zijn drie dingen kapot: de kraan. Kunt u iemand sturen?", False) == [list_whole.CODE]
    assert list_whole.doubt("Er zijn drie dingen kapot: de kraan, de lamp en het slot.",
                            "Er zijn drie dingen kapot: de kraan. Kunt u iemand sturen?", True) == []


# --- the own drafts ---------------------------------------------------------------------------------------------

def test_no_own_draft_is_wrong_and_sure():
    import sys
    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    from krimp_eval import score

    cases = tomllib.loads((CORPUS / "tuning58-k58b.toml").read_text(encoding="utf-8"))["case"]
    rows = [score(c, "tuning", "tuning58-k58b") for c in cases]
    assert not [r.case["id"] for r in rows if r.wrong_sure]
    assert sum(r.acceptable for r in rows) >= 16
