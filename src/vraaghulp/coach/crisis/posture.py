"""Which zorg-level families are separate worries (rule 2 of `engine.decide`: two give acuut).

Round 29 (c29): a third of the lines the corpus marks `zorg` (hopelessness without a plan, a
burden, tired of life) got the full panel because one posture was counted twice:

- an echo: a concept rule read the very words of another family's phrase ("ik ben alleen nog een
  last voor mijn vrouw" is `last-voor-anderen`, and `wanhoop-over-mezelf` found "ben alleen een
  last voor" in it; "waarvoor sta ik nog op" is `geen-zin` and `wanhoop` at once). A derived
  signal whose found words all stand inside another family's phrase is that family's worry again
  (not where those words speak of life itself: "ik ben zo moe van het leven" stays two);
- meaninglessness and hopelessness (`geen-zin` and `wanhoop`) side by side, with no "nooit"
  (never better, never gone) in their words: "niks heeft nog zin, alles voelt leeg" is one
  despair, not two. Every other pair still adds up, and so does this one with a "nooit".

Round 30 (c30b): exhaustion and hopelessness (`uitputting`, `wanhoop`) read one posture twice in
two more ways: the very same words found by both families ("ik voel me al maanden zo leeg"), and a
hopelessness that is only the qualifier of the tiredness ("ik kan niet meer, niet van het werk, van
alles": the concept finds "niet van het werk") or a state of it, not an outlook ("ik voel me leeg",
"elke dag is een gevecht", "ik voel niks meer", "ik ben mezelf kwijt"). Not where the tiredness is a wish that it stops
("ik wil dat het stopt"), nor where the words speak of life itself.

Round 31 (c31): and an outlook of it alone ("ik kan niet meer, ik zie geen uitweg", "geen toekomst
meer"): without a plan, a means, a farewell or a wish it is one worry. Not with "nooit", "nergens",
"zwart" or life, not beside an earlier attempt, a named moment or crying alone (hints `poging-vroeger`, `tijd`, `alleen-huilen`).

Round 31 (c31b): a passive wish the writer says he will not act on ("maar ik ga niks doen hoor", frame
`doe-niks-ontkend`), read by several families, is one worry; and "ik kan niet meer" beside only "niemand die het
ziet / merkt" (the exhaustion unseen).

Round 32 (c32): "alles voelt zinloos" beside plain tiredness is a state of it (like "leeg"); and "ik ben het zat" beside
only "het heeft allemaal geen zin meer" is one worry (fed up, no sense in it; the corpus marks the pair zorg each time).

Standard library only; no pattern, only the signals' own words.
"""

from __future__ import annotations

# Families that say one posture between them (a set of one group's names).
_ONE_DESPAIR = frozenset(("geen-zin", "wanhoop"))
_NEVER = ("nooit",)
_LIFE = frozenset(("leven", "levens", "bestaan"))
_TIRED, _DESPAIR = "uitputting", "wanhoop"
_ONE_TIRED = frozenset((_TIRED, _DESPAIR))
_STATE = frozenset(("leeg", "leegte", "gevecht", "kwijt", "zinloos"))  # round 32 (c32): "alles voelt zinloos"
_WISH = frozenset(("wil", "wou", "wilde", "stopt", "ophoudt", "ophouden", "stoppen"))
_OUTLOOK = frozenset(("uitweg", "toekomst", "licht", "perspectief"))  # round 31 (c31)
_HEAVY = frozenset(("nooit", "nergens", "zwart"))
_WEIGHT_HINTS = frozenset(("poging-vroeger", "tijd", "alleen-huilen"))
_DENIED_NOTE = " (ontkend: ik doe niks)"
_ALONE = "isolatie"
_SENSE = "geen-zin"  # round 32 (c32)
_SEES = frozenset(("ziet", "merkt", "overneemt", "opmerkt", "ziet't", "snapt"))  # round 31 (c31b)
_MISSED = frozenset(("mist", "missen", "zou", "zal"))  # frame_levels.DENIED_NOTE (round 31, c31b); posture reads no module of rules


def _found_words(phrase: str) -> list[str] | None:
    """The words a concept rule found ("naam (a: x y + b: z)" -> ["x y", "z"]); None for a plain phrase."""
    if not phrase.endswith(")") or " (" not in phrase:
        return None
    inner = phrase[phrase.index(" (") + 2:-1]
    parts = [part.split(": ", 1)[1] for part in inner.split(" + ") if ": " in part]
    return parts or None


def _echoes(family: str, phrases: list[str], others: dict[str, list[str]]) -> bool:
    """Every phrase of `family` is a derived one whose words stand inside a phrase of another family."""
    plain = [set(p.split()) for fam, ps in others.items() if fam != family for p in ps if _found_words(p) is None]
    for phrase in phrases:
        words = _found_words(phrase)
        if words is None or any(w in _LIFE for found in words for w in found.split()):
            return False  # "moe van het leven": tired of life itself is its own weight in the corpus, never an echo
        if not all(any(_inside(w.split(), p) for p in plain) for w in words):
            return False
    return True


def _inside(words: list[str], phrase: set[str]) -> bool:
    """All the found words but one stand in the phrase ("ben alleen een last voor" in "ik ben alleen een last")."""
    return len(words) >= 2 and sum(w in phrase for w in words) >= len(words) - 1


def _same_words(family: str, phrases: list[str], others: dict[str, list[str]]) -> bool:
    """Every phrase of `family` is word for word a phrase of another family (not of life itself)."""
    elsewhere = {p for fam, ps in others.items() if fam != family for p in ps}
    return all(p in elsewhere and not _LIFE & set(p.split()) for p in phrases)


