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
"""

from __future__ import annotations

from collections import namedtuple

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

from vraaghulp.coach.crisis.audience import BARRIER_WORDS as _BARRIER_WORDS
from vraaghulp.coach.crisis.audience import CLAUSE_TURN as _CLAUSE_TURN
from vraaghulp.coach.crisis.audience import (addressed, after_writer_verb, chore_request, kin_of_addressee, quoted_by_other,
                                             story_subject)
from vraaghulp.coach.crisis.concepts import Hit

__all__ = ["Rule", "parse_rules", "from_combinations", "apply_rules", "Located", "EVERYDAY",
           "ORDINARY_OCCASION", "ORDINARY_WORDING", "PLANS_AHEAD", "MEETING_AHEAD"]

_LEVELS = ("acuut", "zorg", "hint")
_MAX_HINTS = 4  # places one hint rule can mark in one message
_UNLESS_REACH = 8  # words: how near a 'tenzij' concept must be to switch a rule off
_SUBJECT_SELF = frozenset(("ik", "me", "mij", "mezelf"))
# "dat ik hem achterna moet": an object pronoun does not say whose the wish is.
_OBJECT_ONLY = frozenset(("hem", "hen", "hun", "haar"))
_POSSESSIVE = frozenset(("haar", "zijn", "hun", "dr", "der"))  # "mijn moeder haar pillen": a possessor, not a subject
_TOPIC_SWITCH = frozenset(("btw", "trouwens", "anyway", "anyways", "enfin", "allee", "allez", "ps", "overigens"))
_LOOK_BACK = 12
# Message-wide frames, when everything a rule found is an everyday word (a goodbye, a
# thank-you, something arranged or given away, "voor het laatst", or words inside an everyday
# wording of a definitive word: `ORDINARY_WORDING`): the writer's own ordinary occasion
# (moving house, a new job, retirement, a school year ending, a notary's or bank's advice, a
# hospital stay for a knee) anywhere in the message switches any rule off, whatever its reach;
# plans with others ahead ("komen jullie koffie drinken", "volgend jaar willen we naar ...")
# switch a rule over the whole message off when its hits stand in different sentences.
# Anything strong among the hits ("niemand hoeft zich nog zorgen te maken", "niet meer nodig
# waar ik heen ga", "voor als ik er niet meer ben", a plan, a means) keeps the rule, frame or not.
ORDINARY_OCCASION = "gewone-aanleiding"
MEETING_AHEAD = "weerzien"  # "tot ziens", "kom eens langs", "mijn nieuwe nummer", leaving a club: an occasion too
PLANS_AHEAD = "toekomst-plan"
# Estate papers arranged together with a partner, for someone else or long ago ("vorig jaar samen
# met mijn man het testament", "zijn testament"): an occasion under which a calm ("maak je geen
# zorgen") is everyday too, as with plans ahead.
SHARED_ESTATE = "geregeld-samen"
EVERYDAY = frozenset(("afscheid", "afscheid-zwak", "regelen", "weggeven-bezit", "bezit", "weggeven", "groet", "beleefd",
                       "tijd", "laatste", "signaal:afscheid", "signaal:zaken-regelen", "signaal:tijd",
                       "signaal:nalaten", "voortaan-anderen"))
# A concept that marks the everyday wordings of definitive words ("nooit meer", "ik heb het
# niet meer nodig", "voorgoed"): a hit of another concept inside such words counts as everyday.
ORDINARY_WORDING = "alledaags"
_CALM_AHEAD = frozenset(("rust", "signaal:plotse-rust"))  # a calm with plans ahead is recovery (weigh._calm_as_hint)


# name, family, level; items (frozensets of names); within: words, 0 = one sentence, -1 = the
# whole message; unless (concept names) and unless_reach (words around the hits, 0 = their
# sentences); other: what a rule about someone else gives ("zorg" or ""); ordered: the items
# in the order written; person: whose it is matters (False for [[combinatie]]: its signals
# already know); clause_person: persoon = "zin" (an ik/me/mij in the sentence decides) or
# "ik" (the same, and the rule holds only when the writer is named: the safety net).
Rule = namedtuple("Rule", "name family level items within unless unless_reach other ordered person clause_person",
                  defaults=(True, ""))


# What a check knows about the message: every word (sentences one after the other), for
# each word the number of its sentence, the person words, and the words that stand for an
# unwritten "ik" (a clause that starts with "wil", "denk", "snij" ...).
Located = namedtuple("Located", "words sentence_of first_person third_person implied own", defaults=(frozenset(), None))


def _error(message: str) -> Exception:
    from vraaghulp.coach.crisis.concepts import _error as error

    return error(message)


def parse_rules(raw_rules: Any, known: frozenset[str], phrase_families: frozenset[str]) -> tuple[Rule, ...]:
    """The [[samen]] rules, checked: every name they use must be known by then."""
    rules, names = [], set(known) | {"zorg", "acuut"} | {f"signaal:{f}" for f in phrase_families}
    for n, raw in enumerate(raw_rules or []):
        where = f"[[samen]] nummer {n + 1}"
        if not isinstance(raw, dict):
            raise _error(f"{where} moet een tabel zijn")
        name, family, level = raw.get("naam", ""), raw.get("familie", ""), raw.get("niveau")
        if not name or not family or level not in _LEVELS:
            raise _error(f"{where} heeft een 'naam', een 'familie' en als 'niveau' acuut, zorg of hint nodig")
        items = tuple(frozenset(p.strip() for p in str(item).split("|")) for item in raw.get("alle", []))
        unless = frozenset(raw.get("tenzij", []))
        unknown = (frozenset().union(*items) | unless) - names if items else frozenset()
        if not items or unknown:
            raise _error(f"{where} ({name}) noemt onbekende begrippen: {', '.join(sorted(unknown))}" if unknown
                         else f"{where} ({name}) heeft minstens één begrip onder 'alle' nodig")
        within = raw.get("binnen", "zin")
        within = {"zin": 0, "bericht": -1}.get(within, within)
        if not isinstance(within, int) or within < -1:
            raise _error(f"{where} ({name}): 'binnen' is een aantal woorden, \"zin\" of \"bericht\"")
        reach = raw.get("tenzij_binnen", _UNLESS_REACH)
        reach = 0 if reach == "zin" else reach
        if not isinstance(reach, int) or reach < 0:
            raise _error(f"{where} ({name}): 'tenzij_binnen' is een aantal woorden of \"zin\"")
        person = raw.get("persoon")
        rules.append(Rule(name, family, level, items, within, unless, reach,
                          "zorg" if raw.get("ander") == "zorg" else "", bool(raw.get("volgorde", False)),
                          person != "geen", person if person in ("zin", "ik") else ""))
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


def apply_rules(rules: tuple[Rule, ...], hits: list[Hit], where: Located) -> list[tuple[str, str, str]]:
    """(family, level, explanation) for every rule that holds; hints feed later rules.

    A hint rule gives a hint for every separate place it holds (two things given away are
    two hints, so that "three different arrangements" can be counted later).
    """
    by_name: dict[str, list[Hit]] = {}
    for hit in hits:
        by_name.setdefault(hit.name, []).append(hit)
    if where.own is None:
        where = where._replace(own={})  # per hit: does it name the writer (filled on demand)
    found, others = [], set()  # others: hints about someone else
    names = by_name.keys()  # a live view: a hint rule adds its name for the rules after it
    for rule in rules:
        if any(map(names.isdisjoint, rule.items)):
            continue  # an item with no hit at all: nothing to assign (the cheap test first; `_assign`)
        used: set[Hit] = set()
        for _ in range(_MAX_HINTS if rule.level == "hint" or rule.clause_person == "ik" else 1):
            chosen = _assign(rule, by_name, where, used)
            if chosen is None:
                break
            used.update(chosen)
            if rule.clause_person == "ik":  # the safety net: only where the writer names themself
                if not _writer_named(chosen, where):
                    continue  # try the next place
                owner = "ik"
            else:
                owner = _owner(chosen, where, rule.clause_person == "zin") if rule.person else ""
            if owner not in ("ik", "citaat", "personage") and any(hit in others for hit in chosen):
                owner = "ander"
            explanation = f"{rule.name} (" + " + ".join(f"{hit.name}: {hit.text}" for hit in chosen) + ")"
            if rule.level == "hint":
                hint = Hit(rule.name, min(h.start for h in chosen), max(h.end for h in chosen), explanation)
                by_name.setdefault(rule.name, []).append(hint)
                if owner in ("ander", "citaat", "personage"):
                    others.add(hint)
            elif owner not in ("ander", "citaat", "personage"):
                found.append((rule.family, rule.level, explanation))
                break
            elif owner != "personage" and (rule.other or owner == "citaat"):  # someone else's words: a worry
                found.append(("over-ander", "zorg", explanation))
    return found


def _assign(rule: Rule, by_name: dict[str, list[Hit]], where: Located, used: set[Hit]) -> list[Hit] | None:
    """Hits (not yet used) for every item of the rule (`apply_rules` saw each has one), close enough, not ordinary."""
    options = [[h for name in sorted(item) for h in by_name.get(name, ()) if h not in used] for item in rule.items]
    if rule.person:  # hits that name the writer first ("als ik er niet meer ben" before "er niet meer ben")
        options = [sorted(hits, key=lambda h: not _names_writer(h, where)) for hits in options]
    if not all(options):
        return None
    blockers = [h for name in rule.unless for h in by_name.get(name, ())]
    return _search(rule, options, [], blockers, where, _frame(rule, by_name))


def _frame(rule: Rule, by_name: dict[str, list[Hit]]) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """Which message-wide frames can make this rule's everyday hits ordinary ("estate",
    "occasion", "plans"; none: ()), and the spans of everyday wording (`ORDINARY_WORDING`) in the message.

    The writer's ordinary occasion or a meeting ahead frames every rule that gives a signal, whatever its reach;
    plans ahead frame only the rules over the whole message."""
    if rule.level == "hint":
        return (), ()
    kinds = []
    for frame, name in (("estate", SHARED_ESTATE), ("occasion", ORDINARY_OCCASION), ("occasion", MEETING_AHEAD),
                        ("plans", PLANS_AHEAD)):
        if frame == "plans" and rule.within >= 0:
            continue
        if name in by_name and not any(name in item for item in rule.items) and frame not in kinds:
            kinds.append(frame)
    if not kinds:
        return (), ()
    return tuple(kinds), tuple((h.start, h.end) for h in by_name.get(ORDINARY_WORDING, ()))


def _framed(frame: tuple[tuple[str, ...], tuple[tuple[int, int], ...]], hits: list[Hit], where: Located) -> bool:
    """Everyday hits only, under the writer's own occasion, or in different sentences with plans ahead.

    A hit is everyday when its concept is (`EVERYDAY`: a goodbye, a thank-you, something
    arranged or given away, "voor het laatst"), or when its words lie inside an everyday
    wording of a definitive word ("nooit meer", "ik heb het niet meer nodig"). Under plans
    ahead or estate papers arranged with someone else a calm is everyday too."""
    kinds, wording = frame
    return any(_framed_by(kind, wording, hits, where) for kind in kinds)


def _framed_by(kind: str, wording: tuple[tuple[int, int], ...], hits: list[Hit], where: Located) -> bool:
    """`_framed` for one frame kind."""
    everyday = EVERYDAY | _CALM_AHEAD if kind in ("plans", "estate") else EVERYDAY
    if any(h.name not in everyday and not any(s <= h.start and h.end <= e for s, e in wording) for h in hits):
        return False
    return kind != "plans" or len({where.sentence_of[h.start] for h in hits}) > 1


def _names_writer(hit: Hit, where: Located) -> bool:
    """A first-person word among the hit's words (worked out once per hit and message)."""
    found = where.own.get(hit)
    if found is None:
        found = where.own[hit] = any(w in where.first_person for w in where.words[hit.start : hit.end])
    return found


