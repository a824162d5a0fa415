"""Round 36 (k36b): a pointer in the ask left pointing at a sentence the offer dropped is filled in from the draft.

'hem'/'haar' becomes the one person the draft named before the ask (person_ref.the_one); 'die dag', 'die zaterdag',
'in die periode' become the day or stretch the draft named before it (day_pointer.py); 'dat', 'het', 'die' become
'een X' the draft said comes ('er komt morgen een pakket …'), and the sentence that said so goes (delivered.py).
"""

import re

import pytest

from vraaghulp.coach.krimp import day_pointer, delivered, shrink


def _question(sentence: str) -> str:
    return next(part for part in re.split(r"(?<=[.?!])\s+", sentence) if part.endswith("?"))


@pytest.mark.parametrize(("draft", "named"), [
    # named a few sentences back, the sentences between go on about him
    ("Even iets over Jonas. Hij slaapt slecht sinds de verhuizing en piekert veel. Ik ben zelf ook moe. "
     "Wil je de komende week wat extra op hem letten in de klas?", "op Jonas letten"),
    # a name after a capitalised possessive that opens the sentence
    ("Hallo juf Anke, Ons Fien moet dinsdag naar het ziekenhuis voor haar oren en ze is er bang van. Dat merk ik aan "
     "alles. Zoudt ge haar woensdag wat extra in het oog houden?", "Fien woensdag"),
    # 'mijn moeder', with a sentence about her in between
    ("Dag Karin, een update over mijn moeder. Het gaat achteruit, ze vergeet haar pillen en herkent de buren niet. "
     "Ik kan het niet meer aan. Kunnen we volgende week praten over thuiszorg voor haar?", "thuiszorg voor mijn moeder"),
    # who comes, in a run-on chat line
    ("hey Wouter ik zat te denken want ik moet morgen naar de fysio en de technieker van de verwarming komt ook "
     "morgen tussen 8 en 10 en ik kan niet op twee plekken zijn dus zou jij thuis kunnen zijn om hem binnen te laten",
     "de technieker van de verwarming binnen te laten"),
])
def test_the_one_person_named_before_the_ask_takes_the_pronouns_place(draft, named):
    sentence = shrink(draft).sentence
    assert named in sentence
    assert " hem " not in _question(sentence) and " haar " not in _question(sentence).replace("haar pillen", "")


@pytest.mark.parametrize(("draft", "not_named"), [
    # the person only in a phrase after a preposition, a thing beside it: 'hem' is the thing
    ("Karel, mijn ladder staat nog bij u in de garage sinds de verjaardag van Ilse. ik heb hem nodig want de dakgoot "
     "zit vol. kunt ge hem zondag meebrengen als ge naar ons komt?", "Ilse"),
    # the writer saying who they are is not whom the ask is about
    ("Lieve Noor, oma hier. Ik krijg die nieuwe telefoon maar niet aan de praat, al die knopjes. Ik weet dat jullie "
     "het druk hebben met school. Kun je zondag even langskomen om hem in te stellen? Dikke kus, oma", "oma"),
    ("hoi Tim ja met Anouk eh luister ik sta hier bij de garage met de auto want die maakt een raar geluid en eh ik "
     "weet niet hoe lang het duurt dus kun jij Daan om vier uur van de zwemles halen en hem vannacht bij jou laten "
     "slapen sorry", "Anouk"),
    # a thing named after the person, and no sentence going on about the person: 'hem' may be the thing
    ("Hoi Femke, Jelle heeft zijn nieuwe fiets bij ons laten staan. Ik ben de hele dag weg. Kun jij hem morgen ophalen?",
     "Jelle"),
])
def test_no_person_is_put_in_when_another_reading_is_open(draft, not_named):
    question = _question(shrink(draft).sentence)
    assert not_named not in question and "hem" in question


def test_a_person_the_result_already_names_keeps_the_pronoun():
    sentence = shrink("Hallo Mieke, mijn vader wordt volgende week 80. Ik wil hem verrassen. Kun jij hem zaterdag "
                      "ophalen?").sentence
    assert sentence.count("vader") == 1


