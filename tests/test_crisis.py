"""The crisis check: API, normalisation, each signal family, the tiers, the content file.

The big tables (corpus files) live in test_crisis_corpus.py; the panel in
test_crisis_panel.py.
"""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import assess, is_crisis, normalised, tier_of
from vraaghulp.content import load_toml

ROOT = Path(__file__).resolve().parent.parent


# ----- API -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Ik wil dood.", "acuut"),
        ("Ik kan niet meer.", "zorg"),
        ("Ik ben doodmoe na deze week.", None),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_tier_of_and_is_crisis_agree(text, tier):
    assert tier_of(text) == tier
    assert assess(text).tier == tier
    assert is_crisis(text) is (tier == "acuut")
    assert bool(assess(text)) is (tier is not None)


def test_assessment_names_the_families_and_the_signals():
    result = assess("Ik heb lang genoeg gevochten. Zorg goed voor de kat.")
    assert result.tier == "acuut"
    assert "afscheid" in result.families
    assert any(s.family == "afscheid" and s.level == "acuut" for s in result.signals)


def test_odd_input_is_safe():
    assert tier_of("\x1b[31m|||\x00") is None
    assert is_crisis("ik wil\x1b[0m dood")
    assert is_crisis("[bold]ik wil dood[/bold]")
    long_text = ("Ik wil vragen of mijn buurman morgen brood meeneemt, maar ik durf niet. " * 400) + "ik wil dood"
    assert is_crisis(long_text)


def test_import_loads_and_compiles_nothing():
    code = (
        "import sys, vraaghulp.coach.crisis as c; "
        "print('tomllib' in sys.modules, 'vraaghulp.coach.crisis.rules' in sys.modules, "
        "c.rules_are_built())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]


def test_rules_are_built_once():
    assert crisis.compiled_rules() is crisis.compiled_rules()


# ----- normalisation ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("  SUÏCIDE\n\t en  ZELF-MOORD ", " suicide en zelfmoord "),  # case, accents, hyphen, spaces
        ("m'n leven, 'k wil nie", " mijn leven , ik wil niet "),  # chat and Flemish forms
        ("kwil der ni meer zijn", " ik wil er niet meer zijn "),
        ("ikwilnietmeer", " ik wil niet meer "),  # missing spaces
        ("Ik wil dooood!!!", " ik wil dood ! ! ! "),  # repeated letters
        ("kzen het beu", " ik ben het beu "),
        ("ik wil echt gewoon dood", " ik wil dood "),  # filler words dropped
        ("'k zie da ni meer zitte", " ik zie dat niet meer zitten "),
        ("mijn eigen iets aandoen", " mezelf iets aandoen "),
        ("zelf moord", " zelfmoord "),
        ("ik ben doodmoe en we hebben het zodat", " ik ben doodmoe en we hebben het zodat "),  # never split
    ],
)
def test_normalisation(raw, plain):
    assert normalised(raw) == plain


def test_an_ellipsis_is_read_as_end_and_as_pause():
    readings = crisis.compiled_rules().normaliser.readings("ik wil... dood")
    assert readings == [" ik wil . dood ", " ik wil dood "]
    assert is_crisis("ik wil... dood")


def test_escape_sequences_are_removed_not_read():
    assert normalised("ik wil\x1b[31m dood") == " ik wil dood "


# ----- each family, from the examples in the content file ---------------------------------
def _examples(section: str):
    data = load_toml("crisis_signalen")
    for block in data[section]:
        for example in block.get("voorbeelden", []):
            yield pytest.param(block, example, id=f"{block.get('familie', '')}: {example[:40]}")


def _families(text: str) -> set[str]:
    return {s.family for s in assess(text).signals}


@pytest.mark.parametrize(("block", "example"), list(_examples("signaal")))
def test_every_signal_example_gives_its_family(block, example):
    found = _families(example) | set(assess(example).families)
    assert block["familie"] in found or "over-ander" in found, f"{block['uitleg']}: {example!r} -> {found}"


@pytest.mark.parametrize(("block", "example"), list(_examples("combinatie")))
def test_every_combination_example_is_acute(block, example):
    result = assess(example)
    assert result.tier == "acuut", f"{block['uitleg']}: {example!r} -> {result}"


@pytest.mark.parametrize(("block", "example"), list(_examples("uitzondering")))
def test_every_exclusion_example_stays_quiet(block, example):
    assert tier_of(example) is None, f"{block['uitleg']}: {example!r} -> {assess(example)}"


