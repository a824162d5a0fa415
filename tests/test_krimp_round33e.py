"""Round 33 (k33e): chat and voice messages without marks — where the ask ends and where it starts (runon_ask.py).
Drafts written for these tests (not the corpus's)."""

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.engine import Analysis
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.runon_ask import ask_after_statement, ends_ask
from vraaghulp.coach.krimp.tokens import Draft


def _an(text: str):
    d = Draft(text, lexicon())
    return d, Analysis(d)


def _at(d, word: str, nth: int = 0) -> int:
    return [i for i in range(d.n) if d.is_word(i) and d.word(i) == word][nth]


# --- ends_ask: the ask is complete at its infinitive ---------------------------------------------------------------

def test_ik_after_a_short_place_phrase_behind_the_infinitive_starts_a_sentence():
    text = "broer kunt ge mijn sporttas meebrengen van thuis ik heb hem laten staan"
    d, an = _an(text)
    assert ends_ask(an, _at(d, "ik"), 1)  # the clause after the name 'broer'
    r = shrink(text)
    assert "sporttas meebrengen" in r.sentence and "staan" not in r.sentence


def test_a_fronted_object_with_its_verb_and_the_reader_starts_a_sentence():
    d, an = _an("Noor kun je de taart komen ophalen het adres weet je")
    assert ends_ask(an, _at(d, "het"), 0)
    assert "adres" not in shrink("Noor kun je de taart komen ophalen het adres weet je").sentence


def test_a_pronoun_with_a_verb_in_t_after_the_infinitive_starts_a_sentence():
    d, an = _an("kan ik vanmiddag nog langskomen het maakt niet uit hoe laat")
    assert ends_ask(an, _at(d, "het"), 0)


def test_no_cut_inside_the_object_or_an_open_clause():
    d, an = _an("kun je vragen of ik zaterdag mag blijven slapen")
    assert not ends_ask(an, _at(d, "ik"), 0)  # 'of ik …' waits for its verb: no infinitive before it
    d, an = _an("kun je het regelen het liefst vandaag")
    assert not ends_ask(an, _at(d, "het", 1), 0)  # 'het liefst' is no subject with its verb
    d, an = _an("kun je mij helpen ik en mijn zus")
    assert not ends_ask(an, _at(d, "ik"), 0)


# --- ask_after_statement: a question front after a statement complete at its infinitive -----------------------------

def test_kan_ik_after_a_complete_statement_starts_the_ask():
    d, an = _an("Mira ik kan morgen niet rijden kan ik met jou meerijden")
    assert ask_after_statement(an, _at(d, "kan", 1), 1)
    assert "Kan ik met jou meerijden?" in shrink("Mira ik kan morgen niet rijden kan ik met jou meerijden").sentence


def test_kunde_gij_after_a_complete_statement_starts_the_ask():
    text = "Lotte ik moet om 6 uur vertrekken kunde gij de kat eten geven"
    d, an = _an(text)
    assert ask_after_statement(an, _at(d, "kunt"), 1)  # 'kunde' is read as 'kunt ge'
    assert "Kunt gij de kat eten geven?" in shrink(text).sentence


def test_a_statement_with_its_verb_in_front_is_no_question():
    d, an = _an("morgen moet ik werken kan ik niet komen")
    assert not ask_after_statement(an, _at(d, "kan"), 0)  # 'kan ik niet': no leave asked
    r = shrink("morgen moet ik werken kan ik niet komen")
    assert not r.sure and "?" not in r.sentence


def test_a_condition_in_front_keeps_the_question():
    d, an = _an("als ik moet werken kun je dan de kinderen halen")
    assert not ask_after_statement(an, _at(d, "kun"), 0)
    assert "als ik moet werken" in shrink("als ik moet werken kun je dan de kinderen halen").sentence.lower()


# --- bare_salute.py: 'Geachte mevrouw, geachte heer,' names no one ------------------------------------------------

def test_a_double_salutation_without_a_name_gives_no_vocative():
    r = shrink("Geachte mevrouw, geachte heer,\n\nKunt u mij laten weten wanneer de container aan de Beukenlaan geleegd wordt?"
               "\n\nMet vriendelijke groet,\nAnnelies Vos")
    assert r.sentence.startswith("Kunt u mij laten weten wanneer de container")
    assert "geachte" not in r.sentence.lower() and "Vos" not in r.sentence


def test_a_second_salutation_with_a_name_still_names_the_reader():
    r = shrink("Beste trainer, beste Koen,\n\nKun jij zaterdag de hesjes meenemen naar het veld?")
    assert r.sentence.startswith("Koen, kun jij zaterdag de hesjes meenemen")
    r = shrink("Geachte mevrouw, geachte heer Smulders,\n\nKunt u de offerte voor het dak nog eens nakijken?")
    assert "Smulders" in r.sentence


def test_a_clause_after_tot_or_voor_stays_in_the_ask():
    r = shrink("Jolien ik ben echt bang kun je bij de kleine blijven tot ik terug ben")
    assert r.sentence.endswith("tot ik terug ben?")
    r = shrink("mama kunt gij vanavond met mij bellen voor ik het aan papa vertel")
    assert "voor ik het aan papa vertel" in r.sentence


def test_a_pronoun_after_a_preposition_is_no_new_sentence():
    d, an = _an("pap kun je me komen halen bij het station ik sta bij de ingang")
    assert not ends_ask(an, _at(d, "het"), 1)


# --- bare_salute.signed_below: the name on the last line signs ----------------------------------------------------

def test_a_name_on_the_last_line_after_a_greeting_signs():
    r = shrink("Dag lieve ouders van het 4de leerjaar\nZouden jullie tegen dinsdag een lege fles willen meegeven?\nJuf Marieke")
    assert "Marieke" not in r.sentence and r.sentence.startswith("Willen jullie tegen dinsdag")


def test_a_family_word_on_the_last_line_is_still_no_signature_kept_as_text():
    r = shrink("Hoi\nkun je me vanavond even bellen over de verhuizing\nMam")
    assert "bellen over de verhuizing" in r.sentence and "\n" not in r.sentence
