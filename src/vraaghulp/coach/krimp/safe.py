"""May a dropped word go all the same? Where it stood decides (called by vouch.py).

``account.py`` lists the dropped words the engine cannot account for. Such a word costs the
result its ``sure`` (code ``weg-woord``) when it stood:

- in the request itself, or in a clause the result borrows words from: the request lost a word;
- in a piece without a verb of its own next to the request (the same sentence, or the sentence
  right after it): 'niet via het park', 'om 12u geven', 'melk, brood en eieren' belong to the ask;
- in a condition right next to the request ('als het regent', 'anders …'), unless it only accepts
  a no ('als het niet lukt, zeg het gerust');
- in a clause with a limit ('ik kan alleen na vijf uur', 'het moet uiterlijk vrijdag'), a rule
  for the request ('je moet wel eerst bellen', 'hij mag niet naar buiten', 'hij krijgt zijn pil om
  8 uur'), a return offer ('dan neem ik jouw woensdag') or a negated instruction ('niet aanbellen');
- in what the writer says about when or where ('ik ben bereikbaar na 13 uur', 'ik sta om 8u aan
  de kerk', a plan with a day told before a request that names none);
- next to the request, about how the writer feels, when no honest sentence is kept;
- anywhere, when it holds the only moment of the draft and the result has none;
- and when the result points at it: 'hem' for a name that went, 'dan' for a moment that went; or
  when the person addressed ('schat, …') went and the result names no one.

Background may go: a clause with its own subject and verb (news, a reason with 'want'/'omdat',
what the writer does), or a piece away from the request. A moment, an amount or a negation that
belongs to its own clause of news says nothing about the request ('ik werk tot zeven uur', 'de
auto start niet meer').
"""

from __future__ import annotations

import bisect

from .account import STRONG, Dropped, timed_tokens, unaccounted, word_classes
from .checks import text_words
from .spare_piece import only_comment, suits_reader
from .ownverb import DETERMINERS, SUBJECTS, own_verb
from .segment import finite_like
from .verbs import is_infinitive
from .states import perfect
from .no_loss import moment_no_loss

CODE = "weg-woord"


def lost_words(an, main, others, parts, req, text: str, shown: set[int], timed: bool, weighed=frozenset()) -> list[str]:
    """``[CODE]`` when a dropped word carries what the request may need, else [].

    shown: the draft tokens the result shows; timed: the result says when; weighed: the clauses
    (ids) the fitted model of needed.py weighs instead of ``clause_cost``."""
    ordered = text_words(text)
    result = set(ordered)
    if not parts.name and _lost_vocative(an, shown | set(parts.call_toks)):  # a group call gone on purpose (group_call.py)
        return [CODE]
    drops = unaccounted(an, parts, others, req, shown, result)
    if not drops:
        return []
    if _points_at_dropped(an, main, drops, text) or _when_points_back(an, main, drops, text):
        return [CODE]
    place = Place(an, main, parts, timed, shown, ordered)
    by_clause: dict[int, list[Dropped]] = {}
    for x in drops:
        if id(x.clause) not in weighed:
            by_clause.setdefault(id(x.clause), []).append(x)
    for xs in by_clause.values():
        if clause_cost(an, xs[0].clause, {x.kind for x in xs}, place):
            return [CODE]
    return []


def _lost_vocative(an, shown: set[int]) -> bool:
    """The person addressed went: a word for them set off by a comma ('sorry als dit raar
    overkomt schat, …'), and the result names no one."""
    d = an.d
    lex = d.lex
    for i in range(d.n):
        if i in shown:
            continue
        if i > 0 and d.tok_text(i - 1) == "@" and d.is_word(i):
            return True  # '@Meryem kzou je nog iets vragen'
        if d.word(i) not in lex.relations or d.word(i) in lex.group_address:
            continue
        before = d.tok_text(i - 1) if i > 0 else "."
        after = d.tok_text(i + 1) if i + 1 < d.n else "."
        if after in (",", "!", "?", ":") or (before in (",", ".", "!", "?") and after in (",", ".", "!", "?")):
            return True
    return False


