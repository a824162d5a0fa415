"""Round 29 (c29): crisis-q (tuning-ho28q1/q2) brought in; its misses, false panels and false gentle lines mended as
kinds; the zorg tier (one posture counted twice is one worry, `posture`); what eigen44 (newcomers, prison, eating
disorders, dementia carers, hospital, divorce, people over 75) showed.

Read by the rules alone (`observe`), so a refit of the second opinion does not move these tests. Each kind has lines
in our own words that must fire and near misses on the same words that must stay quiet (or at least not get the
panel). Probe lines per kind are in tests/corpus/crisis/tuning29-c29.toml and eigen44.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, observe
from vraaghulp.coach.crisis.engine import Signal, decide
from vraaghulp.coach.crisis.posture import separate
from vraaghulp.coach.crisis import compiled_rules

RANK = {None: 0, ZORG: 1, ACUUT: 2}


def _rules(text: str) -> str | None:
    return observe(text)[0]


@pytest.mark.parametrize(("text", "lowest"), [
    # knowing what is lethal and having it at home, over the sentences
    ("na tien jaar op de spoed weet ik welke combinatie dodelijk is. heb het thuis liggen. vannacht", ACUUT),
    ("'k weet juist welk mengsel dodelijk is en 'k heb het al liggen in de garage", ACUUT),
    # a high place, and not holding on any more, three sentences later
    ("ik sta op het dak van de flat. 12 hoog. vandaag de brief van de bank. ik hou me niet meer vast", ACUUT),
    ("zit op het dak van de school. ik ga me niet meer vasthouden. sorry", ACUUT),
    # a pet entrusted 'if something happens to me', its things ready by the door
    ("kun jij voor Max zorgen als mij iets overkomt? zijn brokken en zijn riem staan al in een tas bij de voordeur", ACUUT),
    # the pills (of someone, lying somewhere) all taken, a time right after
    ("de slaappillekes van ons vader die in de kast liggen ga ik allemaal pakken vannacht", ACUUT),
    # 'tegen dat ge dit vindt' is 'als je dit leest'
    ("tegen dat ge dit vindt is het gedaan. de pijn stopt nooit", ACUUT),
    # a burden, and on a day they are rid of it; 'she deserves a life without me'
    ("ik ben een last voor iedereen. vanaf zondag zijn ze van mij verlost, alles is geregeld", ACUUT),
    ("mijn vrouw verdient een leven zonder mij", ACUUT),
    # a burden in other words; not knowing what for; nothing is any fun
    ("sinds de beroerte ben ik een gewicht voor hem, niks meer", ZORG),
    ("ik weet niet waarvoor ik nog elke dag mijn bed opmaak", ZORG),
])
def test_the_kind_fires(text, lowest):
    assert RANK[_rules(text)] >= RANK[lowest], text


@pytest.mark.parametrize("text", [
    # a weapon taken for servicing, for a hobby
    "mijn karabijn moet nog naar den armurier om te laten herstellen, zaterdag is de schietwedstrijd",
    "zondag op jacht, eerst mijn geweer laten nakijken",
    # hurting avoided; sharp things put away
    "bij de stuntles leren we vallen zonder onze polsen te breken",
    "'k moet oefenen om van de trap te rollen zonder mijn rug kapot te maken, voor de film",
    "ik heb alle messen in de bovenste lade gestopt, de tweeling kan nu overal bij",
    "de scharen zitten achter slot sinds ons vader de weg kwijt is",
    # a letter read after coming home, or on a trip, or in surgery
    "als jullie dit lezen ben ik al op vakantie in Portugal, de sleutel ligt bij de buren",
    "als je dit leest lig ik al op de operatietafel, ik app je als ik wakker ben",
    # dead tired; a study of suicide; a patient's overdose treated; a dead backup; others dying at work
    "na de bruiloft ben ik dood in mijn bed gevallen, wat een feest",
    "voor mijn werkstuk zoek ik artikelen over zelfdoding bij jongeren, weet iemand een goede bron?",
    "client had een overdosis gehad, ambulance was er snel, hij is stabiel. zware dienst",
    "laptop gecrasht en de backup is ook dood. ik kan niet meer, iemand een goeie IT-gast?",
    "op de palliatieve afdeling zie ik elke week mensen sterven, daarom leef ik bewust",
    # a move for good to a city; a gift because I have a new one; not coming back to a place
    "de reclassering belt elke week. ik wil hier niet meer terugkomen",
    "ik geef mijn fiets aan Ahmed, ik heb nu een auto. hij mag hem houden",
    # not eating for an ailment; a walker broken
    "ik eet sinds gisteren niks meer want buikgriep, beschuit en thee",
    "de rollator is kapot en ik kan niet meer naar de winkel. kan de thuiszorg brood meenemen?",
    # a burden to the team for an ankle; they are rid of me because I move; pills taken back to the pharmacy
    "ik ben een last voor mijn team deze week met mijn enkel, volgende week ben ik terug",
    "ik ben een last voor de ploeg, na dit seizoen zijn ze van mij verlost want ik verhuis naar Gent",
    "ik ga de pillen van opa die in de kast liggen allemaal naar de apotheek brengen morgen",
])
def test_the_look_alike_gets_no_panel(text):
    assert _rules(text) != ACUUT, text


@pytest.mark.parametrize("text", [
    "zondag op jacht in de Ardennen, moet nog patronen kopen en mijn geweer laten nakijken",
    "Ik heb de messen en de scharen in een kast met slot gestoken, want ons moeder met dementie speelt ermee.",
    "na de bruiloft ben ik dood in mijn bed gevallen, wat een feest",
    "ik werk op de IC dus ja, ik zie elke week mensen doodgaan. wat doe jij graag?",
])
def test_the_look_alike_stays_quiet(text):
    assert _rules(text) is None, text


# The zorg tier: the same despair counted twice is one worry (the gentle line), a second worry still adds up.
@pytest.mark.parametrize("text", [
    "niks heeft nog zin en alles voelt zo leeg, elke dag hetzelfde grijs",
    "waarvoor sta 'k nog op, 't is toch allemaal zinloos",
    "na die operatie ben ik niks meer waard, ik ben alleen nog een last voor mijn vrouw",
])
def test_one_despair_is_the_gentle_line(text):
    assert _rules(text) == ZORG, text


@pytest.mark.parametrize("text", [
    "niks heeft nog zin en ik zie het nooit meer goed komen",  # 'nooit': never better keeps the two apart
    "ik ben zo moe van het leven, van alles",  # tired of life itself is never an echo
    "ik kan niet meer en ik zie nergens een uitweg",  # round 31 (c31): "geen uitweg" alone is one worry, "nergens" two
])
def test_two_worries_keep_the_panel(text):
    assert _rules(text) == ACUUT, text


def test_an_echo_is_the_words_of_another_family():
    burden = "ik ben alleen een last"
    echo = "wanhoop-over-mezelf (wanhoop-zelf: ben alleen een last voor)"
    assert separate({"last-voor-anderen": [burden], "wanhoop": [echo]}) == {"last-voor-anderen"}
    other = "wanhoop-over-mezelf (wanhoop-zelf: geen toekomst)"
    assert separate({"last-voor-anderen": [burden], "wanhoop": [other]}) == {"last-voor-anderen", "wanhoop"}


def test_decide_counts_one_despair_once():
    rules = compiled_rules()
    one = [Signal("geen-zin", "zorg", "niks heeft nog zin"), Signal("wanhoop", "zorg", "alles voelt leeg")]
    assert decide(rules, one)[0] == ZORG
    never = [Signal("geen-zin", "zorg", "niks heeft nog zin"), Signal("wanhoop", "zorg", "komt nooit meer goed")]
    assert decide(rules, never)[0] == ACUUT
