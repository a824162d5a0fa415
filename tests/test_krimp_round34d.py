"""Round 34 (k34d): two requests — the main one kept, the other handed back as its own sentence, and never one
invented (issue 12 point 5). Drafts written for these tests (not from the corpus)."""

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.second_ask import moment_forward, repeats, untied


# --- second_ask.untied / moment_forward (pure text) ------------------------------------------------------------

def test_the_tie_to_the_other_ask_goes():
    assert untied("Kun je trouwens die 20 euro terugbetalen?") == "Kun je die 20 euro terugbetalen?"
    assert untied("Kunt u mij tevens een nieuw pasje sturen?") == "Kunt u mij een nieuw pasje sturen?"
    assert untied("Mag ik daarnaast vrijdag vrij nemen?") == "Mag ik vrijdag vrij nemen?"


def test_ook_stays_and_a_tie_that_is_the_last_word_or_the_first_stays():
    assert untied("Kun je ook de boor meenemen?") == "Kun je ook de boor meenemen?"  # the contract's own example shape
    assert untied("Mag ik trouwens?") == "Mag ik trouwens?"
    assert untied("Trouwens brood meenemen?") == "Trouwens brood meenemen?"


def test_a_moment_said_last_goes_before_the_object():
    lex = lexicon()
    assert moment_forward(lex, "Mag ik uw boormachine lenen dit weekend?") == "Mag ik dit weekend uw boormachine lenen?"
    assert moment_forward(lex, "Wilt u de vuilniszak aan de straat zetten, donderdag?") == \
        "Wilt u donderdag de vuilniszak aan de straat zetten?"
    assert moment_forward(lex, "Mag ik de auto lenen zaterdagavond?") == "Mag ik zaterdagavond de auto lenen?"
    assert moment_forward(lex, "Kun je me helpen met de verhuizing op 3 mei?") == "Kun je me op 3 mei helpen met de verhuizing?"


def test_a_moment_stays_where_moving_it_would_break_something():
    lex = lexicon()
    for s in ("Wil je de was ophangen als het droog is vanavond?",  # inside the 'als' clause
              "Kun je morgen?", "Kun je morgen de taart halen?", "Kun je me bellen om 3 uur?",
              "Wil jij de bloemen regelen?", "Ik kom morgen de taart halen vandaag."):
        assert moment_forward(lex, s) == s


def test_a_second_that_only_says_the_result_again_is_none():
    assert repeats("Hilde, kunt gij op Max passen? Ik heb iemand nodig.", "Kunt gij op Max passen?")
    assert not repeats("Kun je de sleutel brengen?", "Kun je de boor meenemen?")


# --- the whole engine: the second sentence ---------------------------------------------------------------------

@pytest.mark.parametrize("draft, main, second", [
    ("Hoi Sanne, kun je morgen om 9 uur de sleutel brengen? En kun je ook de boor meenemen?", "sleutel",
     "Kun je ook de boor meenemen?"),
    ("kun jij vanavond koken? kun je trouwens de vaatwasser uitruimen", "koken", "Kun je de vaatwasser uitruimen?"),
    ("Kunt u vrijdag de meterstand opnemen? Kunt u tevens de brievenbus legen?", "meterstand",
     "Kunt u de brievenbus legen?"),
    ("hee Mark kunde gij morgen om 8u de kinderen naar school voeren want mijn auto is kapot en mag ik uw ladder "
     "lenen dit weekend", "kinderen", "Mag ik dit weekend uw ladder lenen?"),
])
def test_the_second_ask_comes_back_on_its_own(draft, main, second):
    r = shrink(draft)
    assert main in r.sentence and r.second == second
    assert not {"trouwens", "tevens"} & set(r.second.lower().split())


@pytest.mark.parametrize("draft, main, second", [
    ("Hoi allemaal! Pieter kun jij zaterdag om 9 uur de tent ophalen? En Mira wil jij de salades maken", "Pieter",
     "Mira, wil jij de salades maken?"),
    ("@Joost kun je vandaag de presentatie afmaken?\n@Emma wil jij morgen de zaal boeken", "Joost",
     "Emma, wil jij morgen de zaal boeken?"),
    ("Dag iedereen, Lotte kunde gij vrijdag de drank meebrengen? En Bram, kunt gij de stoelen klaarzetten?", "Lotte",
     "Bram, kunt gij de stoelen klaarzetten?"),
])
def test_a_second_ask_for_someone_else_keeps_their_name(draft, main, second):
    r = shrink(draft)
    assert main in r.sentence and r.second == second


