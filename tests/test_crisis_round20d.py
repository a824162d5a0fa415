"""Round 20 (c20d): quiet alarms people actually type, each class with harmless twins.

- a laugh no longer lowers a wish to die when a means, a plan or a farewell is in the same message
  ("lol ik wil gewoon dood ... en ik heb de pillen al"), nor a laughed means, plan or farewell beside a
  wish, a time or a thing made ready; "ik wil dood van schaamte lol" or a laugh beside ordinary pills stays;
- passive wishes in more words: "het mag van mij ophouden", "niet erg als er iets met mij gebeurt",
  "hopen dat het afgelopen is met mij", "als de lieve heer me komt halen is het goed";
- a last message for everyone made ready; grief or life that is unbearable ("niet te dragen");
- false alarms: rest after exams with everything arranged for a trip, a pet that does not eat, calm
  with an ordinary plan ("ik weet wat ik ga doen: een sabbatical").
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "lol ik wil gewoon dood, niemand snapt het en ik heb de pillen al",
    "haha 'k wil dood, 'k heb de pillen al liggen",
    "xD wil gwn dood, heb mn moeders pillen al op mn kamer",
    "hihi wil dood 🙂 touw ligt al in de garage",
    "wil dood lmao, heb al een touw gekocht",
    "haha ik wil echt dood, heb al opgezocht hoeveel ik moet innemen",
    "hahah ik spring gewoon van de parkeergarage, staat al in mn agenda voor vrijdag 😂",
    "heb mn afscheidsbrief al klaar liggen haha klinkt dramatisch maar ok",
))
def test_a_laugh_beside_a_means_plan_or_farewell_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "haha ik ga dood van het lachen, heb mn pillen al genomen btw",
    "lol heb de pillen al gekocht voor de reis, tegen wagenziekte",
    "lol mijn afscheidsbrief voor de klas ligt al klaar, vrijdag laatste dag",
    "lol kwil dood van schaamte, stond heel de presentatie me mijne gulp open",
    "heb opgezocht hoeveel ik moet nemen tegen de hoofdpijn, 2 paracetamol dus",
))
def test_a_laugh_with_ordinary_pills_or_a_work_farewell_stays_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "het mag van mij gewoon ophouden allemaal",
    "'t mag van mij allemaal gedaan zijn, 'k ben op",
    "'k zou het nie erg vinden moest er vannacht iets met mij gebeuren",
    "hoop dat er vannacht iets met me gebeurt eerlijk",
    "Ik hoop eigenlijk dat het snel afgelopen is met mij.",
    "Als onze lieve heer mij komt halen, dan is het goed.",
    "Ik ben 84 en heb mijn tijd wel gehad. Als ze me vannacht komen halen vind ik het goed, dan hoeft dit niet meer.",
    "heb voor iedereen een laatste berichtje klaargezet, wordt morgen vanzelf verstuurd",
    "heb een laatste mail voor mijn ouders ingepland voor zondag",
    "het verdriet om mijn zoon is ondraaglijk, ik wil alleen nog bij hem zijn",
    "eindelijk rust in mijn hoofd, alles is geregeld voor als ik er niet meer ben",
    "eindelijk rust, alles is geregeld met de aannemer en niemand hoeft nog voor mij te zorgen",
    "ik heb alles geregeld bij de notaris, niemand hoeft zich nog zorgen te maken om mij",
    "ik eet al dagen niks meer zodat het vanzelf ophoudt, de kat eet wel gewoon",
))
def test_quiet_passive_wishes_and_farewells_get_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "sinds tom weg is is alles gewoon nie te dragen",
    "het verdriet om papa is zo zwaar, ik krijg er geen adem meer van",
    "Het verdriet om Ellen voelt ondraaglijk, elke dag weer.",
    "ik heb mijn tijd gehad",
))
def test_unbearable_grief_gets_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", (
    "die regen mag van mij nu wel ophouden",
    "het mag van mij ophouden met regenen, de tuin staat blank",
    "als mama dit ziet is het afgelopen met mij haha",
    "als ze me morgen komen halen van 't station vind ik da goed, om 8 uur",
    "Ik heb mijn tijd gehad als trainer, laat de jongeren het nu maar doen.",
    "De laatste mail voor het project is klaargezet en gaat morgen automatisch naar de klant.",
    "de pijn na de bevalling was ondraaglijk maar ze is het allemaal waard",
    "alles is nie te dragen in een keer, helpt ge mee verhuizen zaterdag?",
    "examens gedaan!! eindelijk rust, alles is geregeld voor de reis naar kreta",
    "'k heb eindelijk rust, de verbouwing is af en alles is geregeld met den aannemer",
    "onze kat eet al twee dagen niks meer, morgen naar den dierenarts",
    "na die drukke maanden voel ik me eindelijk kalm, ik weet nu wat ik ga doen: een sabbatical!",
    "eindelijk rustig na die drukke periode, ik weet nu wat ik ga doen: een opleiding tot kok",
    "Ik vind het niet erg als er iets met me gebeurt tijdens de operatie, de chirurg is heel goed.",
))
def test_the_same_words_in_ordinary_use_stay_quiet(text):
    assert assess(text).tier is None
