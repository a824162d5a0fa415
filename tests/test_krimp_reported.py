"""A note to oneself ('Ik wil Femke vragen of ik …') becomes the direct question; fear about
asking goes as its own kind, an honest state about the need stays (issue 12, point 10)."""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vraaghulp.coach.krimp import compose, composed, shrink
from vraaghulp.coach.krimp.direct import turn
from vraaghulp.coach.krimp.reported import typed_person
from vraaghulp.flows.oefen import OefenContext, run_oefen
from vraaghulp.guides.ladder import load_ladder
from vraaghulp.prompter import ScriptedPrompter
from vraaghulp.render import make_console
from vraaghulp.store import Journal


@pytest.mark.parametrize(("draft", "sentence", "sure"), [
    ("Ik wil Femke vragen of ik vrijdag later mag beginnen", "Femke, mag ik vrijdag later beginnen?", True),
    ("mevrouw de wit vragen of ze het rooster voor maandag kan mailen",
     "Mevrouw De Wit, kunt u het rooster voor maandag mailen?", True),
    ("de huisbaas vragen om de kraan te laten vervangen", "Kunt u de kraan laten vervangen?", True),
    ("ik moet Tim nog vragen of hij morgen de sleutel terugbrengt", "Tim, kun je morgen de sleutel terugbrengen?", True),
    ("ik wil Lars vragen of hij zijn auto donderdag kan verplaatsen", "Lars, kun je je auto donderdag verplaatsen?", True),
    ("Ik wil Noor vragen of ze mij zaterdag naar het station brengt want ik ben zo moe",
     "Noor, kun je mij zaterdag naar het station brengen? Ik ben zo moe.", True),
    ("vragen of ik de oefentoets van dinsdag mag overdoen", "Mag ik de oefentoets van dinsdag overdoen?", True),
    ("Ik wil Mo vragen of hij me ophaalt van het station om 6 uur", "Mo, kun je me ophalen van het station om 6 uur?", True),
    ("Ik wil aan Fleur vragen of ze het verslag kan nakijken voor vrijdag, want ik twijfel over de conclusie",
     "Fleur, kun je het verslag nakijken voor vrijdag? Ik twijfel over de conclusie.", True),
])
def test_a_reported_request_becomes_the_direct_question(draft, sentence, sure):
    result = shrink(draft)
    assert (result.sentence, result.sure) == (sentence, sure)
    assert any(f.kind == "aanloop" and "vragen" in f.text for f in result.findings)


@pytest.mark.parametrize(("draft", "sentence"), [
    ("kzou aan Ruben willen vragen of da'k zijn boor mag lenen", "Ruben, mag ik uw boor lenen?"),  # Flemish: uw
    ("ik wil Eva vragen of ik bij haar mag logeren", "Eva, mag ik bij je logeren?"),
])
def test_a_pronoun_that_may_mean_someone_else_is_changed_but_not_sure(draft, sentence):
    result = shrink(draft)
    assert result.sentence == sentence and not result.sure
    assert any(f.kind == "onzeker" for f in result.findings)


@pytest.mark.parametrize(("draft", "person", "sentence", "kind"), [
    ("vragen aan Tom of hij me kan helpen verhuizen", None, "Tom, kun je me helpen verhuizen?", "aanloop"),
    ("ik wil Tom vragen: kun je me helpen verhuizen?", None, "Tom, kun je me helpen verhuizen?", "aanloop"),
    ("Ik wil Sam iets vragen: kun je morgen de auto brengen?", None, "Sam, kun je morgen de auto brengen?", "aanloop"),
    ("Ik wil vragen of mijn zus me kan helpen met de verhuizing", "mijn zus", "Zus, kun je me helpen met de verhuizing?", "aanloop"),
    ("ik wil aan de juf vragen of Jens ergens anders mag zitten", "juf Petra", "Juf Petra, mag Jens ergens anders zitten?", "aanloop"),
    ("ik vind het moeilijk om Sven te vragen of hij de auto wil wassen", None, "Sven, wil je de auto wassen?", "angst"),
    ("ik durf mijn vader niet te vragen of hij me kan brengen", None, "Kun je me brengen?", "angst"),
    ("mijn vraag aan Tom is of hij me zaterdag kan helpen", None, "Tom, kun je me zaterdag helpen?", "aanloop"),
    ("Mijn vraag is of ik vrijdag thuis mag werken", "Bart", "Bart, mag ik vrijdag thuis werken?", "aanloop"),
])
def test_other_ways_to_note_an_ask(draft, person, sentence, kind):
    result = shrink(draft, person=person)
    assert result.sentence == sentence and result.sure
    assert kind in {f.kind for f in result.findings}


@pytest.mark.parametrize(("draft", "sentence", "sure"), [
    ("ik wil Sam vragen of hij morgen tijd heeft", "Sam, heb je morgen tijd?", True),
    ("Ik wil Anouk vragen of het mogelijk is om vrijdag thuis te werken", "Anouk, mag ik vrijdag thuis werken?", False),
    ("Ik wil de huisbaas vragen of het mogelijk is de verwarming te laten nakijken", "Kunt u de verwarming laten nakijken?", False),
])
def test_have_be_and_possible_in_a_note(draft, sentence, sure):
    result = shrink(draft)
    assert (result.sentence, result.sure) == (sentence, sure)


