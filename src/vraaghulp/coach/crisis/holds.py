"""Step 4c of the crisis check: where a ``[[samen]]`` rule holds (see `combine`, which loads this
module only when a rule has a hit for every item): hits close enough, in order, not switched off
by a 'tenzij' concept or an everyday frame, and whose they are. Standard library only.
"""

from __future__ import annotations

from vraaghulp.coach.crisis.audience import BARRIER_WORDS as _BARRIER_WORDS
from vraaghulp.coach.crisis.audience import CLAUSE_TURN as _CLAUSE_TURN
from vraaghulp.coach.crisis.audience import _SPEECH
from vraaghulp.coach.crisis.audience import (addressed, after_writer_verb, chat_address, chore_request, kin_of_addressee,
                                             quoted_by_other, story_subject)
from vraaghulp.coach.crisis.concepts import (EVERYDAY, MEETING_AHEAD, ORDINARY_OCCASION, ORDINARY_WORDING, PLANS_AHEAD,
                                             SHARED_ESTATE, Hit, Located, Rule)

_SUBJECT_SELF = frozenset(("ik", "me", "mij", "mezelf"))
# "dat ik hem achterna moet": an object pronoun does not say whose the wish is.
_OBJECT_ONLY = frozenset(("hem", "hen", "hun", "haar"))
_POSSESSIVE = frozenset(("haar", "zijn", "hun", "dr", "der"))  # "mijn moeder haar pillen": a possessor, not a subject
_TOPIC_SWITCH = frozenset(("btw", "trouwens", "anyway", "anyways", "enfin", "allee", "allez", "ps", "overigens"))
_LOOK_BACK = 12
# Round 18 (c18f): how many sentences apart the parts of a rule may stand (`_near_sentences`), and the
# families whose whole-message rules keep their reach (a farewell letter says goodbye at the top and
# gives things away at the bottom).
_APART = 2
_WHOLE_LETTER = frozenset(("afscheid", "zaken-regelen", "bij-overledene", "plotse-rust", "last-voor-anderen", "doodswens"))
_CALM_AHEAD = frozenset(("rust", "signaal:plotse-rust"))  # a calm with plans ahead is recovery (context._calm_as_hint)
# How many combinations of hits one rule may try in one message. Every text of the corpora (14,634
# crisis lines and krimp drafts) needs at most 86; a text that repeats one phrase for 2,000
# characters ("ik mag stoppen met de chemo mag ...") gave millions and took seconds (round 18).
# Round 19 (c19b): every hit tried counts too (a try scanned all of an item's hits, so 50,000 characters
# of "als ik er niet meer ben" still took a minute); the corpora's texts need at most 216 then.
SEARCH_BUDGET = 2000
# Round 22 (c22j): "een laatste keer" or "mijn laatste ronde" is a last time (`laatste`) and, in the same
# words, something definitive (`finaal`): one fact, not a last time beside a farewell for ever ("ik wil hem
# nog een laatste keer zien voor hij vertrekt" got the panel from these words alone).
_ONE_FACT = frozenset(("laatste", "finaal"))


def _assign(rule: Rule, by_name: dict[str, list[Hit]], where: Located, used: set[Hit]) -> list[Hit] | None:
    """Hits (not yet used) for every item of the rule (`apply_rules` saw each has one), close enough, not ordinary."""
    options = [[h for name in sorted(item) for h in by_name.get(name, ()) if h not in used] for item in rule.items]
    if rule.person:  # hits that name the writer first ("als ik er niet meer ben" before "er niet meer ben")
        options = [sorted(hits, key=lambda h: not _names_writer(h, where)) for hits in options]
    if not all(options):
        return None
    blockers = [h for name in rule.unless for h in by_name.get(name, ())]
    return _search(rule, options, [], (blockers, {}), where, _frame(rule, by_name), [SEARCH_BUDGET])


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


