"""Round 18 (c18b): the classes tuning18-c18b (written before reading the rules) missed or
alarmed on wrongly.

- thinking of it again "om niet meer wakker te worden"; a belt or scarf hung on a beam; "daarna
  heeft niemand meer last van me"; "volgende keer spring ik" after sitting on an edge (the panel);
- unbearable pain that never stops, "zie het niet meer zitten met die schulden", feeling an empty
  shell for weeks, everyone having let me down, a date chosen "om ermee te stoppen" (the gentle line);
- harmless: a group-app role handed over, a time chosen to work through the night, a scratch card,
  an itching bite, a jump to rescue someone, grandpa's burial wish, retiring after Friday, parking
  on a car park's roof.

The cases under "new behaviour" fail on main b2d5173; the alarm twins guard the exclusions.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "vannacht heb ik er weer aan gedacht, om gewoon niet meer wakker te worden",
    "'k heb der vanavond weer aan gedacht om ni meer wakker te worden",
    "ge moogt het aan niemand zeggen maar 'k heb mijne riem al aan de balk op zolder gehangen",
    "mijn sjaal hangt al aan de haak in de garage, vastgeknoopt",
    "na de verjaardag van mn zus doe ik het. daarna heeft niemand meer last van me",
    "heb gisteren al op de rand van het balkon gezeten, volgende keer spring ik wel",
))
def test_new_behaviour_these_alarms_get_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "de pijn in mn rug is ondraaglijk en houdt nooit op",
    "ik zie het echt niet meer zitten met die schulden",
    "ik voel me al weken een lege huls, nergens zin in",
    "iedereen heeft me laten vallen, ik sta er helemaal alleen voor",
    "k heb de datum geprikt om ermee te stoppen, 14 maart, precies een jaar na oma",
))
def test_new_behaviour_these_get_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", (
    "jongens bedankt voor alles, dit is de laatste keer dat ik de groepsapp beheer, vanaf nu doet Sanne het",
    "de deadline is morgen om 9 uur, ik heb de tijd al gekozen: vannacht doorwerken tot het af is",
    "ik kras het kraslot open en natuurlijk weer niks",
    "niet krabben aan die muggenbult, dan wordt het alleen maar erger",
    "in het boek springt ze van de brug het water in om haar broertje te redden",
    "opa wil naast oma begraven worden, dat heeft hij netjes laten vastleggen",
    "na vrijdag zijn jullie van me af, dan ga ik met pensioen",
    "ik sta op het dak van de parkeergarage, daar is nog plek zat, kom maar",
))
def test_new_behaviour_harmless_lines_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik heb de riem van de hangmat aan de balk op zolder gehangen",
    "ik zet mijn koptelefoon op, dan heeft niemand meer last van me",
    "ik stond op de rand van de duikplank, volgende keer spring ik wel",
    "de pijn na de tandarts was ondraaglijk, maar gelukkig is hij nu over",
    "ik heb de datum geprikt om ermee te stoppen met roken: 1 januari",
    "ik heb vandaag nergens zin in",
))
def test_harmless_twins_of_the_new_alarms_stay_quiet(text):
    assert assess(text).tier is None


def test_thinking_of_the_alarm_clock_gets_no_panel():
    # the second opinion gives it the gentle line (also on main); the new death-wish rule must not fire
    assert assess("ik dacht eraan om de wekker uit te zetten, om niet meer wakker te worden van die herrie").tier != ACUUT


@pytest.mark.parametrize("text", (
    "bedankt voor alles, dit is de laatste keer dat ik iets van me laat horen",
    "ik heb de tijd al gekozen: vannacht, als iedereen slaapt",
    "ik kras weer, op mijn arm, en niemand weet het",
    "ik spring van de brug om mezelf te redden van dit leven",
    "ik wil naast oma begraven worden, liefst snel",
    "na vrijdag zijn jullie voorgoed van me af, het is goed zo",
    "ik sta op het dak van de parkeergarage, ik ben er klaar mee",
    "ik sta op het dak van de parkeergarage, er is geen plek meer voor mij in deze wereld",
    "die gedachten komen terug, om er niet meer te zijn",
    "ik stond vannacht op de brug. de volgende keer spring ik echt",
))
def test_alarm_twins_of_the_exclusions_keep_the_panel(text):
    assert assess(text).tier == ACUUT
