"""Round 46 (k46a): heldout45 and probe p45 brought in — the wrong-and-sure results as kinds. Real engine calls on
drafts written for these tests (never copied from a corpus file), and twins that must not change.

1. One clean question and one short statement after it (lone_statement's `na` shape): a sure result never drops the
   statement; not sure, the offer puts it back (lone_statement.lost, code `weg-na`).
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
from vraaghulp.coach.krimp import lone_statement


def _words(s: str) -> list[str]:
    return re.findall(r"[\w'-]+", s.lower())


# 1. the `na` statement after a clean ask
@pytest.mark.parametrize("draft", [
    "Ruben, kun je zaterdag naar mijn wasmachine kijken? Hij pompt het water niet meer weg.",
    "Kun je morgen na het werk naar mijn fiets kijken? De ketting springt er steeds af.",
    "Joke, kun jij vrijdag om 8 uur de sleutel ophalen? Ik moet met Fien naar de dokter.",
    "Kunt ge dinsdag om 9u de kassa openen? Ik moet met mijn vader naar het ziekenhuis.",
    "Tante Mia, mag ik zaterdag je aanhanger lenen? Ik breng hem zondagavond terug.",
    "Mag ik morgen je boormachine lenen voor de planken? Ik breng hem voor zes uur terug.",
    "Pa, mag ik vrijdag de auto om mijn kamer leeg te halen? Ik tank hem daarna vol.",
    "Sven, kun je woensdag de printer op zolder bekijken? Hij geeft steeds een foutmelding.",
    "Kun je zondag om 10 uur de hond uitlaten? Ik moet naar de kerk met oma.",
    "Lotte, kun je morgen om 7 uur de bakkerij opendoen? Mijn dochter heeft koorts.",
    "Henk, kun je donderdag mijn dienst overnemen? Ik moet naar de begrafenis van mijn oom.",
    "Mam, kun je vrijdag de tweeling van school halen? Mijn trein rijdt die middag niet.",
    "Kun jij zaterdag de bus naar het toernooi rijden? Ik heb mijn arm in het gips.",
    "Wim, kun je vanavond naar de verwarming kijken? Hij slaat steeds af.",
    "Mag ik volgende week jullie partytent lenen? Ik zet hem zelf op en af.",
    "Anouk, kun je maandag om 8 uur de vergadering openen? Ik zit dan nog bij de tandarts.",
    "Kun je morgen de kinderen naar zwemles brengen? Mijn auto staat bij de garage.",
    "Opa, mag ik zaterdag je ladder lenen voor de dakgoot? Ik breng hem voor het donker terug.",
    "Kees, kun je vrijdag naar mijn laptop kijken? Hij wil niet meer opladen.",
    "Nina, kun jij dinsdag de winkel sluiten? Ik moet met mijn zoon naar de spoed.",
    "Jef, kunt ge morgen naar mijn brommer kijken? Hij slaat niet meer aan.",
    "Mag ik zondag je bakfiets lenen voor de markt? Ik zet hem om vijf uur terug.",
])
def test_the_statement_after_a_clean_ask_is_never_dropped_while_sure(draft):
    _shape, said = lone_statement.statement(draft)
    r = shrink(draft)
    assert not (r.sure and not lone_statement.shown(said, r.sentence)), r.sentence


@pytest.mark.parametrize("draft", [
    "Ruben, kun je zaterdag naar mijn wasmachine kijken? Hij pompt het water niet meer weg.",
    "Joke, kun jij vrijdag om 8 uur de sleutel ophalen? Ik moet met Fien naar de dokter.",
    "Tante Mia, mag ik zaterdag je aanhanger lenen? Ik breng hem zondagavond terug.",
    "Kees, kun je vrijdag naar mijn laptop kijken? Hij wil niet meer opladen.",
])
def test_the_not_sure_offer_puts_the_statement_back(draft):
    said = draft.split("? ")[1]
    r = shrink(draft)
    assert r.sentence.endswith(said)


@pytest.mark.parametrize("draft", [
    "Kun je zaterdag naar mijn wasmachine kijken? Alvast bedankt.",  # thanks: no statement
    "Kun je zaterdag naar mijn wasmachine kijken? Als het niet lukt, geen probleem.",  # a way out
    "Kun je zaterdag naar mijn wasmachine kijken?",
])
def test_no_statement_no_doubt(draft):
    r = shrink(draft)
    assert "weg-na" not in r.withheld


def test_a_crisis_draft_is_not_asked_this():
    assert lone_statement.lost("Kun je komen? Ik wil niet meer leven.", "Kun je nu komen?",
                               type("Out", (), {"crisis": True, "found": []})()) == []


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


# 5. 'Mijn zoon Errol.' opening the message names the person addressed (kin_name.py)
@pytest.mark.parametrize("draft, name", [
    ("Mijn zoon Errol. Kan je zaterdag de kast komen ophangen?", "Errol"),
    ("Mijn lieve dochter Sanne. Kun je morgen de hond komen halen?", "Sanne"),
    ("Mijn broer Kevin. Kun je vrijdag je boormachine meebrengen?", "Kevin"),
])
def test_a_kin_word_and_name_opening_the_message_is_the_address(draft, name):
    r = shrink(draft)
    assert r.sentence.startswith(f"{name}, "), r.sentence


def test_a_kin_phrase_in_a_sentence_that_says_more_stays_text():
    r = shrink("Mijn zoon Errol woont in Almere. Kan je zaterdag de kast komen ophangen?")
    assert not r.sentence.startswith("Errol, ")