def _search(rule: Rule, options: list[list[Hit]], taken: list[Hit], blockers: tuple[list[Hit], dict[Hit, bool]],
            where: Located, frame: tuple[tuple[str, ...], tuple[tuple[int, int], ...]], budget: list[int]):
    """The first combination of hits, one per item, that holds; None when none does or the budget is spent.
    `blockers`: the hits of the rule's 'tenzij' concepts, and per hit whether they switch it off (`_blocked`)."""
    budget[0] -= 1
    if budget[0] < 0:
        return None
    if len(taken) == len(options):
        if _framed(frame, taken, where):
            return None
        return taken if not _blocked(rule, taken, blockers, where) else None
    item = rule.items[len(taken)]
    # round 53 (s53): a rule over the whole message of a family whose words may stand anywhere (`_near_sentences`)
    # is close wherever its hits are: `_close` is not asked
    anywhere = rule.within < 0 and rule.family in _WHOLE_LETTER
    for hit in options[len(taken)]:
        budget[0] -= 1  # round 19 (c19b): every hit tried counts, not only every combination
        if budget[0] < 0:
            return None
        if taken and any(_same(hit, other) or _counted_twice(hit, item, other, rule.items[k])
                         or _one_matter(hit, other, where) for k, other in enumerate(taken)) \
                or not (anywhere or _close(rule, [*taken, hit], where)):
            continue
        if rule.ordered and taken and hit.start < taken[-1].start:
            continue
        found = _search(rule, options, [*taken, hit], blockers, where, frame, budget)
        if found is not None:
            return found
    return None


def _same(a: Hit, b: Hit) -> bool:
    """One hit cannot serve two items: the same words, or overlapping words of one concept."""
    if (a.start, a.end) == (b.start, b.end):
        return True
    return a.name == b.name and (a.text == b.text or (a.start < b.end and b.start < a.end))


def _counted_twice(a: Hit, a_item: frozenset[str], b: Hit, b_item: frozenset[str]) -> bool:
    """Round 19 (c19b): overlapping words of two concepts that could serve either item are one fact
    named twice ("de sleutel ligt bij de buren" is `regelen` and `weggeven-bezit`, and veel-geregeld
    wants two things arranged), not two things. A hit that only one of the two items takes still counts,
    except for the concepts of `_ONE_FACT`."""
    names = {a.name, b.name}
    if not (a.start < b.end and b.start < a.end):
        return False
    return names == _ONE_FACT or (names <= a_item and names <= b_item)


# Round 31 (lead): at most this many words or marks between two hits of one concept that name one matter (0: side by
# side; "wachtwoorden en pincodes", "verzekering, huur" are two), for the concepts
# a rule counts as separate things arranged.
_ONE_MATTER_GAP = 0
_COUNTED_THINGS = frozenset(("regelen",))


def _one_matter(a: Hit, b: Hit, where: Located) -> bool:
    """Round 31 (lead): two hits of `regelen` side by side in one sentence name one matter, not two ("mijn
    verzekering opzeggen" is `regelen` twice, and veel-geregeld wants different things arranged). Hits further
    apart ("de verzekering en de huur opgezegd") still count as two."""
    if a.name != b.name or a.name not in _COUNTED_THINGS or where.sentence_of[a.start] != where.sentence_of[b.start]:
        return False
    return max(a.start, b.start) - min(a.end, b.end) <= _ONE_MATTER_GAP


def _close(rule: Rule, hits: list[Hit], where: Located) -> bool:
    if not _near_sentences(rule, hits, where):
        return False
    if rule.within < 0:
        return True
    if rule.within == 0:
        sentence = where.sentence_of[hits[0].start]
        return all(where.sentence_of[h.start] == sentence for h in hits)
    return max(h.end for h in hits) - min(h.start for h in hits) <= rule.within


def _near_sentences(rule: Rule, hits: list[Hit], where: Located) -> bool:
    """Round 18 (c18f): the parts stand in the same or nearby sentences. A rule with a reach in words
    and a rule over the whole message allow one sentence between them (`_APART`); a list item or a
    line of its own is a sentence (`normalise`). In a long letter a shopping list ("een brood,
    gesneden"), an address or a task ("de tomaten water geven") no longer joins words of another part.
    A farewell, affairs put in order or a wish to die reach over the whole message (`_WHOLE_LETTER`)."""
    if rule.within == 0 or (rule.within < 0 and rule.family in _WHOLE_LETTER):
        return True
    sentences = [where.sentence_of[h.start] for h in hits]
    return max(sentences) - min(sentences) <= _APART


def _blocked(rule: Rule, hits: list[Hit], blockers: tuple[list[Hit], dict[Hit, bool]], where: Located) -> bool:
    """A 'tenzij' concept near one of the hits (or in one of their sentences) makes it ordinary. Round 53 (s53):
    worked out once per hit (`blockers[1]`): the combinations `_search` tries share their hits."""
    found, seen = blockers
    if not found:
        return False
    for hit in hits:
        near = seen.get(hit)
        if near is None:
            near = seen[hit] = _blocks(rule, hit, found, where)
        if near:
            return True
    return False


