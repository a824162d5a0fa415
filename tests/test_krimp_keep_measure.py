"""tools/krimp_keep_measure.py (round 24, k24f): the keep policies tried through needed.TRIAL_KEEP.

None of the policies is shipped (measured across authors, tests/corpus/krimp/README.md "Round 24 (k24f)"):
the engine still drops the background sentence after the ask; these tests pin that, and what each policy
would keep and what it leaves alone when the tool tries it.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import needed, shrink
from tests.helpers import load_tool
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


@pytest.fixture(scope="module")
def tool():
    return load_tool("krimp_keep_measure")


def _with(policy, draft: str) -> str:
    needed.TRIAL_KEEP = policy
    try:
        return shrink(draft).sentence
    finally:
        needed.TRIAL_KEEP = None


def test_shipped_engine_tries_no_policy():
    assert needed.TRIAL_KEEP is None
    out = shrink("Hoi Ruben, kun je morgen mijn pakje aannemen? Ik ben de hele dag weg.")
    # background most authors drop, never while sure; round 43 (k43a, the lead's decision: lone_statement.py): the
    # not-sure offer keeps the one short statement beside a clean ask
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert "hele dag weg" in out.sentence


@pytest.mark.parametrize("draft, kept", [
    ("Hoi Priya, kun je kijken of de bus morgen niet te vroeg vertrekt? Anders missen we de opening.", "missen we"),
    ("Wout, wil je de ramen dichtdoen als het regent? Anders wordt het tapijt nat.", "tapijt nat"),
])
def test_otherwise_policy_keeps_the_consequence(tool, draft, kept):
    assert kept in _with(tool.otherwise_after, draft)


@pytest.mark.parametrize("draft, gone", [
    ("Mam, kun je me zaterdag ophalen? Ik ben dan bij Lotte. Anders bel ik wel.", "bel ik"),  # not right after
    ("Kun je zaterdag de tent meenemen? Anders is ook goed hoor, ik vraag het dan aan Bram en aan zijn zus Fien.",
     "Bram"),  # too long
])
def test_otherwise_policy_leaves_near_misses(tool, draft, gone):
    assert gone not in _with(tool.otherwise_after, draft)


def test_window_policy_keeps_a_time_after_the_ask(tool):
    draft = "Yo Wout, kun je morgen mijn pakje aannemen? Het komt tussen 10 en 14 uur."
    assert "10 en 14" in _with(tool.window_after, draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert "10 en 14" in _with(None, draft) and "10 en 14" in shrink(draft).sentence


def test_window_policy_leaves_a_past_time_and_one_before_the_ask(tool):
    past = "Kun je morgen mijn fiets maken? Ik had gisteren om 8 uur een lekke band."
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it (the engine keeps it)
    assert "gisteren" not in _with(tool.window_after, past) or beside_kept(past, shrink(past))
    before = "Ik moet morgen om 6 uur op. Kun je vanavond de muziek zachter zetten?"  # before the ask, not after
    assert "6 uur" not in _with(tool.window_after, before)


def test_last_policy_needs_the_last_sentence(tool):
    keep = "Nele, mag ik dinsdag met je meerijden? Mijn fiets staat bij de maker."
    assert "fiets staat" in _with(tool.short_last, keep)
    more = "Nele, mag ik dinsdag met je meerijden? Mijn fiets staat bij de maker. Ik betaal de benzine wel mee."
    assert "fiets staat" not in _with(tool.short_last, more)


def test_shapes_of_a_clause(tool):
    v = tool.shapes("ons ma moet dinsdag om 8u in Genk zijn", {"klasse_moment": 1.0, "plaats": 1.0})
    assert v["naam"] and v["getal"] and v["tijd"] and v["plaats"] and not v["ontkenning"]
    assert tool.shapes("Ik ben echt op", {})["staat"]
    assert not tool.shapes("Mijn auto staat in de garage", {})["staat"]


def test_since_policy_keeps_what_goes_on_before_the_ask(tool):
    draft = "Hoi Jan, mijn knie is sinds zaterdag erg dik. Kun jij morgen voor mij de hond uitlaten?"
    assert "sinds zaterdag" in _with(tool.since_before, draft)
    assert "sinds zaterdag" not in _with(None, draft)


def test_since_policy_leaves_the_sentence_after_the_ask(tool):
    draft = "Beste juf Ilse, wilt u bij de gymles op Noor letten? Ze heeft sinds kort astma."
    # round 43 (k43a, the lead's decision: lone_statement.py): the policy adds nothing; the engine itself keeps the
    # one short statement in the not-sure offer
    assert _with(tool.since_before, draft) == _with(None, draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert "astma" in _with(None, draft) and "astma" in shrink(draft).sentence


def test_right_before_policy_keeps_the_situation_before_the_ask(tool):
    # round 25 (k25s): measured, not shipped (README "Round 25 (k25s)")
    draft = "Hoi Sanne, de lift is weer kapot. Kun jij morgen mijn boodschappen naar boven brengen?"
    assert "lift is weer kapot" in _with(tool.right_before, draft)
    # round 37 (k37a, rests_on.py): what broke, right before the ask, is put back by the engine itself, never sure
    # without it; round 50 (k50c, shown_back.py): put back, it answers that one doubt, so the offer is sure
    assert "lift is weer kapot" in _with(None, draft) and shrink(draft).sure


@pytest.mark.parametrize("draft, gone", [
    ("Hoi Sanne, gisteren is de lift kapotgegaan. Kun jij morgen mijn boodschappen naar boven brengen?", "lift"),  # past
])
def test_right_before_policy_leaves_near_misses(tool, draft, gone):
    assert gone not in _with(tool.right_before, draft)


def test_unsure_path_trial_leaves_a_sure_result_and_is_undone(tool):
    from vraaghulp.coach.krimp import engine

    before = (needed.weigh, engine.more_when_unsure)
    draft = "Hoi Fleur, mijn oppas is ziek. Zou jij misschien morgen op Jens kunnen passen, als je tijd hebt?"
    plain = shrink(draft)
    undo = tool._on_unsure_path(tool.right_before)
    try:
        tried = shrink(draft)
    finally:
        undo()
    assert plain.sure and tried.sentence == plain.sentence  # only where the engine is not sure anyway
    assert (needed.weigh, engine.more_when_unsure) == before


# Round 43 (k43a), the lead's decision: a not-sure result keeps the one short statement beside a clean ask in its
# offer (lone_statement.py: not surely removable, the outside golds keep it); these drafts asserted the drop before.
@pytest.mark.parametrize("draft, said", [
    ("Hoi Ruben, kun je morgen mijn pakje aannemen? Ik ben de hele dag weg.", "Ik ben de hele dag weg."),  # no 'anders'
    ("Hoi Sanne, kun jij morgen mijn boodschappen naar boven brengen? De lift is weer kapot.",
     "De lift is weer kapot."),  # after the ask
])
def test_round43_near_misses_stay_in_the_not_sure_offer_with_or_without_a_policy(tool, draft, said):
    for policy in (None, tool.otherwise_after, tool.right_before):
        assert said in _with(policy, draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert beside_kept(draft, shrink(draft))
