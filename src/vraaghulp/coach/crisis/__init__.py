"""Crisis-language detection: does a text need the help panel, a gentle line, or nothing?

Pure and private: no I/O besides reading the rules once, lazily, on the first check
(``content/nl/crisis_regels.json``, made from ``crisis_signalen.toml`` and
``crisis_begrippen.toml``; importing this package loads and compiles nothing). A detection
is only ever shown, never stored.

- `assess(text)` -> `Assessment(tier, families, signals)`; `tier` is ``"acuut"`` (show the
  full panel), ``"zorg"`` (one gentle line, the flow goes on) or ``None``.
- `is_crisis(text)`: exactly "the tier is acuut" (krimp and the panel rely on this).
- `tier_of(text)`: just the tier.

How it works: `normalise` brings the text into one plain written form (chat spelling,
dialect, typos, missing spaces); `engine` masks the exclusions (only their own words: `own`)
and finds the phrase signals of `rules`; `weigh` marks the concepts (`concepts`) and weighs them together (`combine`);
`engine.decide` turns all signals into a tier; where that is none, `opinion` (a fitted
score, weights in ``crisis_gewichten.json``) may give ``zorg``, never more. `snapshot` makes
the rules load fast.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing alone costs milliseconds
if TYPE_CHECKING:
    from vraaghulp.coach.crisis.engine import Signal
    from vraaghulp.coach.crisis.rules import Rules

__all__ = ["ACUUT", "ZORG", "Assessment", "about_someone_else", "assess", "is_crisis", "tier_of", "compiled_rules",
           "normalised", "observe", "observe_floor", "observe_pieces", "release_rules"]

ACUUT = "acuut"
ZORG = "zorg"
RULES_FILE = "crisis_signalen"
CONCEPTS_FILE = "crisis_begrippen"


class Assessment:
    """What the check found: the tier, the families that made it, every signal."""

    __slots__ = ("tier", "families", "signals")

    def __init__(self, tier: str | None, families: tuple[str, ...] = (), signals: tuple[Signal, ...] = ()) -> None:
        self.tier = tier  # "acuut", "zorg" or None
        self.families = families  # the signal families that made the tier, deciding ones first
        self.signals = signals  # every signal found (family, level, phrase); shown, never stored

    def __bool__(self) -> bool:  # truthy when anything should be shown
        return self.tier is not None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Assessment) and (self.tier, self.families, self.signals) == (
            other.tier, other.families, other.signals)

    def __repr__(self) -> str:
        return f"Assessment(tier={self.tier!r}, families={self.families!r}, signals={self.signals!r})"


_built: list[Rules] = []  # the rules, once built (a list: no functools import needed)


def compiled_rules() -> Rules:
    """The rules of crisis_signalen.toml and crisis_begrippen.toml, built once per process.

    Read from the ready-made crisis_regels.json when it matches both TOML files (see
    `snapshot`); patterns are compiled only when a text first needs them.
    """
    if not _built:
        from vraaghulp.coach.crisis.snapshot import load

        _built.append(load())
    return _built[0]


def rules_are_built() -> bool:
    """Whether the rules were built in this process (for tests of the lazy start)."""
    return bool(_built)


def release_rules() -> None:
    """Let go of the built rules (and the patterns `re` keeps, and the second opinion's
    weights), for a command that checked its texts and still has a large scan ahead: the scan
    reuses that memory. The next check builds them again."""
    if _built:
        import gc
        import re
        import sys

        from vraaghulp.coach.crisis.normalise import forget

        _built.clear()
        opinion = sys.modules.get("vraaghulp.coach.crisis.opinion")  # not imported just to forget
        if opinion is not None:
            opinion.forget()
        said = sys.modules.get("vraaghulp.coach.crisis.said_kinds")  # round 33 (c33t): the frames' scanners
        if said is not None:
            said.forget()
        forget()
        re.purge()
        gc.collect()


def normalised(text: str) -> str:
    """The text as the patterns see it (the first reading; for tests and the eval)."""
    return compiled_rules().normaliser.readings(text or "")[0]


MIN_WORDS = 4  # a word-based score says nothing about a search term or a name: shorter texts skip it


def assess(text: str | None) -> Assessment:
    """Weigh every crisis signal in `text`. Where the rules find nothing, the fitted second
    opinion (`opinion`) may still give the gentle tier; where only an ambiguous family (an
    ordinary-looking farewell) gives the panel and the score is far too low, it gives the
    gentle tier instead (never nothing)."""
    if not text or not text.strip():
        return Assessment(None)
    readings = compiled_rules().normaliser.readings(text)  # made once, the first passed on (round 53, c53a)
    signals, sentences, concepts = _weigh(text, readings)
    tier, families = _decide(signals)
    words = len(text.split())
    if words < MIN_WORDS:  # a search term or a name: the second opinion (and its module) stays out
        return Assessment(tier, families, tuple(dict.fromkeys(signals)))
    from vraaghulp.coach.crisis.opinion import LINE_WORDS, needed, second_opinion

    if needed(tier, families, sentences) and not (tier is None and _score_quiet(signals, sentences, concepts)):
        tier, families, note = second_opinion(tier, families, sentences, concepts, signals,
                                              compiled_rules().first_person, words <= LINE_WORDS)
        if note is not None:
            signals.append(note)
        if tier is None:  # round 43 (c43z): lasting despair in the writer's own words, no rule's (zorg, never more)
            from vraaghulp.coach.crisis.despair import signal

            note = signal(sentences, text)
            if note is None:  # round 43 (c43a): an end left unsaid (a gift, a goodbye, a place, a passive wish)
                from vraaghulp.coach.crisis.unsaid_end import signal as unsaid

                note = unsaid(sentences, text)
            if note is not None:
                tier, families = ZORG, (note.family,)
                signals.append(note)
    elif tier == ZORG:  # round 42 (c42z): a borrowed or broad reading alone in an ordinary message
        from vraaghulp.coach.crisis.gentle_floor import dropped

        note = dropped(signals, sentences, concepts, compiled_rules().first_person, words <= LINE_WORDS)
        if note is None:  # round 49 (c49b): the rules' gentle line on a word in its everyday sense ('ik zit vast met')
            from vraaghulp.coach.crisis.ordinary_ask import quieted

            note = quieted(signals, readings[0])
        if note is not None:
            return Assessment(None, (), tuple(dict.fromkeys(signals + [note])))
    if tier is None:  # round 44 review (c44r, c44r2): the writer's own farewell beside a death, 'ik volg je' too
        from vraaghulp.coach.crisis.other_death import own_farewell

        note = own_farewell(sentences)
        if note is not None:
            tier, families = (ACUUT if note.level == "acuut" else ZORG), (note.family,)
            signals.append(note)
    if tier != ACUUT:  # the gentle shapes (rounds 47, 52: `gentle_shapes`), an end said in other words (round 54)
        from vraaghulp.coach.crisis.said_end import settle

        tier, families = settle(text, readings[0], signals, tier, families, (assess, normalised))
    if tier == ZORG and _gentle_quieted(signals, text, readings[0]):  # round 51 (c51b)
        return Assessment(None, (), tuple(dict.fromkeys(signals)))
    if tier == ACUUT and _panel_lowered(signals, sentences, text, readings[0]):
        tier = ZORG
    return Assessment(tier, families, tuple(dict.fromkeys(signals)))


def _gentle_quieted(signals: list[Signal], text: str, reading: str) -> bool:
    """Whether a gentle line gets no tier (a note is added to `signals`): round 51 (c51b, `ordinary_kinds51`), every
    signal a plain ordinary cause explains (joy beside 'ik kan niet meer', tiredness after named work, a film judged,
    someone else already helped)."""
    from vraaghulp.coach.crisis.ordinary_kinds54c import gentle_note  # rounds 51-53, 54 (c54c)

    note = gentle_note(signals, reading, text)
    if note is not None:
        signals.append(note)
    return note is not None


def _panel_lowered(signals: list[Signal], sentences: list[str], text: str, reading: str) -> bool:
    """Whether an acute message gets the gentle line instead (a note is added to `signals`): round 48 (c48), round 49
    (c49, `ordinary_kinds`), round 50 (c50a, `ordinary_kinds50`) and round 51 (c51b, `ordinary_kinds51`), acute words whose ordinary cause the message names; round 49 (c49), a song or film line
    quoted and asked about; round 44 (c44f), a farewell taken of someone who died."""
    from vraaghulp.coach.crisis.ordinary_cause import lowered as explained

    note = explained(signals, reading)
    if note is None:
        from vraaghulp.coach.crisis.ordinary_kinds import lowered as kind_of

        note = kind_of(signals, reading)
    if note is None:  # round 50 (c50a): four more shapes (a scratch from the cat, stopped on the doctor's word ...)
        from vraaghulp.coach.crisis.ordinary_kinds50 import lowered as kind50

        note = kind50(signals, reading)
    if note is None:  # round 51 (c51b): a cut on a tin ...; round 52 (c52b): roof work, a meeting joke ...
        from vraaghulp.coach.crisis.ordinary_kinds54 import panel_note  # round 54 (c54a) after 51-53

        note = panel_note(signals, reading, text)
    if note is None:
        from vraaghulp.coach.crisis.quoted_song import lowered as quoted

        note = quoted(signals, text, assess)
    if note is None:
        from vraaghulp.coach.crisis.other_death import lowered

        note = lowered(signals, sentences, compiled_rules().third_person)
    if note is None:  # round 49 (c49b): a combination on a word in its everyday sense ('de release staat gepland')
        from vraaghulp.coach.crisis.ordinary_ask import lowered as everyday

        note = everyday(signals, reading)
    if note is not None:
        signals.append(note)
    return note is not None


def _score_quiet(signals: list[Signal], sentences: list[str], concepts: list[str]) -> bool:
    """Whether the score adds no gentle line where the rules gave no tier (`quiet`; loaded only here)."""
    from vraaghulp.coach.crisis.quiet import quiet

    return quiet(signals, sentences, concepts, compiled_rules())


def observe(text: str) -> tuple[str | None, tuple[str, ...], set[str]]:
    """The tier and families of the rules alone, and the features of the second opinion
    (for the fit script)."""
    from vraaghulp.coach.crisis.opinion import features

    signals, sentences, concepts = _weigh(text)
    tier, families = _decide(signals)
    return tier, families, features(sentences, concepts, signals, compiled_rules().first_person)


def observe_pieces(text: str) -> tuple[str | None, list[set[str]]]:
    """The tier of the rules alone, and the feature sets the second opinion would score, as
    `assess` reads them (none for a text under `MIN_WORDS` words; for the fit script)."""
    from vraaghulp.coach.crisis.opinion import LINE_WORDS, features, pieces

    signals, sentences, concepts = _weigh(text)
    tier, _families = _decide(signals)
    words = len(text.split())
    if words < MIN_WORDS:
        return tier, []
    first_person = compiled_rules().first_person
    return tier, [features(piece, concepts, signals, first_person) for piece in pieces(sentences, words <= LINE_WORDS)]


def observe_floor(text: str) -> tuple[str | None, tuple[str, ...], set[str], list[set[str]], bool, bool]:
    """What the floors of the second opinion read (for the fit script): the rules' tier and families,
    the features of the whole message and of each sentence, whether the panel floor reads the whole
    message only (`opinion.nothing_else`), and whether the message says too much for any floor
    (`opinion.speaks_beyond`)."""
    from vraaghulp.coach.crisis.opinion import features, nothing_else, speaks_beyond

    signals, sentences, concepts = _weigh(text)
    tier, families = _decide(signals)
    first_person = compiled_rules().first_person
    whole = features(sentences, concepts, signals, first_person)
    each = [features([sentence], concepts, signals, first_person) for sentence in dict.fromkeys(sentences)]
    return tier, families, whole, each, nothing_else(signals), speaks_beyond(sentences)


def _weigh(text: str, readings: list[str] | None = None) -> tuple[list[Signal], list[str], list[str]]:
    """Every signal of the rules, the masked sentences of every reading (`readings`: if made), the concepts found."""
    from vraaghulp.coach.crisis.engine import net_only_alone, scan
    from vraaghulp.coach.crisis.weigh import reading_signals

    compiled = compiled_rules()
    signals: list[Signal] = []
    every: list[str] = []
    concepts: list[str] = []
    for reading in readings or compiled.normaliser.readings(text):
        sentences, found = scan(compiled, reading)
        signals += reading_signals(compiled.concepts, sentences, found, concepts)
        every += sentences
    return net_only_alone(signals), every, concepts


def _decide(signals: list[Signal]) -> tuple[str | None, tuple[str, ...]]:
    from vraaghulp.coach.crisis.engine import decide

    return decide(compiled_rules(), signals)


def tier_of(text: str | None) -> str | None:
    """Just the tier: "acuut", "zorg" or None."""
    return assess(text).tier


# Round 46 (c46z2): what the writer may say of themself beside someone else's words and still ask about that person:
# how to help, what to do, their own worry. Any other first-person word ("ik ook", "net als ik", "ik wil met haar mee",
# "ik doe mee") or agreeing with what was said ("misschien heeft hij gelijk") makes it the writer's own line.
# Round 46 second review (c46r2): never over the writer's own despair said in the same words ("hoe kan ik zo nog leven",
# "wat moet ik nog op deze wereld doen", "ik weet niet hoe verder"); "we", "ons", "zelfde", "same" are the writer's too.
_HELPING = (r"\b(?!(?:\w+ ){0,8}?(?:leven|verder|wereld|doorgaan|hier|zonder|zin)\b)(?:hoe (?:kan|moet|help|bereik) (?:ik|k) (?:\w+ ){0,3}?|wat (?:moet|kan|zal) (?:ik|k) (?:\w+ ){0,3}?doen"
            r"|ik maak (?:me|mij) (?:\w+ ){0,2}?zorgen|ik ben (?:\w+ ){0,2}?(?:bang|ongerust|bezorgd) (?:dat|om|voor)"
            r"|ik weet (?:\w+ ){0,2}?niet (?:wat|hoe)|(?:we|wij) maken ons (?:\w+ ){0,2}?zorgen|maakt zich (?:\w+ ){0,2}?zorgen"
            r"|wat (?:moeten|kunnen) (?:we|wij) (?:\w+ ){0,3}?doen|(?:we|wij) weten (?:\w+ ){0,2}?niet (?:wat|hoe))\b")
_OWN_WORDS = (r"\b(?:ik|k|mij|me|mezelf|mijzelf|gelijk|we|wij|ons|onze|zelf|same|idem|zelfde|hetzelfde|net zo\w*|wie wel"
               r"|mijn (?:gedachten|hart|leven|hoofd))\b")


def about_someone_else(assessment: Assessment, text: str) -> bool:
    """The gentle tier given by someone else's words alone (every signal of the zorg or acuut level is
    `over-ander`): the line to show is about that person, not the writer (round 46, c46z) -- unless the
    writer says anything of themself beside it but how to help (`_HELPING`; c46z2: when in doubt, the
    writer's own line)."""
    import re

    levels = [s.family for s in assessment.signals if s.level in (ZORG, ACUUT)]
    if not (assessment.tier == ZORG and levels and all(family == "over-ander" for family in levels)):
        return False
    return re.search(_OWN_WORDS, re.sub(_HELPING, " ", normalised(text))) is None


def is_crisis(text: str | None) -> bool:
    """True when the text needs the full help panel (tier acuut)."""
    return assess(text).tier == ACUUT
