"""Round 35 (k35c): the name in a greeting of an unusual shape (greet_name.py, thanked.py, signin.py), and an ask that
points back never gets a wrong thing filled in (ref_guard.py, noun_phrases.py). Probes written for the rules,
with look-alikes where the same words are no greeting or no name."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink

# a greeting of an unusual shape before the name: the name stays as the address, the greeting goes
NAMED = [
    ("Morgen Ruud. Wil jij vrijdag de pakketten naar de Dorpsstraat brengen?", "Ruud, "),
    ("Morgen Sanne! Kun je vandaag de kassa doen?", "Sanne, "),
    ("Middag Kees, kun je de vergadering om drie uur voorzitten?", "Kees, "),
    ("Avond Ilse. Kun je morgen de sleutel brengen?", "Ilse, "),
    ("Moggel Henk, kun jij zaterdag de bar doen?", "Henk, "),
    ("Wa zegde Bilal, kunt ge zaterdag de stoelen meebrengen?", "Bilal, "),
    ("Wa zegde Bilal alles goe? kunt ge zaterdag de stoelen meebrengen", "Bilal, "),
    ("Wat zeg je Tom, kun je zaterdag helpen verhuizen?", "Tom, "),
    ("Dag Lieve, kan ik vrijdag vrij nemen?", "Lieve, "),
    ("Hallo Lieve, zou ik morgen later mogen beginnen?", "Lieve, "),
    ("Hey Lieve! Kun je me morgen bellen?", "Lieve, "),
    ("Goeiemorgen Lieve, kunt ge de planning doorsturen?", "Lieve, "),
    ("met oma lieve sanne ik krijg die foto's niet op de computer kun jij zondag even kijken hoe dat moet", "Sanne, "),
    ("met papa dag tim kun jij morgen de auto terugbrengen naar de garage", "Tim, "),
    ("dag lies t is ik, kunt ge morgen de kinderen halen", "Lies, "),
    ("Hallo Piet, 't is ik, je moeder. Kun je zaterdag de tuin doen?", "Piet, "),
    ("kun je morgen de kat eten geven? bedankt Yara!", "Yara, "),
    ("kun je morgen de kat eten geven? merci Bilal 🙏", "Bilal, "),
    ("Wat zegt ge Kobe! Kunt ge zaterdag de tent opzetten?", "Kobe, "),
    ("Mogge Dirk,\nKun jij de pallets vandaag wegzetten?", "Dirk, "),
]


@pytest.mark.parametrize(("draft", "start"), NAMED)
def test_the_name_after_an_unusual_greeting_is_the_address(draft, start):
    r = shrink(draft)
    assert r.sentence.startswith(start), r.sentence
    greeting = draft.split()[0].lower()
    assert not r.sentence.lower().startswith(greeting), r.sentence


# the same words, no greeting before a name: nothing is made a name, 'lieve' before a name stays a greeting
NOT_NAMED = [
    ("Morgen kan ik niet komen. Kun jij de sleutel ophalen?", "Morgen kan ik niet komen"),
    ("Morgen Ruud komt ook. Kun jij de sleutel ophalen?", "Morgen Ruud komt ook"),
    ("Morgen Utrecht, overmorgen Gent. Kun jij de bus regelen?", "Morgen Utrecht"),
    ("met mijn moeder ga ik morgen naar de dokter, kun jij de kinderen halen", "Met mijn moeder"),
    ("Wa zegde gij daarvan? Kunt ge zaterdag de stoelen meebrengen?", "Kunt ge zaterdag"),
    ("met mij gaat het goed. Kun jij morgen de auto terugbrengen?", "Kun jij morgen"),
    ("Dag lieve mensen, kan iemand morgen de soep maken?", "Kan iemand"),
    ("Dag lieve Sanne, kun je morgen de soep maken?", "Sanne, kun je"),
    ("kun je morgen de kat eten geven? Bedankt, Piet", "Kun je morgen"),
    ("Kun je morgen de kat eten geven? Dank je Maandag", "Kun je morgen"),
    ("Kun je morgen de kat eten geven? Groetjes Anouk", "Kun je morgen"),
]


@pytest.mark.parametrize(("draft", "start"), NOT_NAMED)
def test_look_alikes_make_no_name(draft, start):
    assert shrink(draft).sentence.startswith(start)


def test_dag_lieve_is_no_longer_lost_while_sure():
    r = shrink("Dag Lieve,\n\nSorry dat ik u weer lastigval. Zoudt ge van donderdag tot zondag onze planten water kunnen "
               "geven? We zijn naar de zee.\n\nLieve groeten,\nMarleen")
    assert r.sentence.startswith("Lieve, kunt ge van donderdag tot zondag")


def test_a_name_at_the_end_after_thanks_is_not_sure():
    r = shrink("hee ik zit echt met mijn handen in het haar, zou je donderdagavond kunnen komen helpen inpakken? heb "
               "pizza 🍕 groetjes, en dank je Anouk")
    assert "Anouk" in r.sentence and not r.sure


def test_its_me_in_a_voice_message_goes():
    r = shrink("ja dag jonas t is ik ge moogt direct ophangen als ge bezig zijt mor kunde gij vanavond de vuilbak "
               "buitenzetten ik ben nog op het werk tot negen uur")
    assert r.sentence.startswith("Jonas, kunt gij vanavond de vuilbak buitenzetten")
    assert "t is ik" not in r.sentence and "ophangen" not in r.sentence
    assert "Het is ik die" in shrink("het is ik die de sleutel heeft, kun je morgen langskomen").sentence


# a pronoun in the ask: never a wrong thing filled in
def test_a_place_after_op_is_no_referent():
    r = shrink("Hoi buurman, Sem van 1-hoog hier. Ik krijg morgen een pakket van Coolblue, een nieuwe laptop, en ik ben "
               "de hele dag op m'n werk. Wil jij dat aannemen en niet laten afgeven bij nummer 3?")
    assert "m'n werk aannemen" not in r.sentence and "pakket van Coolblue" in r.sentence and not r.sure


def test_waiting_on_a_thing_still_points_at_it():
    r = shrink("Ik wacht nog op het verslag. Kun je dat nalezen als het binnen is?")
    assert "het verslag" in r.sentence.lower()


def test_a_relative_dat_with_a_moment_is_no_phrase():
    r = shrink("Hey buur! Ik had een pakje van bol dat gisteren bij u zou afgegeven zijn volgens de track en trace. "
               "Zoudt ge dat vanavond na 7u in mijn brievenbus kunnen binnen steken?")
    assert "dat gisteren vanavond" not in r.sentence and "zijn volgens vanavond" not in r.sentence
    assert "pakje van bol" in r.sentence and not r.sure


def test_a_relative_die_after_a_comma_is_no_phrase():
    r = shrink("Ik heb een bureaustoel gekocht, die staat in Gent. Kun je die ophalen?")
    assert "die staat in Gent ophalen" not in r.sentence and not r.sure
    assert "mijn fiets" in shrink("Mijn fiets staat bij het station, die fiets moet naar de maker. Kun je die ophalen?").sentence


@pytest.mark.parametrize(("draft", "thing"), [
    ("De sleutels voor de kantine liggen bij de bar. Kun jij die morgen ophalen?", "de sleutels voor de kantine"),
    ("De dozen met boeken staan in de gang. Kun jij die zaterdag naar de kringloop brengen?", "de dozen met boeken"),
])
def test_a_plural_subject_keeps_its_phrase(draft, thing):
    assert thing in shrink(draft).sentence
