"""Round 17 (k17b): a bare task typed in the practice flow, and a lone request with a moment typed apart.

1. A bare verb group whose first word ends in -t without being a verb ('kort met me bellen', 'naast me
   zitten terwijl ik …', 'vast een tafel reserveren') was read as a clause with a finite verb ('kort' of
   'korten') and came back as 'Sam, kort met me bellen.': it is asked as 'kun je …?'. A clause that is
   one ('werkt morgen thuis en kan …', 'loopt … om brood te halen') is still never put after 'kun je'.
2. A request that is the whole draft kept a word pointing back ('voor ik hem verstuur', 'bij wie ik
   daarover …') sure as it stood, but not once a typed moment went in: nothing went that the word
   could point at, so the result stays sure. Not when a part may have gone or be read apart: a
   sentence before it, no '?' (a note turned into a question, chat without marks), a consequence
   after it, or a moment word pointing back ('daarna', 'die dag').
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import composed, shrink


@pytest.mark.parametrize("what,moment,expected", [
    ("kort met me meekijken naar mijn begroting", "vanavond", "Sam, kun je vanavond kort met me meekijken naar mijn begroting?"),
    ("kort met me bellen", None, "Sam, kun je kort met me bellen?"),
    ("naast me staan als ik het aan mijn baas vertel", "maandag", "Sam, kun je maandag naast me staan als ik het aan mijn baas vertel?"),
    ("naast me zitten in de wachtkamer", None, "Sam, kun je naast me zitten in de wachtkamer?"),
    ("kort mijn presentatie doorlezen voor ik hem houd", "zaterdag", "Sam, kun je zaterdag kort mijn presentatie doorlezen voor ik hem houd?"),
])
def test_a_bare_task_after_a_word_in_t_is_asked_with_kun_je(what, moment, expected):
    result = composed("Sam", what, moment)
    assert result.sentence == expected and result.sure


@pytest.mark.parametrize("what", [
    "werkt morgen thuis en kan dus niet komen",
    "loopt morgen naar de winkel om brood te halen",
])
def test_a_clause_with_a_verb_of_its_own_is_never_put_after_kun_je(what):
    result = composed("Sam", what, "morgen")
    assert "kun je" not in result.sentence.lower() and "mag ik" not in result.sentence.lower()
    assert not result.sure


@pytest.mark.parametrize("draft,moment,expected", [
    ("Kun je mijn sollicitatiebrief nalezen voor ik hem opstuur?", "woensdag",
     "Sam, kun je woensdag mijn sollicitatiebrief nalezen voor ik hem opstuur?"),
    ("kun je hem ophalen?", "morgen", "Sam, kun je hem morgen ophalen?"),
    ("Kun je met me zoeken bij wie ik daarover terechtkan?", "dit weekend",
     "Sam, kun je dit weekend met me zoeken bij wie ik daarover terechtkan?"),
    ("Kun je deze week twee keer de hond uitlaten?", "deze week", "Sam, kun je deze week twee keer de hond uitlaten?"),
])
def test_a_lone_request_stays_sure_when_a_typed_moment_goes_in(draft, moment, expected):
    result = shrink(draft, person="Sam", moment=moment)
    assert result.sentence == expected and result.sure


@pytest.mark.parametrize("draft,moment", [
    ("Ik heb een nieuwe kast gekocht. Kun je hem helpen dragen?", "zaterdag"),  # what 'hem' is, goes
    ("Wil je daarna met me naar de apotheek lopen?", "morgen"),  # after what
    ("kun je hem ophalen", "morgen"),  # no '?': chat without marks, where the parts are not clear
])
def test_a_word_pointing_back_stays_a_doubt_where_a_part_may_go(draft, moment):
    assert not shrink(draft, person="Sam", moment=moment).sure


def test_a_note_about_the_person_keeps_its_doubt_about_her():
    # 'haar verjaardag' is oma's own: the note turned to 'wil je …' has no '?' of its own
    assert not composed("oma", "of ze wil oppassen als ik naar haar verjaardag ga", "zaterdag").sure
