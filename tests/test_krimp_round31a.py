"""Round 31 (k31a): the appointment a bare ask rests on, one or two short sentences further back (fact_far.py),
and the caller's own intro after the name addressed in a voice message (caller_intro.py)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


# ---------------------------------------------------------------- the appointment two or three sentences back

@pytest.mark.parametrize("draft, kept", [
    ("Hoi Sanne, sorry voor het late bericht. Ik moet morgen om 10.00 naar het AMC voor de uitslag van de biopsie. "
     "Ik durf niet alleen. Kun jij mee?", "AMC"),
    ("Hoi Ilse. Ik moet donderdag om 9.30 naar het Spaarne Gasthuis voor de uitslag. Ik zie er echt tegenop. "
     "Wil jij mee?", "Spaarne Gasthuis"),
    ("Hey broer, ik heb vrijdag om 14u een gesprek bij de VDAB in Mechelen. Ik zie da ni zitten alleen. "
     "Zoudt gij meegaan?", "VDAB"),
    ("Dag Sem. Tante Joke komt zondag om 15.40 aan op station Amersfoort. Ik kan niet meer zo goed lopen. "
     "Kun jij haar daar ophalen?", "Amersfoort"),
    ("Hoi Ruben, ik heb zaterdag om 11.00 de begrafenis van mijn oom in Deventer. Het gaat niet zo goed met me. "
     "Ik wil niet alleen. Ga je mee?", "begrafenis"),
    ("Hoi Pieter. Ik heb woensdag om 13.00 een hoorzitting bij de rechtbank in Arnhem. Ik ben er best zenuwachtig "
     "van. Kun je die dag mijn dienst overnemen?", "rechtbank"),
])
def test_the_far_appointment_goes_back_in_front_and_the_result_is_not_sure(draft, kept):
    res = shrink(draft)
    assert kept in res.sentence
    assert res.sentence.index(kept) < res.sentence.index("?")
    assert not res.sure


def test_a_time_the_appointment_says_leaves_the_ask_whole():
    """'om half drie' goes from the ask with its day: no stray 'drie' stays behind (appointment._without)."""
    res = shrink("Lieve tante Els. Papa heeft vrijdag om half drie een onderzoek bij de geheugenpoli in Zwolle. "
                 "Mama durft niet alleen. Zou jij met haar mee willen gaan?")
    assert "geheugenpoli" in res.sentence
    assert "drie met" not in res.sentence and "drie mee" not in res.sentence


@pytest.mark.parametrize("draft, absent", [
    # the ask names its own place
    ("Hoi Thijs, ik heb zaterdag om 10 uur een sollicitatiegesprek in Leiden. Ik ben zenuwachtig. Kun jij "
     "vrijdagavond mijn overhemd naar de stomerij in de Breestraat brengen?", "Leiden"),
    ("Hoi Femke, gisteren was ik om 8 uur op het feest bij Joris in Utrecht, super leuk. Ik ben nu wel kapot. "
     "Kun je mij morgen om 9 uur bij het station ophalen?", "Joris"),
    ("Henk, ik weet dat je morgen wilt golfen met Ton. Ik zie zo op tegen de uitslag. Wil je morgen mee, om 14.15 "
     "uur in het Gelre?", "golfen"),
    # the ask says its own span of days ('van tot woensdag' was left when the day went)
    ("Hoi Lies! Ik werk die week van maandag tot woensdag in Utrecht. Zou jij die dagen van maandag tot woensdag "
     "de planten water kunnen geven?", "van tot"),
    # the sentence further back is a question, not an appointment
    ("Zusje, gaat ge morgen naar de Colruyt? Ik ben ziek. Moogt ge dan voor mij luiers meebrengen?", "Colruyt?."),
])
def test_no_far_appointment_where_the_ask_does_not_rest_on_it(draft, absent):
    assert absent not in shrink(draft).sentence


# ---------------------------------------------------------------- the caller's intro after the name addressed

@pytest.mark.parametrize("draft, name", [
    ("euh hoi Karin met mij euh ik heb dinsdag om half tien die afspraak in het Radboud bij de longarts en euh "
     "zou jij mij misschien kunnen brengen", "Karin"),
    ("ja hallo Joop met Truus van de alten ik wou even zeggen dat ik donderdag niet kan komen en eh ja zou iemand "
     "mij de komende weken kunnen ophalen voor de repetitie", "Joop"),
    ("ja goeiendag mevrouw Peeters het is hier Steven de tegelzetter zoudt gij kunnen zeggen of ik donderdag al "
     "mag beginnen met de vloer", "Mevrouw Peeters"),
    ("hallo Ahmed met mij eh kun je zaterdag om tien uur helpen met de verhuizing", "Ahmed"),
])
def test_the_name_before_the_callers_intro_is_the_one_addressed(draft, name):
    assert shrink(draft).sentence.startswith(name + ", ")


@pytest.mark.parametrize("draft, wrong", [
    ("Hoi, met Karin. Kun je morgen om acht uur de sleutel brengen?", "Karin, "),
    ("hallo Joop met de kinderen gaat het goed. kun je morgen de sleutel brengen?", "de kinderen,"),
])
def test_the_caller_is_not_taken_for_the_one_addressed(draft, wrong):
    assert not shrink(draft).sentence.startswith(wrong)


def test_a_sentence_in_between_with_a_time_of_its_own_stops_the_look_back():
    """'Morgen werk ik tot 17.00.' between the funeral and 'Ga je mee?': the ask may rest on either."""
    from vraaghulp.coach.krimp import fact_far
    from vraaghulp.coach.krimp.engine import analyse

    near = "Ik heb zaterdag om 11.00 de begrafenis van mijn oom in Deventer. Ik wil niet alleen. Ga je mee?"
    far = "Ik heb zaterdag om 11.00 de begrafenis van mijn oom in Deventer. Morgen werk ik tot 17.00. Ga je mee?"
    assert "Deventer" in fact_far.fact_far(analyse(near).analysis, "Ga je mee?")
    assert fact_far.fact_far(analyse(far).analysis, "Ga je mee?") == ""
