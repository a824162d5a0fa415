"""When the fitted second opinion (`opinion`) adds no gentle line although the rules found nothing: the rules read
the worrying words as a character's (`_character_only`), a message-wide frame took them down (`_framed_quiet`), the
writer worries about someone else (`_worry_for_other`), an ordinary kind the score misreads (`_ordinary_kind`), a plan
about a habit (`_habit_plan`), faith beside enjoying life (`_faith_and_living`). Used by `assess` (`quiet`).

Round 47 (s47): split from the package's `__init__`, and loaded only where the score is asked: a search term or a
name (fewer than `MIN_WORDS` words) never needs it. Standard library only.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from vraaghulp.coach.crisis.engine import Signal
    from vraaghulp.coach.crisis.rules import Rules


def quiet(signals: list[Signal], sentences: list[str], concepts: list[str], rules: Rules) -> bool:
    """Whether the score adds no gentle line to a message in which the rules gave no tier (the tests in turn)."""
    return (_character_only(signals, sentences, rules) or _framed_quiet(signals)
            or _worry_for_other(signals, sentences, concepts, rules) or _ordinary_kind(signals, concepts)
            or _habit_plan(signals, concepts) or _faith_and_living(signals, concepts))


def _framed_quiet(signals: list[Signal]) -> bool:
    """A message-wide frame that weighed the whole message took its signals down (an estate at the
    notary, someone else's jump in the news): the score, reading the same words, adds no gentle line."""
    from vraaghulp.coach.crisis.frame_levels import quieted

    return any(quieted(s) for s in signals)


# Writing (an essay, a story, a poem) is not watching: what someone writes may be their own.
_WRITING = ("schrijf", "schreef", "schrijv", "geschreven", "opstel", "gedicht", "dagboek")


def _character_only(signals: list[Signal], sentences: list[str], rules: Rules) -> bool:
    """The rules read the worrying words as what a character of a film, book or game does
    ("die film waar dat meisje van de brug springt"): the score, which reads the same words
    without knowing whose they are, gives no gentle line for them (not where someone writes)."""
    from vraaghulp.coach.crisis.context import story_character

    if not any(story_character(s) for s in signals):
        return False
    third = rules.concepts.third_person  # round 39 (c39): "die gast schrijft een afscheidsbrief" is the plot
    return not any(_someone_writes(sentence.split(), third) for sentence in sentences)


def _someone_writes(said: list[str], third: frozenset[str]) -> bool:
    """A word of writing in the sentence that is not a third person's ('die gast schrijft')."""
    return any(word.startswith(_WRITING) and (i == 0 or said[i - 1] not in third) for i, word in enumerate(said))


# Round 23 (c23k): the writer is worried about someone else ("ik maak me zorgen, m'n vriendin eet niks"), and the
# rules heard nothing of the writer's own: the score, which reads the other's words as the writer's, adds no gentle
# line. Not where the worry is about the writer ("om mij", "over mezelf"), nor beside any signal of the rules, nor
# where the other's words speak of not being there, death or a means ("ge gaat mij niet lang meer moeten verdragen").
_ABOUT_SELF = ("om mij", "om me", "om mezelf", "om mijzelf", "over mij", "over me", "over mezelf", "voor mezelf")
_QUIET_FAMILIES = frozenset(("tijd",))
_GRAVE_CONCEPTS = frozenset(("niet-zijn", "dood", "net-dood", "net-weg", "overleden", "afscheid", "middel", "zelfletsel",
                             "nood", "plan", "methode", "hiernamaals-ik", "finaal"))


def _worry_for_other(signals: list[Signal], sentences: list[str], concepts: list[str], rules: Rules) -> bool:
    if "zorgen-om-ander" not in concepts or any(s.family not in _QUIET_FAMILIES for s in signals):
        return False
    if _GRAVE_CONCEPTS.intersection(concepts):
        return False
    third = rules.third_person
    said = " ".join(sentences)
    return not any(f" {p} " in f" {said} " for p in _ABOUT_SELF) and any(w in third for w in said.split())


# Ordinary kinds the score misreads, with no grave concept and only quiet signals beside them: the score adds no
# gentle line. Per concept, which signals may stand beside it.
# - Round 25 (c25m) 'motor-werk': someone at work on what the score reads as a means ("hij is de motor aan het
#   afstellen" in a closed garage) and the rules heard nothing: the score weighs "garage", "toe" and "draait" without
#   the job (round 24's refits gave this review line 0.91-0.95).
# - Round 25 (c25r) 'zelf-onhandig': not trusting oneself with an ordinary thing ("ik vertrouw mezelf niet meer alleen
#   met een kwast", "bang voor mezelf met die creditcard"), which the rules already read as clumsiness or temptation
#   (their exclusions name the same things), with only hints beside it: the score weighs "mezelf niet meer alleen"
#   without the thing (c25r's refit gave the review line 0.912 against a threshold of 0.911).
_ORDINARY_KINDS = {
    "motor-werk": lambda s: s.family in _QUIET_FAMILIES,
    "zelf-onhandig": lambda s: s.level == "hint",
    "geluid-last": lambda s: s.level == "hint",  # round 26 (c26n): "koptelefoon op, dan heeft niemand meer last van me"
    # round 26 (c26n): a habit or a sport given up, and "ik wil dat ook" ("mijn zus die niet meer wil sporten, ik wil dat
    # ook": 0.93 with the refit of the floor 0.02), with nothing but hints beside it
    "gewoonte-stoppen": lambda s: s.level == "hint",
    # round 27 (c27o): a will or an advance directive set down, and "verder gaat alles goed hier" (0.93-0.99 on its own)
    "gaat-goed-gezegd": lambda s: s.level == "hint",
}
_KIND_BESIDE = {"gaat-goed-gezegd": frozenset(("gewoon-regelen", "levenseinde-papieren", "levenseinde-gewoon"))}


def _ordinary_kind(signals: list[Signal], concepts: list[str]) -> bool:
    if _GRAVE_CONCEPTS.intersection(concepts):
        return False
    return any(all(quiet(s) for s in signals) for name, quiet in _ORDINARY_KINDS.items()
               if name in concepts and (name not in _KIND_BESIDE or _KIND_BESIDE[name].intersection(concepts)))


# Round 25 (c25r): a plan about an everyday habit someone gave up or wants to give up ("die jongen wou niet meer
# gamen, ik heb ook al een plan daarvoor", "ik stop met roken, mijn plan is klaar"), and the rules heard nothing: the
# score, which weighs "plan" without what it is for, adds no gentle line (c25m's refit gave this review line 0.93).
# 'plan' is the only grave concept such a plan may carry: not with a means, a time of night, death or an end
# ("een plan om er een eind aan te maken"), nor beside any signal of the rules but a plan's own hint ("ik heb een plan").
_HABITS = frozenset(("gewoonte-stoppen",))
_HABIT_BESIDE = frozenset(("tijd", "tijd-stil", "tegen-datum", "doe-ik-het", "plan-het", "springen", "springen-nu",
                          "springen-straks", "hoge-plek", "zelfmoord"))


# Round 31 (c31): no fear of death because of one's faith, said beside enjoying life now ("ik ben niet bang voor de
# dood, ik geloof dat er daarna rust is bij God. dat geeft me kracht om nog te genieten van mijn kleinkinderen"), and
# the rules heard nothing at all, not even a hint: the score, which weighs "dood" and "rust", adds no gentle line.
_FAITH = frozenset(("dood-geloof", "bij-god"))
_FAITH_NOT = frozenset(("niet-zijn", "middel", "afscheid", "plan", "methode", "finaal", "nood", "zelfletsel",
                        "hiernamaals-ik", "net-weg"))


def _faith_and_living(signals: list[Signal], concepts: list[str]) -> bool:
    return not signals and "geniet-nog" in concepts and bool(_FAITH.intersection(concepts)) \
        and not _FAITH_NOT.intersection(concepts)


def _habit_plan(signals: list[Signal], concepts: list[str]) -> bool:
    if not _HABITS.intersection(concepts) or _HABIT_BESIDE.intersection(concepts):
        return False
    return not (_GRAVE_CONCEPTS - {"plan"}).intersection(concepts) and \
        all(s.family in _QUIET_FAMILIES or (s.family == "plan" and s.level == "hint") for s in signals)
