"""Third round of the crisis check: word forms, the gentle safety net, ordinary contexts and
whose words they are (a person spoken to, someone quoted).

The machinery is tested on small hand-made lexicons and rules where that is clearer; the
real content files through sentences that show one behaviour each.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess, compiled_rules, tier_of
from vraaghulp.coach.crisis.audience import quoted_by_other
from vraaghulp.coach.crisis.combine import Located, apply_rules, parse_rules
from vraaghulp.coach.crisis.concepts import Lexicon
from vraaghulp.coach.crisis.lexicon import compile_lexicon
from vraaghulp.coach.crisis.engine import SAFETY_NET, Signal, decide, net_only_alone
from vraaghulp.coach.crisis.morph import noun_forms, verb_forms

IRREGULAR = {"kopen": ["kocht", "gekocht"], "zoeken": ["zocht", "gezocht"], "gaan": ["ging", "gegaan", "ga", "gaat"]}


# ----- word forms ------------------------------------------------------------------------
def test_a_regular_verb_follows_t_kofschip_and_doubles_a_long_vowel():
    assert set(verb_forms("sparen")) >= {"spaar", "spaart", "sparen", "spaarde", "spaarden", "gespaard", "te sparen"}
    assert set(verb_forms("werken")) >= {"werk", "werkt", "werkte", "werkten", "gewerkt"}
    assert set(verb_forms("leven")) >= {"leef", "leeft", "leefde", "geleefd"}
    assert "regel" in verb_forms("regelen") and "regeel" not in verb_forms("regelen")  # a toneless e stays single
    assert "verzameld" in verb_forms("verzamelen") and "geverzameld" not in verb_forms("verzamelen")


def test_an_irregular_verb_takes_its_past_from_the_table():
    forms = verb_forms("kopen", IRREGULAR)
    assert {"koop", "koopt", "kocht", "kochten", "gekocht", "te kopen"} <= set(forms)
    assert "koopte" not in forms
    assert {"ga", "gaat", "ging", "gingen", "gegaan"} <= set(verb_forms("gaan", IRREGULAR))
    assert "gat" not in verb_forms("gaan", IRREGULAR)  # no made-up present of a short verb


def test_a_separable_verb_is_written_joined_and_split():
    forms = verb_forms("op+zoeken", IRREGULAR)
    # round 40 (c40b): the gap of a split form stops at a comma too ("~3,"): "doodging, na die looping" is no "nagaan"
    assert {"opzoeken", "opgezocht", "op te zoeken", "zoek ~3, op", "zocht ~3, op"} <= set(forms)


def test_a_noun_gets_plurals_and_dutch_and_flemish_diminutives():
    assert {"pil", "pillen", "pilletje", "pilletjes", "pilleke", "pillekes"} <= set(noun_forms("pil"))
    assert {"brieven", "briefje"} <= set(noun_forms("brief"))
    assert "*touw" in noun_forms("*touw") and not any(f.startswith("*") for f in noun_forms("mes"))


def test_werkwoorden_and_naamwoorden_become_forms_of_the_concept():
    lexicon = Lexicon(compile_lexicon(
        {"verzamelen": {"werkwoorden": ["op+sparen"], "naamwoorden": ["*pil"]}}, {}, {}))
    tags = [(hit.name, hit.text) for hit in lexicon.tag("ik spaar ze al weken op".split(), 0)]
    assert ("verzamelen", "spaar ze al weken op") in tags
    assert [hit.text for hit in lexicon.tag("twee slaappilletjes".split(), 0)] == ["slaappilletjes"]


# ----- the safety net --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Sterven lijkt mij niet eens zo eng meer.",  # since round 5 a precise (passief) signal
        "ik ben niet bang meer voor de dood",
        "zelfmoord, daar denk ik dus best vaak over",
    ],
)
def test_the_writer_speaking_of_dying_gets_at_least_the_gentle_line(text):
    assert tier_of(text) is not None, assess(text)


def test_the_net_alone_is_the_gentle_line_and_names_itself():
    result = assess("de dood voelt voor mij minder ver weg dan vroeger")
    assert (result.tier, result.families) == ("zorg", (SAFETY_NET,))
    assert any(signal.phrase.startswith("vangnet-dood (") for signal in result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn opa is vorige week dood gegaan.",  # someone else's death
        "mijn zus denkt de laatste tijd veel aan de dood",  # the writer is not the one
        "We hadden het in de les over de dood.",  # a subject at school
        "de accu van mijn telefoon is dood",
        "ik ga dood van de honger, wat eten we",
        "ik heb me gesneden aan een glas bij de afwas",
    ],
)
def test_the_net_stays_quiet_on_other_people_and_ordinary_contexts(text):
    assert not [s for s in assess(text).signals if s.family == SAFETY_NET], assess(text)


def test_the_net_never_adds_up_to_acute_and_gives_way_to_a_precise_rule():
    rules = compiled_rules()
    net = Signal(SAFETY_NET, "zorg", "vangnet-dood (dood: dood)")
    tired = Signal("uitputting", "zorg", "ik kan niet meer")
    hopeless = Signal("wanhoop", "zorg", "het wordt nooit beter")  # round 31 (c31): "geen uitweg" alone is one worry
    assert decide(rules, [net, tired])[0] == "zorg"  # the net and one concern are not two concerns
    assert decide(rules, [tired, hopeless])[0] == "acuut"  # two real concerns are
    assert net_only_alone([net, tired]) == [tired]
    assert net_only_alone([net]) == [net]


def test_a_rule_for_the_writer_only_needs_the_writer_named():
    lexicon = Lexicon(compile_lexicon({"dood": {"vormen": ["dood"]}}, {}))
    rule = parse_rules([{"naam": "net", "familie": "vangnet", "niveau": "zorg", "alle": ["dood"], "persoon": "ik"}],
                       lexicon.names, frozenset())
    persons = (frozenset({"ik", "me", "mij", "mijn"}), frozenset({"hij", "ze", "opa"}))

    def weigh(text: str, implied: frozenset[int] = frozenset()) -> list:
        words = text.split()
        return apply_rules(rule, lexicon.tag(words, 0), Located(words, [0] * len(words), *persons, implied))

    assert weigh("ik denk aan dood")
    assert not weigh("de dood is een raadsel")  # nobody named
    assert not weigh("opa is dood")
    assert weigh("denk aan dood", frozenset({0}))  # "denk" opens the clause: an unwritten ik


# ----- ordinary contexts and whose words --------------------------------------------------
def test_an_acute_phrase_in_a_game_or_story_gets_the_gentle_line():
    assert tier_of("ik wil niet meer leven") == "acuut"
    result = assess("in die film: ik wil niet meer leven")
    assert result.tier == "zorg", result


def test_a_person_spoken_to_is_not_the_subject():
    result = assess("Voor het geval dat: de code van mijn telefoon is 4411. Zeg tegen mama dat het niet haar schuld is.")
    assert result.tier == "acuut", result
    assert assess("mijn vriendin wil niet meer leven").families == ("over-ander",)


def test_someone_quoted_straight_is_a_worry_not_the_writer():
    third = frozenset({"opa", "tante", "hij", "ze"})
    stops = frozenset({"."})
    quote = "mijn opa zegt altijd : als ik dood ben".split()
    assert quoted_by_other(quote, quote.index("als"), third, stops)
    reported = "mijn opa zegt dat ik beter dood kan zijn".split()
    assert not quoted_by_other(reported, reported.index("beter"), third, stops)  # "dat": about the writer
    mine = "ik zei tegen opa : ik wil dood".split()
    assert not quoted_by_other(mine, mine.index("wil"), third, stops)
    result = assess("mijn opa zegt altijd 'als ik dood ben krijg jij mijn horloge'")
    # round 42 (c42z): read as opa's words (over-ander); the gentle line's floor then leaves this ordinary saying quiet
    assert result.tier != "acuut" and any(s.family == "over-ander" for s in result.signals), result


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("mi no wani libi moro", "ik wil niet meer leven"),
        ("ik kin net mear", "ik kan niet meer"),
        ("'k ne pakke mien pillen nie mi", "ik pak mijn pillen niet meer"),
        ("ich wil neet mie laeve", "ik wil niet meer leven"),
        ("ik wil nait meer", "ik wil niet meer"),
        ("ik wil niet leven meer", "ik wil niet meer leven"),
    ],
)
def test_dialect_second_language_and_mixed_wording_is_read_plainly(text, plain):
    from vraaghulp.coach.crisis import normalised

    assert normalised(text).strip() == plain
