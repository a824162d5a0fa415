"""Round 41 review (k41r): what the reviewer found wrong and sure in k41a's change (real engine calls on the
reviewer's drafts; each test asserts the mended result or that it is not sure).

- The moment goes after the whole coordinated object, before a place with a preposition or the verbs
  (coord_object.py); where the object's end is not plain, the result is not sure (`voorwerp-grens`).
- An exchange offer keeps its whole sentence; 'In ruil neem ik …' is one; 'in mijn plaats' is none (exchange.py).
- With 'de mama van Tim' typed, a question about Tim stays about Tim (about_them.py).
- Crisis: the kept 'al is het maar …' keeps 'nu' and its own words (crisis_amount.py, checks.py, rewrite.py).
- Crisis: a letter at a sentence end is no initial (crisis_place.py).
"""

import pytest

from vraaghulp.coach.krimp import shrink
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


@pytest.mark.parametrize("draft, moment, expected", [
    ("Kun je mij en mijn twee katten ophalen?", "zaterdag", "Kun je mij en mijn twee katten zaterdag ophalen?"),
    ("Kun je ons en de twee honden opvangen?", "volgende week", "Kun je ons en de twee honden volgende week opvangen?"),
    ("Kan je hem en zijn vrienden naar huis brengen?", "vanavond", "Kan je hem en zijn vrienden vanavond naar huis brengen?"),
    ("Kun je mij en de kinderen naar school brengen?", "maandag", "Kun je mij en de kinderen maandag naar school brengen?"),
])
def test_the_moment_goes_after_the_whole_coordinated_object(draft, moment, expected):
    assert shrink(draft, moment=moment).sentence == expected


@pytest.mark.parametrize("draft, ask", [
    ("ik wil er niet meer zijn. kan je ons en de twee katten komen halen?", "Kan je ons en de twee katten nu komen halen?"),
    ("ik wil dood. kan je ons en de twee honden opvangen?", "Kan je ons en de twee honden nu opvangen?"),
    ("ik wil dood. kan je mij en de kinderen naar oma brengen?", "Kan je mij en de kinderen nu naar oma brengen?"),
    ("ik wil dood. kan je mij en mijn zoon naar het ziekenhuis brengen?", "Kan je mij en mijn zoon nu naar het ziekenhuis brengen?"),
])
def test_crisis_now_goes_after_the_whole_coordinated_object(draft, ask):
    result = shrink(draft)
    assert result.crisis and result.sentence.endswith(ask)


@pytest.mark.parametrize("draft, moment, expected", [
    ("ik wil dood. kun je me en Jan komen halen?", None, "Kun je me en Jan nu komen halen?"),
    ("Kun je mij en Jan ophalen?", "morgen", "Kun je mij en Jan morgen ophalen?"),
])
def test_the_moment_goes_after_a_name_joined_to_the_pronoun(draft, moment, expected):
    assert shrink(draft, moment=moment).sentence.endswith(expected)


def test_an_object_whose_end_is_not_plain_is_not_sure():
    result = shrink("Kun je mij en de kinderen van Jan ophalen?", moment="zaterdag")
    assert result.sure is False and "zaterdag" in result.sentence


def test_the_condition_on_an_exchange_offer_stays():
    result = shrink("Kan iemand mijn dienst van vrijdag overnemen? Ik neem in ruil jouw zaterdag, als mijn baas akkoord gaat.")
    assert "als mijn baas akkoord gaat" in result.sentence or result.sure is False


@pytest.mark.parametrize("draft, offer", [
    ("Kan iemand volgende week mijn poetsbeurt doen? In ruil krijg je een fles wijn van mij.", "In ruil krijg je een fles wijn"),
    ("Zou iemand op 14 juni mijn dienst kunnen overnemen? In ruil neem ik graag een dienst van jou over.", "In ruil neem ik"),
])
def test_a_fronted_exchange_offer_stays(draft, offer):
    assert offer in shrink(draft).sentence


