"""Round 32 (k32c): two asks in one message (a later question that moves a date is the second; the draft may mark
the main one), a list of
tasks inside one ask, an offer beside the ask, and quoted e-mail threads and signatures cut before anything else."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.quoted import blank, spans


@pytest.mark.parametrize("draft, main, other", [
    ("Hey Mo, kun jij de presentatie voor de klant afmaken? En kunnen we de 1-op-1 naar vrijdag verschuiven?",
     "presentatie voor de klant afmaken", "vrijdag"),
    ("dag Lien, zoudt ge de facturen van maart willen inboeken? Kunnen we het overleg van maandag naar woensdag zetten?",
     "facturen van maart", "woensdag"),
    ("hey, kun je de sleutels bij mama afgeven? en kunnen we ons etentje naar zaterdag verplaatsen?", "sleutels", "etentje"),
])
def test_a_later_question_that_moves_a_date_is_the_second(draft, main, other):
    r = shrink(draft)
    assert main in r.sentence and other not in r.sentence
    assert other in r.second


def test_a_later_question_with_a_deadline_of_its_own_stays_the_main_one():
    r = shrink("Hoi Marcel, mag ik de Excel-training volgen? En kun je morgen vóór 12 uur mijn urenstaat goedkeuren?")
    assert "urenstaat" in r.sentence and "Excel" in r.second


def test_en_dan_ties_the_question_to_the_first_and_keeps_the_old_choice():
    r = shrink("Hoi Tim, kun je me helpen met verhuizen? En kun je dan zaterdag om 9 uur bij mij zijn?")
    assert "zaterdag om 9 uur" in r.sentence


@pytest.mark.parametrize("draft, main, other", [
    ("hee, kun je mijn blender terugbrengen? maar vooral: wil je met me mee naar het ziekenhuis?", "ziekenhuis", "blender"),
    ("Kun jij de notulen rondsturen? Het belangrijkste: kun je mijn presentatie nakijken?", "presentatie", "notulen"),
])
def test_the_ask_the_draft_marks_as_the_one_that_matters_is_main(draft, main, other):
    r = shrink(draft)
    assert main in r.sentence and other not in r.sentence and other in r.second


def test_a_bare_eigenlijk_is_no_mark():
    r = shrink("Kun je morgen de kinderen halen? Weet je eigenlijk of Piet ook komt?")
    assert "kinderen halen" in r.sentence


@pytest.mark.parametrize("draft, kept", [
    ("zoudt gij vanavond de afwas kunnen doen, de was ophangen en de boterhammen voor morgen smeren?",
     ["de afwas doen", "de was ophangen", "de boterhammen voor morgen smeren"]),
    ("Lief, zou je morgen de boodschappen willen doen, de was ophangen en de oppas bellen?",
     ["de boodschappen doen", "de was ophangen", "de oppas bellen"]),
    ("ma, kunt ge zondag patatten, sla en een pak boter meebrengen?", ["patatten, sla en een pak boter meebrengen"]),
])
def test_a_row_of_tasks_in_one_ask_stays_whole(draft, kept):
    sentence = shrink(draft).sentence
    assert all(k in sentence for k in kept), sentence


def test_a_clause_with_a_subject_of_its_own_is_no_row_of_tasks():
    sentence = shrink("kun je me morgen ophalen, ik en Sam moeten om 8 uur daar zijn?").sentence
    assert "ik en Sam moeten" not in sentence.split("?")[0]


@pytest.mark.parametrize("draft", [
    "Hoi Karin, zou jij volgende week de kat eten willen geven, de sleutel leg ik dan zondag bij je in de bus",
    "Hey Emre, zoudt ge mijn shift van vrijdagavond kunnen pakken, en dan doe ik uw zondag?",
    "kunde gij morgen mijn pakske afhalen, 'k betaal u dan terug",
])
def test_an_offer_is_never_glued_into_the_ask_nor_asked(draft):
    sentence = shrink(draft).sentence
    ask, _, rest = sentence.partition("?")
    assert not any(w in ask for w in ("sleutel", "doe ik", "betaal")), sentence
    assert "?" not in rest, sentence


def test_a_quoted_thread_is_cut_and_struck():
    draft = ("Hoi Marjolein,\n\nKun je de deadline van de notitie naar 20 juni verschuiven?\n\n"
             "Op di 3 jun. 2025 om 21:40 schreef Marjolein de Graaf:\n> Lukt het om de notitie vrijdag te sturen?\n")
    r = shrink(draft)
    assert "vrijdag" not in r.sentence and "schreef" not in r.sentence and not r.second
    start = draft.index("Op di")
    assert any(a <= start and b >= len(draft.rstrip()) for a, b in r.dropped)


@pytest.mark.parametrize("header", [
    "-----Oorspronkelijk bericht-----\nVan: Peeters Ann\nVerzonden: maandag 2 juni 2025 14:03\n",
    "Van: Kees Dekker <k@x.nl>\nVerzonden: woensdag 4 juni 2025 08:15\nAan: Miriam\nOnderwerp: RE: planning\n",
    "> Op 2 jun. 2025, om 10:05, heeft J. Bakker het volgende geschreven:\n>\n",
])
def test_every_kind_of_thread_header_starts_the_cut(header):
    draft = "Kun je donderdag het gesprek van 14 uur overnemen?\n\n" + header + "Beste allemaal, graag op 10 juni.\n"
    text = blank(draft)
    assert len(text) == len(draft) and "10 juni" not in text and "overnemen" in text


def test_signature_lines_under_the_name_and_the_device_line_go():
    draft = ("Kun je de offerte vandaag nog sturen?\n\nMet vriendelijke groet,\nPiet Hendriks\nHendriks Bouw | Utrecht\n"
             "Tel. 06-11223344\n\nVerstuurd vanaf mijn iPhone")
    text = blank(draft)
    assert "Piet Hendriks" in text and "06-" not in text and "Utrecht" not in text and "iPhone" not in text
    assert "Tel." not in shrink(draft).sentence


@pytest.mark.parametrize("draft", [
    "Hoi Anna,\n\nOp zaterdag schreef je dat je zou helpen. Kun je zondag om 10 uur komen?\n\nGroetjes,\nMieke",
    "Hoi Els,\nKun je morgen mijn dienst overnemen?\nGroetjes en tot snel\nBart\nPS kun je ook de sleutel meenemen?",
    "Van: mama\nKun je zondag komen eten?",
])
def test_look_alikes_are_no_thread_nor_signature(draft):
    assert not spans(draft) or all("?" not in draft[a:b] for a, b in spans(draft))
    assert blank(draft).count("?") == draft.count("?")


def test_an_offer_the_engine_keeps_is_a_statement_of_its_own_after_the_ask():
    sentence = shrink("Hey Mo, kun jij mijn nachtdienst van za 18/5 overnemen, dan doe ik jouw avond op 25/5? "
                      "sorry sorry ik weet dat je nachten haat").sentence
    assert sentence.endswith("overnemen? Dan doe ik jouw avond op 25/5."), sentence


def test_what_the_writer_wants_after_the_ask_is_no_offer():
    # 'ik wil eigenlijk dat …' and a question with 'ik' are never read as an offer (their marks and words stay as before)
    assert shrink("Ahmed, hoef ik maandag het klantgesprek niet alleen te doen? Ik vind dat eng.").sentence.count("?") == 1
