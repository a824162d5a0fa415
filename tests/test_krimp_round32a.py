"""Round 32 (k32a): which honest sentence stays. At most one short state of the writer, not the story around it
(one_state.py): no second honest sentence beside an ask that is already good, no background put back beside the
kept state on the not-sure path, a short state preferred over a long one; and short states the outside drafts used
('ik word er zot van', 'ik ben van slag', 'mijn rug speelt weer op', 'ik heb mijn examen verprutst')."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.engine import analyse
from vraaghulp.coach.krimp.one_state import beside_state, story_beside_state
from vraaghulp.coach.krimp.symptom import choose_state


def _has(part: str, sentence: str) -> bool:
    """The part is in the sentence, its first letter in either case (after a vocative 'Ik' is 'ik')."""
    return part.lower() in sentence.lower()


def _roles(text: str) -> list[str]:
    an = analyse(text).analysis
    return [c.role for c in an.clauses if c.sent == 0 and c.role != "leeg"]


@pytest.mark.parametrize("state", [
    "Ik word er zot van", "ik word er echt horendol van", "Ik ben er nog steeds van slag", "ik ben van slag",
    "Mijn rug speelt weer op", "mn knie speelt op", "Ik heb mijn examen verprutst", "ik heb het verprutst",
    "ik heb mijn rijexamen verknald", "ik ben gebuisd voor wiskunde", "'k ben gezakt voor mijn rijbewijs",
])
def test_short_states_of_the_outside_drafts_are_honest_sentences(state):
    assert _roles(f"{state}. Kun je morgen komen?") == ["staat"]


@pytest.mark.parametrize("other", [
    "Ik heb de soep verpest", "De pot speelt op", "Het toneelstuk speelt op zaterdag", "Ik word er blij van",
    "Ik heb het examen gehaald", "Mijn broer is er van slag van",
])
def test_look_alikes_are_no_honest_sentence(other):
    assert _roles(f"{other}. Kun je morgen komen?") != ["staat"]


@pytest.mark.parametrize("draft, state, story", [
    ("Dag Wim, sinds mijn man er niet meer is zit ik veel alleen en mijn dochter woont in Breda. Ik ben eenzaam. "
     "Kom je woensdag een kopje koffie drinken?", "Ik ben eenzaam.", "Breda"),
    ("Beste Karel, Na het overleg van vrijdag heb ik er nog veel over nagedacht. Ik ben op. Mag ik vanaf de zomer "
     "uit de werkgroep roosters stappen?", "Ik ben op.", "overleg"),
    ("Hoi Tess, sinds de verbouwing bij de buren slaap ik nauwelijks en mijn vriend zit in Canada. Ik ben op. "
     "Mag ik vrijdag bij jou logeren?", "Ik ben op.", "Canada"),
])
def test_an_ask_already_good_keeps_one_honest_sentence_not_the_story(draft, state, story):
    out = shrink(draft)
    assert _has(state, out.sentence) and story not in out.sentence


def test_the_story_before_the_kept_state_is_not_put_back_when_not_sure():
    out = shrink("Beste Ria, na het gesprek van woensdag heb ik er nog veel over nagedacht. Je vroeg hoe het ging "
                 "en ik zei 'prima', maar dat was niet eerlijk. Sinds de verhuizing van de afdeling naar Zwolle rij "
                 "ik elke dag twee uur. Ik ben op. Mag ik vanaf de zomervakantie uit de werkgroep planning stappen?")
    assert _has("Ik ben op.", out.sentence) and "gesprek" not in out.sentence and not out.sure


def test_without_an_honest_sentence_nothing_is_background_beside_it():
    an = analyse("Vorige week heb ik mijn enkel gebroken. Kun je zaterdag boodschappen voor me doen?").analysis
    parts = type("P", (), {"state": None, "crisis": False, "extras": lambda self: []})()
    assert not any(beside_state(an, parts, c) or story_beside_state(an, parts, c) for c in an.clauses)


@pytest.mark.parametrize("draft, kept", [
    ("Ik heb mijn rijexamen verknald. Kunt ge vanavond naar mijn kot komen?", "Ik heb mijn rijexamen verknald."),
    ("kunde gij morgen mijn shift overnemen? mijn rug speelt weer op.", "Mijn rug speelt weer op."),
    ("hey jens ik word er zot van. kunt gij vrijdag de kinderen van school halen?", "Ik word er zot van."),
])
def test_a_short_state_right_before_or_after_the_ask_stays(draft, kept):
    out = shrink(draft)
    assert _has(kept, out.sentence) or not out.sure


def test_a_short_state_wins_over_a_long_one():
    out = shrink("Hey Noor, ik voel mij al maanden zo moe en lusteloos sinds ik bij dat nieuwe bedrijf in Mechelen "
                 "ben begonnen met die lange ritten. Ik ben op. Kunt gij zaterdag mee gaan zwemmen?")
    assert _has("Ik ben op.", out.sentence) and "Mechelen" not in out.sentence


def test_a_draft_without_a_state_keeps_what_the_ask_leans_on_as_before():
    out = shrink("Hoi Kees, mijn dochter heeft donderdag haar diploma-uitreiking. Wil jij donderdag mijn avondrit "
                 "naar Utrecht rijden?")
    assert "avondrit naar Utrecht" in out.sentence and "donderdag" in out.sentence


@pytest.mark.parametrize("draft, stays", [
    # heavy news beside the state is no background (heavy.py)
    ("Lien, morgen is het een jaar geleden dat mijn broer is overleden. Ik zie er zo tegenop. Ga je met me mee "
     "naar het kerkhof?", "overleden"),
    # what follows if no one helps is no second honest sentence
    ("Sander, met mij gaat het niet goed sinds de verhuizing. Ik heb nodig dat jij dit jaar de belastingpapieren "
     "van mama overneemt. Anders red ik het niet.", "Anders red ik het niet."),
])
def test_heavy_news_and_what_follows_if_no_one_helps_are_not_dropped_as_background(draft, stays):
    out = shrink(draft)
    assert _has(stays, out.sentence) or not out.sure


def test_a_sentence_that_only_says_how_one_sleeps_is_not_chosen_over_a_plain_state():
    an = analyse("Ik ben gesloopt. Ik lig nog in bed na mijn nachtdienst. Kan iemand vandaag brood halen?").analysis
    chosen = choose_state(an, an.main)
    assert "gesloopt" in an.d.raw(chosen.a, chosen.b)
