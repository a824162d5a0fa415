"""Round 54 (k54c): the practice flow (`vraaghulp oefen`) gives what krimp gives plus what the person typed apart.

A wish of the writer's own after 'maar' / Flemish 'mo' is no bare task to put after 'mag ik' (own_wish.py); a task
whose only 'je' is 'je' before a noun ('je kamer opruimen') is offered, never as sure (whose_task.py); the Flemish
'ik durf ni goe' is talk about the asking and goes. Fresh drafts of our own, with twins that must stay as they were.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone

import pytest

from tests.pty_helpers import own_ask_offered
from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.compose import composed
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.own_wish import own_wish
from vraaghulp.coach.krimp.whose_task import only_yours


# --- 1. a wish of the writer's own after 'maar' / 'mo': read as krimp reads it, never 'mag ik … maar ik zou …?' ------

@pytest.mark.parametrize("person, note, moment", [
    ("Petra", "sorry dat ik weer aanbel maar ik zou graag jullie ladder even lenen", "morgenochtend"),
    ("Rik", "Rik, 'k weet da 't nu slecht uitkomt, mo 'k zou vrijdag graag een uurtje vroeger willen stoppen", None),
    ("mijn zus Lien", "sorry, mo 'k zou graag uw auto willen lenen", "zaterdag"),
    ("Joost", "excuses voor het late uur, mr ik wil graag morgen thuiswerken", None),
    ("mijn ouders", "we weten dat jullie moe zijn, maar we willen graag de kinderen bij jullie brengen", "zondag"),
])
def test_a_wish_after_maar_is_read_as_krimp_reads_it(person, note, moment):
    result = composed(person, note, moment)
    assert result.sentence == shrink(note, person=person, moment=moment).sentence
    assert not re.search(r"\b(?:mag|kun|kan) (?:ik|'k|je) (?:mo|mor|mr|maar|dat ik|'k zou|ik zou|we)\b", result.sentence.lower())


def test_the_ladder_wish_comes_out_as_its_own_question_and_sure():
    result = composed("Petra", "sorry dat ik weer aanbel maar ik zou graag jullie ladder even lenen", "morgenochtend")
    assert result.sentence == "Petra, mag ik morgenochtend jullie ladder even lenen?" and result.sure


@pytest.mark.parametrize("note, wish", [
    ("sorry dat ik weer aanbel maar ik zou graag jullie ladder lenen", True),
    ("'k weet da 't slecht uitkomt, mo 'k zou vrijdag graag vroeger stoppen", True),
    ("het spijt me, mor kzou graag uw boormachine lenen", True),
    ("sorry, maar we willen zondag komen eten", True),
    ("de was ophangen maar ik ben zo moe", False),  # a state after 'maar': left as it was
    ("me helpen zodat ik morgen kan werken", False),  # a clause of its own kind
    ("de vuilbakken buitenzetten, ik ben er tot zondag niet", False),
    ("Mo kun je zaterdag helpen", False),  # 'Mo' the name, no wish after it
])
def test_what_counts_as_a_wish_of_the_writer_after_maar(note, wish):
    assert own_wish(note) is wish


@pytest.mark.parametrize("person, note, moment, expected", [
    ("mijn buurman Walter", "de vuilbakken buitenzetten, ik ben er tot zondag niet", "donderdagavond",
     "Walter, kun je donderdagavond de vuilbakken buitenzetten? Ik ben er tot zondag niet."),
    ("Mo", "ik weet dat je het druk hebt, maar kun je helpen met verhuizen", "zaterdag", "Mo, kun je zaterdag helpen met verhuizen?"),
    ("mijn neef Thomas", "even meekijken naar mijn belastingaangifte, ik snap er niks van", "zondag",
     "Thomas, kun je zondag even meekijken naar mijn belastingaangifte? Ik snap er niks van."),
])
def test_bare_tasks_and_a_friend_called_mo_are_asked_as_before(person, note, moment, expected):
    result = composed(person, note, moment)
    assert result.sentence == expected and result.sure


# --- 2. 'je kamer opruimen': whose task? offered, never sure ---------------------------------------------------------

@pytest.mark.parametrize("note", ["je kamer opruimen", "je gras maaien", "je fiets terugbrengen",
                                  "de oude kast mee naar de milieustraat nemen met je busje"])
def test_a_task_with_only_your_thing_in_it_is_never_sure(note):
    result = composed("Jesse", note, "vanavond")
    assert not result.sure
    assert "vanavond" in result.sentence


@pytest.mark.parametrize("note, start", [
    ("je fiets lenen", "Noor, mag ik morgen je fiets lenen?"),
    ("met je praten over mijn werk", "Noor, mag ik morgen met je praten over mijn werk?"),
    ("bij je langskomen", "Noor, mag ik morgen bij je langskomen?"),
    ("je busje gebruiken om de kast weg te brengen", "Noor, mag ik morgen je busje gebruiken om de kast weg te brengen?"),
    ("de kast ophalen", "Noor, kun je morgen de kast ophalen?"),
])
def test_the_writers_own_verb_or_you_as_object_stays_sure(note, start):
    result = composed("Noor", note, "morgen")
    assert result.sentence == start and result.sure


@pytest.mark.parametrize("words, yours", [
    ("je kamer opruimen", True), ("jouw auto wassen", True), ("uw gras maaien", True),
    ("je auto lenen", False), ("met je praten", False), ("je even bellen", False), ("jou helpen", False),
    ("de kast ophalen", False), ("met je busje de kast wegbrengen", True),
])
def test_what_counts_as_only_your_thing(words, yours):
    assert only_yours(lexicon(), words.split()) is yours


# --- 3. the Flemish 'ik durf ni goe' after the ask is talk about the asking ------------------------------------------

def test_durf_ni_goe_goes_and_alleen_after_it_stays():
    gone = composed("mijn chef Bart", "ik wou eigenlijk vragen of ik vrijdag wat vroeger weg mag, mo 'k durf ni goe", None)
    assert gone.sentence == "Bart, mag ik vrijdag wat vroeger weg?"
    kept = shrink("kunt ge vrijdag de kinderen halen, 'k durf ni goe alleen rijden", person="Bart")
    assert "alleen rijden" in kept.sentence


# --- 4. the practice flow, as the command runs it --------------------------------------------------------------------

def _run(answers):
    from vraaghulp.flows.oefen import OefenContext, run_oefen
    from vraaghulp.guides.ladder import load_ladder
    from vraaghulp.prompter import ScriptedPrompter
    from vraaghulp.render import make_console
    from vraaghulp.store import Journal

    prompter = ScriptedPrompter(answers)
    out = io.StringIO()
    ctx = OefenContext(prompter=prompter, console=make_console(file=out, width=100), journal=Journal(),
                       ladder=load_ladder(), now=lambda: datetime(2026, 12, 7, 19, 0, tzinfo=timezone.utc), partner=None)
    return run_oefen(ctx), prompter, out.getvalue()


def test_the_flow_offers_the_wish_as_its_own_question(data_home):
    ask, prompter, shown = _run([None, "eigen", "Petra", "sorry dat ik weer aanbel maar ik zou graag jullie ladder even lenen",
                                 "morgenochtend", True, False, None, 5, 60])
    assert ask.text == "Petra, mag ik morgenochtend jullie ladder even lenen?"
    assert "Ik weet niet zeker" not in shown and sum("Wat vraag je precies" in q for _kind, q in prompter.asked) == 1
    assert "Petra, mag ik morgenochtend jullie ladder even lenen?" in shown


def test_the_flow_lets_the_person_say_whose_task_it_is(data_home):
    ask, prompter, shown = _run([None, "eigen", "Jesse", "je kamer opruimen", "vanavond",
                                  "Jesse, kun je vanavond je kamer opruimen?", False, None, 4, 50])
    assert sum("Wat vraag je precies" in q for _kind, q in prompter.asked) == 2  # the own ask, then the sentence to edit
    assert "Ik weet niet zeker" in shown and ask.text == "Jesse, kun je vanavond je kamer opruimen?"


def test_the_wish_in_a_real_terminal(data_home):
    assert own_ask_offered(data_home, "Petra", "sorry dat ik weer aanbel maar ik zou graag jullie ladder even lenen",
                           "morgenochtend", "Petra, mag ik morgenochtend jullie ladder even lenen\\?") == 130
    journal = data_home / "logboek.jsonl"
    assert not journal.exists() or journal.read_text(encoding="utf-8") == ""