def _search(rule: Rule, options: list[list[Hit]], taken: list[Hit], blockers: list[Hit], where: Located,
            frame: tuple[tuple[str, ...], tuple[tuple[int, int], ...]] = ((), ())):
    if len(taken) == len(options):
        if _framed(frame, taken, where):
            return None
        return taken if not _blocked(rule, taken, blockers, where) else None
    for hit in options[len(taken)]:
        if any(_same(hit, other) for other in taken) or not _close(rule, [*taken, hit], where):
            continue
        if rule.ordered and taken and hit.start < taken[-1].start:
            continue
        found = _search(rule, options, [*taken, hit], blockers, where, frame)
        if found is not None:
            return found
    return None


def _same(a: Hit, b: Hit) -> bool:
    """One hit cannot serve two items: the same words, or overlapping words of one concept."""
    if (a.start, a.end) == (b.start, b.end):
        return True
    return a.name == b.name and (a.text == b.text or (a.start < b.end and b.start < a.end))


def _close(rule: Rule, hits: list[Hit], where: Located) -> bool:
    if rule.within < 0:
        return True
    if rule.within == 0:
        sentence = where.sentence_of[hits[0].start]
        return all(where.sentence_of[h.start] == sentence for h in hits)
    return max(h.end for h in hits) - min(h.start for h in hits) <= rule.within