def _qualifier_only(concern: dict[str, list[str]]) -> bool:
    """Hopelessness found only as "niet van <x>" beside a tiredness that is no wish (round 30, c30b)."""
    tired, despair = concern.get(_TIRED), concern.get(_DESPAIR)
    if not tired or not despair or any(_WISH & set(p.split()) or _LIFE & set(p.split()) for p in tired):
        return False
    return all(_only_state(p) for p in despair)


def _only_state(phrase: str) -> bool:
    """A hopelessness phrase that names a state of the tiredness, not an outlook: "niet van <x>" (a
    qualifier), empty, numb, a daily fight, lost to myself; never with "nooit" or life itself."""
    words = _found_words(phrase)
    if words is not None:
        return all(w.startswith("niet van ") for w in words)
    tokens = set(phrase.split())
    if tokens & _LIFE or "nooit" in tokens:
        return False
    return bool(tokens & _STATE) or (bool(tokens & {"niets", "niks"}) and "voel" in tokens)


def _outlook_only(concern: dict[str, list[str]], hints: frozenset[str]) -> bool:
    """Round 31 (c31): "ik kan niet meer" beside only "geen uitweg" / "geen toekomst" (an outlook of the
    same exhaustion, no plan, means, farewell or wish): one worry. Not with "nooit", "nergens", "zwart" or
    life itself, not where the tiredness is a wish that it stops, not beside an earlier attempt or a moment."""
    despair = _beside_plain_tiredness(concern, _DESPAIR, hints)
    return bool(despair) and all(_outlook(p) for p in despair)


def _beside_plain_tiredness(concern: dict[str, list[str]], family: str, hints: frozenset[str]) -> list[str]:
    """The phrases of `family` when "ik kan niet meer" stands beside them as plain tiredness: not a wish that it
    stops, not life itself, no weight hint (an earlier attempt, a moment, crying alone) beside them; else []."""
    tired, phrases = concern.get(_TIRED), concern.get(family)
    if not tired or not phrases or hints & _WEIGHT_HINTS:
        return []
    if any(_WISH & set(p.split()) or _LIFE & set(p.split()) for p in tired):
        return []
    return phrases


def _outlook(phrase: str) -> bool:
    """'zie geen uitweg', 'geen toekomst meer', 'geen licht meer' (also as a concept's found words)."""
    words = _found_words(phrase)
    tokens = set(" ".join(words).split()) if words is not None else set(phrase.split())
    if tokens & (_LIFE | _HEAVY):
        return False
    return bool(tokens & {"geen", "gin"}) and bool(tokens & _OUTLOOK)


def _denied(phrases: list[str]) -> bool:
    """Round 31 (c31b): every phrase a wish the writer says he will not act on ("maar ik ga niks doen hoor")."""
    return all(p.endswith(_DENIED_NOTE) for p in phrases)


def _unseen_only(concern: dict[str, list[str]], hints: frozenset[str]) -> bool:
    """Round 31 (c31b): "ik kan niet meer" beside only "niemand die het ziet / merkt / overneemt": the exhaustion
    unseen is one worry (the corpus marks the pair zorg; with a wish, a drink, a place or "geen zin" it stays more).
    Not where the tiredness is a wish or life itself, not with "nooit" or "missen", not beside a weight hint."""
    alone = _beside_plain_tiredness(concern, _ALONE, hints)
    return bool(alone) and all(_unseen(p) for p in alone)


def _unseen(phrase: str) -> bool:
    tokens = set(phrase.split())
    return ("niemand" in tokens and bool(tokens & _SEES) and not tokens & (_LIFE | _HEAVY | _MISSED)
            and _found_words(phrase) is None)


def _fed_up_only(concern: dict[str, list[str]], hints: frozenset[str]) -> bool:
    """Round 32 (c32): "ik ben het zat" beside only "het heeft allemaal geen zin meer" (the corpus marks the pair zorg
    each time): fed up and no sense in it, one worry. Not with "nooit" or life itself, not beside a weight hint, and
    only where every tiredness phrase is being fed up ("zat"), not "ik kan niet meer"."""
    tired = concern.get(_TIRED, [])
    sense = _beside_plain_tiredness(concern, _SENSE, hints)
    return (bool(sense) and all("zat" in p.split() for p in tired)
            and not any(set(p.split()) & (_LIFE | _HEAVY) for p in sense))


def separate(concern: dict[str, list[str]], hints: frozenset[str] = frozenset()) -> set[str]:
    """The zorg families (family -> its phrases) that count as separate worries; `hints`: the families of
    the hint-level signals beside them (an earlier attempt, a moment)."""
    kept = {family for family, phrases in concern.items() if not _echoes(family, phrases, concern)}
    denied = sorted(family for family in kept if _denied(concern[family]))
    kept -= set(denied[1:])  # one passive wish, denied, read by several families: one worry
    if _ONE_TIRED <= kept and (_same_words(_DESPAIR, concern[_DESPAIR], concern) or _qualifier_only(concern)
                               or _outlook_only(concern, hints)):
        kept -= {_DESPAIR}
    if {_TIRED, _ALONE} <= kept and _unseen_only(concern, hints):
        kept -= {_ALONE}
    if {_TIRED, _SENSE} <= kept and _fed_up_only(concern, hints):
        kept -= {_SENSE}
    if _ONE_DESPAIR <= kept and not any(n in p for f in _ONE_DESPAIR for p in concern[f] for n in _NEVER):
        kept = (kept - _ONE_DESPAIR) | {"wanhoop"}
    return kept