def test_every_block_has_examples():
    data = load_toml("crisis_signalen")
    for section in ("signaal", "uitzondering", "combinatie"):
        for block in data[section]:
            assert block.get("voorbeelden"), f"[[{section}]] zonder voorbeelden: {block.get('uitleg')}"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("ik wil er niet meer zijn", "doodswens"),
        ("als ik morgen niet wakker word vind ik dat niet erg", "passief"),
        ("iedereen is beter af zonder mij", "last-voor-anderen"),
        ("ik spaar mijn slaappillen op", "plan-middel"),
        ("dit is de laatste keer dat je van me hoort", "afscheid"),
        ("mijn kat is voor jou, voor als ik er niet meer ben", "zaken-regelen"),
        ("ik kras weer in mijn arm", "zelfbeschadiging"),
        ("ik neem mijn insuline niet meer, dan gaat het vanzelf", "stoppen-zorg"),
        ("ik sta op de brug en ik kan niet meer", "gevaar-plek"),
        ("sinds oma overleden is wil ik bij haar zijn", "bij-overledene"),
    ],
)
def test_each_acute_family(text, family):
    result = assess(text)
    assert result.tier == "acuut", result
    assert family in result.families, result


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("ik zie geen uitweg meer", "wanhoop"),
        ("ik trek het niet meer", "uitputting"),
        ("het hoeft voor mij niet meer", "geen-zin"),
        ("niemand geeft om mij", "isolatie"),
        ("ik drink elke avond om niks te voelen", "geschiedenis-drank"),
        ("ineens voel ik me heel kalm", "plotse-rust"),
        ("mijn vriendin zegt dat ze niet meer wil leven", "over-ander"),
        ("we keken een documentaire over zelfmoord", "over-ander"),
    ],
)
def test_each_concern_family(text, family):
    result = assess(text)
    assert result.tier == "zorg", result
    assert result.families == (family,), result


# ----- weighing: tiers and combinations --------------------------------------------------
def test_two_different_concerns_are_acute():
    assert tier_of("Ik zie geen uitweg meer.") == "zorg"
    assert tier_of("Niemand geeft om mij.") == "zorg"
    assert tier_of("Ik zie geen uitweg meer. Niemand geeft om mij.") == "acuut"


def test_a_worry_about_someone_else_does_not_add_up_to_acute():
    assert tier_of("Mijn zus zegt dat ze dood wil en ik zie geen uitweg meer.") == "zorg"


def test_hints_alone_count_for_nothing_but_combine():
    assert tier_of("Ik sta op het dak.") is None  # a place
    assert tier_of("Ik ben er klaar mee.") is None  # done with something
    assert tier_of("Ik sta op het dak en ik ben er klaar mee.") == "acuut"
    assert tier_of("Bedankt voor alles.") is None
    assert tier_of("Bedankt voor alles. Mijn fiets is voor jou.") == "acuut"


def test_two_different_arrangements_combine_but_one_does_not():
    assert tier_of("Ik heb een testament laten opstellen bij de notaris.") is None
    assert tier_of("Mijn spaargeld gaat naar mijn zusje, ik heb de pincode voor haar opgeschreven.") == "acuut"


def test_signals_reach_across_sentences_but_patterns_do_not():
    assert tier_of("De pillen liggen klaar. Vannacht.") == "acuut"  # means + time, two sentences
    assert tier_of("Ik wil. Dood is de accu.") is None


def test_someone_else_in_the_sentence_makes_it_a_worry():
    assert tier_of("ik wil niet meer leven") == "acuut"
    assert assess("mijn broer wil niet meer leven").families == ("over-ander",)
    assert tier_of("sinds hij weg is wil ik niet meer leven") == "acuut"


# ----- the content file -------------------------------------------------------------------
def test_the_fast_rules_file_is_up_to_date():
    """crisis_regels.json is exactly what tools/crisis_bouw.py makes from the two TOML files."""
    from vraaghulp.coach.crisis.snapshot import SNAPSHOT_FILE, dumps, make

    stored = (ROOT / "content" / "nl" / SNAPSHOT_FILE).read_text(encoding="utf-8")
    assert stored == dumps(make({})), "draai: python tools/crisis_bouw.py"


def test_every_pattern_starts_at_a_word():
    for entry in crisis.compiled_rules().entries:
        assert entry.source.startswith("\\b"), entry.source[:60]


def test_every_pattern_compiles_and_the_fast_search_matches_re():
    import re

    texts = [" ik wil dood . ", " ik schaam me dood , echt . ", " mijn kat sprong van het dak . ",
             " ik wil er niet meer zijn en ik kan niet meer . ", " doodmoe wil ik dood ! "]
    for entry in crisis.compiled_rules().entries:
        full = re.compile(entry.source)
        assert entry.pattern.pattern in (entry.source, entry.source[2:])
        for text in texts:
            assert [m.span() for m in entry.finditer(text)] == [m.span() for m in full.finditer(text)], entry.source
            assert entry.mask(text, " | ") == full.sub(" | ", text)


def test_a_broken_file_gives_a_dutch_error():
    from vraaghulp.coach.crisis.build import build
    from vraaghulp.errors import VraaghulpError

    with pytest.raises(VraaghulpError, match="crisis_signalen.toml"):
        build({"signaal": [{"familie": "x", "niveau": "acuut", "patronen": ["@bestaatniet"]}]})
    with pytest.raises(VraaghulpError, match="niveau"):
        build({"signaal": [{"familie": "x", "niveau": "heel erg", "patronen": ["x"]}]})
    with pytest.raises(VraaghulpError, match="onbekende familie"):
        build({"signaal": [{"familie": "x", "niveau": "hint", "patronen": ["\\bx"]}],
               "combinatie": [{"familie": "x", "wanneer": ["x", "y"]}]})
    rules = build({"signaal": [{"familie": "x", "niveau": "acuut", "patronen": ["\\b(ongesloten"]}]})
    with pytest.raises(VraaghulpError, match="geen geldige reguliere expressie"):
        rules.entries[0].pattern


