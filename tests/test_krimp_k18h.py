"""Round 18 (k18h): the honest sentence and the context the ask needs. A short fact after the ask (when,
where, who opens) stays; an honest reason glued to the ask becomes a sentence of its own in main clause
order; a lower-case name on a new line is the person addressed; news of a parent with dementia is heavy
news; a clock time lost in a run-on ask is never sure. Drafts in our own wording."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft, fact", [
    ("Hoi Mirte, sorry dat ik stoor. Kun je donderdag Lieke van de crèche halen? Ze is om kwart over vijf klaar.",
     "Ze is om kwart over vijf klaar."),
    ("Wil jij zaterdag met mij naar het revalidatiecentrum? Bezoekuur is van 3 tot 5. Sorry voor de drukte.",
     "Bezoekuur is van 3 tot 5."),
    ("Kunt u morgen de monteur binnenlaten? Ons adres is Beukenlaan 14, ik ben aan het werk.",
     "Ons adres is Beukenlaan 14"),
    ("Kan iemand vanavond de kat eten geven? Mijn buurjongen Sem is thuis en doet open.",
     "Mijn buurjongen Sem is thuis en doet open."),
])
def test_a_short_fact_after_the_ask_stays(draft, fact):
    assert fact in shrink(draft).sentence


@pytest.mark.parametrize("draft", [
    "Kun je zaterdag de kippen eten geven? Niet voor 10u. Ik ben er pas om 10u. Het is om 10u open.",
])
def test_a_reason_or_a_time_kept_already_is_not_added(draft):
    sentence = shrink(draft).sentence
    assert "vlucht" not in sentence and sentence.count("10u") <= 1


def test_a_place_keeps_the_code_after_it():
    draft = "Gijs, kunt ge morgen de vissen eten geven? De sleutel ligt in de brievenbus, code 2718. Merci!"
    assert "De sleutel ligt in de brievenbus, code 2718." in shrink(draft).sentence


def test_a_place_after_an_ask_the_result_rewrote():
    draft = "Noor, zou je eventueel de vergadering van 10:00 van me over kunnen nemen? De agenda staat in Teams onder Overleg."
    assert "De agenda staat in Teams onder Overleg." in shrink(draft).sentence


def test_a_reason_with_a_phrase_after_its_verb_goes_to_main_order():
    draft = "pap kunde gij mij vanavond ne keer bellen omdat ik het moeilijk heb met de verhuis"
    sentence = shrink(draft).sentence
    assert "Ik heb het moeilijk met de verhuis." in sentence
    assert "ik het moeilijk heb" not in sentence.lower()


def test_an_honest_want_clause_loses_its_want():
    draft = "kun jij het rooster vandaag naar de groep sturen want mn hoofd zit zo vol dat ik niks onthoud"
    sentence = shrink(draft).sentence
    assert "Mn hoofd zit zo vol dat ik niks onthoud." in sentence
    assert "Want" not in sentence


def test_a_lower_case_name_on_a_new_line_is_addressed():
    draft = "sorry voor het late bericht maar ik ben echt op vandaag\nfemke kun je morgen de jongens van judo halen?"
    assert shrink(draft).sentence.startswith("Femke, ik ben echt op vandaag.")


def test_a_chat_sound_on_a_new_line_is_no_name():
    draft = "sorry voor het late bericht maar ik ben echt op vandaag\nowja kun je morgen de jongens van judo halen?"
    assert not shrink(draft).sentence.startswith("Owja")


def test_a_parent_who_no_longer_knows_the_writer_is_kept_or_doubted():
    alone = shrink("Mijn vader herkent me niet meer. Kun je zondag met mij naar hem toe?")
    assert "herkent me niet meer" in alone.sentence
    cut = shrink("Sorry dat ik het vraag maar mijn vader herkent me niet meer en ik moet vrijdagochtend met hem naar "
                 "de neuroloog. Wil je mijn dienst van 7 tot 11 overnemen?", person="Yusuf", moment="vrijdag")
    assert "herkent" in cut.sentence or not cut.sure


def test_a_clock_time_lost_in_a_run_on_ask_is_not_sure():
    result = shrink("Sofie kunt ge donderdag de kinderen van de muziekschool halen want ik lig in't ziekenhuis voor "
                    "een onderzoek en de Bart werkt tot 8u ze zijn om 4u40 gedaan")
    assert "4u40" in result.sentence or not result.sure


# Round 43 (k43a), the lead's decision: a not-sure result keeps the one short statement beside a clean ask in its
# offer (lone_statement.py: not surely removable, the outside golds keep it); these drafts asserted the drop before.
@pytest.mark.parametrize(("draft", "said"), [
    ('Kun je zaterdag de kippen eten geven? Mijn vlucht is om 7 uur.',
     'Mijn vlucht is om 7 uur.'),
])
def test_round43_the_writers_travel_stays_in_the_not_sure_offer(draft, said):
    out = shrink(draft)
    assert said in out.sentence and not out.sure
