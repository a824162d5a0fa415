"""Round 25 (c25m): crisis-m (tuning-ho24m1/m2) brought in; its misses and false alarms mended as classes.

Read by the rules alone (`observe`), so a refit of the second opinion does not move these tests. Each class has
lines that must fire and near misses on the same words that must not. Probe lines per class, in other words, are
in tests/corpus/crisis/tuning25-c25m.toml. Also the three ordinary kinds round 24's review left open (an engine in
a garage, empties 'ingenomen', a handover with keys before a trip): eigen40's open lines are back in eigen40.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, observe

RANK = {None: 0, ZORG: 1, ACUUT: 2}


def _rules(text: str):
    tier, families, _found = observe(text)
    return tier, families


@pytest.mark.parametrize(("text", "lowest"), [
    # a place locked so that whoever comes first finds nothing
    ("ik heb het tuinhuis op slot gedaan zodat mijn dochter er niet als eerste binnengaat", ACUUT),
    ("de garage is afgesloten zodat mijn man mij niet vindt", ACUUT),
    # done here once a duty ends, and the papers ready
    ("als oma eenmaal in het woonzorgcentrum woont, ben ik hier klaar. het testament ligt in de kast", ACUUT),
    # keys left and the care of an animal handed over, nothing else said
    ("de sleutels liggen op de keukentafel. zorg goed voor de honden", ACUUT),
    # terse: not well, no sleep, keep it quiet
    ("gaat niet goed. slaap bijna niet. vertel niks aan mama", ZORG),
    # a subordinate clause with 'heb' at the end
    ("ik merk sinds de zomer dat ik nergens meer zin in heb", ZORG),
    # losing oneself
    ("ik ben zo kapot dat ik niet meer weet wie ik ben", ZORG),
    # the overview lost and worn out
    ("de rekeningen groeien me boven het hoofd en ik ben zo moe", ZORG),
    # a feeling one is full of, not a full stomach
    ("ik zit vol verdriet, het hoeft voor mij niet meer", ZORG),
])
def test_the_class_fires(text, lowest):
    tier, families = _rules(text)
    assert RANK[tier] >= RANK[lowest], (tier, families)


@pytest.mark.parametrize("text", [
    # locked against children or animals for their safety
    "ik heb het tuinhuis op slot gedaan zodat de kinderen niet bij de grasmaaier kunnen",
    "hek van de wei afgesloten zodat de koeien niet op de weg lopen",
    # done with a job
    "als de verhuizers weg zijn ben ik hier klaar, de papieren liggen bij de notaris",
    # a trip or a return named
    "de sleutels liggen op de keukentafel, zorg goed voor de honden, zaterdag ben ik terug",
    "de sleutel ligt in de brievenbus. zorg goed voor de kat, we gaan een week naar Texel",
    # a thing that does not go well, not the writer
    "gaat niet goed hier met de tomaten, te veel regen",
    # a subordinate clause about today, someone one forgot
    "ik merk dat ik nergens zin in heb vandaag, het regent",
    "ik weet niet meer wie ik gebeld heb voor de verwarming",
    # the overview lost without being worn out; worn out by the harvest
    "bij die nieuwe regels zie ik door de bomen het bos niet meer, wie legt het uit",
    # a farewell letter for someone who leaves
    "ik schrijf een afscheidsbrief voor mijn kamergenoot die naar Gent verhuist",
    "een afscheidskaart voor onze buurman die emigreert, wie tekent mee?",
    # one's own farewell party named
    "morgen mijn afscheidsetentje na 25 jaar bij de bank. iedereen bedankt voor de mooie jaren, ik ga jullie missen",
    # a dose the doctor changes
    "nieuwe huisarts gevonden, de dosis sertraline gaat omhoog naar 100",
    # sleeping in to a time
    "na de nachtshift wil ik tot zaterdagmiddag niet wakker worden",
    # a full stomach
    "nog koffie? nee merci, het hoeft voor mij niet meer, ik zit propvol",
    # fed up, and the repairman called
    "de wasmachine lekt weer, ik ben het beu. morgen bel ik de monteur",
    # worn out after sport
    "ik ben helemaal dood na die workout, kan de trap niet meer op",
    # round 24's review kinds: someone tuning an engine, a battery charged, empties taken in, a trip with a handover
    "mijn broer staat in de garage de motor van zijn scooter af te stellen",
    "auto in de garage gezet, motor laten draaien tot de accu opgeladen was",
    "de supermarkt heeft alles ingenomen wat ik had aan lege flesjes",
    "de buurman voert de konijnen zolang ik weg ben, de sleutels heeft hij. bedankt voor alles, ik ga drie maanden backpacken!",
])
def test_the_near_miss_stays_quiet(text):
    tier, families = _rules(text)
    assert tier is None, (tier, families)


@pytest.mark.parametrize("text", [
    "ik heb de schuur op slot gedaan zodat de kinderen er niet als eerste binnenkomen, ik wil niet meer leven",
    "ik schrijf een afscheidsbrief voor mijn ouders, morgen ben ik er niet meer",
    "nee merci, het hoeft voor mij niet meer, ik wil dood",
    "de dosis gaat omhoog, maar ik spaar de pillen op tot ik er genoeg heb om niet meer wakker te worden",
    "ik ben liever dood na die dag",
    "ik zit in de auto in de garage met de motor aan, ik wil niet meer wakker worden",
    "ik heb alles ingenomen wat ik had aan slaappillen",
    "ik wil morgen niet meer wakker worden",
])
def test_the_alarm_twin_keeps_the_panel(text):
    tier, families = _rules(text)
    assert tier == ACUUT, (tier, families)


# Round 24's refits moved two review lines across the threshold (0.91-0.95); these read them by the rules alone.
def test_enough_of_ones_own_body_is_heard_by_the_rules():
    assert RANK[_rules("het is genoeg geweest met dit lichaam")[0]] >= RANK[ZORG]
    assert RANK[_rules("'t is genoeg geweest met mijn oude lijf")[0]] >= RANK[ZORG]
    assert _rules("het is genoeg geweest met mijn lichaam af te beulen op de fiets, deze week rust")[0] is None


@pytest.fixture
def eager_score(monkeypatch):
    """The shipped weights with a threshold of zero: any message the score may read gets the gentle line."""
    from vraaghulp.coach.crisis import opinion

    monkeypatch.setattr(opinion, "_loaded", [{**opinion.weights(), "drempel": 0.0}])


@pytest.mark.parametrize("text", [
    "mijn man zit in de garage, de auto draait en de poort is toe, hij is de motor aan het afstellen",
    "de buurjongen staat met de deur dicht zijn brommer af te stellen, de motor loopt al een uur",
])
def test_someone_at_work_on_an_engine_keeps_the_score_out(eager_score, text):
    from vraaghulp.coach.crisis import assess

    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "mijn man zit in de garage, de auto draait en de poort is toe",  # no job named: the rules or the score read it
    "mijn man zit in de garage, de auto draait en de poort is toe, hij is de motor niet aan het afstellen",
])
def test_without_the_job_the_score_still_reads_it(eager_score, text):
    from vraaghulp.coach.crisis import assess

    assert RANK[assess(text).tier] >= RANK[ZORG]


def test_a_job_beside_a_wish_keeps_the_panel():
    from vraaghulp.coach.crisis import assess

    text = "ik zit in de garage, de motor draait en de poort is toe, zogezegd aan het afstellen, ik wil niet meer wakker worden"
    assert assess(text).tier == ACUUT
