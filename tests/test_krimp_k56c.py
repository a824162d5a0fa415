"""Round 56 (k56c): the practice flow and second requests on outside text.

'Would you mind' inside 'I wondered whether' ('ik vroeg me af of je het erg zou vinden om …', mind_inside.py) is asked
as the question it is, in krimp and in `vraaghulp oefen`; a negation in the frame, a frame without the outer one, and
an ask of the writer's own ('als ik …') stay as before. The writer's need beside the ask, courtesy without its 'ik',
'en kan ik niet …' and words of comfort are no second request (second_none.py); a real second task beside them still
is. Fresh drafts of our own, with twins.
"""

from __future__ import annotations

import re

import pytest

from tests.pty_helpers import own_ask_offered
from tests.test_oefen_k54c import _run  # the flow with a scripted prompter, as round 54 runs it
from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.compose import composed
from vraaghulp.coach.krimp import second_none
from vraaghulp.coach.krimp.mind_inside import moved


# --- 1. two frames in one: the outer one goes, the inner one is asked -------------------------------------------------

@pytest.mark.parametrize("draft, person, moment, expected", [
    ("ik vroeg me af of je het erg zou vinden om mijn pakketje aan te nemen", "mijn buurvrouw Ans", "morgen",
     "Ans, kun je morgen mijn pakketje aannemen?"),
    ("Dag Ria, ik wou u vragen of ge het erg zoudt vinden om zondag de kat eten te geven. We zijn naar de Ardennen.",
     None, None, "Ria, kunt ge zondag de kat eten geven?"),
    ("Hoi Bas, ik vroeg me af of je het vervelend zou vinden om vrijdag de sleutel bij mijn moeder af te geven",
     None, None, "Bas, wil je vrijdag de sleutel bij mijn moeder afgeven?"),
])
def test_mind_inside_wondered_is_asked(draft, person, moment, expected):
    result = shrink(draft, person=person, moment=moment)
    assert result.sentence.startswith(expected) and result.sure
    assert not re.search(r"\b(?:erg|vervelend)\b.*\bvinden\b|vroeg me af", result.sentence)


def test_a_let_off_with_its_verb_split_goes_too():
    result = composed("mijn buurvrouw Fatima", "ik vroeg me af of je het erg zou vinden om de tweeling om kwart over acht "
                      "naar school te brengen punt maar echt alleen als het je uit komt", "morgenochtend")
    assert result.sentence == "Fatima, kun je morgenochtend om kwart over acht de tweeling naar school brengen?"
    kept = shrink("Kun je morgen de tweeling naar school brengen? Alleen als het uit de hand loopt, bel je me.")
    assert "uit de hand" in kept.sentence  # a condition of its own stays


def test_the_practice_flow_asks_it_too():
    result = composed("mijn buurvrouw Ans", "ik vroeg me af of je het erg zou vinden om mijn pakketje aan te nemen", "morgen")
    assert result.sentence == "Ans, kun je morgen mijn pakketje aannemen?" and result.sure


@pytest.mark.parametrize("draft", [
    "ik vroeg me af of je het niet erg zou vinden om zaterdag te helpen met schilderen",  # a negation: not read
    "ik vroeg me af of je zaterdag wil helpen met schilderen",  # no inner frame
    "zou je het erg vinden om zaterdag te helpen met schilderen",  # no outer frame: the engine's own
    "ik vroeg me af of het erg is als ik later kom",  # no 'je' in it
])
def test_what_is_left_alone(draft):
    assert moved(draft) is None


def test_the_writers_own_ask_after_als_stays_an_ask_for_leave():
    result = shrink("Hoi Mirthe, ik vroeg me af of je het erg zou vinden als ik zaterdag wat later kom?")
    assert result.sentence == "Mirthe, mag ik zaterdag wat later komen?" and result.sure


def test_moved_keeps_the_writers_words_and_where_they_came_from():
    text = "Hoi Sam, ik vroeg me af of je het erg zou vinden om de was op te hangen."
    turned = moved(text)
    assert turned.text == "Hoi Sam, zou je het erg vinden om de was op te hangen."
    for new, old, size in turned.runs:
        assert turned.text[new:new + size] == text[old:old + size] or text[old:old + size] == "zou"


# --- 2. a second request that is none: the need beside the ask, courtesy without its 'ik', 'en kan ik niet' ---------

