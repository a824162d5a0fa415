"""Round 21 review (rv21c): the round's quieter rules must not silence a real alarm written in everyday words,
and a barbecue with charcoal is no plan. Each class has alarm lines that must give the panel and harmless
twins that must stay quiet. The corpus lines are in tests/corpus/crisis/tuning21-rv21c.toml; the texts here
are not."""

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", (
    "we doen zondag een bbq, wil jij houtskool en worstjes meebrengen?",
    "Vergeet vrijdag de zak houtskool niet, de barbecue staat al in de tuin.",
    "'k haal morgen houtskool voor de grill, gij zorgt voor de salades?",
))
def test_charcoal_for_an_ordinary_barbecue_is_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "na de bbq van zaterdag zet ik de houtskool in de auto, ramen dicht, en dan blijf ik zitten",
    "morgen houtskool aansteken in de badkamer, deur dicht",
    "ik neem vannacht de houtskool mee naar mijn kamer en plak de kieren af",
))
def test_charcoal_in_a_closed_room_stays_acute(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "ik kap ermee. met leven bedoel ik",
    "'k zijn der klaar mee. met mijn leven.",
    "ik hou ermee op, met het leven",
    "ik ben er gedaan mee, met leven",
))
def test_stopping_with_it_and_then_naming_life_is_acute(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "ik kap ermee. met die studie bedoel ik, ik ga werken",
    "ik ben er klaar mee. het leven is te kort voor zo'n baas",
))
def test_stopping_with_something_named_is_no_alarm(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", (
    "het maakt niet uit of ik volgende week nog leef",
    "maakt niks uit waar, als ik maar dood ben",
    "op 12 april ben ik er niet meer",
    "de datum ligt vast: op de sterfdag van papa ga ik naar hem toe",
    "de haak aan de zolderbalk houdt me wel, heb het vanmiddag geprobeerd",
    "ik heb een knoop in het koord gemaakt, het hangt al aan de haak",
    "ik verdrink mezelf vanavond in het kanaal",
    "ik wil de gootsteenontstopper opdrinken als iedereen slaapt",
    "de brief voor mijn vrouw ligt klaar en dan ga ik",
))
def test_an_alarm_in_everyday_words_is_acute(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "het maakt niet uit of je morgen of overmorgen komt",
    "op 12 april ben ik er niet meer, dan begint mijn verlof",
    "de schommel hangt aan de haak, die houdt me wel, ik heb het getest met de kinderen",
    "ik heb een knoop gelegd in het touw voor de boot",
    "ik laat me verdrinken in de mails vandaag, bel me morgen",
    "mijn zoontje heeft een slok bleekmiddel gedronken, moet ik naar de dokter?",
    "alles geregeld voor de verhuizing en dan ga ik",
))
def test_their_everyday_twins_get_no_panel(text):
    assert assess(text).tier != ACUUT
