"""Round 26 (c26n): crisis-n (tuning-ho25n1/n2) brought in; its misses, false alarms and acute lines caught only at
the gentle tier mended as classes; and the two kinds that blocked round 25's refit, as rules.

Read by the rules alone (`observe`), so a refit of the second opinion does not move these tests; the two refit
blockers are also read with an eager score (threshold zero). Each class has lines in our own words that must fire
and near misses on the same words that must not. Probe lines per class are in tests/corpus/crisis/tuning26-c26n.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, observe

RANK = {None: 0, ZORG: 1, ACUUT: 2}


def _rules(text: str):
    tier, families, _found = observe(text)
    return tier, families


def _concepts(text: str) -> set[str]:
    _tier, _families, found = observe(text)
    return {name[2:] for name in found if name.startswith("c:")}


@pytest.mark.parametrize(("text", "lowest"), [
    # a weapon back, and with it every problem solved
    ("over een maand krijg ik mijn dienstwapen terug, dan zijn al mijn problemen opgelost", ACUUT),
    # a high place, and the view as the last thing seen
    ("ik zit op de rand van de parkeergarage, de lichtjes van de stad zijn mooi om als laatste te zien", ACUUT),
    # thanks for everything, and not bothering someone any more
    ("jij was de enige die echt luisterde. bedankt voor alles, ik zal je niet meer lastigvallen", ACUUT),
    # who gets what written down, and a thanks in the past tense
    ("ik heb op papier gezet wie wat krijgt. jullie waren de enigen die bleven", ACUUT),
    # my number may go, and I will not be reachable, for good
    ("mijn nummer mag je wissen hoor, straks ben ik onbereikbaar. voorgoed", ACUUT),
    # how long can a person keep this up
    ("elke ochtend huil ik in de auto voor ik binnenga. hoe lang houdt een mens dit vol", ZORG),
    # not getting out of bed for weeks
    ("ik kom mijn bed niet meer uit, al weken niet", ZORG),
    # a rope ready, and telling someone just so they know
    ("het touw hangt al op zolder. niet om te dreigen, ik wou gewoon dat iemand het wist", ACUUT),
    # not well, no sleep and no food in one breath
    ("het gaat niet goed met mij. ik slaap niet ik eet niet", ZORG),
    # worn out by the baby, and by everything
    ("de baby huilt al de hele nacht en ik ben het zo beu allemaal, ik trek dit niet meer", ZORG),
])
def test_the_missed_class_fires(text, lowest):
    tier, families = _rules(text)
    assert RANK[tier] >= RANK[lowest], (tier, families)


@pytest.mark.parametrize("text", [
    # a weapon back for the job
    "over een maand krijg ik mijn dienstwapen terug na de herkeuring, dan is dat probleem ook opgelost en kan ik weer op patrouille",
    # the last thing seen before sleep, no high place
    "de zee is zo mooi om als laatste te zien op een vakantiedag",
    # not bothering someone with questions; a rejection accepted
    "bedankt voor alles, ik zal je niet meer lastigvallen met mijn vragen over de huur",
    "je hebt geen interesse, dat begrijp ik. bedankt voor alles, ik zal je niet meer lastigvallen",
    # who gets what for Sinterklaas
    "ik heb opgeschreven wie wat krijgt voor sinterklaas, jullie waren de enigen die een lijstje maakten",
    # a new number
    "mijn nummer mag je wissen, ik heb een nieuw nummer, op het oude ben ik voorgoed onbereikbaar",
    # a quiz question about water; a battery
    "hoe lang houdt een mens het vol zonder water, vraag voor mijn spreekbeurt",
    # in bed with the flu or sore muscles
    "met die griep kom ik mijn bed niet meer uit",
    "ik kom mijn bed niet uit vandaag met die spierpijn van de training",
    # a rope for a swing
    "het touw voor de schommel hangt al in de schuur",
    # not sleeping because of the heat, without being unwell
    "ik slaap niet door de hitte, wie heeft er een ventilator te leen",
    # worn out by the baby alone
    "de baby huilt al de hele nacht, ik trek dit niet meer",
])
def test_the_near_miss_of_a_missed_class_stays_quiet(text):
    tier, families = _rules(text)
    assert tier is None, (tier, families)


@pytest.mark.parametrize("text", [
    # the day after a party or drinks: lying in bed like dead, being dead
    "gisteren zes pintjes en een fles wijn, ik wil vandaag dood in mijn bed liggen",
    "vrijdag het pensioenfeest van mijn tante gevierd, ik ben vandaag helemaal dood",
    # never waking up ... until a day
    "na dat weekend festival wil ik nooit meer wakker worden... tot dinsdag",
    # dying if one more time a thing has to be said
    "ik ga dood als ik een keer 'heeft u uw klantenkaart' moet vragen",
    # a save lost, no wish to start again
    "mijn save van 80 uur is weg door een update, het heeft allemaal geen zin meer om opnieuw te beginnen",
    # one's own funeral wishes, in good health, on time
    "ik wil mijn afscheid al regelen: welke muziek, wie er spreekt. ik ben 88 en kerngezond, ik regel graag alles op tijd",
    # a pet the vet lets go
    "de dierenarts zegt dat we de hond beter laten inslapen, hij heeft te veel pijn. zaterdag nemen we afscheid van hem",
    # a shift in intensive care
    "nachtdienst op de IC, morfine klaargemaakt voor een patiënt, dubbele check gedaan",
])
def test_the_false_alarm_class_stays_quiet(text):
    tier, families = _rules(text)
    assert tier is None, (tier, families)


@pytest.mark.parametrize("text", [
    "gisteren 9 bier gedronken, ik wil gewoon dood",
    "na het feest wil ik dood zijn, niemand ziet me staan",
    "ik ga dood, ik wil niet meer",
    "ik wil nooit meer wakker worden",
    "mijn save is weg en het heeft allemaal geen zin meer om te leven",
    "ik wil mijn afscheid al regelen. bedankt voor alles, ik hou van jullie, morgen ben ik er niet meer",
    "de dierenarts komt voor de hond. zorg goed voor hem, ik wil er niet meer zijn",
    "ik heb het op de IC al eens geprobeerd met morfine, ik wil niet meer leven",
])
def test_the_alarm_twin_of_a_false_alarm_keeps_the_panel(text):
    tier, families = _rules(text)
    assert tier == ACUUT, (tier, families)


@pytest.mark.parametrize("text", [
    # means saved with a plan, in a long message that mentions gaming elsewhere
    "na het werk game ik tot laat. mijn slaappillen spaar ik op in een la voor als het niet meer gaat",
    # looked up how much of a means I need
    "lol ik heb al opgezocht hoeveel pillen ik nodig heb",
    # something arranged, and tomorrow nothing matters any more
    "mijn hond heb ik al naar mijn broer gebracht. morgen maakt het allemaal niet meer uit",
    # not eating, and slowly disappearing
    "ik eet al een week niet meer. als ik langzaam verdwijn is het ook goed",
    # skipping vital care so that it happens by itself
    "ik sla mijn insuline al dagen over en hoop dat het vanzelf gaat",
    # something happening to me would be no loss
    "als er iets met mij gebeurt op de werf vind ik dat niet erg",
    # a blade over my own body, with a laugh
    "haha nog een saaie vergadering en het mesje gaat weer over mijn arm",
    # giving a pet away and not saying why
    "wil jij mijn kat nemen? vraag niet waarom, het is beter zo",
    # forgiveness for what I am about to do
    "ik hoop dat god mij vergeeft wat ik van plan ben",
    # thanks, and news about me to come
    "bedankt voor alles. mocht je binnenkort iets over mij horen, het lag niet aan jou",
])
def test_the_acute_kind_reaches_the_acute_tier(text):
    tier, families = _rules(text)
    assert tier == ACUUT, (tier, families)


@pytest.mark.parametrize("text", [
    "ik heb al opgezocht hoeveel strips ik nodig heb om de verzameling compleet te lezen",
    "de deadline is vandaag, morgen maakt het niet meer uit wat ik inlever",
    "ik eet al drie dagen niet door de buikgriep, ik verdwijn bijna in mijn broek",
    "ik sla mijn pillen een dag over op advies van de dokter, de verkoudheid gaat vanzelf over",
    "als er iets met mijn auto gebeurt vind ik dat niet erg, hij is oud",
    "wil jij mijn kat nemen vanaf volgende week? vraag niet waarom, het is een verrassing",
    "ik hoop dat god mij vergeeft wat ik gedaan heb",
    "bedankt voor alles. mocht u iets over mij horen via de school, bel me dan even",
])
def test_the_near_miss_of_an_acute_kind_stays_below_the_panel(text):
    tier, families = _rules(text)
    assert tier != ACUUT, (tier, families)


# ----- the two refit blockers of round 25 and perceived burden alone -------------------------------------------


@pytest.fixture
def eager_score(monkeypatch):
    """The shipped weights with a threshold of zero: any message the score may read gets the gentle line."""
    from vraaghulp.coach.crisis import opinion

    monkeypatch.setattr(opinion, "_loaded", [{**opinion.weights(), "drempel": 0.0}])


@pytest.mark.parametrize("text", [
    "Het mes ligt al klaar voor de kalkoen, snijd jij het brood?",
    "kun jij de taart snijden? het mes ligt bij het aanrecht",
    "ik snij de uien en jij het vlees",
    "het broodmes is bot, ik heb het stokbrood met de schaar gesneden",
])
def test_cutting_food_is_no_self_harm(text):
    found = _concepts(text)
    assert not {"zelfletsel", "net-letsel"} & found, found
    assert _rules(text)[0] is None


def test_a_kitchen_knife_is_no_means():
    assert "middel" not in _concepts("Het mes ligt al klaar voor de kalkoen, snijd jij het brood?")
    assert "middel" in _concepts("ik heb een nieuw mes gekocht, niet voor de keuken")


@pytest.mark.parametrize("text", [
    "ik snij mezelf weer",
    "ik heb weer gesneden",
    "weer gesneden in mijn armen",
    "ik heb het broodmes gepakt en in mijn arm gesneden",
    "na het brood snijden heb ik mezelf weer gesneden, expres",
])
def test_self_harm_cutting_still_alarms(text):
    assert _rules(text)[0] == ACUUT


@pytest.mark.parametrize("text", [
    "ik zet mijn koptelefoon op, dan heeft niemand meer last van me",
    "ik speel voortaan gitaar in de garage, dan heeft niemand meer last van mijn lawaai",
])
def test_a_burden_of_sound_keeps_the_score_out(eager_score, text):
    assert "geluid-last" in _concepts(text)
    assert assess(text).tier is None


@pytest.mark.parametrize(("text", "tier"), [
    ("ik ben iedereen tot last", ZORG),
    ("Voor de zoveelste keer ben ik iedereen tot last", ZORG),
    ("ik ben iedereen tot last, ik wil weg", ACUUT),
    ("ik ben iedereen tot last. bedankt voor alles", ACUUT),
    ("ik ben iedereen tot last, ze zijn beter af zonder mij", ACUUT),
    ("zonder mij hebben ze geen last meer", ACUUT),
    ("ik zet mijn koptelefoon op. ik ben iedereen tot last, ik wil verdwijnen", ACUUT),
    ("ik lig de kinderen alleen maar tot last, als ik er niet meer was hoefden ze niet elke week te komen", ACUUT),
])
def test_burden_alone_is_the_gentle_tier_and_with_a_wish_or_farewell_the_panel(text, tier):
    assert _rules(text)[0] == tier


@pytest.mark.parametrize("text", [
    "ik ben iedereen tot last met mijn verhuisdozen, ik wil weg van hier naar een ander land",
    "sorry dat ik iedereen altijd tot last ben, kun je me helpen?",
])
def test_burden_beside_an_ordinary_way_out_is_no_panel(text):
    assert _rules(text)[0] != ACUUT


@pytest.mark.parametrize("text", [
    "mijn zus die niet meer wil sporten, ik wil dat ook",
    "mijn vriendin die niet meer wil fitnessen, ik wil dat ook",
])
def test_a_habit_given_up_keeps_the_score_out(eager_score, text):
    assert "gewoonte-stoppen" in _concepts(text)
    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "mijn zus wil niet meer sporten, ik wil niet meer leven",
    "ik wil niet meer sporten en ook niet meer wakker worden",
])
def test_a_habit_beside_a_wish_still_alarms(text):
    assert assess(text).tier == ACUUT
