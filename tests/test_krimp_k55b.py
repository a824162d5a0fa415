"""Round 55 (k55b): pointers at a stretch of days, and a tally of what goes wrong with the drafts that hold a pointer.

tools/krimp_pointer_tally.py sorts the not-acceptable `verwijzing` drafts of the outside files by what goes wrong. The
mend (span_pointer.py, after day_pointer.py on the offered sentence): when the offer cut the sentence that named the
stretch, 'die dagen', 'in die dagen', 'die twee weken', 'die week', 'dat weekend' become that stretch, in the draft's
own words. Two stretches, none, or an offer that still names it: unchanged. 'die ochtend', 'die avond' take no day from
elsewhere in their place (part_pointer.py): the pointer and the sentence with the day stay. Drafts also in
tests/corpus/krimp/tuning55-k55b.toml; each filled case fails with the rule off.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vraaghulp.coach.krimp import part_pointer, shrink, span_pointer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_pointer_tally as tally  # noqa: E402

FILLED = [
    ("Beste Karin, wij zijn van vrijdag tot en met zondag bij mijn zus in Groningen. Ik vind het vervelend om te vragen, "
     "want je hebt het druk, maar zou jij in die dagen de kat eten willen geven? Als het niet uitkomt, zeg het gerust. "
     "Groetjes, Ria", "van vrijdag tot en met zondag de kat"),
    ("Beste Henk, Ik hoop dat alles goed met jullie gaat. Wij zijn volgende week van maandag tot en met donderdag in "
     "Drenthe bij mijn schoonzus. Ik vind het eigenlijk vervelend om te vragen, want je hebt het zelf ook druk, maar zou "
     "jij in die dagen de planten water willen geven? Als het niet uitkomt, zeg het gerust.",
     "volgende week van maandag tot en met donderdag de planten"),
    ("Hoi Mark. Ik heb het rooster voor de zomer nog eens bekeken en ik denk dat het voor Daan beter is als hij de "
     "eerste twee weken van augustus bij jou is, dan kan hij mee naar het kamp van zijn vriendjes. Kun je die twee weken "
     "vrij vragen bij je werk? Ik weet dat het kort dag is en ik wil niet moeilijk doen, dus zeg het gerust als het niet "
     "gaat.", "de eerste twee weken van augustus vrij vragen"),
]

SAME = [
    # the offer keeps the sentence with the stretch: the pointer reads fine
    "Hoi Sandra! Wij zitten van vrijdag tot en met maandag in Zeeland bij mijn ouders. Sorry dat ik het weer vraag, maar "
    "kun jij die dagen de kat eten geven? Als het niet lukt hoor ik het wel!",
    # two stretches before the ask: which one?
    "Hey Tim, ik werk van maandag tot woensdag in Rotterdam en van donderdag tot zaterdag in Utrecht. Kun je die dagen "
    "mijn planten water geven?",
    # 'twee weken' names no moment
    "Hoi Mark, ik ben twee weken weg. Ik weet dat het veel gevraagd is, maar kun je die twee weken de tuin water geven?",
    # after the ask, 'die dagen' is the writer's own word
    "Lieve Mies, kun je zaterdag even bij mij langskomen? Die dagen na de uitvaart waren zwaar.",
]


@pytest.mark.parametrize(("draft", "part"), FILLED)
def test_the_stretch_goes_in_the_pointers_place(draft, part, monkeypatch):
    r = shrink(draft)
    assert part in r.sentence
    assert "die dagen" not in r.sentence and "die twee weken" not in r.sentence
    assert not r.sure  # the sentence with the stretch went: the writer looks
    monkeypatch.setattr(span_pointer, "ON", False)
    assert part not in shrink(draft).sentence


@pytest.mark.parametrize("draft", SAME)
def test_twins_stay_as_they_are(draft, monkeypatch):
    after = shrink(draft)
    monkeypatch.setattr(span_pointer, "ON", False)
    before = shrink(draft)
    assert (after.sentence, after.sure) == (before.sentence, before.sure)


def test_the_twins_keep_what_they_say():
    kept = shrink(SAME[0]).sentence
    assert "van vrijdag tot en met maandag" in kept and "die dagen" in kept
    assert "die dagen" in shrink(SAME[1]).sentence
    assert shrink(SAME[3]).sentence.endswith("Die dagen na de uitvaart waren zwaar.")


class _Row:
    def __init__(self, draft: str, sentence: str, gold: str, reasons=()):
        self.case = {"concept": draft, "id": "x"}
        self.sentence, self.gold, self.reasons = sentence, gold, list(reasons)


def test_the_tally_sorts_what_goes_wrong():
    draft = ("Wij zijn volgende week van maandag tot en met donderdag weg. Zou jij in die dagen de planten water "
             "willen geven?")
    filled = _Row(draft, "Henk, wil jij in die dagen de planten water geven?",
                  "Henk, wil jij volgende week van maandag tot en met donderdag de planten water geven?")
    assert tally.kinds_of(filled)[0] == "ingevuld"
    dangling = _Row(draft, "Henk, wil jij in die dagen de planten water geven?", "Henk, wil jij de planten water geven?")
    assert tally.kinds_of(dangling)[0] == "bungelt"
    front = _Row(draft, "Wil jij de planten water geven?",
                 "Wij zijn volgende week van maandag tot en met donderdag weg. Wil jij de planten water geven?")
    assert tally.kinds_of(front) == ["ervoor"]
    cut = _Row("Ik denk dat hij de eerste twee weken beter bij jou is, dan kan hij mee naar het kamp. Kun je die twee "
               "weken vrij vragen?", "Mark, kan hij mee naar het kamp. Kun je die twee weken vrij vragen?",
               "Mark, kun je de eerste twee weken vrij vragen?")
    assert tally.kinds_of(cut)[0] == "afgeknipt"
    lost = _Row(draft, "Wil jij de planten water geven?", "Wil jij de planten water geven?", ["mist 'planten'"])
    assert tally.kinds_of(lost) == ["mist"]
    assert tally.kinds_of(_Row(draft, "Wil jij de planten water geven?", "Wil jij de planten water geven?")) == ["ander"]


def test_pointers_read_by_the_tally():
    assert set(tally.pointers("Kun je die twee weken en daarna ook dan?")) == {"die twee weken", "daarna", "dan"}
    assert not tally.pointers("Kun je morgen de planten water geven?")


PART_KEPT = [
    ("Hoi Bas, sorry dat ik weer met zoiets kom. We verhuizen zaterdag 14 juni naar de Merelstraat en ik weet dat je het "
     "druk hebt. Zou je die ochtend kunnen helpen met de kasten sjouwen? Geen probleem als het niet lukt hoor.",
     "zaterdag 14 juni", "Kun je die ochtend helpen"),
    ("Dag Griet, ik heb dinsdag om 19u een oudercontact op school. Zoudt ge die avond efkes op de kleine kunnen letten? "
     "Merci zenne", "dinsdag om 19u", "Kunt ge die avond"),
    ("Hoi Ruben, sorry dat ik weer iets vraag. We krijgen vrijdag 6 september de nieuwe keuken geleverd. Zou je die "
     "ochtend kunnen helpen met de dozen naar boven dragen? Geen probleem als het niet lukt.", "vrijdag 6 september",
     "Kun je die ochtend helpen"),
]


@pytest.mark.parametrize(("draft", "day", "ask"), PART_KEPT)
def test_a_part_of_the_day_keeps_its_pointer_and_its_day(draft, day, ask, monkeypatch):
    r = shrink(draft)
    assert ask in r.sentence and day in r.sentence.split("?")[0].rsplit(".", 1)[0]  # the day in a sentence before
    assert not r.sure
    monkeypatch.setattr(part_pointer, "ON", False)
    assert ask not in shrink(draft).sentence  # before: the day in the pointer's place, its part of the day lost


@pytest.mark.parametrize("draft", [
    # the moment names the part of the day itself
    "Hoi Sem, ik heb zaterdagavond een bruiloft in Utrecht. Kun jij die avond mijn dienst overnemen?",
    # a stretch of hours says the part of the day
    "Meneer Peeters, de loodgieter komt woensdag 3 mei tussen 8u en 12u om de boiler te vervangen. Kunt u mij dan "
    "binnenlaten?",
    # 'die nacht' in a condition after the ask, its day in the ask
    "Abi, kan jij mij dinsdag om 4:30 thuis ophalen en naar Schiphol brengen, maar alleen als je die nacht vrij bent?",
])
def test_part_of_the_day_twins(draft, monkeypatch):
    after = shrink(draft)
    monkeypatch.setattr(part_pointer, "ON", False)
    before = shrink(draft)
    assert (after.sentence, after.sure) == (before.sentence, before.sure)


def test_a_stretch_said_twice_loses_its_pointer(monkeypatch):
    draft = ("Geachte heer Bakker, Wij zijn van 14 tot en met 28 juli op vakantie in Oostenrijk. Ik wil u niet "
             "lastigvallen, maar zou u in die periode af en toe de brievenbus willen legen? Als het niet uitkomt, begrijp "
             "ik dat natuurlijk. Met vriendelijke groet, Els Verhoeven")
    r = shrink(draft)
    assert "van 14 tot en met 28 juli af en toe" in r.sentence and "in die periode" not in r.sentence
    monkeypatch.setattr(span_pointer, "ON", False)
    assert "28 juli in die periode" in shrink(draft).sentence
    # an open stretch: the pointer says how long, it stays
    kept = shrink("Dag Sofie en Jan, Wij zijn drie weken weg naar Canada vanaf 1 juli. Zoudt ge in die tijd de "
                  "kamerplanten binnen water willen geven, één keer per week is genoeg?").sentence
    assert "in die tijd" in kept
