"""Round 55 (lead): a moment put into the ask right before the draft's own pointer at it is not offered as sure.

'Ik ben morgen van 9 tot 12 bij de tandarts. Kan iemand zolang op mijn baby letten?' came back sure as 'Kan iemand morgen
van 9 tot 12 zolang op mijn baby letten?' (p41-037): the moment said twice, the second time as a pointer at nothing.
moment_twice.py reads a moment that runs straight into 'zolang', 'die dag', 'dat weekend' … and withholds `zeker`.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import moment_twice, shrink
from vraaghulp.coach.krimp.lexicon import lexicon

DRAFT = ("Hallo buren, ik vind het een beetje gênant om hier te vragen. Ik ben morgen van 9 tot 12 bij de tandarts met "
         "mijn oudste. Kan iemand zolang op mijn baby van 7 maanden letten? Ik woon op nummer 23.")


def test_the_moment_before_its_own_pointer_is_not_sure():
    result = shrink(DRAFT)
    assert "baby van 7 maanden" in result.sentence and not result.sure
    assert moment_twice.CODE in result.withheld


def test_switched_off_it_was_sure(monkeypatch):
    monkeypatch.setattr(moment_twice, "said", lambda lex, sentence: False)
    assert shrink(DRAFT).sure


@pytest.mark.parametrize("sentence, said", [
    ("Kan iemand morgen van 9 tot 12 zolang op mijn baby letten?", True),
    ("Kan er iemand het weekend dat weekend mijn shift overnemen?", True),
    ("Kunt ge zaterdag die dag mee?", True),
    ("Kun je morgen dan even bellen?", False),  # 'morgen dan' is plain Dutch
    ("Kan iemand morgen van 9 tot 12 op mijn baby letten?", False),
    ("Kun je vrijdag, die dag ben ik vrij, even komen?", False),  # a mark between: not run together
])
def test_what_counts_as_run_together(sentence, said):
    assert moment_twice.said(lexicon(), sentence) is said


def test_a_plain_ask_with_a_moment_stays_sure():
    assert shrink("Kan iemand morgen van 9 tot 12 op mijn baby letten?").sure


# Round 55 (lead): a second request framed around words that already ask, or that ask nothing (second_form.py).
LETTER = ("Beste mevrouw Hoekstra,\n\nIk schrijf u omdat ik ergens mee zit. Sinds mijn vader in september is gevallen, "
          "zorg ik drie avonden per week voor hem, en daarnaast draai ik hier de vroege diensten.\n\nHet lukt me eerlijk "
          "gezegd niet meer goed. Zou het mogelijk zijn dat ik de komende twee maanden geen late diensten meer krijg?\n\n"
          "Met vriendelijke groet,\nNadia")


def _seconds(result):
    return [f.sentence for f in result.findings if f.kind == "meer-vragen"]


def test_a_fact_after_daarnaast_is_no_second_request():
    result = shrink(LETTER)
    assert "late diensten" in result.sentence
    assert not any("draai ik" in s for s in _seconds(result))


def test_a_second_question_that_already_asks_is_sent_as_asked():
    result = shrink("Chef, kunt ge morgen om 7u 20 zakken mortel laten leveren op de werf in Mortsel? "
                    "En moet ik de sleutel van de container bij u halen?")
    assert "Moet ik de sleutel van de container bij u halen?" in _seconds(result)
    assert not any(s.lower().startswith(("kunt ge moet", "kun je moet")) for s in _seconds(result))


def test_the_unframing_itself():
    from vraaghulp.coach.krimp import findings as fx, second_form

    framed = fx.make("meer-vragen", "moet ik de sleutel halen", sentence="Kunt ge moet ik de sleutel halen?")
    assert second_form.mended(framed, True).sentence == "Moet ik de sleutel halen?"
    assert second_form.mended(framed, False) is None
    plain = fx.make("meer-vragen", "de sleutel halen", sentence="Kunt ge de sleutel halen?")
    assert second_form.mended(plain, False) is plain
