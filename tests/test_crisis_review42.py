"""Round 42 review (c42r): the lines a read-only reviewer found made worse or falsely alarming by the round's crisis merges
(main 2bad77df before, faaa19cd after, 526 fresh lines), each asserted at its tier before the round or higher (a line
made worse), or as not acuut / quiet (a harmless line given a false panel).

A. a past wish now over was one worry at the gentle line (c42): it lowered present wishes beside a past one; taken out;
B. 'weer toekomst/hoop' as an exception to a reunion after death and to a relapse: taken out;
C. the gentle line's floor (c42z) lowered a borrowed story beside the writer's own place or act: every signal, hints
   included, must now be a borrowed reading, and 'ik ... zelf' in one sentence keeps the gentle line;
D. 'de hamster' as an animal gave way before 'mijn oxazepam' in the same clause: taken out;
E. dialect 'ut' as 'het' is also a chat typo for 'uit': taken out;
F. the jump with nothing to catch me gave the panel to sport, parties and business: its own level is zorg now (a hint
   signal made zorg by the rule `sprong-zonder-redding`, so that it does not lift itself), not 'eroverheen' or 'van
   vreugde'; a place beside it still gives the panel.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

PANEL_AGAIN = [
    # A: present wishes beside a past one (acuut before the round)
    "vroeger wou ik er niet meer zijn. nu wil ik er ook niet meer zijn.",
    "vroeger wou ik er niet meer zijn en nu opnieuw",
    "vroeger wou ik er niet meer zijn en nu alweer",
    "vroeger wou ik er niet meer zijn, tegenwoordig ook",
    "vroeger wou ik er niet meer zijn, momenteel nog steeds",
    "vroeger wou ik er niet meer zijn, nu nog steeds",
    "vroeger wou ik er niet meer zijn, en nu is dat gevoel er opnieuw",
    "vroeger wou ik er nie meer zijn en nu wil ik er ook nie meer zijn",
    "vroeger wou k er ni mr zijn en nu wil k er oek ni mr zijn",
    "toen ik jong was wou ik er niet meer zijn en dat wil ik nu nog",
    "als tiener wou ik er niet meer zijn. nu als volwassene ook",
    "vroeger wou ik er niet meer zijn, nu ben ik er morgen niet meer",
    "vroeger wou ik er niet meer zijn en dat gevoel is nooit weggegaan",
    "vroeger wou ik er soms niet meer zijn, nu elke dag",
    "vroeger wou ik er niet meer zijn, dat is nooit veranderd",
    "vroeger wou ik er nie meer zijn, tis nooit overgegaan",
    "vroeger wou ik er niet meer zijn. nu nog meer.",
    "vroeger vroeger vroeger wou wou ik ik er er niet niet meer meer zijn zijn",
    # A: a past wish said to be over (the panel before the round; acceptable, a gentle line on a present one is not)
    "vroeger wou ik er nie meer zijn, maar dankzij therapie zie ik weer toekomst",
    "vroeger wou ik er niet meer zijn, maar dankzij therapie gaat het nu goed",
    "vroeger wouden we er soms niet meer zijn, nu gaat het goed met ons",
    "vroeger wou ik er niet meer zijn, nu ben ik getrouwd en gelukkig",
    "vroeger wou ik er soms niet meer zijn, maar dat is al jaren voorbij",
    "jaren geleden wou ik er niet meer zijn, nu help ik andere jongeren",
    "toen ik puber was wou ik er niet meer zijn, nu gaat het goed met mij",
    "vroeger wou ik dood, nu ben ik ervaringsdeskundige",
    # B: hope again of a reunion after death
    "zie ik weer hoop? ja, de hoop dat ik opa snel terugzie aan de andere kant",
    "in de hemel zie ik weer toekomst, ik ga naar mijn broer",
    # D: the pet beside pills gathered
    "ik verzamel de hamster zijn voer en mijn oxazepam",
    # F: a place beside the jump with nothing to catch me
    "ik sta op het dak, geen airbag die me opvangt, ik spring",
]

GENTLE_AT_LEAST = [
    # C: a borrowed story beside the writer's own place or state (zorg before the round)
    "meneer op kamer 12 zei dat hij klaar is met leven, de arts is ingeschakeld. ik ben zelf ook op",
    "net die film gezien waar hij aan het eind van de brug springt, ik was er echt kapot van. ik sta nu zelf op die brug",
    "net die film gezien waar hij aan het eind van de brug springt, ik was er echt kapot van. ik sta nu op de brug",
    "in het boek springt het meisje van de toren, ik was er kapot van, nu sta ik zelf boven",
    # E: 'ut' as a typo for 'uit' (zorg before the round)
    "ik doe ut het licht voorgoed",
    # F: the jump with nothing to catch me alone (quiet or zorg before the round; the panel after c42)
    "geen airbag die me opvangt, ik spring",
    "ik spring, er is niemand die me tegenhoudt",
    "ik ga springen, niks dat me nog tegenhoudt",
    "IK SPRING, GEEN AIRBAG DIE ME OPVANGT",
    "ik spring, niemand die me opvangt, dag allemaal",
    "k spring der af, niemand die me opvangt",
    "ik ga springen want er is niemand die me opvangt",
]

NO_PANEL = [
    # F: sport, a party, business, joy (c42 gave them the panel)
    "ik ga springen met een parachute, niets dat me tegenhoudt",
    "nieuwjaarsduik: geen kou die me tegenhoudt, ik spring erin!",
    "geen scheidsrechter die me tegenhoudt, ik spring hoger dan iedereen bij het kopballen",
    "ik spring van vreugde, niemand die me tegenhoudt!",
    "geen vangnet dat me opvangt, ik spring toch in het avontuur van een eigen bedrijf",
    "geen werkgever die me opvangt, ik spring in het ondernemerschap",
    "zonder iemand die me opvangt spring ik uit het vliegtuig, solo skydive, eindelijk mijn brevet!",
    "ik ga springen op de bruiloft, geen dansvloer die me tegenhoudt",
    # the second review: 'niemand die me tegenhoudt' (a cheer) with the jump rule and isolatie gave the panel
    "ik spring, niemand die me tegenhoudt, de trampoline is van mij",
    "niemand die me tegenhoudt, ik spring morgen uit het vliegtuig met mijn instructeur",
    "ik spring op het podium, niemand die me tegenhoudt, we hebben het kampioenschap",
    "ik spring in het gat in de markt, niemand die me tegenhoudt",
    "ik spring vannacht op het feest op de tafel, niemand die me tegenhoudt",
    "ik spring in de armen van mijn vriend, niemand die me tegenhoudt",
    "k spring der af met de mountainbike, niemand die me tegenhoudt",
    "ik spring de dansvloer op, niemand die me tegenhoudt",
    "ik spring zo hoog als ik kan, niemand die me tegenhoudt",
]

QUIET = [
    # F: over a fence ('eroverheen' is no jump down)
    "bij het paardrijden: geen hek dat me tegenhoudt, ik spring eroverheen",
]


@pytest.mark.parametrize("text", PANEL_AGAIN)
def test_lines_made_worse_get_the_panel_again(text):
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", GENTLE_AT_LEAST)
def test_lines_made_worse_get_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), assess(text)


@pytest.mark.parametrize("text", NO_PANEL)
def test_harmless_jumps_never_get_the_panel(text):
    assert assess(text).tier != ACUUT, assess(text)


@pytest.mark.parametrize("text", QUIET)
def test_harmless_jump_over_a_fence_stays_quiet(text):
    assert assess(text).tier is None, assess(text)
