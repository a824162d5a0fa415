"""Round 44 (c44): crisis-f (tuning-ho43f1/f2) and the probe cp43 (tuning43-cp) brought in; each wrong line mended by
the reason it fired or missed, never by the line. The sentences here are new variants, none a corpus line.

Misses (the worst failure), by reason:
A. words the normaliser did not know: 'hoelang' typed as one word, 'kpas nergens' (ik pas nergens), Limburgish 'leeve';
B. a ferry as a dangerous place ('ik sta op de veerboot en ik wil springen');
C. a crash said to be fine, or not caring whether I arrive: 'van de snelweg af raken is ook goed', 'tegen de vangrail,
   dat zou wel oke zijn', 'maakt niet uit of ik aankom'.
False panels, by reason:
D. 'soms', 'vaak', 'af en toe' before an overdose verb are fillers and vanished: a habit read as an overdose now;
E. someone else not being there any more, with a verb between ('hij gaat er niet meer zijn', 'hij was er op het eind
   niet meer');
F. done with a medicine or a study ('ik ben klaar met die pillen van de dokter') read as 'ik ben klaar' and a means
   laid ready;
G. a farewell to a pet at the vet;
H. jumping off a ladder again tomorrow ('morgen spring ik er wel weer af').
Every exception has its alarming twin here, kept at the panel.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

NOW_GENTLE = [
    # A
    "ik ben op, al maanden, ik weet niet hoelang ik het nog volhou",
    "kpas nergens, nie op het werk nie bij mijn familie",
    # D: a habit of taking too much is a gentle line, not the panel
    "ik heb vroeger af en toe te veel pillen genomen",
    "ik heb vaak te veel pillen genomen, dat weet de huisarts",
]

NOT_PANEL = [
    # D: the habit without 'genomen' (no earlier-attempt reading) is not the panel either
    "ik heb soms te veel slaappillen geslikt",
]

NOW_PANEL = [
    # A
    "ik wil echt nie meer leeve",
    # B
    "ik sta op de ferry en ik wil springen, bel me aub",
    # C
    "als ik morgen van de snelweg af vlieg is het ook goed",
    "als die bus me pakt, dat zou wel oke zijn",
    "het maakt me niks meer uit of ik thuiskom",
]

TWINS_PANEL = [
    # D: a plan beside the habit, or the overdose said plainly
    "ik heb soms te veel pillen genomen, vannacht neem ik ze allemaal",
    "ik heb te veel pillen genomen, bel mijn moeder",
    # E: I am the one who will not be there
    "bedankt voor alles, als hij thuiskomt ben ik er niet meer",
    "ik ga er niet meer zijn op maandag, bedankt voor alles",
    # F: 'klaar met alles' beside pills laid ready
    "ik ben klaar met alles, de pillen liggen klaar",
    # G: a farewell at the vet beside a means
    "ik heb afscheid genomen bij de dierenarts, nu ben ik aan de beurt, de pillen liggen klaar",
    # H: jumping off it tomorrow, not again
    "morgen spring ik eraf, dan is het klaar",
]

STILL_QUIET = [
    # A
    "ik weet niet hoelang ik dit nog trek met die oude laptop",
    "ik pas nergens meer in, al mijn broeken zijn te klein",
    # B
    "we nemen morgen de veerboot naar texel, de kinderen willen op het dek staan",
    # C
    "het maakt niet uit of ik aankom om acht of om negen",
    # E
    "Onze buurman gaat met pensioen, hij gaat er niet meer zijn vanaf juni, we geven hem een afscheidsfeest.",
    "Mijn opa is gisteren overleden, ik heb nog afscheid kunnen nemen, hij was er op het laatst niet meer echt bij.",
    # F
    "ik ben klaar met die antibiotica kuur, het afscheid van de huisarts was kort",
    # G
    "Ons konijn is dood. We hebben afscheid genomen bij de dierenarts en het was mooi. Rust zacht Snuf.",
    # H
    "de hele middag op de trap gestaan om het plafond te verven, morgen spring ik er wel weer op, nu ben ik kapot",
]


@pytest.mark.parametrize("text", NOW_GENTLE)
def test_now_gentle(text: str) -> None:
    assert assess(text).tier == ZORG, assess(text)


@pytest.mark.parametrize("text", NOW_PANEL + TWINS_PANEL)
def test_now_or_still_panel(text: str) -> None:
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", NOT_PANEL)
def test_not_panel(text: str) -> None:
    assert assess(text).tier != ACUUT, assess(text)


@pytest.mark.parametrize("text", STILL_QUIET)
def test_still_quiet(text: str) -> None:
    assert assess(text).tier is None, assess(text)
