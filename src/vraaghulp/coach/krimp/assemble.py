"""Put the result together: the moment in its place, the vocative in front, the honest sentence
where the draft had it. Capitals, the closing mark and the joined text are in final_text.py."""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from . import dated_aside, part_pointer, time_pointer
from .coord_object import past_object
from .moment_said import preferred, verb_of_its_own, verb_second
from .pieces import Piece, new_piece, tok_piece
from .together import times_together
from .verbs import is_infinitive
from .wh_order import past_subject

PRONOUNS = ("me", "mij", "ons", "hem", "'m", "jou", "je", "u", "haar", "ze", "mijn")


_LOOSE_MARKS = re.compile(r"(?<!\d)[.:,](?!\d)|[?!;()\"\[\]]")


def plain(text: str) -> str:
    """The text folded, its loose marks gone and its spaces single: what the moment patterns read."""
    return " ".join(_LOOSE_MARKS.sub(" ", fold(text)).split())


def has_moment(lex, text: str) -> bool:
    return bool(lex.moment.search(plain(text)))


def has_day(lex, text: str) -> bool:
    """The text names a day or a part of one ('zaterdag', 'morgen', "'s middags"), not only a clock time."""
    folded = plain(text)
    return any(any(w.isalpha() and w not in _CLOCK_WORDS for w in m.group(0).split())
               for m in lex.moment.finditer(folded))  # 'dinsdag om 8u30' names its day, 'voor 20u' does not


# A clock time in words ('om half vier', 'kwart over acht', 'rond tienen') names no day.
_HOURS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")
_CLOCK_WORDS = frozenset({"om", "rond", "tegen", "vanaf", "na", "voor", "tussen", "van", "tot", "en", "uur", "u", "uiterlijk",
                          "half", "kwart", "over", *_HOURS, *(h + "en" for h in _HOURS if not h.endswith("en"))})


def _day_before(an, group) -> bool:
    """A plain clause before the request names a day (not in the past tense)."""
    from .states import PAST

    d = an.d

    def escape(c) -> bool:  # 'Moest ge morgen tijd hebben, kunt ge … van 11u …': its day is the request's
        return c.role == "wrap" and c.kind == "uitweg" and c.sent == group[0].sent

    return any(c.a < group[0].a and (c.role in ("tekst", "staat", "voorwaarde", "vraag", "extra") or escape(c)) and c not in group
               and not (set() if escape(c) else PAST) & {d.word(i) for i in range(c.a, c.b)}
               and any(c.a <= i0 and i1 <= c.b and not _CLOCK_ONLY.fullmatch(fold(d.raw(i0, i1))) for i0, i1 in an.moments)
               for c in an.clauses)


def pieces_text(pieces: list[Piece]) -> str:
    return " ".join(p.norm for p in pieces if p.norm)


def moment_slot(an, req) -> int | None:
    """Where a moment goes: after the front ('kun je') and any pronoun objects ('me', 'het');
    in a statement of need after its verb ('Ik wil graag | een afspraak', 'Ik heb nodig dat jij | …')."""
    if req.form == "mededeling":
        return _statement_slot(an, req)
    front = max(req.front, 1) if req.form == "gebiedend" else req.front  # 'Kom | naar huis', 'Bel me | …'
    if req.form not in ("vraag", "gebiedend") or front <= 0 or req.subject in ("np-mv",) or (req.subject == "np" and front <= 1):
        return None
    words = [p.word for p in req.pieces]
    pos = front = past_subject(words, front)  # 'Wie kan ik | nu bellen?' (wh_order.py)
    while pos < len(words):
        size = 2 if words[pos] == "'" and words[pos + 1:pos + 2] in (["m"], ["t"]) else 1  # "'m" typed as two tokens
        if not _object_pronoun(an.d.lex, words, pos + size - 1):
            break
        pos += size  # 'kun je het | morgen even doorlezen', 'kunt ge da | deze week laten maken'
    if pos <= front:
        return None if _in_name(req.pieces, pos) else pos
    slot, unsure = past_object(an.d.lex, words, pos, [p.text[:1].isupper() for p in req.pieces])  # 'mij en de kinderen | nu komen ophalen' (coord_object.py)
    if unsure:
        req.guesses.add("voorwerp")
    return None if slot is not None and _in_name(req.pieces, slot) else slot


