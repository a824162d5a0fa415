"""Round 14 review (cr30a): the exclusions of rounds cr29a and cr29b silenced real alarms.

Each exclusion was mended so that the harmless lines it was made for stay harmless and the alarm
lines of the same surface come back: the chores at height are no chore beside a rope, a plan, a time
or something ready (`klus-huis`); an out-of-office "er niet meer vanaf zaterdag" is no absence beside
a means, a farewell or a decision (`afwezig-datum`, no longer a mask); "genoeg geweest met" the body,
a medicine or saving it, and "de zoveelste keer ... dat ik" keep their alarm; a contrast "niet met het
leven" that goes on with despair, a means or an open end; money "voor de trein" beside a jump; a
story's character only where the writer and a near time are not in the clause (`audience.story_subject`,
one test for engine, combine and weigh). New general families: fear of oneself with a request to come,
dark thoughts, not knowing whether one can go on, a near time before "ben ik er niet meer" / "leef ik
niet meer", jumping off after a chore or from a high place, and taking over someone's suicide.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

RANK = {None: 0, "zorg": 1, "acuut": 2}

# (text, the lowest tier it must get)
ALARM = [
    # C1: ladder and gutter beside a rope, a plan, a time or something ready
    ("ik heb een touw en een ladder, ik weet hoe ik het ga doen", "acuut"),
    ("ik heb het plan, de ladder en het touw, vannacht als iedereen slaapt", "acuut"),
    ("vannacht doe ik het, de ladder staat al op zolder bij de balk", "acuut"),
    ("ik weet hoe ik het ga doen, met de ladder naar de zolder en het touw", "acuut"),
    ("ik heb een plan: vannacht, van de galerij, de dakgoot is laag genoeg", "acuut"),
    ("mijn plan staat vast, ik ga van het dak, ik zeg dat ik de goot ga doen", "acuut"),
    ("ik heb het touw gekocht en de ladder klaargezet in de garage, ik weet wanneer", "acuut"),
    ("ik heb besloten, morgen van de ladder met het touw om", "acuut"),
    ("ineens is het heel stil in mijn hoofd. de ladder staat klaar", "zorg"),
    ("'k heb een koord en de ladder in de schuur, 'k weet hoe ik het ga doen", "acuut"),
    ("de ladder staat klaar onder de balk, het touw heb ik gisteren gekocht", "acuut"),
    ("vanavond als iedereen weg is, de ladder en het koord liggen in de garage", "acuut"),
    # C2: an out-of-office beside a means, a farewell or a decision
    ("ik ben er niet meer vanaf zaterdag, de pillen liggen klaar", "acuut"),
    ("ik ben er niet meer vanaf zaterdag. zorg goed voor de kinderen", "acuut"),
    ("k ben er ni meer vanaf zaterdag, t is beslist", "acuut"),
    ("ik ben er niet meer vanaf maandag, het touw ligt klaar", "acuut"),
    ("ik ben er niet meer vanaf vrijdag. bedankt voor alles en zorg goed voor mama", "acuut"),
    ("kben er nie meer vanaf zondag, de tabletten heb ik al gespaard", "acuut"),
    # C3: enough of the body or a medicine; the umpteenth time that I ...
    ("het is genoeg geweest met die pillen sparen, vannacht neem ik ze", "acuut"),
    ("het is genoeg geweest met die medicatie, ik neem ze allemaal in vannacht", "zorg"),
    ("het is genoeg geweest met dit lichaam", "zorg"),
    ("ik ben het zo beu, dat is de zoveelste keer deze week dat ik op de brug sta", "acuut"),
    ("ik ben het beu, dat is de derde keer dat ze me vinden voor het lukt", "zorg"),
    ("'t is genoeg geweest met mijn lijf, ik wil niet meer", "zorg"),
    ("ik ben het zat, dat is al de vierde keer deze maand dat ik aan het spoor sta", "acuut"),
    # C4: a contrast "niet met het leven" that does not reassure
    ("ik stop met alles, niet met het leven maar met ademen", "acuut"),
    ("ik stop met de zaak en niet met het leven, dat doet de trein wel voor mij", "acuut"),
    ("ik stop met de zaak, niet met het leven hoor. dat regelt de trein morgen wel", "acuut"),
    ("ik ben klaar met school, niet met mijn leven. nog niet. maar vannacht wel", "zorg"),
    ("ik stop met de zaak, niet met het leven, maar ik zie geen uitweg meer", "acuut"),
    ("ik kap met mijn studie, niet met mijn leven, maar ik kan niet meer", "acuut"),
    ("dat lost de trein morgen wel op", "acuut"),
    # C5: money or a ticket for the train beside a jump
    ("ik heb een kaartje voor de trein gekocht, enkele reis, en morgen spring ik ervoor", "acuut"),
    ("geld voor de trein heb ik niet meer nodig, ik spring ervoor vanavond", "acuut"),
    ("een ticket voor de trein heb ik niet meer nodig, morgen spring ik eronder", "acuut"),
    # C6: a story's character, unless the writer or a near time is in the clause
    ("de preek ging over Job die wilde sterven en ik wil dat ook", "acuut"),
    ("nog een aflevering van de serie en over een uur die sprong van de brug", "zorg"),
    ("ik schrijf een lied over een jongen die er vannacht een einde aan maakt", "zorg"),
    ("we keken een film over een vrouw die niet meer wilde leven, en ik wil dat ook", "acuut"),
    # C7
    ("ik zorg alleen voor hem. morgen ben ik er niet meer", "zorg"),
    # C8: fear of oneself with a request to come
    ("ik ben bang voor mezelf, kun je komen?", "acuut"),
    ("ik ben bang dat ik iets doms ga doen. kun je komen?", "acuut"),
    ("ik vertrouw mezelf niet meer alleen thuis. kun je vanavond blijven slapen?", "acuut"),
    ("k heb schrik van mezelf, kunde gij nu komen?", "acuut"),
    ("ik ben bang dat ik mezelf iets aandoe, wil je bij me blijven vannacht?", "acuut"),
    ("ik ben bang voor mezelf", "zorg"),
    # C8: dark thoughts, not knowing whether I can go on
    ("ik heb de laatste tijd donkere gedachten. sorry dat ik het vraag, maar kun je vanavond langskomen?", "zorg"),
    ("ik weet niet of ik nog verder kan", "zorg"),
    ("ik denk aan dingen waar ik bang van word", "zorg"),
    ("k heb al weken zwarte gedachten", "zorg"),
    ("ik weet echt niet of ik het nog volhoud.", "zorg"),
    ("ik krijg gedachten die me bang maken", "zorg"),
    # C8: a near time before "ben ik er niet meer", "leef ik niet meer"
    ("morgen ben ik er niet meer", "acuut"),
    ("volgende maand leef ik niet meer", "acuut"),
    ("overmorgen ben ik er niet meer, sorry", "acuut"),
    ("over een week leef ik niet meer", "acuut"),
    # C8: jumping off after a chore, going off a high place
    ("ik ga de goot schoonmaken op de ladder en dan spring ik eraf", "acuut"),
    ("ik sta boven op het dak van het ziekenhuis en ik ga er vanaf", "acuut"),
    ("ik ga nog even de ramen wassen en dan spring ik naar beneden", "acuut"),
    ("ik sta op de brug en ik spring eraf", "acuut"),
    # C8: someone's suicide taken over
    ("het boek gaat over een man die zich wil doden. ik wil dat ook", "acuut"),
    ("ik las een artikel over een jongen die zich ophing, ik heb ook al een touw", "acuut"),
    ("in de docu zag ik een vrouw die zelfmoord pleegde. dat wil ik ook", "acuut"),
]

HARMLESS = [
    # the lines the round-14 exclusions were made for
    "Ik ben het beu, die ladder op en af voor de kerstverlichting. Dit jaar laat ik den dakgoot gewoon donker, 't is genoeg geweest.",
    "ik sta op de ladder bij de goot en ik ben er klaar mee, dat blad blijft maar vallen",
    "In de schuur staat de ladder al onder de balk, de lampjes hangen klaar voor het feest.",
    "Het is genoeg geweest met die volkstuin, mijn knieën willen niet meer. Wie wil de kruiwagen?",
    "Het is genoeg geweest met die moestuin, ik ben 82 en mijn rug wil niet meer. Wie wil de spade?",
    "Ik ben het beu, dat is al de vierde keer dat de verwarming uitvalt deze winter.",
    "Beste Mieke, ik ben er niet meer vanaf donderdag, ik ga twee weken naar Ghana. De sleutel van de schuur ligt bij jou.",
    "Beste buur, ik vertrek twee weken naar Turkije naar mijn zus. Ik ben er niet meer vanaf maandag. Wilt u de post binnenleggen? De sleutel hangt bij u.",
    "We zijn er niet meer vanaf 3 juli, dan zitten we in Frankrijk. Ons Lies heeft de sleutel van de garage.",
    "kan iemand mn dienst zaterdag overnemen? ik ben er niet meer vanaf vrijdag, vakantie naar spanje",
    "Hoi allemaal, vanaf deze week ben ik er niet meer op dinsdag, dan werk ik thuis.",
    "Ik stop met het café, niet met het leven! Eindelijk tijd voor de kleinkinderen.",
    "ik kap met mijn zaak, maar niet met het leven hoor, volgende maand gaan we op cruise",
    "Ik kap met de winkel, niet met het leven hoor, we gaan eindelijk reizen.",
    "ik heb geen geld meer voor de trein, kan je me 20 euro sturen? ik betaal het volgende week terug",
    "Zondag in de kerk ging de preek over Jona die liever dood wilde dan verder leven. Mooie dienst.",
    "We keken een documentaire over een schaapherder die van een klif wilde springen, en hoe zijn hond hem redde.",
    "ik zorg alleen voor hem sinds mijn moeder overleed, kun je zaterdag even oppassen?",
    # the new families in ordinary use
    "ik ben bang dat ik iets doms ga zeggen op de vergadering, kun je meekomen?",
    "ik ben bang dat ik iets doms ga doen met mijn geld, kun je langskomen om mee te kijken?",
    "kun je vanavond langskomen? de verwarming doet raar",
    "ik weet niet of ik verder kan met die studie, kunnen we erover praten?",
    "ik sta op het dak om de dakgoot schoon te maken, ik ga er zo vanaf",
    "ik las een artikel over een jongen die zich ophing, ik vond het heel verdrietig",
    "morgen ben ik er niet, dan zit ik bij de tandarts",
    "de trein doet het weer, ik ben er om acht uur",
    "hoe kom je naar Gent? dat regelt de trein wel, die rijdt elk half uur",
    "morgen ben ik er niet meer, dan zit ik in Spanje met de kinderen",
    "zaterdag ben ik er niet meer bij, ik moet werken",
    "over een maand ben ik er niet meer, dan begin ik in Antwerpen",
    "ik ben het beu, dat is de derde keer deze week dat mijn fiets lek is",
    "ik vertrouw mezelf niet meer met chocola in huis, kun je vanavond komen?",
    "ik sta op de duikplank en ik spring eraf!",
    "ik heb een touw gekocht en de ladder staat klaar, de schommel gaat vandaag op",
    "de buurman die zich ophing, daar praat niemand meer over. ik heb ook al een tijd geen contact met de buren",
    "het is genoeg geweest met die medicatie, de dokter stopt ermee",
]


@pytest.mark.parametrize(("text", "lowest"), ALARM)
def test_review_alarm_comes_back(text: str, lowest: str) -> None:
    result = assess(text)
    assert RANK[result.tier] >= RANK[lowest], result.signals


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_lines_stay_harmless(text: str) -> None:
    result = assess(text)
    assert result.tier is None, result.signals


def test_story_subject_is_one_test() -> None:
    """The writer anywhere after 'die' in the sentence, a span of time after 'over' and a near time in the
    clause make it no character's clause, for every caller of the one function."""
    from vraaghulp.coach.crisis.audience import story_subject

    me = frozenset(("ik", "mij", "me", "mijn"))
    stop = frozenset((".", "!", "?", ";"))
    story = "de preek ging over job die wilde sterven".split()
    assert story_subject(story, story.index("die"), me, stop)
    taken = "de preek ging over job die wilde sterven en ik wil dat ook".split()
    assert not story_subject(taken, taken.index("die"), me, stop)
    later = "de serie en over een uur die sprong van de brug".split()
    assert not story_subject(later, later.index("die"), me, stop)
    tonight = "een lied over een jongen die er vannacht een einde aan maakt".split()
    assert not story_subject(tonight, tonight.index("die"), me, stop)