def _when_points_back(an, main, drops: list[Dropped], text: str) -> bool:
    """The result says when only by pointing back ('kunt ge mij dan voeren?', 'die dag') while the
    moment it points at went."""
    if not main or not any(x.kind == "moment" and x.tok < main[0].a for x in drops):
        return False
    folded = f" {' '.join(text_words(text))} "
    return any(f" {ref} " in folded for ref in an.d.lex.moment_refs)


def _points_at_dropped(an, main, drops: list[Dropped], text: str) -> bool:
    """The result says 'hem', 'ze', 'haar' while a name or a thing in the request's sentence or the
    one before it went ('luuk huilt al de hele middag, kun jij hem …')."""
    if not main or not set(text_words(text)) & an.d.lex.personal_refs:
        return False
    words = text_words(text)
    at = next(k for k, w in enumerate(words) if w in an.d.lex.personal_refs)
    function = word_classes().function
    if any(w in DETERMINERS and k + 1 < at and words[k + 1] not in function for k, w in enumerate(words[:at])):
        return False  # 'kun je naar de kleine kijken? alleen als ze …': it points at a noun in the result
    first = main[0]
    return any(x.kind in ("naam", "inhoud") and x.tok < first.a and first.sent - 1 <= x.clause.sent for x in drops)


def has_place(lex, words: list[str]) -> bool:
    """A preposition with a noun phrase after it ('aan de kerk', 'bij mijn moeder', 'onder het aanrecht')."""
    return any((x in lex.prepositions or x in _PLACE_WORDS) and y in DETERMINERS | {"een"} for x, y in zip(words, words[1:]))


_PLACE_WORDS = frozenset({"onder", "boven", "achter", "naast", "tussen", "voor", "binnen", "buiten", "langs", "bij"})


class Place:
    """Where the request stands: its clauses, its sentence and the next, its neighbours."""

    def __init__(self, an, main, parts, timed: bool, shown: set[int], result_words=()) -> None:
        result = set(result_words)
        self.timed = timed
        self.days = bool(result & word_classes().days)
        self.placed = has_place(an.d.lex, list(result_words))  # a request to come or fetch without a place needs the writer's place
        self.inside = {id(c) for c in main} | {id(c) for c in parts.extras()}
        self.state = parts.state is not None
        lent = set(parts.name_toks) | timed_tokens(an).keys()  # a name, a moment moved into the request
        starts = [c.a for c in an.clauses]
        self.cut: set[int] = set()
        for i in shown - lent:
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and i < an.clauses[k].b and an.d.is_word(i):
                self.cut.add(id(an.clauses[k]))
        self.before = -2
        self.start = main[0].a if main else 0
        self.near: set[int] = set()
        self.adjacent: set[int] = set()
        if not main:
            return
        self.near = {c.sent for c in main}
        self.before = min(self.near) - 1
        self.near |= {c.sent for c in parts.after}  # a condition kept after the ask: what follows it is near too
        after = max(self.near) + 1
        if any(c.sent == after and c.role not in ("afsluiting", "groet", "leeg") for c in an.clauses):
            self.near.add(after)
        real = [c for c in an.clauses if c.role != "leeg"]
        index = {id(c): k for k, c in enumerate(real)}
        ks = [index[id(c)] for c in main if id(c) in index]
        if ks:
            self.adjacent = {id(real[k]) for k in (min(ks) - 1, max(ks) + 1) if 0 <= k < len(real)}


