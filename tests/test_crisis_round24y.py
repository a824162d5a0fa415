"""Round 24 (c24y): young people's everyday talk and adults' ordinary talk around the big words (a jump in a
game, a raid wiped, a hangover, someone "dead to me", giving up on a school subject, rope, guns and poison on a
farm, a deadly dose for an animal or an exam, things packed in a box, stuck in a wall or a lift, a last message
until the phone comes back) stay quiet; the same surface with a real wish beside it still alarms. And three
quiet wishes that were missed: wishing oneself in the place of the dead, the game's ease "in het echt", and
jokes about death that one means. The corpus lines are in tests/corpus/crisis/eigen39.toml; the texts here
are not."""

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", (
    "als je van de toren springt in die map kom je meteen bij de loot",
    "in minecraft ben ik van de berg gesprongen en toen stond ik bij het checkpoint",
    "gg ff afk, ik lig dood dit potje",
    "die dungeon hebben we gewipet, iedereen dood, volgende poging om negen uur",
    "ik ga dood, veel te veel shots gisteravond",
    "laat me maar sterven, die kater is niet normaal",
    "hij is dood voor mij, die jongen",
    "ik geef het op met wiskunde, volgend jaar kies ik een ander pakket",
    "k geef het op me frans",
    "Ik heb een nieuw touw voor de koeien gekocht, het oude hield het niet.",
    "Het jachtgeweer gaat naar de wapenhandel voor het jachtseizoen.",
    "Het muizengif staat hoog in de kast, de kinderen kunnen er niet bij.",
    "Voor het examen farmacologie moeten we de dodelijke dosis chocolade voor honden kennen.",
    "ik heb haar kleren in een doos gedaan en bij haar moeder afgegeven",
    "ik stop mijn oude boeken in een doos en dan is het klaar",
    "we zaten een uur vast in de lift van het station",
    "dit is mijn laatste bericht, mijn batterij is bijna leeg, tot morgen",
))
def test_ordinary_talk_around_the_big_words_stays_quiet(text):
    assert assess(text).tier is None, assess(text).signals


# The same surface with a real wish, a means for oneself or a time: the exclusion does not reach it.
@pytest.mark.parametrize("text", (
    "in die map spring ik van de toren, maar vanavond doe ik het in het echt van de flat",
    "ik wil dood, en het is niet van de drank, ik heb de pillen al klaarliggen",
    "Het touw voor de koeien hangt in de schuur, maar het is niet voor de koeien, het is voor mij.",
    "Het jachtgeweer ligt klaar, ik wil er vannacht een eind aan maken.",
    "wat is de dodelijke dosis insuline voor mezelf, ik vraag het niet voor een examen",
    "ik heb een doos met pillen verzameld en een brief geschreven",
    "ik zit vast in mijn hoofd en ik wil niet meer leven",
    "ik geef het op met alles, ik wil niet meer leven",
    "dit is mijn laatste bericht, ik ga er voorgoed vandoor, sorry voor alles",
    "De vossen zijn weg maar het geweer ligt geladen op de slaapkamer, ik wil niet meer",
))
def test_the_same_surface_with_a_real_wish_still_alarms(text):
    assert assess(text).tier == ACUUT, assess(text).signals


@pytest.mark.parametrize("text", (
    "de kat is vandaag ingeslapen en ik dacht: kon ik maar zo vredig gaan",
    "bij de uitvaart van mijn buurman dacht ik: lag ik daar maar",
    "weer dood in die game, ik wou dat het in het echt ook zo simpel was, gewoon weg",
    "ik maak altijd grapjes over zelfmoord maar ik meen het wel",
    "ik eet al een week niks en het is niet om af te vallen",
    "ik zit te gamen maar ik denk de hele tijd aan van de brug springen, niet in de game",
))
def test_a_quiet_wish_beside_an_ordinary_surface_gets_at_least_the_gentle_line(text):
    assert assess(text).tier is not None, assess(text).signals


@pytest.mark.parametrize("text", (
    "onze kat is ingeslapen, kon ik maar zo rustig slapen als zij altijd deed",
    "bij de uitvaart van mijn buurman lag er een mooie krans",
    "ik wou dat mijn moestuin in het echt ook zo makkelijk was als in de game",
    "ik maak altijd grappen over de dood van mijn goudvis maar niemand lacht",
    "ik eet al een week geen suiker, voor mijn dieet",
    "ik eet niks voor de operatie morgen, niet voor een dieet hoor",
))
def test_their_near_misses_stay_quiet(text):
    assert assess(text).tier is None, assess(text).signals


def test_jokes_about_death_one_does_not_mean_get_no_signal_of_their_own():
    # the second opinion may still give the gentle line (as before this round); the rule and the panel do not
    found = assess("ik maak grappen over doodgaan maar ik meen het niet")
    assert found.tier != ACUUT, found.signals
    assert all(s.family == "inschatting" for s in found.signals if s.level != "hint"), found.signals


def test_a_wish_in_so_many_words_beside_a_hangover_keeps_the_gentle_line():
    # "ik wil dood" is a wish said in so many words: the drink beside it does not silence it (eigen31 expects zorg)
    assert assess("ik wil dood, nooit meer bier").tier is not None
    assert assess("ik ga dood, nooit meer bier").tier is None

