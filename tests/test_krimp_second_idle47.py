"""Second requests that are not there (round 47, k47c; idle_second.py): the engine offered a clause as a second
request to send apart where the writer asks nothing new. Own drafts near each kind mended, and near real second
requests that must still be found (a missing second request costs less than an invented one, but a real one that
carries its own task stays).

- a condition with no ask of its own ('Mocht dat niet uitkomen', 'Wie het vergeet, geen ramp');
- a let-off: a French one ('pas de souci'), the reader need not ('verder hoeft u niets te doen'), a call for an
  answer only ('Wie kan, graag even reageren', 'Laat u maar iets weten');
- the writer's own words: the Limburgish 'doe höbs' (you have), a thought ('Ik heb begrepen dat …'), a consequence
  after 'dan' ('…, dan kan ik wat slapen').

And the other way (unnamed.py): a question to the reader about what they know, with its own question mark ('Weet jij
trouwens of …?', 'Weet iemand wanneer …?', 'Kent gij nog iemand die …?'), is a second request, not background;
'Weet je nog die bank …', 'Weet je wat, …', 'Ik weet niet of …', 'Je kent me, …' are none.
"""
import pytest

from vraaghulp.coach.krimp import shrink


CONDITIONS = [
    'Beste Henk, kun je vrijdag de sleutels van de kantine bij mij ophalen? Mocht dat niet lukken, dan hoor ik het wel.',
    'Hoi Sanne, wil jij zaterdag de bloemen voor oma meenemen? Mocht het te druk zijn.',
    'Mevrouw Jansen, kunt u de factuur van maart nog eens sturen? Mocht die al onderweg zijn, dan wacht ik nog even.',
    'Dag Pieter, kunt ge morgen de hond uitlaten? Moest het regenen, dan wacht ik wel tot zondag.',
    'Beste ouders, willen jullie voor vrijdag het toestemmingsformulier inleveren? Wie het vergeet, geen ramp.',
    'Kun je deze week naar mijn fiets kijken? Pas als je tijd hebt en niet als het druk is op je werk.',
    'Beste ouders, willen jullie maandag een stuk fruit meegeven? Wie het niet heeft, we hebben wel reserve.',
    'Meneer Smit, kunt u de lekkage deze week laten bekijken? Mocht het u niet schikken, dan bel ik volgende week.',
    'Tom, wil je zondag de tent terugbrengen? Mocht dat niet uitkomen.',
    'Geachte heer Pauwels, kunt u mij de offerte voor het dak mailen? Indien dat deze week niet lukt.',
    'Els, kunt ge donderdag de kinderen ophalen? Moest het ni gaan, dan vraag ik het aan ons moeder.',
    'Lieve Mieke, wil je zondag op Fleur passen? Mocht het lastig zijn.',
    'Hoi Ruud, mag ik dinsdag een uur eerder weg voor de tandarts? Mocht dat niet gaan dan zoek ik een andere tijd.',
    'Kunnen jullie zaterdag om negen uur bij de loods zijn om te helpen sjouwen? Wie het niet haalt, geen probleem.',
    'Beste buurman, wilt u de heg aan onze kant deze maand snoeien? Mocht het u niet uitkomen, dan horen wij het graag.',
    'Wilt u de brief voor vrijdag ondertekenen? Indien nodig.',
]

LET_OFFS = [
    'Youssef, kunt ge zondag uw boormachine uitlenen? Pas de problème als ge hem zelf nodig hebt.',
    'Nathalie, kunt ge het verslag vandaag nog nakijken? Pas de souci als het morgen wordt hein.',
    'Koen, kun je de slides voor morgen nakijken? Pas grave als het niet lukt.',
    'Salut Karim, kunde gij vrijdag mijn shift overnemen? Pas de stress, ik vraag het anders aan Lisa.',
    'Sofie, kunt ge morgen de kinderen naar de sporthal voeren? Pas de panique als ge te laat zijt.',
    "Mehdi, kan ik zaterdag uw auto lenen van 10u tot 14u? C'est pas grave als het niet gaat.",
    'Kan iemand morgen de vuilbakken buitenzetten? Pas grave si personne peut.',
    'Kunde gij morgen de laptop meebrengen naar de les? Pas de souci als ge hem vergeet.',
    'Amine, kun je vanavond de kinderen van de training halen? Pas de problème si tu peux pas.',
    'Beste juf, wilt u mij bellen als Sem ziek wordt? Verder hoeft u niets te doen.',
    'Meneer Claes, wilt u het pakket voor mij aannemen? U hoeft het niet binnen te zetten. Hoeft u zich niet te haasten hoor.',
    'Hoi Bram, kun je vrijdag mijn planten water geven? Je hoeft ze niet te voeren hoor, alleen water.',
    'Mevrouw De Wit, wilt u de brief van de gemeente voor mij lezen? Voor de rest hoeft u niks te doen.',
    'Dirk, kunt ge mijn bestelling meebrengen? Hoeft ge niet te betalen, dat is al gedaan.',
    'Wie kan er zaterdag helpen met opruimen na het feest? Wie kan, graag even reageren.',
    'Zou er iemand tussen 9 en 11 uur kunnen helpen met uitladen? Wie kan, mag het zeggen.',
    'Mijnheer Peeters, kunt u de jaarrekening voor vrijdag doorsturen? Laat u maar iets weten.',
    'Lisa, kun je donderdag mijn dienst overnemen? Laat het me even weten.',
    'Kan iemand mij zondag naar het station brengen? Laat maar snel iets horen.',
]

