"""Round 46 (k46a): heldout45 and probe p45 brought in — the wrong-and-sure results as kinds. Real engine calls on
drafts written for these tests (never copied from a corpus file), and twins that must not change.

2. A formal salutation word the lists lacked ('waarde', 'hooggeleerde', 'amice' …) is a greeting: 'Geachte collega,
   waarde Pieter,' names Pieter, never 'Collega, …' or 'Waarde Pieter, …' (krimp.toml `groet`).
3. A reported ask to someone typed as an official or a service the writer is a client of ('de wijkagent', 'mijn
   boekhouder') asks with 'u' (krimp.toml [gemeld] `formeel`).
4. 'Sorry Ellen.' said as a sentence of its own anywhere in the message: Ellen is the person addressed
   (thanked.apologised).
5. 'Mijn zoon Errol.' opening the message as a sentence of its own: Errol is the person addressed (kin_name.py).
"""

import re

import pytest

from vraaghulp.coach.krimp import shrink


def _words(s: str) -> list[str]:
    return re.findall(r"[\w'-]+", s.lower())


# 2. formal salutations
@pytest.mark.parametrize("opening, name", [
    ("Geachte collega, waarde Pieter,", "Pieter"),
    ("Waarde Pieter,", "Pieter"),
    ("Hooggeleerde collega, waarde Annelies,", "Annelies"),
    ("Amice Joris,", "Joris"),
    ("Waarde collega, beste Karel,", "Karel"),
])
def test_a_formal_salutation_word_names_the_person(opening, name):
    draft = (f"{opening}\n\nZou u op 3 juni in de commissie willen zetelen voor de verdediging van mijn doctoranda, "
             f"om 14 uur in de aula?\n\nMet vriendelijke groeten,\nL. Peeters")
    r = shrink(draft)
    assert r.sentence.startswith(f"{name}, ")
    assert not {"waarde", "collega", "amice", "hooggeleerde"} & set(_words(r.sentence.split(",")[0]))


def test_waarde_as_a_plain_word_stays():
    r = shrink("Kun je de waarde van mijn oude auto opzoeken? Ik wil hem verkopen.")
    assert "waarde" in _words(r.sentence)


# 3. an official or a service typed as the person asked
@pytest.mark.parametrize("draft, person", [
    ("Ik wil vragen of hij iets kan doen aan de scooters die elke nacht op ons plein racen", "de wijkagent"),
    ("vragen of hij de parkeerplaats achter de school wat vaker kan controleren", "de buurtagent"),
    ("vragen of hij mijn belastingaangifte dit jaar wil invullen", "mijn boekhouder"),
    ("Ik wil vragen of ze mijn medicijnen voortaan in een weekdoos kan doen", "de apotheker"),
    ("vragen of hij naar het huurcontract van mijn dochter wil kijken", "mijn advocaat"),
])
def test_an_official_is_asked_with_u(draft, person):
    r = shrink(draft, person=person)
    assert {"u"} & set(_words(r.sentence)) and not {"je", "jij"} & set(_words(r.sentence)), r.sentence
    assert not r.sure, r.sentence  # the round's second review: 'hij is mijn oom' said elsewhere; the register is offered


@pytest.mark.parametrize("draft, person", [
    ("Mijn advocaat vragen of hij komt eten, hij is mijn oom.", None),
    ("vragen of hij zondag komt eten, het is mijn schoonzoon", "de apotheker"),
    ("Mijn collega de apotheker vragen of hij de dienst wil ruilen.", None),
])
def test_an_official_who_is_also_family_or_a_colleague_is_never_sure(draft, person):
    r = shrink(draft, person=person) if person else shrink(draft)
    assert not r.sure, r.sentence


def test_a_friend_typed_by_name_keeps_je():
    r = shrink("vragen of hij mijn fiets kan maken", person="Tom")
    assert "je" in _words(r.sentence)


# 4. 'Sorry Ellen.' names the person addressed
@pytest.mark.parametrize("draft, name", [
    ("Kun je me morgen naar het station brengen? Sorry Ellen.", "Ellen"),
    ("Ik heb mijn sleutels laten liggen. Sorry Bram. Kun je de deur openen?", "Bram"),
    ("Kun je me morgen ophalen? Sorry Jan dat het zo laat is.", "Jan"),
    ("Kun je me morgen ophalen? Sorry Jan!", "Jan"),
    ("Kunt ge vanavond de kippen eten geven? Sorry Mieke voor het late uur.", "Mieke"),
    ("Kun je me morgen ophalen? Sorry Mama.", "Mama"),
])
def test_a_name_said_with_an_apology_is_the_person_addressed(draft, name):
    r = shrink(draft)
    assert r.sentence.startswith(f"{name}, ") and "sorry" not in _words(r.sentence), r.sentence


@pytest.mark.parametrize("draft", [
    "Ik zei sorry Ellen. Kun je me bellen?",  # inside a sentence: no address
    "Kun je me bellen? Sorry Maandag.",  # a day, no name
    "kun je me bellen? sorry ellen",  # lower case: no sign of a name
])
def test_no_name_from_an_apology_that_is_not_said_to_someone(draft):
    r = shrink(draft)
    assert "," not in r.sentence.split(" ")[0]