_NAME_LINKS = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "het", "op", "in", "vd"})


def _in_name(pieces, slot: int) -> bool:
    """The slot splits a name: 'Kan mevrouw Van | Dijk …', 'meneer De | Vries' (round 42, lead: the typed moment went
    there, sure). No slot then: the caller says the typed moment could not be placed."""
    if slot <= 1 or slot >= len(pieces):
        return False
    before, after = pieces[slot - 1].text, pieces[slot].text
    return after[:1].isupper() and (before[:1].isupper() or before.lower() in _NAME_LINKS)


def _statement_slot(an, req) -> int | None:
    words = [p.word for p in req.pieces]
    lex = an.d.lex
    for k in range(min(len(words) - 1, 8)):
        if words[k] in ("dat", "om") and k + 1 < len(words) and words[k + 1] in lex.subjects:
            k += 2
            while k < len(words) - 1 and _object_pronoun(lex, words, k):
                k += 1  # 'dat je me | zaterdag helpt'; never inside 'het eten'
            return k
    if len(words) > 2 and words[0] in ("ik", "we", "wij") and (words[1] in lex.finite or words[1] in lex.ik_verbs):
        k = 2
        while k < len(words) - 1 and words[k] in ("graag", "echt", "wel", "dringend"):
            k += 1
        return k
    return None


# Weak object pronouns: a moment goes after them ('kun je het morgen brengen', never 'kun je morgen het brengen').
_ALWAYS_OBJECT = frozenset({"me", "mij", "ons", "hem", "'m", "jou", "u", "ze", "hen"})
_MAYBE_OBJECT = frozenset({"het", "'t", "t", "dat", "da", "dit", "die", "deze", "haar"})  # or a determiner ('het boek')
_NO_NOUN = frozenset({"niet", "ni", "nie", "nog", "er", "daar", "hier", "terug", "weer", "dan", "wel", "ook", "ff", "efkes"})


def _object_pronoun(lex, words: list[str], k: int) -> bool:
    """'me', 'hem', 'ze' … are objects; 'het', 't, 'dat', 'da', 'die', 'haar' only when no noun follows:
    nothing, a pronoun, a particle, a filler or a preposition ('het | even doorlezen', 'da | eens maken'), or
    the closing verb ('die | meebrengen', 'da | laten maken'), never 'het | houten hek'."""
    w = "'" + words[k] if words[k] in ("m", "t") and k and words[k - 1] == "'" else words[k]
    if w in _ALWAYS_OBJECT:
        return True
    if w not in _MAYBE_OBJECT:
        return False
    rest = [x for x in words[k + 1:] if any(ch.isalnum() for ch in x)]
    if not rest:
        return True
    nxt = rest[0]
    if nxt in PRONOUNS or nxt in lex.particles or nxt in lex.modal_inf or nxt in lex.fillers or nxt in _NO_NOUN \
            or nxt in lex.prepositions:
        return True
    if len(rest) == 1 and (nxt in lex.finite or nxt.endswith("t")):
        return True  # 'dat je het | regelt': the closing verb of a clause
    after = rest[1] if len(rest) > 1 else ""
    return is_infinitive(lex, nxt) and (not after or after in lex.prepositions or is_infinitive(lex, after)
                                        or after in lex.particles or after in PRONOUNS)


def _added(an, c) -> bool:
    """Clause c heads a request added with 'en … ook' after another one (groups.add_on), or announced as one
    ('… o ja en kan iemand checken of …'): its moment is never the request's."""
    from .and_ask import added
    from .plans import add_on

    d = an.d
    asks = getattr(an, "asks", [])
    if id(c) in an.__dict__.get("_added_later", ()):
        return True  # '… brengen? En wie kan ze woensdag ophalen?' (which_ask.not_added, k40b)
    told = any(d.is_word(j) and d.find_at(d.lex.extra, j) is not None for j in range(max(0, c.a - 4), c.a))
    return any(add_on(an, g, asks) or added(an, g, asks) or told for g in asks if c in g)  # '… geven? En kunnen we …?'


