"""Round 25 (k25i): who speaks and who is spoken to, and a lead-in that left its subject behind.

Kinds from the first look at tuning-ho24a/b, each in our own words with near misses that must not fire:
- a lead-in phrase written from its verb on ('weet niet hoe *') takes the writer's bare subject along, so the
  clause that stays does not end on 'en ik.' (subject_back.py);
- a family word or name after a preposition at the end of a clause ('… dan vraag ik het aan oma') is the one
  named there, never the person addressed (names._closing_name);
- a family word or name before a chat form with the 'k glued on ('oma kzal …') is the person addressed
  (runon.writer_says);
- a voice message's pause ('eh') after the writer's sign-in ('met Joris eh …') ends the sign-in (signin.py);
- an object pronoun is never filled in with a noun phrase after a place or purpose preposition ('bij de Gamma'),
  a topic after 'om' still is (refs.substitute).
"""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.engine import analyse
from vraaghulp.coach.krimp.runon import writer_says
from vraaghulp.coach.krimp.subject_back import with_subject

_DANGLING = re.compile(r"\b(?:ik|'k|en)[.?!]", re.I)


@pytest.mark.parametrize("draft", [
    "Ik lig al twee dagen ziek en ik weet niet hoe lang het nog duurt. Kun jij vanavond de hond uitlaten?",
    "Mijn oma is gevallen en 'k weet ni hoe het verder moet. Kunt ge zaterdag de winkel openen?",
    "De verwarming doet het niet en eh ja ik weet niet hoe lang het nog duurt dus kunt u vandaag iemand sturen",
])
def test_a_lead_in_from_its_verb_leaves_no_bare_subject(draft):
    sentence = shrink(draft).sentence
    assert not _DANGLING.search(sentence), sentence
    assert re.search(r"\b(?:kun|kunt)\b", sentence, re.I)


def _match(draft: str, word: str, kind: str = "aanloop") -> tuple[int, int]:
    """The span [word, end of the draft's clause) as a phrase match, and what with_subject makes of it."""
    d = analyse(draft).analysis.d
    i0 = next(i for i in range(d.n) if d.is_word(i) and d.word(i) == word)
    i1 = next((i for i in range(i0, d.n) if d.tok_text(i) in ".?!"), d.n)
    return with_subject(d, kind, [(i0, i1)])[0][0] - i0, i0


@pytest.mark.parametrize("draft", [
    "Ik ben ziek en ik weet niet hoe lang het duurt.",
    "Thomas is weg en 'k weet ni hoe het verder moet.",
    "Ik weet niet hoe lang het duurt.",
])
def test_the_subject_goes_with_the_lead_in(draft):
    shift, _ = _match(draft, "weet")
    assert shift == -1


def test_a_spoken_pause_before_the_subject_goes_too():
    shift, _ = _match("De pols is gebroken en eh ja ik weet niet hoe lang het duurt.", "weet")
    assert shift == -3  # 'eh ja ik'


@pytest.mark.parametrize("draft, word, kind", [
    ("Lies weet niet hoe lang het duurt.", "weet", "aanloop"),  # a name: someone else's knowing
    ("Ze zei dat ik weet niet hoe lang moest wachten.", "weet", "aanloop"),  # inside a clause of its own
    ("Ik kan volgende week ook.", "kan", "uitweg"),  # a hatch after 'Ik' is a statement of its own
    ("Jij weet niet hoe blij ik ben.", "weet", "aanloop"),  # not the writer
    ("Ik sorry voor gisteren.", "sorry", "excuus"),  # no verb after the pronoun
])
def test_near_misses_keep_their_start(draft, word, kind):
    shift, _ = _match(draft, word, kind)
    assert shift == 0


@pytest.mark.parametrize("draft", [
    "Ik moet tot zes uur werken. Kun jij Lotte om vijf uur van de crèche halen? Lukt het niet, dan vraag ik het aan oma.",
    "kzal vanavond later thuis zijn. kunt ge mij om 9u aan het station halen? als het ni past vraag ik het aan papa",
])
def test_the_one_named_after_a_preposition_is_not_addressed(draft):
    sentence = shrink(draft).sentence
    assert not re.match(r"(?:oma|papa)\b", sentence, re.I), sentence


@pytest.mark.parametrize("draft, name", [
    ("Sorry dat ik je stoor mam, kun je mij om vijf uur halen?", "Mam"),  # after a verb: the one addressed
    ("sorry dat ik zo laat nog stoor opa, kunt ge morgen de ladder brengen?", "Opa"),
])
def test_a_closing_name_after_a_verb_is_still_addressed(draft, name):
    assert shrink(draft).sentence.startswith(name + ","), shrink(draft).sentence