# 5. 'Mijn zoon Errol.' opening the message: the address or a topic, no one can tell (kin_name.py; the round's second
# review found notes about 'het kind', 'de jongen' read as said to the child, sure): no name, not sure.
@pytest.mark.parametrize("draft, name", [
    ("Mijn zoon Errol. Kan je zaterdag de kast komen ophangen?", "Errol"),
    ("Mijn lieve dochter Sanne. Kun je morgen de hond komen halen?", "Sanne"),
    ("Mijn broer Kevin. Kun je vrijdag je boormachine meebrengen?", "Kevin"),
    ("Mijn zoon Bas. Kun je nakijken of het kind gezond is?", "Bas"),
    ("Mijn zoon Bas. Kun je de juf vragen of de jongen mag blijven?", "Bas"),
])
def test_a_kin_word_and_name_opening_the_message_is_never_sure(draft, name):
    r = shrink(draft)
    assert not r.sure and not r.sentence.startswith(f"{name}, "), r.sentence


def test_a_kin_phrase_in_a_sentence_that_says_more_stays_text():
    r = shrink("Mijn zoon Errol woont in Almere. Kan je zaterdag de kast komen ophangen?")
    assert not r.sentence.startswith("Errol, ")


# The review of k46a (RK46A): every reading that made a sure result wrong, narrowed. Drafts written for these tests.
_TOPIC_LINES = [  # 'Mijn zoon Errol.' as a topic: the next sentences speak about him, or ask someone with 'u'
    "Mijn zoon Daan. Het gaat slecht met hem. Kunt u de huisarts bellen?",
    "Mijn dochter Fenna. Ze heeft koorts. Kun je morgen komen?",
    "Mijn zoon Daan. Die heeft zijn arm gebroken. Kun je helpen?",
    "Mijn zoon Daan. Hij wordt tien. Kun je de slingers ophangen?",
    "Mijn zoon Daan. Kun je Daan om vier uur halen?",
    "Mijn zoon Daan? Kun je hem van de training halen?",
    "Mijn dochter Fenna. Zij wil er een eind aan maken. Kun je komen?",
    "Mijn zoon Daan. Kunt u hem maandag laten gaan?",
    "Mijn zoon Daan. Zijn telefoon is weg. Kunt u even kijken?",
    "Mijn dochter Fenna. Mag ze woensdag thuis blijven?",
]


@pytest.mark.parametrize("draft", _TOPIC_LINES)
def test_a_kin_line_that_is_a_topic_names_no_one_and_is_not_sure(draft):
    r = shrink(draft)
    first = r.sentence.split(",")[0]
    assert first not in ("Daan", "Fenna") and not (r.sure and r.sentence.count("Daan") > 1), r.sentence
    assert not r.sure or "Daan" not in first and "Fenna" not in first, r.sentence


@pytest.mark.parametrize("draft", _TOPIC_LINES[:6] + _TOPIC_LINES[7:])
def test_a_kin_topic_line_makes_the_result_not_sure(draft):
    assert not shrink(draft).sure, shrink(draft).sentence


@pytest.mark.parametrize("draft, person", [
    ("Ons pa de boekhouder vragen of hij mijn aangifte nakijkt.", None),
    ("Mijn broer de advocaat vragen of hij het huurcontract wil lezen.", None),
    ("Mijn zus de apotheker vragen of ze zalf meebrengt.", None),
    ("Mijn vriendin de apotheker vragen of ze zaterdag meegaat naar de markt.", None),
    ("Mijn schoonvader de burgemeester vragen of hij zaterdag op de barbecue komt.", None),
    ("vragen of hij zaterdag op de barbecue komt, hij is een goeie vriend van me", "de wijkagent"),
])
def test_family_or_a_friend_typed_as_an_official_keeps_je(draft, person):
    r = shrink(draft, person=person) if person else shrink(draft)
    assert "u" not in _words(r.sentence), r.sentence


def test_an_official_with_a_first_name_is_not_sure():
    r = shrink("Mijn boekhouder Karin vragen of ze de facturen heeft.")
    assert not r.sure, r.sentence


@pytest.mark.parametrize("draft, word", [
    ("Waarde 250 euro. Kun je het laten taxeren?", "waarde"),
    ("Waarde schatten: kun je de makelaar bellen?", "waarde"),
    ("Dierbare spullen: kun je ze in de kluis leggen?", "dierbare"),
    ("Waarde van de ring? Kun je dat aan de juwelier vragen?", "waarde"),
    ("Amice is Latijn, kun je het woord opzoeken?", "amice"),
    ("Dierbare herinneringen heb ik aan die zomer, kun je de foto's mailen?", "dierbare"),
])
def test_a_formal_salutation_word_that_is_no_salutation_stays(draft, word):
    r = shrink(draft)
    assert word in _words(r.sentence) or not r.sure, r.sentence


def test_a_name_after_a_formal_word_that_is_a_greeting_word_is_kept():
    r = shrink("Dierbare Dag, kun je me vanavond bellen?")
    assert "Dag" in r.sentence, r.sentence


@pytest.mark.parametrize("draft, named", [
    ("Kun je aan Mirthe vragen of ze meerijdt? Sorry Mirthe.", "Mirthe"),
    ("Kun je mijn moeder ophalen? Sorry Mama.", "Mama"),
    ("Wil je mijn oma even bellen? Sorry Oma.", "Oma"),
])
def test_an_apology_to_someone_already_in_the_ask_names_no_one(draft, named):
    r = shrink(draft)
    assert not r.sentence.startswith(f"{named}, "), r.sentence