def _blocked(rule: Rule, hits: list[Hit], blockers: list[Hit], where: Located) -> bool:
    """A 'tenzij' concept near one of the hits (or in one of their sentences) makes it ordinary."""
    if not blockers:
        return False
    if rule.unless_reach == 0:
        sentences = {where.sentence_of[h.start] for h in hits}
        return any(where.sentence_of[b.start] in sentences for b in blockers)
    reach = rule.unless_reach
    return any(b.start < h.end + reach and h.start - reach < b.end and not _switch_between(b, h, where)
               and not _chore_apart(b, h, where) for b in blockers for h in hits)


def _chore_apart(blocker: Hit, hit: Hit, where: Located) -> bool:
    """The blocker stands in a later sentence that only asks the reader for a chore ("kun je de
    hond uitlaten?"): an errand tacked on, not the harmless purpose of what the hit found."""
    if where.sentence_of[blocker.start] <= where.sentence_of[hit.start]:
        return False
    return chore_request([where.words[i] for i in _sentence_span(blocker.start, where)])


def _switch_between(a: Hit, b: Hit, where: Located) -> bool:
    """A change of subject (btw, trouwens, anyway ...) between two hits: they do not colour each other."""
    low, high = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return any(word in _TOPIC_SWITCH for word in where.words[low:high])


