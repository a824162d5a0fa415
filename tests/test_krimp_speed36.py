"""Round 36 (k36s): krimp faster on a long draft, every result the same.

- phrase matching (tokens.Draft.find, phrases.Patterns): a group of phrases is tried only where the view goes on with
  a word one of its phrases can have second (`second_words`, `Branches`), and a group tried at every word only in a
  view that holds the words one of its phrases needs (`required_words`); the matches must be those of the whole
  group tried at every word where it can start;
- the Draft: word, words, tok_text and is_word bound to lists and sets, content() cut from the word positions, a
  text read once (`tokens.read`); the words of a text kept for a while (`memo.per_text`, emptied by `forget_texts`);
- unnamed.py: the words the findings name made into patterns once per draft (`named_patterns`, `blanked`).
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.checks import lower_words, text_words
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.memo import forget_texts, per_text
from vraaghulp.coach.krimp.phrases import bounded, compile_list, required_words, second_words
from vraaghulp.coach.krimp.tokens import Draft, read
from vraaghulp.coach.krimp.unnamed import blank_named, blanked, named_patterns

LONG = ("Hoi Sam, sorry dat ik je stoor, ik weet dat je het druk hebt. Ik vroeg me af of je misschien "
        "zaterdag heel even zou kunnen helpen met de kast in elkaar zetten. Geen probleem als het niet lukt! ") * 4
DRAFTS = [
    LONG,
    "kzou je boor lenen, pliesss. ik ben echt helemaal op en het wordt me allemaal te veel",
    "Heeej mischien kun je morgen t/m vrijdag op de hond letten? Ik zit er helemaal doorheen eerlijk gezegd",
    "Excuses!! 🙈 kunde gij da doen? Ik weet het, ik vraag veel. Laat maar als het niet gaat hoor",
    "Beste meneer Bakker,\n\nNaar aanleiding van ons gesprek wil ik u vragen of ik vrijdag vrij kan nemen.\n\nMvg, Els",
    "ik ben zo bang dat het misgaat, kan iemand me helpen met mijn belastingaangifte want ik snap er niks van",
]


# ---------------------------------------------------------------- phrases: what a phrase can have second, needs

@pytest.mark.parametrize("phrase, skip, expected", [
    ("ik ben moe", frozenset(), {"ben"}),
    ("ik (ben) moe", frozenset(), {"ben", "moe"}),
    ("[ik|wij] zijn op", frozenset(), {"zijn"}),
    ("[ik ben|wij zijn] op", frozenset(), {"ben", "zijn"}),
    ("(echt) ik ben", frozenset(), {"ik", "ben"}),
    ("ik ben echt moe", frozenset({"echt"}), {"ben"}),
    ("ik echt moe", frozenset({"echt"}), {"moe"}),
])
def test_second_words_of_a_phrase(phrase, skip, expected):
    assert second_words(phrase, skip) == frozenset(expected)


@pytest.mark.parametrize("phrase", ["ik", "ik (ben)", "* wordt me * te veel", "ik *", "ik lastigval*", "(ik) (ben)"])
def test_any_word_may_follow_a_phrase_of_one_word_or_a_wildcard(phrase):
    assert second_words(phrase) is None


@pytest.mark.parametrize("phrase, expected", [
    ("* wordt me * te veel", {"wordt", "me", "te", "veel"}),
    ("[ik|wij] zijn (echt) op", {"zijn", "op"}),
    ("lastigval* je", {"je"}),
    ("(sorry)", {"sorry"}),  # a phrase of optional parts only has its first part required (phrase_regex)
])
def test_required_words_of_a_phrase(phrase, expected):
    assert required_words(phrase) == frozenset(expected)


def test_a_group_tries_only_the_phrases_that_go_on_with_the_next_word_in_its_order():
    plist = compile_list(["ik ben moe", "ik heb honger", "ik * bang", "ik ben op"])
    (branches, guard, needs), = plist.full.for_word("ik")
    assert guard is None and frozenset({"ik", "bang"}) in needs  # no second word to go by for 'ik * bang'
    ben = branches.pattern("ben")
    assert ben.match("ik ben op").group() == "ik ben op" and ben.match("ik ben erg bang").group() == "ik ben erg bang"
    assert not ben.match("ik heb honger")
    assert branches.pattern("zzz").match("ik zzz bang") and not branches.pattern("zzz").match("ik zzz moe")
    assert branches.pattern("") is not None  # the wildcard phrase needs no known second word
    assert compile_list(["ik ben moe"]).full.for_word("ik")[0][0].pattern("heb") is None


def _reference(d: Draft, view, patterns) -> set[tuple[int, int]]:
    """Every group of phrases, whole, tried at every word where it can start (what the engine did before)."""
    found = set()
    for ks, tried in patterns.starting(view.index):
        for branches, guard, _needs in tried:
            rx = re.compile(bounded("|".join(alt for alt, _seconds in branches._alternatives)))
            for k in ks:
                offset = view.offsets[k]
                m = rx.match(view.text, offset)
                if m and m.end() > offset and (guard is None or d._guard_ok(view, offset, m.end(), guard)):
                    found.add(d._tok_range(view, offset, m.end()))
    return found


@pytest.mark.parametrize("text", DRAFTS)
def test_the_matches_are_those_of_every_whole_group_tried_everywhere(text):
    lex = lexicon()
    d = Draft(text, lex)
    lists = [*lex.lists.values(), *(frame.phrases for frame in lex.frames)]
    seen = 0
    for plist in lists:
        for view, patterns in ((d.full, plist.full), (d.core, plist.core)):
            found = set(d._find_in(view, patterns))
            assert found == _reference(d, view, patterns)
            seen += len(found)
    assert seen  # the drafts hold phrases of the lists


# ---------------------------------------------------------------- the Draft's lookups, a text read once

@pytest.mark.parametrize("text", DRAFTS)
def test_draft_lookups_answer_as_the_tokens_say(text):
    d = Draft(text, lexicon())
    wordlike = [t.cls in ("w", "k") for t in d.toks]
    for i in range(-2, d.n):
        assert d.word(i) == (d.toks[i].norm[0] if d.toks[i].norm else "")
        assert d.words(i) == d.toks[i].norm
        assert d.tok_text(i) == d.text[d.toks[i].start: d.toks[i].end]
    assert [d.is_word(i) for i in range(-3, d.n + 3)] == [False] * 3 + wordlike + [False] * 3
    for a, b in [(0, d.n), (3, 9), (9, 3), (5, 5), (-2, 4), (d.n - 4, d.n)]:
        assert d.content(a, b) == [i for i in range(a, b) if wordlike[i]]
    with pytest.raises(IndexError):
        d.content(0, d.n + 1)


def test_a_text_is_read_once_per_lexicon():
    lex = lexicon()
    forget_texts()
    d = read(LONG, lex)
    assert read(LONG, lex) is d and read(LONG + " ", lex) is not d
    other = dataclasses.replace(lex)  # another lexicon object (a test's own) is read on its own
    assert read(LONG, other) is not d and read(LONG, other).lex is other
    forget_texts()
    assert read(LONG, lex) is not d


def test_a_texts_words_are_a_fresh_list_each_time():
    words = text_words("Ik wóu je iets vragen")
    assert words == ["ik", "wou", "je", "iets", "vragen"]
    words.append("x")
    assert text_words("Ik wóu je iets vragen") == ["ik", "wou", "je", "iets", "vragen"]
    assert lower_words("Kun JE m'n fiets?") == ["kun", "je", "m", "n", "fiets"]


def test_forget_texts_empties_every_text_cache():
    calls = []

    @per_text(size=4)
    def seen(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert seen("a") == seen("a") == "A" and calls == ["a"]
    forget_texts()
    assert seen("a") == "A" and calls == ["a", "a"]


# ---------------------------------------------------------------- unnamed: the named words cut out

def test_named_words_are_cut_out_longest_first_whatever_their_case():
    named = ["sorry", "Sorry dat ik stoor", "(echt)"]
    stretch = "Hoi, SORRY dat ik stoor (echt). sorry!"
    assert blanked(stretch, named_patterns(named)) == blank_named(stretch, named) == "Hoi, . .. .!"


@pytest.mark.parametrize("text", DRAFTS)
def test_kept_readings_never_change_a_result(text):
    forget_texts()
    first = shrink(text)
    again = shrink(text)  # the draft, its words and its result's words read from the caches now
    forget_texts()
    fresh = shrink(text)
    assert first == again == fresh