def clause_cost(an, c, kinds: set[str], place: Place) -> bool:
    """Do the unaccounted words of clause c (of these kinds) cost the result its 'sure'?"""
    d = an.d
    w = word_classes()
    if id(c) in place.inside or id(c) in place.cut:
        return True  # the request (or what is kept with it, or a clause it borrows from) lost a word
    if "moment" in kinds and moment_no_loss(an, c, [d.word(i) for i in d.content(c.a, c.b)]):
        kinds = kinds - {"moment"}  # 'sorry dat ik het nu pas vraag', 'ik betaal het vrijdag terug' (no_loss.py)
    if c.role == "wrap":
        if _wraps_request(an, c):
            return True  # 'daarnaast vroeg ik me af of ik …': a frame wraps another request
        return "moment" in kinds and not place.timed  # 'sorry dat ik zo laat vraag' goes; its moment may not
    words = [d.word(i) for i in d.content(c.a, c.b)]
    first = d.word(c.start) if c.start >= 0 else ""
    if not own_verb(an, c):
        if _salutation(an, c) or _signature(an, c) or only_comment(an, c, kinds):  # 'echt balen' (spare_piece.py)
            return False
        return c.sent in place.near or bool(kinds & {"moment", "voorwaarde"})
    if first in w.condition_start and id(c) in place.adjacent and not _accepts(an, c, w) \
            and not _after_wrapper(an, c) and not suits_reader(an, c, kinds):  # spare_piece.py
        return True  # 'als het regent', 'anders kan ik er niet in' (not 'als het niet lukt, snap ik dat')
    if _maybe_honest(an, c, words, place, w):
        return True  # 'ik durf daar ni alleen naartoe': perhaps the honest sentence, and none is kept
    if _unwilling(an, c, words, place, w):
        return True  # 'ik wil niet naar dat feest, kan ik …': what the writer does not want is why they ask
    return _full_clause_cost(an, c, words, kinds, place, w)


def _full_clause_cost(an, c, words: list[str], kinds: set[str], place: Place, w) -> bool:
    """A clause with a verb of its own: background, unless it holds a limit, a rule, a return
    offer, a negated instruction, or a moment the request needs."""
    d = an.d
    first = d.word(c.start) if c.start >= 0 else ""
    past = bool(set(words) & w.past) or perfect(d, c.a, c.b)  # news: 'ik heb het al gemeld'
    if first in w.reason_start:
        return "moment" in kinds and not place.timed and not past
    if "voorwaarde" in kinds and (set(words) & w.limits or set(words) & w.reader):
        return True  # 'ik kan alleen na vijf uur', 'het moet uiterlijk vrijdag binnen zijn'
    near = c.sent in place.near
    if near and not past and (words[:1] == ["dan"] and set(words) & w.yours or _negated_instruction(an, words, w)):
        return True  # 'dan neem ik jouw woensdag', '… en nie in de droogkast', 'en niet aanbellen'
    if near and not past and (set(words) & (w.must | _MAY) or "moment" in kinds) and _rule(an, c, words, kinds, w):
        return True  # 'je moet wel eerst bellen', 'hij krijgt zijn pil om 8 uur': a rule for the request
    if not past and (near or c.sent == place.before) and _when_or_where(an, c, words, "moment" in kinds, place, w):
        return True
    if near and not past and _returned(words, w):
        return True  # 'Ik breng ze zaterdag terug.': when a loan ends is a moment of the ask (readers differ)
    return "moment" in kinds and not place.timed and not past


_MAY = frozenset({"mag", "mogen", "moogt", "hoeft", "hoeven"})


def _negated_instruction(an, words: list[str], w) -> bool:
    """A negation with a place or a verb after it and no subject of its own: 'nie in de
    droogkast', 'niet aanbellen' (not 'ik kan niet komen')."""
    lex = an.d.lex
    for k, x in enumerate(words[:-1]):
        y = words[k + 1]
        if x not in w.negation or not (y in lex.prepositions or (is_infinitive(lex, y) and k + 2 == len(words))):
            continue
        start = max((j + 1 for j in range(k) if words[j] in ("en", "maar", "of", "ahja", "oja")), default=0)
        own = words[start:k] + words[k + 1:]
        if not any(finite_like(lex, v) or v in lex.subjects or v in SUBJECTS for v in own):
            return True
    return False


