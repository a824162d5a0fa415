"""Round 27 (c27o): crisis-o (tuning-ho26o1/o2) brought in; its misses and false alarms mended as classes; and the
open lines of eigen41 as rules.

Read by the rules alone (`observe`), so a refit of the second opinion does not move these tests. Each class has lines
in our own words that must fire and near misses on the same words that must stay quiet (or at least not get the
panel). Probe lines per class are in tests/corpus/crisis/tuning27-c27o.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised, observe

RANK = {None: 0, ZORG: 1, ACUUT: 2}


def _rules(text: str) -> str | None:
    return observe(text)[0]


@pytest.mark.parametrize(("text", "lowest"), [
    # not expecting to come back, beside things handed over
    ("neem jij mijn weekendwachten over? ik reken er niet op dat ik terugkom", ACUUT),
    # the thought of steering into oncoming traffic or a pillar
    ("telkens als er een camion aankomt denk ik, ruk aan het stuur en het is gedaan", ACUUT),
    ("op de ring denk ik soms: rij gewoon tegen die pijler", ACUUT),
    # worn down to the gums, and it no longer works
    ("ik zit al een jaar op mijn tandvlees en ik kan niet meer", ZORG),
    # 'op' as spent, repeated or with what from
    ("ik ben op. gewoon helemaal op.", ZORG),
    ("ik ben op van al het piekeren", ZORG),
    # crying hidden from everyone, or every night
    ("ik huil op mijn kamer zodat niemand het hoort", ZORG),
    ("ik jank elke avond in de douche", ZORG),
    # it will not get better any more
    ("het wordt nooit meer beter, dat weet ik nu wel.", ZORG),
    # a letter left in its place, and a farewell in the past tense
    ("de envelop voor mijn dochter ligt onder de klok. je bent altijd goed voor me geweest", ACUUT),
    # if I don't show up, my passwords for someone else
    ("als je niks meer van me hoort, mijn wachtwoorden liggen in de la van mijn bureau", ACUUT),
    # read how many are needed, and counted
    ("ik heb opgezocht hoeveel tabletten je nodig hebt en ik tel ze elke avond na", ACUUT),
    # a high car park in Flemish
    ("sta op het dak van de parking en ik ben er klaar mee", ACUUT),
    # eigen41: a dated absence decided; a date not reached and fine; being hit and not minding; a promise kept
    ("met kerst zal ik er niet meer zijn, jongens. ik heb het zo besloten.", ACUUT),
    ("kerst dit jaar? die haal ik niet, en dat is goed.", ACUUT),
    ("als een vrachtwagen me morgen raakt, kan mij het schelen", ACUUT),
    ("ik heb mijn man beloofd dat ik gauw kom. ik hou me aan die belofte.", ZORG),
])
def test_the_class_fires(text, lowest):
    assert RANK[_rules(text)] >= RANK[lowest], (text, observe(text)[:2])


@pytest.mark.parametrize("text", [
    # not coming back, for ordinary reasons
    "ik ga een half jaar op wereldreis, ik reken er niet op dat ik terugkom voor de kerst",
    "ik reken er niet op dat ik op tijd terugkom van de klant",
    # steering, ordinarily
    "er kwam een tegenligger op mijn weghelft, ik dacht stuur naar links maar ik ben uitgeweken",
    "bij de rotonde na de vrachtwagen stuur ik naar links",
    # the gums, ordinarily (older files: a plain request with it is harmless)
    "ik loop op mijn tandvlees sinds de verbouwing, kun jij woensdag sem halen?",
    "de laatste kilometer zat ik op mijn tandvlees en ik kan niet meer, maar de finish!",
    # 'op' as awake or on the way
    "ik ben op. op weg naar jou",
    "ik ben op van de zenuwen voor het examen",
    # crying at a film
    "ik huil elke avond bij die serie",
    # better, ordinarily
    "het wordt niet meer beter dan dit",
    "het weer wordt niet meer beter deze week",
    # exaggeration about school
    "toets geschiedenis morgen en ik heb niks geleerd, ik ben dood",
    # a letter for school, a thank-you card
    "de brief voor de juf ligt klaar op tafel. bedankt, je bent een engel geweest",
    # not online for a game
    "als ik morgen niet online kom moet je mijn account gebruiken voor de raid",
    # medicines at work or in a household
    "dosis morfine bij bed 7 verhoogd, graag bij de overdracht nakijken",
    "het touw van de balenpers is op, neem jij nieuwe rollen mee?",
    "we hebben voor de winter een voorraad paracetamol ingeslagen, met vier kinderen heb je nooit genoeg",
    # a bridge's height for a lorry
    "weet iemand of ik met 4m hoogte onder die brug door kan? wil niet vastrijden",
    # one's own funeral hymns for later; a will and all is well
    "meneer pastoor, ik wil graag de liederen voor mijn uitvaart bespreken, voor later natuurlijk, ik ben nog kerngezond",
    # an ordinary Flemish car park
    "sta op de parking van de delhaize, kom je mij halen?",
    # leaving for a pension; Christmas elsewhere
    "na de zomer ben ik er niet meer, ik ga met pensioen. ik heb het zo besloten.",
    "kerstmis haal ik niet bij jullie, ik moet werken",
    # a roof chore; a promise to a living grandmother
    "zit op de rand van het dak om de bal eraf te halen",
    "ik heb oma beloofd dat ik gauw kom, ik hou me aan mijn belofte, zondag sta ik er",
    # laughing in Limburgish
    "ich höb mich kepot gelache, ich goon nog dood",
])
def test_the_near_miss_stays_quiet(text):
    assert _rules(text) is None, (text, observe(text)[:2])


def test_papers_for_later_and_all_is_well_get_no_gentle_line_from_the_score():
    # the rules hear only hints; the score alone gave 0.93-0.99 before round 27
    for text in ("Geachte notaris, ik wil mijn testament laten opstellen, alles netjes geregeld voor later. Ik voel mij prima.",
                 "Mijn wilsverklaring ligt bij de huisarts, voor als ik ooit niet meer zelf kan beslissen. Verder gaat alles goed."):
        assert assess(text).tier is None, (text, assess(text))
    # the same papers beside a wish not to be there keep an alarm
    assert assess("Mijn testament is klaar, ik voel me prima, maar ik wil er niet meer zijn.").tier is not None


def test_limburgish_words_are_read():
    assert normalised("de breef ligke op de keukedaofel, ze vinje ze wel").split() == \
        "de brief ligt op de keukentafel , ze vinden ze wel".split()


def test_exhausted_op_repeated_over_a_full_stop_is_read_as_one_sentence():
    assert "ik ben op , op" in normalised("ik ben op. gewoon op.")
    assert "ik ben op , op" not in normalised("ik ben op. op naar de bakker")
