"""Round 22 (k22d): a piece after the ask that carries meaning is kept or makes the result not sure
(meant_after.py, limit_after.py, bound_after.py, otherwise.py), and a crisis ask whose only 'moment' is a floor
gets 'nu' (crisis_when.py). Drafts here are not in the corpus file tuning22-k22d.toml."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.meant_after import meaning
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


@pytest.mark.parametrize(
    ("piece", "kind"),
    [
        ("de nachtbus rijdt niet meer", "feit"),
        ("er rijdt vandaag gene tram", "feit"),
        ("maar Daan eet geen gluten", "feit"),
        ("is nog niet betaald", "feit"),
        ("De laarzen mogen niet in de kast", "regel"),
        ("mijn dochter mag geen noten", "regel"),
        ("ik kom er zelf echt niet uit", "vast"),
        ("'k geraak er ni aan uit", "vast"),
        ("ik krijg de inleiding maar niet af", "vast"),
        ("ik zie ni waar het misloopt", "vast"),
    ],
)
def test_what_carries_meaning_after_the_ask(piece, kind):
    assert meaning(piece) == kind


@pytest.mark.parametrize(
    "piece",
    [
        "ik heb geen tijd want ik moet werken",  # the writer's own reason
        "daar kom ik net niet bij",  # the writer, inverted
        "mijn knie is nog niet genezen",  # the writer's own body
        "Hij start niet meer op",  # what the repair ask says already
        "als het niet lukt is het ook goed",  # a hatch
        "geen stress als ge ni kunt",
        "het is niet dringend hoor",
        "ge moogt mij aan het station afzetten",  # the reader as subject
        "het was een lange week",  # no negation, no rule
    ],
)
def test_background_after_the_ask_carries_no_such_meaning(piece):
    assert meaning(piece) == ""


@pytest.mark.parametrize(
    "draft",
    [
        "Pap, kun je me vanavond om half twaalf bij de sporthal ophalen? De nachtbus rijdt niet meer.",
        "Kunt ge morgen het pakket in de garage zetten? De voordeur gaat ni open.",
        "kun je ff naar mijn cv kijken? ik kom er zelf echt niet uit",
        "Kunt u morgen mijn scriptie doorlezen? Ik krijg de inleiding maar niet af.",
    ],
)
def test_a_result_that_drops_a_meaning_carrying_piece_is_not_sure(rules_only, draft):
    out = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert not out.sure or beside_kept(draft, out), out.sentence


def test_just_not_is_no_limit_cut_off_from_its_verb():
    out = shrink("Kunt u morgen mijn scriptie doorlezen? Ik krijg de inleiding maar niet af.")
    assert "Niet af" not in out.sentence


@pytest.mark.parametrize(
    "draft",
    [
        "Kun jij zaterdag om tien uur de kat voeren? Geen probleem als het niet lukt hoor.",
        "Kun je vrijdag mijn pakje ophalen bij de buren? Ik heb geen tijd want ik moet werken.",
        "Kun jij zondag naar mijn laptop kijken? Hij start niet meer op.",
    ],
)
def test_a_result_that_drops_background_after_the_ask_stays_sure(rules_only, draft):
    out = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert out.sure and (out.sentence.endswith("?") or beside_kept(draft, out)) or beside_stays(draft, out), out.sentence


def test_a_rule_on_the_things_and_what_they_must_do_instead_stay():
    out = shrink("Kun je de schoenen in de hal opruimen? De laarzen mogen niet in de kast, die moeten in de schuur.")
    assert out.sentence.endswith("De laarzen mogen niet in de kast, die moeten in de schuur.")


def test_what_the_consequence_hangs_on_goes_back_in_front_of_it():
    out = shrink("Kun je morgen mijn pakket bij het postpunt halen? Je moet mijn paspoort laten zien, anders geven ze het "
                 "niet mee.")
    assert out.sentence.endswith("? Je moet mijn paspoort laten zien, anders geven ze het niet mee.")


@pytest.mark.parametrize(
    "draft",
    [
        "ik wil niet meer leven. kun je naar de wc op de 3e verdieping komen?",
        "ik wil er een eind aan maken. kun je naar het trappenhuis op de 2e komen?",
    ],
)
def test_a_crisis_ask_whose_only_moment_is_a_floor_gets_now(draft):
    out = shrink(draft)
    assert out.crisis and "kun je nu naar" in out.sentence.lower()


def test_a_crisis_ask_with_its_own_moment_gets_no_now():
    out = shrink("ik wil er een eind aan maken. kun je vanavond komen?")
    assert out.crisis and " nu " not in out.sentence


def test_a_floor_is_no_moment_for_the_ask():
    out = shrink("de lamp op de 2e verdieping is stuk. kun je die vervangen?")
    assert "Kun je op de 2e" not in out.sentence
