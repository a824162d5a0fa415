"""Round 32 (c32s): the crisis check made cheaper on a long varied message, every result the same.

Each shortcut is compared here with the plain way it replaces: the rewrite rules tried only where a
match can begin (`literals.starts_of`, `wordstart.finditer_from`), a concept form's slot tested in one
call (`forms._Slot.matches`), a form matched word by word in a loop (`forms._rest`), the sets of
words a form needs less those its own first word meets (`forms._with_needs`), and the second
opinion's concept features weighed once per message (`opinion.most_worrying`)."""

from __future__ import annotations

import math
import re

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import concepts, opinion
from vraaghulp.coach.crisis import forms as matching
from vraaghulp.coach.crisis.literals import compile_reading
from vraaghulp.coach.crisis.wordstart import finditer, finditer_from, split_boundary

TEXTS = [
    "ik ga slapen . voor altijd", "ik wil gewoon rust ! voorgoed", "van mij . voor eeuwig", "ga ertussenuit. voorgoed",
    "het begint allemaal opnieuw en ik start het opnieuw", "auto . boom . vannacht", "de vrachtwagen , muur , straks",
    "omdat ik het niet meer aan kan", "als ik er dan niet meer ben", "nu ik er aan denk nu we gaan",
    "ze denken dat ik op reis ga maar ik ga weg", "aan doen en aan doet", "zelfmoord , zelf moord, selfmoort",
    "Hoi, ik wil je even bijpraten over deze week, want er gebeurde best veel.",
    "wegwezen rustig vanmij tussenuitje begonnen startten automatisch", "", "weg weg weg . voor altijd weg",
]


def test_how_a_match_begins_is_read_from_the_pattern():
    starts = compile_reading(r"(tussenuit|weg|van mij|van me) [.!] (voor altijd|voorgoed)(?= [.!?]| $)")[2]
    # round 42 (c42f): a choice of plain words read in full joins what follows it (here the space)
    assert starts == ("tussenuit ", "van me ", "van mij ", "weg ")
    assert compile_reading(r"(?<=\w )nu (ik|we) (?=\w+)")[2] == ("nu ",)  # a lookbehind reads nothing of the match
    assert compile_reading(r"(?:auto|wagen) [.,] boom")[2] == ("auto ", "wagen ")
    # round 48 (s48): a small set of letters and a short repeat are read as their texts (`wide_starts`), where the
    # narrow reading found nothing
    assert compile_reading(r"[sz]e?lf ?moord")[2] == ("self moord", "selfmoord", "slf moord", "slfmoord", "zelf moord",
                                                      "zelfmoord", "zlf moord", "zlfmoord")
    assert compile_reading(r"[a-z]e?lf ?moord")[2] == ()  # a range of letters: not known
    assert compile_reading(r"(?:ik|je|het)\w+")[2] == ()  # "ik": too short to save anything
    assert compile_reading(r"(?:ik|je|het) een")[2] == ("het een", "ik een", "je een")  # round 42: long enough with
    # what follows
    assert compile_reading(r"(?:weg)?gaan")[2] == ("gaan", "weggaan")  # an optional first word (round 48)
    assert compile_reading(r"(?:weg)*gaan")[2] == ()  # an open repeat: not known
    assert compile_reading(r"(?:weg|\w+ing) gaan")[2] == ()  # one alternative unknown: the whole choice unknown
    assert compile_reading(r"(?i)weg gaan")[2] == ()


def test_every_rewrite_rule_finds_from_its_starts_what_it_finds_by_walking_the_text():
    normaliser = crisis.compiled_rules().normaliser
    tried = 0
    for n in range(len(normaliser.replacements)):
        pattern, boundary, _needs, starts = normaliser.rewrites.compiled(n)
        if not starts:
            continue
        tried += 1
        for text in TEXTS:
            joined = " " + " ".join(normaliser.tokens(text)) + " "
            expected = [m.span() for m in finditer(pattern, boundary, joined)]
            assert [m.span() for m in finditer_from(pattern, boundary, joined, starts)] == expected, (n, text)
            full = re.compile(normaliser.replacements[n][0])
            assert expected == [m.span() for m in full.finditer(joined)], (n, text)
    assert tried > 20


def test_finditer_from_keeps_matches_apart_and_honours_the_word_boundary():
    body, boundary = split_boundary(r"\b(?:weg|wegwezen) (?:weg|nu)")
    pattern = re.compile(body)
    text = " wegweg nu weg weg nu xweg nu wegwezen nu "
    found = [m.span() for m in finditer_from(pattern, boundary, text, ("weg", "wegwezen"))]
    assert found == [m.span() for m in re.finditer(r"\b(?:weg|wegwezen) (?:weg|nu)", text)]