WRITERS_OWN = [
    "Hoi Jo, ich vin 't lestig om te vraoge, doe höbs al zoveul gedaon. Zou je zaterdag mijn aanhanger kunnen terugbrengen?",
    'Dag Mia, doe bös altied zoe good veur ós. Kun je woensdag op de kinderen passen?',
    "Hoi Lei, doe höbs 't drök, dat weet ich. Kun je toch vrijdag even naar mijn dak kijken?",
    'Mam, wil je niet elke dag bellen over mijn studie? Ik vind het wel lief dat je meeleeft.',
    'Beste meneer Kramer, kunt u de aanvraag voor de traplift in behandeling nemen? Ik heb begrepen dat daar een indicatie voor nodig is.',
    'Hoi Lotte, kun je zondag de taart ophalen bij de bakker? Ik denk dat hij om tien uur open is.',
    'Jan, kun jij maandag de vergadering voorzitten? Ik weet dat het kort dag is.',
    "Sanne, wil je de foto's van de bruiloft naar oma sturen? Ik merk dat ze het mist.",
    'Ine, zoudt ge de kleine zaterdag van 9 tot 13u kunnen nemen, dan kan ik wat slapen?',
    'Chef, mag ik vanavond om negen uur weg in plaats van om elf uur dan kan ik nog even bij mijn moeder langs.',
    'Kunt u het voorschot van 200 euro voor 1 mei storten? Alleen dan kan ik de datum vastleggen.',
    'Jeroen, zou je dit weekend kunnen komen, dan kunnen we samen de huisarts bellen.',
    'Mag ik je boormachine lenen zaterdag? Dan kan ik eindelijk de kast ophangen.',
    'Kun jij morgen de kinderen brengen, dan kan ik vroeg naar mijn werk?',
    'Kun jij mijn dienst van vrijdag overnemen? Zo kan ik naar de bruiloft van mijn zus.',
    'Wil je het pakket bij de buren afgeven, want dan kan ik het na het werk ophalen.',
]

REAL_SECONDS = [
    'Kun je vrijdag de sleutels ophalen? Mocht je toch langskomen, kun je dan ook de stoelen meenemen?',
    'Pieter, kunt ge morgen de hond uitlaten? Moest ge tijd hebben, wilt ge dan ook de kat eten geven?',
    'Sanne, wil jij zaterdag de bloemen meenemen? Als je toch gaat, neem dan ook brood mee.',
    'Kan iemand zaterdag rijden naar Zwolle? En wie kan er zondag de shirts wassen?',
    'Lisa, kun je donderdag mijn dienst overnemen? Kun je ook laten weten of je vrijdag kunt?',
    'Kan iemand mij zondag naar het station brengen? Kun je me ook even bellen als je vertrekt?',
    'Mam, kun je zaterdag op de kinderen passen? Ik denk dat je beter kunt komen eten. Kun je ook de soep meebrengen?',
    'Koen, kun je de slides nakijken? Kun je ook de handouts printen?',
    'Beste juf, wilt u mij bellen als Sem ziek wordt? Wilt u ook zijn gymtas meegeven?',
    'Hoi Jo, kun je zaterdag mijn aanhanger terugbrengen? Kun je dan ook de spanbanden meenemen?',
    'Ine, kunt ge de kleine zaterdag nemen? En kunt ge ook zijn fles meebrengen?',
    'Chef, mag ik vanavond om negen uur weg? Mag ik morgen ook een uur later beginnen?',
    'Dirk, kunt ge mijn bestelling meebrengen? Kunt ge ook de factuur van vorige week nakijken?',
    'Mevrouw Jansen, kunt u de factuur van maart nog eens sturen? Kunt u ook die van april meesturen?',
    'Youssef, kunt ge zondag uw boormachine uitlenen? Moogt ge ook de boren meegeven?',
    'Wie kan er zaterdag helpen met opruimen na het feest? Wie wil de vuilniszakken naar de container brengen?',
    'Meneer Smit, kunt u de lekkage deze week laten bekijken? Wilt u ook naar de kraan in de keuken kijken?',
    'Tom, wil je zondag de tent terugbrengen? En mag ik volgende maand je kampeerstoelen lenen?',
    'Els, kunt ge donderdag de kinderen ophalen? Dan kunt ge ook meteen hun zwemzak meenemen?',
    'Beste ouders, willen jullie voor vrijdag het formulier inleveren? Wie wil er meerijden naar de boerderij?',
    'Jan, kun jij maandag de vergadering voorzitten? Wil je ook de notulen maken?',
    'Mijnheer Peeters, kunt u de jaarrekening voor vrijdag doorsturen? Kunt u mij ook laten weten wat het kost?',
    'Kun je laten weten hoe laat je zaterdag komt? En kun je ook de stoelen meenemen?',
    'Kun je mijn pakje ophalen bij de buren? Pas de schoenen ook even aan die erin zitten.',
    'Kun je vanavond de kat eten geven? Doe de deur goed op slot als je weggaat.',
    'Willen jullie vrijdag het formulier inleveren? Wie heeft er nog een pen die ik mag lenen?',
    'Ik ben om vijf uur klaar. Kan ik dan de sleutel komen halen? En mag ik ook de ladder lenen?',
    'Kun jij de kinderen zondag om zes uur terugbrengen? Laat je me weten of het lukt met de auto?',
    'Mevrouw Peters, kunt u de rekening opnieuw sturen? Ik wil graag weten of de korting er al af is.',
    'Kan iemand mij morgen naar de trein brengen? Als je toch gaat, kun je dan ook mijn brief posten?',
    'Joris, kunt ge zaterdag de aanhangwagen brengen? Moest ge nog een spanband hebben, wilt ge die dan ook meebrengen?',
]

