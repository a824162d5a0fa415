"""Round 21 (k21b): a restriction on the request stays (restrict.py), in the question's own tail or in
the sentence right after the ask; a negated fact the ask rests on stays before it; hatches still go."""

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.restrict import found, lost


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("?", " ").replace(".", " ").replace(",", " ").split())


@pytest.mark.parametrize("draft, kept", [
    ("Hoi Joost, ik weet dat je vol zit. Kun je er vandaag naar kijken, maar pas na je overleg met finance?",
     "pas na je overleg met finance"),
    ("Beste meneer Visser, de kraan lekt. Kunt u deze week een loodgieter sturen? Liever niet op maandag, "
     "want dan ben ik niet thuis.", "liever niet op maandag"),
    ("Beste mevrouw Bakker, heeft u deze week tijd voor een gesprek? Wij kunnen alleen na half vier.",
     "wij kunnen alleen na half vier"),
    ("Dag Filip, kunt ge de btw-aangifte opmaken? Ten laatste vrijdag aub, anders ben ik te laat.", "ten laatste vrijdag"),
    ("hee Iris kun je zaterdag mijn haar knippen? alleen de puntjes hoor vorige keer was het te kort haha",
     "alleen de puntjes"),
    ("ma kunt ge morgen mijn sportzak meegeven? mr ni de blauwe, de zwarte met mijn voetbalschoenen in",
     "ni de blauwe de zwarte met mijn voetbalschoenen in"),
    ("Kun je zondag helpen met de verhuizing? wel de bus meenemen, maar niet de aanhanger, die is kapot",
     "wel de bus meenemen maar niet de aanhanger"),
    ("Kunt u volgende week een monteur sturen? Ik ben overdag thuis, behalve donderdag.",
     "ik ben overdag thuis behalve donderdag"),
])
def test_the_restriction_stays(draft, kept):
    result = shrink(draft)
    assert kept in _fold(result.sentence)
    assert "want" not in result.sentence and "anders ben ik" not in result.sentence  # the reason may go


def test_what_the_ask_is_not_about_stays_after_it():
    draft = ("Beste Sandra, Ik vraag niet om een hoger salaris, wel om een vaste dag thuiswerken. "
             "Heb je volgende week ruimte voor een gesprek? Groet, Thomas")
    sentence = shrink(draft).sentence
    assert sentence.index("?") < sentence.index("hoger salaris") and "thuiswerken" in sentence


@pytest.mark.parametrize("draft", [
    "Ik kan zaterdag ni komen werken. Kunt ge mij zondag inplannen in de plaats?",
    "dag Bart, ik kan zaterdag ni komen werken, mijn nicht trouwt. Kunt ge mij zondag inplannen in de plaats?",
])
def test_a_negated_fact_the_ask_rests_on_stays_before_it(draft):
    result = shrink(draft)
    assert "zaterdag ni komen werken" in result.sentence
    assert result.sentence.index("zaterdag") < result.sentence.index("zondag")


@pytest.mark.parametrize("draft", [
    "Yo Tim, kun je me zaterdag helpen met schilderen? alleen als je zin hebt natuurlijk, geen probleem als het niet kan",
    "Els kunt ge zondag mee naar ons ma gaan? enkel als ge tijd hebt he, en ni erg moest het ni lukken",
])
def test_an_escape_hatch_still_goes(draft):
    sentence = shrink(draft).sentence.lower()
    assert "zin" not in sentence and "tijd" not in sentence and "erg" not in sentence


@pytest.mark.parametrize("draft", [
    "Kun je zaterdag helpen met de planken? Ik heb geen aanhangwagen en alleen krijg ik dat nooit gedaan.",
    "Kun je volgende week de aanrecht helpen plaatsen? Ik krijg het alleen niet waterpas.",  # 'alleen' = alone
    "Kun jij vanavond koken? Ik kom pas om 7 uur thuis.",  # the writer's reason, not a limit on the ask
    "Mam, kun je mijn sportas brengen? Ik ben m vergeten, niet aan juf geven maar bij de conciërge.",
    "Opa wil je me leren schaken? Niet tegen Mees zeggen want die wint altijd",
])
def test_near_misses_are_no_restriction(draft):
    question = draft.split("?")[0] + "?"
    assert found(draft, question) == [] or "vergeten" not in found(draft, question)[0][0]


def test_a_dropped_restriction_is_never_sure():
    draft = "Kunt u deze week een loodgieter sturen? Liever niet op maandag, want dan ben ik niet thuis."
    assert lost(draft, "Kunt u deze week een loodgieter sturen?")
    assert not lost(draft, "Kunt u deze week een loodgieter sturen? Liever niet op maandag.")


@pytest.mark.parametrize("draft", [
    "hee Iris kun je zaterdg mijn haar knippen alleen de puntjes hoor vorige keer was het echt te kort haha",
    "dag Greet kunt gij morgen efkes de post uit mijne bus halen nie de pakjes die haalt mijn zoon wel",
    "Ik kan zaterdag ni komen werken Kunt ge mij zondag inplannen in de plaats",
])
def test_without_punctuation_a_cut_restriction_is_not_sure(draft):
    result = shrink(draft)
    assert not result.sure or ("puntjes" in result.sentence or "pakjes" in result.sentence or "zaterdag" in result.sentence)


def test_would_not_be_able_is_said_plainly_before_the_ask():
    draft = ("Dag meneer Claes, sorry dat ik stoor. Ik zou zaterdag ni kunnen komen werken want ik heb examen. "
             "Zoudt ge mij zondag kunnen inplannen in de plaats? Groetjes Mauro")
    assert shrink(draft).sentence == "Meneer Claes, ik kan zaterdag ni komen werken. Kunt ge mij zondag inplannen in de plaats?"
