"""The concept layer of the crisis check: forms, combinations, whose it is, the fast file.

The word-level machinery is tested on small hand-made lexicons and rules; the real
content file is tested through the examples it carries (every [[samen]] rule has
'voorbeelden' that must give its signal and may have 'niet_voorbeelden' it must leave
alone) and through a few lines per concept family.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import assess, tier_of
from vraaghulp.coach.crisis.combine import Located, apply_rules, parse_rules
from vraaghulp.coach.crisis.concepts import Lexicon
from vraaghulp.coach.crisis.lexicon import compile_lexicon
from vraaghulp.content import load_toml
from vraaghulp.errors import VraaghulpError


def _lexicon(concepts: dict, lists: dict | None = None) -> Lexicon:
    return Lexicon(compile_lexicon(concepts, lists or {}))


def _tags(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(hit.name, hit.text) for hit in lexicon.keep(lexicon.tag(text.split(), 0))]


# ----- forms -----------------------------------------------------------------------------
def test_a_form_matches_words_beginnings_endings_lists_gaps_and_numbers():
    lexicon = _lexicon(
        {
            "middel": {"vormen": ["touw", "spaar*", "*pillen", "mes|mesje", "@dier"]},
            "weg": {"vormen": ["er niet meer ~ zijn", "geen # worden"]},
        },
        {"dier": ["kat", "hond"]},
    )
    assert _tags(lexicon, "ik spaarde slaappillen") == [("middel", "spaarde"), ("middel", "slaappillen")]
    assert _tags(lexicon, "een mesje en een mes voor de kat") == [
        ("middel", "mesje"), ("middel", "mes"), ("middel", "kat")]
    assert _tags(lexicon, "ik wil er niet meer zijn") == [("weg", "er niet meer zijn")]
    assert _tags(lexicon, "er niet meer echt helemaal zo zijn") == []  # the gap is 2 words at most
    assert _tags(lexicon, "ik wil geen 18 worden") == [("weg", "geen 18 worden")]
    assert _tags(lexicon, "pillen") == []  # *pillen wants a longer word: a compound
    assert _tags(lexicon, "spaar . touw") == [("middel", "spaar"), ("middel", "touw")]


def test_a_gap_never_crosses_a_sentence_end():
    lexicon = _lexicon({"weg": {"vormen": ["niet ~ zijn"]}})
    assert _tags(lexicon, "niet nu zijn") == [("weg", "niet nu zijn")]
    assert _tags(lexicon, "niet . zijn") == []


def test_a_form_can_end_at_the_end_of_the_text():
    lexicon = _lexicon({"later": {"vormen": ["voor als ."]}})
    assert _tags(lexicon, "de code staat in de la voor als") == [("later", "voor als")]
    assert _tags(lexicon, "voor als ze groot is") == []


def test_a_negatable_concept_does_not_count_after_niet_or_geen():
    lexicon = _lexicon({"middel": {"vormen": ["pillen"], "ontkenbaar": True}, "ander": {"vormen": ["touw"]}})
    assert _tags(lexicon, "ik heb geen pillen gekocht") == []
    assert _tags(lexicon, "ik heb pillen gekocht") == [("middel", "pillen")]
    assert _tags(lexicon, "geen touw") == [("ander", "touw")]


def test_a_concept_is_switched_off_by_a_nearby_tenzij_concept():
    lexicon = _lexicon({
        "weg": {"vormen": ["als ik er niet ben"], "tenzij": ["even"], "tenzij_binnen": 3},
        "even": {"vormen": ["morgen", "vakantie"]},
    })
    assert ("weg", "als ik er niet ben") in _tags(lexicon, "voor als ik er niet ben")
    assert ("weg", "als ik er niet ben") not in _tags(lexicon, "als ik er morgen niet ben")
    assert ("weg", "als ik er niet ben") in _tags(lexicon, "als ik er niet ben , lang daarna komt de vakantie")


def test_a_broken_concept_file_gives_a_dutch_error():
    with pytest.raises(VraaghulpError, match="crisis_begrippen.toml"):
        compile_lexicon({"x": {"vormen": ["@bestaatniet"]}}, {})
    with pytest.raises(VraaghulpError, match="begint of eindigt met ~"):
        compile_lexicon({"x": {"vormen": ["~ pillen"]}}, {})
    with pytest.raises(VraaghulpError, match="onbekende begrippen"):
        parse_rules([{"naam": "r", "familie": "f", "niveau": "acuut", "alle": ["x", "y"]}], frozenset({"x"}), frozenset())
    with pytest.raises(VraaghulpError, match="niveau"):
        parse_rules([{"naam": "r", "familie": "f", "niveau": "heel erg", "alle": ["x"]}], frozenset({"x"}), frozenset())


# ----- combinations ----------------------------------------------------------------------
LEXICON = {
    "middel": {"vormen": ["pillen", "touw"]},
    "verwerven": {"vormen": ["gespaard", "gekocht"]},
    "afscheid": {"vormen": ["bedankt voor alles", "zorg goed voor"]},
    "gewoon": {"vormen": ["schommel"]},
    "tijd": {"vormen": ["vannacht"]},
}


def _weigh(rules: list[dict], text: str, lexicon: dict | None = None) -> list[tuple[str, str, str]]:
    lex = _lexicon(lexicon or LEXICON)
    parsed = parse_rules(rules, lex.names, frozenset())
    sentences = [s.split() for s in text.split("|")]
    words, sentence_of, hits = [], [], []
    for n, sentence in enumerate(sentences):
        hits += lex.tag(sentence, len(words))
        words += sentence
        sentence_of += [n] * len(sentence)
    persons = (frozenset({"ik", "me", "mij", "mijn"}), frozenset({"hij", "zij", "ze", "hem", "haar", "broer"}))
    return apply_rules(parsed, lex.keep(hits), Located(words, sentence_of, *persons))


MEANS = {"naam": "middel-verworven", "familie": "plan-middel", "niveau": "acuut", "alle": ["middel", "verwerven"],
         "binnen": 6, "tenzij": ["gewoon"], "ander": "zorg"}


def test_concepts_combine_within_their_window():
    assert _weigh([MEANS], "ik heb pillen gespaard") == [
        ("plan-middel", "acuut", "middel-verworven (middel: pillen + verwerven: gespaard)")]
    assert _weigh([MEANS], "pillen liggen hier al heel lang en zijn nooit ergens gespaard") == []  # too far apart
    assert _weigh([MEANS], "ik heb pillen") == []  # one concept is not enough


def test_sentence_and_message_windows():
    in_sentence = dict(MEANS, binnen="zin")
    assert _weigh([in_sentence], "pillen ook | gespaard") == []
    assert _weigh([dict(MEANS, binnen="bericht")], "pillen ook | gespaard")[0][1] == "acuut"


def test_an_ordinary_context_nearby_switches_a_rule_off_but_not_across_a_change_of_subject():
    assert _weigh([MEANS], "ik heb touw gekocht voor de schommel") == []
    assert _weigh([MEANS], "die schommel is leuk btw ik heb touw gekocht")[0][1] == "acuut"


def test_two_items_of_one_concept_need_two_different_wordings():
    rule = {"naam": "twee", "familie": "afscheid", "niveau": "acuut", "alle": ["afscheid", "afscheid"],
            "binnen": "bericht"}
    assert _weigh([rule], "bedankt voor alles | bedankt voor alles") == []
    assert _weigh([rule], "bedankt voor alles | zorg goed voor de kat")[0][1] == "acuut"


def test_items_in_order_when_asked():
    rule = {"naam": "r", "familie": "f", "niveau": "acuut", "alle": ["middel", "verwerven"], "volgorde": True}
    assert _weigh([rule], "pillen gespaard") and not _weigh([rule], "gespaard pillen")


def test_a_hint_rule_feeds_a_later_rule():
    rules = [dict(MEANS, niveau="hint"),
             {"naam": "met-tijd", "familie": "plan-middel", "niveau": "acuut",
              "alle": ["middel-verworven", "tijd"], "binnen": "bericht"}]
    assert _weigh(rules, "ik heb pillen gespaard") == []
    found = _weigh(rules, "ik heb pillen gespaard | vannacht")
    assert found and found[0][2].startswith("met-tijd (middel-verworven: middel-verworven (")


def test_whose_it_is():
    assert _weigh([MEANS], "hij heeft pillen gespaard") == [
        ("over-ander", "zorg", "middel-verworven (middel: pillen + verwerven: gespaard)")]
    assert _weigh([dict(MEANS, ander="")], "hij heeft pillen gespaard") == []
    assert _weigh([MEANS], "mijn broer zegt dat ik pillen gespaard heb")[0][0] == "plan-middel"
    assert _weigh([MEANS], "lieve broer , ik heb pillen gespaard")[0][0] == "plan-middel"  # a comma ends the look-back


# ----- the real rules --------------------------------------------------------------------
def _samen(field: str):
    for rule in load_toml("crisis_begrippen")["samen"]:
        for example in rule.get(field, []):
            yield pytest.param(rule, example, id=f"{rule['naam']}: {example[:40]}")


@pytest.mark.parametrize(("rule", "example"), list(_samen("voorbeelden")))
def test_every_rule_example_gives_its_signal(rule, example):
    result = assess(example)
    mine = [s for s in result.signals if s.phrase.startswith(f"{rule['naam']} (")]
    assert mine, f"{rule['uitleg']}: {example!r} -> {result}"
    assert result.tier is not None


@pytest.mark.parametrize(("rule", "example"), list(_samen("niet_voorbeelden")))
def test_no_rule_fires_on_its_counter_examples(rule, example):
    result = assess(example)
    assert not [s for s in result.signals if s.phrase.startswith(f"{rule['naam']} (")], f"{example!r} -> {result}"
    assert result.tier != "acuut", f"{example!r} -> {result}"


def test_every_rule_and_concept_is_explained_and_every_signal_rule_has_examples():
    data = load_toml("crisis_begrippen")
    for name, concept in data["begrip"].items():
        assert concept.get("uitleg"), name
    for rule in data["samen"]:
        assert rule.get("uitleg"), rule["naam"]
        if rule["niveau"] != "hint":
            assert rule.get("voorbeelden"), rule["naam"]


def test_no_concept_form_holds_a_filler_word_the_text_never_keeps():
    fillers = load_toml("crisis_signalen")["tekst"]["vulwoorden"]
    single = {f for f in fillers if " " not in f}
    several = [f" {f} " for f in fillers if " " in f]
    dead = [(name, form) for name, concept in load_toml("crisis_begrippen")["begrip"].items()
            for form in concept.get("vormen", [])
            if single & set(form.split()) or any(f in f" {form} " for f in several)]
    assert not dead, f"deze vormen kunnen nooit passen (vulwoorden zijn al weg): {dead}"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("heb bij drie drogisten paracetamol gehaald zodat niemand iets doorheeft", "plan-middel"),
        ("ik heb uitgezocht welke flat het hoogst is hier", "plan-middel"),
        ("jullie waren de beste, ik vergeet jullie nooit. doei voor altijd", "afscheid"),
        ("mijn gitaar is voor jou, ik heb hem toch niet meer nodig", "zaken-regelen"),
        ("als ik morgen onder een bus kom, is dat ook prima", "passief"),
        ("sinds opa er niet meer is, wil ik alleen nog bij hem zijn", "bij-overledene"),
        ("zit op de kaai al een uur naar het water te kijken, ik kan het niet meer", "gevaar-plek"),
        ("ik heb mijn pillen allemaal weggegooid, dan gaat het vanzelf", "stoppen-zorg"),
        ("mijn benen zitten vol sneetjes, ik draag alleen nog lange broeken", "zelfbeschadiging"),
        ("mijn ouders zouden eindelijk rust hebben als ik er niet meer was", "last-voor-anderen"),
    ],
)
def test_each_acute_concept_family_in_fresh_words(text, family):
    result = assess(text)
    assert result.tier == "acuut", result
    assert family in result.families, result


@pytest.mark.parametrize(
    "text",
    [
        "ik heb touw gekocht voor de moestuin, de bonen moeten omhoog",
        "Ik heb de hond naar het pension gebracht want we gaan twee weken naar Portugal.",
        "ik sta op het perron en de trein heeft weer vertraging, ik ben het zo beu",
        "De dokter zei dat ik mag stoppen met de bloeddrukpillen.",
        "Mijn man is vorig jaar overleden. Ik ga elke zondag naar zijn graf.",
        "doei allemaal, ik ga een weekje op kamp, tot zaterdag!",
        "heb een litteken op mijn knie van toen ik van mijn fiets viel",
        "ik geef mijn oude laptop aan mijn broertje, ik heb een nieuwe gekregen",
    ],
)
def test_ordinary_lines_sharing_the_words_stay_quiet(text):
    assert tier_of(text) is None, assess(text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("oma is overleden, ik wil gewoon bij mama zijn vandaag", "zorg"),
        ("opa is gisteren begraven, het was mooi, nu wil ik vooral bij oma zijn", "zorg"),
        ("opa is overleden en ik wil bij opa zijn", "acuut"),
        ("oma is dood en ik wil bij haar zijn, ik heb hier niks meer", "acuut"),
    ],
)
def test_wanting_a_living_relative_after_another_died_is_gentle_not_the_panel(text, tier):
    result = assess(text)
    assert result.tier == tier, result
    assert "bij-overledene" in result.families, result


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("ik mis mijn oma zo, ze woont nu in Spanje, ik wil haar achterna voor de zon", "zorg"),
        ("sterven lijkt me niet zo erg meer sinds ik met de palliatieve zorg heb gepraat over mijn moeder", "zorg"),
        ("mijn broer woont in Gent. sinds papa overleden is wil ik hem achterna", "acuut"),
        ("sterven lijkt me niet zo erg meer, eigenlijk hoop ik dat het snel gebeurt", "acuut"),
        ("de dokter vroeg of ik ooit gedachten had om mezelf iets aan te doen, ik zei nee, gelukkig niet", "zorg"),
        ("de dokter vroeg of ik gedachten had om mezelf iets aan te doen, ik zei nee maar dat was gelogen", "acuut"),
        ("ik heb met niemand gepraat vandaag, lekker rustig gelezen", None),
    ],
)
def test_an_acute_phrase_made_ambiguous_by_its_own_sentence_gets_the_gentle_line(text, tier):
    assert assess(text).tier == tier, assess(text)


# ----- the fast file ---------------------------------------------------------------------
def test_an_edited_toml_file_is_read_instead_of_a_stale_fast_file(monkeypatch):
    from vraaghulp.coach.crisis import snapshot

    made = []
    real_make = snapshot.make
    monkeypatch.setattr(snapshot, "checksums", lambda: {"crisis_signalen": "anders", "crisis_begrippen": "anders"})
    monkeypatch.setattr(snapshot, "make", lambda known=None, needs=True: made.append((len(known or {}), needs))
                        or real_make(known, needs))
    rules = snapshot.load()
    assert made and made[0][0] > 500  # the stale file's key sets were reused, not worked out again
    assert made[0][1] is False  # round 34: what each pattern needs is worked out when it is compiled, not ahead
    reading = rules.normaliser.readings("ik spaar mijn pillen op")[0]
    from vraaghulp.coach.crisis.engine import scan
    from vraaghulp.coach.crisis.weigh import concept_signals

    sentences, found = scan(rules, reading)
    assert any(s.family == "plan-middel" for s in concept_signals(rules.concepts, sentences, found))


def test_the_rules_come_from_the_fast_file_when_it_is_current():
    from vraaghulp.coach.crisis import snapshot

    assert snapshot._stored()["bronnen"] == snapshot.checksums()
    assert crisis.compiled_rules().concepts.lexicon.names >= {"middel", "afscheid", "zonder-mij"}


def test_the_fast_file_is_read_a_row_at_a_time_and_gives_the_rules_the_toml_files_give():
    """Only the head of crisis_regels.json is decoded up front; every pattern, key set and concept
    form read later is the one `snapshot.make` works out from the TOML files."""
    from vraaghulp.coach.crisis import snapshot
    from vraaghulp.coach.crisis.rules import from_digest
    from vraaghulp.coach.crisis.weigh import build_concepts

    lazy = snapshot.load()
    assert type(lazy.entries).__name__ == "_StoredEntries"
    lazy.normaliser.readings("ziekenhuis")
    from vraaghulp.coach.crisis.engine import scan

    scan(lazy, " ik moet naar het ziekenhuis . ")
    assert 0 < len(lazy.entries._entries) < len(lazy.entries) // 4  # only what those words lead to was read
    made = snapshot.make({})
    assert snapshot._stored() == made  # the rows put back where they came from (a rebuild reuses its key sets)
    full = from_digest(made["signalen"])
    full.concepts = build_concepts(made["begrippen"], full)
    assert len(lazy.entries) == len(full.entries) and lazy.first_signal == full.first_signal
    assert lazy.families == full.families and lazy.concepts.lexicon.names == full.concepts.lexicon.names
    for i, (one, other) in enumerate(zip(lazy.entries, full.entries)):
        assert (one.family, one.level, one.person, one.written, one.where) == (
            other.family, other.level, other.person, other.written, other.where)
        assert lazy.key_sets(i) == full.key_sets(i)
    forms = lazy.concepts.lexicon._written
    assert len(forms) == len(full.concepts.lexicon._written)
    assert [forms[n] for n in range(len(forms))] == list(full.concepts.lexicon._written)
    _same_tables(lazy, full)


def _same_tables(lazy, full):
    """The tables whose buckets are rows (`files.BUCKETS`) were read only where a word needed them,
    and give what the tables made from the TOML files give, bucket by bucket."""
    tables = [(rules.normaliser.words, rules.index, rules.concepts.lexicon._single, rules.concepts.lexicon._exact,
               rules.concepts.lexicon._pairs) for rules in (lazy, full)]
    for one, other in zip(*tables):
        buckets = one._buckets
        assert type(buckets).__name__ == "_Buckets" and isinstance(other._buckets, dict)
        assert len(buckets._read) < len(other._buckets) // 2  # only the buckets of the words seen so far
        assert list(one.keys()) == list(other.keys())  # every bucket read now, in the same order
        for key in list(other.keys())[::7] + ["", "q", "zz", "ziekenhuis", "ik wil"]:
            assert (one.get(key, None), key in one, one.has_prefix(key)) == (
                other.get(key, None), key in other, other.has_prefix(key))


def test_the_fast_file_with_windows_line_ends_is_still_read_a_row_at_a_time(tmp_path, monkeypatch):
    from vraaghulp.coach.crisis import snapshot

    real = snapshot._path
    for name in (*(f"{source}.toml" for source in snapshot.SOURCES), snapshot.SNAPSHOT_FILE):
        data = open(real(name), "rb").read()
        (tmp_path / name).write_bytes(data.replace(b"\n", b"\r\n") if name == snapshot.SNAPSHOT_FILE else data)
    monkeypatch.setattr(snapshot, "_path", lambda name: str(tmp_path / name))
    head, rows = snapshot._lazy()
    assert head["versie"] == snapshot.VERSION and rows.row("patronen", 0) == snapshot.make({})["signalen"]["patronen"][0]


@pytest.mark.parametrize("text", [
    "nou mensen, dat was het dan, bedankt voor alles, kom gauw eens langs",
    "dag allemaal, bedankt voor de fijne jaren, houd contact en bel eens",
    "ik neem afscheid van jullie allemaal, tot op de barbecue in juni",
])
def test_a_farewell_with_a_meeting_ahead_is_an_ordinary_goodbye(text):
    assert tier_of(text) != "acuut"


@pytest.mark.parametrize("text", [
    "dag allemaal, bedankt voor de fijne jaren, we zien elkaar nooit meer",
    "bedankt voor alles en tot ziens aan de andere kant, vaarwel allemaal",
    "dag allemaal, bedankt voor alles, voor als ik er niet meer ben: tot ziens",
])
def test_a_meeting_denied_or_beyond_death_or_a_strong_word_keeps_the_panel(text):
    assert tier_of(text) == "acuut"