KNOWS_SECONDS = [
    'Pieter, wil je mijn hoofdstuk voor vrijdag lezen? Weet jij trouwens of ik nog recht heb op de reisvergoeding?',
    'Wilma, kan ik vanaf september een sleutel van de sporthal krijgen? Weet jij wie de nieuwe shirts bestelt?',
    "Nathalie, kunt ge de frigo lenen tot maandag? Kent gij nog iemand die frigo's repareert?",
    'Kan iemand mij de notities van dinsdag sturen? En weet iemand wanneer de deadline van het verslag is?',
    'Juf Hanne, kunt u nakijken of Amélie haar schoenen in de kleedkamer liggen? Weet gij al wanneer de kostuumpas is?',
    'Mevrouw Peters, kunt u de factuur opnieuw sturen? Weet u ook hoeveel ik nog moet betalen?',
    'Hoi Bas, kun jij zondag de barbecue meenemen? Weet jij misschien waar de partytent ligt?',
    'Tom, kun je zaterdag de stoelen ophalen? Weet je welke maat de tafelkleden moeten zijn?',
    'Kan iemand morgen de vuilbakken buitenzetten? Weet er iemand hoe laat de ophaling is?',
    'Ellen, wil je mijn planten water geven deze week? Ken jij een goede loodgieter in de buurt?',
    'Meneer Bos, kunt u de lekkage laten bekijken? Weet u toevallig wie de huismeester nu is?',
    'Lies, kun je vrijdag de kinderen ophalen? Weet jij hoelang de zwemles duurt?',
]

KNOWS_NONE = [
    'Hoi Ingrid, hoe was je weekend? Weet jij of de budgetcijfers al rond zijn? Maar waar het om gaat: mag ik het project Noord overdragen aan Youssef?',
    'Bro, kan ik zaterdag je bus lenen? Weet je nog die bank waar ik het over had?',
    'Kun je morgen komen eten? Weet je wat, ik kook wel iets makkelijks.',
    'Mam, kun je zondag op de kinderen passen? Ik weet niet of je tijd hebt.',
    'Kun jij de vergadering voorzitten? Weet je, ik ben gewoon op.',
    'Hoi Saar, wil je zaterdag de taart ophalen? Je weet hoe druk het is bij de bakker.',
    'Kun je de sleutel bij de buren leggen? Weet jij veel hoe laat ik thuis ben.',
    'Ruud, mag ik vrijdag een uur eerder weg? Je kent me, ik haal het maandag in.',
    'Kunt ge de kinderen om vijf uur terugbrengen? Ge weet hoe het is met school op maandag.',
]


@pytest.mark.parametrize("draft", CONDITIONS + LET_OFFS + WRITERS_OWN + KNOWS_NONE)
def test_no_second_request_is_invented(draft):
    assert shrink(draft).second == ""


@pytest.mark.parametrize("draft", REAL_SECONDS)
def test_a_real_second_request_is_still_found(draft):
    assert shrink(draft).second != ""


@pytest.mark.parametrize("draft", KNOWS_SECONDS)
def test_a_question_about_what_the_reader_knows_is_a_second_request(draft):
    second = shrink(draft).second
    assert second.startswith(("Weet", "Ken")) and second.endswith("?")
    assert "trouwens" not in second and "toevallig" not in second


@pytest.mark.parametrize(("draft", "second"), [
    ("Kun je morgen de sleutel brengen? Weet jij of de bakker open is? En kun je ook melk meenemen?",
     "Kun je ook melk meenemen?"),
    ("Mevrouw De Boer, weet u of dokter Visser op dinsdag werkt? Kan ik deze week een herhaalrecept krijgen? En wilt u "
     "ook doorgeven dat mijn adres veranderd is?", "Wilt u ook doorgeven dat mijn adres veranderd is?"),
])
def test_a_question_about_what_the_reader_knows_gives_way_to_another_second_request(draft, second):
    assert shrink(draft).second == second