@pytest.mark.parametrize("draft", [
    "Dag Marc, kunt ge mij tegen vrijdag die 300 euro terugstorten? Ik heb dat geld echt nodig voor de huur.",
    "Wie kan er zaterdag rijden naar Zeist? We hebben nog 2 auto's nodig.",
    "Wannes, kunt gie morgenvroeg de bus naar de garage doen? 'k heb 'm zaterdag nodig voor de huisbezoeken.",
    "Sanne, kun je zaterdag op Mees passen? wil je niet storen met je examens hoor",
    "Kunt ge zondag de kinderen halen? Mijn auto is stuk en kan ik niet rijden.",
    "Kun je morgen mijn pakje aannemen? Denk er maar efkes over.",
    "Kun je zaterdag komen helpen met de tuin? maak je niet druk x",
    "Mag ik woensdag je boor lenen? Let me know",
])
def test_no_second_request_is_invented(draft):
    assert shrink(draft).second == ""


@pytest.mark.parametrize("raw, main, asked, expected", [
    ("Ik heb dat geld echt nodig voor de huur", "Kunt u de waarborg vrijgeven?", False, True),
    ("we hebben nog twee ouders nodig", "Wie wil vrijdag helpen?", False, True),
    ("Ik heb ook een extra sleutel nodig voor de fietsenberging", "Kun je de post halen?", False, False),  # one more
    ("ik heb je hulp nodig bij de verhuizing", "Kun je zaterdag komen?", False, False),  # asks the reader
    ("ik heb nodig dat je zondag kookt", "Kun je zaterdag komen?", False, False),
    ("Ik heb dat geld nodig voor de huur", "Ik wil dat je het terugbetaalt.", False, False),  # no question beside it
    ("wil je niet storen met je studie", "Kun je zaterdag komen?", False, True),
    ("wil je niet storen met je studie", "Kun je zaterdag komen?", True, False),  # the writer put a question mark
    ("wil je nie weer vergeten de was uit de machine te halen", "Kun jij vanavond koken?", False, False),  # a real one
    ("kan ik niet thuis zijn", "Kunt ge de monteur binnenlaten?", False, True),
    ("kan ik niet een dag later komen", "Kunt ge de monteur binnenlaten?", True, False),
    ("maak je geen zorgen", "Kun je zaterdag komen?", False, True),
    ("spreek je", "Kun je zaterdag komen?", False, True),
    ("laat het dan maar zitten", "Kun je zaterdag komen?", False, True),
    ("laat het me maar weten", "Kun je zaterdag komen?", False, False),  # idle_second's, not this module's
    ("maak je de salade klaar", "Kun je zaterdag komen?", True, False),  # a real second task
    ("spreek je morgen met de juf af", "Kun je zaterdag komen?", True, False),
])
def test_what_counts_as_no_second_request(raw, main, asked, expected):
    assert second_none.none(raw, main, asked) is expected


def test_a_real_second_request_beside_them_is_still_offered():
    result = shrink("Hey Tom, kun jij vanavond koken? ik kom pas om 8 thuis. en wil je nie weer vergeten de was uit de "
                    "machine te halen")
    assert result.second == "Wil je nie weer vergeten de was uit de machine te halen?"
    again = shrink("Hoi Mila! Kun jij morgen Sem van de opvang halen? En kun je dan ook even brood meenemen van de bakker?")
    assert again.second.startswith("Kun je ook") and "brood meenemen" in again.second


# --- 3. the practice flow, as the command runs it -------------------------------------------------------------------

def test_the_flow_offers_the_mended_question_as_sure(data_home):
    ask, prompter, shown = _run([None, "eigen", "mijn buurvrouw Ans",
                                 "ik vroeg me af of je het erg zou vinden om mijn pakketje aan te nemen",
                                 "morgen", True, False, None, 5, 60])
    assert ask.text == "Ans, kun je morgen mijn pakketje aannemen?"
    assert "Ik weet niet zeker" not in shown and sum("Wat vraag je precies" in q for _kind, q in prompter.asked) == 1


def test_the_mended_question_in_a_real_terminal(data_home):
    assert own_ask_offered(data_home, "mijn buurvrouw Ans",
                           "ik vroeg me af of je het erg zou vinden om mijn pakketje aan te nemen", "morgen",
                           "Ans, kun je morgen mijn pakketje aannemen\\?") == 130