def pull_moment(an, req, group, exclude) -> bool:
    """No moment in the request, but one elsewhere in the draft: move it in.

    Only from plain clauses without a negation ('Wel ni vóór zondagavond' must never become
    'vóór zondagavond'), and never from a kept clause (the moment is already in the result).
    """
    from .plans import deadline, own_action, own_plan
    from .span_from import widened
    from .day_only import day_end, with_date, with_event
    from .states import NEGATIONS, PAST, perfect

    d = an.d
    lex = d.lex
    text = pieces_text(req.pieces)
    ref = _moment_ref(lex, req.pieces)
    settled = False if time_pointer.held(an, req, group, text) else _settled(an, req, group, text, ref)  # 'tot die tijd'
    if settled is not None:
        return settled
    bare_then = ref is not None and [p.norm for p in req.pieces[ref[0]:ref[1]]] == ["dan"] and not has_moment(lex, text)
    slot = moment_slot(an, req)
    if slot is None and ref is not None:
        slot = ref[0]  # 'Mogen Isa en ik die dag vrij krijgen': the moment goes where 'die dag' stands
    if slot is None:
        return False
    for c in sorted(an.clauses, key=lambda x: (x.a > group[0].a, -x.a)):  # the closest one before it first
        escape = c.role == "wrap" and c.kind == "uitweg" and c.sent == group[0].sent  # 'Mocht je deze week tijd hebben, …'
        if c in group or c in exclude or (c.role not in ("tekst", "staat", "voorwaarde", "vraag", "extra") and not escape):
            continue
        alone = moment_alone(an, c, group) if c.a > group[0].a else None
        if alone is not None:  # '… invullen? Mischien zaterdag.': the moment said after the question
            _put_moment(an, req, slot, [tok_piece(d, i) for i in range(*alone) if d.toks[i].cls != "n"])
            return True
        if c.a > group[0].a and (c.role != "vraag" or _added(an, c)):
            continue  # 'Ik breng hem morgen terug.' is about later, not about the request; '… en zijde zaterdag ook mee?' is another ask
        past = set() if escape else PAST  # Flemish 'moest ge zaterdag tijd hebben' is 'should you', not a past
        then = bare_then and c.sent >= group[0].sent - 1 and not _prepares(an, req)  # '… pas om 21:30 klaar. Kun je me dan …'
        a, b = _moment_part(an, c)  # 'ik moet zaterdag werken | en mijn moeder weet nog niet …': the first half counts
        if (NEGATIONS | past | {"sinds", "zoals"}) & {d.word(i) for i in range(a, b)} or (perfect(d, a, b) and not then) \
                or _compared(d, c):
            continue  # 'Wel ni vóór zondagavond', 'ik heb vannacht gedacht aan …', 'het was gezellig zondag', 'sinds 1 oktober'
        for i0, i1 in an.moments:
            if c.role != "vraag" and c.a <= i0 < c.b and dated_aside.bound(d, i0):
                continue  # 'uw brief van 2 december', 'per 1 november verhoogd': that thing's date (dated_aside.py)
            if c.a <= i0 and i1 <= c.b and not re.search(r"\d{4}", d.raw(i0, i1)) and (_movable(an, c, i0, i1) or then):
                if (deadline(an, c, i0) and not then) or (c.role != "vraag" and ref is None and (_prepares(an, req) or (
                        not own_plan(an, group, i0) and (_lasts(an, req) or own_action(an, c, i0))))):
                    return False  # 'ik moet maandag … inleveren', '… kan pas volgende week gemaakt worden'
                start = _event_before(an, c, i0)  # 'Voor het klasfeest van vrijdag zoeken we …'
                if d.word(i0) == "vanaf":  # 'vanaf vrijdag een week' (never 'morgen een week': a week from tomorrow)
                    i1 = next((e for s, e in an.durations if s == i1 and e <= c.b), i1)
                i1 = next((e for s, e in an.moments if s == i1 and e <= c.b), i1)  # 'zaterdag | van 8 tot 2': both
                start, i1 = widened(an, c.b, start, i0, i1)  # 'van dinsdag tot vrijdag', '… dinsdag t/m donderdag' (span_from.py)
                i1 = with_event(d, with_date(d, i1, c.b), c.b)  # 'zaterdag de 14e', 'vrijdag na het gebed'; only the day when the ask has its clock time (day_only.py)
                end = day_end(d, start, i1)
                i1 = end if has_moment(lex, text) and end > start else i1
                day = day_of(an, c, i0) if then else []
                _put_moment(an, req, slot, [tok_piece(d, i) for i in [*day, *range(start, i1)]])
                return True
    return False