def _owner(hits: list[Hit], where: Located, clause: bool = False) -> str:
    """"ik" when the hits speak of the writer, "ander" for someone else, "citaat" for someone
    else's words quoted straight, "" when unclear.

    The first item of a rule is its anchor (the wish, the means, the place): when no hit
    holds a first-person word, the nearest person word before the anchor, in the same
    clause (up to a comma), decides.
    """
    words = where.words
    if quoted_by_other(words, hits[0].start, where.third_person, _BARRIER_WORDS):
        return "citaat"
    for hit in hits:
        if any(word in where.first_person for word in words[hit.start : hit.end]):
            return "ik"
    if clause and any(words[i] in _SUBJECT_SELF for h in hits for i in _sentence_span(h.start, where)):
        return "ik"
    anchor = hits[0]
    sentence = where.sentence_of[anchor.start]
    for i in range(anchor.start - 1, max(-1, anchor.start - 1 - _LOOK_BACK), -1):
        if where.sentence_of[i] != sentence or words[i] == ",":  # "Lieve buurvrouw, bedankt ..."
            break
        if words[i] in where.first_person:
            return "ik"
        if story_subject(words, i, where.first_person, _BARRIER_WORDS):
            return "personage"  # "de preek over Job die wilde sterven": a character, no worry of its own
        if words[i] in where.third_person and words[i] not in _OBJECT_ONLY and not addressed(words, i) \
                and not after_writer_verb(words, i):
            if words[i + 1] in _POSSESSIVE and _first_subject_after(anchor.end, where) == "ik":
                return "ik"  # "mn moeder haar pillen ... en ik heb ze geteld": hers, in the writer's hands
            if _object_of_writer(words, i):
                return "ik"  # "ik heb mijn ex een laatste bericht gestuurd": the writer acts
            if kin_of_addressee(words, i):
                return "ik"  # "zeg tegen Lotte dat haar tante van haar hield": the aunt writes
            return "ander"
    return ""


def _object_of_writer(words: list[str], i: int) -> bool:
    """The person at i is the object of the writer's verb: "ik heb mijn ex ...", "ik heb vandaag mijn
    vrienden ..." ("mijn" right before, and "ik" with a verb between, in the same clause)."""
    if i < 3 or words[i - 1] != "mijn":
        return False
    for j in range(i - 2, max(-1, i - 6), -1):  # "ik heb (vandaag) mijn vrienden"
        if words[j] == "ik":
            return j < i - 2
        if words[j] in _CLAUSE_TURN or words[j] in _BARRIER_WORDS:
            return False
    return False


def _first_subject_after(i: int, where: Located) -> str:
    """The first of ik / hij, zij, ze after word i in its sentence ("" when none)."""
    sentence = where.sentence_of[i - 1]
    for j in range(i, len(where.words)):
        if where.sentence_of[j] != sentence:
            break
        if where.words[j] in ("ik", "hij", "zij", "ze"):
            return where.words[j]
    return ""


def _writer_named(hits: list[Hit], where: Located) -> bool:
    """A first-person word in a hit ("mijn dood") or a subject ik/me/mij (said or implied) in its sentence."""
    words = where.words
    if any(word in where.first_person for hit in hits for word in words[hit.start : hit.end]):
        return True
    return any(words[i] in _SUBJECT_SELF or i in where.implied for h in hits for i in _sentence_span(h.start, where))


def _sentence_span(i: int, where: Located) -> range:
    sentence, start, end = where.sentence_of[i], i, i
    while start > 0 and where.sentence_of[start - 1] == sentence:
        start -= 1
    while end < len(where.words) and where.sentence_of[end] == sentence:
        end += 1
    return range(start, end)
