"""Round 43 review (c43r): what the crisis review of c43 and c43z found (real lines lowered, harmless lines lifted).

The lines are the reviewer's (rev43c), each under the item of the brief it belongs to:
A. the workplace exception 'plek-werk' silenced real jumps: taken out (its harmless line is in open/);
B. a funeral one went to cancelled the writer's own farewell in the next sentence: 'ik volg hem' is following the dead;
C. 'schiet ik mezelf neer' was no signal of its own (only 'mezelf neerschieten' was);
D. a denied ordinary purpose with the real purpose or a reason right after it ('niet voor de tent. voor de boot.');
E. the English 'last message from me' without the farewell form ('did you get the last message from me?');
F. two of round 43's new gentle signals added up to the panel ('optellen = false': `Signal.alone`);
G. the roof + dying phone + 'kom je?' signal beside a place hint gave the panel;
H. harmless lines lifted to the gentle line by the new signals (emptiness of a thing, talking to plants, a market, a
   drill next door, 40 degrees in class, a paper round done gladly, 'waarvoor is die knop');
I. the despair signal's relief exception switched off on any ask for help.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess
from vraaghulp.coach.crisis.engine import Signal, decide

PANEL = [
    # A
    "laatste dag op mijn werk bij de haven. daarna spring ik in het water, bedankt voor alles",
    "laatste dag op mijn werk bij de haven, ik ga springen, dag allemaal",
    "werk al 20 jaar bij de sluis, vannacht spring ik erin, dag iedereen",
    "werk bij de sluis. vanavond spring ik erin. sorry",
    "morgen mijn laatste dienst bij de brug, dan spring ik eraf. vaarwel",
    # B
    "gisteren naar de crematie gegaan van mijn beste vriend. ik neem afscheid, ik volg hem",
    "na de uitvaart van mijn broer weet ik het: ik volg hem vannacht. afscheid genomen van iedereen",
    # C
    "na een laatste pils in het wapen van delden schiet ik mezelf neer. bedankt voor alles",
    "vanavond schiet ik mezelf neer",
    "ik schiet mezelf dood",
    "als ik één keer nog wakker word schiet ik mezelf neer",
    # D: the denied purpose alone, and a purpose that is the writer
    "touw gekocht. niet voor de tent.",
    "ik heb een touw gekocht. niet voor de verhuizing. sorry allemaal",
    # E
    "this is the last message you will get from me",
    "this is the last message you will ever get from me. sorry mam",
    "ok this is the last message you ll get from me. take care of mom",
    "this is probably the last message you get from me. i love you all",
]

NOT_PANEL = [
    # D
    "touw gekocht. niet voor de tent.  voor de boot.",
    "touw gekocht. niet voor de was. voor de boot",
    "touw gekocht. niet voor de hangmat. voor de tuin.",
    "zak touw gekocht bij de action. niet voor de kinderen. voor de geit",
    "touw gekocht? niet voor de tent. die heeft al scheerlijnen",
    # E
    "this is the last message from me as team lead, thanks for everything",
    "ignore the last message from me, wrong chat",
    "did you get the last message from me?",
    "the last message from me was wrong, the meeting is at 3",
    "scroll up to the last message from me for the address",
    "this is my last message from me in this thread, bye",
    "this is the last message from me about the party, promise haha",
    # F
    "heeft het allemaal geen zin meer, die level 40 boss, ik geef op lol",
    "we staan 5-0 achter, heeft het allemaal nog zin om door te gaan? ik geef op",
    "heeft het allemaal nog zin om door te gaan? ik kan niet meer zo, die training is te zwaar",
    "die vergadering, waar is dat allemaal goed voor geweest. ik kan niet meer zo",
    # G
    "ik zit op het dak, de kat zit vast, telefoon 3%, kom je alsjeblieft?",
]

QUIET = [
    # C: the hyperbole over an ordinary thing that must be done again (eigen46, tuning-ho35x1 stay as they were)
    "ik schiet mezelf neer als ik weer die opdracht over moet doen lol",
    "als ik nog één keer met jou ga bowlen schiet ik mezelf neer haha. volgende week revanche?",
    # D, E
    "touw gekocht. niet voor de tent.  voor de boot.",
    "did you get the last message from me?",
    "lol the last message you get from me this year, happy new year!!",
    # H
    "ik voel alleen nog leegte in mijn maag, wanneer is het eten klaar",
    "ik voel alleen leegte in mijn portemonnee haha",
    "ik voel alleen leegte na die finale, wat een wedstrijd was dat",
    "na het festival voel ik alleen nog leegte, post festival dip haha",
    "na de kerstvakantie is het kantoor zo leeg. het is allemaal zo leeg.",
    "de schappen in de supermarkt, het is allemaal zo leeg.",
    "het is allemaal zo leeg. de kinderen zijn op schoolreis",
    "ik praat alleen met de hond in het Engels, hij snapt er niks van",
    "ik praat alleen tegen mijn planten, lees dat dat goed is voor de groei",
    "discord is het enige waar ik nog met iemand praat over warhammer, de rest snapt het niet",
    "gin mens kump meer op de markt met dit weer, slecht verkocht vandaag",
    "gin mens kump meer naar de kerk, de pastoor is bedroefd",
    "ik kan niet meer zo. die buren met hun boormachine op zondag!",
    "k kan ni meer zo, die prof die zijn slides nooit online zet",
    "dit houdt niemand vol, 40 graden in de klas",
    "dit houdt geen mens vol, drie vergaderingen achter elkaar zonder koffie",
    "die trainingsschema's van de coach, dat houdt niemand vol",
    "de kleine slaapt niet door en dit houdt niemand vol, wie heeft tips",
    "ik ben op, elke dag om 6 uur naar de stal, maar ik doe het graag",
    "al weken aan het verbouwen, ik ben echt op, maar het wordt mooi",
    "al maanden stapelt het werk zich op, het lukt me niet meer om alles op tijd te doen, ik ga met mijn manager praten",
    "De laatste tijd is het erg druk op de afdeling. Ik ben op, ik neem volgende week vrij.",
    "Waarvoor? Waarvoor is die knop op de afstandsbediening?",
    "ik vraag me af waarvoor. die nieuwe regel op het werk snapt niemand",
    "nut van alles in dit spel is nul, die update heeft alles verpest",
    "Sinds de verbouwing ben ik op. Overal stof, elke dag de radio van de aannemer. Ik trek het bijna niet meer met die badkamer.",
    "dag in dag uit die bouwlawaai naast ons, niet meer te harden!",
]

GENTLE = [
    # H: the real lines of the narrowed signals keep the gentle line
    "Ik kan niks meer en nu voel ik alleen nog leegte.",
    "ik voel alleen nog leegte in mijn hoofd",
    "Mijn kinderen bellen nooit. Het is allemaal zo leeg.",
    "Sinds mijn vrouw weg is praat ik alleen nog met de hond.",
    "Dit forum is het enige waar ik nog met iemand praat.",
    "Gin mens kump meer.",
    "Ik kan niet meer zo, echt niet.",
    "ik kan niet meer zo, die gedachten in mijn hoofd",
    "Elke nacht wakker met de baby, dit houdt geen mens vol.",
    # I: asking for help is no relief
    "elke dag ben ik op, kun je me helpen? ik weet het niet meer",
    "elke dag hetzelfde, ik ben op. wie kan mij nog helpen",
    "elke dag zorg ik voor pa, ik ben op. kan jij zondag komen, anders weet ik niet wat ik doe",
]


@pytest.mark.parametrize("text", PANEL)
def test_real_lines_get_the_panel(text):
    assert assess(text).tier == ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", NOT_PANEL)
def test_harmless_lines_get_no_panel(text):
    assert assess(text).tier != ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", QUIET)
def test_harmless_lines_stay_quiet(text):
    assert assess(text).tier is None, (text, assess(text).signals)


@pytest.mark.parametrize("text", GENTLE)
def test_real_lines_keep_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), (text, assess(text).signals)


def test_a_gentle_signal_of_its_own_never_adds_up():
    """Two families at the zorg level give the panel, unless one of them is a gentle line of its own (`alone`)."""
    from vraaghulp.coach.crisis import compiled_rules

    rules = compiled_rules()
    both = [Signal("geen-zin", "zorg", "heeft het allemaal geen zin meer"), Signal("uitputting", "zorg", "ik geef op")]
    assert decide(rules, both)[0] == ACUUT
    alone = [both[0]._replace(alone=True), both[1]]
    assert decide(rules, alone)[0] == ZORG
    assert "alone=True" in repr(alone[0]) and "alone" not in repr(both[0])


def test_the_new_gentle_signals_are_marked_alone():
    found = assess("die vergadering, waar is dat allemaal goed voor geweest. ik kan niet meer zo")
    assert found.tier == ZORG
    assert {s.family for s in found.signals if s.alone} == {"geen-zin", "uitputting"}