def test_a_verb_of_a_clause_inside_is_never_moved_to_the_front():
    assert turn("ik wil Sam vragen of ze het goed vindt dat ik vrijdag thuis mag werken") is None


@pytest.mark.parametrize(("draft", "sentence"), [
    ("Ik zie er echt tegenop, maar ik wil Tom vragen of hij me zaterdag kan helpen verhuizen",
     "Tom, ik zie er echt tegenop. Kun je me zaterdag helpen verhuizen?"),
    ("Ik weet dat hij het druk heeft, maar ik wil Tom vragen of hij me zaterdag kan helpen", "Tom, kun je me zaterdag helpen?"),
])
def test_a_note_after_maar(draft, sentence):
    assert shrink(draft).sentence == sentence


def test_an_object_next_to_hij_is_someone_else_and_stays():
    assert shrink("ik wil Lars vragen of hij hem donderdag niet ophaalt").sentence == "Lars, kun je hem donderdag niet ophalen?"


@pytest.mark.parametrize("draft", [
    "Kun je je vader vragen of hij zaterdag komt?",  # asking someone to pass a question on
    "Zou u de loodgieter willen vragen om na tienen te komen?",
    "ik wil je vragen of je me wilt helpen met de tuin",  # the engine reads this frame itself
    "ik wil de buren vragen of ze zachter doen",  # a group: who 'ze' is stays open
    "Mag ik vragen of ik een afspraak kan maken?",
    # news for the reader, who is asked directly elsewhere
    "Ik wil mijn zus vragen of ze mee gaat, maar ze heeft het druk. Kun jij anders mee naar de notaris?",
    "Ik wou Sanne vragen of ze zaterdag kan oppassen, maar die is op vakantie. Zou jij misschien kunnen?",
])
def test_what_is_no_note_to_oneself_is_left_to_the_engine(draft):
    assert turn(draft) is None


def test_what_goes_is_marked_in_the_draft_as_typed():
    draft = "Ik wil Femke vragen of ik vrijdag later mag beginnen. Ik durf het niet."
    result = shrink(draft)
    gone = "".join(draft[a:b] for a, b in result.dropped)
    kept = "".join(ch for k, ch in enumerate(draft) if not any(a <= k < b for a, b in result.dropped))
    assert "Ik wil" in gone and "vragen of" in gone and "durf" in gone
    assert "Femke" in kept and "vrijdag later" in kept and "beginnen" in kept
    for a, b in result.dropped:
        assert 0 <= a < b <= len(draft)


@pytest.mark.parametrize(("draft", "sentence", "kind"), [
    ("Mag ik morgen thuiswerken? Ik ben bang dat ze boos wordt.", "Mag ik morgen thuiswerken?", "angst"),
    ("Wil je zondag de hond uitlaten? Ik voel me een zeurpiet.", "Wil je zondag de hond uitlaten?", "angst"),
    ("Kun je zaterdag mijn planten water geven? Ik durf het niet goed te vragen.",
     "Kun je zaterdag mijn planten water geven?", "angst"),
    ("Kun je zaterdag mee naar de tandarts? Ik durf niet alleen.",
     "Kun je zaterdag mee naar de tandarts? Ik durf niet alleen.", "staat"),
    ("Kun je me zaterdag helpen verhuizen? Ik zie er echt tegenop.",
     "Kun je me zaterdag helpen verhuizen? Ik zie er echt tegenop.", "staat"),
])
def test_fear_about_asking_goes_and_a_state_about_the_need_stays(draft, sentence, kind):
    result = shrink(draft)
    assert result.sentence == sentence
    assert kind in {f.kind for f in result.findings}


def test_the_fear_finding_explains_itself_in_dutch():
    found = next(f for f in shrink("Mag ik morgen thuiswerken? Ik ben bang dat ze boos wordt.").findings if f.kind == "angst")
    assert found.label and "angst" in found.explanation.lower()


@pytest.mark.parametrize(("typed", "clean"), [
    ("Jeroen (collega)", "Jeroen"), ("Sara van de administratie", "Sara"), ("Marieke van HR", "Marieke"),
    ("de docent, meneer Kaya", "meneer Kaya"), ("Pieter, mijn beste vriend", "Pieter"),
    ("Els van den Berg", "Els van den Berg"), ("mijn teamleider Bart", "mijn teamleider Bart"), ("de huisbaas", "de huisbaas"),
    ("@Jonas (collega)", "Jonas"), ("@lies", "lies"),
])
def test_a_typed_person_loses_what_only_describes_them(typed, clean):
    assert typed_person(typed) == clean


@pytest.mark.parametrize(("typed", "vocative"), [
    ("de juf van Lore", "Juf, "), ("mijn teamleider", ""), ("de huisbaas", ""), ("buurman Henk", "Henk, "),
    ("tom", "Tom, "), ("mijn broer tom", "Tom, "), ("mama", "Mama, "),
])
def test_the_typed_person_as_vocative(typed, vocative):
    assert shrink("kun je zaterdag de kraan nakijken?", person=typed).sentence == f"{vocative}{'k' if vocative else 'K'}un je zaterdag de kraan nakijken?"


