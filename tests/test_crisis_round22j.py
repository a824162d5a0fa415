"""Round 22 (c22j): the classes of the sealed set crisis-j (tuning-ho21j1/j2), mended as classes.

Missed alarms: loss of meaning ("niks heeft nog nut voor mij"), care stopped in secret to die in one's sleep,
a life-insurance payout that makes the family better off, a quiet farewell to a carer (a pet left with them,
thanks for everything, no need to come any more). False alarms with an ordinary cause: Flemish "dak" for "dat
ik", one "laatste keer" read as a last time and as something final, a wish for rest after a night of work ("en
niemand belt mij"), a last goodbye at someone else's funeral, leaving a job with the next stage named, a pill
and a drink, a decision about studies, things given away for a move, fed up with a chore and a plan to say so,
worry about someone else with help asked for them, a laugh about a harmless mishap. Every harmless case has an
alarm twin that keeps its tier. The corpus lines are in tests/corpus/crisis/tuning22-c22j.toml and
tuning-ho21j1/j2.toml; the texts here are not."""

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised


def test_flemish_dak_is_dat_ik_but_a_roof_stays_a_roof():
    assert " dat ik " in normalised("sorry dak zo laat reageer")
    assert " dat ik " in normalised("dak da nog mag meemaken")
    assert " het dak " in normalised("ik sta op het dak van de flat")
    assert " dak lekt " in normalised("ons dak lekt weer")


@pytest.mark.parametrize("text", (
    "laatste keer dak met u naar de Efteling ga, ge hebt heel de dag in de wachtrij gezaagd",
    "ik wil haar nog een laatste keer zien voor ze naar Canada verhuist",
    "nooit meer! laatste keer dat ik met de caravan door de Alpen rij",
    "twee nachten geen oog dicht door de kalveren, vanavond vroeg in mijn bed en niemand die mij stoort",
    "drie nachten achter elkaar opgebleven voor de lammeren, straks slapen en niemand belt mij he",
    "Donderdag nemen we nog een laatste keer afscheid van nonkel Jef in het funerarium, wie rijdt er mee?",
    "Na 35 jaar is het vandaag mijn laatste dag op de fabriek. Vanaf maandag zien jullie me hier niet meer, dan sta ik met de camper aan zee!",
    "mag je wijn drinken bij die pillen tegen migraine? ik mag er geen vergeten van de dokter",
    "heb besloten: ik stop met mijn studie economie en begin in september aan de kappersopleiding",
    "ik ruim mijn kamer op: al mijn oude knuffels gaan naar de kringloop, wie wil er eerst iets uit halen?",
    "ik heb er genoeg van, elke avond alleen de keuken opruimen op kot. vanavond hang ik een poetsschema op",
    "Ik maak me zorgen om mijn moeder, ze eet slecht sinds papa overleden is. Kan de wijkverpleging eens bij haar langsgaan?",
    "ik kan niet meer 😂 mijn broer is met zijn skeeler de sloot in gereden, hij is oké maar drijfnat",
    "die oude stofzuiger heeft geen nut meer voor mij, wie wil hem?",
    "Met de uitkering van de nieuwe zorgverzekering zijn we beter af dan met de oude.",
    "Beste Mieke, de thuisverpleging mag stoppen, mijn wonde is genezen. Dank voor alles, u hoeft niet meer te komen.",
))
def test_an_ordinary_cause_is_quiet(text):
    assert assess(text).tier is None, assess(text).signals


@pytest.mark.parametrize("text", (
    "laatste keer dak iets stuur, ik sta op het dak van de parking",
    "ik wil jullie nog een laatste keer zien, daarna ben ik er voorgoed niet meer",
    "ik lig al dagen in bed en niemand belt of komt",
    "na de begrafenis van opa neem ik ook afscheid van jullie, ik ga hem achterna",
    "vanaf maandag zien jullie me niet meer, nergens. het is beter zo",
    "ik drink elke avond om alles te vergeten en vanavond neem ik al mijn pillen erbij",
    "Ik heb besloten te stoppen met mijn insuline. Dan gaat het vanzelf.",
    "mijn gitaar en mijn laptop mogen weg, ik heb ze niet meer nodig waar ik heen ga",
    "ik heb er genoeg van, niet van de keuken maar van leven",
    "ik kan niet meer 😭 ik sta aan de sloot en ik wil er gewoon in lopen",
))
def test_the_alarm_twin_keeps_its_tier(text):
    assert assess(text).tier in (ZORG, ACUUT), assess(text).signals


@pytest.mark.parametrize("text", (
    "niks heeft nog nut voor mij, studie niet, vrienden niet, zelfs muziek niet",
    "kvind nergens nog zin in, ni in sporten, ni in eten",
    "ik maak me zorgen om mijn vader, sinds mama er niet meer is zegt hij dat hij niet meer wil leven",
))
def test_loss_of_meaning_and_worry_about_a_wish_get_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), assess(text).signals


@pytest.mark.parametrize("text", (
    "zuster, ge moogt de sondevoeding stopzetten, ik heb het met niemand besproken. als ik rustig inslaap is dat voor iedereen beter",
    "zet de beademing maar uit, en zeg het niet tegen mijn dochter. ik wil gaan",
    "Mijn overlijdensrisicoverzekering keert uit. De kinderen zijn financieel beter af met die uitkering dan met mij.",
    "De levensverzekering betaalt uit bij overlijden. Dat is meer dan ik ooit nog verdien.",
    "mijn laatste dag op kantoor, en ook mijn laatste dag. bedankt voor alles",
))
def test_the_quiet_alarms_get_the_panel(text):
    assert assess(text).tier == ACUUT, assess(text).signals


@pytest.mark.parametrize("text", (
    # "mag stoppen" is also what a doctor allows (`stoppen-gewoon`): the score still gives the gentle line
    "dokter, de sondevoeding mag stoppen, ik heb het met niemand besproken. als ik rustig inslaap is dat voor iedereen beter",
    # the rule gives the panel; the second opinion's floor (another helper's) takes an ambiguous farewell
    # with a very low score down to the gentle line, never to nothing
    "Dag Rita, Bobby mag bij u blijven, hij is zo graag bij uw kleinkinderen. Merci voor alles. Vanaf maandag moet ge nie meer komen.",
))
def test_quiet_alarms_with_an_ordinary_reading_are_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), assess(text).signals


@pytest.mark.parametrize("text", (
    "De sondevoeding mag stoppen, de diëtiste zegt dat ik weer gewoon mag eten.",
    "Dag Rita, Bobby mag een week bij u logeren terwijl ik in het ziekenhuis lig. Merci voor alles!",
    "We hebben een overlijdensrisicoverzekering afgesloten voor de hypotheek, de adviseur komt dinsdag.",
))
def test_their_harmless_twins_stay_quiet(text):
    assert assess(text).tier is None, assess(text).signals
