"""Round 58 (c58a): false alarms on outside authors' harmless lines, read by what makes the day ordinary.

Five kinds (`ordinary_kinds58`) take a gentle line the second opinion already calls plain to no tier: worn out and
glad of it in the same breath ('kapot maar content'), a farewell that is an event with drinks, a gift or a party,
a job said done with its next step, 'ik ga dood' said as a figure of speech to the listener, and a role given up with
its successor or its years. `said_end57`'s ordinary causes now read 'verhuizen' and 'we verhuizen niet'.

The twins are in tests/corpus/crisis/eigen71-c58a.toml and open/eigen71-c58a-open.toml (README of the crisis corpus,
"Round 58 (c58a)").
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.crisis import ordinary_kinds58

CORPUS = Path(__file__).parent / "corpus" / "crisis"
OWN = CORPUS / "eigen71-c58a.toml"
OPEN = CORPUS / "open" / "eigen71-c58a-open.toml"
NOTE = ", c58a): geen zorg"


def _lines(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["regel"]


def _quieted_by(text: str) -> str | None:
    found = assess(text)
    notes = [s.phrase for s in found.signals if s.phrase.startswith("gewone oorzaak") and s.phrase.endswith(NOTE)]
    return notes[0].split("(", 1)[1].split(",", 1)[0] if notes else None


def test_the_twins_are_real_and_harmless_lines_in_both_languages():
    lines = _lines(OWN) + _lines(OPEN)
    real = [line for line in lines if line["verwacht"] != "geen"]
    harmless = [line for line in lines if line["verwacht"] == "geen"]
    assert len(real) >= 10 and len(harmless) >= 10
    assert {line["taal"] for line in lines} == {"nl", "be"}
    assert len({line["stem"] for line in lines}) >= 15


@pytest.mark.parametrize("line", _lines(OWN), ids=lambda line: line["tekst"][:40])
def test_every_own_line_outside_open_gets_its_tier(line):
    assert (assess(line["tekst"]).tier or "geen") == line["verwacht"]


@pytest.mark.parametrize(("text", "kind"), [
    # outside authors' lines, moved back from open/ (tuning-ho57t1 #3, ho55r2 #1, ho56s2 #0)
    ("zondag met de kinders over de Zeelandbrug gefietst, 5 km tegenwind, ik was kapot mar het uutzicht was top",
     "moe-maar-blij"),
    ("dak van de Vanhoofs is af, klaar mee! ich ben kapot ma content. wie komt er een pintje drinken in den Ouden "
     "Brouwer?", "moe-maar-blij"),
    ("Zoveel ambras vandaag, ne mens die bijna van 't perron viel omdat hij op zijn gsm zat te kijken. Gelukkig had ik "
     "hem vast. Ik ben kapot maar content.", "moe-maar-blij"),
    # tuning-ho57t2 #0 and #3, ho55r1 #1, ho41d1 #5
    ("Vrijdag is't den afscheid van Marleen, 38 jaar bij De Lijn! We zamelen in voor een cadeau, steek iets in de "
     "enveloppe bij de dispatching. Daarna ene pinten in de Dulle Griet.", "afscheid-feest"),
    ("Zaterdag grote afscheidsfuif in 't Hemelrijk! Alle vaten moeten leeg, DJ Kenny draait, gratis hapjes. Kom nog "
     "ene keer afscheid nemen van ons café.", "afscheid-feest"),
    ("gasten mijn thesis is ingediend!! kben er zo klaar mee, eindelijk afscheid van die bib 🎉 vanavond pintjes",
     "afscheid-feest"),
    # tuning-ho57t1 #38, ho42e2 #4
    ("klaar mee met die kozijnen aan de Dorpsstraat, het dak van de schuur moet ook nog, ik ga morgen het dak op met de "
     "ladder als het droog is", "klaar-met-werk"),
    ("'k ben klaar met die werf in Gentbrugge eindelijk! dak dicht, stellingen weg. ik kan nie meer, 'k ga slapen",
     "klaar-met-werk"),
])
def test_an_ordinary_day_the_score_calls_plain_gets_no_gentle_line(text, kind):
    assert assess(text).tier is None
    assert _quieted_by(text) == kind


@pytest.mark.parametrize("text", [
    # the frame with the real twins' words beside it: the tier stays (the own corpus and outside lines alike)
    "ik ben kapot maar niemand ziet het, ik lach overdag en 's nachts lig ik te huilen",
    "ik ben kapot maar blij dat het bijna voorbij is. zeg tegen mama dat het niet aan haar lag, ik heb de pillen al "
    "klaar",
    "vrijdag mijn afscheidsdrink op 't werk, er is taart. daarna ga ik er nie meer zijn, mijn sleutels liggen bij Rudi "
    "en zorg goed voor mijn hond",
    "klaar met die werf en klaar met alles. morgen ga ik nog een keer het dak op en ik kom nie meer naar beneden",
    # real outside lines the second opinion also calls plain (tuning-ho29r2 #17; eigen57 #5)
    "staat op de brug bij de ijssel waar we vroeger gingen vissen. jas uitgedaan. laat maar",
    "ik ben er om vijf uur niet meer. de brug is niet ver van kantoor. iemand moet mijn werk overnemen",
])
def test_the_real_twins_keep_their_alarm(text):
    assert assess(text).tier is not None
    assert _quieted_by(text) is None


def test_a_panel_is_never_taken_to_nothing():
    # the same farewell party, but at the panel (no 'lijkt gewoon' from the second opinion): it stays (open/)
    text = "scriptie ingeleverd!! eindelijk afscheid van die studiezaal, ik ben er zo klaar mee. vanavond borrel?"
    assert assess(text).tier == "acuut"


@pytest.mark.parametrize(("text", "tier"), [
    # tuning57-cp #16 (moved back): 'verhuizen' is a move, as 'verhuis' was; a move denied after the verb is none
    ("mannen wie wilt er mijn voetbalschoenen en mijn koersfiets? ik ga ze ni meer nodig hebben, kruisband kapot en we "
     "verhuizen naar Gent. bedankt voor alles, ge waart de beste ploeg die ne mens kan hebben", None),
    ("mijn planten mogen naar Joke, ik heb ze niet meer nodig want we verhuizen naar een flat zonder balkon. bedankt "
     "voor alle jaren als buren", None),
    ("mijn planten mogen naar Joke, ik zal er niet meer zijn om ze water te geven. nee we verhuizen niet. bedankt voor "
     "alle jaren", "acuut"),
])
def test_a_move_said_with_verhuizen_quiets_the_farewell_shape(text, tier):
    assert assess(text).tier == tier


def test_leaving_an_authors_words_out_builds_kinds_that_still_read_the_frame():
    # tools/crisis_loao58.py builds the kinds again from fewer words: with every glad word but 'content' gone, the
    # frame still reads 'kapot maar content' and no longer 'kapot maar blij'
    words = dict(ordinary_kinds58.WORDS, glad=("content",))
    tired = ordinary_kinds58.build(words)[0].cause[0]
    assert tired.search(" ik ben kapot maar content ")
    assert not tired.search(" ik ben kapot maar blij ")
    assert ordinary_kinds58.build(dict(ordinary_kinds58.WORDS, party=()))[1].cause[1].search(" taart ") is None
