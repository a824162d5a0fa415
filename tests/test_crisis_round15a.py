"""Causes mended in round 15 (cr32a), each in fresh wording (not in any corpus file): what the
fresh outside file tuning13-m (adults and older voices, 44 % Flemish) showed, mended as a class.

- Missed alarms: a boarding denied at a dangerous place in any verb or with a word between
  (begrip ontkend-doel); an ending without an object at a place (begrip einde-doel in
  plek-en-nood; it also stops 'uitzicht' counting as an ordinary view); how much is enough for a
  human being with the ordinary target (an animal, a patient) denied, also for a drug no list
  names (samen dosis-mens-ontkend; euthanasia drugs as a means); the ellipsis 'ik zie het niet
  meer zitten met X en ook niet meer met mezelf' (the exclusion no longer masks it, and it gives
  the gentle line).
- Acute kept at the gentle tier: insulin or other care injected or used no more with a time between,
  in either word order (begrip stoppen); a letter 'voor wie hem vindt' beside a farewell, even one
  that looks ordinary (samen afscheid-brief-vinder).
- False panels: 'niet meer wakker worden' after praise of a bed, a hotel or sleep; 'er niet meer af /
  naartoe' (a direction, not being gone; 'tussen' and 'bij' stay being gone); 'niemand zou het
  merken als ik die vergadering oversla' (a named thing skipped).
- False gentle lines: 'dood' after a party, a ride or a move; someone else who lies dying; story
  roles (hoofdpersoon, actrice) as fiction, and a reaction to a finale or a book.
- A character's jump in main-clause order followed by 'dat wil ik ook' is acute (navolging), a stunt
  admired is not.
Each harmless kind has alarm lines of the same surface beside it that keep their tier.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

# (cause, expected tier or None, text)
CASES = [
    # A: a boarding or sailing denied at a dangerous place, in any verb
    ('A', 'acuut', 'ik sta bij de overweg achter het station, maar ni om op te stappen'),
    ('A', 'acuut', 'sta aan de kade bij de veerpont, niet om zelf mee te varen'),
    # B: an ending without an object at a place ('om ermee te eindigen'), not 'de avond mee te eindigen'
    ('B', 'acuut', 'ik sta op de bovenste verdieping van de parking, schoon plekske om ermee te eindigen'),
    ('B', 'acuut', 'zit op de dijk bij de sluis, rustig moment om ermee op te houden'),
    ('B', None, 'we fietsen naar de dijk om de avond mee te eindigen met frietjes'),
    # C: how much is enough for a human with the ordinary target denied, any drug
    ('C', 'acuut', 'jij bent toch dierenarts, hoeveel barbituraten is genoeg voor een mens? niet voor de koe deze keer'),
    ('C', None, 'hoeveel ibuprofen is genoeg voor een volwassene met spierpijn na het sporten?'),
    # D: 'zie het niet meer zitten met X' and then 'ook niet meer met mezelf'
    ('D', 'zorg', 'ik zie het niet meer zitten met de boerderij en eerlijk gezegd ook niet meer met mezelf'),
    ('D', None, 'we zien het niet meer zitten met de camping en ook niet met de buren daar'),
    # E: care injected or used no more with a time between, in either word order
    ('E', 'acuut', 'ik prik sinds zondag mijn insuline nie meer, dan gaat het vanzelf wel'),
    ('E', 'acuut', 'mijn medicatie gebruik ik al een week niet meer, laat het maar vanzelf gebeuren'),
    ('E', None, 'ik gebruik mijn puffer sinds de verhuizing niet meer, mijn longen zijn vanzelf opgeknapt'),
    # F: a letter for whoever finds it beside a farewell, even a club's
    ('F', 'acuut', 'bedankt voor alle mooie jaren bij de fanfare. in mijn kast ligt een envelop voor wie hem vindt'),
    ('F', None, 'in de tuin ligt voor de paaseieren een envelop voor wie hem vindt, bedankt voor alles'),
    ('F', None, 'ik ben om zes uur thuis. op de koelkast ligt een briefje voor wie het eerst leest: de vaatwasser moet uit'),
    # G: not wanting to wake up after praise of a bed or a hotel (not after 'maar')
    ('G', None, 'wat een zalig hotel in de ardennen, ik wou echt niet meer wakker worden'),
    ('G', None, 'die nieuwe matras is een droom, ik wil gewoon niet meer opstaan'),
    ('G', 'acuut', 'fijn bed, maar ik wil niet meer wakker worden'),
    ('G', 'acuut', 'ik wil gewoon niet meer wakker worden'),
    # H: 'er niet meer af / naartoe' is a direction; 'er niet meer tussen' stays being gone
    ('H', None, 'de kat zit op het balkon van de buren en durft er niet meer af, heb je een ladder'),
    ('H', None, 'dat restaurant is te duur geworden, we gaan er niet meer naartoe'),
    ('H', 'acuut', 'ze zijn beter af als ik er niet meer tussen zit'),
    # I: nobody would notice if I skip a named thing
    ('I', None, 'niemand zou het merken als ik die saaie teamvergadering oversla, toch?'),
    ('I', None, 'als ik morgen die les skip, merkt niemand het'),
    ('I', 'acuut', 'niemand zou het merken als ik verdwijn'),
    # J: 'dood' after a party or a ride; 'was ik maar dood' stays
    ('J', None, 'na de bruiloft van mijn nicht was ik dood, heel de zondag in de zetel gelegen'),
    ('J', None, 'na die bruiloft was ik dood'),
    ('J', None, 'ik was dood na die cantus'),
    ('J', 'acuut', 'was ik maar dood na dat feest'),
    # K: someone else lies dying
    ('K', None, 'mijn grootvader ligt op sterven in het ziekenhuis, we gaan er vanavond heen'),
    ('K', None, 'bomma is aan het sterven, de familie komt samen'),
    ('K', 'acuut', 'mijn oma ligt op sterven en ik wil niet meer leven zonder haar'),
    # L: story roles are fiction; a character's jump in any word order plus 'dat wil ik ook'
    ('L', None, 'in dat boek springt de hoofdpersoon van een klif, ik moest ervan huilen'),
    ('L', None, 'die actrice springt in de serie van een dak, wat een spannende scene'),
    ('L', 'acuut', 'in de film springt de hoofdpersoon van een flat, dat wil ik ook'),
    # a role word is fiction only for someone else: the writer who is an actor keeps the panel
    ('L', 'acuut', 'ik ben actrice en ik sta op het dak van het theater, ik kan niet meer'),
    ('L', 'acuut', 'als hoofdrolspeler ben ik klaar, ik heb de pillen al gespaard voor vrijdag'),
    # M: not expecting to see the month out, beside a will (the refit's score had carried it alone)
    ('M', 'acuut', 'notaris, ik wil mijn testament regelen, ik geloof niet dat ik het jaar nog uitmaak'),
    ('M', None, 'ik denk niet dat ik de week uitmaak met dit werk, zo druk'),
]


@pytest.mark.parametrize(("cause", "expected", "text"), CASES, ids=[f"{c}:{t[:40]}" for c, _, t in CASES])
def test_round15a_cause(cause: str, expected: str | None, text: str) -> None:
    """An alarm line of each cause reaches its tier (acuut exactly; zorg at least the gentle
    line), and a harmless neighbour gets nothing at all."""
    tier = assess(text).tier
    if expected is None:
        assert tier is None, (cause, text, assess(text).signals)
    elif expected == "acuut":
        assert tier == "acuut", (cause, text, assess(text).signals)
    else:
        assert tier in ("zorg", "acuut"), (cause, text, assess(text).signals)


def test_round15a_exclusions_leave_the_rest_of_the_sentence() -> None:
    """The ellipsis to the writer after an ordinary complaint is read, not masked with it."""
    found = assess("ik zie het niet meer zitten met de zaak, en ook niet meer met mezelf")
    assert found.tier is not None
    assert "wanhoop" in found.families


def test_round15a_named_skip_never_hides_a_goodbye() -> None:
    """Skipping a named thing is ordinary, but not when the writer then vanishes for good."""
    assert assess("niemand zou het merken als ik die les oversla").tier is None
    assert assess("niemand zou het merken als ik die les oversla en daarna voorgoed verdwijn").tier == "acuut"
