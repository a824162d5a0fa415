"""The normaliser's mends for the way people really type (round 11): drawn-out letters, a
function word typed onto its neighbour, one slip in a long word, chat 'n, and a capitalised
sentence opener in a text without punctuation. Table tests over `normalised`, in-process."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess, normalised
from vraaghulp.coach.crisis.repair import drawn_out, glued, slipped
from vraaghulp.coach.crisis.table import Table, pack

# (typed, a piece the normalised text must hold)
FORMS = [
    # drawn-out letters: the run becomes two or one, whichever a rule knows
    ("ik willlll dood", " ik wil dood "),
    ("mijn leveeeen", " mijn leven "),
    ("ik ben heeeet zat", " ik ben het zat "),
    ("niet meeeer", " niet meer "),
    ("hieeer", " hier "),
    ("nooooit", " nooit "),
    ("echttt niet", " niet "),  # echt is a filler word: it goes, the rest stays
    ("wakkeeer", " wakker "),
    ("ik hebbbbb mezelffff gekrasttt", " ik heb mezelf gekrast "),
    ("slaappillennnnn", " slaappillen "),
    ("ikwilnietmeeeer", " ik wil niet meer "),
    # a function word typed onto a known word, before or after it
    ("van dewekker", " van de wekker "),
    ("met hetzwembad", " met het zwembad "),
    ("weg vandat lawaai", " weg van dat lawaai "),
    ("mezelfsnijden", " mezelf snijden "),
    ("om tespringen", " om te springen "),
    ("opgenomenvoor mijn collega", " opgenomen voor mijn collega "),
    ("mijn pillenaan het sparen", " mijn pillen aan het sparen "),
    ("ik lig inhet ziekenhuis", " in het ziekenhuis "),  # two function words: inhet, opde
    ("ik werk opde afdeling", " op de afdeling "),
    # one slip in a long word: a letter left out, or two neighbours swapped
    ("ik denk aan zelfmord", " zelfmoord "),
    ("een afscheidsbref", " afscheidsbrief "),
    ("van de brug sprigen", " springen "),
    ("ik ben doodvermoed", " doodvermoeid "),
    # chat: 'n and n for een
    ("k wil 'n eind eraan maken", " ik wil een eind eraan maken "),
    ("mss maak k er n eind aan", " maak ik er een eind aan "),
    # a capitalised opener after a lower-case word, no mark between: a new sentence
    ("ik heb er genoeg Zondag komt mijn dochter", " genoeg . zondag komt "),
    ("al verzameld Daarna hoeft niemand", " verzameld . daarna hoeft "),
]

# (typed, what must stay as it is)
KEPT = [
    ("ik mis Pieter elke dag", " ik mis pieter "),  # a name is no sentence opener
    ("IK KAN NIET MEER", " ik kan niet meer "),  # all capitals: no sentence cut
    ("touwtrekken op het feest", " touwtrekken "),  # two content words: a compound stays whole
    ("de brugklas begint", " brugklas "),
    ("doodgewoon een dinsdag", " doodgewoon "),
    ("onszelf", " onszelf "),
    ("een mooie zomer", " zomer "),  # never 'zo meer'
    ("we reden naar Brugge", " brugge "),  # no slip at the last letter: a city stays a city
    ("we streven naar een goed jaar", " streven "),  # a real word is never a slip
    ("de bomen in de tuin", " bomen "),  # an ordinary word ending: no 'bom en'
    ("beste mevrouw en meneer", " mevrouw en meneer "),  # 'me' begins too many words to split at
    ("geachte heer", " geachte "),  # a real word one letter from a known one (gedachte) stays
    ("het was best stomme pech", " stomme "),
]


@pytest.mark.parametrize(("typed", "piece"), FORMS)
def test_a_typed_form_is_read_as_the_word_meant(typed, piece):
    assert piece in normalised(typed)


@pytest.mark.parametrize(("typed", "piece"), KEPT)
def test_a_real_word_or_name_stays_as_it_is(typed, piece):
    assert piece in normalised(typed)


@pytest.mark.parametrize("typed", [
    "Ik willlll een einde maken aan mijn leveeeen.",
    "ik wil mezelfsnijden",
    "ik denk erover om voor de trein te gaan ligen, ik heb een afscheidsbref geschreven",
    "k wil 'n einde maken aan mn leven",
    "Thuis heb ik de doosjes in de la verzameld ik heb er genoeg Zondag komt mijn dochter "
    "Daarna hoeft niemand zich meer druk om mij te maken",
])
def test_an_alarm_line_typed_loosely_still_alarms(typed):
    assert assess(typed).tier == "acuut"


@pytest.mark.parametrize("typed", [
    "De kat sprong van het dak.",
    "Dekat sprong van het dak.",
    "als ik morgen niet wakker word van dewekker, bel me dan even",
    "Ik ben doodvermoed na deze week.",
    "byeee voor altijd stomme wiskundeboek, ben eindelijk geslaagd",
])
def test_a_harmless_line_typed_loosely_stays_harmless(typed):
    assert assess(typed).tier is None


def test_the_repairs_on_their_own():
    known = {"leven", "wil", "het", "heet", "kat", "wekker", "zelfmoord", "springen"}.__contains__
    core = {"wil", "het"}.__contains__
    assert drawn_out("leveeeen", core, known) == "leven"
    assert drawn_out("heeeet", core, known) == "het"  # the core lists come first: not 'heet'
    assert drawn_out("gekrasttt", core, known) == "gekrast"  # unknown: a consonant at the end is single
    assert drawn_out("zoooomer", core, known) == "zoomer"  # unknown: a vowel stays double
    assert glued("dekat", frozenset({"de"}), frozenset(), known) == ("de", "kat")
    assert glued("dekat", frozenset(), frozenset(), known) is None
    assert glued("wekkerhet", frozenset(), frozenset({"het"}), known) == ("wekker", "het")
    slips = Table(pack({"zelfmord": ["zelfmoord"]}, numbers=False))
    assert slipped("zelfmord", slips, known) == "zelfmoord"
    assert slipped("sprignen", slips, known) == "springen"
    assert slipped("wandelen", slips, known) is None
