"""Round 51 (k51c): the practice flow never wraps a statement into a help question, reported asks typed as the note,
a past participle is no name, and two indirect frames made direct ('zou u het goedvinden als ik …', 'of het
mogelijk is dat bedrag … te betalen').

Fresh drafts of our own for each shape, with twins that change and harmless twins that must stay as they were.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.compose import composed
from vraaghulp.coach.krimp.name_verb import participle
from vraaghulp.coach.krimp.no_ask import opening_cut, tells_only


# --- 1. a note that only tells how things are: the not-sure path, the person's own words -------------------------

@pytest.mark.parametrize("note", [
    "Mijn kinderen zijn groot, ze redden zich wel zonder hun moeder.",
    "de auto is kapot",
    "mijn moeder is ziek",
    "Het gaat niet zo goed met me.",
    "de baby slaapt niet",
])
def test_a_statement_typed_as_the_note_is_never_a_help_question(note):
    result = composed("Tom", note, None)
    assert "helpen met" not in result.sentence
    assert not result.sure
    body = re.sub(r"[^\w ]", "", result.sentence.lower())
    assert re.sub(r"[^\w ]", "", note.lower()) in body  # the person's own words, whole


@pytest.mark.parametrize(("note", "moment", "expected"), [
    ("de verhuizing", "zaterdag", "Tom, kun je me zaterdag helpen met de verhuizing?"),
    ("zijn fiets", "zaterdag", "Tom, kun je me zaterdag helpen met zijn fiets?"),
    ("mijn cv en motivatiebrief", None, "Tom, kun je me helpen met mijn cv en motivatiebrief?"),
])
def test_a_thing_to_help_with_is_still_asked_as_before(note, moment, expected):
    assert composed("Tom", note, moment).sentence == expected


@pytest.mark.parametrize(("note", "clause"), [
    ("de fiets van zijn broer", False), ("het feest van zaterdag", False), ("mijn rapport", False),
    ("de kinderen en zijn hond", False), ("de tuin, de heg en het gras", False),
    ("ze ophalen bij school", False), ("de wasmachine is stuk", True), ("het lukt niet", True),
])
def test_what_counts_as_a_clause_of_its_own(note, clause):
    assert tells_only(note) is clause


# --- 2. spoken openers and a reported ask typed as the note -----------------------------------------------------

def test_spoken_openers_before_a_reported_ask_go():
    result = composed("mevrouw De Smet", "eh ja of ik ni om 9u maar om 10u mag beginnen, mijn dochter gaat naar een "
                      "nieuwe school", "vanaf volgende week")
    assert result.sentence.startswith("Mevrouw De Smet, mag ik vanaf volgende week ni om 9u maar om 10u beginnen")
    assert "eh" not in result.sentence.split() and " of ik" not in result.sentence


def test_spoken_openers_before_a_bare_task_go():
    assert composed("Tom", "ja de kast in elkaar zetten", "zaterdag").sentence == "Tom, kun je zaterdag de kast in elkaar zetten?"
    assert composed("Tom", "nou, de verhuizing", "zaterdag").sentence == "Tom, kun je me zaterdag helpen met de verhuizing?"


@pytest.mark.parametrize("note", ["zo snel mogelijk de dozen ophalen", "dus de was ophangen", "hallo de verhuizing"])
def test_words_that_may_carry_meaning_stay_before_a_task(note):
    assert opening_cut(note) == note


@pytest.mark.parametrize(("note", "moment", "start"), [
    ("dat ik morgen thuis mag werken", None, "Ingrid, mag ik morgen thuis"),
    ("dat ik thuis mag werken", "morgen", "Ingrid, mag ik morgen thuis"),
    ("dat we zaterdag kunnen komen eten", None, "Ingrid, kunnen we zaterdag komen eten?"),
])
def test_a_reported_ask_with_dat_is_asked_like_one_with_of(note, moment, start):
    result = composed("Ingrid", note, moment)
    assert result.sentence.startswith(start)
    assert " dat " not in f" {result.sentence} " and " of " not in f" {result.sentence} "


@pytest.mark.parametrize("note", [
    "dat ik niet meer mee wil naar de klantdagen",
    "dat ik niet meer mee wil naar de klantdagen in Eindhoven zolang ik aan het herstellen ben, als dat kan",
])
def test_a_reported_wish_is_not_turned_and_not_sure(note):
    result = composed("Ingrid", note, None)
    assert not result.sure
    assert not re.search(r"\b(?:kun je|wil ik|mag ik) dat\b", result.sentence.lower())
    assert "wil" in result.sentence.lower().split()


# --- 3. a past participle is no name -----------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["beloofd", "gezegd", "betaald", "gemaakt", "verteld", "gehaald"])
def test_past_participles_are_read_as_such(word):
    assert participle(word)


@pytest.mark.parametrize("word", ["gerrit", "gerard", "bert", "berend", "gert", "herman", "ernst", "vera", "gerben"])
def test_names_with_the_same_start_are_no_participles(word):
    assert not participle(word)


def test_a_promise_word_after_the_ask_is_never_the_name():
    draft = "zou ik jouw aanhanger zaterdag kunnen lenen? ik breng hem voor vijf uur terug, beloofd"
    assert not shrink(draft).sentence.lower().startswith("beloofd")
    assert composed("mijn buurman Gert", draft, "zaterdag").sentence.startswith("Gert, kan ik jouw aanhanger zaterdag lenen")


# --- 4. 'zou u het goedvinden als ik …' ---------------------------------------------------------------------------

@pytest.mark.parametrize(("draft", "expected"), [
    ("Zou u het goedvinden als ik van 14 tot en met 25 maart thuiswerk?", "Mag ik van 14 tot en met 25 maart thuiswerken?"),
    ("Zou je het goedvinden als ik zaterdag kom eten?", "Mag ik zaterdag komen eten?"),
    ("Zoudt ge het goedvinden als ik vrijdag thuiswerk?", "Mag ik vrijdag thuiswerken?"),
    ("Zou u het goedvinden als mijn zoon vrijdag eerder vertrekt?", "Mag mijn zoon vrijdag eerder vertrekken?"),
    ("Ik wilde vragen of u het goedvindt als ik morgen thuiswerk.", "Mag ik morgen thuiswerken?"),
])
def test_goedvinden_as_one_word_asks_leave(draft, expected):
    assert shrink(draft).sentence == expected


def test_goedvinden_with_an_uncertain_infinitive_stays_as_written_and_not_sure():
    result = shrink("Zou u het goedvinden als ik plant?")
    assert not result.sure and "goedvinden" in result.sentence


def test_goedvinden_with_dat_and_the_verb_inside_its_clause_stays_as_it_was():
    draft = ("Meneer Vermeulen, ik verlies mijn concentratie in de leraarskamer door al het lawaai. Zou u het goedvinden "
             "dat ik mijn verbeterwerk doe in het lokaal van de bib, alleen op woensdagnamiddag?")
    result = shrink(draft)
    assert "ik verlies mijn concentratie" in result.sentence.lower()  # the state is never dropped for a failed turn
    assert not result.sure


def test_goedvinden_said_of_oneself_is_no_request_to_turn():
    result = shrink("Ik zou het goedvinden als je wat vaker belt.")
    assert not result.sure and not result.sentence.lower().startswith("mag ik")


# --- 5. 'of het mogelijk is dat bedrag … te betalen': 'dat' points at the object ---------------------------------

@pytest.mark.parametrize(("draft", "expected"), [
    ("Is het mogelijk dat bedrag in twee keer te betalen?", "Mag ik dat bedrag in twee keer betalen?"),
    ("Ik wil u vriendelijk vragen of het mogelijk is dat bedrag in vier termijnen te betalen.",
     "Mag ik dat bedrag in vier termijnen betalen?"),
])
def test_dat_before_a_bare_infinitive_is_a_determiner(draft, expected):
    assert shrink(draft).sentence == expected


def test_the_clause_after_a_comma_stays_with_the_ask():
    draft = ("Ik heb begrepen dat ik voor de traplift een eigen bijdrage van € 340 moet betalen. Ik wil u vriendelijk "
             "vragen of het mogelijk is dat bedrag in vier termijnen te betalen, mits de eerste termijn pas in februari valt.")
    assert "Mag ik dat bedrag in vier termijnen betalen, mits de eerste termijn pas in februari valt?" in shrink(draft).sentence


@pytest.mark.parametrize(("draft", "expected"), [
    ("Ik wil u vragen of het mogelijk is dat mijn zoon vrijdag eerder vertrekt.", "Kan mijn zoon vrijdag eerder vertrekken?"),
    ("Zou het mogelijk zijn dat de monteur morgen komt?", "Kan de monteur morgen komen?"),
    ("Ik hoop dat je morgen kunt komen.", "Kun je morgen komen?"),
])
def test_a_real_dat_clause_is_read_as_before(draft, expected):
    assert shrink(draft).sentence == expected


# --- 6. the practice flow, as the command runs it -----------------------------------------------------------------

def test_the_practice_flow_offers_a_statement_as_not_sure_to_edit(data_home):
    from vraaghulp.flows.oefen import OefenContext, run_oefen
    from vraaghulp.guides.ladder import load_ladder
    from vraaghulp.prompter import ScriptedPrompter
    from vraaghulp.render import make_console
    from vraaghulp.store import Journal

    answers = [None, "eigen", "Tom", "mijn moeder is ziek", "", None, False, None, 5, 60]
    prompter = ScriptedPrompter(answers)
    out = io.StringIO()
    ctx = OefenContext(prompter=prompter, console=make_console(file=out, width=100), journal=Journal(),
                       ladder=load_ladder(), now=lambda: datetime(2026, 11, 20, 19, 0, tzinfo=timezone.utc), partner=None)
    ask = run_oefen(ctx)
    assert "helpen met" not in ask.text
    assert "mijn moeder is ziek" in ask.text.lower()
    assert any("Wat vraag je precies" in question for _kind, question in prompter.asked)