def _settled(an, req, group, text: str, ref) -> bool | None:
    """Whether the request needs no moment from elsewhere (True), may take none (False), or may take one (None)."""
    from .day_only import names_day
    from .from_now import for_good
    from .span_from import points_at_days

    lex = an.d.lex
    if points_at_days(req.pieces) or part_pointer.points_at_part(an, req.pieces):
        return False  # '… geven die dagen?', 'die ochtend': the sentence with the span or day stays (span_from.py, part_pointer.py)
    if for_good(text):
        return False  # 'Wil je geen opmerkingen meer maken …' never gets 'met Pasen' from elsewhere (from_now.py)
    bare_dan = ref is not None and has_day(lex, text) and [p.norm for p in req.pieces[ref[0]:ref[1]]] == ["dan"]
    own_day = ref is not None and names_day(pieces_text(req.pieces[:ref[0]] + req.pieces[ref[1]:]))  # day_only.py
    if has_moment(lex, text) and (has_day(lex, text) or not _day_before(an, group)) and (ref is None or bare_dan or own_day):
        return True  # a clock time alone ('om 20.00 uur') takes the day said before it ('… zaterdag?');
        # in 'wil je die dan zaterdag ophalen' 'dan' means 'in that case': the day is there; '… dinsdag om 4:30 …,
        # alleen als je die nacht vrij bent': the ask names its day, 'die nacht' is that one's (round 32, k32b)
    return None


def _moment_part(an, c) -> tuple[int, int]:
    """The part of the clause that holds its moments: up to an 'en'/'maar' that starts a new subject after them."""
    d = an.d
    last = max((e for s, e in an.moments if c.a <= s and e <= c.b), default=None)
    if last is None:
        return c.a, c.b
    cut = next((i for i in range(last, c.b - 1) if d.is_word(i) and d.word(i) in ("en", "maar")
                and d.word(i + 1) in _NEW_SUBJECT), None)
    return (c.a, cut) if cut is not None else (c.a, c.b)


_NEW_SUBJECT = frozenset({"mijn", "m'n", "mn", "onze", "ons", "de", "het", "hij", "zij", "ze", "hun", "zijn", "haar",
                          "er", "der", "d'r"})  # '… vrijdag om 6u40 | en der rijdt gin trein' (k33b)


def day_of(an, c, i0: int) -> list[int]:
    """The day said earlier in the clause's sentence, for a clock time that 'dan' points at ('donderdag heb
    ik gesprekken, die zijn pas om 21:30 klaar' -> 'donderdag om 21:30'); [] when there is none or it is that moment."""
    d = an.d
    a = d.sentences[c.sent][0]
    days = [(s, e) for s, e in an.moments if a <= s and e <= i0 and not _CLOCK_ONLY.fullmatch(fold(d.raw(s, e)))]
    return list(range(*days[0])) if len(days) == 1 else []


def _prepares(an, req) -> bool:
    """'Kun je mijn brief nalezen?' after 'Ik heb donderdag een sollicitatie': it is to be done before."""
    return any(p.word in an.d.lex.prepare_verbs for p in req.pieces[req.front:])


def _lasts(an, req) -> bool:
    """The request has a duration of its own ('een weekje lenen'): a day said elsewhere is no start."""
    toks = {i for p in req.pieces for i in p.toks}
    timed = {i for i0, i1 in an.moments for i in range(i0, i1)}
    return any(i0 in toks and not timed & set(range(i0, i1)) for i0, i1 in an.durations)  # not '10.00 uur'


