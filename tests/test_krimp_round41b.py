"""Round 41 (k41b): kinds mended from the outside results that keep everything yet stay far from every gold
(tools/krimp_near_miss.py; real engine calls).

- A lead-in the engine left in front of a kept statement goes ('ik wilde even laten weten dat …', 'zoals u weet is
  …'), and the statement stands in its own order (lead_in.py, called from formal_wrap.plain).
- A learner's 'kan jullie' / 'wil jullie' / 'mag jullie' that opens the question becomes the plural (verb_form.py);
  'kan jullie moeder …' ('your') stays.
"""

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.lead_in import gone
from vraaghulp.coach.krimp.verb_form import mended


@pytest.mark.parametrize("draft, told", [
    ("Meneer Bakker, ik wilde even laten weten dat mijn opa vorige week is overleden en dat het thuis heel onrustig "
     "is. Ik heb mijn profielwerkstuk nog niet af. Kan ik een week uitstel krijgen voor de inlevering van vrijdag? "
     "Met vriendelijke groet, Daan", "mijn opa is vorige week overleden"),
    ("Beste Peter, ik wilde je even laten weten dat de wasmachine in de kelder weer lekt, net als in maart. Kun je "
     "deze keer een monteur sturen in plaats van hem zelf te maken? Groet, Ellen", "de wasmachine lekt"),
])
def test_a_told_lead_in_goes_and_the_statement_stands_in_its_own_order(draft, told):
    result = shrink(draft)
    low = result.sentence.lower()
    assert "laten weten" not in low, result.sentence
    if told.split()[0] in low:  # the statement is kept: then in its own order, never 'dat … is overleden'
        assert told in low, result.sentence


@pytest.mark.parametrize("sentence, expected, lead", [
    ("Mevrouw De Wit, ik wilde u even laten weten dat het thuis momenteel zwaar is. Mag ik thuis werken?",
     "Mevrouw De Wit, het is thuis momenteel zwaar. Mag ik thuis werken?", "ik wilde u even laten weten dat"),
    ("Meester Dirk, ik wou u laten weten dat Jules de laatste weken moeilijk slaapt door de scheiding. Kunt ge hem "
     "meegeven?", "Meester Dirk, Jules slaapt de laatste weken moeilijk door de scheiding. Kunt ge hem meegeven?",
     "ik wou u laten weten dat"),
    ("Meneer Van Dijk, zoals u wellicht weet is de cv-ketel sinds vorige week defect. Kunt u een monteur sturen?",
     "Meneer Van Dijk, de cv-ketel is sinds vorige week defect. Kunt u een monteur sturen?", "zoals u wellicht weet"),
    ("Mieke, zoals ge weet is mijn papa zijn dementie sterk achteruitgegaan. Kan ik verlof nemen?",
     "Mieke, mijn papa zijn dementie is sterk achteruitgegaan. Kan ik verlof nemen?", "zoals ge weet"),
])
def test_lead_in_turns_the_statement(sentence, expected, lead):
    assert gone(sentence) == (expected, lead)


@pytest.mark.parametrize("sentence", [
    "Ik wilde laten weten dat ik morgen niet kan komen want ik ben ziek. Kun je komen?",  # a clause inside: as typed
    "Zoals je weet is het hier druk. Kun je komen?",  # 'het hier': no plain subject to put in front
    "Katrien, wilt ge de helft betalen zoals afgesproken bij de bemiddeling?",  # not a lead-in: after the ask
    "Ik wilde laten weten dat mijn moeder ziek is?",  # a question stays as typed
])
def test_lead_in_left_when_the_order_is_not_plain(sentence):
    assert gone(sentence) == (sentence, "")


def test_the_learners_kan_jullie_becomes_the_plural_in_the_result():
    draft = ("goedemorgen ja met tante Ruth hier. mijn knie is slecht. kan jullie vrijdag het pakket bij mij thuis "
             "brengen Kerkstraat 3 driehoog?")
    assert "kunnen jullie vrijdag" in shrink(draft).sentence.lower()


@pytest.mark.parametrize("sentence, expected", [
    ("Kan jullie vrijdag het pakket brengen?", "Kunnen jullie vrijdag het pakket brengen?"),
    ("Jongens, mag jullie dat van de trainer?", "Jongens, mogen jullie dat van de trainer?"),
    ("Kan jullie moeder morgen komen?", "Kan jullie moeder morgen komen?"),  # 'your mother': stays
    ("Ik wil jullie niet storen.", "Ik wil jullie niet storen."),  # the verb after its subject: stays
])
def test_verb_form_plural(sentence, expected):
    assert mended(sentence) == expected


def test_a_drawn_out_kin_word_in_the_address_is_written_plain():
    result = shrink("Omaaa, kun jij zaterdag op Saartje passen? Ik moet naar het ziekenhuis.")
    assert result.sentence.startswith("Oma, "), result.sentence


@pytest.mark.parametrize("sentence, expected", [
    ("Papaaa, mag ik zaterdag bij Yana slapen?", "Papa, mag ik zaterdag bij Yana slapen?"),
    ("Zusss, kun je helpen?", "Zus, kun je helpen?"),
    ("Annaaa, kun je helpen?", "Annaaa, kun je helpen?"),  # a name: as typed
    ("Heyyy, kun je helpen?", "Heyyy, kun je helpen?"),  # a greeting: not this check's
])
def test_plain_kin(sentence, expected):
    from vraaghulp.coach.krimp.pet_name import plain_kin

    assert plain_kin(sentence) == expected