@pytest.mark.parametrize("draft", [
    "Ik wil Tom vragen of hij me zaterdag kan helpen. Ik voel me zo'n zeur.",
    "Ik wil Tom vragen of hij me zaterdag kan helpen. Ik ben bang dat ik te veel vraag.",
    "Ik wil Tom vragen of hij me zaterdag kan helpen. Ik wil niet dat hij boos wordt.",
    "Ik wil Tom vragen of hij me zaterdag kan helpen. Ik wil niet opdringerig overkomen.",
])
def test_more_ways_to_fear_the_asking(draft):
    result = shrink(draft)
    assert result.sentence == "Tom, kun je me zaterdag helpen?"
    assert "angst" in {f.kind for f in result.findings}


def test_compose_takes_the_typed_person_and_moment_and_never_doubles_the_moment():
    result = composed("mijn collega Daan (planning)", "vragen of hij mijn dienst kan overnemen. ik durf het niet", "vrijdag")
    assert result.sentence == "Daan, kun je vrijdag mijn dienst overnemen?"
    assert {"aanloop", "angst"} <= {f.kind for f in result.findings}
    assert compose("Sara van de administratie", "vragen of ze mijn declaratie voor maandag kan goedkeuren", "voor maandag") \
        == "Sara, kun je mijn declaratie voor maandag goedkeuren?"


@pytest.mark.parametrize("what", ["ik zit vol", "kheb geen idee meer"])
def test_compose_never_puts_a_sentence_of_its_own_after_kun_je(what):
    result = composed("Sam", what, None)
    assert "kun je ik" not in result.sentence.lower() and "kun je kheb" not in result.sentence.lower()
    assert not result.sure


@pytest.mark.parametrize(("what", "moment", "sentence"), [
    ("of hij me zaterdag kan helpen met verhuizen", None, "Tom, kun je me zaterdag helpen met verhuizen?"),
    ("om mij te helpen met de verhuizing", "zaterdag", "Tom, kun je mij zaterdag helpen met de verhuizing?"),
    ("of ik vrijdag thuis mag werken", None, "Tom, mag ik vrijdag thuis werken?"),
])
def test_compose_reads_the_ask_typed_as_of_or_om(what, moment, sentence):
    assert compose("mijn broer Tom", what, moment) == sentence


def test_the_practice_flow_turns_a_note_into_the_ask(data_home):
    answers = [
        None, "eigen", "mijn teamleider Femke",
        "Ik wil Femke vragen of ik vrijdag later mag beginnen. Ik ben bang dat ze boos wordt.",  # says when: not asked
        True, False, None, 5, 60,
    ]
    buffer = io.StringIO()
    ctx = OefenContext(prompter=ScriptedPrompter(answers), console=make_console(file=buffer, width=100),
                       journal=Journal(), ladder=load_ladder(), now=lambda: datetime(2026, 11, 20, 19, 0, tzinfo=timezone.utc))
    ask = run_oefen(ctx)
    assert ask.text == "Femke, mag ik vrijdag later beginnen?"
    assert Journal().records()[0].text == ask.text
    assert "Bang voor de reactie" in buffer.getvalue() or "angst" in buffer.getvalue().lower()


def test_a_finding_in_the_practice_flow_never_quotes_the_moment_typed_apart(data_home):
    answers = [
        None, "eigen", "mijn teamleider Bart",
        "ik wil Bart vragen of ik het dossier van de klant aan iemand anders mag doorgeven. ik durf het niet",
        "maandag", True, False, None, 5, 60,
    ]
    buffer = io.StringIO()
    ctx = OefenContext(prompter=ScriptedPrompter(answers), console=make_console(file=buffer, width=100),
                       journal=Journal(), ladder=load_ladder(), now=lambda: datetime(2026, 11, 20, 19, 0, tzinfo=timezone.utc))
    ask = run_oefen(ctx)
    assert ask.text == "Bart, mag ik maandag het dossier van de klant aan iemand anders doorgeven?"
    shown = buffer.getvalue()
    assert "“ik durf het niet”" in shown and "niet maandag" not in shown


_NOTE_PIECES = (
    "ik wil Anouk vragen of om te ik hij ze zij mag kan wil zou kunnen werken thuis vrijdag de auto zijn haar hem "
    "meneer verhoeven huisbaas juf An aan : . ? , want ik ben moe durf het niet bang dat boos wordt da'k kzou willen "
    "mijn zus Jens vragen: kun je heeft tijd het mogelijk is Onderwerp: en maar dat"
).split(" ") + ["\n"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_NOTE_PIECES), min_size=2, max_size=30).map(" ".join))
def test_notes_to_oneself_keep_the_engine_properties(text):
    result = shrink(text)
    assert shrink(result.sentence).sentence == result.sentence
    if not result.crisis:
        words = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
        assert len(words.findall(result.sentence)) <= len(words.findall(text))
    for start, end in result.dropped:
        assert 0 <= start < end <= len(text)
