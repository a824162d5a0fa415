"""Round 52 (k52b): what must go, goes; formal letters come out right (issue 12, contract points 2 and 4).

Kinds seen left in results on the outside files (tools/krimp_drop_left.py): a salutation to 'sir or madam' read as
a name, an escape hatch after the ask that only lets the reader off ('alleen als je toch al rijdt'), talk about the
asking itself in Flemish ("'k weet nie goed oe da 'k dit moe vroagn"). Each with close twins in which the same
words carry meaning and stay (a real condition, a real name, a real state)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


# --- a salutation to 'sir or madam' names no one ------------------------------------------------------------------

@pytest.mark.parametrize("draft", [
    "Geachte mevrouw, meneer, Mijn vader woont sinds maart in kamer 14. Zou u zijn was apart willen houden? Hoogachtend, K. Desmet",
    "Geachte heer, mevrouw,\n\nOns dak lekt sinds de storm. Kunt u deze week een dakdekker sturen?\n\nMet vriendelijke groet,\nTineke",
    "Beste meneer/mevrouw, kunt u mij het aanvraagformulier voor de parkeerkaart opsturen? Mvg, Rob",
    "Geachte heer/mevrouw, Kunt u mij laten weten of mijn bezwaar is aangekomen? Met vriendelijke groet, H. Smit",
    "Goeiedag mevrouw, meneer, mijne fiets is gestolen aan 't station. Kunt ge mij zeggen of er een fiets binnengebracht is?",
])
def test_sir_or_madam_is_no_name_in_front(draft):
    r = shrink(draft)
    head = r.sentence.split(",")[0].split("?")[0].lower()
    assert head not in ("meneer", "mevrouw", "heer", "meneer/mevrouw", "heer/mevrouw", "mevrouw/meneer")
    assert not r.sentence.lower().startswith(("meneer,", "mevrouw,", "meneer/", "heer/", "mevrouw/", "heer,"))


@pytest.mark.parametrize("draft, name", [
    ("Beste meneer de Vries, kunt u mij morgen terugbellen? Mvg Els", "Meneer de Vries"),
    ("Dag mevrouw Janssens, kunt ge mij het attest van de turnles bezorgen? Groetjes, oma", "Mevrouw Janssens"),
    ("Geachte mevrouw, geachte heer Jansen, kunt u de factuur opnieuw sturen?", "Meneer Jansen"),
])
def test_a_title_with_a_name_stays_the_person_addressed(draft, name):
    r = shrink(draft)
    assert r.sentence.lower().startswith(name.lower() + ",")


# --- no capital after a comma except a name -----------------------------------------------------------------------

@pytest.mark.parametrize("draft", [
    "Beste meneer de Vries, Ik ben mijn wiskundeboek kwijt. Mag ik er maandag eentje van u lenen?",
    "Dag juf Anouk, Mijn dochter is ziek. Mag ze morgen thuisblijven?",
    "Hoi Sam, Kun je zaterdag helpen met de verhuizing?",
])
def test_no_capital_after_the_name(draft):
    r = shrink(draft)
    first, _sep, rest = r.sentence.partition(", ")
    assert rest and rest[0].islower(), r.sentence


# --- an escape hatch after the ask, only letting the reader off ------------------------------------------------

@pytest.mark.parametrize("draft, hatch", [
    ("Dag Rosa, zoudt ge mij maandag naar de kinesist kunnen voeren? Alleen als het voor u past he.", "voor u past"),
    ("Kun je morgen een halfuur naar mijn offerte kijken? Alleen als je agenda het toelaat.", "agenda"),
    ("Hoi Wim, wil je voor mij een aanbevelingsbrief schrijven voor 1 juli? Alleen als je je er goed bij voelt.", "goed bij voelt"),
])
def test_the_hatch_goes(draft, hatch):
    r = shrink(draft)
    assert hatch not in _folded(r.sentence), r.sentence


@pytest.mark.parametrize("draft, kept", [
    ("Kun je zaterdag op de kleine letten? Alleen als ze slaapt mag ze op de bank.", "alleen als ze slaapt"),
    ("Wil je de planten water geven? Alleen als het niet geregend heeft.", "alleen als het niet geregend heeft"),
    ("Kun je de was binnenhalen? Alleen als het droog is.", "alleen als het droog is"),
    # going that way anyway: 14 outside golds keep it as a condition, 8 drop it (README, Round 52 k52b)
    ("Kan iemand zaterdag Lotte meenemen naar het toernooi in Zeist? Alleen als je toch al rijdt.", "toch al rijdt"),
    ("Wie kan vrijdag de tent meenemen naar het kamp? Enkel als ge toch al met de camionette gaat.", "toch al"),
])
def test_a_real_condition_stays(draft, kept):
    r = shrink(draft)
    assert kept in _folded(r.sentence), r.sentence


# --- talk about the asking itself -------------------------------------------------------------------------------

@pytest.mark.parametrize("draft, gone", [
    ("'k weet nie goed oe da 'k dit moe vroagn... zoudt ge zondag mee kunnen goan nor de notaris?", "vroagn"),
    ("Warre, 'k weet nie goe hoe dak dit moet vragen, kunde gij morgen mijn auto naar de garage doen?", "moet vragen"),
    ("ik weet niet goed hoe ik dit moet zeggen maar kun je vanavond bellen?", "moet zeggen"),
])
def test_not_knowing_how_to_ask_goes(draft, gone):
    r = shrink(draft)
    assert gone not in _folded(r.sentence), r.sentence


@pytest.mark.parametrize("draft, kept", [
    ("Kun je morgen langskomen? Ik weet niet hoe ik de kachel moet aansteken.", "kachel"),
    ("ik ben gezakt voor mijn rijexamen en ik schaam me kapot. kun je me vanavond bellen?", "schaam"),
])
def test_not_knowing_how_to_do_the_thing_stays(draft, kept):
    r = shrink(draft)
    assert kept in _folded(r.sentence), r.sentence


@pytest.mark.xfail(strict=True, reason="left (k52b): the engine keeps only 'Ik schaam me kapot.' of the honest sentence and "
                   "padding_left.py then reads the bare shame as burden talk; its cause after the comma is lost")
def test_shame_with_its_cause_after_a_comma_stays():
    r = shrink("Ik schaam me kapot, ik ben gezakt voor mijn rijexamen. Kun je me vanavond bellen?")
    assert "schaam" in _folded(r.sentence)


# --- a tally that can fail ------------------------------------------------------------------------------------------

def test_the_tally_sorts_items_into_kinds():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    from krimp_drop_left import kind_of
    assert kind_of("Met vriendelijke groet") == "afsluiting"
    assert kind_of("Geachte heer") == "aanhef"
    assert kind_of("sorry voor de spam") == "excuus"
    assert kind_of("Alleen als je toch al rijdt") == "uitweg"
    assert kind_of("'k weet nie goed oe da 'k dit moe vroagn") == "vragen"
    assert kind_of("huis is leeg") == "ander"


# --- a concession before 'maar', burden talk about what the reader already does, the reader's trouble ------------

@pytest.mark.parametrize("draft, gone", [
    ("sorry ik weet da de planning krap zit, mo kan ik dinsdag vroeger vertrekken?", "planning"),
    ("Ik weet dat je het zelf druk hebt met de verbouwing, maar kun je zaterdag de kast komen ophangen?", "verbouwing"),
    ("Ik besef dat het rooster al vastligt, maar mag ik zaterdag ruilen met Ilse?", "rooster"),
    ("Mam, ik vind het vervelend om te vragen, je hebt al zoveel voor ons gedaan. Kun je de kinderen woensdag ophalen?", "zoveel"),
    ("Rita, ge doet al zoveel voor iedereen. Kunt ge zaterdag mijn pillen bij de apotheek halen?", "zoveel"),
    ("Hoi Joost, als het je niet te veel moeite is, kun je onderweg melk en brood meenemen?", "moeite"),
    ("Hey Sien, honestly, ik ben kapot. Kun je zondag de hond uitlaten?", "honestly"),
])
def test_the_padding_goes(draft, gone):
    r = shrink(draft)
    assert gone not in _folded(r.sentence), r.sentence


@pytest.mark.parametrize("draft, kept", [
    ("Kun je mijn verslag nalezen? Je hebt al zoveel gedaan voor de verhuizing, dus dit is het laatste.", "verslag"),
    ("Ik weet niet of de winkel open is, maar kun je morgen brood halen?", "brood"),
    # no comma before 'maar': the clause after it is the writer's fact, it stays (p46-050)
    ("ik weet dat ge al veel betaalt voor mijn kot maar ik kom deze maand 100 euro tekort, kunt ge dat voorschieten?", "100 euro tekort"),
    ("Kun je zondag de hond uitlaten? Hij mag niet los, want hij luistert slecht.", "niet los"),
])
def test_the_ask_and_its_limits_stay(draft, kept):
    r = shrink(draft)
    assert kept in _folded(r.sentence), r.sentence


# --- comma_case.py: a capital after a comma, a 'Maar' left opening the result -----------------------------------

from vraaghulp.coach.krimp.comma_case import mended  # noqa: E402


@pytest.mark.parametrize("draft, sentence, mended_sentence", [
    ("Ann, Ik kan niet meer. Kun je bellen?", "Ann, Ik kan niet meer. Kun je bellen?", "Ann, ik kan niet meer. Kun je bellen?"),
    ("zou je mee willen? alleen in de wachtkamer", "Wil je mee, Alleen in de wachtkamer zitten?",
     "Wil je mee, alleen in de wachtkamer zitten?"),
    ("Dag jongen. Ik wil u nie lastigvallen. Maar de ketel is kapot. Kunt ge passeren?",
     "Jongen, Maar de ketel is kapot. Kunt ge passeren?", "Jongen, de ketel is kapot. Kunt ge passeren?"),
    ("Wil je Sanne, Dan en Lies bellen? dan weten ze het", "Wil je Sanne, Dan en Lies bellen?", "Wil je Sanne, Dan en Lies bellen?"),
    ("Kun je Gent, Brugge of Antwerpen bellen?", "Kun je Gent, Brugge of Antwerpen bellen?", "Kun je Gent, Brugge of Antwerpen bellen?"),
    ("Hoi Ma, MAAR JIJ moet komen", "Ma, JIJ moet komen?", "Ma, JIJ moet komen?"),
    ("Ma, maar dan?", "Ma, maar dan?", "Ma, maar dan?"),  # too short to be a sentence after the 'maar'
])
def test_comma_case(draft, sentence, mended_sentence):
    assert mended(draft, sentence) == mended_sentence


@pytest.mark.parametrize("draft, name", [
    ("Ruud jonguh, ken je zaterdag om tien uur helpen sjouwen?", "Ruud, "),
    ("Kevin mattie, kan je morgen je boormachine meenemen?", "Kevin, "),
])
def test_a_chat_word_of_affection_after_the_name_goes(draft, name):
    assert shrink(draft).sentence.startswith(name)


def test_a_surname_that_looks_like_such_a_word_stays():
    assert shrink("Meneer De Jonge, kunt u morgen de sleutel brengen?").sentence.startswith("Meneer De Jonge, ")


@pytest.mark.parametrize("draft, gone", [
    ("Juf Sien, ik weet niet goed of ik dit mag vragen. Kunt u mij de lijst met boeken mailen?", "mag vragen"),
    ("Dag Hans, ik ben hier pas en weet niet goed bij wie ik moet zijn. Kunt u navragen waar mijn badge blijft?", "bij wie"),
    ("Kris, ik durf het eigenlijk niet te vragen omdat iedereen al overuren draait, maar kan ik vrijdag vrij nemen?", "overuren"),
    ("Mieke, 'k è ier nen ambetant vraagsje en 't mag gerust nee zyn è. Zoe je zaterdag achter den toog kunnen stoan?", "vraagsje"),
    ("Meneer Aerts, ik wil niet vervelend zijn maar zou u de kopies vandaag nog kunnen uitdelen?", "vervelend"),
])
def test_talk_about_the_asking_goes(draft, gone):
    assert gone not in _folded(shrink(draft).sentence)


@pytest.mark.parametrize("draft, kept", [
    ("Ik vind het vervelend dat de kraan lekt. Kunt u deze week iemand sturen?", "kunt u deze week iemand sturen"),
    ("Weet jij wie ik hiervoor moet bellen? De verwarming is stuk.", "wie ik hiervoor moet bellen"),
])
def test_a_question_about_whom_or_a_real_complaint_stays(draft, kept):
    assert kept in _folded(shrink(draft).sentence)
