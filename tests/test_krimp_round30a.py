"""Round 30 (k30a): the name and the facts before the ask, in messy openings.

- greetings in another language or dialect go, the name after them stays: Groningen 'moi', Sranan 'fa waka',
  Papiamento 'bon dia', 'salam', 'merhaba' (content/nl/krimp.toml `groet`);
- a name inside a messy opening with no comma: after greetings and interjections with a hesitation or a Sranan plea
  right after it ('ja hey Youssef eh ik stuur …', 'Tante Lucia mi e begi yu, …'), or right after a hesitation that
  closes the first clause ('ik wil gene ruzie maken eh Koen, echt ni.'; messy_open.py);
- the appointment a bare 'ga je mee?' rests on, said in the sentence before, goes back in front of the not-sure
  offer, and a sure result without it is not sure (appointment.py).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


# ---------------------------------------------------------------- greetings in other languages and dialects

@pytest.mark.parametrize("draft, name, gone", [
    ("Moi Harm, zou je zaterdag van 7 tot 12 mee kunnen helpen met de eerpels rooien?", "Harm", "moi"),
    ("moi Wiebe, kun je morgen de trekker terugbrengen?", "Wiebe", "moi"),
    ("Fa waka Rayen 🙏🏾 mi no wil je lastigvallen boi\nmaar kan ik zondag je aanhanger lenen?", "Rayen", "waka"),
    ("Fawaka Dinesh, kan je vrijdag om 6 uur mij naar Schiphol brengen?", "Dinesh", "fawaka"),
    ("Bon dia Shanella, kun jij woensdag mijn dienst overnemen?", "Shanella", "dia"),
    ("salam Yassin, kan je zondag helpen met verhuizen?", "Yassin", "salam"),
    ("Merhaba Emre, kun je morgen mijn fiets maken?", "Emre", "merhaba"),
])
def test_a_foreign_or_dialect_greeting_goes_and_the_name_stays(draft, name, gone):
    r = shrink(draft)
    assert r.sentence.startswith(f"{name}, ")
    assert gone not in r.sentence.lower()


def test_moi_as_a_lone_greeting_before_a_place_gives_no_name():
    r = shrink("moi, Groningen is zaterdag helemaal vol. kun je me om tien uur bij het station oppikken?")
    assert not r.sentence.lower().startswith(("moi", "groningen,"))
    assert "tien uur" in r.sentence


# ---------------------------------------------------------------- the name inside a messy opening

@pytest.mark.parametrize("draft, name", [
    ("ja hey Youssef eh ik stuur maar een spraakbericht. zou je morgen om vier uur mee willen lopen tot de deur?",
     "Youssef"),
    ("ja hoi Mohamed eh ik stuur dit even snel. kun je morgen om acht uur mijn pakket bij de buren ophalen?", "Mohamed"),
    ("allee ja seg Fien euh ik weet da ge't druk hebt. kunt ge donderdag mijn kat eten geven?", "Fien"),
    ("yo Sem euh mag ik je boor lenen voor zaterdag?", "Sem"),
    ("Buurvrouw Rita eh sorry da'k u stoor, maar zoudt gij morgen mijn pakske willen aannemen?", "Buurvrouw Rita"),
    ("Tante Sylvia mi e begi yu, ik heb niemand anders. Kunt u zaterdag op mijn dochter passen?", "Tante Sylvia"),
    ("ik wil gene ruzie maken eh Koen, echt ni. maar kunt ge deze week de kleine in bed leggen?", "Koen"),
    ("ik ben zo moe eh Sanne. kun je vanavond koken?", "Sanne"),
])
def test_the_name_in_a_messy_opening_is_the_one_addressed(draft, name):
    assert shrink(draft).sentence.startswith(f"{name}, ")


@pytest.mark.parametrize("draft, not_name", [
    ("ja eh Lisa zei dat jij de sleutel hebt. kun je die morgen op mijn bureau leggen?", "Lisa"),
    ("hey eh Albert Heijn heeft die dozen gratis. kun jij er zaterdag tien meenemen?", "Albert"),
    ("ik heb het gevraagd aan eh Koen, maar die kan niet. kun jij zaterdag helpen met verhuizen?", "Koen"),
    ("Tante Els eh die ligt in het ziekenhuis. kun jij haar morgen bezoeken?", "Tante Els,"),
    ("Tante Jeanne ligt sinds gisteren in het ziekenhuis in Aalst. Kunt gij haar morgen bezoeken?", "Tante Jeanne,"),
])
def test_a_name_the_ask_is_about_is_no_vocative(draft, not_name):
    r = shrink(draft)
    assert not r.sentence.startswith(f"{not_name.rstrip(',')}, ")


# ---------------------------------------------------------------- the appointment a bare 'mee' rests on

@pytest.mark.parametrize("draft, keep", [
    ("ey Marc, ik hè donderdag om tien uur mijn eerste afspraak bij de psycholoog in Roeselare en 'k zie da ni zitten "
     "alleen. zoudt gij mee willen rijden en in de wachtzaal zitten?", ("donderdag om tien uur", "psycholoog in Roeselare")),
    ("hey Sander, ik heb vrijdag om half drie mijn rijexamen in Ede en ik ben zo zenuwachtig. ga je mee?",
     ("vrijdag om half drie", "rijexamen in Ede")),
    ("Jens, 'k heb dinsdag om negen uur een gesprek bij de VDAB in Hasselt. zoudt ge meegaan? ik durf da ni alleen",
     ("dinsdag om negen uur", "VDAB in Hasselt")),
    ("Hoi Ahmed, Ik heb morgen om 11.00 een gesprek met de vertrouwenspersoon en ik vind het doodeng. Zou je mee "
     "kunnen gaan?", ("morgen om 11.00", "vertrouwenspersoon")),
    ("Fa waka Roy, ik heb woensdag om 3 uur een gesprek bij de schuldhulp in Zuidoost. kan je mee?",
     ("woensdag om 3 uur", "schuldhulp")),
])
def test_the_appointment_before_a_bare_mee_stays(draft, keep):
    r = shrink(draft)
    for words in keep:
        assert words in r.sentence
    assert r.sentence.count("?") == 1


def test_the_fear_said_after_the_appointment_is_said_once_and_the_time_not_twice():
    r = shrink("ja hey Youssef eh ik stuur maar een spraakbericht. dus ik heb morgen om vier uur mijn eerste gesprek bij "
               "de GGZ aan de Vaartweg en ik zie er echt tegenop. zou je mee willen lopen tot de deur")
    assert r.sentence.startswith("Youssef, ik heb morgen om vier uur mijn eerste gesprek bij de GGZ aan de Vaartweg")
    assert r.sentence.count("tegenop") == 1 and r.sentence.count("vier uur") == 1
    assert not r.sure


@pytest.mark.parametrize("draft, gone", [
    # the ask names its own place: nothing leans back
    ("Ik heb morgen om 10 uur een afspraak bij de tandarts. Wil je mee naar de bakker om 12 uur?", "tandarts"),
    # no lean word in the ask, a time and a place in the sentence before that the ask does not need
    ("hey Mark, ik heb gisteren om acht uur de wedstrijd gezien in het café. kun je morgen mijn boor terugbrengen?",
     "café"),
])
def test_an_ask_that_does_not_lean_back_gets_no_appointment(draft, gone):
    assert gone not in shrink(draft).sentence


# ---------------------------------------------------------------- who 'haar'/'hem' in the ask is

@pytest.mark.parametrize("draft, who", [
    ("jo Kevin, ik wil nie zeuren eh maar ma vraagt elke keer naar u. zoudt ge haar ni wat meer kunnen bellen?", "ma"),
    ("jo Stijn, ma vraagt elke week naar u. zoudt ge haar zondag ne keer bellen?", "ma"),
    ("hoi rik, mam zei gisteren dat je haar al drie weken niet gebeld hebt. ze vroeg het niet maar ik merk dat ze het "
     "mist. kun je haar deze week een keer bellen?", "mam"),
    ("Hey Bram, opa vraagt steeds naar je. Kun je hem zaterdag bezoeken?", "opa"),
])
def test_the_family_word_before_the_ask_names_who_haar_is(draft, who):
    r = shrink(draft)
    question = r.sentence[r.sentence.rfind(". ") + 1:]
    assert f" {who} " in question and " haar " not in question and " hem " not in question


@pytest.mark.parametrize("draft", [
    "Oma heeft een nieuwe telefoon. Kun je haar fiets ophalen?",  # hers, not her
    "Mijn zus Eva zit krap. Kun je haar 50 euro lenen?",  # not a family word that opens the sentence
    "Mam heeft het druk. De buurvrouw is ziek. Kun je haar morgen bezoeken?",  # someone else between
])
def test_haar_stays_where_the_sentence_before_does_not_say_who(draft):
    assert " haar " in shrink(draft).sentence


# ---------------------------------------------------------------- lonely, said plainly, is an honest sentence

@pytest.mark.parametrize("draft, keep", [
    ("Lore, ik zit hier veel alleen. Kun je zondagmiddag bij me komen?", "ik zit hier veel alleen"),
    ("Jan, ik ben zo vaak alleen thuis. Kom je zaterdag koffie drinken?", "alleen thuis"),
    ("Daan, ik ken hier niemand. Heb je zin om zaterdag een biertje te doen?", "ik ken hier niemand"),
    ("hoi Noor, ik ken hier nog helemaal niemand sinds de verhuizing. heb je zin om zondag te wandelen?", "niemand"),
])
def test_lonely_said_plainly_stays(draft, keep):
    assert keep in shrink(draft).sentence


def test_alleen_as_only_is_no_lonely_sentence():
    r = shrink("Piet, ik ben alleen zaterdag vrij. Kun je dan helpen met de schuur?")
    assert "zaterdag" in r.sentence


# ---------------------------------------------------------------- a ride with no place of its own

def test_a_ride_with_no_place_keeps_where_the_writer_must_go():
    r = shrink("hee tim, mijn auto is total loss na dat ongeluk en ik moet elke dag naar de revalidatie in arnhem. zou "
               "jij mij volgende week een paar keer kunnen rijden? ik betaal de benzine natuurlijk.")
    assert "revalidatie in arnhem" in r.sentence and not r.sure


@pytest.mark.parametrize("draft, gone", [
    # 'voeren' feeds the chickens here; and the ask names its own days
    ("Hé Gert, wij zijn vanaf morgen een week naar Texel. Wil jij vanaf morgen een week de kippen voeren?", "Texel"),
    # asked of a group: who drives is the question, not where to
    ("Hoi ouders! Zaterdag spelen we uit in Almere (9.00, verzamelen 8.00 bij de kantine). Willen de ouders die NIET "
     "kunnen rijden dat voor donderdag in de app zetten? Dan kan ik de indeling maken. Thnx! Coach Marcel", "Almere"),
])
def test_no_ride_rule_where_the_ask_is_no_ride_for_the_writer(draft, gone):
    assert gone not in shrink(draft).sentence


def test_a_time_after_a_preposition_stays_in_the_ask():
    r = shrink("Kim, ik heb vanaf morgen een afspraak bij de fysio in Ede. Kun je mij vanaf morgen daar brengen?")
    assert "vanaf" not in r.sentence or "vanaf morgen" in r.sentence