def _event_before(an, c, i0: int) -> int:
    """Where a moment pulled in starts: with the event it dates when the clause opens with one
    ('voor het klasfeest van vrijdag', 'voor de buurtbarbecue op 24 augustus'; round 37, k37a: also the day right
    after the event, 'Voor het toernooi zaterdag zoeken we …', and over a hyphen, 'de kaas- en wijnavond'), else at i0."""
    d = an.d
    lex = d.lex
    link = i0 if d.word(i0) in ("van", "op") else i0 - 1  # 'op 24 augustus' may be the moment itself
    bare = link < 2 or d.word(link) not in ("van", "op")
    link = i0 if bare else link  # 'voor het toernooi zaterdag': the day right after the event
    for j in range(link - 1, max(c.a, link - 7) - 1, -1):
        w = d.word(j)
        if w in ("voor", "tegen"):
            event = j == c.start and link - j >= 2 and (not bare or d.word(j + 1) in _EVENT_ARTICLE)
            return j if event else i0
        if (not d.is_word(j) and d.tok_text(j) != "-") or w in lex.finite or w in lex.subjects or w in lex.irregular:
            return i0
    return i0


_EVENT_ARTICLE = frozenset({"het", "de", "'t", "den"})  # 'voor het toernooi zaterdag', never 'voor mijn zus zaterdag'
_ASKING = frozenset({"vraag", "vragen", "vraagt", "gevraagd", "vrage", "vroagen"})  # not 'vroeg': also 'early'


def _compared(d, c) -> bool:
    """'… lekt weer, net als in maart': a moment in a comparison is an earlier time, not the request's."""
    words = [d.word(i) for i in range(c.a, c.b) if d.is_word(i)]
    return any(x in ("net", "precies") and y == "als" for x, y in zip(words, words[1:]))


def _put_moment(an, req, slot: int, moved: list[Piece]) -> None:
    """The moment in its slot, or in the place of 'die dag', 'dan' (lower case: it is mid-sentence)."""
    first = moved[0]
    if first.text[:1].isupper() and first.text[1:2].islower():
        moved[0] = Piece(first.text[:1].lower() + first.text[1:], first.toks, first.norm, first.glue)
    at = _moment_ref(an.d.lex, req.pieces)
    if at is not None and at[0] > 0 and req.pieces[at[0] - 1].norm == moved[0].norm:
        at = (at[0] - 1, at[1])  # 'tot dan' said by 'tot 12 mei' (never 'tot tot 12 mei')
    elif at is not None and at[0] > 0 and len(moved) > 1 and moved[0].norm in ("op", "om", "in", "per") \
            and req.pieces[at[0] - 1].norm in an.d.lex.prepositions:
        moved = moved[1:]  # 'vóór die datum' said by 'vóór 30 september' (never 'vóór op 30 september'; k32e)
    if at is not None and slot < at[0] and [p.norm for p in req.pieces[at[0]:at[1]]] == ["dan"] \
            and req.pieces[at[0] - 1].norm not in an.d.lex.prepositions:
        req.gone.update(i for p in req.pieces[at[0]:at[1]] for i in p.toks)  # 'wil je je auto dan niet …': the time
        req.pieces[at[0]:at[1]] = []  # goes before the object ('wil je volgend weekend je auto niet …')
        req.pieces[slot:slot] = moved
    elif at is not None:
        req.gone.update(i for p in req.pieces[at[0]:at[1]] for i in p.toks)  # 'die dag' said by the moment now
        req.pieces[at[0]:at[1]] = moved
    else:
        req.pieces[slot:slot] = moved


