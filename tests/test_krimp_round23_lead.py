"""Round 23 (k23j): an honest sentence behind a lead-in phrase ('na wat er gebeurde voel ik me daar niet
veilig') is the honest sentence; it carries the request and stays (lead_phrase.py, states.is_state). And a
crisis result to a practice keeps a formal introduction by name ('Mijn naam is …', ident.py). Drafts written
for these tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.lead_phrase import behind_lead, state_phrase
from vraaghulp.coach.krimp.lexicon import lexicon
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


@pytest.fixture(autouse=True)
def _rules(rules_only):
    yield


@pytest.mark.parametrize(("words", "upright"), [
    ("na wat er gebeurde voel ik me daar niet veilig", "ik voel me daar niet veilig"),
    ("sinds de verbouwing slaap ik slecht", "ik slaap slecht"),
    ("door dat gedoe durf ik niet meer alleen", "ik durf niet meer alleen"),
    ("sinds ik thuis ben voel ik me niet veilig", "ik voel me niet veilig"),
])
def test_a_lead_in_phrase_gives_the_words_behind_it_subject_first(words, upright):
    assert behind_lead(lexicon(), words.split()) == upright.split()


@pytest.mark.parametrize("words", [
    "ik voel me daar niet veilig",  # no lead-in phrase
    "morgen kan ik niet komen",  # 'morgen' opens no phrase of time, cause or place here
    "na het eten",  # no verb and 'ik'
    "sinds gisteren is hij ziek",  # someone else
])
def test_no_lead_in_phrase_leaves_nothing_to_read(words):
    assert behind_lead(lexicon(), words.split()) is None


def test_the_content_phrases_are_matched_from_the_start_only():
    lex = lexicon()
    assert state_phrase(lex, "ik voel me hier niet veilig".split())
    assert not state_phrase(lex, "morgen ga ik naar de markt".split())


@pytest.mark.parametrize(("draft", "state"), [
    ("Hoi Ilse, wil je me donderdag niet meer bij de late dienst inroosteren? Sinds die scheldpartij voel ik me daar "
     "niet veilig.", "niet veilig"),
    ("dag Jef, kunde gij mij morgen van de bushalte halen? door die gasten van gisteren voel ik mij daar ni veilig",
     "ni veilig"),
    ("Beste Monique, mag ik vrijdag in de andere vestiging werken? Na de ruzie met mijn collega voel ik me hier niet "
     "op mijn gemak.", "niet op mijn gemak"),
    ("Hé Daan, kun je me vanavond thuisbrengen? Sinds die overval durf ik in het donker niet alleen over straat.",
     "niet alleen"),
])
def test_an_honest_sentence_behind_a_lead_in_phrase_stays_with_the_request(draft, state):
    result = shrink(draft)
    assert state in result.sentence, result.sentence
    assert "?" in result.sentence


def test_a_lead_in_phrase_with_no_state_behind_it_is_no_honest_sentence():
    result = shrink("Hoi Ilse, kun je donderdag de sleutel brengen? Na het werk ga ik naar de sportschool.")
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert not any(f.kind == "staat" for f in result.findings), result.sentence


def test_a_crisis_mail_to_a_practice_keeps_the_writers_introduction_by_name():
    draft = ("Beste assistente,\n\nMijn naam is Joris van Dam. Ik wil niet meer leven en ik heb pillen gespaard. "
             "Kan de dokter mij vandaag bellen?\n\nGroet,\nJoris")
    result = shrink(draft)
    assert result.crisis
    assert result.sentence.startswith("Mijn naam is Joris van Dam."), result.sentence
    assert "niet meer leven" in result.sentence and "vandaag" in result.sentence


def test_an_introduction_without_a_crisis_is_not_put_in_front():
    draft = "Beste assistente,\n\nMijn naam is Joris van Dam. Kan de dokter mij vandaag bellen over mijn knie?\n\nGroet,\nJoris"
    assert not shrink(draft).sentence.startswith("Mijn naam is")


@pytest.mark.parametrize("draft", [
    "papa ik wil niet meer wakker worden kom je me halen",
    "sanne ik wil mezelf wat aandoen help me",
    "anouk ik wil dood blijf je bij me vannacht",
    "jeroen ik sta op het dak en ik wil springen haal me op",
    "mam ik wil dood kom naar huis aub",
    # "pap ik wil er niet meer zijn bel me": since k43r2 read at the call as lines, its plea is kept
    # ('Pap, ik wil er niet meer zijn. Bel me nu.'), see tests/test_krimp_k43r2.py
])
def test_a_plea_run_on_after_crisis_words_makes_the_ready_sentence_unsure(draft):
    result = shrink(draft)
    assert result.crisis
    assert not result.sure, result.sentence


@pytest.mark.parametrize("draft", [
    "wim ik trek het niet meer ik denk erover om mezelf iets aan te doen",
    "Pap, dit is mijn afscheid. Dank je voor alles.",
    "zus ik wil er niet meer zijn. ge moet u geen zorgen maken, ik kom morgen niet naar de les",
])
def test_crisis_words_without_a_plea_keep_the_ready_sentence_sure(draft):
    result = shrink(draft)
    assert result.crisis and result.sure, result.sentence
