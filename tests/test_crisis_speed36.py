"""Round 36 (c36s): the crisis check does less work per ordinary message, every result the same.

Each shortcut is compared here with the plain way it replaces: the [[samen]] rules tested only when a name of
their shortest item is there (`stored._StoredRules.candidates`, with the names a hint rule adds on the way),
the entries to search with their key sets in one look-up per key (`engine._searched`), the message frames whose
serious words are read only where they could cover a signal (`frames.cancelled`), a sentence's concept hits put
in place by two stable sorts (`concepts.Lexicon.tag`), the dialect forms changed only where they stand
(`spelling._dialect_forms`) and the second opinion's sums read in C (`opinion`)."""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import engine, opinion, spelling
from vraaghulp.coach.crisis import frames as frames_module
from vraaghulp.coach.crisis.frame_serious import said_of
from vraaghulp.coach.crisis.laugh import laughed_anecdote

CORPUS = Path(__file__).resolve().parent / "corpus" / "crisis"
MESSAGES = [
    "Hoi, ik wil je even bijpraten over deze week, want er gebeurde best veel. Maandag begon ik aan mijn nieuwe "
    "rooster. Ik wil de tandarts bellen en de verzekering opzeggen die ik dubbel heb. Groetjes en tot snel!",
    "Ik heb mijn spullen verdeeld en de sleutel ligt bij de buren. Bedankt voor alles, jullie waren top. "
    "Vanaf maandag begin ik bij de concurrent, kom eens langs!",
    "ik ben er klaar mee. niemand zou me missen. de pillen liggen klaar voor vannacht.",
    "Mijn oma is vorige week overleden. Ik wil vooral bij opa zijn nu. Hij zegt dat hij niet meer wil leven.",
    "Als ik er niet meer ben mag jij mijn ps5 hebben haha. Nee serieus, ik ga verhuizen naar Gent.",
    "k hem e touw gekocht, niemand mag het weten. ik wil gewoon rust. voor altijd.",
    "Ik neem afscheid van de fanfare na 25 jaar. Bedankt voor alles! Het was genoeg geweest, tot ziens.",
    "ik zit er doorheen en niemand thuis mag het weten, maar ik ga niks doen hoor",
    # frames present that cover none of the signals (round 36: not read), and frames that lower a hint
    "Ik ben er klaar voor: morgen de marathon!",
    "Beste geburen, na zesentwintig jaar trekken wij naar de kust. Merci voor alles en ge zijt altijd welkom op een "
    "tas koffie.",
    "melding van een man op de brug, collega's waren er binnen 4 minuten, hij is mee naar de crisisdienst",
    "ons testament is aangepast, de kleinkinderen krijgen elk een deel. niks dramatisch, we zijn allebei nog goe gezond",
    "als ik er ooit niet meer ben wil ik gecremeerd worden en dat jullie een feestje geven, staat allemaal op papier. "
    "maar ik ben nog lang niet weg hoor",
]


def _plain_candidates(rules, names):
    for rule in rules._first:
        if not any(map(names.isdisjoint, rule.items)):
            yield rule
    for n, items in enumerate(rules._items or rules._split()):
        if not any(map(names.isdisjoint, items)):
            yield rules._rule(n)


def _walk(candidates, base: list[str], seed: int, every_name: list[str]) -> list[str]:
    """The rules a consumer gets, when it adds a hint rule's name (and now and then another name) as
    `combine.apply_rules` does while it reads them."""
    chooser = random.Random(seed)
    names = dict.fromkeys(base)
    got = []
    for rule in candidates(names.keys()):
        got.append(rule.name)
        if rule.level == "hint" or chooser.random() < 0.3:
            names.setdefault(rule.name, None)
            if chooser.random() < 0.5:
                names.setdefault(chooser.choice(every_name), None)
    return got


def test_the_stored_rules_are_led_by_a_name_and_come_in_the_plain_order():
    crisis.assess(MESSAGES[0])
    rules = crisis.compiled_rules().concepts.rules
    if not hasattr(rules, "candidates"):
        pytest.skip("the rules were built from the TOML files, not read from crisis_regels.json")
    every_name = sorted({name for items in rules._split() for item in items for name in item}
                        | {name for rule in rules._first for item in rule.items for name in item})
    chooser = random.Random(36)
    yielded = 0
    for seed in range(1500):
        base = chooser.sample(every_name, chooser.randint(1, 150))
        expected = _walk(lambda names: _plain_candidates(rules, names), base, seed, every_name)
        assert _walk(rules.candidates, base, seed, every_name) == expected, seed
        yielded += len(expected)
    assert yielded > 1500  # the walks did meet rules, hint rules among them


def _plain_searched(rules, where, everywhere):
    present = set(where)
    masks = dict.fromkeys(rules.always, everywhere)
    for key in present:
        for i in rules.led_by(key):
            if i not in masks:
                result = -1
                for keys in rules.key_sets(i):
                    here = 0
                    for found in keys & present:
                        here |= where[found]
                    result &= here
                masks[i] = result
    return sorted(item for item in masks.items() if item[1])


@pytest.mark.parametrize("text", MESSAGES)
def test_the_entries_to_search_are_those_of_the_plain_way(text):
    rules = crisis.compiled_rules()
    for reading in rules.normaliser.readings(text):
        sentences = engine._sentences(reading)
        where = engine._key_places(rules, sentences)
        everywhere = (1 << len(sentences)) - 1
        assert engine._searched(rules, where, everywhere) == _plain_searched(rules, where, everywhere)
        for key in where:
            assert rules.led_sets(key) == tuple((i, rules.key_sets(i)) for i in rules.led_by(key))


