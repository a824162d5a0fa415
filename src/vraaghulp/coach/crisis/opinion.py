"""Step 5 of the crisis check: a fitted second opinion that only ever gives the gentle tier.

When the rules find nothing, a logistic score over the features of the message (of a long
message: of each sentence, the most worrying one counts) decides whether it still gets the
gentle line (tier ``zorg``, family ``inschatting``). When the panel comes from ambiguous
families alone (`AMBIGUOUS`: a farewell, arranging things, a dangerous place) and the score is far below any alarm (under the floor
``ondergrens``), the message gets the gentle line instead of the panel. It never gives
the full panel and never silences a rule. The weights live in ``content/nl/crisis_gewichten.json``
(fitted by ``tools/crisis_net_fit.py`` on the crisis corpus; its header says how); they are
read the first time a message reaches this step. Standard library only.

The features (`features`), over the masked, normalised sentences the rules saw:

- ``c:<begrip>``: a concept of ``crisis_begrippen.toml`` found in the message;
- ``s:<familie>``: a hint-level signal of a rule (a weak phrase no rule weighs on its own);
- ``w:<woord>`` and ``b:<woord>_<woord>``: the words and word pairs of each sentence;
- ``v:...``: a few shapes: the writer speaks of themself, a negation near a word of living
  or dying, a word of finality, and both of the last two with the writer.
"""

from __future__ import annotations

import math
from itertools import repeat

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

    from vraaghulp.coach.crisis.engine import Signal

__all__ = ["AMBIGUOUS", "FAMILY", "LINE_WORDS", "ORDINARY_BESIDE", "WEIGHTS_FILE", "features", "forget", "needed",
           "most_worrying", "nothing_else", "ordinary_note", "pieces", "score", "second_opinion", "speaks_beyond", "weights"]

FAMILY = "inschatting"  # the reason code of a gentle line given by the score alone
# Families whose panel alone is often an ordinary message (a goodbye to colleagues, papers at the
# notary, a bridge at work): with a score under the floor (``ondergrens``, set by
# tools/crisis_net_fit.py) such a panel gives the gentle line instead. Chosen in round 13 from the
# panels of files nobody had tuned for yet (crisis corpus README, "round 13: the floor"); a wish to
# die (`doodswens`) and passive wishes (`passief`) lowered no false panel there and stay out.
# Round 19 (c19e): `last-voor-anderen` too ("vanaf maandag zijn jullie van mij af, ik begin bij de concurrent"):
# on the first states of the round-18 blind files it held 2 of the 16 false panels, and no real panel of any
# blind file's first state fell under the floor with it.
AMBIGUOUS = frozenset(("afscheid", "zaken-regelen", "gevaar-plek", "last-voor-anderen"))
WEIGHTS_FILE = "crisis_gewichten.json"

_SKIP = frozenset((".", "!", "?", ";", "|", ",", ":"))
_NEGATIONS = frozenset(("niet", "geen", "nooit", "nie", "ni"))
_LIVING = frozenset(("leven", "levend", "dood", "sterven", "wakker", "bestaan", "verder", "doorgaan", "hier",
                     "overleven", "volhouden", "vol", "aan", "meer"))
_FINAL = frozenset(("laatste", "voorgoed", "afscheid", "eind", "einde", "klaar", "nooit", "vaarwel", "straks",
                    "binnenkort", "vannacht", "vanavond", "definitief", "allerlaatste", "weg"))
_NEAR = 3  # how many words before a living word a negation may stand
LINE_WORDS = 30  # a message up to this many words is scored as a whole, like a corpus line


def features(sentences: list[str], concepts: list[str], signals: list[Signal], first_person: frozenset[str],
             given: set[str] | None = None) -> set[str]:
    """The feature names of one message (see the module docstring); `given`: those of its concepts and
    hint signals, when already worked out (`_given`: the same for every sentence of a message)."""
    found = _given(concepts, signals) if given is None else set(given)
    found |= _word_features(sentences, first_person)
    return found


def _word_features(sentences: list[str], first_person: frozenset[str]) -> set[str]:
    """The features of the words of `sentences` (words, pairs of words, and the three 'v:' ones)."""
    found: set[str] = set()
    add = found.add
    me = negated_life = final = False
    for sentence in sentences:
        words = [w for w in sentence.split() if w not in _SKIP]
        before = None
        for word in words:  # the names added in the same order as ever (round 42, c42f: the three shapes apart)
            add(f"w:{word}")
            if before is not None:
                add(f"b:{before}_{word}")
            before = word
        me = me or not first_person.isdisjoint(words)
        final = final or not _FINAL.isdisjoint(words)
        if not negated_life and not _LIVING.isdisjoint(words):
            negated_life = any(word in _LIVING and any(w in _NEGATIONS for w in words[max(0, i - _NEAR):i])
                               for i, word in enumerate(words))
    for name, present in (("ik", me), ("ontkend-leven", negated_life), ("finaal", final)):
        if present:
            found.add(f"v:{name}")
            if me and name != "ik":
                found.add(f"v:{name}+ik")
    return found


