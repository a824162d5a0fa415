"""Review of round 17's crisis changes (rv17c): real alarms that the round's new frames and masks
quieted (a stranger's jump envied, a cold-water jump meant to end, an accident story taken back),
recall beside the round's "levend ben" and "voorgoed" readings, and false panels of the round's new
rules (trying again after a try, a life "hier", a razor to shave, a shard from a fall, "ik ben er
niet lang meer" at a club or a café, a task handed on "voorgoed", "voor goed slapen").

Every alarm and false-panel case failed on main 7fb3a3e (round 17 merged); the twins and the
quiet controls beside them (which pass on main too) guard the other side of each change.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


# sprong-ander-nieuws: a wish to have been the one who jumped is no news item (the frame was quiet).
@pytest.mark.parametrize("text", (
    "er is een meisje van het dak gesprongen op mijn school. ik wou dat ik haar was",
    "Die vrouw die van de brug sprong had gelijk, eerlijk gezegd.",
    "Er is een man van de toren gesprongen. Hij heeft het tenminste achter de rug, ik nog niet.",
))
def test_envying_a_strangers_jump_keeps_a_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


def test_a_strangers_jump_in_the_news_stays_quiet():
    assert assess("Ik las dat er een man van het viaduct is gesprongen. Zie ik je zaterdag bij de markt?").tier is None


# The jetty exclusion ("maar het water is koud") gives way to a jump meant to end quickly.
def test_a_cold_water_jump_meant_to_end_keeps_the_panel():
    assert assess("Ik wil van de steiger springen maar het water is zo koud, dan ben ik tenminste snel weg.").tier == ACUUT
    assert assess("Ik wil van de steiger springen maar het water is nog te koud, dan maar in juli.").tier is None


# The round's accident masks (rasp, mandoline, a pet that scratched "open") and a story taken back,
# in the same sentence or the next one.
@pytest.mark.parametrize("text", (
    "kheb me gesneden aan de rasp. dat vertel ik tenminste aan de juf",
    "iedereen denkt dat de kat mijn arm heeft opengekrast, maar dat kwam van mijn passer",
))
def test_an_accident_story_taken_back_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


def test_an_accident_with_an_ordinary_next_sentence_stays_quiet():
    assert assess("Ik heb me gesneden aan de rasp. Ik vertel het je morgen wel, nu eerst een pleister.").tier is None


# 'nog ben' is read 'levend ben': the same doubt said as a promise not given.
@pytest.mark.parametrize("text", (
    "Ik kan niet beloven dat ik er morgen nog ben.",
    "reken er maar niet op dat ik er volgende week nog ben",
    "Wie weet of ik er zondag nog ben.",
    "ik denk ni da ik er zaterdag nog ben",
    "Beste collega's, na vandaag hoort niemand meer iets van mij. Voorgoed.",
))
def test_not_promising_to_be_there_is_the_panel(text):
    assert assess(text).tier == ACUUT


# False panels of the round's new rules.
@pytest.mark.parametrize("text", (
    "Ik neem elke avond een pilletje voor goed slapen, melatonine van de drogist.",
    "Vegan eten? Ik heb het al eens geprobeerd, en nu wil ik het weer proberen in januari.",
    "Ik heb het al eens geprobeerd, stoppen met roken. Nu ga ik het opnieuw proberen.",
    "Na twintig jaar zet ik een punt achter mijn leven hier en verhuis ik naar Spanje.",
    "Ik wil stoppen met leven voor mijn werk en meer tijd nemen voor mezelf.",
    "Ik haal snel een scheermesje over mijn benen, het is rokjesweer.",
    "er zit nog een scherf in mijn been van die val door de ruit, morgen naar de huisarts",
    "Er zit nog een glasscherf in mijn kuit van het strand, hoe krijg ik die eruit?",
    "op de speelplaats hang ik me aan de tak als een aapje",
    "Ik ben er niet lang meer bij de scouts, volgend jaar ben ik te oud.",
    "Ik blijf hier niet lang meer, dit café is veel te lawaaierig.",
    "Ik wil dat die druk in mijn hoofd ophoudt, is dit migraine?",
))
def test_ordinary_lines_have_no_tier(text):
    assert assess(text).tier is None


def test_a_task_handed_on_for_good_is_no_panel():
    text = ("Beste collega's, na vandaag hoort niemand meer iets van mij over de kerstborrel: "
            "ik geef het stokje voorgoed door.")
    assert assess(text).tier != ACUUT


# The twins: the same surfaces with the alarm still in them.
@pytest.mark.parametrize("text", (
    "Ik zet een punt achter mijn leven hier op aarde.",
    "ik wil stoppen met leven voor ik 30 ben",
    "Ik ben er niet lang meer. Zorg goed voor de kat, ik hou van jullie.",
    "ik ben er niet lang meer. zeg tegen de klas dat het niet hun schuld is",
    "vorig jaar heb ik pillen geslikt om er niet meer te zijn en nu voel ik me weer zo",
    "ik heb het al eens geprobeerd en nu wil ik het weer",
    "weer met het scheermesje over mijn pols vannacht",
    "ik wil dat die stemmen in mijn hoofd ophouden",
    "ik wil er tussenuit. voor altijd.",
    "de kat heeft mijn arm opengekrast, zeg ik dan. ik doe het zelf, elke avond",
    "'k heb mij gesneden aan de mandoline. da's mijn smoes, ik doe het zelf",
))
def test_the_alarm_twins_keep_their_tier(text):
    assert assess(text).tier in (ZORG, ACUUT)
