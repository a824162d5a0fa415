"""Review of round 16's crisis changes (rv16c): real alarms that the new cover stories, frames,
ellipsis reading and exclusions silenced or lowered, the new family `op-de-rand` where families
are listed, and three false alarms left open (a finished course of pills, dying together some day
as in a film, a cake knife).

Each alarm test puts the harmless words an exclusion looks for next to a real alarm; each failed
on main c309b9c (the round-16 merge).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised


# A cover story ([[tekst.dekverhaal]]) taken back, or the thing used, later in the message.
@pytest.mark.parametrize("text", (
    "Ik heb de pillen gespaard. Ze zijn voor de hond. Vanavond slik ik ze allemaal.",
    "Ik heb mijn slaappillen opgespaard. Ze zijn voor de kat, zeg ik tegen iedereen. Vannacht neem ik ze allemaal.",
    "k heb m'n medicijnen verzameld. die zijn voor de dierenarts. grapje, ik slik ze zelf vanavond",
    "'k Heb nen afscheidsbrief geschreven. 't Is voor de les, zogezegd.",
    "Ik heb een afscheidsbrief geschreven. Die is voor het toneel, als je dat gelooft.",
    "Ik heb de tabletten bewaard. Ze zijn voor de apotheek. Maar eigenlijk zijn ze voor mezelf.",
    "Ik heb mijn pillen gespaard. Morgen lever ik ze in bij de apotheek, als ik er dan nog ben.",
))
def test_a_cover_story_taken_back_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


def test_a_cover_story_that_holds_still_takes_the_alarm_away():
    assert assess("Ik heb een afscheidsbrief geschreven. Die is voor de schrijfles van donderdag, wil je hem lezen?").tier is None


# @gewoonlawaai: the noise is in the head, or life itself is what should stop.
@pytest.mark.parametrize("text", (
    "ik wil dat het stopt, dat lawaai in mijn hoofd, elke nacht",
    "'k wil da 't stopt, da gezeur in mijne kop",
    "ik wil dat het stopt, die regen en mijn leven ook",
))
def test_noise_in_the_head_is_no_noise_of_the_street(text):
    assert assess(text).tier in (ZORG, ACUUT)


def test_noise_of_the_neighbours_stays_nothing():
    assert assess("ik wil dat dat getimmer van de buren stopt, ik kan zo niet studeren").tier is None


# The ellipsis: only an idiom's source (laughing, boredom, hunger) makes "dood..." a pause only.
@pytest.mark.parametrize("text", (
    "ik wil dood... van de pijn in mijn hoofd, elke dag weer",
    "ik wil dood... van de stress op het werk, ik hou het niet meer vol",
))
def test_an_ellipsis_before_pain_or_stress_still_reads_as_an_end(text):
    assert assess(text).tier == ACUUT


def test_an_ellipsis_before_an_idiom_source_is_a_pause():
    assert normalised("ik wil dood... van de verveling") == " ik wil dood van de verveling "
    assert assess("ik wil dood... van de verveling in die les, wie heeft er kauwgom").tier is None


# Round-16 frames (frames.py) given way to by what the same message says.
@pytest.mark.parametrize("text", (
    "ik doe mezelf pijn met die nieuwe schoenen, en met het scheermesje van papa",
    "Ik doe mezelf pijn, niet met schoenen, met een mesje.",
    "ik wil nooit meer wakker worden, niet door de kater, gewoon nooit meer",
    "'k ben ni suicidaal ofzo, maar 'k zou liefst nie meer wakker worden",
    "ik verhuis naar de hemel, als ik er niet meer ben is mijn fiets voor jou",
))
def test_a_frame_gives_way_to_a_blade_a_denied_reason_or_a_hedge(text):
    assert assess(text).tier == ACUUT


def test_a_denied_wish_without_a_hedge_keeps_its_gentle_line():
    assert assess("Ik ben niet suïcidaal hoor, alleen moe van de verhuizing. Kom je vrijdag helpen?").tier == ZORG


# A plan with a time and a means, after an earlier try ("vroeger" + "nu").
@pytest.mark.parametrize("text", (
    "ik heb het vroeger geprobeerd en nu ga ik het vanavond doen met pillen",
    "'k ga het morgen doen met de pillen, niemand moet het weten",
))
def test_a_plan_with_a_time_and_a_means_is_acute(text):
    assert assess(text).tier == ACUUT


def test_a_plan_with_the_rope_of_a_swing_is_nothing():
    assert assess("we gaan het vanavond doen met het touw voor de schommel in de tuin").tier is None


# Three false alarms left open by round 16, and their alarm twins.
@pytest.mark.parametrize("text", (
    "Ik heb alle pillen van de kuur genomen zoals de huisarts zei, mag ik weer sporten?",
    "alle tabletten van mijn antibioticakuur ingenomen, nu nog de controle bij de dokter",
    "Mijn man en ik willen ooit samen sterven, als we heel oud zijn, net als in The Notebook.",
    "We willen ooit samen sterven, zoals in The Notebook. Zo romantisch.",
    "Het mesje voor de taart ligt klaar, neem jij de kaarsjes mee?",
    "het mesje van de kaas ligt klaar op de plank",
))
def test_a_course_of_pills_a_film_wish_and_a_cake_knife_are_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik heb alle pillen van de kuur in 1 keer geslikt",
    "ik heb in een keer alle pillen van de kuur genomen",
    "Ik heb alle pillen van de kuur genomen en ik voel me heel suf en misselijk.",
    "alle pillen van de kuur genomen, sorry mama",
    "we willen samen sterven, zoals Romeo en Julia, maar dan vannacht",
    "we willen ooit samen sterven, zoals in the notebook, en ooit is vannacht",
    "het mesje voor mijn armen ligt klaar in mijn etui",
    "het mesje voor de taart ligt klaar, en het andere mesje ligt onder mijn kussen",
))
def test_the_same_words_as_an_alarm_keep_the_panel(text):
    assert assess(text).tier == ACUUT


# The new family `op-de-rand`: lowered in a game like `gevaar-plek`, and the two never add up.
@pytest.mark.parametrize("text", (
    "in minecraft zit ik op de rand van het dak van de flat, kom je ook online?",
    "in de game sta ik op de rand van de brug, hoe kom ik verder in dit level?",
    "ik zat als kind vaak op de rand van het dak van de schuur",
))
def test_the_edge_in_a_game_or_a_childhood_is_no_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", (
    "ik zit op de vensterbank van de 8ste verdieping. zorg goed voor de kat",
    "'k zit op de reling van de brug. zeg tegen ons ma dat ik van haar hou",
    "ik zit op de rand van het dak van de flat. als kind speelde ik hier",
))
def test_an_ordinary_word_in_another_sentence_leaves_the_edge_acute(text):
    assert assess(text).tier == ACUUT


def test_op_de_rand_and_gevaar_plek_count_as_one_worry():
    from vraaghulp.coach.crisis import compiled_rules
    from vraaghulp.coach.crisis.engine import Signal, decide

    signals = [Signal("op-de-rand", "zorg", "x"), Signal("gevaar-plek", "zorg", "y")]
    assert decide(compiled_rules(), signals)[0] == ZORG


# Everyday idioms and ordinary reasons beside the real thing (the exclusions look further now).
@pytest.mark.parametrize("text", (
    "ik heb een strop geknoopt bij de scouting, die hangt nu aan mijn zolderbalk",
    "Ik heb lang genoeg gevochten voor die baan en voor mijn leven, ik stop ermee.",
    "zeg de fysio maar af, ik ben er volgende week niet meer, niet op vakantie, voorgoed",
    "ik ga slapen en hoop dat alles dan voorbij is, voorgoed, die examens kunnen me niks meer schelen",
))
def test_an_idiom_or_a_reason_beside_the_real_thing_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "ik ga slapen en hoop dat die examens dan voorbij zijn, voorgoed",
    "zeg de kapper af, ik ben er dan niet meer want ik heb een nieuwe baan in Utrecht",
    "ik heb genoeg pillen verzameld in de game voor de eindbaas",
))
def test_the_ordinary_reason_alone_stays_nothing(text):
    assert assess(text).tier is None


def test_pills_in_a_game_that_are_real_too_keep_a_line():
    assert assess("ik heb genoeg pillen verzameld in de game, en in het echt ook, 60 stuks").tier in (ZORG, ACUUT)


def test_not_afraid_of_death_but_enjoying_nothing_keeps_a_line():
    assert assess("ik ben niet bang meer voor de dood, ik geniet van niks meer, ik wil gewoon gaan").tier in (ZORG, ACUUT)
