"""Round 44 (k44a): a fact about a named person right before the ask (named_fact.py) and a condition on the reader
that opens the ask's sentence (fronted_if.py) are never dropped while sure; the not-sure offer puts them back in
front. Real engine calls; the drafts are new ones of the same kinds, not the corpus drafts."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import fronted_if, named_fact, shrink


@pytest.mark.parametrize(("draft", "fact"), [
    ("Beste ouders, even iets over het schoolreisje: Noor heeft een ernstige glutenallergie. Willen jullie haar geen "
     "koekjes geven onderweg? Sorry dat ik er weer over begin!", "Noor heeft een ernstige glutenallergie"),
    ("Hoi trainer, Daan heeft sinds maandag een gipsbeen. Mag hij zaterdag langs de lijn blijven zitten? Dank je wel "
     "alvast, het is wat.", "Daan heeft sinds maandag een gipsbeen"),
])
def test_a_named_persons_fact_before_the_ask_is_never_dropped_while_sure(draft, fact):
    out = shrink(draft)
    assert fact in out.sentence or not out.sure
    assert fact in out.sentence  # one clause: back in front of the not-sure offer


def test_a_named_fact_of_two_clauses_only_makes_it_not_sure():
    draft = ("Juf Sanne, Milan heeft morgen zijn schoolreisje, maar hij was vanavond misselijk. Wilt u hem morgen niet "
             "in de bus laten stappen als hij nog ziek is?")
    assert named_fact.fact(draft).startswith("Milan heeft morgen")
    assert named_fact.offer(draft, "Juf Sanne, wilt u hem morgen niet in de bus laten stappen?", "Juf Sanne",
                            lambda *a: "changed") == ("Juf Sanne, wilt u hem morgen niet in de bus laten stappen?", "")
    out = shrink(draft)
    assert not (out.sure and "schoolreisje" not in out.sentence)


@pytest.mark.parametrize("draft", [
    "Hoi ouders, een vraagje: Misschien is dit dom. Kunnen jullie morgen de jassen meenemen?",
    "Lieve allemaal, Bomma heeft een vraagske. Wilt ge mij tonen hoe ik kan videobellen?",  # a lead-in, no fact
    "Hopelijk gaat alles goed met jullie. Kun je zaterdag de sleutel brengen?",
])
def test_no_named_fact_where_no_person_is_named(draft):
    assert named_fact.fact(draft) == ""


@pytest.mark.parametrize(("draft", "cond"), [
    ("sien als ge zaterdag langs den aldi rijdt, kunde voor mij meebrengen: 2 pakken koffie en 1 zak appelsienen? "
     "ik betaal u zondag terug. sorry van het gezaag", "als ge zaterdag langs den aldi rijdt"),
    ("Hoi Bram, als je vanavond naar de bouwmarkt gaat, kun je dan 3 zakken potgrond voor me meenemen? Ik betaal je "
     "morgen terug. Sorry dat ik het weer vraag!", "als je vanavond naar de bouwmarkt gaat"),
])
def test_a_condition_that_opens_the_ask_is_never_dropped_while_sure(draft, cond):
    out = shrink(draft)
    assert cond in out.sentence.lower() or not out.sure
    assert cond in out.sentence.lower()  # the not-sure offer keeps it in front, its moment said once
    moment = cond.split()[2]
    assert out.sentence.lower().count(moment) == 1


@pytest.mark.parametrize("draft", [
    "Anna, als je tijd hebt, kun je morgen mijn planten water geven?",
    "Yasmin, als je ooit een momentje hebt, kun je naar mijn verslag kijken?",
])
def test_a_hatch_in_front_is_no_condition(draft):
    assert fronted_if.condition(draft) == ("", "")
    assert "als je" not in shrink(draft).sentence


def test_a_kept_condition_is_not_lost():
    draft = "Mam, als je zaterdag naar de markt gaat, kun je een paar dingen meenemen? Luiers maat 3 en zinkzalf."
    assert fronted_if.condition(draft)[0] == "zaterdag naar de markt gaat"
    assert not fronted_if.lost(draft, "Mam, als je zaterdag naar de markt gaat, kun je luiers meenemen?")
    assert fronted_if.lost(draft, "Mam, kun je zaterdag luiers maat 3 en zinkzalf meenemen?")


@pytest.mark.parametrize(("draft", "gone"), [
    ("Pap, ik ben echt kapot ehm. Kun jij zaterdag de boodschappen doen?", "ehm"),
    ("Kan je uhm vanavond de kliko buiten zetten als je thuis bent?", "uhm"),
    ("Sanne, kun je, euh, morgen mijn pakket aannemen?", "euh"),
])
def test_a_hesitation_sound_goes_from_the_offer(draft, gone):
    out = shrink(draft)
    assert gone not in out.sentence.lower().split() and ", ," not in out.sentence and ",," not in out.sentence
    assert any(gone in draft[a:b].lower() for a, b in out.dropped)  # struck through in the draft


@pytest.mark.parametrize("draft", [
    "Wim, kunt ge zaterdag mijn grasmachine naar de hersteller brengen? 'k Kan ni goe stappen met mijn heup.",
    "Kun jij morgen de vuilnisbak aan de straat zetten? Ik kan niet goed lopen met mijn knie.",
])
def test_what_the_writers_body_cannot_is_never_dropped_while_sure(draft):
    out = shrink(draft)
    said = draft.split("? ", 1)[1].rstrip(".")
    assert said.lower() in out.sentence.lower()


def test_an_or_before_a_preposition_opens_no_whether_clause():
    out = shrink("hoi Mark kun jij dinsdagavond met mij de rekensommen oefenen bij jou thuis of in de bieb ik weet jij "
                 "heb veel werk sorry")
    assert "veel werk" not in out.sentence and "of in de bieb" in out.sentence


def test_a_delivery_window_in_the_last_clause_after_the_ask_stays():
    out = shrink("hey allemaal, kan iemand morgen mijn pakje van de post aannemen? ik zit tot 22u op mijn werk en het "
                 "komt tss 17 en 19u. geen probleem als het niet lukt!")
    assert "17 en 19u" in out.sentence and "22u" not in out.sentence


@pytest.mark.parametrize("draft", [
    "Beste mevrouw Smit, graag zou ik u om een kleine gunst willen vragen. Ik ben van 4 tot 9 mei weg. Zou u in die "
    "week mijn kat eten willen geven?",
    "Hoi Jan, ik wil je om een klein plezier vragen: kun jij zaterdag mijn planten water geven?",
])
def test_asking_for_a_favour_is_a_lead_in_not_the_request(draft):
    out = shrink(draft)
    assert "gunst" not in out.sentence and "plezier" not in out.sentence
    assert "eten" in out.sentence or "planten" in out.sentence


@pytest.mark.parametrize("draft", [
    "Hey Lien, kunt ge mij het wachtwoord doorsturen? Geen stress als ge nu niet kunt hoor.",  # a hatch after the ask
    "Lieve Daan, zou jij, als je met Pasen thuis bent, naar mijn telefoon willen kijken?",  # inside the ask
])
def test_no_fronted_condition_where_none_opens_the_ask(draft):
    assert fronted_if.condition(draft) == ("", "")


def test_a_visit_in_front_makes_it_not_sure_but_is_not_put_back():
    draft = "Dag jongen. Als je zondag komt, zou je dan de boormachine en 2 zakken potgrond kunnen meenemen?"
    out = shrink(draft)
    assert not out.sure and "als je" not in out.sentence.lower() and "zondag" in out.sentence


def test_a_clear_clause_that_is_no_delivery_window_is_not_kept():
    out = shrink("Femke, kun jij dinsdag de training geven, tenzij Jeroen dan al terug is? Ik moet dan naar Utrecht, "
                 "de kerstborrel is op 19 december.")
    assert "kerstborrel" not in out.sentence