@pytest.mark.parametrize("draft, name", [
    ("oma kzal zondag wat later zijn. kunt ge de soep al opwarmen?", "Oma"),
    ("mama kheb mijn sleutel vergeten. kunt ge de deur opendoen als ge thuiskomt?", "Mama"),
    ("mama kzal vanavond later zijn. kunt ge mij om 21u aan de bib halen? anders vraag k het aan papa", "Mama"),
])
def test_a_name_before_a_glued_chat_verb_is_addressed(draft, name):
    assert shrink(draft).sentence.startswith(name + ","), shrink(draft).sentence


@pytest.mark.parametrize("word, says", [
    ("kheb", True), ("kzal", True), ("kga", True), ("kweet", True),
    ("kan", False), ("kom", False), ("kwam", False), ("klop", False), ("kaas", False),
])
def test_glued_writer_forms(word, says):
    d = analyse(f"{word} morgen").analysis.d
    assert writer_says(d, 0) is says


def test_the_plain_writer_still_opens_a_clause():
    d = analyse("ik weet het").analysis.d
    assert writer_says(d, 0)
    d = analyse("ik morgen").analysis.d
    assert not writer_says(d, 0)  # no verb after 'ik'


@pytest.mark.parametrize("draft", [
    "ja hoi Sanne met Joris eh ik bel even want kun jij morgen de sleutel brengen",
    "hallo Sanne met Joris ehm ik zit in de auto dus kun jij morgen de sleutel brengen",
])
def test_a_pause_after_the_sign_in_ends_it(draft):
    sentence = shrink(draft).sentence
    assert sentence.startswith("Sanne,") and "Joris" not in sentence, sentence


@pytest.mark.parametrize("draft", [
    "hoi Sanne eh kun jij morgen de sleutel brengen",  # no sign-in at all
    "Hoi Sanne, ik ga met Bram eh naar de film, kun jij morgen de sleutel brengen?",  # 'met Bram' is company
])
def test_near_misses_of_the_sign_in(draft):
    sentence = shrink(draft).sentence
    assert sentence.startswith("Sanne,"), sentence
    assert "Bram" in sentence or "Bram" not in draft


@pytest.mark.parametrize("draft, wrong, thing", [
    ("Ik heb gisteren een kast gehaald bij de Gamma. Kun je die zaterdag helpen opbouwen? Alleen als je tijd hebt.",
     "de gamma zaterdag", "kast"),
    ("Hoi Tom, sorry dat ik het vraag. Er staat een fiets van mij bij jullie in de schuur. Zou je die morgen buiten "
     "willen zetten? Ik kom hem om 5 uur halen.", "de schuur morgen", "fiets"),
])
def test_a_pronoun_never_stands_for_a_place_or_purpose_phrase(draft, wrong, thing):
    """refs.substitute: 'die' is not 'de Gamma' of 'bij de Gamma'; the sentence that names the thing stays."""
    result = shrink(draft)
    assert wrong not in result.sentence.lower(), result.sentence
    assert thing in result.sentence or not result.sure


def test_a_topic_after_om_is_still_what_the_pronoun_stands_for():
    draft = ("Hoi Rutger, korte vraag. Het gaat om de offerte van vrijdag. Kunnen we die eigenlijk een week uitstellen? "
             "De cijfers zijn nog niet klaar.")
    assert "kunnen we de offerte van vrijdag" in shrink(draft).sentence.lower()


def test_after_an_announcement_the_ask_may_come_sentences_later():
    """opening.past_opening: 'mag ik je iets vragen?' never asks anything itself (h24a-024's kind)."""
    draft = ("Hoi Sam, mag ik je iets vragen? Het is een beetje gek. Ik moet vrijdag naar de notaris en ik zie er erg "
             "tegenop. Wil jij met me meegaan?")
    sentence = shrink(draft).sentence
    assert "mag ik je iets vragen" not in sentence.lower() and "meegaan?" in sentence, sentence


@pytest.mark.parametrize("draft, kept", [
    ("Hoi Sam, mag ik je iets vragen? Ik snap die brief van de gemeente niet.", "mag ik je iets vragen"),  # no ask after it
    ("Hoi Sam, mag ik je iets vragen? Ik moet vrijdag naar de notaris. Heb je toevallig een pen?",
     "mag ik je iets vragen"),  # a check question after it is no request
    ("Heb je mijn fiets gezien? Ik kan hem nergens vinden. Kun je morgen meezoeken?", "kun je morgen meezoeken"),
])
def test_near_misses_of_the_late_ask(draft, kept):
    assert kept in shrink(draft).sentence.lower(), shrink(draft).sentence