def _given(concepts: list[str], signals: list[Signal]) -> set[str]:
    """The features of the concepts and hint signals of a message."""
    found = {f"c:{name}" for name in dict.fromkeys(concepts)}  # round 58 (s58): each name once, in the same order
    found.update(f"s:{s.family}" for s in signals if s.level == "hint")
    return found


_loaded: list[dict[str, Any]] = []  # the weights, once read (a list: no functools import needed)


def weights() -> dict[str, Any]:
    """The fitted model: {"drempel", "bias", "gewichten": {feature: weight}, ...}; read once."""
    if not _loaded:
        import json

        from vraaghulp.coach.crisis.files import path

        try:
            with open(path(WEIGHTS_FILE), encoding="utf-8") as handle:
                model = json.load(handle)
        except (OSError, ValueError):
            model = {"drempel": 2.0, "bias": 0.0, "gewichten": {}}  # no file: the score never speaks
        _loaded.append(model)
    return _loaded[0]


def forget() -> None:
    """Let go of the weights (read again when next needed)."""
    _loaded.clear()


def score(found: set[str], model: dict[str, Any] | None = None) -> float:
    """The probability (0..1) the model gives that the message needs care."""
    model = model or weights()
    table = model["gewichten"]
    return _probability(model["bias"] + sum(map(table.get, found, repeat(0.0))))


