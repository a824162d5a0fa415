"""Round 14, the lead: an overdose said without naming the drug ("Ik heb alles ingenomen wat ik
had") gets the panel; about someone else it is a worry; taking along or recording "alles wat ik
had" is nothing."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "Ik heb alles ingenomen wat ik had",
    "heb alles geslikt wat er in de kast lag",
    "kheb alles ingenomen wa k had",
    "ik heb alles wat ik had ingenomen",
    "ik heb alles ingenomen wat ik nog had liggen, het is nu rustig",
))
def test_all_i_had_swallowed_is_acute(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "mijn zus heeft alles ingenomen wat ze had",
    "mijn vader heeft alles geslikt wat hij had, de ambulance is onderweg",
))
def test_someone_else_swallowing_all_they_had_is_a_worry(text):
    assert assess(text).tier == ZORG


@pytest.mark.parametrize("text", (
    "ik heb alles meegenomen wat ik had",
    "ik heb alles opgenomen wat ik had, de camera is vol",
    "mijn moeder heeft alles meegenomen wat ze had naar het nieuwe huis",
    "Ik heb alles ingenomen wat de dokter voorschreef",
))
def test_taking_along_or_recording_all_one_had_is_nothing(text):
    assert assess(text).tier is None


# Two ordinary requests that got the full panel (a reviewer of krimp found them): "het <noun> staat
# klaar" was a means ready, and a timetable question was a dangerous place scouted.
@pytest.mark.parametrize("text", (
    "Het eten staat klaar, kom je vanavond?",
    "Het pakket ligt klaar bij de balie, kun je het morgen ophalen?",
    "Het contract ligt klaar. Kan dat morgen getekend worden?",
    "Kun je me vertellen hoe laat de trein vertrekt?",
    "Weet jij hoe laat de laatste trein gaat?",
    "hoe laat komt de trein aan in Utrecht?",
))
def test_a_meal_ready_or_a_timetable_question_is_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik heb alles klaargelegd voor vannacht",
    "alles ligt klaar, morgen is het zover",
    "het ligt al klaar, vannacht doe ik het",
    "ik heb opgezocht hoe laat de goederentrein hier langskomt",
    "ik weet hoe laat de laatste trein voorbij raast, daar ga ik staan",
    "ik heb opgezocht hoe laat de laatste trein hier voorbij gaat, dan ga ik",
))
def test_everything_ready_or_a_train_watched_passing_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


def test_the_floor_never_lowers_a_panel_that_says_others_are_rid_of_the_writer(monkeypatch):
    """With the floor set above every score, a panel from giving things away alone becomes the
    gentle line; the same panel beside "niemand hoeft zich nog zorgen om mij te maken" keeps it."""
    from vraaghulp.coach.crisis import opinion, observe

    monkeypatch.setattr(opinion, "_loaded", [{**opinion.weights(), "ondergrens": 1.0}])
    plain = "ik geef mijn oude boeken weg aan mijn nichtje, ik heb ze niet meer nodig"
    relief = "ik geef mijn oude boeken weg aan mijn nichtje, niemand hoeft zich nog zorgen om mij te maken"
    assert observe(plain)[:2] == observe(relief)[:2] == (ACUUT, ("zaken-regelen",))
    assert assess(plain).tier == ZORG
    assert assess(relief).tier == ACUUT


@pytest.mark.parametrize("text", (
    "ik geef mijn fiets aan mijn zus, dan ben ik niemand meer tot last",
    "dan ben ik niemand meer tot last",
    "straks ben ik eindelijk niemand meer tot last",
))
def test_no_longer_a_burden_to_anyone_then_is_acute(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "Ik wil niemand tot last zijn, maar kun je zaterdag helpen?",
    "Met de nieuwe heup ben ik niemand meer tot last, ik kan weer alles zelf",
))
def test_not_wanting_to_be_a_burden_is_nothing(text):
    assert assess(text).tier is None


# A hanging said with "heeft zich opgehangen" was masked as a phone put down; "ik weet niet of ik nog
# verder wil" had no alarm (only "verder kan" had).
@pytest.mark.parametrize(("text", "tier"), (
    ("mijn vriend heeft zich opgehangen. ik wil dat ook", ACUUT),
    ("mijn vriend heeft zich opgehangen, ik wil dat ook", ACUUT),
    ("ik weet niet of ik nog verder wil", ZORG),
    ("k weet ni of k nog verder wil", ZORG),
    ("Hij heeft gewoon opgehangen toen ik belde.", None),
    ("ze heeft meteen opgehangen, ik wil dat ook eens doen bij die verkopers", None),
    ("ik weet niet of ik nog verder wil met die opleiding", None),
))
def test_a_hanging_copied_and_not_wanting_to_go_on(text, tier):
    assert assess(text).tier == tier
