"""Round 15 (cr32b): mends by cause for tuning13-n (teen and student chat, gamers, half Flemish).

Each mend is tested as a class: the harmless wordings that got a tier before (they fail on the
code before the mend) and the alarm wordings next to them that must keep their tier.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


# A jump sport named before the jump from a height in the same sentence (cliffdiving, bungee,
# parachute): the sport, not a plan. Spelling variants of the sport count ("kliffspringen").
@pytest.mark.parametrize("text", (
    "we gaan kliffspringen in kroatie deze zomer, ik spring van de hoogste rots",
    "deze zomer doen we cliffdiving op Mallorca, ik spring zeker van de hoogste rots, kzijn zo benieuwd",
    "parachutespringen is mijn nieuwe hobby, zaterdag spring ik van de toren bij het vliegveld voor de training",
))
def test_a_jump_sport_before_the_jump_is_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "kliffspringen is niks voor mij, ik spring gewoon van de brug",
    "bungee is niks voor mij, ik spring van de brug zonder elastiek",
    "vroeger deed ik aan klifspringen, nu sta ik op de brug en wil ik springen",
    "cliffdiven hoeft niet meer, ik wil van die klif springen en nooit meer boven komen",
))
def test_a_jump_sport_turned_down_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


# "Niemand zou het merken als ik ..." an ordinary event skipped: nothing. Not being missed when
# gone, or pills, keep the panel; a month of silence in messages is a worry, not the panel.
@pytest.mark.parametrize("text", (
    "niemand zou het merken als ik die vergadering skip toch? heb toch niks bij te dragen vandaag",
    "zal niemand het merken als ik dat college spijbel? de prof neemt nooit aanwezigheden op",
    "niemand gaat het zien als ik wat vroeger vertrek van de borrel toch",
    "niemand zou het merken als ik de training van donderdag oversla, coach is er toch niet",
))
def test_nobody_noticing_a_skipped_event_is_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "niemand zou het merken als ik een week niks stuur, ge ziet het toch, niemand vraagt ooit iets",
    "niemand zou het merken als ik een maand niks post, ze vragen nooit hoe het met me gaat",
))
def test_nobody_noticing_silence_is_a_worry(text):
    assert assess(text).tier == ZORG


@pytest.mark.parametrize("text", (
    "niemand zou het merken als ik verdwijn, echt helemaal niemand",
    "niemand gaat het merken als ik vannacht al die pillen neem",
    "niemand zou het zelfs merken als ik morgen niet kom opdagen. nooit meer.",
))
def test_nobody_noticing_when_gone_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


# Something offered to anyone as in an advert, with the reason it is not used any more.
@pytest.mark.parametrize("text", (
    "iemand interesse in mn oude gitaar? ik speel toch nooit meer, gratis ophalen",
    "te koop: mijn skateboard, ik skate toch nooit meer, twintig euro of bieden",
    "wie wil mijn oude ps4? gratis af te halen in gent, ik game toch nooit meer",
))
def test_an_advert_for_something_not_used_any_more_is_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "mijn gitaar mag jij hebben, ik speel toch nooit meer",
    "jij mag mijn ps4 hebben, ik heb hem niet meer nodig waar ik heen ga",
    "mijn fiets is voor u, ik rij toch nooit meer, zorgt er goed voor",  # Flemish 'u' for 'jij'
))
def test_giving_to_someone_with_never_again_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


# Clothes that no longer fit are not "niks meer".
@pytest.mark.parametrize("text", (
    "ik geef al mijn oude kleren weg aan de kringwinkel, past toch niks meer, wie wil eerst kiezen",
    "kgeef mijn schoenen en mijn jassen weg, past allemaal niet meer na die groeispurt",
))
def test_giving_away_what_no_longer_fits_is_nothing(text):
    assert assess(text).tier is None


# A goodbye in a group chat with time offline for a reason is not a goodbye for ever.
@pytest.mark.parametrize("text", (
    "dit is mn laatste bericht in deze groep, ik ga ff offline voor de examens, doei allemaal xx",
    "laatste post voor een tijdje, ik ben een maand offline voor mijn thesis, doei iedereen",
    "mijn laatste berichtje hier tot na de blok, daag allemaal, kga studeren",
))
def test_a_goodbye_with_time_offline_is_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "dit is mijn laatste bericht, ik ga voor altijd offline, vaarwel allemaal",
    "laatste bericht van mij, doei iedereen, ik ga voorgoed offline",
))
def test_a_goodbye_offline_for_ever_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


# "Ik ben hopeloos" about a skill, with a laugh or a subject, is not despair.
@pytest.mark.parametrize("text", (
    "in fortnite ben ik weer als eerste doodgegaan, ik ben echt hopeloos 😂",
    "ik ben echt hopeloos met kaartlezen, we zijn alweer verkeerd gereden haha",
    "kben hopeloos lol, derde keer deze week dat ik mijn sleutels vergeet",
))
def test_hopeless_at_a_skill_is_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik ben hopeloos in alles wat ik doe",
    "ik ben hopeloos, niks lukt nog en ik weet niet waarom ik het probeer",
    "ik voel mij zo hopeloos de laatste tijd, alles is grijs",
))
def test_hopeless_about_oneself_stays_a_worry(text):
    assert assess(text).tier == ZORG


# What a character of a film or series does, as the rules read it: the score gives no gentle line
# for it. Writing (an essay, a story) keeps it; a viewer who wants the same keeps the panel.
@pytest.mark.parametrize("text", (
    "heb die film gezien waar da meisje van de brug springt, echt zwaar maar goe gemaakt",
    "gisteren een serie gekeken waar de hoofdrolspeler van een flat springt, heftig maar goed gespeeld",
))
def test_a_character_in_a_film_is_nothing(text):
    assert assess(text).tier is None


def test_a_written_story_or_essay_keeps_the_gentle_line():
    assert assess("ik schrijf een verhaal waarin de hoofdpersoon een afscheidsbrief schrijft, "
                  "hoe maak ik dat geloofwaardig").tier == ZORG
    assert assess("Een leerling van mij schreef in een opstel dat niemand hem zou missen als hij er niet "
                  "meer was. Hoe pak ik dit aan?").tier == ZORG


def test_a_viewer_who_wants_the_same_keeps_the_panel():
    assert assess("die film waar die jongen van de brug springt, dat wil ik ook doen").tier == ACUUT


# Relief after an ordinary ending further off in the same sentence (a break-up, exams done).
@pytest.mark.parametrize("text", (
    "k heb het uitgemaakt met tibo, kzijn der echt klaar mee, maar t gaat goe, eindelijk rust",
    "mijn examens zitten er allemaal op en ik heb mijn kamer opgeruimd, voor het eerst in maanden eindelijk rust",
    "kheb het uitgemaakt met mijn lief na twee jaar ruzie, raar gevoel maar eindelijk rust in mijn kop",
))
def test_relief_after_an_ordinary_ending_is_nothing(text):
    assert assess(text).tier is None


def test_sudden_calm_after_brooding_stays_an_alarm():
    assert assess("na al die maanden piekeren is het opeens stil in mijn hoofd, ik weet nu wat ik ga doen").tier


# "Niet meer te zoeken" (with "meer") is "niet te zoeken": beside a farewell or something arranged it
# is the panel; beside an errand or a night elsewhere it is nothing.
@pytest.mark.parametrize("text", (
    "beste team, dit is mijn laatste mail. bedankt voor alles, jullie hoeven mij niet meer te zoeken. "
    "de sleutels liggen bij de receptie",
    "lieve zus, je hoeft mij niet meer te zoeken, de kat gaat naar de buren",
    "jullie hoeven mij niet meer te zoeken, mijn spaargeld staat op de rekening van mijn broer",
))
def test_not_to_be_looked_for_any_more_is_acute(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "mama hoeft mij niet meer te zoeken na school, ik fiets voortaan zelf naar huis",
    "ge moet mij vanavond niet zoeken, ik breng de kat naar de dierenarts",
    "jullie hoeven mij vanavond niet meer te zoeken, ik slaap bij Sanne",
    "je hoeft me morgen niet meer te zoeken op kantoor, ik werk vanaf dan thuis, bedankt voor alles",
    "jullie hoeven mij vanaf volgende week niet meer te zoeken op kantoor, ik ga thuiswerken, bedankt voor alles",
))
def test_not_to_be_looked_for_on_an_errand_is_nothing(text):
    assert assess(text).tier is None
