"""Round 28 (c28): crisis-p (tuning-ho27p1/p2) brought in; its misses and false alarms mended as classes; the three
alarm lines the round-27 refit lost given rules of their own; and what eigen43 (working life and online talk) showed.

Read by the rules alone (`observe`), so a refit of the second opinion does not move these tests. Each class has lines
in our own words that must fire and near misses on the same words that must stay quiet (or at least not get the
panel). Probe lines per class are in tests/corpus/crisis/tuning28-c28.toml and eigen43.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised, observe

RANK = {None: 0, ZORG: 1, ACUUT: 2}


def _rules(text: str) -> str | None:
    return observe(text)[0]


@pytest.mark.parametrize(("text", "lowest"), [
    # the refit's three lines, as kinds: on the rails or a railway bridge and the train comes soon
    ("sta op de treinbrug. de trein van 6u komt hier zo voorbij", ACUUT),
    ("zit hier op de rails, over 3 minuten komt de sprinter", ACUUT),
    # ... no joy left in life, said with the life after the comma
    ("eerlijk, ik vind er weinig meer aan, aan het leven", ZORG),
    # ... nothing between getting up and going to sleep
    ("sinds ze weg is sta ik op en ga ik slapen en daartussen is er niks", ZORG),
    # crisis-p: a pet or the plants handed over, and 'no need to give them back'
    ("neem jij mijn konijn? je moet hem niet meer terugbrengen. zijn hok staat klaar", ACUUT),
    # ... not coming back, and a farewell in the past tense
    ("ik ga naar de kaai. als ik niet terugkom, het was fijn met jullie", ACUUT),
    # ... no one gains from my being here; they had better had another child
    ("niemand heeft er iets aan dat ik besta", ZORG),
    ("mijn ouders hadden beter een andere zoon gehad", ZORG),
    # ... Gronings: 'ik kin der nait meer tegen'
    ("ik kin der nait meer tegen, elke dag alleen", ZORG),
    # ... worn out beside a harvest lost and the bank calling (not an ordinary cause any more)
    ("de oogst is verzopen en de bank belt elke dag. ik kan niet meer", ZORG),
    # eigen43: not pulling the parachute; lying in that bed instead; having stood where someone jumped; afk for good
    ("morgen spring ik en ik ga mijn parachute niet opentrekken", ACUUT),
    ("bij de kist van mijn vader dacht ik: lag ik maar in die kist", ZORG),
    ("had ik maar in dat bed gelegen in plaats van hem", ZORG),
    ("die vrouw sprong van de brug. ik heb er zelf ook gestaan", ACUUT),
    ("ben afk. voorgoed. sorry", ACUUT),
    # a film about someone who jumps, with 'I want that too' after it, keeps its alarm
    ("ik zag een film over een man die van een toren springt. ik wil dat ook", ACUUT),
])
def test_the_class_fires(text, lowest):
    assert RANK[_rules(text)] >= RANK[lowest], (text, observe(text)[:2])


@pytest.mark.parametrize("text", [
    # the rails, ordinarily: photos, the platform, a level crossing, work
    "ik sta op de spoorbrug met mijn camera, de stoomtrein komt zo langs",
    "sta op perron 5, de trein komt zo, tot straks",
    "de slagbomen zijn dicht, de trein komt zo, ik ben iets later",
    # no joy in a thing, not in life; getting up and sleeping on holiday
    "ik vind er niet veel meer aan, aan die serie",
    "op vakantie sta ik op en ga ik slapen en daartussen niks, heerlijk",
    # a pet given away for an ordinary reason; a thing not to be given back
    "de kat mag bij jou blijven, je hoeft haar niet meer terug te brengen, we verhuizen naar een studio",
    "je hoeft dat boek niet meer terug te geven",
    # not coming back for dinner; a fun time together
    "als ik niet terugkom voor het eten, begin maar",
    # another child for a role; no one gains when I come in ill
    "ze hadden beter een ander kind gekozen voor de hoofdrol",
    "niemand heeft er iets aan dat ik er ben als ik ziek ben",
    # a chin, in Gronings
    "mien kin dut zeer",
    # the terrace across the water; children jumping into the canal on a hot day
    "ik sta op de brug bij de pyloon, waar sta jij? het terras is aan de overkant",
    "de kinderen zijn van de brug in de vaart gesprongen, het was zo warm",
    # worked to death, in the figure of speech
    "me dood gewerkt maar het is gelukt",
    # a film seen about someone who jumps
    "gisteren een film gezien over een boer die zijn hof kwijt was en op het einde van de toren springt",
    # a ward handover; a hospice; an overdose in the news or a first-aid class
    "patiënt kamer 12 overdosis paracetamol, leverwaarden om 14u opnieuw prikken",
    "mijn moeder ligt in het hospice, we nemen afscheid. de morfinepomp is gisteren aangesloten",
    "drie festivalgangers met een overdosis naar het ziekenhuis, las ik",
    "bij de ehbo-cursus geleerd wat je doet bij een overdosis",
    # a dead phone; a service weapon back to the armoury; a tandem jump; bungee
    "batterij bijna leeg, als je niks meer van mij hoort is mijn telefoon dood",
    "wapen moet morgen terug naar de wapenkamer",
    "bij de tandemsprong hoef ik de parachute niet open te trekken",
    "de bungeejumpers sprongen van de brug, ik heb er ook al gestaan maar ik durfde niet",
    # afk, and quitting the game for good
    "ik ga offline, voorgoed gestopt met fortnite",
])
def test_the_look_alike_stays_quiet(text):
    assert _rules(text) is None, (text, observe(text)[:2])


def test_a_film_is_read_as_about_someone_only_without_i_want_the_same():
    assert "film over iemand" in normalised("ik zag een film over een vrouw die van een flat springt, heftig")
    assert "film over iemand" not in normalised("ik zag een film over een vrouw die van een flat springt. ik wil dat ook")


def test_the_gronings_verb_is_read_after_ik_only():
    assert "ik kan er niet meer tegen" in normalised("k kin der nait meer tegen")
    assert " kin " in normalised("mien kin dut zeer")


def test_a_dead_phone_beside_me_too_keeps_its_alarm():
    text = "mijn batterij is bijna op en als je niks meer van mij hoort, dan ben ik weg. voorgoed"
    assert assess(text).tier == ACUUT