def _when_or_where(an, c, words: list[str], timed: bool, place: Place, w) -> bool:
    """A clause of the writer next to the request that says when or where it is: when they can
    be reached ('ik ben alleen thuis in de voormiddag'), their plan with a day, told before the
    request that does not name one ('we zijn vanaf donderdag weg. Wil je 's avonds …'), or where
    they wait at a time ('ik sta om 8u aan de kerk'), or where they are when the request names no
    place ('ik zit in de auto aan de parking. kunde gij komen?')."""
    d = an.d
    mine = set(words) & w.writer
    if set(words) & w.copula and (timed and set(words) & w.available or _identifier(words) and (mine or set(words) & w.available)):
        return True  # 'ik ben bereikbaar na 13 uur', 'ik ben bereikbaar op 06-…', 'mijn kenteken is KX-402-P'
    if timed and mine and c.sent == place.before and set(words) & w.days and not place.days:
        return True
    at = any(x == "om" and (y[:1].isdigit() or y in d.lex.moment_starts) for x, y in zip(words, words[1:]))
    waits = any(x in w.place_verbs and (y in _ME or z in _ME) for x, y, z in zip(words, words[1:] + [""], [""] + words))
    before = c.b <= place.start  # where the writer is, said before the ask ('ik zit in de auto …, kunde gij komen')
    return waits and has_place(d.lex, words) and (at and timed or before and not place.placed)  # 'ik zit in de auto aan de …: kun je komen?'


def _identifier(words: list[str]) -> bool:
    """A number that names something: a phone number, a plate, a member number ('06-23456789',
    'kx-402-p'), not an age or a house number."""
    return any(sum(ch.isdigit() for ch in x) >= 3 and len(x) >= 5 for x in words)


def _maybe_honest(an, c, words: list[str], place: Place, w) -> bool:
    """No honest sentence is kept, and right next to the request the writer says how they feel,
    now or just now: 'ik', a word for a feeling ('ik durf daar ni alleen naartoe', "'k heb nen
    rotdag gehad", 'ik zit er vandaag echt door'). Not a reason ('want ik ben bang dat …')."""
    if place.state or not (c.sent in place.near or c.sent == place.before):
        return False
    if not set(words[:2]) & _ME or words[0] in w.reason_start:
        return False
    through = "er" in words and "door" in words[words.index("er"):]  # 'ik zit er (echt) door'
    missing = any(x == "mis" and y in _PEOPLE for x, y in zip(words, words[1:]))  # 'ik mis hem zo'
    return bool(set(words) & w.feeling) or through or missing or any(x.startswith(w.feeling_start) and len(x) > 5 for x in words)


def _unwilling(an, c, words: list[str], place: Place, w) -> bool:
    """Next to the request the writer says what they do not want ('ik wil niet naar dat feest',
    'ik hoef niet mee'): the reason for the ask, and its negation carries meaning. Burden talk
    in the same shape ('ik wil niet zeuren') is a wrapper and never comes here."""
    if not (c.sent in place.near or c.sent == place.before):
        return False
    k = next((j for j, x in enumerate(words[:3]) if x in _ME), None)
    if k is None or k + 1 >= len(words) or words[k + 1] not in _WILL:
        return False
    at = next((j for j in range(k + 2, min(k + 5, len(words) - 1)) if words[j] in w.negation), None)
    if at is None or words[-1] in _SEEMING:
        return False  # 'ik wil geen zaag zijn', 'ik wil er geen drama van maken': how the writer comes across
    return words[at + 1] in _WHITHER or words[at + 1] in an.d.lex.prepositions


def _returned(words: list[str], w) -> bool:
    """The writer gives a thing back on a day ('ik breng hem zondag terug', 'ik geef ze morgen
    terug'), not money ('ik betaal u direct terug') or the writer coming home ('ik kom maandag terug')."""
    if "terug" not in words or not set(words[:2]) & w.writer or not set(words) & w.days:
        return False
    return bool(set(words) & _GIVE and set(words) & _THING)


_GIVE = frozenset({"breng", "geef", "zet", "leg"})
_THING = frozenset({"ze", "hem", "het", "die", "'m", "em"})
_WILL = frozenset({"wil", "wou", "wilde", "hoef"})
_WHITHER = frozenset({"naar", "dat", "mee", "terug", "weg", "heen"})
_SEEMING = frozenset({"zijn", "zitten", "lopen", "staan", "doen", "maken", "overkomen", "klinken", "lijken", "storen"})
_ME = frozenset({"ik", "me", "mij"})
_PEOPLE = frozenset({"hem", "haar", "je", "jou", "u", "jullie", "ze", "hen", "mama", "papa", "opa", "oma"})