def moment_alone(an, c, group) -> tuple[int, int] | None:
    """A short clause after the request that is only a moment, maybe after a hedge ('Mischien
    zaterdag.', 'vanavond of morgen voor school?'): the tokens to move, or None."""
    d = an.d
    lex = d.lex
    if c.role != "tekst" or c.a < group[-1].b or c.sent > group[-1].sent + 2:
        return None
    if any(c in g for g in getattr(an, "asks", ()) if g is not group):
        return None  # '… en wil je de kliko buitenzetten, morgen komen ze': another request's moment
    toks = d.content(c.a, c.b)
    while toks and (an.covered(toks[0], ("afzwakker",)) or d.word(toks[0]) in lex.fillers
                    or d.word(toks[0]) in ("liefst", "moet", "het")):
        toks = toks[1:]  # 'Mischien zaterdag.', 'moet voor 13u': only when a moment is all that is left
    if (liked := preferred(an, toks)) is not None:
        return liked  # 'Zaterdag past mij het best.': only the moment moves (moment_said.py)
    if not toks or len(toks) > 7 or not any(i0 == toks[0] for i0, _ in an.moments) or verb_second(an, toks):
        return None  # 'Vanmiddag regent het.': a sentence of its own (moment_said.py)
    if any(verb_of_its_own(lex, d.word(i)) or (d.word(i) in lex.subjects or d.word(i) in ("ze", "zij", "we", "wij")) and not (
            i > 0 and d.word(i - 1) in lex.prepositions) or d.word(i) in ("niet", "ni", "nie", "geen") for i in toks):
        return None  # 'morgen kan ik niet', 'zaterdag ben ik weg': a sentence of its own
    if any(is_infinitive(lex, d.word(i)) for i in toks) or len(toks) > 1 and d.word(toks[-1]) in lex.particles:
        return None  # 'moet zaterdag oude bank naar de stort brengen', 'Het moet uiterlijk vrijdag terug.' (k44c): an action
    return toks[0], toks[-1] + 1


_CLOCK_ONLY = re.compile(r"(?:(?:om|rond|tegen|vanaf|voor|na|tot|tussen|van) )?(?:\d[\d:.u]*|(?:(?:half|kwart (?:over|voor)) )?"
                         r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?:en)?)(?: ?uur)?"
                         r"(?: (?:en|tot) \d[\d:.u]*(?: ?uur)?)?")


def _movable(an, c, i0: int, i1: int) -> bool:
    """A moment from another sentence that can be the request's: not 'nu' ('ik heb nu geen auto'),
    and a clock time alone only from the writer's own plan ('ik land om 06:40', not 'ik werk tot 14u')."""
    d = an.d
    text = fold(d.raw(i0, i1))
    if text.split() == ["nu"]:
        return False
    if c.role != "vraag" and any(d.word(i) in _ASKING for i in range(c.a, c.b)):
        return False  # 'Beetje gek om meteen iets te vragen.': the moment of the asking, not of the ask (round 37)
    if not _CLOCK_ONLY.fullmatch(text):
        return True
    first = d.content(c.a, c.b)
    return bool(first) and d.word(first[0]) in ("ik", "'k", "k", "we", "wij")


def _moment_ref(lex, pieces: list[Piece]) -> tuple[int, int] | None:
    """Where 'die week', 'die dag', 'dan' … stands in the request (pieces k..l), if it does."""
    words = [p.norm for p in pieces]
    for ref in lex.moment_refs:
        size = len(ref.split())
        for k in range(1, len(words) - size + 1):
            if " ".join(words[k:k + size]) == ref and not (ref == "dan" and words[k - 1] in _COMPARED):
                return k, k + size
    return None


# Round 40 (k40a): 'dan' after a comparative compares ('langer dan twee dagen', 'meer dan een uur'), never a time.
_COMPARED = frozenset({"langer", "meer", "minder", "eerder", "later", "vroeger", "beter", "liever", "anders", "groter", "kleiner",
                       "korter", "verder", "hoger", "lager", "zwaarder", "ouder", "jonger", "sneller", "trager"})


def add_moment(an, req, text: str) -> bool:
    """Put a moment typed separately (or 'nu' in crisis) into the request."""
    slot = moment_slot(an, req)
    if slot is None:
        return False
    req.pieces[slot:slot] = [new_piece(text)]
    times_together(an, req, slot)  # 'zaterdag | om tien uur' (together.py)
    return True
