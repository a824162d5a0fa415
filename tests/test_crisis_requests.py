"""Ordinary requests of the kind the krimp corpus holds (long, apologising, practical) keep the panel
away, while the same surface in a real goodbye keeps it: kinds found by running the crisis check over
the krimp corpus's ordinary drafts (round 7), each in words of its own here."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", [
    # an apology for bringing something up is politeness, not a farewell's 'sorry'
    "Sorry dat ik er weer mee kom, maar het wordt me te veel op het werk. Kun jij de planning van juni overnemen?",
    "Het spijt me dat ik u hiermee lastig moet vallen, maar het wordt me allemaal te veel met de verbouwing. "
    "Kunt u de oplevering een week uitstellen?",
    # 'ik moet werken' is a job, not a method that has to work
    "kan jij zaterdag de jongens met de auto naar voetbal brengen? ik moet helaas werken",
    # a stay away with its own length is an ordinary occasion
    "We gaan een weekje naar Zeeland, zou jij de kat willen voeren? Het voer staat in de kast en het is echt "
    "niet moeilijk, ze moet gewoon eten krijgen",
])
def test_an_ordinary_request_gets_no_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", [
    "dit keer moet het werken, ik heb de pillen al klaarliggen",
    "sorry dat ik er niet meer zal zijn, zorg goed voor mama",
])
def test_the_same_surface_in_a_real_goodbye_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", [
    # a refill asked of the pharmacy or the GP's assistant
    "Goedemorgen, kunt u voor donderdag de volgende medicijnen klaarzetten: - bisoprolol 5 mg - simvastatine 40 mg. "
    "Ik haal ze zelf op.",
    # keys left with a neighbour and a balcony, around a week away
    "Hoi Els, wij gaan zaterdag een week naar Zeeland. Wil jij de tomaten op het balkon water geven? "
    "De sleutel ligt bij jou in de brievenbus.",
])
def test_an_errand_around_medication_or_a_week_away_gets_no_panel(text):
    assert assess(text).tier != ACUUT


# Round 10: the kinds that still gave a tier on the krimp corpus's ordinary drafts
# (`python benchmarks/crisis_eval.py --gewoon` lists them), each in new words here: what an
# ordinary ask means by the word, and the same word where the writer does mean it.
ORDINARY_KINDS = {
    "stuck in traffic, at work, in a game or with a task": [
        "kun jij de eerste les overnemen, ik zit vast in de bus bij Nijmegen",
        "ik zit al een uur vast op kantoor, wil jij de kleine bij de opvang halen?",
        "ik zit vast met die begroting, heb je morgen even tijd om mee te kijken?",
        "ik zit al dagen vast op één vraag van het tentamen, snap jij hem?",
        "help je me vanavond? ik zit al weken vast in zilver",
    ],
    "not in time, no trains, a surname": [
        "wil jij mijn pakje aannemen? ik haal het niet voor zes uur door de spits",
        "breng je me morgen naar Utrecht? er rijden geen treinen door werkzaamheden",
        "kun jij de bestelling van Van Dijk bouwmaterialen afhandelen? ik ben er even klaar mee",
    ],
    "chat 'dak' for 'dat ik'": [
        "sorry dak u weer stoor, kunde mij het rooster doorsturen?",
        "kunde mij oppikken aan de bib? dak ni te laat ben voor de les",
    ],
    "keys, a week away, thanks in advance": [
        "We zijn van zaterdag tot en met woensdag weg. Wil jij de plantjes water geven? De sleutel ligt onder de mat, je weet wel.",
        "kun jij mijn sleutel bij de buurvrouw achterlaten? anders sta ik straks buiten",
        "Kunt u mijn verlofdagen overzetten naar volgend jaar? Alvast bedankt, Joris",
        "Geef de cactus niet te veel water, anders gaat hij dood. De sleutel ligt bij de buren.",
    ],
    "errands, someone else's illness, a broken thing": [
        "Ik lig ziek op bed, wil jij voor mij meenemen: soep, crackers en een doosje paracetamol?",
        "Mijn zoon heeft veel les gemist door zijn ziekte, hij wil de toets echt niet missen. Kunt u de stof doorsturen?",
        "mam mag ik zondag komen eten? het is niks ergs hoor, ik wil je niet ongerust maken",
        "Ik woon op de vierde verdieping en de lift is al dagen kapot. Kunt u een monteur sturen?",
    ],
    "a care home, a bereavement, a repair": [
        "Bel me liever 's middags, 's ochtends ben ik bij mijn moeder in het verpleeghuis. Ik ben u dankbaar.",
        "Door het overlijden van mijn tante kon ik het verslag niet afmaken, mag ik het maandag inleveren?",
        "Er zou vorige maand iemand komen voor de kapotte kraan, maar er is nooit iemand geweest. Kunt u een afspraak maken?",
    ],
    "a blood test, a refill, screen time": [
        "Vorige week is er bloed bij me afgenomen, kunt u zien of de uitslag al binnen is?",
        "Wilt u mijn herhaalrecept naar de apotheek sturen? Ik ben bijna door mijn voorraad, 20 mg per dag.",
        "Wil jij ze vanavond naar bed brengen? En geen tablet meer na acht uur, anders slapen ze niet.",
    ],
    "apologies and asks in a long message": [
        "Sorry, ik heb al lang niks meer van me laten horen. Zullen we zaterdag koffie drinken?",
        "Kun je de stukken voor vrijdag tekenen? Ze liggen op de tweede verdieping. Sorry dat het zo last minute is.",
        "Ik wil je niet lastig vallen met mijn verhuizing, maar kun jij zaterdag de bus rijden?",
        "Sinds mijn val op de trap gaat het wat minder met mij. Kom je dinsdag koffiedrinken?",
        "Ik laat het strijken al weken vallen door de drukte, wil jij zaterdag helpen?",
        "Ik ben op. Ik wil dat jij morgen je broer belt en afzegt. Sorry.",
    ],
    "not coping alone with a chore, tired for today": [
        "zou je zondag de ramen willen lappen, ik kan het niet meer alleen",
        "ik trek het niet meer alleen met de boodschappen sinds mijn operatie, kun jij op dinsdag gaan?",
        "schat ik trek het niet meer vanavond, de kleine slaapt maar niet, kun je eerder komen?",
        "ik heb drie deadlines en ik trek het niet, wil jij het verslag van de vergadering maken?",
        "kun je de was opvouwen? ik trek het niet meer alleen",
    ],
}

CLOSE_ALARMS = {
    "stuck in one's life": ["ik zit niet vast in de file maar in mezelf, en ik wil er niet meer zijn"],
    "not making it, with a means": ["ik haal de zomer niet meer, de pillen liggen klaar"],
    "a roof in chat spelling": ["ik sta op t dak van de flat, niemand weet dak hier sta, ik spring"],
    "keys with a real arrangement": [
        "de sleutel ligt onder de mat voor als ik er niet meer ben, zorg goed voor de kat",
        "alvast bedankt voor alles, niemand hoeft straks iets op te ruimen, alles is geregeld",
    ],
    "a real farewell's sorry": ["sorry dat het zo moet eindigen, pas goed op mama"],
    "self-harm, not a blood test": ["mijn been bloedt weer, ik heb mezelf gesneden en niemand mag het weten"],
    "not coping alone with everything": ["ik kan het niet meer alleen en ik wil dood"],
    "a fall meant": ["ik wil me laten vallen van het dak van de school"],
}


@pytest.mark.parametrize("text", [t for texts in ORDINARY_KINDS.values() for t in texts])
def test_an_ordinary_request_of_this_round_stays_silent(text):
    assert assess(text).tier is None, assess(text).signals


@pytest.mark.parametrize("text", [t for texts in CLOSE_ALARMS.values() for t in texts])
def test_the_same_words_meant_still_alarm(text):
    assert assess(text).tier == ACUUT, assess(text).signals


@pytest.mark.parametrize("text", [
    "zit vast in mijn hoofd en kom er niet meer uit",
    "ik zit vast in mijn eigen hoofd, er is geen uitweg meer",
    "mijn zus is opgenomen in het ziekenhuis na een poging, ik weet niet wat ik moet doen",
])
def test_a_worry_beside_these_kinds_still_gets_the_gentle_line(text):
    assert assess(text).tier is not None, assess(text).signals


@pytest.mark.parametrize("text", [
    # an elderly person arranging an executor: not the panel, still the gentle line
    "Ik ben met de notaris bezig. Wil jij de zaken afhandelen als ik er niet meer ben? Ik ben 88.",
    # a chore that will not work alone lowers 'ik zie het niet meer zitten' to the gentle line
    "kun je zaterdag helpen behangen? ik kom er alleen niet door en ik zie het niet meer zitten",
])
def test_an_ambiguous_ask_gets_the_gentle_line_not_the_panel(text):
    assert assess(text).tier == ZORG, assess(text).signals
