"""Round 45 (k45a): kinds that were wrong-and-sure when heldout44a/b and probe p44 came in, mended in general. Real
engine calls; the drafts are new ones of the same kinds, not the corpus drafts.

- the writer's own body hurt ('heb mijn rug verrekt') is the state the ask rests on (states.hurt);
- a sentence right after the ask that says what the asked thing is taken from ('Ik neem ze van mijn overuren.')
  stays (fact_kept._covered);
- a typed practice moment is not put beside the ask's own time that is no day ('de volgende keer', 'in maart'):
  the ask keeps its own and is not sure (day_clash.own_time);
- the writer's crisis words keep their closing 'zo' ('ik wil niet meer leven zo'; rewrite._zo_stays);
- the English letter opening 'Dear' is a greeting (krimp.toml `groet`).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.day_clash import own_time
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


@pytest.mark.parametrize(("draft", "state"), [
    ("Jeroen, heb mijn enkel verstuikt. Kun jij zaterdag de kratten naar de kantine brengen?", "enkel verstuikt"),
    ("Hoi Mira, ik heb gisteren mijn pols gekneusd. Wil jij morgen de boodschappen voor me doen?", "pols gekneusd"),
    ("Dag buurman, mijn knie is geblesseerd. Kunt u vrijdag de container aan de straat zetten?", "knie is geblesseerd"),
])
def test_the_writers_own_hurt_body_stays_as_the_state_the_ask_rests_on(draft, state):
    out = shrink(draft)
    assert state in out.sentence
    assert any(f.kind == "staat" for f in out.findings)


@pytest.mark.parametrize("draft", [
    "Hoi Tom, ik heb de kast verrekt naar de gang. Kun jij zaterdag de boodschappen doen?",  # no body part
    "Hoi Tom, Jan heeft zijn rug verrekt. Kun jij zaterdag de boodschappen doen?",  # someone else's
    "Hoi Tom, ik heb mijn rug verrekt bij het verhuizen van mijn zus. Kun jij zaterdag de boodschappen doen?",  # a story
])
def test_a_hurt_that_is_not_the_writers_body_is_no_state(draft):
    out = shrink(draft)
    assert not any(f.kind == "staat" for f in out.findings)


@pytest.mark.parametrize(("draft", "source"), [
    ("Hoi Karin, mag ik vrijdag een dag vrij nemen? Ik neem het van mijn verlofuren.", "van mijn verlofuren"),
    ("Pa, kunt ge mij vrijdag de aanhangwagen lenen? Ik haal hem uit mijn eigen garage.", "uit mijn eigen garage"),
])
def test_what_the_asked_thing_is_taken_from_is_never_dropped_while_sure(draft, source):
    out = shrink(draft)
    assert source in out.sentence or not out.sure


def test_the_writers_own_plan_after_the_ask_still_goes():
    out = shrink("Hoi Karin, mag ik vrijdag een dag vrij nemen? Ik ga met mijn zus naar Gent.")
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert "Gent" in out.sentence


@pytest.mark.parametrize(("own", "typed", "clash"), [
    ("kun je de kinderen de volgende keer om 5 uur klaar hebben", "zaterdag", True),
    ("kunt ge in maart twee weken komen helpen", "zondag na de mis", True),
    ("kun je voortaan de vuilbak buitenzetten", "morgen", True),
    ("kun je de kinderen om 5 uur klaar hebben", "zaterdag", False),
    ("kun je in maart komen helpen", "in maart", False),
])
def test_an_asks_own_time_that_is_no_day(own, typed, clash):
    assert own_time(own, typed) is clash


@pytest.mark.parametrize(("person", "draft", "moment", "own"), [
    ("mijn buurvrouw Els", "ik wil vragen of ze de volgende keer haar fiets niet voor mijn poort zet", "vrijdag",
     "de volgende keer"),
    ("mijn broer Wim", "ik wil hem vragen of hij in april een week op de kinderen kan passen", "zondag bij het eten",
     "in april"),
])
def test_a_typed_moment_is_not_put_beside_the_asks_own_time(person, draft, moment, own):
    out = shrink(draft, person=person, moment=moment)
    assert own in out.sentence
    assert moment not in out.sentence
    assert not out.sure
    assert moment not in compose(person, draft, moment)


@pytest.mark.parametrize(("draft", "words"), [
    ("Mam sorry dat ik stoor. Ik wil echt niet meer leven zo. Kun je me bellen?", "niet meer leven zo"),
    ("Broer, het gaat mis met me en ik kan niet meer verder zo. Kun je komen?", "niet meer verder zo"),
])
def test_the_writers_crisis_words_keep_their_closing_zo(draft, words):
    out = shrink(draft)
    assert words in out.sentence


def test_a_loose_closing_zo_still_goes():
    out = shrink("Hoi Sara, kun je morgen de sleutel brengen zo?")
    assert not out.sentence.rstrip("?").endswith(" zo")


def test_the_english_letter_opening_dear_goes_as_a_greeting():
    out = shrink("Dear Joris,\n\nIk loop vast met mijn scriptie. Zou je donderdag een uur tijd hebben om mee te kijken?")
    assert out.sentence.startswith("Joris,")
    assert any(f.kind == "groet" and f.text.startswith("Dear") for f in out.findings)
