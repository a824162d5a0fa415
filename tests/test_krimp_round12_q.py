"""Causes found by the fresh file tuning12-q (round 12, kr29b), each with variations of our own
(other words, Netherlands and Flemish, chat) to show the mend is general and not made for one draft."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.states import becoming


def _low(text: str) -> str:
    return " ".join(text.lower().split())


# -- 1. Flemish 'moest'/'mocht' + subject after the request is 'if': a condition that stays ----------

@pytest.mark.parametrize(("draft", "kept"), [
    ("sis kunde gij de hond uitlaten morgen moest ik niet op tijd thuis zijn 🐶 ik heb tot 7u training",
     "moest ik niet op tijd thuis zijn"),
    ("kunt ge morgen de hond uitlaten, moest ik te laat zijn?", "moest ik te laat zijn"),
    ("kunt ge de kinderen ophalen moest ik vastzitten op het werk", "moest ik vastzitten op het werk"),
    ("kan je de kinderen ophalen mocht ik vastzitten op het werk", "mocht ik vastzitten op het werk"),
    ("kunde mij bellen moest er iets mis zijn met de baby", "moest er iets mis zijn met de baby"),
])
def test_a_flemish_if_after_the_request_stays_with_it(rules_only, draft, kept):
    result = shrink(draft)
    assert kept in _low(result.sentence)
    assert not _low(result.sentence).rstrip("?.").endswith(("moest", "mocht"))


@pytest.mark.parametrize("draft", [
    "Jens, kunt ge mij zondag ne keer helpen met de haag te snoeien, moest hij tijd hebben?",
    "kunde de hond uitlaten moest ge tijd hebben",
    "kunt ge de planten water geven mocht het niet lukken laat maar",
])
def test_a_flemish_way_out_still_goes(rules_only, draft):
    result = shrink(draft)
    assert "moest" not in _low(result.sentence) and "mocht" not in _low(result.sentence)


@pytest.mark.parametrize("draft", [
    "kunt ge de hond uitlaten morgen moest",
    "kun je morgen de hond uitlaten als",
    "wil je de was ophangen zodat",
])
def test_an_ask_kept_as_it_stands_that_ends_on_an_opening_word_is_not_sure(rules_only, draft):
    assert not shrink(draft).sure


def test_a_past_moest_is_no_condition(rules_only):
    result = shrink("ik moest gisteren lang werken. kunt ge morgen de hond uitlaten?")
    assert "Kunt ge morgen de hond uitlaten?" in result.sentence
    assert "moest gisteren" not in result.sentence or not result.sure


# -- 2. A request added with 'en … ook' is never the main one, whatever moment it has --------------

@pytest.mark.parametrize(("draft", "main", "other"), [
    ("kunde gij mij die 15 euro van vorige week terugstorten\nen zijde zaterdag ook mee naar de match?",
     "15 euro", "match"),
    ("kun jij mij die 15 euro van vorige week terugstorten? en ga je zaterdag ook mee naar de wedstrijd?",
     "15 euro", "wedstrijd"),
    ("kun je mijn boek terugbrengen en kom je vrijdag ook naar het feest?", "boek", "feest"),
    ("Kunt u de factuur nog eens sturen? En bent u maandag ook aanwezig bij het overleg?", "factuur", "overleg"),
    ("mam kan je mn sportzak wassen en kan je morgen ook koekjes bakken", "sportzak", "koekjes"),
])
def test_an_add_on_with_en_ook_is_not_the_main_ask(rules_only, draft, main, other):
    result = shrink(draft)
    assert main in result.sentence and other not in result.sentence
    for day in ("zaterdag", "vrijdag", "maandag", "morgen"):  # the add-on's moment stays with the add-on
        assert day not in _low(result.sentence)
    about_them = other in ("match", "overleg")  # 'zijde ook mee …?', 'bent u ook aanwezig …?': a question about the
    # reader's plans, small talk and no second request (round 39, k39c: idle_second.py); the others are tasks
    assert any(f.kind == "meer-vragen" for f in result.findings) != about_them


# -- 3. 'Zijde gij morgen op kot?' asks when, not what: the request after it is the ask ------------

@pytest.mark.parametrize(("draft", "expected"), [
    ("yo arne zijde gij morgen op kot? kunde mij helpen mn bureau opbouwen 😅 moest ge geen zin hebben zeg ge het maar eh",
     "Arne, kunt ge mij morgen helpen mn bureau opbouwen?"),
    ("yo arne ben je morgen op kot? kun je me helpen mn bureau opbouwen", "Arne, kun je me morgen helpen mn bureau opbouwen?"),
    ("Zijt gij vrijdag op kantoor? Kunt ge mijn laptop meebrengen?", "Kunt ge vrijdag mijn laptop meebrengen?"),
    ("hoi lien ben je zaterdag op school? wil je mijn schrift meenemen", "Lien, wil je zaterdag mijn schrift meenemen?"),
])
def test_a_question_where_the_other_is_then_leads_in(rules_only, draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize("draft", [
    "hey lotte ben je zaterdag in gent? kan je me helpen verhuizen",
    "hoi tom ben je vanavond bij je ouders? wil je mijn boor terugbrengen",
])
def test_a_question_where_the_other_is_before_a_real_ask_is_never_sure(rules_only, draft):
    assert not shrink(draft).sure


# -- 4. 'ik merk dat ik overbelast raak', 'ik word gek van …': a state, never dropped while sure -----

@pytest.mark.parametrize("draft", [
    "Hoi Jan, ik raak overspoeld. Kan ik deze week minder diensten krijgen?",
    "dag chef, 'k merk da 'k overprikkeld geraak. kan ik volgende week een dag thuis werken?",
    "Beste Ria, ik word gek van de drukte. Kun je vrijdag de planning overnemen?",
    "Ik merk dat ik chagrijnig word. Mag ik deze maand geen extra taken?",
])
def test_a_state_the_writer_is_getting_into_is_not_dropped_while_sure(rules_only, draft):
    result = shrink(draft)
    state = draft.split(".")[0].split(",")[-1].strip()
    assert not result.sure or _low(state) in _low(result.sentence)


@pytest.mark.parametrize(("draft", "state"), [
    ("Goedemiddag meneer Kok, ik merk dat ik overbelast raak. Zou het eventueel mogelijk zijn dat ik de komende twee "
     "weken geen nieuwe klanten erbij krijg?", "overbelast"),
    ("Hoi Jan, ik ben overwerkt. Kan ik deze week minder diensten krijgen?", "overwerkt"),
    ("Hoi Jan, ik raak overvraagd. Kan ik deze week minder diensten krijgen?", "overvraagd"),
])
def test_overload_words_are_an_honest_state(rules_only, draft, state):
    assert state in shrink(draft).sentence


def test_getting_somewhere_or_a_passive_is_no_state(rules_only):
    result = shrink("Dag schatteke, hier is oma. Zoudt ge mij ne keer kunnen helpen met mijn belastingbrief? "
                    "Ik geraak er nie aan uit.")
    # Not kept as an honest state. Not sure either since round 22 (k22d, meant_after.py): the writer stuck on the
    # task after the ask is kept by h21b-014's gold ('ik geraak er echt ni uit') and dropped by t6c-051's.
    assert not result.sure and "geraak" not in result.sentence
    assert becoming("ik geraak er nie aan uit".split()) is None  # Flemish 'get (somewhere)'
    assert becoming("ik word morgen opgehaald".split()) is False  # a passive: news
    assert becoming("ik merk dat ik overbelast raak".split()) is True
    assert becoming("ik ga morgen naar huis".split()) is None


# -- 5. Practice flow: 'STATE en (ik) wil hem vragen of …' ------------------------------------------

@pytest.mark.parametrize(("person", "note", "moment", "expected"), [
    ("mijn mama", "'k zit er echt door en 'k wil haar vragen of ze mij kan bellen, gewoon om te babbelen", "vanavond",
     "Mama, 'k zit er echt door. Kunt ge mij vanavond bellen, gewoon om te babbelen?"),
    ("mijn collega Ruben", "ik ben overspannen en wil hem vragen of hij misschien mijn dienst van 4 uur kan overnemen",
     "vandaag", "Ruben, ik ben overspannen. Kun je vandaag mijn dienst van 4 uur overnemen?"),
    ("mijn man Bart", "ik ben doodop en ik wil hem vragen of hij de kinderen kan ophalen", "morgen",
     "Bart, ik ben doodop. Kun je morgen de kinderen ophalen?"),
    ("mijn baas Ine", "ik zit vol en wil haar vragen of ze de vergadering kan verzetten", None,
     "Ine, ik zit vol. Kun je de vergadering verzetten?"),
])
def test_a_state_joined_with_en_to_the_note(rules_only, person, note, moment, expected):
    assert compose(person, note, moment) == expected
    assert shrink(note, person=person, moment=moment).sure


# -- 6. A moment said last after a comma goes before the object ------------------------------------

@pytest.mark.parametrize(("draft", "expected"), [
    ("Dag Pieter, 'k wil u niet lastigvallen, ge hebt het al druk genoeg. Maar zoudt ge ne keer naar mijn computer "
     "kunnen komen kijken, deze week nog? Als 't niet gaat, is 't ook goed.",
     "Pieter, kunt ge deze week nog ne keer naar mijn computer komen kijken?"),
    ("zou je misschien mijn fiets kunnen maken, morgen?", "Kun je morgen mijn fiets maken?"),
    ("sorry maar zoudt ge de vuilbakken kunnen buitenzetten, vanavond?", "Kunt ge vanavond de vuilbakken buitenzetten?"),
    ("mam zou je me misschien kunnen ophalen van training, om 8 uur?", "Mam, kun je me om 8 uur ophalen van training?"),
])
def test_a_moment_said_last_goes_before_the_object(rules_only, draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize(("draft", "tail"), [
    ("zou je misschien mijn fiets kunnen maken, liefst morgen?", "liefst morgen"),  # more than the moment
    ("Zou je misschien vrijdag vroeger kunnen komen, om 14u?", "om 14u"),  # the time refines the day
])
def test_a_tail_that_is_more_than_the_moment_stays_last(rules_only, draft, tail):
    assert _low(shrink(draft).sentence).endswith(f"{tail}?")


# -- 7. Chat: 'kan je mee naar …' (no infinitive) is complete; 'wss stom maar' is an apology ---------

@pytest.mark.parametrize(("draft", "expected"), [
    ("fleur wss stom maar kan je mee naar de tandarts morgen na school ik vind het echt eng 😭😭",
     "Fleur, kan je mee naar de tandarts morgen na school? Ik vind het echt eng."),
    ("kan je morgen mee naar de tandarts ik ben echt bang", "Kan je morgen mee naar de tandarts? Ik ben echt bang."),
    ("kunde gij morgen mee naar het ziekenhuis ik durf nie alleen", "Kunt gij morgen mee naar het ziekenhuis? Ik durf nie alleen."),
    ("wil je vanavond langs bij oma ik ben zo moe", "Wil je vanavond langs bij oma? Ik ben zo moe."),
])
def test_a_state_run_on_after_an_elided_verb_is_its_own_sentence(rules_only, draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize("draft", [
    "fleur klinkt stom maar kan je morgen na school mee naar de tandarts?",
    "mss dom maar kunde gij morgen mee naar het ziekenhuis",
    "klinkt misschien raar maar wil je vanavond bij me slapen?",
])
def test_it_sounds_stupid_but_goes(rules_only, draft):
    result = shrink(draft)
    assert not any(w in _low(result.sentence) for w in ("stom", "dom ", "raar", "klinkt"))
    assert any(f.kind == "excuus" for f in result.findings)


# -- 8. 'ik weet dat het niet de afspraak is, maar …' is a lead-in ----------------------------------

@pytest.mark.parametrize("draft", [
    "Sarah, ik weet dat het niet de afspraak is, maar kun je de kinderen zaterdag terugbrengen?",
    "Sarah, ik weet dat het niet zo afgesproken was, maar kun je de kinderen zaterdag terugbrengen?",
    "meneer, ik weet dat dit eigenlijk niet de bedoeling is, maar mag ik de toets een dag later maken?",
    "ik weet da het ni de afspraak is maar kunde gij de kinderen zaterdag brengen",
])
def test_knowing_it_is_not_the_agreement_leads_in(rules_only, draft):
    result = shrink(draft)
    assert "weet" not in _low(result.sentence)
    assert any(f.kind == "aanloop" for f in result.findings)


# -- 9. A moment and place said after the question, 'bij u thuis': 'u' there is no subject ----------

@pytest.mark.parametrize(("draft", "moved"), [
    ("Dag pepe, zoudt ge mij ne keer kunnen leren hoe ik moet breien? Woensdag na school bij u thuis misschien?",
     "woensdag na school bij u thuis"),
    ("Zou u misschien mijn band kunnen plakken? Zaterdag bij u in de garage?", "zaterdag bij u in de garage"),
    ("kunde gij mijn haar knippen? morgen bij u thuis?", "morgen bij u thuis"),
])
def test_a_moment_with_a_place_after_the_question_moves_in(rules_only, draft, moved):
    result = shrink(draft)
    assert moved in _low(result.sentence)
    assert not result.sure  # moved in from another sentence: offered, not vouched for


# -- 10. A moment typed apart with 'dit'/'deze' ('dit weekend') points at nothing before it ---------

@pytest.mark.parametrize(("person", "note", "moment", "expected"), [
    ("mijn buurvrouw", "kan ze op de hond passen", "dit weekend", "Buurvrouw, kun je dit weekend op de hond passen?"),
    ("mijn buurman Wim", "ik wil hem vragen of hij op de kat kan passen", "deze week", "Wim, kun je deze week op de kat passen?"),
    ("mijn zus", "kunde gij op de kinderen letten", "dit weekend", "Zus, kunt gij dit weekend op de kinderen letten?"),
])
def test_a_typed_moment_with_dit_or_deze_is_no_pointer(rules_only, person, note, moment, expected):
    result = shrink(note, person=person, moment=moment)
    assert result.sentence == expected and result.sure


# -- 11. Chat 'die' for the person typed; a second modal left from a note is not sure ---------------

@pytest.mark.parametrize(("person", "note", "moment", "expected"), [
    ("Jesse", "kan die me ff helpen met mn fiets", "na school", "Jesse, kun je me na school helpen met mn fiets?"),
    ("mijn broer", "wil die misschien mijn boeken terugbrengen", "morgen", "Broer, wil je morgen mijn boeken terugbrengen?"),
    ("papa", "kan die me ophalen van de training", "zaterdag", "Papa, kun je me zaterdag ophalen van de training?"),
])
def test_chat_die_for_the_person_typed_is_asked_of_them(rules_only, person, note, moment, expected):
    assert compose(person, note, moment) == expected


@pytest.mark.parametrize(("person", "note"), [
    ("huisbaas", "ik wil aan hem vragen of hij de huur een week later mag krijgen"),
    ("mijn broer", "ik wil hem vragen of hij de sleutel mag houden"),
    (None, "Kun je de sleutel mogen houden?"),
])
def test_a_second_modal_in_the_question_is_not_sure(rules_only, person, note):
    result = shrink(note, person=person)
    assert not result.sure


# -- 12. A note whose verb comes right after its subject ('of ze stopt met roken'), spoken order -----

@pytest.mark.parametrize(("person", "note", "moment", "expected"), [
    ("mijn moeder", "ik wil haar vragen of ze stopt met roken", None, "Kun je stoppen met roken?"),  # never "Moeder," (k17e)
    ("mijn collega Piet", "ik wil hem vragen of hij stopt met klagen", None, "Piet, kun je stoppen met klagen?"),
    ("Tom", "ik wil hem vragen of hij helpt met verhuizen", None, "Tom, kun je helpen met verhuizen?"),
    ("mijn broer", "'k wil hem vragen of hij meegaat naar de dokter", "maandag", "Broer, kunt ge maandag meegaan naar de dokter?"),
])
def test_a_verb_said_before_its_phrase_in_a_note(rules_only, person, note, moment, expected):
    result = shrink(note, person=person, moment=moment)
    assert result.sentence == expected
    assert "metten" not in result.sentence


# -- 13. A wish in Flemish 'ik wil da ze …'; the person's pronoun left in a later clause is not sure ---

@pytest.mark.parametrize(("person", "note", "start"), [
    ("mijn zoon", "'k wil da hij zijn vuile was zelf in de machine steekt", "'k Wil da ge uw vuile was"),  # no 'Zoon, …' (k19c)
    ("mijn dochter Noor", "ik wil da ze haar kamer opruimt", "Noor, ik wil da ge uw kamer"),
])
def test_a_flemish_wish_is_said_to_the_person(rules_only, person, note, start):
    assert compose(person, note).startswith(start)


@pytest.mark.parametrize(("person", "note"), [
    ("mijn zus Hanne", "ik wil da ze mij belt als ze thuis is"),
    ("Tom", "ik wil dat hij me belt als hij er is"),
    ("mijn vriendin Eva", "ik wil dat ze zegt wanneer ze komt"),
])
def test_a_wish_that_keeps_the_persons_pronoun_later_is_not_sure(rules_only, person, note):
    assert not shrink(note, person=person).sure


@pytest.mark.parametrize("draft", [
    "Wil je de vuilniszak buiten zetten en de kattenbak wil verschonen?",
    "Oma, kan ik vanmiddag bij jou eten mama moet overwerken en papa is in duitsland?",
    "Kun je morgen de fiets maken en de band kan ook nog geplakt?",
])
def test_a_modal_verb_without_its_subject_left_in_the_question_is_not_sure(rules_only, draft):
    assert not shrink(draft).sure


@pytest.mark.parametrize(("person", "note", "expected"), [
    ("Tom", "ik wil hem vragen of hij de afwas doet vanavond", "Tom, kun je de afwas doen vanavond?"),
    ("mijn zus", "ik wil haar vragen of ze komt morgen", "Zus, kun je komen morgen?"),
])
def test_a_note_with_its_verb_before_the_moment(rules_only, person, note, expected):
    assert compose(person, note) == expected


@pytest.mark.parametrize(("draft", "expected"), [
    ("Schatje, ik ben echt op vandaag. Zoudt gij de afwas willen doen vanavond?", "Schatje, ik ben echt op vandaag. Wilt gij vanavond de afwas doen?"),
    ("Bas, zou ik misschien je boormachine mogen lenen zaterdag?", "Bas, mag ik zaterdag je boormachine lenen?"),
    ("sorry maar kun je de vuilbakken buitenzetten vanavond", "Kun je vanavond de vuilbakken buitenzetten?"),
])
def test_a_bare_moment_after_the_closing_verb_goes_before_the_object(rules_only, draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize(("draft", "tail"), [
    ("Wout, zoudt gij mij misschien 20 euro kunnen lenen tot volgende week?", "tot volgende week"),  # a limit
    ("zou je me misschien kunnen bellen om 8 uur?", None),
    ("Coach, kunt Mats dan ni opstellen zaterdag?", "zaterdag"),  # no subject in front to put it after
])
def test_a_limit_or_a_question_without_subject_keeps_its_moment_last(rules_only, draft, tail):
    result = _low(shrink(draft).sentence)
    assert tail is None or result.endswith(f"{tail}?")
