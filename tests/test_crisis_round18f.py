"""Round 18 (c18f): combination rules no longer join loose words of unrelated sentences in long messages.

A place plus distress, a means plus despair, self-harm plus secrecy, stopping plus a plan: in a long
letter the parts once came from a shopping list ("een bruin brood, gesneden"), an address ("de studio
op de derde verdieping"), a task ("de planten water geven") and a shy request ("ik durf het bijna niet
vragen"). Now a line break before a list item or a capitalised line ends a sentence, and the parts of a
rule may stand at most one sentence apart (a farewell letter, affairs put in order, a wish to die keep
the whole message). The alarm twins put one sentence about the writer in the same long messages. The
corpus lines are in tests/corpus/crisis/tuning18-c18f.toml; the texts here are not."""

import pytest

from vraaghulp.coach.crisis import ACUUT, assess, compiled_rules
from vraaghulp.coach.crisis.audience import chore_request


@pytest.mark.parametrize("text", [
    # shopping lists with bread "gesneden" and a shy request
    "Hallo Mia, ik durf het bijna niet te vragen, maar zou jij voor mij naar de bakker willen? Het gaat om:\n"
    "- twee pistolets\n- een wit brood, gesneden\n- een taartje voor zondag\nHet geld ligt in de brievenbus.",
    "dag jules kunde gij iets meebrengen, ik durf het bijna ni vragen. lijstje:\n1. rijstpap\n2. een bruin, gesneden\n"
    "3. koffie\nmerci",
    # tenants: a floor in the address and broken things
    "Beste heer Claes,\n\nIk huur het appartement op de vijfde verdieping in de Kerkstraat. Sorry dat ik zo laat "
    "schrijf. Er zijn wat dingen kapot:\n- de kraan in de keuken\n- het slot van de voordeur\nWanneer kan iemand "
    "langskomen?\n\nGroeten,\nJens",
    "Geachte mevrouw, ik woon op de zesde verdieping van uw flat aan de Molenweg. Ik wachtte eerst af of het vanzelf "
    "overging, maar er zijn nu dingen kapot in de keuken. Kunt u de loodgieter sturen?",
    # pharmacy: pills prescribed and no longer driving
    "Goedendag, mijn huisarts heeft mij nieuwe pillen voorgeschreven voor de suiker. Zou u die woensdag kunnen "
    "bezorgen? Ik kan niet meer met de wagen rijden sinds mijn val. Met vriendelijke groeten, meneer Wuyts",
    # holidays: a sitter cancelled, the plants watered, "eindelijk is het zover"
    "Hey Tess! Eindelijk is het zover, zaterdag vliegen we naar Lissabon. Onze oppas heeft gisteren afgezegd, dus ik "
    "vroeg me af of jij de poes wil voeren. Wat er moet:\n- eten in het bakje\n- de plantjes water geven\n"
    "Dankjewel!!",
])
def test_long_ordinary_messages_stay_quiet(text):
    assert assess(text).tier is None, assess(text)


@pytest.mark.parametrize("text", [
    # the same kinds of long message, with one sentence about the writer
    "Hallo Mia, zou jij voor mij naar de bakker willen? Ik heb mezelf gisteren weer gesneden en ik durf het niemand "
    "te zeggen. Het geld ligt in de brievenbus.",
    "Beste heer Claes, de huur komt later deze maand. Ik sta op de vijfde verdieping bij het open raam. Alles is "
    "kapot in mij. De sleutel ligt bij de buren.",
    "Goedendag, mijn huisarts heeft mij slaappillen voorgeschreven en ik heb ze allemaal gespaard. Ik kan niet meer. "
    "Zou u de rest van mijn bestelling kunnen annuleren?",
    "Hey Tess! Wil jij de poes voeren deze week? Ik ben gestopt met mijn medicatie. Dan gaat het vanzelf. Het eten "
    "staat in de kast.",
    # a list right before the sentence of distress: adjacent, so it still counts
    "Boodschappen:\n- melk\n- eieren\n- drie doosjes slaappillen, al gekocht\nIk hou het niet meer vol.",
    # a blocker in an errand asked in the imperative no longer switches off the rule ("koffie" is no reason)
    "Dag Paul, de repetitie is verplaatst naar maandag. Ik heb mijn hartpillen weggegooid, niemand hoeft het te "
    "weten. Breng jij de koffie mee?",
])
def test_alarm_twins_in_long_messages_keep_the_panel(text):
    assert assess(text).tier == ACUUT, assess(text)


def test_a_farewell_letter_keeps_its_reach_over_the_whole_message():
    text = ("Lieve Kaat, dit is mijn afscheidsbrief. De papieren van het huis liggen bij de notaris. De fiets staat "
            "in de garage. De planten heb ik aan de buren gegeven. Mijn spaarboekje heb ik aan jou gegeven.")
    assert assess(text).tier == ACUUT, assess(text)


def test_line_breaks_before_a_list_item_or_a_capital_end_a_sentence():
    readings = compiled_rules().normaliser.readings("Het gaat om:\n- een brood, gesneden\n2. kaas\nHet geld ligt klaar")
    assert readings == [" het gaat om : . een brood , gesneden . kaas . het geld ligt klaar "]
    assert compiled_rules().normaliser.readings("ik wil\nniet meer") == [" ik wil niet meer "]


def test_an_errand_in_the_imperative_is_a_chore_request():
    assert chore_request("breng jij de koffie mee ?".split())
    assert not chore_request("breng mij naar huis".split())
