"""Round 37 (k37s): krimp faster on a long draft, every result the same (all 7,275 corpus drafts rerun with
tools/krimp_snapshot.py --alle, every field: 0 changed). Each shortcut is held here against the plain reading it
replaces:

- phrases.Patterns.starting walks only the words known to start a phrase (and those not looked up yet);
- Draft.raw joins the words of a stretch instead of a regex over it; the Draft's word positions, tokens and views;
- Analysis.wrapper_at, covered and clauses_before; segment._lead_near (the question front near a clause start);
- a look-ahead for the letters a match starts with in front of a case-blind alternation searched over a whole draft,
  and a guard that every match holds before a costly search: the same matches;
- reason_before.sentences, verbs.infinitive_of (worked out once per word).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.krimp import distress, find_out, fronted_ask, fronted_move, ident, reason_before, tagged
from vraaghulp.coach.krimp.clauses import Analysis
from vraaghulp.coach.krimp.lexicon import WRAP_KINDS, lexicon
from vraaghulp.coach.krimp.segment import _lead_near
from vraaghulp.coach.krimp.tokens import Draft
from vraaghulp.coach.krimp.verbs import _infinitive_of, infinitive_of, lead_at

CORPUS = Path(__file__).parent / "corpus" / "krimp"
LONG = ("Hoi Sam, sorry dat ik je stoor, ik weet dat je het druk hebt. Ik vroeg me af of je misschien "
        "zaterdag heel even zou kunnen helpen met de kast in elkaar zetten. Geen probleem als het niet lukt! ") * 3
DRAFTS = [
    LONG,
    "Hallo allemaal,\n\nSorry voor de late mail.\tKunnen jullie   zaterdag helpen?\u00a0Groetjes, Els",
    "kzou je boor lenen, pliesss. ik ben echt helemaal op en het wordt me allemaal te veel",
    "Excuses!! 🙈 kunde gij da doen? Ik weet het, ik vraag veel. Laat maar als het niet gaat hoor",
    "Beste meneer Bakker,\n\nNaar aanleiding van ons gesprek wil ik u vragen of ik vrijdag vrij kan nemen.\n\nMvg, Els",
    "mam ken je mn gymtas naar school brengen ligt nog in de gang. Vandaar dat ik wou vragen of het kan",
]


def _corpus_drafts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.toml")):
        texts += [case["concept"] for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])]
    return texts


# ---------------------------------------------------------------- phrases and the Draft

@pytest.mark.parametrize("text", DRAFTS)
def test_the_words_walked_are_those_some_phrase_can_start_with(text):
    lex = lexicon()
    d = Draft(text, lex)
    lists = [*lex.lists.values(), *(frame.phrases for frame in lex.frames)]
    for plist in lists:
        for view, patterns in ((d.full, plist.full), (d.core, plist.core)):
            walked = {(tuple(ks), id(tried)) for ks, tried in patterns.starting(view.index, view.vocab)}
            every = {(tuple(view.index[w]), id(t)) for w in view.index if (t := patterns.for_word(w))}
            assert walked == every


@pytest.mark.parametrize("text", DRAFTS)
def test_raw_words_are_the_stretch_on_one_line(text):
    d = Draft(text, lexicon())
    for i0 in range(d.n):
        for i1 in range(i0, min(d.n, i0 + 12) + 1):
            stretch = d.text[d.toks[i0].start: d.toks[i1 - 1].end] if i1 > i0 else ""
            assert d.raw(i0, i1) == re.sub(r"\s+", " ", stretch).strip()


@pytest.mark.parametrize("text", DRAFTS)
def test_a_view_says_where_each_word_starts(text):
    d = Draft(text, lexicon())
    for view in (d.full, d.core):
        assert view.text == " ".join(view.words)
        assert [view.text[o:].split(" ", 1)[0] for o in view.offsets] == list(view.words)
        assert view.words == tuple(d.units[u] for u in view.units)


# ---------------------------------------------------------------- the Analysis

def _wrapper_reference(an, i):
    if i in an.starts["excuus"]:
        return "excuus", max(an.starts[k].get(i, i) for k in WRAP_KINDS)
    ends = [(an.starts[k][i], k) for k in WRAP_KINDS if i in an.starts[k]]
    best = None
    for end, kind in ends:
        if best is None or end > best[1]:
            best = (kind, end)
    return best


@pytest.mark.parametrize("text", DRAFTS)
def test_the_analysis_lookups_answer_as_before(text):
    an = Analysis(Draft(text, lexicon()))
    assert text is not LONG or sum(an.wrapper_at(i) is not None for i in range(an.d.n)) >= 9  # 3 x apology, burden, hatch
    for i in range(-1, an.d.n + 2):
        assert an.wrapper_at(i) == _wrapper_reference(an, i)
        kinds = an.cover.get(i, ())
        assert an.covered(i) == next((k for k in WRAP_KINDS if k in kinds), None)
    for k, c in enumerate(an.clauses):
        assert an.clauses_before(c) == an.clauses[:k]
    stranger = type(an.clauses[0])(0, 1, 0)
    assert an.clauses_before(stranger) == an.clauses  # not one of them: all


@pytest.mark.parametrize("text", DRAFTS)
def test_the_question_front_near_a_clause_start(text):
    an = Analysis(Draft(text, lexicon()))
    d = an.d
    for first in range(d.n):
        for i in range(first + 1, min(d.n, first + 6)):
            expected = next((lead for k in range(first, min(i, first + 3)) if (lead := lead_at(d, k))), None)
            assert _lead_near(an, first, i) == expected


# ---------------------------------------------------------------- whole-draft searches

_LOOKED_AHEAD = [
    (fronted_ask._HAS_FRAME, "(?=[whvz])"),
    (ident._INTRO, "(?=[umi'hv])"),
    (ident._CLOSING, "(?=[mvhg])"),
    (distress._SIGNS, "(?=[zlskhdtvgrbi'\\d])"),
    (tagged._ANY_WISH, tagged._WISH_AT),
    (tagged._FIND, tagged._WISH_AT),
    (tagged._AWAY, tagged._WISH_AT),
    (tagged._BORROW, tagged._WISH_AT),
    (find_out._IN_DRAFT, "(?=[gzwi])"),
]
_GUARDED = [(fronted_ask._HAS_LINK, fronted_ask._SUBJECT), (fronted_move._HAS_FRAME, fronted_move._MOVE)]
_ODD = ["İK WIL", "Ik ZOU", "'k zou", "ſorry", "Kelvin \u212a", "ZIT te BEVEN", "Mét vriendelijke groet",
        "IK BEN bang", "dus ik wou vragen of", "Vandaar dat ik wilde vragen", "Ik vroeg me af of het kan. Ja"]


def test_a_look_ahead_finds_what_the_whole_alternation_finds():
    texts = _corpus_drafts() + DRAFTS + _ODD
    for rx, ahead in _LOOKED_AHEAD:
        assert ahead in rx.pattern
        plain = re.compile(rx.pattern.replace(ahead, "", 1), rx.flags)
        hits = 0
        for text in texts:
            found = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], (rx.pattern[:40], text[:60])
            hits += bool(found)
        assert hits  # the corpus holds matches of each


def test_a_guard_holds_wherever_the_search_it_spares_would_match():
    texts = _corpus_drafts() + DRAFTS + _ODD
    for guard, rx in _GUARDED:
        matched = [text for text in texts if rx.search(text)]
        assert matched and all(guard.search(text) for text in matched)


@pytest.mark.parametrize("text", DRAFTS + ["", "...", "Kun je komen?! Ja.\nDank je", "geen teken"])
def test_the_sentences_of_a_text_cut_at_their_marks(text):
    out, start = [], 0
    for k, ch in enumerate(text):
        if ch in ".!?\n":
            if text[start:k + 1].strip(" .!?\n"):
                out.append((start, k + 1))
            start = k + 1
    if text[start:].strip():
        out.append((start, len(text)))
    assert reason_before.sentences(text) == out


def test_an_infinitive_is_worked_out_once_and_the_same():
    lex = lexicon()
    for finite in ("heeft", "haal", "zet", "verlaat", "overneemt", "snoeit", "sluit", "praat", "leest", "raast", "xq"):
        assert infinitive_of(lex, finite) == _infinitive_of(lex, finite) == infinitive_of(lex, finite)
