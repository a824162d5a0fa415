"""Round 48 (s48): the crisis check on a long ordinary letter searches less, and finds exactly the same.

- `literals.starts_of` reads a small set of letters and a short repeat as their texts where the narrow reading found
  nothing: such a rewrite was tried at every place of the text;
- `fastsearch.Search`: the whole-message patterns of the later steps (`despair`, `unsaid_end`, `other_death`) are
  searched only where a match can begin, and not at all without what every match needs;
- `release`: the release words are looked for as plain words before the pattern (in any case) walks the message.
"""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import despair, other_death, release, unsaid_end
from vraaghulp.coach.crisis.fastsearch import Search
from vraaghulp.coach.crisis.literals import compile_reading
from vraaghulp.coach.crisis.wordstart import sub

# Own lines, ordinary and not, with the shapes the patterns above read.
LINES = [
    "ik ben ut zo beu, elke dag weer die trein",
    "k ben ut moe. ben ik ut nou alleen die dat vindt?",
    "Ben ik ut echt zat? Ja.",
    "hij was een tijd suicidaal en nu gaat het beter",
    "ik heb zuicidale gedachten de laatste tijd",
    "Sucidaal voel ik me niet, wel heel moe",
    "geen kat die het merkt als ik er niet meer ben",
    "de kat is ziek en geen mens die helpt",
    "opa is vorige week overleden, rust zacht opa",
    "ik mis je zo, de begrafenis was mooi",
    "je mag mijn fiets hebben, ik heb hem niet meer nodig want ik verhuis",
    "bedankt voor alles, tot ziens op de receptie",
    "ik ben zo op, ik kan het niet meer aan, al maanden",
    "hoe lang ik dit nog volhoud weet ik niet",
    "ik sleep me van dag naar dag en het lukt me niet meer",
    "de nieuwe track staat op soundcloud, de remix komt vrijdag",
    "zondag lekker gewandeld, maandag weer werken, tot snel!",
    "Ik wacht op de bus en ik sta al een uur in de regen",
]


def _rewrites():
    return crisis.compiled_rules().normaliser.rewrites


@pytest.mark.parametrize("pattern, starts", [
    (r"[sz]u[iy]?[cs]{1,2}i{0,2}d(?=e|a)", ("suc", "sui", "sus", "suy", "zuc", "zui", "zus", "zuy")),
    (r"((?:ik )?ben|ben ik) ut\b(?= (?:\w+ ){0,2}?(?:moe|beu|zat)\b)", ("ben ik ut", "ben ut", "ik ben ut")),
    (r"(ik|k) en (mezelf|mijzelf|me|mij)(?: were)?\b", ("ik en ", "k en ")),  # the narrow reading, as before
])
def test_how_every_match_begins(pattern, starts):
    assert compile_reading(pattern)[2] == starts


def test_an_open_repeat_or_a_class_gives_no_beginnings():
    assert compile_reading(r"[a-z]+ (?:mij|me)")[2] == ()
    assert compile_reading(r"\w*pil\w*")[2] == ()


@pytest.mark.parametrize("line", LINES)
def test_every_rewrite_rule_rewrites_as_the_whole_pattern_would(line):
    rewrites, normaliser = _rewrites(), crisis.compiled_rules().normaliser
    joined = " " + " ".join(normaliser.tokens(line)) + " "
    for n, (source, replacement, _keys) in enumerate(rewrites.rules):
        pattern, boundary, _needs, starts = rewrites.compiled(n)
        if rewrites.guard(n) is None:  # a guarded rule is tested with its guard apart (`rewrites`)
            expected = re.sub(source, replacement, joined)
            assert sub(pattern, boundary, replacement, joined, starts) == expected, source


def _searches():
    yield despair._TIRED
    yield other_death.DEATH
    yield other_death._ADDRESSED
    for _gates, source in unsaid_end._PATTERNS.values():
        yield Search(source)


@pytest.mark.parametrize("line", LINES)
def test_a_search_finds_what_re_search_finds(line):
    said = " | ".join(crisis.compiled_rules().normaliser.readings(line)[0].split(" . "))
    for search in _searches():
        for text in (said, line.lower()):
            found, expected = search.search(text), re.search(search.source, text)
            assert (found and (found.span(), found.group(0))) == (expected and (expected.span(), expected.group(0)))


@pytest.mark.parametrize("text", ["REMIX klaar", "nieuwe\tTrack", "op ſoundcloud", "de remıx", "de REMİX", "drop komt",
                                  "MIXTAPE", "Bandcamp"])
def test_the_release_words_are_found_in_any_case(text):
    assert release.RELEASE.search(text) is not None
    assert release._may_hold(text)


def test_a_message_without_release_words_is_not_searched_for_them():
    assert not release._may_hold("Zondag gewandeld, maandag weer naar mijn werk; tot snel!")


def test_a_release_word_still_never_takes_a_real_line_below_the_gentle_line():
    assert crisis.assess("de remix is voor jullie. ik neem vannacht alle pillen").tier is not None
