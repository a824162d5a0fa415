"""Round 37 (lead, seen in the terminal): 'anders' inside the writer's own clause is 'otherwise', not the start of
a clause (otherwise.py), and 'alleen' + a preposition with nothing after it is 'alone', no limit on the ask
(restrict.py); a pointer in the ask never stands for the person the ask names already (ref_guard.named_beside).
Drafts here are not in the corpus."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


def test_alone_after_the_ask_is_no_limit_and_is_not_cut_at_otherwise():
    out = shrink("Wie kan er zaterdag de kantine doen van 9 tot 12? Ik sta er anders alleen voor.")
    assert "Ik sta er." not in out.sentence  # was offered as a limit cut at 'anders', sure
    assert out.sentence.startswith("Wie kan er zaterdag de kantine doen van 9 tot 12?")


def test_a_state_with_otherwise_inside_stays_whole():
    out = shrink("Kun jij zaterdag de kantine doen? Ik sta er anders alleen voor en dat trek ik echt niet meer.")
    assert ", anders" not in out.sentence  # no comma put in before 'anders'
    assert "Ik sta er anders alleen voor" in out.sentence


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        ("Kun je me ophalen? Ik moet anders weer lopen.", "Ik moet anders weer lopen."),
        ("Schat, ik heb nodig dat jij morgen de was doet. Ik trek het anders niet.",
         "Ik trek het anders niet."),
    ],
)
def test_what_it_costs_the_writer_otherwise_stays(draft, kept):
    assert shrink(draft).sentence.endswith(kept)


def test_a_limit_with_its_time_is_still_kept():
    out = shrink("Kun jij de kantine doen? Wij kunnen alleen na half vier.")
    assert "alleen na half vier" in out.sentence


def test_otherwise_that_starts_a_clause_is_still_cut():
    out = shrink("kun je me ophalen anders moet ik lopen")
    assert out.sentence == "Kun je me ophalen? Anders moet ik lopen."


def test_die_is_never_the_person_the_ask_names_already():
    out = shrink("Hallo juf Ellen, mijn zoon Daan is ziek en kan morgen niet naar de toets. Kan hij die volgende week "
                 "inhalen? Alvast bedankt, groeten Karin")
    assert "Daan mijn zoon" not in out.sentence  # was 'kan Daan mijn zoon volgende week inhalen?': 'die' = 'mijn zoon'
    assert "inhalen?" in out.sentence and "die volgende week" in out.sentence


def test_when_you_have_time_after_let_me_know_is_what_is_asked():
    out = shrink("Geachte heer Janssens, Graag zou ik een afspraak maken om mijn huurcontract te bespreken. Zou u mij "
                 "kunnen laten weten wanneer u tijd heeft? Met vriendelijke groeten, M. Öztürk")
    assert not [f for f in out.findings if f.kind == "uitweg"]  # was: 'wanneer u tijd heeft' named an escape hatch
    assert any("wanneer u tijd heeft" in (f.sentence or "") for f in out.findings if f.kind == "meer-vragen")


def test_when_you_have_time_after_the_ask_is_still_an_escape_hatch():
    out = shrink("Kun je me helpen met verhuizen, wanneer je tijd hebt?")
    assert [f for f in out.findings if f.kind == "uitweg"] and "wanneer" not in out.sentence


def test_a_list_after_a_bare_plural_object_follows_a_colon():
    out = shrink("Hoi Sam! Kun jij morgen boodschappen voor me doen?\n- melk\n- brood\n- 6 eieren\n- kaas\n"
                 "Ik lig nog steeds plat met mijn rug. Dankjewel!!")
    assert out.sentence.startswith("Sam, kun jij morgen boodschappen voor me doen: melk, brood, 6 eieren en kaas?")


def test_a_draft_of_only_an_ask_and_its_list_is_not_longer_for_the_lists_en():
    out = shrink("Kun je voor me halen:\n- brood\n- kaas\n- melk")
    assert out.sentence == "Kun je voor me brood, kaas en melk halen?"  # was the fallback 'halen: - brood - kaas - melk?'
    assert out.sure


@pytest.mark.parametrize("draft", ["Krijg ik het geld terug?", "Krijgen we de waarborg nog terug?"])
def test_the_verb_of_an_inverted_question_is_no_name(draft):
    out = shrink(draft)
    assert out.sentence == draft  # was 'Krijg, ik het geld terug?': the verb read as the name addressed


@pytest.mark.parametrize(("draft", "name"), [("Sanne ik heb een vraag, kun je morgen komen?", "Sanne"),
                                             ("Eva kun je morgen komen?", "Eva")])
def test_a_name_before_its_verb_is_still_a_name(draft, name):
    assert shrink(draft).sentence.startswith(f"{name}, kun je morgen komen?")
