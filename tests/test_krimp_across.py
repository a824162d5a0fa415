"""The ask as one unit across sentence and line breaks: what a pronoun points at, a list that belongs
to the ask, the person named in a preamble, and a request cut in two. Drafts of our own, worded
unlike the corpus, so that each test shows the kind and not one case."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


def _kinds(result) -> list[str]:
    return [f.kind for f in result.findings]


# ---------------------------------------------------------------- a pronoun and what it points at


@pytest.mark.parametrize(("draft", "expected"), [
    # the object named a line earlier, with the place it is at (round 32, k32b: the softening 'even' goes from a result
    # that is not sure)
    ("hoi pap\nik heb mijn sporttas bij de buren laten staan\nkun je die vanavond even ophalen",
     "Pap, kun je vanavond mijn sporttas bij de buren ophalen?"),
    # named in a question before, with its van-phrase; 'die' before a moment: the moment goes first
    ("Hé Noor, jij zou toch de tent van de scouts lenen? Wil je die zaterdag al meebrengen?",
     "Noor, wil je zaterdag de tent van de scouts al meebrengen?"),
    # the noun phrase that is the object, not the one inside 'voor …'
    ("Voor de subsidie heb ik het jaarverslag van de club nodig. Kun je dat vrijdag mailen?",
     "Kun je vrijdag het jaarverslag van de club mailen?"),
    # a topic phrase without a verb names what 'ze' stands for
    ("Sem, even over de planten. Kun jij ze morgen water geven?", "Sem, kun jij morgen de planten water geven?"),
])
def test_a_pronoun_in_the_ask_takes_the_noun_phrase_it_points_at(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert "ingevuld" in _kinds(result)  # said in a finding


def test_daar_with_its_preposition_becomes_the_preposition_with_the_noun_phrase():
    draft = ("Beste Wim, de verwarming in de gang doet het sinds maandag niet meer. "
             "Zou u daar deze week een monteur voor kunnen sturen?")
    result = shrink(draft)
    # its place stays (round 8); the problem sentence is not put in front as well (round 35, k35a and the lead): the
    # filled-in ask names the thing already, and the result would say 'de verwarming in de gang' twice
    assert result.sentence == "Wim, kunt u voor de verwarming in de gang deze week een monteur sturen?"
    assert "ingevuld" in _kinds(result)


def test_an_adjective_without_its_noun_takes_the_noun_it_points_back_at():
    result = shrink("Onze koelkast is stuk en er komt een nieuwe. Kun je de oude zaterdag naar het grofvuil brengen?")
    assert "de oude koelkast" in result.sentence and "ingevuld" in _kinds(result)


def test_daar_as_a_place_is_left_alone():
    result = shrink("Ik sta bij het station. Kun je daar op me wachten?")
    assert "ingevuld" not in _kinds(result)


def test_a_clear_reference_may_be_sure_and_an_ambiguous_one_is_not():
    assert shrink("Sem, even over de planten. Kun jij ze morgen water geven?").sure
    # two things in the sentence before that 'die' can stand for: a choice, so never sure
    result = shrink("Mijn jas en mijn fiets staan nog bij de school. Kun je die morgen ophalen?")
    assert "ingevuld" in _kinds(result) and not result.sure


def test_a_row_after_a_colon_is_what_die_points_at_even_past_a_sentence_about_it():
    result = shrink("voor het schoolreisje moet ze meenemen: lunch, regenjas, pet. Die liggen nog bij jou. "
                    "Kun je die woensdag brengen?")
    assert result.sentence == "Kun je woensdag lunch, regenjas en pet brengen?"


def test_an_amount_further_back_fills_het_but_is_not_sure():
    result = shrink("opa\nkzou ff 15 euro nodig hebben voor de zwemles\nmoet voor maandag betaald zijn\nkun je het overmaken")
    assert "15 euro overmaken" in result.sentence and not result.sure


def test_a_person_is_never_what_die_stands_for():
    result = shrink("Mijn zoon en mijn fiets staan bij de school. Kun je die morgen ophalen?")
    assert "zoon" not in result.sentence.split("?")[0]


def test_a_pronoun_never_skips_back_past_an_indefinite_one():
    # 'die' is the other person's ladder, not mine: the sentence that says so stays
    result = shrink("Mijn ladder is te kort. Heb jij een langere? Mag ik die morgen lenen?")
    assert "mijn ladder" not in result.sentence.lower() and "Heb jij een langere?" in result.sentence


def test_a_pronoun_followed_by_its_noun_is_left_alone():
    result = shrink("Ik heb gisteren de boor gekocht. Kun je die boor morgen terugbrengen?")
    assert "ingevuld" not in _kinds(result)


def test_a_sentence_the_ask_rests_on_stays_when_nothing_is_filled_in():
    result = shrink("oma\nik zou 20 euro nodig hebben voor de bioscoop\nkun je het morgen geven")
    assert "20 euro" in result.sentence and "bioscoop" in result.sentence


# ---------------------------------------------------------------- a list that belongs to the ask


def test_the_ask_with_a_list_is_the_main_one_over_a_later_add_on():
    result = shrink("lief ben nog tot 6 op het werk\nkun jij onderweg boodschappen doen?\n- kaas\n- tomaten\n"
                    "- pasta (de volkoren)\nen wil je de hond uitlaten, om 8 uur is goed")
    assert result.sentence == "Lief, kun jij onderweg boodschappen doen: kaas, tomaten en pasta (de volkoren)?"
    assert "meer-vragen" in _kinds(result)  # the add-on comes back on its own


def test_a_place_asked_first_moves_into_the_ask_that_says_dan():
    result = shrink("pap ben je in de stad? kan je dan ff halen\n- batterijen\n- een lamp\n- lijm")
    assert result.sentence == "Pap, kan je in de stad batterijen, een lamp en lijm halen?"


def test_a_list_after_an_honest_sentence_under_the_ask_is_its_object():
    result = shrink("kunt ge morgen de boodschappen doen? ik lig ziek in bed\n- melk\n- soep\n- appelsap maar ni die met bubbels\n"
                    "merci!!")
    assert result.sentence == ("Kunt ge morgen de boodschappen doen: melk, soep en appelsap maar ni die met bubbels? "
                               "Ik lig ziek in bed.")


def test_en_ook_before_a_list_extends_the_object():
    result = shrink("Wil je zaterdag de taart ophalen? En ook:\n- slingers\n- ballonnen\nDank je!")
    assert result.sentence == "Wil je zaterdag de taart, slingers en ballonnen ophalen?"


def test_a_need_spelled_out_after_a_colon_stays_with_the_ask():
    result = shrink("kun jij vanavond naar de markt? ik zoek nog: aardappelen, prei en uien. thx")
    assert result.sentence == "Kun jij vanavond naar de markt? Ik zoek nog: aardappelen, prei en uien."


def test_a_need_with_amounts_after_the_ask_stays_whole_and_may_be_sure():
    result = shrink("Sorry hoor, kun je zaterdag naar de bakker? We hebben nog nodig: 2 broden, 6 krentenbollen en taart.")
    assert result.sentence == "Kun je zaterdag naar de bakker? We hebben nog nodig: 2 broden, 6 krentenbollen en taart."


def test_a_numbered_list_further_back_counts_from_its_first_item():
    draft = ("Beste Joke,\n\nDe accountant wil morgen de volgende stukken zien:\n1. het kasboek\n2. de bonnen van maart\n"
             "3. het bankafschrift\nKunt u deze vandaag nog tekenen?\n\nGroet, Wim")
    result = shrink(draft)
    assert "het kasboek, de bonnen van maart en het bankafschrift" in result.sentence


# ---------------------------------------------------------------- the person addressed in a preamble


@pytest.mark.parametrize(("draft", "name"), [
    ("haha top feest\nhey @Ilse kzou je nog iets vragen\nkun jij de stoelen terugbrengen zaterdag", "Ilse"),
    ("Goedemorgen allemaal! @Bram, jij had de sleutel van het hok? Wil je die vanavond bij mij langsbrengen?", "Bram"),
    ("Dag iedereen, fijn weekend gehad hoop ik.\n\nTante, jij zei dat je naar de markt gaat. Zou je voor mij bloemen "
     "kunnen kopen?", "Tante"),
    ("ja hallo mam eh ik zit in de trein, zou jij het pakje voor mij willen ophalen bij de buren", "Mam"),
    ("schat ben nog even bij de tandarts\nkun jij de kinderen om 4 uur ophalen?", "Schat"),
])
def test_the_person_named_before_the_ask_becomes_the_vocative(draft, name):
    assert shrink(draft).sentence.startswith(name + ", ")


# ---------------------------------------------------------------- a request cut in two


@pytest.mark.parametrize(("draft", "expected"), [
    ("kunt ge de hond uitlaten? en hem eten geven, ik ben pas om 10u thuis",  # not sure: the time stays (k20e)
     "Kunt ge de hond uitlaten en hem eten geven? Ik ben pas om 10u thuis."),
    ("zou je morgen even langskomen? Ergens tussen 10 en 12 uur, bij de achterdeur.",
     "Kun je morgen even langskomen, ergens tussen 10 en 12 uur, bij de achterdeur?"),
    ("Kun je de tickets voor vrijdag bestellen? Voor drie personen, studenten.",
     "Kun je de tickets voor vrijdag bestellen, voor drie personen, studenten?"),
    ("kun je\nom 5 uur ipv 6\nophalen bij de training", "Kun je om 5 uur ipv 6 ophalen bij de training?"),
])
def test_a_part_without_subject_or_verb_goes_on_with_the_ask(draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize("draft", [
    "Kun jij de kinderen om 4 uur ophalen? Het regent.",  # a sentence of its own
])
def test_a_sentence_with_its_own_subject_and_verb_is_not_joined(draft):
    first = draft.split("?")[0] + "?"
    assert shrink(draft).sentence == first


def test_a_cut_off_part_is_joined_whole_or_not_at_all():
    # 'enkele reis' looks like it could hold a verb: nothing is joined, and the result is not sure
    result = shrink("Kun je de tickets voor vrijdag bestellen? Voor drie personen, studenten, enkele reis.")
    assert "drie personen" not in result.sentence and not result.sure


@pytest.mark.parametrize("draft", [
    "hoi pap\nik heb mijn sporttas bij de buren laten staan\nkun je die vanavond even ophalen",
    "lief ben nog tot 6 op het werk\nkun jij onderweg boodschappen doen?\n- kaas\n- tomaten\nen wil je de hond uitlaten",
    "pap ben je in de stad? kan je dan ff halen\n- batterijen\n- een lamp\n- lijm",
    "kunt ge de hond uitlaten? en hem eten geven, ik ben pas om 10u thuis",
])
def test_shrinking_the_result_again_changes_nothing(draft):
    once = shrink(draft).sentence
    assert shrink(once).sentence == once


def test_what_the_sentence_says_about_the_noun_stays_out_of_the_noun_phrase():
    """Seen walking the practice flow: 'ik heb de offerte voor Peeters bijna klaar. kun je die …'
    gave 'de offerte voor Peeters bijna klaar' as what 'die' points at, offered as sure."""
    r = shrink("ik heb het verslag voor de directie al half af. kun je dat morgen nalezen?")
    assert "half af" not in r.sentence and "al half" not in r.sentence
    assert "het verslag" in r.sentence
    r = shrink("ik heb de offerte voor Peeters bijna klaar. kun je die vrijdag nog eens nalezen?")
    assert "bijna klaar" not in r.sentence


# Round 43 (k43a), the lead's decision: a not-sure result keeps the one short statement beside a clean ask in its
# offer (lone_statement.py: not surely removable, the outside golds keep it); these drafts asserted the drop before.
@pytest.mark.parametrize(("draft", "said"), [
    ('Kun je mij morgen naar het station brengen? De bus rijdt niet.',
     'De bus rijdt niet.'),
])
def test_round43_a_sentence_with_its_own_subject_and_verb_stays_in_the_not_sure_offer(draft, said):
    out = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert said in out.sentence and beside_kept(draft, out)
