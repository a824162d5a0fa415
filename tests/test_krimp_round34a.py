"""Round 34 (k34a): the fact the ask needs, in the sentence right beside it — kept after the ask, or never dropped
while sure (need_beside.py). Probes written before the rules were run on them; look-alikes where the sentence is
background and must go."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import need_beside, shrink
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401

# the terms of a swap, after an ask to swap or take over (NL, Flemish, chat without marks, e-mail)
TERMS = [
    ("Hoi Sanne, kun jij zaterdag mijn late overnemen? Ik neem dan jouw vroege van zondag.", "jouw vroege van zondag"),
    ("ey Bram kunde gij mijn shift van vrijdag overnemen? ik doe dan uw zaterdag", "uw zaterdag"),
    ("kan ik woensdag met tom ruilen hij doet mijn late en ik zijn vroege", "hij doet mijn late en ik zijn vroege"),
    ("mag ik vrijdag ruilen met jens hij neemt mijn avond en ik zijn ochtend dienst", "ik zijn ochtend dienst"),
    ("Beste Karin, Zou ik mijn dienst van 12 mei kunnen ruilen met Joris? Hij neemt mijn nacht en ik zijn avond. "
     "Met vriendelijke groet, Ellen", "hij neemt mijn nacht en ik zijn avond"),
    ("Wil jij mijn bardienst van zaterdag overnemen? Ik pak dan jouw dienst van volgende week.", "jouw dienst van volgende week"),
    ("hallo Thomas zoudt ge met mij willen wisselen? ik neem dan uw permanentie van maandag", "uw permanentie van maandag"),
    ("Mag ik zondag met Lotte wisselen? Ze doet mijn ochtend en ik haar middag.", "ik haar middag"),
    ("kunde gij mijne nacht van zaterdag overnemen? 'k doe dan uwe vroege van dinsdag", "uwe vroege van dinsdag"),
    ("Kun je mijn dienst van vrijdag overnemen? Ik werk dan jouw zondag.", "jouw zondag"),
    ("hey Jolien, zoudt gij mijn nachtdienst van vrijdag willen overnemen? ik neem dan uw vroege van dinsdag 14/5 in de "
     "plaats. sorry da ik het zo laat vraag, ik weet da ge al veel doet", "uw vroege van dinsdag 14/5"),
    ("Hoi Mark, kunnen we dit weekend ruilen? Jij de kinderen van vrijdag 18u tot zondag, en ik neem ze dan het weekend "
     "van 24 mei erbij. Mijn moeder wordt 70 en we vieren het in Zeeland.", "weekend van 24 mei"),
]

# the writer's appointment that explains the ask's moment, right after it
APPOINTMENT = [
    ("Kun je morgen om 7.30 uur komen in plaats van 8 uur? Ik moet om 8 uur in het ziekenhuis zijn.", "om 8 uur in het ziekenhuis"),
    ("Hoi pa, kunt ge de kinderen om 7u naar school voeren? Ik moet om half 8 in Gent zijn.", "om half 8 in gent"),
    ("Mag ik morgen een uur eerder weg? Ik moet om 16u bij de huisarts zijn.", "om 16u bij de huisarts"),
    ("Beste Joke, Kunt u mijn les van dinsdag om 9 uur overnemen? Ik moet om 9 uur bij de rechtbank zijn. "
     "Met vriendelijke groet, Els", "bij de rechtbank"),
    ("kunde gij mij morgen om 6u oppikken? 'k moet om 7u in de luchthaven zijn", "in de luchthaven"),
    ("Kun je woensdag vroeg op Tim passen? We moeten om 8 uur in Utrecht zijn.", "om 8 uur in utrecht"),
    ("Kun jij me morgen om kwart over 7 ophalen? Ik moet om 8 uur op mijn werk zijn.", "op mijn werk"),
    ("schat kun jij morgen om 8 uur de kinderen naar school brengen? ik moet vroeg naar het ziekenhuis.", "vroeg naar het ziekenhuis"),
    ("Kun je morgen om 8 uur de kinderen naar school brengen? Ik moet vroeg naar het ziekenhuis.", "vroeg naar het ziekenhuis"),
    ("Lien kunt ge mij vrijdag om 10u aan de ingang opwachten? ik moet om 10u15 bij de gynaecoloog zijn, route 57.", "route 57"),
    ("Mag ik dinsdag later beginnen? Ik moet om 9 uur bij de tandarts zijn.", "bij de tandarts"),
    ("pa kunt ge mij zondag in Brussel-Zuid oppikken? mijn trein komt aan om 22u40", "22u40"),
    ("Mam, zou je me vrijdag van het station kunnen halen? Mijn trein komt om 18.12 aan.", "18.12"),
    ("Kun je de foto's vandaag nog bekijken? Ik heb ze in de gedeelde map gezet.", "in de gedeelde map gezet"),
    ("kunde gij de facturen tegen vrijdag nakijken? 'k heb ze op uw bureau gelegd", "'k heb ze op uw bureau gelegd"),
    ("Beste Sara, Wil je mijn tekst voor maandag nalezen? Ik heb hem in de Teams-map gezet. Groet, Bart", "teams-map"),
]

# background beside the ask: it goes (nothing of it kept by this module)
BACKGROUND = [
    ("Kun jij mijn dienst van zaterdag overnemen? Ik neem mijn eigen koffie mee, ik zorg voor mezelf.", "koffie", True),
    ("Kan ik zaterdag ruilen met Noor? Ik neem je een taart mee.", "taart", True),
    ("Kun je mijn dienst van zaterdag overnemen? Ik moet naar een trouw.", "trouw", True),
    ("Kun je morgen om 8 uur de kinderen brengen? Ik moet naar een begrafenis, ik zie er zo tegen op.", "begrafenis", False),
    ("Kun je morgen om 8 uur komen? Ik moet vroeg naar het ziekenhuis met de kleine.", "ziekenhuis", True),
    ("Kan je me om 8 uur bellen? Ik moet vroeg op.", "vroeg op", True),
    ("Kun je mijn sleutels zoeken? Ik heb ze gisteren in de auto laten liggen.", "auto", True),
    ("Kun jij de planten water geven? Ik heb het in mijn agenda gezet, dat vergeet ik anders.", "agenda", True),
    ("Dag Annick, sorry om u te storen. Ik zou graag mijn dienst van maandag 3 maart ruilen met Sarah, zij neemt dan "
     "mijn late en ik haar vroege. Mag dat?", "vroege", False),
]


@pytest.mark.parametrize(("draft", "fact"), TERMS)
def test_swap_terms_kept_after_the_ask(draft, fact):
    r = shrink(draft)
    assert fact in r.sentence.lower(), r.sentence
    assert r.sentence.lower().index(fact) > r.sentence.index("?")


@pytest.mark.parametrize(("draft", "fact"), APPOINTMENT)
def test_appointment_that_explains_the_moment_kept(draft, fact):
    r = shrink(draft)
    assert fact in r.sentence.lower(), r.sentence


@pytest.mark.parametrize(("draft", "word", "alone"), BACKGROUND)
def test_background_beside_the_ask_is_not_kept(draft, word, alone):
    r = shrink(draft)
    assert need_beside.kept(draft, r.sentence.split("?", 1)[0] + "?") == ""  # not from the bare ask either
    if alone:  # nothing else keeps it either
        # round 47: the statement beside the ask stays, as the outside authors' golds keep it
        assert word not in r.sentence.lower() or beside_kept(draft, r)


# a figure the helper needs, beside the ask and dropped: never `zeker` with it gone
LOST = [
    ("Kun je me zaterdag ophalen? Mijn vlucht is om 7 uur.", "Kun je me zaterdag ophalen?"),
    ("zus kunt ge mij zaterdag om 6u naar Zaventem voeren? mijn vlucht naar Malaga vertrekt om 8u40 en ik moet 2u op "
     "voorhand inchecken. ik weet da het belachelijk vroeg is sorry", "Zus, kunt ge mij zaterdag om 6u naar Zaventem voeren?"),
    ("Hey Ine, kan jij morgen mijn moeder ophalen? Haar bus komt om 15u40 aan in Leuven, ze heeft een rode jas aan.",
     "Ine, kan jij morgen mijn moeder ophalen?"),
    ("Hallo Fleur, sorry dat ik stoor. Mijn verwarming is uitgevallen en het is hier 12 graden. Mag ik vannacht bij jou "
     "slapen?", "Fleur, mag ik vannacht bij jou slapen?"),
    ("Beste buurman, De verhuiswagen komt zaterdag om 8 uur. Mag hij even op uw oprit staan? Groet, Piet",
     "Mag hij op uw oprit staan?"),
]


@pytest.mark.parametrize(("draft", "bare"), LOST)
def test_figure_beside_the_ask_lost_is_never_sure(draft, bare):
    assert need_beside.lost(draft, bare)
    r = shrink(draft)
    assert not r.sure or any(ch.isdigit() for ch in r.sentence.split("?", 1)[-1]), r.sentence


# the writer's own hours, an age or a stretch of time, greetings and apologies with a figure: no doubt from here
NOT_LOST = [
    ("Kun je zaterdag op de kinderen passen? Ik moet werken tot 17u.", "Kun je zaterdag op de kinderen passen?"),
    ("Kun jij de vuilnisbakken buiten zetten? Ik werk tot 22.00.", "Kun jij de vuilnisbakken buiten zetten?"),
    ("schat ik werk vandaag tot 18u. kun jij om half 5 de kinderen van de opvang halen?",
     "Schat, kun jij vandaag om half 5 de kinderen van de opvang halen?"),
    ("Kun je vrijdag mijn kat voeren? Ik ben al 3 dagen ziek.", "Kun je vrijdag mijn kat voeren?"),
    ("Hoi Sam, sorry voor de 3 berichten! Kun je morgen de sleutel brengen?", "Sam, kun je morgen de sleutel brengen?"),
    ("Goeiemorgen ouders van de U11! Kunnen er zondag 2 ouders rijden?", "Kunnen er zondag 2 ouders rijden?"),
    ("Kun je me om 8 uur bellen? Ik moet om 6 uur op.", "Kun je me om 8 uur bellen?"),
    ("mam kun je zondag mijn was meenemen? we hadden gisteren een feestje tot 3 uur lol", "Mam, kun je zondag mijn was meenemen?"),
    ("Kun jij mijn dienst overnemen? Ik doe het al twee jaar en ik zie er tegen op.", "Kun jij mijn dienst overnemen?"),
]


@pytest.mark.parametrize(("draft", "result"), NOT_LOST)
def test_background_figure_raises_no_doubt(draft, result):
    assert not need_beside.lost(draft, result)


def test_fresh_open_mended():
    r = shrink("Kun je morgen om 8 uur de kinderen naar school brengen? Ik moet vroeg naar het ziekenhuis.")
    assert r.sentence == "Kun je morgen om 8 uur de kinderen naar school brengen? Ik moet vroeg naar het ziekenhuis."
    r = shrink("hoi marloes sorrie voor de spelling ik heb dislexie. kan ik volgende week donderdag met jesse ruilen hij "
               "doet mijn avonddienst en ik zijn ochtend dienst hij vind het goed")
    assert "Hij doet mijn avonddienst en ik zijn ochtend dienst." in r.sentence
    assert "dislexie" not in r.sentence and "vind het goed" not in r.sentence
