"""Round 30 (k30d): long formal drafts with the ask at the end.

- a letter's 'whether' frame around a clause about a thing or a third person becomes the direct question, the
  clause's finite verb in front ('Graag zou ik willen weten of mijn pas al verstuurd is.' -> 'Is mijn pas al
  verstuurd?'; whether_turned.py), and only for one plain clause that ends in its verbs;
- the frames 'Graag zou ik willen weten of', 'Ik wil graag weten of', 'Hierbij verzoek ik u (om) … te …',
  'Ik zou u vriendelijk willen verzoeken om …' (content/nl/krimp.toml `kader`);
- a date that belongs to a letter or a change before the ask ('uw brief van 2 december', 'per 1 november verhoogd')
  is not pulled into the ask as its moment (dated_aside.py).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.whether_turned import turned


# ---------------------------------------------------------------- the 'whether' frame made the direct question

@pytest.mark.parametrize("sentence, expected", [
    ("Graag zou ik willen weten of mijn nieuwe pas al verstuurd is.", "Is mijn nieuwe pas al verstuurd?"),
    ("Ik zou graag willen weten of het pakket morgen bezorgd wordt.", "Wordt het pakket morgen bezorgd?"),
    ("Graag had ik geweten of mijn attest al binnen is.", "Is mijn attest al binnen?"),
    ("Ik wil graag weten of de behandelingen vergoed worden.", "Worden de behandelingen vergoed?"),
    ("Ik vroeg me af of er nog plaatsen vrij zijn.", "Zijn er nog plaatsen vrij?"),
    ("Geacht kantoor, graag zou ik willen weten of mr. De Boer mij deze maand kan ontvangen.",
     "Geacht kantoor, kan mr. De Boer mij deze maand ontvangen?"),
    ("Mevrouw Claes, ik vraag mij af of het mogelijk is om het examen later af te leggen.",
     "Mevrouw Claes, is het mogelijk om het examen later af te leggen?"),
    ("Ik ben benieuwd of de uitslag al binnen is. Bel me maar.", "Is de uitslag al binnen? Bel me maar."),
    ("Ik zou graag willen weten of mr. De Boer mij kan ontvangen voor een gesprek.",
     "Kan mr. De Boer mij ontvangen voor een gesprek?"),
    ("Ik vroeg me af of mijn broer zijn spullen kan ophalen.", "Kan mijn broer zijn spullen ophalen?"),
    ("Ik vraag me af of ik bij de dokter moet zijn.", "Moet ik bij de dokter zijn?"),
])
def test_the_whether_frame_becomes_the_direct_question(sentence, expected):
    out, frame = turned(sentence)
    assert out == expected
    assert frame and frame.lower().endswith(" of")


@pytest.mark.parametrize("sentence", [
    "Ik vroeg me af of het aan zijn medicijnen ligt.",             # 'zijn' before a noun is no verb
    "Graag zou ik willen weten of dat klopt.",                     # no finite form of the closed list
    "Ik vroeg me af of hij gekomen is en wat hij zei.",             # a second clause
    "Graag zou ik willen weten of mijn zoon de brief heeft gekregen die u stuurde.",  # a relative clause after
    "Ik vroeg me af of mijn zus komt en of ze iets meeneemt.",     # two clauses
    "Graag zou ik willen weten of, als het kan, de monteur komt.",  # a comma inside
    "Weet jij of de winkel open is?",                              # no frame of a letter
    "Ik wil weten wanneer de bus komt.",                           # no 'of'
])
def test_no_direct_question_when_the_clause_is_not_one_plain_clause(sentence):
    assert turned(sentence) == (sentence, "")


def test_the_frame_goes_in_the_whole_engine_and_is_struck_through():
    draft = "Graag zou ik willen weten of mijn nieuwe pinpas al verstuurd is."
    r = shrink(draft)
    assert r.sentence == "Is mijn nieuwe pinpas al verstuurd?"
    assert any(f.kind == "aanloop" and "weten of" in f.text for f in r.findings)
    assert any(draft[a:b].startswith("Graag zou ik") for a, b in r.dropped)


def test_a_flemish_letter_frame_with_a_third_person():
    r = shrink("Graag had ik geweten of mijn doktersattest al bij het secretariaat toegekomen is.")
    assert r.sentence == "Is mijn doktersattest al bij het secretariaat toegekomen?"


# ---------------------------------------------------------------- the letter's 'verzoek' frame

@pytest.mark.parametrize("draft, start", [
    ("Hierbij verzoek ik u mij te laten weten wanneer ik een besluit kan verwachten.", "Wilt u mij laten weten wanneer"),
    ("Ik verzoek u vriendelijk om de factuur te corrigeren.", "Wilt u de factuur corrigeren"),
    ("Ik zou u daarom heel beleefd willen verzoeken om een tweede leuning te laten plaatsen.",
     "Wilt u een tweede leuning laten plaatsen"),
    ("Hierbij verzoeken wij u het bedrag terug te storten.", "Wilt u het bedrag terugstorten"),
])
def test_the_verzoek_frame_becomes_wilt_u(draft, start):
    assert shrink(draft).sentence.startswith(start)


def test_someone_elses_verzoek_is_no_frame_of_the_writer():
    r = shrink("De gemeente verzoekt u om de container binnen te zetten. Kun je dat doen?")
    assert not r.sentence.startswith("Wilt u")
    assert "gemeente" in r.sentence


# ---------------------------------------------------------------- a letter's date is not the ask's moment

def test_the_date_of_a_letter_is_not_pulled_into_the_ask():
    draft = ("Mijn orthopeed heeft twintig behandelingen voorgeschreven. Volgens uw brief van 2 december worden er "
             "maar negen vergoed uit mijn aanvullende verzekering. Ik heb er inmiddels veertien gehad. Wilt u nagaan of "
             "de overige behandelingen toch vergoed kunnen worden?")
    assert "2 december nagaan" not in shrink(draft).sentence


def test_a_date_after_per_is_not_pulled_into_the_ask():
    draft = ("Mijn voorschot is per 1 november verhoogd van 120 naar 210 euro per maand. Ik woon alleen in een klein "
             "appartement. Ik verzoek u mijn voorschot weer te verlagen naar 120 euro per maand.")
    r = shrink(draft)
    assert "1 november mijn voorschot" not in r.sentence
    assert "voorschot" in r.sentence and "120 euro" in r.sentence


# ---------------------------------------------------------------- a letter's opener about the letter itself

@pytest.mark.parametrize("draft, gone", [
    ("Naar aanleiding van ons gesprek van vorige week stuur ik u deze mail. Kunt u mij een offerte sturen voor het "
     "oversluiten van mijn hypotheek?", "Naar aanleiding"),
    ("Naar aanleiding van uw brief van 3 mei heb ik een vraag. Kunt u mij bellen?", "3 mei"),
])
def test_the_letters_opener_about_itself_goes(draft, gone):
    r = shrink(draft)
    assert gone.lower() not in r.sentence.lower()
    assert r.sentence.startswith("Kunt u mij")


def test_an_opener_that_says_a_fact_keeps_the_fact():
    r = shrink("Ik stuur je deze mail omdat mijn moeder ziek is. Kun je mijn dienst overnemen?")
    assert "moeder ziek" in r.sentence


# ---------------------------------------------------------------- the number a call back needs

def test_the_phone_number_stays_with_a_call_back():
    r = shrink("Goedemiddag, met Henk Vos. Excuses voor de late mail. Kan de dokter mij morgen terugbellen over mijn "
               "bloeduitslag? Mijn nummer is 06-11223344.")
    assert r.sentence.endswith("Mijn nummer is 06-11223344.")
    assert "06-11223344" not in "".join(r.sentence[a:b] for a, b in r.dropped)


def test_the_number_after_a_sentence_between_and_a_flemish_gsm():
    r = shrink("Dag juf Els, zoudt ge mij willen bellen als Lore ziek wordt op school? Alleen dan he. "
               "Mijn gsm-nummer is 0476 12 34 56.\n\nGroetjes,\nAn")
    assert "0476 12 34 56" in r.sentence


@pytest.mark.parametrize("draft, number", [
    ("Kun je morgen de sleutel brengen? Mijn nummer is 06-11223344.", "06-11223344"),  # no call asked
    ("Ik woon op nummer 12. Kun je me vanavond bellen?", "12."),                        # a house number
])
def test_no_number_added_when_no_call_is_asked_or_it_is_no_phone_number(draft, number):
    assert not shrink(draft).sentence.endswith(number)