@pytest.mark.parametrize("draft", [
    "Kan ik morgen de vergadering overslaan? Ik stuur Jan in mijn plaats.",
])
def test_a_substitute_or_a_negated_clause_is_no_exchange_offer(draft):
    result = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert "plaats" not in result.sentence and "niet vrij" not in result.sentence or beside_stays(draft, result)


@pytest.mark.parametrize("person", ["de mama van Tim", "de moeder van Tim"])
def test_the_child_named_after_van_stays_third_person(person):
    result = shrink("Kan Tim zaterdag komen spelen?", person=person)
    assert "Tim" in result.sentence and "Kun je" not in result.sentence


def test_the_person_typed_by_name_is_still_asked():
    assert shrink("Kan Tim zaterdag komen spelen?", person="Tim").sentence == "Tim, kun je zaterdag komen spelen?"


@pytest.mark.parametrize("draft, ask", [
    ("ik zie het niet meer zitten en denk aan zelfmoord. kan je langskomen, al was het maar even?",
     "Kan je nu langskomen, al was het maar even?"),
    ("ik wil niet meer. kan je me halen, al is het maar tot morgen, ik kan niet alleen zijn",
     "Kan je me nu halen, al is het maar tot morgen?"),
    ("ik wil dood. kan je nu komen, al is het maar heel even?", "Kan je nu komen, al is het maar heel even?"),
])
def test_crisis_keeps_now_beside_the_kept_amount(draft, ask):
    result = shrink(draft)
    assert result.crisis and ask in result.sentence


def test_a_concessive_after_another_clause_is_not_the_asks_amount():
    result = shrink("ik wil dood. kun je me wat geld lenen, ik heb niks meer, al is het maar 20 euro?")
    assert " nu " in result.sentence and "lenen, al is het" not in result.sentence


def test_a_letter_at_a_sentence_end_is_no_initial():
    result = shrink("ik wil springen. ik sta op perron B. Kom me halen alsjeblieft")
    assert result.crisis and "Ik sta op perron B." in result.sentence
    assert "Kom me halen" not in result.sentence and result.sentence.count("alsjeblieft") <= 1


def test_an_initial_inside_a_name_goes_on():
    result = shrink("ik zit op het dak van het Hugo R. Kruytgebouw en ik wil springen")
    assert "Hugo R. Kruytgebouw" in result.sentence


def test_a_place_after_naar_is_kept_whole():
    result = shrink("ik wil dood. ik zit op de trein naar het noorden het gaat niet meer")
    assert "de trein naar het noorden" in result.sentence


def test_now_stays_before_a_second_verb_joined_with_en():
    result = shrink("ik wil dood. kan iemand mij en de kids ophalen en naar mijn moeder brengen?")
    assert result.sentence.endswith("Kan iemand mij en de kids nu ophalen en naar mijn moeder brengen?")


@pytest.mark.parametrize("draft, place", [
    ("ik sta bij de J. Van Rijswijcklaan op de brug. ik wil springen. help me", "Ik sta bij de J. Van Rijswijcklaan op de brug."),
    ("ik wil springen. ik sta op verdieping 4 van blok D. Help me", "Ik sta op verdieping 4 van blok D."),
])
def test_a_place_with_a_single_letter_stays(draft, place):
    result = shrink(draft)
    assert result.crisis and place in result.sentence


# Second review (k41r2): the new wrong-and-sure results of k41r.

