"""Round 19 (c19a): the classes the round-18 sealed set crisis-g (now tuning-ho18g.toml) missed,
under-tiered or alarmed falsely, each with twins on the other side.

- missed hopelessness and exhaustion: "ik zie niet hoe het ooit goed komt", "ik sleep mezelf van dag
  naar dag", "ik zie de zin van niks meer in", "ik ben al maanden op", "te wankelen van de stress";
- under-tiered: others better off with a parent "die er niet is" than with me; a bridge, track or flat
  looked up where nobody watches; "dit leven hoeft voor mij niet meer"; a platform or roof and "ik wil
  het allemaal niet meer"; a sudden calm and "voor als je mij komt zoeken"; "er voorgoed uitstappen"
  with "niemand die mij zou missen"; things put in someone's name and "geen gedoe meer met mij";
- false alarms: a retirement's "zijn jullie van me af, maar mijn mailadres blijft werken", hope ("zie
  ik weer licht"), a farewell letter as a school task.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "sinds het faillissement zie ik niet hoe het ooit nog goed komt",
    "'k zie ni hoe het ooit nog beter wordt met mij",
    "ik sleep me van de ene dag naar de andere sinds de verhuizing",
    "eerlijk, ik zie de zin van niks meer in",
    "ik ben al maanden volledig op, ik slaap niet meer",
    "ik loop te wankelen van de zorgen over geld",
))
def test_hopelessness_and_exhaustion_in_these_words_get_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", (
    "mijn dochter is beter af met een vader die er nooit is dan met iemand zoals ik",
    "ze zijn beter af met niemand dan met mij als moeder",
    "ik heb opgezocht welk viaduct geen hek heeft en waar niemand komt",
    "het leven hoeft voor mij niet meer, echt niet",
    "sta op het dak van de parkeergarage, ik wil het allemaal niet meer",
    "Ik ben ineens heel kalm. De reservesleutel ligt bij de buren, voor als jullie mij komen zoeken.",
    "ik wil er voorgoed uitstappen, niemand die mij zou missen",
    "ik heb mijn spaargeld op jouw naam gezet, dan hebben jullie geen zorgen meer aan mij",
))
def test_these_alarms_are_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "Collega's, na 31 jaar ga ik met vut. Vanaf vrijdag zijn jullie van me af, maar ik kom zeker nog langs.",
    "na de operatie zie ik eindelijk weer licht aan het einde van de tunnel",
    "voor taal moeten we een afscheidsbrief schrijven aan groep 8, wie helpt?",
    "ik zie niet hoe die verbouwing ooit goed komt met deze aannemer",
    "ik ben al maanden op zoek naar een huurhuis",
    "chips en cola, ik wil dat allemaal niet meer in huis",
    "ik heb uitgezocht op welke brug je de beste foto van de boten maakt",
    "het leven als student hoeft voor mij niet meer, ik wil werken",
    "jullie zijn beter af met een goede schilder dan met mij",
    "we hebben een leeg appartement gevonden in die flat",
))
def test_these_ordinary_lines_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "bedankt voor alles. vanaf vandaag zijn jullie van me af, voorgoed",
    "straks zijn jullie van me af, maar ik blijf altijd van jullie houden",
    "ik zie weer licht nu ik besloten heb om er een einde aan te maken",
    "ik heb mijn echte afscheidsbrief al klaar, geen opdracht voor school",
))
def test_the_alarm_twins_of_the_new_exceptions_keep_the_panel(text):
    assert assess(text).tier == ACUUT
