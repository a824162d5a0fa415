"""Round 28 (k28b): speed without a changed result, a span that moves into the ask whole, what broke kept.

- speed: word readings cached per lexicon (memo.py: `is_infinitive`, the normalised words of a token), token
  classes cached, `Draft.word`/`is_word`/`content` read precomputed lists; the results must stay the same;
- a span pulled into the ask keeps its 'van' and its end ('van dinsdag tot vrijdag', 'dinsdag t/m donderdag'); an ask
  that says 'die dagen' gets no moment pulled in next to it: the sentence with the span stays (span_from.py);
- what broke, leaked or was lost, said right before a bare ask, goes back in front of the not-sure question; a
  sure result that cut it is not sure (reason_before.py).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import reason_before, shrink
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.memo import per_lex
from vraaghulp.coach.krimp.tokens import Draft, read_word
from vraaghulp.coach.krimp.verbs import _is_infinitive, is_infinitive


# ---------------------------------------------------------------- speed: caches give the same answers

@pytest.mark.parametrize("word", ["lopen", "meegaan", "opstaan", "keuken", "en", "gaan", "uitdoen", "verhuizen", "mensen"])
def test_cached_infinitive_is_the_rule_itself(word):
    lex = lexicon()
    assert is_infinitive(lex, word) == _is_infinitive(lex, word)
    assert is_infinitive(lex, word) == _is_infinitive(lex, word)  # the second time from the cache


def test_a_cache_belongs_to_its_lexicon_object():
    lex = lexicon()
    table = per_lex(lex, "k28b-test")
    table["x"] = 1
    assert per_lex(lex, "k28b-test")["x"] == 1
    other = object()
    assert "x" not in per_lex(other, "k28b-test")


@pytest.mark.parametrize("text", [
    "kzou je boor lenen, pliesss", "Heeej mischien kun je morgen t/m vrijdag", "Excuses!! 🙈 kunde gij da doen?",
])
def test_draft_words_match_the_tokens(text):
    d = Draft(text, lexicon())
    for i, t in enumerate(d.toks):
        assert d.word(i) == (t.norm[0] if t.norm else "")
        assert d.is_word(i) == (t.cls in ("w", "k"))
        if t.cls == "w" and t.fold != "t":
            assert read_word(d.lex, t.fold) == t.norm
    assert d.content(0, d.n) == [i for i in range(d.n) if d.toks[i].cls in ("w", "k")]
    assert not d.is_word(-1) and not d.is_word(d.n)


def test_the_same_draft_twice_gives_the_same_result():
    draft = ("Hoi Sam, sorry dat ik je stoor. Ik vroeg me af of je misschien zaterdag heel even zou kunnen helpen "
             "met de kast in elkaar zetten. Geen probleem als het niet lukt!")
    first, second = shrink(draft), shrink(draft)
    assert (first.sentence, first.sure, first.findings, first.dropped) == \
        (second.sentence, second.sure, second.findings, second.dropped)


# ---------------------------------------------------------------- a span moved in whole, once

@pytest.mark.parametrize("draft, span", [
    ("Hoi Ton, ik moet volgende week dinsdag t/m donderdag naar een cursus in Zwolle. Zouden wij misschien jullie "
     "auto mogen lenen?", "dinsdag t/m donderdag jullie auto"),
    ("Hé Lies, ik werk die week van maandag tot woensdag in Utrecht. Zou jij dan misschien de planten water kunnen "
     "geven?", "van maandag tot woensdag de planten"),
])
def test_a_span_moves_in_whole(draft, span):
    assert span in shrink(draft).sentence, shrink(draft).sentence


@pytest.mark.parametrize("draft, span, day", [
    ("Opaaa, ik ben van dinsdag tot vrijdag op kamp. Zou jij misschien mijn vissen eten willen geven die dagen?",
     "van dinsdag tot vrijdag", "dinsdag"),
    ("Meme, ik moet van maandag tot en met donderdag naar Brussel voor mijn werk. Zoudt ge misschien de hond "
     "willen uitlaten die dagen?", "van maandag tot en met donderdag", "maandag"),
    ("Hoi Ton, ik moet volgende week dinsdag t/m donderdag naar een cursus in Zwolle. Zouden wij misschien jullie "
     "auto mogen lenen die dagen?", "dinsdag t/m donderdag", "dinsdag"),
])
def test_die_dagen_keeps_the_span_it_points_at_and_says_it_once(draft, span, day):
    out = shrink(draft)
    assert span in out.sentence, out.sentence
    assert out.sentence.count(day) == 1, out.sentence  # never 'dinsdag tot vrijdag … die dagen' twice


def test_die_dagen_with_nothing_to_point_at_stays():
    out = shrink("Kun jij die dagen de post uit de bus halen? Ik ben op vakantie.")
    assert "die dagen" in out.sentence, out.sentence


def test_a_clock_span_keeps_its_van():
    out = shrink("pake kunde gij van woensdag tot zaterdag de kippen eten geven? wij zijn weg")
    assert "van woensdag tot zaterdag" in out.sentence, out.sentence


# ---------------------------------------------------------------- what broke, right before the ask

@pytest.mark.parametrize("draft, told", [
    ("Dag meneer Peeters. De lift in blok B is al drie dagen kapot. Kunt ge zo snel mogelijk een technieker "
     "sturen? Als het ni lukt deze week, laat het mij weten.", "de lift in blok B is al drie dagen kapot."),
    ("Beste mevrouw Smit, het lekt sinds gisteren door het plafond van de badkamer. Sorry dat ik u zo laat stoor, "
     "maar zou er morgen iemand kunnen komen kijken?", "het lekt sinds gisteren door het plafond van de badkamer."),
    ("Hoi Anouk, ik ben mijn huissleutel kwijt en sta voor de deur. Heb jij de reservesleutel nog? Geen stress "
     "als je niet thuis bent hoor.", "ik ben mijn huissleutel kwijt en sta voor de deur."),
])
def test_what_broke_goes_back_in_front_and_is_not_struck(draft, told):
    out = shrink(draft)
    assert told in out.sentence, out.sentence
    assert out.sentence.index(told) < out.sentence.index("?")
    assert not out.sure
    struck = " ".join(draft[a:b] for a, b in out.dropped).lower()
    assert told.rstrip(".").lower() not in struck


@pytest.mark.parametrize("draft, sentence", [
    ("Hoi Mark, de wasmachine staat gelukkig weer te draaien. Kun jij zaterdag je steekkar komen halen?",
     "Mark, kun jij zaterdag je steekkar komen halen?"),  # no breakdown: a plain fact
    ("Lies, daarnaast lekt de kraan in de badkamer. Kun jij zaterdag komen?", "Lies, kun jij zaterdag komen?"),
    ("Die zijn nu bijna op. Mag ik een herhaalrecept?", "Mag ik een herhaalrecept?"),  # leans on an earlier sentence
    ("Sorry dat mijn fiets kapot is. Kun jij me brengen?", "Kun jij me brengen?"),  # an apology, not a plain fact
    ("Mijn fiets is kapot. Kun jij me brengen? Ik moet om 7 uur op mijn werk zijn.",
     "Kun jij me brengen? Ik moet om 7 uur op mijn werk zijn."),  # the offer says more already
])
def test_no_reason_put_back(draft, sentence):
    assert reason_before.put_back(draft, sentence) == sentence


def test_a_burglary_is_not_put_back_as_a_breakdown():
    out = shrink("Hoi Saar, er is bij ons ingebroken vannacht. Kun je vanavond bij me slapen?")
    assert "ingebroken" not in out.sentence, out.sentence


def test_a_sure_result_is_left_alone():
    out = shrink("Mijn printer is stuk. Kun je morgen een nieuwe cartridge meenemen?")
    assert out.sure and out.sentence == "Kun je morgen een nieuwe cartridge meenemen?", out.sentence
