"""Step 4b of the crisis check: weigh the concepts together (``[[samen]]`` rules).

A rule names the concepts that must all be there (``alle``; ``a|b`` = either), how close
together (``binnen``: a number of words, ``"zin"`` for one sentence, ``"bericht"`` for the
whole message), and what makes it ordinary (``tenzij``: a concept that, found within
``tenzij_binnen`` words of one of the hits (8 unless said; ``"zin"``: in their sentences),
switches the rule off; not across a change of subject such as "btw" or "trouwens"). Every
item needs its own hit; two items with the same name need two different wordings ("bedankt
voor alles" and "het is niet jouw schuld"). With ``volgorde = true`` the items must come in
the order written ("ik wil ... dood", not "over de dood wil ik ...").

A rule that found only everyday words (a goodbye, a thank-you, something arranged or given
away, "voor het laatst", "niet meer nodig") holds nothing when the writer's own ordinary
occasion stands anywhere in the message (concept ``gewone-aanleiding``: ik verhuis, mijn
laatste werkdag, het schooljaar, op kot, a reason after want or omdat), whatever the rule's reach; a rule over
the whole message (``"bericht"``) also when its hits stand in different sentences and plans
with others lie ahead (``toekomst-plan``). A strong word (a plan, a means, "voor als ik er
niet meer ben") is never everyday. See `ORDINARY_OCCASION`.

With ``persoon = "geen"`` whose it is does not matter (others are the subject by nature:
"ze redden zich wel zonder hun moeder").

A rule gives a signal of its family at its level (``acuut`` or ``zorg``), or, at level
``hint``, a new concept under its own name that later rules can use. The words a rule
found, with the rule's name, are its explanation: ``middel-opgespaard (middel: pillen +
verwerven-sterk: opgespaard)``.

Whose is it? When a hit holds a first-person word (mij, mezelf, mijn ...), it is the
writer's; with ``persoon = "zin"`` (giving things away: "ik zei dat hij de tractor mag
hebben") so does an ik/me/mij anywhere in the sentence. Otherwise the nearest person word
before the hit of the first item (the anchor: the wish, the means, the place) decides (an
object such as "hem" or "haar" does not): a third person
(mijn zus, hij, ze) makes it a worry about someone else (``over-ander``, zorg) when the rule
says ``ander = "zorg"``, and nothing otherwise.

Besides the concepts of ``crisis_begrippen.toml`` a rule can name what the phrase rules
found: ``signaal:<familie>`` (a phrase signal of that family, any level) or ``zorg`` (a
phrase signal of the zorg level about the writer).

Where a rule holds (close enough, not switched off, not framed as everyday) and whose it is
are worked out in `holds`, loaded only when a rule has a hit for every item.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any, Iterator

from operator import itemgetter

from vraaghulp.coach.crisis.concepts import (EVERYDAY, MEETING_AHEAD, ORDINARY_OCCASION, ORDINARY_WORDING, PLANS_AHEAD,
                                             SHARED_ESTATE, Hit, Located, Rule)

_NAME = itemgetter(0)  # a hit's concept

# Rule, Located and the concept names of the frames are defined in `concepts` (`holds` needs them too).
__all__ = ["Rule", "parse_rules", "from_combinations", "apply_rules", "Located", "EVERYDAY",
           "ORDINARY_OCCASION", "ORDINARY_WORDING", "PLANS_AHEAD", "MEETING_AHEAD", "SHARED_ESTATE"]

_LEVELS = ("acuut", "zorg", "hint")
_MAX_HINTS = 4  # places one hint rule can mark in one message
_UNLESS_REACH = 8  # words: how near a 'tenzij' concept must be to switch a rule off




def _error(message: str) -> Exception:
    from vraaghulp.coach.crisis.forms import _error as error

    return error(message)


def parse_rules(raw_rules: Any, known: frozenset[str] | None, phrase_families: frozenset[str],
                first: int = 0) -> tuple[Rule, ...]:
    """The [[samen]] rules, checked: every name they use must be known by then (`known` None: one
    stored rule, number `first`, whose names were checked with all the others; `snapshot`)."""
    rules = []
    names = None if known is None else set(known) | {"zorg", "acuut"} | {f"signaal:{f}" for f in phrase_families}
    for n, raw in enumerate(raw_rules or [], first):
        where = f"[[samen]] nummer {n + 1}"
        if not isinstance(raw, dict):
            raise _error(f"{where} moet een tabel zijn")
        name, family, level = raw.get("naam", ""), raw.get("familie", ""), raw.get("niveau")
        if not name or not family or level not in _LEVELS:
            raise _error(f"{where} heeft een 'naam', een 'familie' en als 'niveau' acuut, zorg of hint nodig")
        items = tuple(frozenset(p.strip() for p in str(item).split("|")) for item in raw.get("alle", []))
        unless = frozenset(raw.get("tenzij", []))
        unknown = (frozenset().union(*items) | unless) - names if items and names is not None else frozenset()
        if not items or unknown:
            raise _error(f"{where} ({name}) noemt onbekende begrippen: {', '.join(sorted(unknown))}" if unknown
                         else f"{where} ({name}) heeft minstens één begrip onder 'alle' nodig")
        within = raw.get("binnen", "zin")
        within = {"zin": 0, "bericht": -1}.get(within, within)
        if not isinstance(within, int) or within < -1:
            raise _error(f"{where} ({name}): 'binnen' is een aantal woorden, \"zin\" of \"bericht\"")
        reach = raw.get("tenzij_binnen", _UNLESS_REACH)
        reach = 0 if reach == "zin" else reach
        if not isinstance(reach, int) or reach < 0 or "tenzij_in" in raw:
            raise _error(f"{where} ({name}): 'tenzij_binnen' is een aantal woorden of \"zin\""
                         + (" ('tenzij_in' bestaat niet)" if "tenzij_in" in raw else ""))
        person = raw.get("persoon")
        rules.append(Rule(name, family, level, items, within, unless, reach,
                          "zorg" if raw.get("ander") == "zorg" else "", bool(raw.get("volgorde", False)),
                          person != "geen", person if person in ("zin", "ik") else ""))
        if names is not None:
            names.add(name)
    return tuple(rules)


def from_combinations(combinations: Any, known: frozenset[str]) -> tuple[Rule, ...]:
    """The [[combinatie]] blocks of crisis_signalen.toml as rules over the phrase signals."""
    rules = []
    for n, combination in enumerate(combinations):
        unknown = set(combination.unless) - known
        if unknown:
            raise _error(f"[[combinatie]] nummer {n + 1} in crisis_signalen.toml noemt onbekende begrippen "
                         f"onder 'tenzij': {', '.join(sorted(unknown))}")
        items = tuple(frozenset(name if name in ("zorg", "acuut") else f"signaal:{name}" for name in item)
                      for item in combination.items)
        rules.append(Rule(f"combinatie-{n + 1}", combination.family, "acuut", items, -1,
                          frozenset(combination.unless), _UNLESS_REACH, "", False, False))
    return tuple(rules)


def apply_rules(rules: tuple[Rule, ...], hits: list[Hit], where: Located,
                places: list[frozenset[int]] | None = None) -> list[tuple[str, str, str]]:
    """(family, level, explanation) for every rule that holds; hints feed later rules.

    A hint rule gives a hint for every separate place it holds (two things given away are
    two hints, so that "three different arrangements" can be counted later). `places`, when
    given, gets for each result the sentences its words stand in (round 22: a frame's reach).
    """
    by_name: dict[str, list[Hit]] = {}
    for name, hit in zip(map(_NAME, hits), hits):  # round 58 (s58): the names read in C, not by `hit.name` per hit
        by_name.setdefault(name, []).append(hit)
    if where.own is None:
        where = where._replace(own={})  # per hit: does it name the writer (filled on demand)
    found, others = [], set()  # others: hints about someone else
    names = by_name.keys()  # a live view: a hint rule adds its name for the rules after it
    for rule in _candidates(rules, names):
        from vraaghulp.coach.crisis.holds import _assign, _owner, _quoted, _writer_named  # only where a rule may hold

        used: set[Hit] = set()
        for _ in range(_MAX_HINTS if rule.level == "hint" or rule.clause_person == "ik" else 1):
            chosen = _assign(rule, by_name, where, used)
            if chosen is None:
                break
            used.update(chosen)
            if rule.clause_person == "ik":  # the safety net: only where the writer names themself
                if not _writer_named(chosen, where) or _quoted(chosen, where):
                    continue  # try the next place (round 37: not in someone else's words quoted straight)
                owner = "ik"
            else:
                owner = _owner(chosen, where, rule.clause_person == "zin") if rule.person else ""
            if owner not in ("ik", "citaat", "personage") and any(hit in others for hit in chosen):
                owner = "ander"
            if owner in ("ander", "citaat") and _in_story(chosen, hits, where):
                owner = "personage"  # round 39 (c39): "die film ..., die gast schrijft een afscheidsbrief en springt"
            explanation = f"{rule.name} (" + " + ".join(f"{hit.name}: {hit.text}" for hit in chosen) + ")"
            if rule.level == "hint":
                hint = Hit(rule.name, min(h.start for h in chosen), max(h.end for h in chosen), explanation)
                by_name.setdefault(rule.name, []).append(hint)
                if owner in ("ander", "citaat", "personage"):
                    others.add(hint)
            elif owner not in ("ander", "citaat", "personage"):
                found.append((rule.family, rule.level, explanation))
                _place(places, chosen, where)
                break
            elif owner != "personage" and (rule.other or owner == "citaat"):  # someone else's words: a worry
                found.append(("over-ander", "zorg", explanation))
                _place(places, chosen, where)
    return found


def _in_story(chosen: Any, hits: list[Hit], where: Located) -> bool:
    """Round 39 (c39): a rule's anchor in a sentence about a book, film, series or play that names no first person is
    a character's, as a phrase there is (`phrase_owner.story_sentences`): no worry about someone else."""
    from vraaghulp.coach.crisis.phrase_owner import FICTION, story_sentences

    sentence = where.sentence_of[chosen[0].start]
    if sentence not in story_sentences(hits, where.sentence_of, FICTION):
        return False
    return not any(where.sentence_of[i] == sentence and word in where.first_person for i, word in enumerate(where.words))


def _place(places: list[frozenset[int]] | None, chosen: Any, where: Located) -> None:
    if places is not None:
        places.append(frozenset(where.sentence_of[hit.start] for hit in chosen))


def _candidates(rules: Any, names: Any) -> Iterator[Rule]:
    """The rules with a hit for every item, in order, each tested when its turn comes (a hint rule
    adds to `names`); the cheap test first (`_assign`). Stored rules are read only when they pass."""
    if not isinstance(rules, tuple):
        return rules.candidates(names)  # `stored._StoredRules`
    return (rule for rule in rules if not any(map(names.isdisjoint, rule.items)))
