"""Round 35 (k35e): an ask that points back gets its thing whole, never one from an idiom (thing_span.py, little.py,
arrival.py, row_referent.py, people.py), and 'dag dag' closes a voice message. Probes written for the rules (NL,
Flemish, chat, mail), with look-alikes where the same words name no thing or the thing is in the ask itself."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink

# the thing is named whole: its van- or met-phrase, its school subject, a diminutive
WHOLE = [
    ("Dag Wim, de monteur van de lift komt donderdag en ik ben er niet. Zoudt ge hem kunnen binnenlaten?",
     "de monteur van de lift"),
    ("Hey, de doos met kerstspullen staat nog bij jou op zolder. Kun je die zaterdag meenemen?", "de doos met kerstspullen"),
    ("Hallo, de tas met gymspullen van Noor hangt nog aan de kapstok. Wil jij die morgen naar school brengen?",
     "de tas met gymspullen van noor"),
    ("Dag Tom, de technieker van Proximus komt vrijdag tussen 8 en 12. Kunt gij hem binnenlaten?", "de technieker van proximus"),
    ("Goedemiddag Henk. De tas met kleding voor het goede doel moet naar de container. Ik kan niet zo goed meer tillen. "
     "Zou u die morgen daar naartoe willen brengen?", "de tas met kleding voor het goede doel"),
    ("ik heb mijn cursus statistiek op ons kot laten liggen. kunde gij die morgen meepakken naar de aula?",
     "mijn cursus statistiek"),
    ("Mijn samenvatting geschiedenis ligt nog op jouw kamer. Kun je die scannen?", "mijn samenvatting geschiedenis"),
    ("Hoi Sanne, mijn pakketje ligt bij de buren op nummer 8. Ik kom de deur niet uit met die griep. Kun je dat vanavond "
     "halen?", "mijn pakketje vanavond"),
]


@pytest.mark.parametrize(("draft", "thing"), WHOLE)
def test_the_thing_is_named_whole(draft, thing):
    r = shrink(draft)
    assert thing in r.sentence.lower(), r.sentence


def test_a_diminutive_ends_the_phrase():
    r = shrink("Hoi Sanne, mijn pakketje ligt bij de buren op nummer 8. Ik kom de deur niet uit met die griep. "
               "Kun je dat vanavond halen?")
    assert "pakketje ligt" not in r.sentence.lower().split("?")[-2], r.sentence


# an idiom of going out is no thing; what the ask points at is the thing named before it
IDIOM = [
    ("Hoi Mark, mijn medicijnen liggen klaar bij de apotheek op de Dorpsstraat. Ik kom zelf de deur niet uit met die rug "
     "van me. Zou je die vandaag misschien kunnen ophalen?", "mijn medicijnen"),
    ("Dag Jan, mijn boeken liggen klaar bij de bib. Ik kom het huis niet uit door mijn knie. Zoudt ge die kunnen ophalen?",
     "mijn boeken"),
    ("hey mijn medicijnen liggen bij de apotheek. ik kom mn bed niet uit. kun je die ff halen?", "mijn medicijnen"),
]


@pytest.mark.parametrize(("draft", "thing"), IDIOM)
def test_an_idiom_is_no_thing(draft, thing):
    r = shrink(draft)
    ask = r.sentence.lower().split(". ")[-1]
    assert thing in ask and "de deur" not in ask and "het huis" not in ask and "rug" not in ask, r.sentence
    assert not r.sure


def test_a_real_door_is_still_a_thing():
    r = shrink("De deur van de berging gaat niet meer dicht. Zou je hem kunnen bekijken?")
    assert "de deur van de berging" in r.sentence.lower(), r.sentence
    kept = shrink("Mijn moeder komt de deur niet meer uit. Kun jij haar zondag bezoeken?")
    assert "moeder" in kept.sentence.lower(), kept.sentence


# 'het' before a moment points back; 'het' in an idiom does not
HET = [
    ("Hee Lot, ik heb gisteren mijn oplader bij jou op tafel laten liggen, zo dom van me 🙄 Kun je het morgen meenemen "
     "naar je werk?", "mijn oplader"),
    ("Hoi Jan, mijn boek ligt nog in jouw auto. Kun je het vanavond langsbrengen?", "mijn boek"),
    ("Dag Els, het contract ligt op uw bureau. Kunt ge het vrijdag tekenen?", "het contract"),
]


@pytest.mark.parametrize(("draft", "thing"), HET)
def test_het_before_a_moment_gets_its_thing(draft, thing):
    r = shrink(draft)
    assert thing in r.sentence.lower(), r.sentence


@pytest.mark.parametrize("draft", ["Heb je het morgen druk of kun je even helpen met verhuizen?",
                                   "Kun je het morgen laten weten of je komt eten?"])
def test_het_in_an_idiom_stays(draft):
    r = shrink(draft)
    assert " het morgen " in f" {r.sentence.lower()} ", r.sentence


# a subject and its plural verb after a greeting's comma is no row
def test_a_subject_after_a_greeting_is_no_row():
    r = shrink("Hoi Mark, mijn sleutels liggen nog bij jou in de auto. Kun je die morgen meenemen?")
    assert "kun je morgen mijn sleutels meenemen" in r.sentence.lower(), r.sentence
    row = shrink("Stoelen, tafels en de partytent. Kunde gij die zaterdag ophalen?")
    assert "stoelen, tafels en de partytent" in row.sentence.lower(), row.sentence


# a name inside a thing's van-phrase is no person to fill in
@pytest.mark.parametrize("draft", ["De chauffeur van Jansen komt morgen om 8 uur. Kun je hem binnenlaten?",
                                   "Dag Wim, de loodgieter van Peeters komt vrijdag. Kunt ge hem binnenlaten?"])
def test_a_name_inside_a_phrase_is_not_the_person(draft):
    r = shrink(draft)
    low = r.sentence.lower()
    assert "je jansen" not in low and "ge peeters" not in low and "vrijdag peeters" not in low, r.sentence
    assert not r.sure


@pytest.mark.parametrize(("draft", "name"), [
    ("Els komt morgen met de trein. Kun je haar ophalen?", "els"),
    ("Goeiedag, ik ben de grootmoeder van Lisa Janssens uit het 3de leerjaar. Haar ouders zitten in het buitenland tot "
     "12 mei. Mag ik haar tot dan elke dag om 15u30 afhalen aan de kleine poort?", "lisa"),
])
def test_a_name_alone_or_after_a_relation_is_still_the_person(draft, name):
    r = shrink(draft)
    assert name in r.sentence.lower(), r.sentence


# the moment someone comes goes with the ask to let them in
ARRIVAL = [
    ("De loodgieter komt donderdag tussen 8 en 10 voor de lekkende kraan en ik moet werken. Zoudt gij hem willen "
     "binnenlaten? Ge hebt nog mijn reservesleutel.", "donderdag tussen 8 en 10 de loodgieter"),
    ("Dag Karel, de technieker van de printer komt om 13u en ik zit dan in een vergadering bij een klant. Zoudt ge hem "
     "kunnen binnenlaten en tonen waar de printer staat?", "om 13u de technieker van de printer"),
]


@pytest.mark.parametrize(("draft", "part"), ARRIVAL)
def test_the_moment_of_coming_goes_with_the_ask(draft, part):
    r = shrink(draft)
    assert part in r.sentence.lower(), r.sentence


@pytest.mark.parametrize(("draft", "not_there"), [
    ("De monteur komt morgen niet. Kun je hem bellen?", "kun je morgen"),
    ("De schilder komt morgen. Kun je hem vrijdag betalen?", "morgen de schilder"),
])
def test_no_moment_of_coming_when_it_is_not_the_asks(draft, not_there):
    r = shrink(draft)
    assert not_there not in r.sentence.lower(), r.sentence


# 'dag dag' closes a voice message without marks
@pytest.mark.parametrize("draft", [
    "met oma lieve sanne ik wou vragen of ge zondag kunt komen helpen met de computer want die doet weer raar ik weet "
    "het ook ni meer hé dag dag",
    "met opa lieve Noor kunde gij zaterdag de hond eens uitlaten ik kan ni goe stappen dag dag",
    "hey mam kun je me om 5 uur ophalen daaag",
])
def test_dag_dag_goes(draft):
    r = shrink(draft)
    assert "dag dag" not in r.sentence.lower() and "daaag" not in r.sentence.lower(), r.sentence


def test_a_greeting_dag_dag_still_goes_as_a_greeting():
    r = shrink("Dag dag, ik wilde vragen of je morgen kunt oppassen?")
    assert "oppassen" in r.sentence and not r.sentence.lower().startswith("dag"), r.sentence


# 'het' + a participle after 'is' is no thing; 'het bestand' is
def test_is_het_verplaatst_is_no_thing():
    r = shrink("Ik heb het bestand op de schijf gezet maar ik kan het niet meer vinden, volgens mij is het verplaatst. "
               "Kun je het morgen nog een keer mailen?")
    assert "het verplaatst" not in r.sentence.lower().split(". ")[-1], r.sentence
    kept = shrink("Ik heb het bestand gisteren gemaakt. Kun je het morgen nakijken?")
    assert "het bestand" in kept.sentence.lower(), kept.sentence


# 'die' before a noun in -en is a determiner, never a pronoun to fill in
def test_die_before_a_plural_noun_is_no_pronoun():
    r = shrink("Hallo Luc, uw bomen hangen serieus over onze oprit. Vandaar dat ik wou vragen of ge die takken voor eind "
               "april zoudt kunnen snoeien?")
    assert "die takken" in r.sentence.lower() and "bomen takken" not in r.sentence.lower(), r.sentence
    verb = shrink("Mijn dozen staan nog bij jou. Wil je die komen ophalen?")
    assert "mijn dozen" in verb.sentence.lower(), verb.sentence