def test_keys_are_worked_out_when_the_key_file_is_missing():
    from vraaghulp.coach.crisis.build import build

    rules = build(load_toml("crisis_signalen"), {})
    from vraaghulp.coach.crisis.engine import decide, find_signals

    reading = rules.normaliser.readings("ik wil dood")[0]
    assert decide(rules, find_signals(rules, reading))[0] == "acuut"


SHARDS = 4


@functools.cache
def _searched_everywhere():
    """The rules without key words (every pattern searched in every text), built once per worker:
    compiling its patterns costs seconds, and the shards on one worker share it."""
    from vraaghulp.coach.crisis.build import build

    return build(load_toml("crisis_signalen"), {entry.source: None for entry in crisis.compiled_rules().entries})


@pytest.mark.parametrize("shard", range(SHARDS))
def test_key_words_never_hide_a_signal(shard):
    """Searching only where the key words are gives the same signals as searching everywhere.

    Every fourth distinct corpus line (sorted, so the same lines each run; about 700), split
    over shards so parallel workers share them: all lines cost a minute of CPU for little more
    (every line's tier is checked by the corpus tests, which run the gated search)."""
    from vraaghulp.coach.crisis.engine import find_signals

    gated = crisis.compiled_rules()
    everywhere = _searched_everywhere()
    assert everywhere.always == tuple(range(len(everywhere.entries)))
    texts = sorted({line["tekst"] for path in sorted((ROOT / "tests" / "corpus" / "crisis").glob("*.toml"))
                    if not path.name.startswith("heldout") for line in load_corpus(path)})
    for text in texts[::4][shard::SHARDS]:
        for reading in gated.normaliser.readings(text):
            assert sorted(find_signals(gated, reading)) == sorted(find_signals(everywhere, reading)), text


def load_corpus(path: Path) -> list[dict]:
    import tomllib

    return tomllib.loads(path.read_text(encoding="utf-8"))["regel"]


def test_no_optional_ending_swallows_the_space_before_a_clause_end():
    """'x (?:y)?@zinseinde' never matches "x ." (the space went to the group): write 'x(?: y)?'."""
    import re

    trap = re.compile(r"[\w)] \((?:\?:)?[^()]*(?:\([^()]*\)[^()]*)*\)\?(?:@zinseinde|\\b)$")
    for section in ("signaal", "uitzondering"):
        for block in load_toml("crisis_signalen")[section]:
            for pattern in block["patronen"]:
                assert not trap.search(pattern), pattern


CORE_VARIANTS = """ik wil doood|ik wil echt dood gaan nu|wil dood|ik wil liever dood zijn|ik wil gewoon sterven|
ik wil niet meer leven|kwil nimeer leven|ik wil nie meer leve|ik wil niet langer leven|ik wil niet verder leven|
ik wil er nie meer zijn|ik wil hier weg, voorgoed weg|ik denk aan zelfmoord|ik denk al weken aan zelfmoord|
ik heb zelfmoordgedachten|ik heb suïcidale gedachten|ik pieker over zelfdoding|ik wil mezelf iets aandoen|
ik wil mij iets aan doen|ik ga mezelf iets aandoen|ik ben bang dat ik mezelf iets ga aandoen|
ik wil er een eind aan maken|ik wil er een einde aan make|ik maak er een eind aan|
ik wil een punt zetten achter mijn leven|ik zie het leven niet meer zitten|ik zie het echt niet meer zitten|
mijn leven is voorbij|ik ben klaar met leven|ik wil niet meer bestaan|ik wou dat ik dood was|was ik maar dood|
ik hoop dat ik doodga|ik wil gewoon slapen en niet meer wakker worden|
niet meer wakker worden lijkt me heerlijk|iedereen is beter af zonder mij|ze zijn beter af zonder me|
zonder mij is iedereen beter af|ik snij mezelf|ik snijd in mijn armen|ik kras mezelf|ik doe mezelf pijn|
ik heb weer gesneden|ik heb pillen gespaard|ik heb genoeg pillen om het te doen|ik ga van de brug springen|
ik spring voor de trein|ik ga me ophangen|ik wil me verdrinken|ik heb een afscheidsbrief geschreven|
dit is mijn afscheid|vaarwel allemaal|ik kan niet meer|ik kan het niet meer aan|ik hou het niet meer vol|
ik trek het niet meer|het heeft geen zin meer|alles is zinloos|er is geen hoop meer|ik zie geen uitweg|
ik voel me zo alleen|niemand geeft om me|ik ben zo moe van alles|het hoeft niet meer voor mij"""


@pytest.mark.parametrize("text", [t.strip() for t in CORE_VARIANTS.replace("\n", "").split("|")])
def test_core_phrasings_and_their_spelling_variants_alarm(text):
    assert tier_of(text) is not None, f"{text!r} -> {normalised(text)!r}"
