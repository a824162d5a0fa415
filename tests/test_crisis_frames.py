"""The crisis check on long messages: message-wide frames (the writer's own ordinary occasion,
plans with others ahead) and a clock time inside a sentence."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess, normalised, observe

# The same everyday words (a goodbye, a card, something arranged) with and without a frame.
_WITHOUT_FRAME = (
    "Ik ben vandaag bij iedereen in de straat langsgegaan om gedag te zeggen en heb overal een kaartje "
    "in de bus gedaan."
)


def test_everyday_words_across_a_message_still_weigh_without_a_frame():
    # The rules give the panel; the fitted floor (opinion, round 13) may lower such a weak
    # farewell to the gentle line, never to nothing.
    assert observe(_WITHOUT_FRAME)[0] == "acuut"
    assert assess(_WITHOUT_FRAME).tier in ("zorg", "acuut")


@pytest.mark.parametrize(
    "occasion",
    ["Ons huis is verkocht en ik verhuis naar Zeist.", "Vrijdag is mijn laatste werkdag, daarna ga ik met pensioen."],
)
def test_the_writers_own_occasion_makes_everyday_words_ordinary(occasion):
    assert assess(f"{occasion} {_WITHOUT_FRAME}").tier is None


def test_someone_elses_occasion_is_no_frame():
    text = f"De verhuizing van mijn zus naar Zwolle is rond. {_WITHOUT_FRAME}"
    assert observe(text)[0] == "acuut"
    assert assess(text).tier in ("zorg", "acuut")


def test_a_definitive_word_keeps_the_rule_under_the_occasion():
    text = ("Mijn laatste werkdag was vrijdag, ze gaven me bloemen. Ik heb de kat naar mijn zus gebracht en mijn spaargeld aan haar "
            "overgemaakt. Niemand hoeft zich nog zorgen om mij te maken.")
    assert assess(text).tier == "acuut"


def test_plans_ahead_count_only_for_signals_in_different_sentences():
    apart = "Merci voor alles. Zorg goed voor de ficus. Komen jullie zondag koffie drinken?"
    together = "Merci voor alles en zorg goed voor mama. Komen jullie zondag koffie drinken?"
    assert assess(apart).tier is None
    assert assess(together).tier == "acuut"


def test_a_sudden_calm_with_plans_ahead_is_no_signal():
    calm = "Na een zware winter voel ik me eindelijk rustig."
    assert assess(calm).tier == "zorg"
    assert assess(f"{calm} Heb je zin om zaterdag mee te fietsen?").tier is None


def test_a_clock_time_does_not_end_a_sentence():
    assert normalised("Om 23.12 komt de laatste.") == " om 23u12 komt de laatste . "
    assert normalised("om 7:45") == " om 7u45 "
    assert normalised("2.5 mg") == " 2 . 5 mg "
    # Only one or two digits, the mark, then exactly two digits, each a whole number.
    assert normalised("Om 9:30 en om 1.2 of 12.345 kilo.") == " om 9u30 en om 1 . 2 of 12 . 345 kilo . "
    assert normalised("Om 11.11.11 of a1.22 en 1:00.") == " om 11u11u11 of a1 . 22 en 1u00 . "


# Weak combinations (an arrangement, a thank-you, "voor het laatst", "niet meer nodig") under
# the writer's ordinary occasion, whatever the rule's reach: no panel. Without the occasion the
# rules give the panel (the second opinion's floor may soften a bare one with a very low score to
# the gentle line, never to nothing: test_crisis_floor13), and with a strong own-death signal
# under the occasion the panel stays.
@pytest.mark.parametrize(
    ("weak", "occasion"),
    [
        ("ik geef mijn oude boeken weg aan mijn nichtje, ik heb ze niet meer nodig", "het schooljaar zit erop, "),
        ("mijn fiets mag je hebben, daar heb ik een andere", "ik ga op kot in Gent. "),
        ("Dank voor alles en het ga jullie goed.", "Beste buren, we vertrekken na 40 jaar uit de straat. "),
        ("morgen geef ik de sleutels af, raar om daar voor het laatst te slapen", "het appartement gaat naar de makelaar. "),
    ],
)
def test_an_ordinary_occasion_takes_the_panel_from_a_weak_combination(weak, occasion):
    assert observe(weak)[0] == "acuut" and assess(weak).tier in ("acuut", "zorg")
    assert assess(occasion + weak).tier is None


@pytest.mark.parametrize(
    "strong",
    [
        "ik geef mijn oude boeken weg aan mijn nichtje, voor als ik er niet meer ben",
        "ik geef mijn oude boeken weg, ik heb ze niet meer nodig waar ik heen ga",
        "ik geef mijn oude boeken weg aan mijn nichtje, niemand hoeft zich nog zorgen om mij te maken",
    ],
)
def test_a_strong_signal_keeps_the_panel_under_an_ordinary_occasion(strong):
    assert assess(f"het schooljaar zit erop, {strong}").tier == "acuut"


def test_an_ordinary_occasion_does_not_frame_a_plan():
    assert assess("heb al uitgezocht hoe ik het ga doen en wanneer, na het examen").tier == "acuut"


# An ordinary reason in so many words (want, omdat, sinds, "nu ik ...") is an occasion too,
# unless the reason itself holds a signal.
@pytest.mark.parametrize(
    "reason",
    [
        "want ik ga een jaar naar Canada",
        "omdat mijn vriend er allergisch voor is",
        "nu ik een auto heb",
    ],
)
def test_an_ordinary_reason_in_words_takes_the_panel_from_a_weak_combination(reason):
    weak = "ik heb mijn oude brommer aan mijn neef gegeven, ik heb hem niet meer nodig"
    assert assess(weak).tier == "acuut"
    assert assess(f"{weak} {reason}").tier is None


@pytest.mark.parametrize(
    "reason",
    ["want ik wil er niet meer zijn", "omdat ik niet meer wil leven", "want ik heb het niet meer nodig waar ik heen ga",
     "want ik ben er dan niet meer"],
)
def test_a_reason_with_a_signal_in_it_is_no_ordinary_reason(reason):
    assert assess(f"ik heb mijn oude brommer aan mijn neef gegeven, {reason}").tier == "acuut"


def test_a_notary_who_holds_the_will_is_part_of_the_arrangement_not_an_occasion():
    text = "Uitvaart is betaald, testament ligt bij de notaris, de kanarie gaat naar de buurvrouw."
    assert assess(text).tier == "acuut"


def test_the_words_that_make_a_reason_no_reason_are_known_concepts():
    from vraaghulp.coach.crisis import compiled_rules, weigh

    concepts = compiled_rules().concepts
    known = set(concepts.lexicon.names) | {rule.name for rule in concepts.rules}
    assert weigh._NO_REASON <= known  # a renamed concept would silently let its clause count as a reason