def _blocks(rule: Rule, h: Hit, blockers: list[Hit], where: Located) -> bool:
    """Whether a 'tenzij' hit switches the rule off at hit `h` (near it, or in its sentence)."""
    if rule.unless_reach == 0:
        sentence = where.sentence_of[h.start]
        return any(where.sentence_of[b.start] == sentence for b in blockers)
    reach = rule.unless_reach
    return any(b.start < h.end + reach and h.start - reach < b.end and not _switch_between(b, h, where)
               and not _chore_apart(b, h, where) for b in blockers)


def _chore_apart(blocker: Hit, hit: Hit, where: Located) -> bool:
    """The blocker stands in a later sentence that only asks the reader for a chore ("kun je de
    hond uitlaten?"): an errand tacked on, not the harmless purpose of what the hit found."""
    if where.sentence_of[blocker.start] <= where.sentence_of[hit.start]:
        return False
    return chore_request([where.words[i] for i in _sentence_span(blocker.start, where)])


def _switch_between(a: Hit, b: Hit, where: Located) -> bool:
    """A change of subject (btw, trouwens, anyway ...) between two hits: they do not colour each other."""
    low, high = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return not _TOPIC_SWITCH.isdisjoint(where.words[low:high])  # round 57 (s57): in C, not a generator per word


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
                and not after_writer_verb(words, i) and not chat_address(words, i):
            if words[i + 1] in _POSSESSIVE and _first_subject_after(anchor.end, where) == "ik":
                return "ik"  # "mn moeder haar pillen ... en ik heb ze geteld": hers, in the writer's hands
            if _object_of_writer(words, i):
                return "ik"  # "ik heb mijn ex een laatste bericht gestuurd": the writer acts
            if kin_of_addressee(words, i):
                return "ik"  # "zeg tegen Lotte dat haar tante van haar hield": the aunt writes
            return "ander"
    return "ander" if _third_person_done(anchor, where) else ""


# Round 36 (c36): a subject no person word names ("madam van kamer 12 heeft te veel pillen genomen", "de gevangene is
# gevlucht"): the auxiliary of a perfect tense agrees with a third person only ("heeft", "is"; the writer says "heb",
# "ben"), so the act is someone else's. Not after a dummy or an addressed "u" ("het is gedaan", "u heeft gekozen").
_THIRD_AUX = frozenset(("heeft", "is"))
_NO_SUBJECT = frozenset(("het", "dat", "dit", "er", "wat", "die", "alles", "iets", "niets", "niks", "u", "je", "jij", "ge",
                         "gij", "zo", "hier", "daar", "nu", "dan", "toen", "gisteren", "vandaag", "vannacht", "vanavond", "ooit"))


def _third_person_done(anchor: Hit, where: Located) -> bool:
    """Before the anchor, in its clause, "heeft"/"is" after a noun and a past participle after it."""
    words, sentence = where.words, where.sentence_of[anchor.start]
    start = anchor.start
    while start > 0 and where.sentence_of[start - 1] == sentence and words[start - 1] not in (",", ":", ";"):
        start -= 1
    for k in range(start + 1, anchor.start + 1):
        if words[k] in _THIRD_AUX and words[k - 1] not in _NO_SUBJECT and words[k + 1:k + 2] != ["ik"] \
                and any(w.startswith("ge") and len(w) > 5 and w.endswith(("d", "t", "en"))
                        for w in words[k + 1:anchor.end]):
            return True
    return False


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


def _quoted(hits: list[Hit], where: Located) -> bool:
    """Round 37 (c37): the first hit stands in someone else's words quoted straight ("hij zei: als ik dat niet meer
    mag, kan ik net zo goed dood zijn"): the safety net does not read them as the writer's."""
    words, start = where.words, hits[0].start
    if quoted_by_other(words, start, where.third_person, _BARRIER_WORDS):
        return True
    sentence = where.sentence_of[start]
    for c in range(start - 1, -1, -1):  # a colon after "hij zei" opens a quote to the end of the sentence
        if where.sentence_of[c] != sentence:
            return False
        if words[c] == ":":
            return c > 1 and words[c - 1] in _SPEECH and any(w in where.third_person for w in words[max(0, c - 4):c - 1])
    return False


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
