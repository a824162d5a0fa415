"""Properties of krimp on any text: it never crashes, a second run changes nothing, the result is
never longer than the draft and holds no word that was not in it (crisis mode aside).

Allowed new words, as issue 12 point 3 says: the verb form in front of a direct question
(kun/kunt/kan/wil/wilt/mag/… ), its subject (je/u/ge/ik/…), a verb form of a draft word
(an infinitive made from it, or a separable verb put back together: "op" + "halen") and the "en"
that joins a list.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vraaghulp.coach.krimp import KINDS, compose, shrink, with_answers
from vraaghulp.light.text import ESCAPE
from vraaghulp.render import clean

QUESTION_WORDS = {
    "kun", "kunt", "kan", "kunnen", "wil", "wilt", "willen", "mag", "moogt", "mogen", "heb", "hebt", "heeft",
    "hebben", "ben", "bent", "zijt", "is", "zijn", "je", "jij", "u", "ge", "gij", "ik", "we", "jullie", "en",
}
# A Flemish question verb with its subject in it counts as the two words it is ('kunde' = 'kunt ge').
CLITICS = {"kunde": "kunt", "wilde": "wilt", "hebde": "hebt", "zijde": "zijt", "moogde": "moogt", "moette": "moet",
           "gade": "gaat", "doede": "doet"}
_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")

_PIECES = (
    "sorry kun je morgen een keer misschien ? . , ! … Sam hoi lieve mam zou kunnen willen ik vroeg me "
    "af of om te mee nemen zaterdag om 8 uur het spijt me als het niet lukt anders doe ik het zelf wel "
    "en ook heb hulp nodig met 🙏 ‘ ” ik hoop dat mijn kat voeren wil er altijd voor zijn helpen bellen "
    "tien minuten ( ) - : ; ik zit vol ge kunt u beste meneer erg vinden zoudt kunde efkes ff mss "
    "alleen niet dat daarna hem die brood melk eieren op halen aan nemen ik heb nodig dat jij"
).split(" ") + ["\n", "\n- ", " ", "\t"]

dutchish = st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join)
anything = st.text(max_size=300)
PROPS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


ADDRESS = {"meneer": ("heer", "dhr"), "mevrouw": ("mevr", "mw")}  # 'Geachte heer X' -> 'Meneer X, …'


def _allowed(word: str, draft_words: set[str]) -> bool:
    if word in draft_words or word in QUESTION_WORDS:
        return True
    if any(CLITICS.get(w) == word for w in draft_words):
        return True  # 'kunde' -> 'kunt ge'
    if set(ADDRESS.get(word, ())) & draft_words:
        return True
    if any(word.startswith(a) and word[len(a):] in draft_words for a in draft_words):
        return True  # op + halen
    return word.endswith("en") and any(len(w) >= 3 and word[:3] == w[:3] for w in draft_words)


@PROPS
@given(st.one_of(dutchish, anything))
def test_never_crashes(text):
    result = shrink(text)
    assert isinstance(result.sentence, str) and "\n" not in result.sentence
    assert result.findings and all(f.kind in KINDS for f in result.findings)
    for start, end in result.dropped:
        assert 0 <= start < end <= len(text)


@PROPS
@given(st.one_of(dutchish, anything))
def test_idempotent(text):
    once = shrink(text).sentence
    assert shrink(once).sentence == once


@PROPS
@given(st.one_of(dutchish, anything))
def test_never_longer_and_no_new_words(text):
    result = shrink(text)
    if result.crisis:
        return  # crisis mode adds "nu", or offers a ready sentence
    out, draft = _words(result.sentence), _words(text)
    assert len(out) <= len(draft) + sum(1 for w in draft if w.lower() in CLITICS), (text, result.sentence)
    # Terminal escapes are not read: gone (as the screen cleaner does) or a break between words (as krimp does).
    draft_set = {w.lower() for w in draft} | set(_words(clean(text))) | set(_words(ESCAPE.sub(" ", text)))
    new = [w for w in out if not _allowed(w, draft_set)]
    assert not new, (text, result.sentence, new)


@PROPS
@given(st.one_of(dutchish, anything), st.sampled_from(["morgen", "zaterdag om 3 uur", ""]))
def test_compose_and_answers_never_crash(text, moment):
    sentence = compose("Sam", text, moment or None)
    assert sentence.endswith(("?", ".")) and "\n" not in sentence
    filled = with_answers(text, wat=text[:40] or None, wanneer=moment or None, hoe_lang="een uur")
    assert "\n" not in filled.sentence


@settings(max_examples=5, deadline=None)
@given(st.sampled_from(["🙂", ".", "?", "kun je ", "sorry, ", "Can you help? ", "é", "- brood\n"]))
def test_huge_inputs(unit):
    text = (unit * (50_000 // len(unit) + 1))[:50_000]
    result = shrink(text)
    assert "\n" not in result.sentence