def _frame_calls(texts):
    calls = []
    plain = frames_module.cancelled

    def spy(*args):
        calls.append(args)
        return plain(*args)

    frames_module.cancelled = spy
    try:
        for text in texts:
            crisis.assess(text)
    finally:
        frames_module.cancelled = plain
    return calls


def _every_frame(signals, hits, words, sentence_of=None, places=None):
    """`frames.cancelled` without the round-36 shortcut: every frame present has its serious words read."""
    hits = hits + laughed_anecdote(signals, hits, words)
    names = {hit.name for hit in hits}
    present = [(frame, tests) for frame, tests in frames_module._CANCELLED_BY.items() if names.issuperset(frame)]
    if not present:
        return signals
    said = said_of(words, hits, names)
    kinds = frames_module._said_kinds(said)
    kept = [(frame, tests) for frame, tests in present if not frames_module._serious(frame, said, names, kinds)]
    return frames_module._lowered_by(kept, signals, hits, sentence_of, places) if kept else signals


def _corpus_sample(step: int = 4) -> list[str]:
    lines = []
    for path in sorted(CORPUS.glob("eigen4*.toml")):
        with path.open("rb") as handle:
            lines += [row["tekst"] for row in tomllib.load(handle).get("regel", [])]
    return lines[::step]


def test_a_frame_that_covers_no_signal_is_not_read_and_changes_nothing():
    glued = [f"{a} {b}" for a, b in zip(MESSAGES, MESSAGES[8:] + MESSAGES[:8])]
    calls = _frame_calls(MESSAGES + glued + [m.lower() + " haha" for m in MESSAGES] + _corpus_sample())
    assert len(calls) >= 250
    shortcut = lowered = 0
    for signals, hits, words, sentence_of, places in calls:
        got = frames_module.cancelled(signals, hits, words, sentence_of, places)
        assert got == _every_frame(signals, hits, words, sentence_of, places)
        if not any(s.level in ("zorg", "acuut") and s.family not in ("vangnet", "tijd") for s in signals):
            shortcut += 1
            lowered += got != signals
    assert shortcut >= 100 and lowered >= 3  # the shortcut was taken, and beside frames that did lower a hint


def test_the_serious_words_of_a_frame_beside_hints_only_are_read_only_when_it_could_cover_one(monkeypatch):
    asked = []
    serious = frames_module._serious
    monkeypatch.setattr(frames_module, "_serious", lambda frame, *rest: asked.append(frame) or serious(frame, *rest))
    for signals, hits, words, sentence_of, places in _frame_calls(MESSAGES[:2]):
        asked.clear()
        frames_module.cancelled(signals, hits, words, sentence_of, places)
        if all(s.level == "hint" for s in signals):
            families = {s.family for s in signals}
            assert all(families & set(frames_module._CANCELLED_BY[frame]) for frame in asked)


@pytest.mark.parametrize("text", MESSAGES)
def test_concept_hits_stand_in_place_order_as_one_sort_gave_them(text):
    rules = crisis.compiled_rules()
    lexicon = rules.concepts.lexicon
    for reading in rules.normaliser.readings(text):
        offset = 0
        for sentence in engine.scan(rules, reading)[0]:
            words = sentence.split()
            hits = lexicon.tag(words, offset)
            assert [(h.start, -h.end) for h in hits] == sorted((h.start, -h.end) for h in hits)
            offset += len(words)


def _plain_dialect(tokens):
    for i in range(1, len(tokens) - 1):
        if (tokens[i] == "hem" and tokens[i - 1] == "ik" and (i == 1 or tokens[i - 2] in spelling.SENTENCE_MARKS)
                and tokens[i + 1] not in spelling.SENTENCE_MARKS):
            tokens[i] = "heb"
        elif tokens[i] == "e" and tokens[i - 1] in spelling._BEFORE_ARTICLE and tokens[i + 1] not in spelling.SENTENCE_MARKS:
            tokens[i] = "een"


def test_dialect_forms_change_what_the_walk_over_every_token_changed():
    chooser = random.Random(7)
    vocabulary = ["ik", "hem", "e", "heb", "een", ".", ",", "?", "koop", "met", "zag", "zo", "dat"]
    for _ in range(20000):
        tokens = [chooser.choice(vocabulary) for _ in range(chooser.randint(0, 10))]
        expected, got = list(tokens), list(tokens)
        _plain_dialect(expected)
        spelling._dialect_forms(got)
        assert got == expected, tokens
    assert crisis.normalised("'k hem e touw") == " ik heb een touw "


@pytest.mark.parametrize("text", MESSAGES)
def test_the_second_opinion_sums_as_the_generator_did(text):
    signals, sentences, concepts = crisis._weigh(text)
    model = opinion.weights()
    table = model["gewichten"]
    first_person = crisis.compiled_rules().first_person
    found = opinion.features(sentences, concepts, signals, first_person)
    assert opinion.score(found, model) == opinion._probability(model["bias"] + sum(table.get(n, 0.0) for n in found))
    best, value = opinion.most_worrying(sentences, concepts, signals, first_person, model, short=False)
    given = opinion._given(concepts, signals)
    base = model["bias"] + sum(table.get(n, 0.0) for n in given)
    values = [opinion._probability(base + sum(table.get(n, 0.0) for n in opinion._word_features(piece, first_person)))
              for piece in opinion.pieces(sentences, False)]
    assert value == max([0.0, *values])