def _probability(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def pieces(sentences: list[str], short: bool) -> list[list[str]]:
    """What the score reads as one: a message as short as a corpus line (`short`) whole, a longer
    one sentence by sentence (each once)."""
    return [sentences] if short else [[sentence] for sentence in dict.fromkeys(sentences)]


def most_worrying(sentences: list[str], concepts: list[str], signals: list[Signal], first_person: frozenset[str],
                   model: dict[str, Any], short: bool) -> tuple[set[str], float]:
    """The features and score of the part of the message the model finds most worrying.

    The model was fitted on corpus lines of one or two sentences. Over a whole long message
    its small word weights add up (apologies, 'ik weet dat je het druk hebt', a deadline), and
    ordinary e-mails reached the threshold; one sentence at a time is what it knows. A message
    as short as a corpus line (`short`) is scored as a whole, as it was fitted. The concepts and
    hint signals of the whole message count in every sentence.
    """
    best: tuple[set[str], float] = (set(), 0.0)
    given = _given(concepts, signals)  # round 31: once, not again for every sentence
    table = model["gewichten"]
    base = model["bias"] + sum(map(table.get, given, repeat(0.0)))  # round 32 (c32s): weighed once too
    for piece in pieces(sentences, short):
        own = _word_features(piece, first_person)  # never a concept's or a signal's name: no overlap with `given`
        value = _probability(base + sum(map(table.get, own, repeat(0.0))))  # c36s: the same sum, read in C
        if value > best[1]:
            best = (given | own, value)
    return best


# A message whose words deny any meeting, reach beyond death ("we zien elkaar nooit meer", "tot
# ziens aan de andere kant") or speak of life and death in so many words ("ik neem afscheid van de
# fanfare en van dit leven") holds no weak farewell: the floor leaves its panel.
_BEYOND = frozenset(("nooit", "nimmer", "overkant", "hiernamaals", "hemel", "daarboven",
                     "leven", "dood", "sterven", "mezelf", "zelfmoord"))


# ... nor one that says others will be rid of the writer ("niemand hoeft zich nog zorgen om mij te
# maken", "dan ben ik niemand meer tot last"): the relief of others is a warning sign of its own.
_RELIEF = ("andere kant", "niemand hoeft", "hoeft niemand", "zorgen om mij", "zorgen over mij", "zorgen om me",
           "zorgen over me", "tot last", "geen last meer")


def needed(tier: str | None, families: tuple[str, ...], sentences: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether the rules' verdict is one the score may change (nothing, or acuut from an
    ambiguous family alone, unless the (masked) sentences deny a meeting, reach beyond death,
    speak of life and death (`_BEYOND`) or of others rid of the writer (`_RELIEF`))."""
    if tier is None:
        return True
    if tier != "acuut" or not families or not set(families) <= AMBIGUOUS:
        return False
    return not speaks_beyond(sentences)


def speaks_beyond(sentences: list[str] | tuple[str, ...]) -> bool:
    """The (masked) sentences deny a meeting, reach beyond death, speak of life and death (`_BEYOND`)
    or of others rid of the writer (`_RELIEF`): the floor leaves such a message its panel."""
    return any(_BEYOND.intersection(sentence.split()) or any(p in sentence for p in _RELIEF) for sentence in sentences)


# Round 19 (c19e): where the message holds nothing but the ambiguous kinds and times (`nothing_else`: no
# hint of a means, a death, being done, leaving things behind, ...) and the panel comes from combinations
# alone (parts that met by chance, not one alarming phrase), the floor reads the whole message only.
# Before, the panel stayed whenever one sentence read alone scored above the floor; in a long ordinary
# message one always does ("Bedankt voor alles!", "De sleutel ligt onder de mat"), so the floor never
# reached the handovers, retirements and trips behind most false panels of the blind files' first states.
# A message with any other hint ("Dit is mijn afscheidsbrief. Het is niet jullie schuld.") keeps the old
# reading: the whole message and each sentence must score low (crisis corpus README, "Round 19 (c19e)").
ORDINARY_BESIDE = frozenset(("tijd",))  # a day or an hour says nothing of its own


def nothing_else(signals: list[Signal]) -> bool:
    """Every signal (any level) is of an ambiguous family (`AMBIGUOUS`) or a plain time, and the panel comes from
    combinations alone (two parts met by chance), never from one phrase that is an alarm of its own ("Mijn
    afscheidsbrief ligt in de la")."""
    return all((s.family in AMBIGUOUS or s.family in ORDINARY_BESIDE) and (s.level != "acuut" or _combined(s))
               for s in signals)


def _combined(signal: Signal) -> bool:
    """A signal of a combination or concept rule: 'afscheid-en-meer (afscheid: bedankt voor alles + regelen: ...)'."""
    return " (" in signal.phrase and " + " in signal.phrase


# Round 25 (c25r): a handover before a trip with a duration or a return ("ik ga drie maanden reizen door Chili", "tot ik
# terug ben", "ik ben terug op de 20e"; concept `reis-duur`) where the message holds nothing but the ambiguous kinds
# and times (`nothing_else`) and says nothing beyond (`needed`): the trip explains the keys, the codes and the thanks,
# so the panel becomes the gentle line whatever the score (c25r's refit scored the Chili handover 0.022, over the floor).
def _trip_explains(concepts: list[str], signals: list[Signal]) -> bool:
    return "reis-duur" in concepts and nothing_else(signals)


def second_opinion(tier: str | None, families: tuple[str, ...], sentences: list[str], concepts: list[str],
                   signals: list[Signal], first_person: frozenset[str],
                   short: bool = True) -> tuple[str | None, tuple[str, ...], Signal | None]:
    """The tier and families after the second opinion, and its own signal (None: no change).

    The rules found nothing and the score reaches the threshold: zorg, family `FAMILY`.
    The rules say acuut from an ambiguous family alone (`AMBIGUOUS`) and the score is under
    the file's floor (``ondergrens``): zorg, the rules' families kept. Its signal names the
    score and the features that weighed most (shown, never stored).
    """
    from vraaghulp.coach.crisis.engine import Signal

    model = weights()
    if tier is not None and model.get("ondergrens", 0.0) <= 0:
        return tier, families, None  # the floor is off: the panel stays
    table = model["gewichten"]
    if tier is None:
        found, value = most_worrying(sentences, concepts, signals, first_person, model, short)
    else:  # the whole message scores low, and each sentence too or nothing else is in it (see above)
        found = features(sentences, concepts, signals, first_person)
        value = score(found, model)
        if not nothing_else(signals):
            most = most_worrying(sentences, concepts, signals, first_person, model, short=False)
            if most[1] > value:
                found, value = most
    if tier is None and value >= model["drempel"]:
        top = sorted((name for name in found if table.get(name, 0.0) > 0), key=lambda n: -table[n])[:3]
        return "zorg", (FAMILY,), Signal(FAMILY, "zorg", f"score {value:.2f} ({', '.join(top)})")
    if tier == "acuut" and (value < model.get("ondergrens", 0.0) or _trip_explains(concepts, signals)):
        return "zorg", families, ordinary_note(found, value, table)
    return tier, families, None


def ordinary_note(found: set[str], value: float, table: dict, also: str = "") -> Signal:
    """The note of a score under the floor: the score and the three features that weighed most against worry."""
    from vraaghulp.coach.crisis.engine import Signal

    low = sorted((name for name in found if table.get(name, 0.0) < 0), key=lambda n: table[n])[:3]
    return Signal(FAMILY, "hint", f"score {value:.3f}, lijkt gewoon{also} ({', '.join(low)})")
