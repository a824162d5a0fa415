"""Round 18 (c18d): the classes tuning18-c18d (written before reading the rules: alarms hidden in
ordinary messages, older and Flemish voices) missed, under-rated or alarmed on wrongly.

- the panel: tasks or children handed over "want 'k ga er nie meer zijn"; poison, a rope or pills
  set ready "voor mezelf"; "ge zult mij nie meer zien, nie op 't werk en ook nergens anders"; the
  whole pot of pills with a time and "doe ik het"; passwords sealed in an envelope in a drawer in a
  work handover "voor als ik er niet meer ben";
- the gentle line: "ik zie de zin nie meer van al da gedoe", "de zin is er af, van alles", "ik zie
  er geen gat meer in", unbearable pain nobody believes, "ik ben 91 en ik heb het wel gezien";
- harmless: leaving with a reason ("want vanaf maandag ben ik met pensioen"), a life insurance
  taken out, a debt repaid "dan zijt ge van mij verlost", "ik ben er niet meer op dinsdag", giving
  up on an insurer, a decision for a job and keys left for the movers.

The cases under "new behaviour" fail on main 96cc258; the alarm twins guard the exclusions.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "dag zus, Lowie moet naar den tandarts. Ge moet da allemaal overnemen want 'k ga er nie meer zijn tegen dan. zorgt ge goe voor hen?",
    "Ge moet de zaak overnemen, 'k ga er nie meer zijn. De sleutels liggen in de schuif.",
    "Met de schulden ga ik 't nie meer redden. 'k Ebbe de bestrijdingsmiddelen al klaargezet in de stal, voor mezelve.",
    "Na vrijdag zult ge mij nie meer zien, nie op 't werk en ook nergens anders. Zorgt goe voor mijn planten.",
    "Vanaf morgen zien jullie me niet meer, niet op kantoor en ook nergens anders. Het ga jullie goed.",
    "heb t hele potje lorazepam in mn tas zitten vnavond na t feestje doe ik het",
    "Beste Ingrid, hierbij de overdracht van mijn lopende dossiers. Mijn wachtwoorden heb ik in een envelop in de bovenste la "
    "gelegd, voor als ik er niet meer ben. Bedankt voor de fijne samenwerking al die jaren.",
))
def test_new_behaviour_these_alarms_get_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "Merci voor de kaart jong. Sinds Maria weg es, 'k zie de zin nie meer van al da gedoe.",
    "de zin is der een beetje af, van alles. wadde gij gedaan dit weekend?",
    "De melkprijs is weer gezakt. Ik zie er geen gat meer in.",
    "'k Zie er gene gat meer in, met mijn rug en mijn ogen en alleen in da huis.",
    "De pijn in mijn rug is ondraaglijk en niemand neemt me serieus. Zie jij Ellen nog zaterdag?",
    "Ik ben 91 en ik heb het wel gezien, eerlijk gezegd. Maar de koffie is goed.",
))
def test_new_behaviour_these_get_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", (
    "Ik heb alles zo geregeld da ge zonder mij verder kunt, want vanaf maandag ben ik met pensioen. merci voor alles",
    "jo Peter, sorry dat ik je die 500 euro nog niet terug heb gegeven. Vrijdag krijg ik salaris, dan krijg je het. Ik heb ook "
    "eindelijk een levensverzekering afgesloten voor Sandra en de kids, voelt goed. hou je goed man",
    "Sorry broer da 'k u nog nie terugbetaald heb. Volgende maand zijt ge van mij verlost, dan es alles afbetaald, beloofd.",
    "De sleutel heb ik bij Joke afgegeven. Ik ben er niet meer op dinsdag, maar wel op zaterdag!",
    "Ik heb lang genoeg gevochten tegen die verzekeraar, Sanne. Ik geef het op, ze betalen de schade toch niet.",
    "ik heb mijn besluit genomen: 'k neem de job in Leuven. De sleutels laat ik bij de buren voor de verhuizers.",
))
def test_new_behaviour_harmless_twins_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "Ik heb alles zo geregeld dat jullie zonder mij verder kunnen, ook na mijn pensioen en voorgoed. Bedankt voor alles, het is beter zo.",
    "ik heb een levensverzekering afgesloten, als ik er niet meer ben zijn ze beter af. hou je goed",
    "binnenkort zijt ge van mij verlost, voorgoed. de schulden betaalt de verzekering dan",
    "de sleutel ligt bij Karin. ik ben er niet meer, op dinsdag niet en nooit meer.",
    "ik heb mijn besluit genomen. de brief ligt op tafel en de sleutels bij de buren. het is goed zo.",
    "Ge zult mij nie meer zien, nie op 't werk en nergens meer. Ik heb de pillen al klaarliggen.",
))
def test_alarm_twins_of_the_exclusions_keep_the_panel(text):
    assert assess(text).tier == ACUUT


def test_giving_up_on_life_keeps_the_gentle_line():
    assert assess("ik geef het op, ik kan niet meer tegen dit leven vechten").tier in (ZORG, ACUUT)


# Twins that guard the new rules (quiet or alarming on main too; they must stay so).
@pytest.mark.parametrize("text", (
    "Ge moet mijn klanten overnemen want 'k ga er nie meer zijn vanaf juni, 'k ga met pensioen.",
    "ge gaat mij nie meer zien, nie op de les en nergens anders, 'k ga op erasmus naar Lissabon",
    "ik zie er geen gat meer in met die puzzel van 2000 stukjes, help jij zondag?",
    "ik ben 92 en ik heb het wel gezien, die voorstelling in de schouwburg, prachtig!",
    "ik heb pillen gekocht voor mezelf tegen de hoofdpijn",
    "Hierbij de overdracht voor mijn opvolger. De codes van de kluis zitten in een envelop bij IT, vanaf 1 mei werk ik bij de gemeente.",
))
def test_harmless_twins_of_the_new_rules_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "het rattengif staat al klaargezet in de schuur, voor mezelf. zeg het niet tegen moeder",
    "hele doosje oxazepam ligt in mn kamer vannacht doe ik het",
))
def test_alarm_twins_of_the_new_rules_keep_the_panel(text):
    assert assess(text).tier == ACUUT