def _rule(an, c, words: list[str], kinds: set[str], w) -> bool:
    """A clause next to the request that tells how to do it: to the reader, with 'moet' and
    without a negation ('je moet wel eerst bellen'; 'je moet het niet doen' is an escape hatch),
    or about someone else with a limit, an amount or a time of day ('hij krijgt zijn pil om 8
    uur'; 'ze moet zondag om 8 uur op de club zijn' names another day: background). What the
    writer does is their own news ('ik betaal u direct terug')."""
    if set(words) & w.accept or set(words) & w.writer:
        return False  # 'je moet eerlijk zeggen': only asks for an honest answer
    if set(words) & w.reader:
        return bool(set(words) & w.must) and (not set(words) & w.negation or _negated_action(an, words, w))
    if set(words) & _MAY and set(words) & w.negation:
        return True  # 'hij mag niet bij andere honden': a rule for what the request is about
    if not kinds & STRONG:
        return False
    d = an.d
    return "moment" not in kinds or not any(d.word(i) in d.lex.moment_starts for i in d.content(c.a, c.b))


def _negated_action(an, words: list[str], w) -> bool:
    """'ge moet ze wel ni laten gamen': a negation with an action of its own, not the request
    itself ('je moet het niet doen', 'je moet niet komen' is an escape hatch)."""
    lex = an.d.lex
    after = words[next(k for k, x in enumerate(words) if x in w.negation) + 1:]
    return any(is_infinitive(lex, x) and x not in _ESCAPE_VERBS for x in after)


_ESCAPE_VERBS = frozenset({"doen", "komen", "gaan", "helpen", "zeggen", "storen", "schrikken", "voelen"})


def _wraps_request(an, c) -> bool:
    """A wrapper frame in the clause with a subject after it ('vroeg me af of ik …'), not
    'ik hoop dat alles goed gaat'."""
    d = an.d
    for i0, (i1, _frame) in an.frames.items():
        if c.a <= i0 < c.b and any(d.word(k) in d.lex.subjects for k in range(i1, min(c.b, i1 + 2))):
            return True
    return False


def _accepts(an, c, w) -> bool:
    """The condition, or what follows it in its sentence, accepts a no: an escape hatch ('als ge
    geen zin hebt, zeg het gerust', 'als het niet lukt, geen probleem')."""
    d = an.d
    k = an.clauses.index(c)
    nxt = an.clauses[k + 1] if k + 1 < len(an.clauses) and an.clauses[k + 1].sent == c.sent else c
    return any(d.word(i) in w.accept for x in (c, nxt) for i in d.content(x.a, x.b))


def accepts_no(an, c) -> bool:
    """A condition that only accepts a no ('als het niet lukt, zeg het gerust'): see _accepts."""
    return _accepts(an, c, word_classes())


def _after_wrapper(an, c) -> bool:
    """'Mijn excuses als dit niet via de mail mag': the condition belongs to the apology."""
    k = an.clauses.index(c)
    return k > 0 and an.clauses[k - 1].role == "wrap" and an.clauses[k - 1].sent == c.sent


def address_or_signature(an, c) -> bool:
    """Who is addressed right after the greeting, or a signature: it may go (see needed.py too)."""
    return _salutation(an, c) or _signature(an, c)


def _salutation(an, c) -> bool:
    """A piece right after the opening greeting: who is addressed ('Beste buren van nummer 23'); not
    a clause with a verb of its own ('hallo meneer de verwarming doet het weer nie …': no stop after
    the greeting)."""
    k = an.clauses.index(c)
    before = [x for x in an.clauses[:k] if x.role != "leeg"]
    return bool(before) and before[-1].role == "groet" and before[-1].sent == c.sent and not own_verb(an, c)


def _signature(an, c) -> bool:
    """A piece in the last sentence that only names the writer ('Mama', 'nr. 12', '(kamer 3)')."""
    d = an.d
    lex = d.lex
    last = max((x.sent for x in an.clauses if x.role != "leeg"), default=-1)
    if c.sent != last:
        return False
    if c.a > 0 and d.tok_text(c.a - 1) == "(":
        return True
    return all(d.word(i) in lex.relations or d.tok_text(i)[:1].isupper() or any(ch.isdigit() for ch in d.word(i))
               or d.word(i) in lex.abbreviations for i in d.content(c.a, c.b))
