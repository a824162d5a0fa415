"""Round 46 (c46z): known lines by kind, each with its twins (own words, not from a corpus file).

- an own plan to join the dead after a condolence ('gecondoleerd zeggen ze ...', 'vannacht kom ik naar je toe') is the
  panel; a condolence visit to the reader, also when another of the reader's close ones died, stays quiet;
- a car driven into the water with the time after the verb ('ik rij vannacht mijn auto de vaart in') is the panel;
- 'ik wil ook niet meer' about food (same sentence) is quiet, about a game at most the gentle line; with life, a means
  or self-loathing it keeps its alarm;
- not wanting to call a service desk any more ('ik wil niet meer bellen met ...') is no farewell; 'ik kan niet meer'
  beside 'bel me niet meer' is no annoyance about a thing (c33b's rewrite);
- someone else's words alone get a gentle line about that person;
- the old unread key `tenzij_in` is refused (round 46 c46z2: no `tenzij_binnen = "bericht"` either; the six rules that
  named `tenzij_in` keep main's reach).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import about_someone_else, assess
from vraaghulp.coach.crisis.combine import parse_rules

GRIEF_PLANS = [
    "gecondoleerd zeggen ze allemaal. ik kom naar je toe papa",
    "mama is dood. wat erg zeggen ze. vannacht kom ik naar je toe",
    "innige deelneming kreeg ik op een kaartje. vannacht kom ik naar je toe mama",
    "iedereen zegt gecondoleerd. ik kom eraan schat, vannacht",
    "papa is overleden. vannacht kom ik naar je toe papa",
    "je papa is dood zeggen ze. ik kom naar je toe papa",
    "wat erg dat oma dood is zeggen ze. ik kom naar je toe oma",
]

VISITS = [
    "wat erg dat je opa overleden is, ik kom naar je toe oma",
    "wat erg dat je man gestorven is, ik kom morgen naar je toe oma",
    "gecondoleerd, ik kom naar je toe",
    "wat erg dat je moeder overleden is, ik kom naar je toe",
    "gecondoleerd met je vader, ik kom naar je toe mama",
    "ik mis je zo, morgen kom ik eraan met de trein",
    "opa is overleden, morgen kom ik eraan met de trein",
]

CAR_INTO_WATER = [
    "ik rij vannacht mijn auto de vaart in",
    "ik rij vannacht mijn wagen de rivier in",
    "ik stuur vanavond de auto de gracht in",
    "ik rij straks met mijn auto het water in",
]

ORDINARY_DRIVES = [
    "ik rij morgen met de auto naar de rivier om te vissen",
    "ik rij vannacht met de auto naar de zee",
    "ik rij vannacht met de auto de pont op",
]

FULL = [
    "haha ik wil ook niet meer, te veel gegeten",
    "ik zit vol, ik wil ook niet meer",
    "ik wil ook niet meer, ik zit propvol",
    "te veel gegeten, ik wil ook niet meer",
    "ik wil zelf ook niet meer, mijn buik zit vol",
]

STILL_ACUTE = [
    "ik wil ook niet meer leven, ik zit vol met verdriet",
    "ik heb te veel gegeten en ik wil niet meer, ik haat mezelf",
    "ik zit vol pillen, ik wil niet meer",
    "ik wil ook niet meer, ik heb al mijn pillen op",
    "ik zit vol, ik wil niet meer wakker worden",
    "te veel gegeten, ik wil ook niet meer leven zo",
    "ik wil ook niet meer. niemand ziet me staan",
    "nee ik wil ook niet meer leven",
    "haha ik wil ook niet meer leven",
    "lol ik wil ook niet meer, ik heb de pillen al klaarliggen",
    "ik wil niet meer. bel me niet meer",
    "ik wil niet meer, mijn telefoon gaat uit",
    "ik wil niet meer bellen met de crisisdienst, het heeft geen zin meer, ik ga vannacht",
    "ik heb weer te veel gegeten, ik wil niet meer",
    "ik wil niet meer, mijn hoofd zit vol",
    # the c33b annoyance rewrite read 'ik kan niet meer' beside 'bel me niet meer' as 'ik baal ervan' (silent)
    "bel me niet meer, ik kan niet meer, mijn telefoon gaat uit",
    "bel me niet meer, ik kan niet meer",
]


@pytest.mark.parametrize("text", GRIEF_PLANS + CAR_INTO_WATER + STILL_ACUTE)
def test_real_lines_get_the_panel(text):
    assert assess(text).tier == "acuut", assess(text)


@pytest.mark.parametrize("text", VISITS + ORDINARY_DRIVES + FULL + [
    "ik wil niet meer bellen met de klantenservice",
    "ik wil niet meer bellen met die helpdesk, ik stuur een mail",
    "ik hoef niet meer te bellen met de gemeente",
    "ik zet mijn telefoon uit, ik ben het zo zat met die verbouwing",
    "die hitte, ik kan niet meer",
])
def test_harmless_lines_stay_quiet(text):
    assert assess(text).tier is None, assess(text)


@pytest.mark.parametrize("text", ["nee ik wil ook niet meer, dit spel is saai",
                                  "ik wil ook niet meer haha, dit level is niet te doen"])
def test_a_game_refusal_is_at_most_the_gentle_line(text):
    assert assess(text).tier in (None, "zorg"), assess(text)


def test_the_untimed_car_keeps_the_gentle_line():
    assert assess("ik rij mijn auto de vaart in").tier == "zorg"


def test_someone_elses_words_get_the_line_about_them():
    other = assess("oma zegt dat ze klaar is met leven")
    assert other.tier == "zorg" and about_someone_else(other, "oma zegt dat ze klaar is met leven")
    own = assess("ik zie geen uitweg meer")
    assert own.tier == "zorg" and not about_someone_else(own, "ik zie geen uitweg meer")
    assert not about_someone_else(assess("ik wil niet meer leven"), "ik wil niet meer leven")


def test_the_line_about_someone_else_comes_from_the_catalogue():
    from vraaghulp.safety import concern_line

    assert concern_line("NL", other=True) != concern_line("NL")
    assert "113" in concern_line("NL", other=True) and "iemand anders" in concern_line("NL", other=True)


def _rule(**extra):
    return {"naam": "proef", "familie": "afscheid", "niveau": "acuut", "alle": ["a", "b"], "tenzij": ["c"], **extra}


def test_the_old_key_and_a_message_wide_reach_are_refused():
    names = frozenset(("a", "b", "c"))
    with pytest.raises(Exception, match="tenzij_binnen"):
        parse_rules([_rule(tenzij_binnen="bericht")], names, frozenset())
    with pytest.raises(Exception, match="tenzij_in"):
        parse_rules([_rule(tenzij_in="bericht")], names, frozenset())


class _Console:
    def __init__(self):
        self.lines = []

    def print(self, *parts, **_style):
        self.lines.append("".join(str(part) for part in parts))


@pytest.mark.parametrize("text, other", [("oma zegt dat ze klaar is met leven", True),
                                         ("ik zie geen uitweg meer", False)])
def test_care_shows_the_line_that_fits(monkeypatch, text, other):
    from vraaghulp import care
    from vraaghulp.safety import concern_line

    monkeypatch.setattr(care, "where", lambda: {"first": "NL", "partner": None})
    console = _Console()
    assert care.Care(lambda: console).check(text) == "zorg"
    assert concern_line("NL", other=other) in console.lines