@pytest.mark.parametrize("draft, person, expected", [
    ("Kan meneer Van Dijk me terugbellen?", "meneer Van Dijk", "Meneer Van Dijk, kunt u me terugbellen?"),
    ("Kan mevrouw Van den Berg me terugbellen?", "mevrouw Van den Berg", "Mevrouw Van den Berg, kunt u me terugbellen?"),
    ("Kan Tim zaterdag bij ons komen spelen?", "mama van Tim", "Kan Tim zaterdag bij ons komen spelen?"),
    ("Kan Tim zaterdag komen spelen?", "de mama van Tim", "Kan Tim zaterdag komen spelen?"),
    ("Kan papa me morgen ophalen?", "papa van Lotte", "Kun je me morgen ophalen?"),
])
def test_a_surname_particle_is_no_split_of_the_person_typed(draft, person, expected):
    assert shrink(draft, person=person).sentence == expected


@pytest.mark.parametrize("draft, ask", [
    ("Ik wil niet meer leven. Kun je me en Sarah van Dam komen halen?", "Kun je me en Sarah van Dam nu komen halen?"),
    ("Ik wil niet meer leven. Kun je me en Piet van der Berg komen halen?", "Kun je me en Piet van der Berg nu komen halen?"),
    ("Ik wil niet meer leven. Kun je me en Jan en Piet komen halen?", "Kun je me en Jan en Piet nu komen halen?"),
    ("Ik wil niet meer leven. Kun je mij en mama komen halen?", "Kun je mij en mama nu komen halen?"),
    ("Ik wil niet meer leven. Kun je mij en oma komen ophalen?", "Kun je mij en oma nu komen ophalen?"),
])
def test_now_goes_after_a_whole_name_or_kin_word_joined_to_the_pronoun(draft, ask):
    assert shrink(draft).sentence.endswith(ask)


@pytest.mark.parametrize("draft", [
    "Ik wil dood. Kun je langskomen, al is het maar morgen?",
    "Ik wil dood. Kun je langskomen, al is het maar vanavond?",
])
def test_a_moment_in_the_concessive_is_the_writers(draft):
    result = shrink(draft)
    assert result.crisis and " nu " not in result.sentence
    assert "al is het maar" in result.sentence


def test_how_long_in_the_concessive_still_gets_now():
    result = shrink("Ik wil niet meer leven. Kun je me halen, ook al is het maar tot morgen?")
    assert "Kun je me nu halen" in result.sentence


@pytest.mark.parametrize("draft, ask", [
    ("Ik wil dood. Ik zit op perron B. Kom me halen.", "Kom me nu halen."),
    ("Ik wil niet meer leven. Ik zit bij halte C. Bel me.", "Bel me nu."),
])
def test_a_letter_after_a_place_noun_ends_the_sentence(draft, ask):
    result = shrink(draft)
    assert result.crisis and result.sentence.endswith(ask)
    assert "Ik zit " in result.sentence  # the place stays


@pytest.mark.parametrize("draft, dropped", [
    ("Ik wil niet meer leven. Ik zit in lokaal A. Breng mama mee.", "Breng mama mee"),
    ("Ik wil niet meer leven. Ik sta op perron B. Jullie moeten komen.", "Jullie moeten komen"),
    ("Ik wil dood. Ik zit in blok 5. Neem je telefoon op.", "Neem je telefoon op"),
])
def test_the_writers_own_ask_left_out_is_not_sure(draft, dropped):
    result = shrink(draft)
    assert dropped in result.sentence or not result.sure


def test_a_farewell_left_out_stays_sure():
    result = shrink("Pap, dit is mijn afscheid. Dank je voor alles. Laat maar. Het spijt me.")
    assert result.crisis and result.sure


# Round 43 (k43a), the lead's decision: a not-sure result keeps the one short statement beside a clean ask in its
# offer (lone_statement.py: not surely removable, the outside golds keep it); these drafts asserted the drop before.
@pytest.mark.parametrize(("draft", "said"), [
    ('Kan iemand mijn dienst van zondag overnemen? We zijn in ruil voor het feest niet vrij.',
     'We zijn in ruil voor het feest niet vrij.'),
])
def test_round43_a_negated_clause_stays_in_the_not_sure_offer(draft, said):
    out = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert said in out.sentence and beside_kept(draft, out)