def test_a_capital_at_the_start_is_no_name_for_the_second():
    r = shrink("Kun je donderdag een half uur met me zitten? Daarnaast mag ik vrijdag vrij nemen?")
    assert r.second and not r.second.startswith("Daarnaast")


# --- main_mark.py ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("draft, main, second_has", [
    ("Kun je de lamp terugbrengen? Maar het belangrijkste: kun je vrijdag om 8 uur op de kinderen passen?", "passen",
     "lamp"),
    ("kun je de rekening nog doorsturen. maar waar ik eigenlijk voor bel: kun jij morgen mee naar het ziekenhuis",
     "ziekenhuis", "rekening"),
    ("Wil je mijn jas meenemen? En nog iets dringenders: ik ben mijn sleutels kwijt. Kun je vanavond de "
     "reservesleutel brengen?", "reservesleutel", "jas"),
])
def test_the_ask_marked_as_the_one_that_matters_is_the_main_one(draft, main, second_has):
    r = shrink(draft)
    assert main in r.sentence and second_has in r.second


def test_without_a_colon_a_mark_chooses_nothing():
    r = shrink("Kun je morgen om 9 uur de sleutel brengen? Het belangrijkste is dat je op tijd bent. "
               "Kun je ook koffie meenemen?")
    assert "sleutel" in r.sentence and "koffie" in r.second


@pytest.mark.parametrize("draft, main", [
    ("Hoi pap, kun je zaterdag mijn fiets maken? Wie kan dat nou beter dan jij 😄", "fiets"),
    ("wie bedenkt het om de deadline op vrijdag te zetten?? zou je morgen mijn tekst willen nalezen?", "tekst"),
    ("Lieve Els, wie doet dat beter dan u? Kunt u zaterdag de taart bakken?", "taart"),
    ("Wie verzint zoiets nou. Kun jij vanavond de kinderen naar bed brengen?", "kinderen"),
])
def test_a_rhetorical_wie_question_is_no_request(draft, main):
    r = shrink(draft)
    assert main in r.sentence and not r.second
    assert "wie" not in r.sentence.lower().split()


@pytest.mark.parametrize("draft, kept", [
    ("Wie kan zaterdag om 10 uur rijden naar Utrecht?", "rijden"),
    ("Hallo buren, wie heeft er een ladder die ik morgen kan lenen?", "ladder"),
])
def test_a_real_wie_ask_stays_the_ask(draft, kept):
    r = shrink(draft)
    assert kept in r.sentence and r.sentence.endswith("?")


# --- one request: no second is invented; two asks are not sure unless both were shrunk cleanly ------------------

@pytest.mark.parametrize("draft", [
    "Hoi Tim, hoe gaat het met je? Kun je zaterdag de aanhanger lenen en hem zondag terugbrengen?",
    "Ha Fleur, alles goed? Wil je morgen de boeken meenemen en bij de balie afgeven?",
    "Hoi Hilde! Kunt gij dit weekend op Max passen? Ik heb echt iemand nodig die zaterdag en zondag voor hem zorgt.",
])
def test_one_request_gives_no_second(draft):
    assert shrink(draft).second == ""


def test_a_second_ask_the_engine_could_not_shrink_cleanly_withholds_zeker():
    r = shrink("Kun je morgen om 9 uur de sleutel brengen? En als je nog tijd hebt zoudt ge dan ook de aanhangwagen "
               "terugbrengen naar papa en daarna de stoelen, of niet?")
    seconds = [f for f in r.findings if f.kind == "meer-vragen"]
    assert seconds
    assert not r.sure or all(f.sentence and "als" not in f.sentence.lower().split() for f in seconds)


def test_a_bound_a_phrase_or_a_clause_keeps_its_moment_where_it_is():
    lex = lexicon()
    for s in ("Mag ik je boormachine lenen voor zondag?", "Kan ik je oplader lenen tot vrijdag?",
              "Kunt ge de fiets terugbrengen tegen vrijdag",
              "Mag ik u de titel pas op 1 juni doorsturen in plaats van nu?",
              "Kunt ge naar mijn verwarming kijken, ze tikt zo 's nachts?"):
        assert moment_forward(lex, s) == s


def test_ook_nog_stays():
    assert untied("Hebt ge ook nog die zwarte hakskes?") == "Hebt ge ook nog die zwarte hakskes?"


def test_a_moment_goes_after_daarvoor_and_er():
    lex = lexicon()
    assert moment_forward(lex, "Kan ik daarvoor een afspraak maken op uw spreekuur woensdag?") == \
        "Kan ik daarvoor woensdag een afspraak maken op uw spreekuur?"
    assert moment_forward(lex, "Kun je er de kast neerzetten morgen?") == "Kun je er morgen de kast neerzetten?"