@pytest.mark.parametrize(("draft", "day", "pointer"), [
    ("hey Noor, sorry dat ik stoor maar mijn zus geeft op 21 juni haar afscheidsfeest en ik vroeg me af of jij "
     "misschien mijn late dienst van die dag zou kunnen overnemen. Laat maar weten!", "dienst van 21 juni", "die dag"),
    ("Hoi Kees. Ik weet dat het jouw beurt is, maar de bruiloft van mijn nicht is zaterdag 9 augustus. Zou je het goed "
     "vinden als ik de kinderen die zaterdag van 10 tot 18 uur meeneem? Geen stress als het niet kan.",
     "kinderen zaterdag 9 augustus van 10 tot 18 uur", "die zaterdag"),
    ("Beste mevrouw Smit, ik ben trainer bij de volleybalclub. De sporthal is door een lekkage dicht tot half maart. "
     "Zou u ons in die periode de gymzaal van de school willen laten gebruiken op woensdagavond? Alvast bedankt.",
     "ons tot half maart de gymzaal", "die periode"),
])
def test_the_day_the_ask_points_at_goes_in_its_place(draft, day, pointer):
    sentence = shrink(draft).sentence
    assert day in sentence
    assert pointer not in sentence


@pytest.mark.parametrize("draft", [
    # 'die' before a weekday with no such day said before it is the object: the things just named
    "Lisa, 4 tafels en 12 stoelen. Kun je die vrijdag naar de zaal brengen?",
    # the offer keeps the sentence that says the day: the pointer reads
    "Beste buren, hier Els van nummer 4. Wij gaan 3 weken naar Portugal (vanaf 12 juli). Wie wil er in die tijd de "
    "post binnenleggen en de tomaten water geven?",
    # two days said before the ask: which one is open
    "Hoi Ans, op 3 mei verhuist mijn broer en op 10 mei trouwt mijn zus. Kun jij mijn dienst van die dag overnemen?",
])
def test_a_pointer_with_no_one_day_to_take_stays(draft):
    sentence = shrink(draft).sentence
    assert "die vrijdag" in sentence or "die tijd" in sentence or "die dag" in sentence


def test_the_day_is_put_in_without_a_second_preposition():
    from vraaghulp.coach.krimp.engine import analyse

    draft = "Mijn examen is op 12 juni. Mag ik op die dag thuiswerken?"
    an = analyse(draft).analysis
    assert day_pointer.filled(an, "Mag ik op die dag thuiswerken?") == "Mag ik op 12 juni thuiswerken?"
    assert day_pointer.filled(an, "Mijn examen is op 12 juni. Mag ik op die dag thuiswerken?").endswith("op die dag thuiswerken?")


@pytest.mark.parametrize(("draft", "offered"), [
    ("Hoi Sanne, er komt morgen een pakket van Bol voor mij en ik zit de hele dag op school. Zou jij dat voor mij "
     "kunnen aannemen?", "Sanne, kun jij morgen een pakket van Bol voor mij aannemen?"),
    ("hey buurman met Kim van nr 7 er komt donderdag tussen 9 en 13 uur een doos met tegels voor ons en ik ben dan aan "
     "het werk zou u die misschien willen aannemen ik haal hem 's avonds op",
     "Buurman, wilt u donderdag tussen 9 en 13 uur een doos met tegels voor ons aannemen? Ik haal hem 's avonds op."),
    ("Dag Els, ik krijg vrijdag een nieuwe wasmachine geleverd, maar ik moet werken. Kun je hem binnenlaten en laten "
     "aansluiten?", "Els, kun je vrijdag een nieuwe wasmachine binnenlaten en laten aansluiten?"),
])
def test_the_thing_that_comes_is_folded_into_the_ask(draft, offered):
    assert shrink(draft).sentence == offered


def test_a_person_who_comes_is_not_folded_in():
    sentence = shrink("Hoi Jan, er komt morgen om 10 uur een man van de energie om de meter te vervangen. Kun jij die "
                      "binnenlaten?").sentence
    assert "die binnenlaten" in sentence and "een man van de energie binnenlaten" not in sentence


def test_the_it_of_a_frame_is_no_thing_that_comes():
    draft = "Hoi Mark, er komt zaterdag een pakket voor mij. Zou je het goed vinden als ik de kinderen meeneem?"
    offered = "Mark, zou je het goed vinden als ik de kinderen meeneem?"
    assert delivered.folded(draft, offered) == offered
    assert delivered.folded(draft, "Mark, kun je het aannemen?") == "Mark, kun je zaterdag een pakket voor mij aannemen?"
