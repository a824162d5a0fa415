"""Round 32 (c32b): tuning32-cx, the line between the gentle line and the panel. Its misses, wrong tiers and
false lines mended as kinds; each kind here with our own new variants (NL, Flemish, Limburg, chat spelling) and
harmless look-alikes, and the real alarm beside each narrowing. The rules alone (no test reads sealed text).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess


@pytest.mark.parametrize("text", [
    # a rope ready, then 'I just had to tell someone'
    "het touw hangt al op zolder. moest het even aan iemand kwijt",
    "de strop ligt al klaar in de kelder. ik wou het gewoon tegen iemand zeggen",
    # letters for a row of people, one of them close, laid where they will be found
    "ik heb de briefjes geschreven. voor papa, voor Noor en voor mijn coach. ze liggen in mijn la",
    "k heb brieven geschreven voor ma en voor mijn zus. ze liggen onder mijn kussen",
    # every subscription cancelled: after that day nothing is needed any more
    "kun je al mijn abonnementen opzeggen, de krant en de gym. na vrijdag heb ik niks meer nodig",
    # medicine boxes saved up until there are enough
    "weer een doosje van de apotheek bij de rest gelegd. het zijn er nu genoeg",
    "strips van de huisarts bij elkaar gelegd, nu heb ik er genoeg",
    # Limburg: my affairs in order, you will hear nothing more from me
    "alles is gerigeld. jim heuren niks mie van mie, dat is beter zo",
])
def test_quiet_indirect_lines_that_hold_the_real_thing_get_the_panel(text):
    assert assess(text).tier == "acuut"


@pytest.mark.parametrize("text", [
    # worn out, the ordinary reason denied
    "ik ben op. niet van het werk of zo, gewoon op. van alles",
    # an empty battery for months, not from sport, and sleep does not help
    "mijn batterij is leeg, en niet van het werken. al maanden zo",
    "me batterij is al weken leeg, slapen helpt nie",
    # at the end of one's rope, and home must not know
    "vertel het niet aan mijn moeder he, maar ik zit er echt doorheen",
    "niet tegen mijn pa zeggen, maar ik zit er compleet door",
    # a head too full, awake at night brooding
    "mn hoofd is zo vol dat ik ni meer kan slapen, om 4u lig ik wakker te piekeren",
    # doing everything but not there
    "ik werk, ik poets, ik lach op het werk, maar ik ben er niet bij",
    "ik kook en ik werk maar ik voel niks meer",
    # a burden of complaining, not 'better off without me'
    "mijn vrienden zijn beter af zonder mijn geklaag, ik hou mijn mond wel",
    # away for a week and nobody would notice: lonely, not gone
    "niemand zou het merken als ik twee weken nie kwam opdagen",
])
def test_heavy_lines_without_a_wish_or_a_plan_get_the_gentle_line(text):
    assert assess(text).tier == "zorg"


@pytest.mark.parametrize("text", [
    # a game, a maze, chess, traffic
    "geen uitweg in dat level met die eindbaas, iemand tips?",
    "in het maisdoolhof vonden we echt geen uitweg meer, wat een lol",
    "mijn koning had geen enkele uitweg meer, schaakmat in 12 zetten",
    "vast op de E40 in de file, geen uitweg, ik ben te laat",
    # the future of a thing, a firm, a job that ends
    "geen toekomst meer voor het oude zwembad, ze slopen het in mei",
    "mijn oude gsm heeft geen toekomst meer, scherm kapot",
    "geen toekomst voor mij bij die firma, ik heb al een nieuwe job",
    "mijn contract loopt eind mei af, dus ik zie daar geen toekomst meer",
    "voor dat café in onze straat is er geen toekomst meer",
    # dark from a power cut or paint
    "alles is zwart, de stroom is uitgevallen, heb je zaklampen?",
    "alles is zwart gelakt in de gang, strak he",
    # a burden gone
    "wat een last van mijn schouders, rijbewijs gehaald!",
    "die last ben ik kwijt, de aangifte is binnen",
    # away from a meeting or an evening
    "beter als ik er niet bij ben op dat etentje, ik ben snotverkouden",
    "het is beter als ik er niet meer ben bij die bespreking, ze beslissen toch alles zonder mij",
    "de ploeg is beter af zonder mijn gezeur over de opstelling",
    "niemand zou het merken als ik een week niet op het werk kwam, we werken toch thuis",
    # letters for Christmas, a book's ending
    "ik heb de brieven geschreven voor de nieuwjaarskaartjes, morgen post ik ze",
    "op het einde van de film springt hij van de brug, wat een slot",
    # tiredness, a phone battery, a full head for a party, a secret tattoo
    "mijn batterij is leeg, bel je straks terug",
    "mijn hoofd zit vol met de planning van de verhuizing, maar ik heb er zin in",
    "niet tegen mama zeggen, maar ik heb een nieuwe piercing",
    "ik zit er door na de examens, maar de vakantie komt eraan",
    "ge moogt da ni tegen ma zeggen mor ik zit erdoor, ik ben geslaagd!",
    "niet tegen mama zeggen, maar ik zit er helemaal door voor wiskunde",
    "mijn batterij is al weken leeg, ik moet een nieuwe accu voor de fiets kopen",
    "de pillen van oma bij de rest gelegd, het zijn er nu genoeg voor de vakantie",
    "zeg al mijn abonnementen op, na zondag heb ik niks meer nodig want ik verhuis naar Gent",
    "ik werk en ik kook maar ik voel niks van mijn hand sinds de verdoving",
])
def test_the_same_words_harmless_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "geen uitweg in dit spel en ook niet in mijn leven, ik wil dood",
    "geen toekomst meer voor mezelf, ik wil er niet meer zijn",
    "alles is zwart, ik wil niet meer leven",
    "op het einde van de film springt ze van de brug. dat wil ik ook",
    "niemand zou het merken als ik er niet meer was",
    "iedereen is beter af zonder mij",
])
def test_beside_those_narrowings_the_real_alarm_keeps_the_panel(text):
    assert assess(text).tier == "acuut"


def test_letters_to_post_get_no_panel():
    # the score gives it the gentle line, as on main; the new letters rule stays out
    assert assess("ik heb de brieven geschreven voor mama en papa, ze liggen op mijn bureau om te posten").tier != "acuut"
