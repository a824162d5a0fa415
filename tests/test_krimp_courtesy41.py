"""Round 41 (k41c, courtesy_neg.py): a dropped clause whose negation is the writer's courtesy about the asking ('ik
wil u zeker niet opjagen', 'ge weet da 'k nie gere vraag', 'mocht het niet lukken') no longer withholds `zeker` as
``weg-ontkend``; a negated clause about the matter ('ik wil je liever niet zien') still does. Drafts in our own
words."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import first_sight, shrink, whole
from vraaghulp.coach.krimp.courtesy_neg import courtesy
from vraaghulp.coach.krimp.engine import analyse

RUSH = ("Beste meneer Peeters, het spijt me dat ik weer schrijf, en ik wil u zeker niet opjagen. Zou u vóór vrijdag "
        "de fietsen uit de kelder willen halen? Met vriendelijke groeten, Karin")
NEVER_ASKED = "Hoi Wim, ik heb dat nog nooit moeten vragen. Kun je me 100 euro lenen tot vrijdag?"
RATHER_NOT = "Hoi Wim, ik wil je liever niet zien. Kun je mijn spullen vrijdag bij mijn zus afgeven?"


@pytest.fixture
def gate_only(monkeypatch):
    """The first-sight gate on, the fitted model of the whole result off: the gate alone speaks."""
    whole.use({"intercept": 0.0, "drempel": 2.0, "gewichten": {}})
    monkeypatch.setattr(first_sight, "ACTIVE", True)
    yield
    whole.use(None)


@pytest.mark.usefixtures("gate_only")
@pytest.mark.parametrize("draft", [RUSH, NEVER_ASKED])
def test_a_courteous_negation_that_goes_leaves_the_result_sure(draft):
    result = shrink(draft)
    assert result.sure, result.withheld
    assert "niet" not in result.sentence and "nooit" not in result.sentence  # the courtesy went


@pytest.mark.usefixtures("gate_only")
def test_a_negation_about_the_matter_that_goes_still_withholds_zeker():
    result = shrink(RATHER_NOT)
    assert not result.sure
    assert "weg-ontkend" in result.withheld


def test_the_gate_skips_only_the_courteous_clause():
    sentence = "Wim, kun je mijn spullen vrijdag bij mijn zus afgeven?"
    both = analyse("Hoi Wim, ik wil je niet opjagen hoor, en ik sta er nog niet in. Kun je mijn spullen vrijdag bij "
                   "mijn zus afgeven?").analysis
    assert "weg-ontkend" in first_sight.dropped_kinds(both, sentence)  # 'ik sta er nog niet in' still counts


@pytest.mark.parametrize("words, expected", [
    ("en ik wil u zeker niet opjagen", True),
    ("maar ik wil hem niet tot last zijn", True),
    ("ik wil niemand tot last zijn hoor", True),
    ("ge weet dat ik niet gere vraag he", True),
    ("ik ben niet zo van het vragen", True),
    ("mocht dit niet lukken", True),
    ("en as het niet gaat", True),
    ("ik wil je liever nog niet zien", False),
    ("ik wil niet alleen gaan", False),
    ("ik kan het niet aan mijn baas vragen", False),
    ("als het niet lukt bel ik de dokter", False),
    ("ik sta er nog niet in", False),
])
def test_courtesy(words, expected):
    assert courtesy(words.split()) is expected