def _old_matches(slot: matching._Slot, word: str) -> bool:
    if word in slot.exact or (slot.number and word.isdigit()):
        return True
    if any(word.startswith(p) for p in slot.prefixes):
        return True
    # round 36 (c36): an ending counts inside a word two letters longer at least ("kerktoren", not "storen")
    return any(word.endswith(s) and len(word) > len(s) + 1 for s in slot.suffixes)


@pytest.mark.parametrize("slot", [
    matching._Slot(frozenset({"pillen"}), ("spaar", "sp"), ("pillen", "en"), 0),
    matching._Slot(frozenset(), (), ("pillen",), 0),
    matching._Slot(frozenset(), (), ("pil", "pillen"), 0),
    matching._Slot(frozenset({"x"}), ("",), (), 0, True),
    matching._Slot(frozenset(), (), ("",), 0),
])
def test_a_slot_matches_the_same_words_as_before(slot):
    for word in ("pillen", "slaappillen", "pil", "spaarde", "sp", "en", "12", "x", "", "slaappil", "spen"):
        assert slot.matches(word) == _old_matches(slot, word), word


def _old_rest(slots, k, words, i):
    if k == len(slots):
        return i
    slot = slots[k]
    if slot.gap:
        for skip in range(slot.gap + 1):
            if skip and (i + skip - 1 >= len(words) or words[i + skip - 1] in matching._BARRIERS):
                return None
            end = _old_rest(slots, k + 1, words, i + skip)
            if end is not None:
                return end
        return None
    if i < len(words) and _old_matches(slot, words[i]):
        return _old_rest(slots, k + 1, words, i + 1)
    return None


def test_every_concept_form_read_so_far_matches_as_the_recursive_matcher_did():
    lexicon = crisis.compiled_rules().concepts.lexicon
    sentences = ["ik heb al mijn pillen gespaard voor als ik er niet meer ben .",
                 "morgen ga ik met de auto naar mijn broer , die wil verhuizen .",
                 "ik heb vannacht niet geslapen en ik wil niet meer leven .",
                 "de kat moest naar de dierenarts voor een prik , dat was wennen ."]
    for sentence in sentences:
        crisis.assess(sentence)  # reads the forms these words begin
    forms = [lexicon.form(n) for n in range(len(lexicon._written)) if n in lexicon._forms]
    assert len(forms) > 50
    for sentence in sentences:
        words = sentence.split()
        for form in forms:
            for start in range(len(words)):
                assert matching._rest(form.slots, 0, words, start) == _old_rest(form.slots, 0, words, start)


def test_a_form_needs_no_test_for_the_words_it_is_looked_up_by():
    lexicon = crisis.compiled_rules().concepts.lexicon
    crisis.assess("ik wil dood, ik heb de pillen al gekocht en een brief geschreven")
    form = matching._Form("x", (), 0, (frozenset({"wil", "wou"}), frozenset({"dood", "sterven"}), frozenset({"ik"})), 0)
    ((kept, needs),) = matching._with_needs(("wil",), [form])
    assert kept is form and needs == (frozenset({"dood", "sterven"}), frozenset({"ik"}))
    assert matching._with_needs(["ik", "dood"], [form])[0][1] == (frozenset({"wil", "wou"}),)
    for word, (_singles, _pair, candidates) in list(lexicon._facts.items())[:500]:
        for kept, needs in candidates:  # what the cache holds: every set but those holding the word itself
            assert needs == tuple(need for need in kept.needs if word not in need)


@pytest.mark.parametrize("text", [
    "Ik ben zo moe van alles. Niemand ziet het. Morgen is er weer een dag, zeggen ze. Ik weet het niet meer.",
    "Hoi, ik wil je even bijpraten over deze week. Maandag begon ik aan mijn nieuwe rooster. Groetjes!",
    "ik slaap slecht en ik eet bijna niks meer. soms denk ik dat het beter is als ik er niet ben.",
])
@pytest.mark.parametrize("short", [False, True])
def test_the_second_opinion_weighs_as_before(text, short):
    rules = crisis.compiled_rules()
    signals, sentences, found = crisis._weigh(text)
    model = opinion.weights()
    expected, value = (set(), 0.0)
    for piece in opinion.pieces(sentences, short):
        features = opinion.features(piece, found, signals, rules.first_person)
        score = opinion.score(features, model)
        if score > value:
            expected, value = features, score
    got, got_value = opinion.most_worrying(sentences, found, signals, rules.first_person, model, short)
    assert got == expected
    assert math.isclose(got_value, value, rel_tol=1e-12, abs_tol=1e-12)
