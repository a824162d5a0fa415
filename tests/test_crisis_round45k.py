"""Round 45 (c45k): silent lines and crisis words with a call glued to them, each asserted at its tier, both ways.

A. 'ik wil ook niet meer': the normaliser keeps 'ook' and 'zelf' (they are no filler words), so the 'ik wil niet meer'
   patterns leave room for them; a polite 'nee dank je, ik wil ook niet meer' stays quiet;
B. a call run on after the crisis words without punctuation ('... bel eva', '... sms lotte') is a new clause for
   @zinseinde, so it no longer hides 'ik wil niet meer'; a wish to jump, pills taken or the railway track with such a call
   glued to it is the panel; a high place and a bare call ending the message is the gentle line;
C. new wordings: 'klaar met mezelf' (gentle), 'alles beëindigen' (panel), 'ik spring er (ook) af' with 'vannacht'
   (panel), jumping off a boat (gentle: a boat is no place for the panel), driving the car into the water (gentle; the
   panel with a time before it or 'dan is het klaar' after it);
D. harmless panels lowered: a condolence visit to a reader who lost someone ('wat erg dat je moeder overleden is, ik kom
   naar je toe': concept `rouw-lezer`), a race with 'maakt niet uit of ik aankom'; their alarming twins stay the panel.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess
from vraaghulp.datafiles import read_toml

PANEL = [
    # A
    "ik wil ook niet meer",
    "ik wil eigenlijk ook niet meer",
    "ik wil zelf ook niet meer",
    "ik wou ook niet meer",
    "en dus wil ik ook niet meer",
    # B
    "ik wil niet meer bel eva",
    "ik wil springen bel me aub",
    "ik ga springen, help",
    "ik wil springen sms mijn zus",
    "ik sta op het spoor bel mams",
    "ik zit op de rails help",
    "ik heb pillen genomen sms lotte",
    "ik heb te veel slaappillen ingenomen help",
    "ik heb zin om alles te beëindigen sms Lotte",
    "ik zie het ni meer zitten",
    # C
    "ik wil alles beëindigen",
    "ik denk erover om mijn leven te beeindigen",
    "vannacht spring ik er af",  # an older rule (eraf-erna) gives the panel, not the c45k signal
    "morgen rij ik met de auto van de dijk af het water in, dan is het klaar",
    "ik rij met de auto het kanaal in, dan is het voorbij",
    "vannacht rij ik de auto de gracht in",
    # D: the alarming twins
    "opa is overleden, ik kom naar je toe",
    "opa je bent overleden, ik kom naar je toe vannacht",
    "maakt niet uit of ik aankom",
    "ik rij zo hard als ik wil, maakt me niet uit of ik aankom",
    "ik loop de halve marathon zondag, maakt me niet uit of ik aankom, ik rij er met de auto heen",
]

GENTLE = [
    "ik ben klaar met mezelf",
    "ik ben klaar met mijzelf",
    "k ben zo klaar met mezelf",
    "ik wil springen",
    "ik ga ook springen",
    "ik ben op de brug bel eva",
    "ik sta op het dak sms papa",
    "ik ga van de boot springen",
    "ik rij met de auto het water in",
    # round 45 review (c45r2): 'ik spring er af' with 'vannacht' is the gentle line (the panel fell on parties, the night bus)
    "ik spring er ook af, vannacht",
    "ik spring er vannacht ook af",
]

QUIET = [
    # A
    "nee dank je, ik wil ook niet meer, ik zit vol",
    "ik wil ook niet meer naar die les",
    "hij wil niet meer zwemmen en ik wil ook niet meer wachten",
    # B
    "ik sta op de brug bel me als je er bent",
    "ik sta op spoor 5 bel mama",
    "ik sta op het perron bel mama",
    "ik wil springen bel me als je bij het zwembad bent",
    "ik ga springen op de trampoline",
    "ik heb een pijnstiller genomen, bel me straks",
    # C
    "ik ben klaar met mezelf aankleden, we kunnen gaan",
    "ik wil alles beëindigen met hem, de relatie is op",
    "ik wil alles beëindigen, het abonnement en de verzekering",
    "ik spring er ook af, de bus stopt hier",
    "ik ga van de boot springen, het water is lekker warm",
    "de gps stuurde me bijna het water in",
    "ik rij met de auto de pont op naar de overkant",
    # D
    "wat erg dat je moeder overleden is, ik kom naar je toe",
    "gecondoleerd met je vader, ik kom morgen naar je toe",
    "mijn deelneming, ik kom naar je toe als je wilt",
    # round 45 review (c45r2): the race exception is out (it silenced danger in the next sentence and a place beside it);
    # 'ik loop de marathon, maakt niet uit of ik aankom' is an open false panel again (crisis corpus open/)
    "ik vlog je",
]


@pytest.mark.parametrize("text", PANEL)
def test_panel(text: str) -> None:
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", GENTLE)
def test_gentle(text: str) -> None:
    assert assess(text).tier == ZORG, assess(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert assess(text).tier is None, assess(text)


def _round45_signals() -> list[dict]:
    data = read_toml("crisis_signalen")
    return [block for block in data["signaal"] if block["uitleg"].startswith("Ronde 45 (c45k)")]


def test_round45_signals_give_their_examples_and_not_their_counter_examples() -> None:
    blocks = _round45_signals()
    assert len(blocks) >= 8
    for block in blocks:
        for example in block["voorbeelden"]:
            found = assess(example)
            assert any(s.family == block["familie"] and s.level == block["niveau"] for s in found.signals), (example, found)
        for example in block.get("niet_voorbeelden", []):
            found = assess(example)
            assert not any(s.family == block["familie"] and s.level == block["niveau"] for s in found.signals), (
                example, found)
