"""Which clauses make up a request, and which request is the main one."""

from __future__ import annotations

from .and_ask import added, most
from . import main_mark, minor_ask
from .lexicon import YOU
from .fragments import continuation
from .leadin import place_of
from .lists import list_first, row_after
from .listed import colon_item
from .midask import asks_reader, later_ask
from .names import name_like
from .runon_ask import glued_after_ask
from .runon_tail import starts_tail
from .need_after import need_after
from .opening import past_opening, set_aside
from .plans import add_on, is_availability
from .runon import ALONE_SUBJECTS, said_short
from .segment import finite_like, head
from .crisis_plea import calls_help, calls_named, negated_call, other_called, sends_to
from .task_row import task_row
from .offer import writer_offer
from .which_ask import marked_later, not_added, past_courtesy
from .verbs import is_infinitive
from .finite import noun_was
from .states import perfect
from .wordsets import SECOND_ASK

_NEW_SUBJECT = ("ik", "je", "jij", "we", "wij", "hij", "zij", "ze", "er", "dat", "dit", "het", "u", "ge", "gij", "jullie", "mijn", "die")


def continues(an, c) -> bool:
    """Does clause c carry on the request before it (an object, a list item, a condition)?"""
    d = an.d
    lex = d.lex
    if c.role == "voorwaarde":
        return d.word(c.start) not in lex.reasons
    if c.role in ("leeg", "beperking"):
        return True
    if c.role != "tekst" or c.start < 0:
        return False
    first = d.word(c.start)
    if d.is_bullet(c.a - 1) or d.is_bullet(c.a - 2) or d.is_bullet(c.a) or _in_brackets(d, c):
        return True  # a list item, or a remark in brackets: "(Office, VPN en de printer)"
    if first in lex.reasons or (first == "volgens" and d.word(c.start + 1) in ("mij", "me")):
        return False  # 'want …', 'volgens mij klopt het niet': a sentence of its own
    if first in lex.irregular or first in ("ligt", "staat", "zit", "is", "ben", "heb", "heeft", "moet", "moest"):
        return False  # 'kan je … brengen ligt nog in de gang', '… lenen moet de planken ophangen': subject left out
    toks = [i for i in d.content(c.start, c.b) if not noun_was(d, i)]  # 'de was ophangt': laundry (finite.py)
    if any(d.word(i) in ("is", "ben", "bent", "zijn", "heeft", "hebt", "was", "waren") for i in toks[1:3]) or said_short(d, toks):
        return False  # 'de mijne is zoek', 'trein gemist': a sentence of its own
    if c.start > c.a and d.word(c.start - 1) == "dan" and len(toks) > 2 and d.word(toks[1]) in ("ik", "we", "wij"):
        return False  # ', dan krijg ik mijn salaris binnen': the writer's own sentence (verb, then subject)
    opens = first in lex.subordinators or first in lex.prepositions or first in ("die", "dat", "wat", "waar", "zodat", "om")
    if not opens and ((first in lex.finite and first != "zijn") or any(_own_verb(lex, d.word(i)) for i in toks[1:4])
                      or any(d.word(i) in lex.pasts for i in toks[1:3])):
        return False  # 'mijn dochter doet haar communie', 'was ziek sorry', 'de buurvrouw belde': a statement run on
    if first in _NEW_SUBJECT and len(toks) > 1:
        second = d.word(toks[1])
        if second in lex.finite or second in lex.fillers or second in lex.state_verbs or first in ("ik", "we", "wij", "er"):
            return False
    return not name_like(an, toks) or len(toks) > 2 or _apposition(an, c) or colon_item(an, c)


def _apposition(an, c) -> bool:
    """'… bij mijn man, Jozef Lambrechts, …': the name right after a relation word is who is meant,
    not the person addressed."""
    d = an.d
    k = c.a - 1
    while k >= 0 and not d.is_word(k):
        k -= 1
    return k >= 0 and k < c.a - 1 and d.tok_text(k + 1) == "," and (d.word(k) in d.lex.relations or d.word(k) in _KIN)


_KIN = frozenset({"man", "vrouw", "echtgenoot", "echtgenote", "partner", "kleinzoon", "kleindochter", "schoonmoeder",
                  "schoonvader", "neef", "nicht", "vriendje", "vriendinnetje", "huisgenoot", "kotgenoot", "patiënt", "patient"})


def _own_verb(lex, w: str) -> bool:
    """A finite verb of a clause of its own ('doet', 'is'); not an infinitive ('een keer willen helpen')."""
    return finite_like(lex, w) and not w.endswith("en")


def _put_in(an, group: list, clauses: list, j: int) -> bool:
    """'Zou jij | als je tijd hebt | een keer willen helpen …': a wrapper put in right after a bare
    front is stepped over (it goes), and the question carries on after it."""
    from .hatch_inside import front_with_moment
    from .segment import bare_front

    c = clauses[j]
    nxt = clauses[j + 1] if j + 1 < len(clauses) else None
    return (len(group) == 1 and c.role == "wrap" and nxt is not None and nxt.sent == c.sent
            and nxt.role == "tekst" and (bare_front(an, c.a) or front_with_moment(an, c.a, c.b, bare_front)))


def _in_brackets(d, c) -> bool:
    before = d.text[: d.toks[c.a].start]
    return before.count("(") > before.count(")")


def request_groups(an) -> list[list]:
    """Each request: its condition clauses before it, the request clause, what continues it."""
    clauses = an.clauses
    groups: list[list] = []
    used: set[int] = set()
    for k, c in enumerate(clauses):
        if c.role not in ("vraag", "extra") or id(c) in used:
            continue
        group = [c]
        j = k - 1
        while j >= 0 and clauses[j].sent == c.sent and clauses[j].role in ("voorwaarde", "leeg") and id(clauses[j]) not in used:
            if clauses[j].role == "voorwaarde" and an.d.word(clauses[j].start) in an.d.lex.reasons:
                break
            group.insert(0, clauses[j])
            j -= 1
        j = k + 1
        open_verb = _waits_for_verb(an, c)
        while j < len(clauses) and clauses[j].sent == c.sent:
            if glued_after_ask(an, group, clauses[j]) or starts_tail(an, group, clauses[j]):  # k35d: runon_tail.py
                break  # 'kun je mijn jas brengen | ze hangt in de gang': the writer's next sentence (runon_ask.py)
            if open_verb and clauses[j].role == "tekst" and _statement(an, clauses[j]):
                break  # 'kun je me ophaln bij het station, trein heeft vertraging': a typo hid the verb
            if open_verb and clauses[j].role in ("tekst", "leeg"):
                group.append(clauses[j])  # 'Zou u voor mijn man, W. Smit (3-2-1948), een recept willen sturen?'
                open_verb = not _ends_in_verb(an, clauses[j])
            elif (continues(an, clauses[j]) and not writer_offer(an, clauses[j], group)) or task_row(an, group, clauses[j]):  # '…, de was ophangen en …?' (task_row.py)
                group.append(clauses[j])
            elif _put_in(an, group, clauses, j):
                open_verb = True  # the question carries on after the hatch put in ('… morgen even | als … | de was ophangen')
            else:
                break
            j += 1
        while group and group[-1].role == "leeg":
            group.pop()
        while group and group[0].role == "leeg":
            group.pop(0)
        more = continuation(an, group, open_verb=len(group) == 1 and _waits_for_verb(an, group[0]))
        group += [x for x in more if id(x) not in used]  # '… ophalen? ⏎ en hun eten geven', 'kun je ⏎ … ⏎ ophalen'
        used.update(id(x) for x in group)
        groups.append(group)
    return groups


def _statement(an, c) -> bool:
    """A clause with a subject and its own finite verb near its start ('trein heeft vertraging',
    'de bus is al weg', 'iedereen gaat', 'het is'): never the verb a modal question still waits for."""
    d = an.d
    lex = d.lex
    toks = d.content(c.start, c.b) if c.start >= 0 else []
    if len(toks) < (2 if toks and d.word(toks[0]) in ALONE_SUBJECTS else 3) or d.word(toks[0]) in lex.prepositions or d.word(toks[0]) in lex.subordinators or _in_brackets(d, c):
        return False
    return any(_own_verb(lex, d.word(i)) and d.word(i) not in lex.modal_inf for i in toks[1:3])


def _waits_for_verb(an, c) -> bool:
    """'Zou u voor mijn man': a modal question whose verb at the end has not come yet."""
    d = an.d
    if c.kind != "direct" or c.lead is None or c.lead.lemma not in ("zullen", "kunnen", "willen", "mogen"):
        return False
    return not any(is_infinitive(d.lex, d.word(i)) and d.word(i) not in d.lex.not_infinitive for i in d.content(c.lead.end, c.b))


def _ends_in_verb(an, c) -> bool:
    toks = an.d.content(c.a, c.b)
    return bool(toks) and is_infinitive(an.d.lex, an.d.word(toks[-1]))


def has_moment_in(an, group) -> bool:
    return any(c.a <= i0 and i1 <= c.b for c in group for i0, i1 in an.moments)


_FOR_THE_WRITER = frozenset({"me", "mij", "ons", "mijn", "alsjeblieft"})  # 'alsjeblieft': a plea, never a farewell


def _crisis_request(an, group) -> str:
    """In crisis an imperative counts as a request only when it asks something for the writer
    ('bel me', 'kom naar huis aub'), not a farewell ('pas goed op mam'): 'own'; a call for help
    ('Bel iemand nu.', k42b): 'call'; a negated call ('bel de politie niet', k42r) or none: ''."""
    main = head(group)
    if main.kind != "gebiedend":
        return "own"
    d = an.d
    words = [d.word(i) for c in group for i in d.content(c.a, c.b)]
    if negated_call(words):  # 'bel mijn broer, niet de politie': the writer's own call of the other one (k42r2)
        return "own" if other_called(d.raw(group[0].a, group[-1].b)) else ""
    if bool(_FOR_THE_WRITER & set(words)) or words[:1] == ["kom"] or calls_named(words, _second_raw(d, group)) \
            or sends_to(words):
        return "own"  # 'bel me', 'bel mijn zus', 'bel Eva' (k44c), 'stuur mama' (k44r)
    return "call" if calls_help(words) else ""


def _second_raw(d, group) -> str:
    """The first word after the verb that is no urge, as typed ('Eva' of 'bel nu Eva')."""
    toks = [i for c in group for i in d.content(c.a, c.b)][1:]
    return next((d.tok_text(i) for i in toks if d.word(i) not in ("nu", "aub", "alsjeblieft", "pls", "snel")), "")


def _crisis_requests(an, groups: list[list]) -> list[list]:
    """The crisis requests; the writer's own request ('kom zelf', 'bel jij me?') wins over a call for help (k42r)."""
    kinds = [(g, _crisis_request(an, g)) for g in groups]
    own = any(kind == "own" for _, kind in kinds)
    return [g for g, kind in kinds if kind == "own" or (kind == "call" and not own)]


def _possession(an, group) -> bool:
    """'Heb je toevallig nog dat oude kinderzitje op zolder?': asks whether, not for something."""
    d = an.d
    main = head(group)
    if main.kind != "direct" or main.lead is None or main.lead.lemma != "hebben":
        return False
    return not any(d.word(i).endswith("en") and d.word(i) not in d.lex.not_infinitive
                   for c in group for i in d.content(main.lead.end, c.b))


def _merge_possession(an, groups: list[list]) -> list[list]:
    """A possession question right before a request that points back at it ('mag ik dat lenen?')
    is context for that request, not a request of its own."""
    from .refs import OBJECT_PRONOUNS

    d = an.d
    out = []
    for k, g in enumerate(groups):
        nxt = groups[k + 1] if k + 1 < len(groups) else None
        if nxt is not None and _possession(an, g) and nxt[0].sent <= g[-1].sent + 1:
            head = [d.word(i) for i in d.content(nxt[0].a, nxt[0].b)][:6]
            if OBJECT_PRONOUNS & set(head):
                for c in g:
                    c.role = "tekst"
                continue
        out.append(g)
    return out


def choose(an, groups: list[list], crisis: bool = False) -> tuple[list | None, list[list]]:
    """(main request, the other requests). The main one has a moment, or else it is the first."""
    an.asks = list(groups)
    if crisis:
        groups = _crisis_requests(an, groups)
    extra = [g for g in groups if head(g).role == "extra"]
    groups = main_mark.asking(an, [g for g in groups if g not in extra])  # not 'wie kan dat beter dan jij?' (main_mark.py)
    groups = minor_ask.asking(an, groups)  # not 'wie had dat gedacht?', 'ge zijt toch ook op het feest?' (minor_ask.py, k35d)
    if not groups:
        return None, []
    groups = _merge_possession(an, groups)
    concrete = [g for g in groups if not is_availability(an, g)] or groups
    first_said = not_added(an, concrete, asks_reader)  # not '… brengen? En wie kan ze woensdag ophalen?' (which_ask.py, k40b)
    main = _pick(an, concrete, first_said)
    by_moment = _pick(an, concrete, concrete) if first_said != concrete else main  # the moment rule alone
    turned = main is not by_moment
    main = main_mark.main_marked(an, concrete, most(an, concrete, main))  # 'vooral: …?', 'het belangrijkste: …' (and_ask.py, main_mark.py)
    main, need_later = need_after(an, concrete, main)  # '… terugbrengen? Ik heb hem zaterdag nodig.'
    if not presence(an, main):  # 'ben je bij de ah? kan je dan …' is _then_ask's
        main = past_opening(an, concrete, main)  # 'Heb je de doos gezien? Kun je hem …' (opening.py)
    groups = [g for g in groups if head(g) is not None]  # an opening question set aside is text now
    concrete = [g for g in concrete if head(g) is not None]
    main, lead = list_first(an, concrete, main)
    if lead is None:
        main, lead = _then_ask(an, groups, main)
    main = later_ask(an, concrete, main) if lead is None else main  # 'ben je al onderweg? … kun jij …' (midask.py)
    main = marked_later(an, concrete, past_courtesy(an, concrete, main), asks_reader) if lead is None else main  # which_ask.py
    an.__dict__["_added_set_aside"] = turned and main is not by_moment  # moment and order still disagree: not sure
    groups = [g for g in groups if head(g) is not None]
    others = [g for g in groups if g is not main and not (is_availability(an, g) and not is_availability(an, main))]
    others = set_aside(an, others, main, presence)  # 'Mag ik je iets vragen? Kun je vrijdag …' (opening.py)
    others += extra  # 'En ook de was ophangen?': another request, never the main one
    need = _need_before(an, main, groups)
    needs = [need] if need else []
    an.lead_place, an.lead_for = (place_of(an, lead), main) if lead is not None else ([], None)
    if lead is not None and not an.lead_place:
        needs.append(lead)  # what 'dan' stands for stays with the request
    others = [g for g in others if g is not lead]  # 'ben je bij de ah? kan je dan …': its place moves in
    if crisis:  # 'Ik heb hulp nodig. Ik heb mezelf gesneden. Kan je komen?': nothing is made lighter
        needs = [g for g in others if head(g).kind == "behoefte" and g[-1].b <= main[0].a]
    an.need = [c for g in needs for c in g]  # 'Ik heb je hulp nodig met mijn aangifte. Kun je zondag komen?': one ask
    others = [g for g in others if not any(g is n for n in needs)]
    an.follow = _when_after(an, main, groups)  # 'Ik wil een gesprek plannen. Heeft u volgende week tijd?'
    an.follow = an.follow or row_after(an, main) or need_later  # '… gaan? ik heb nodig: chips, slagroom en kaarsjes.'
    others = [g for g in others if not any(c in an.follow for c in g)]
    return main, others


def _pick(an, concrete: list[list], pool: list[list]) -> list:
    """The main request among pool: the first with a moment, else the first question, else the first."""
    timed = [g for g in pool if has_moment_in(an, g) and not add_on(an, g, concrete) and not added(an, g, concrete)]
    asks = [g for g in pool if head(g).kind != "behoefte"]  # a question before a statement of need
    return _ask_after_need(an, concrete, timed[0]) if timed else asks[0] if asks else pool[0]


def _ask_after_need(an, groups: list[list], main: list) -> list:
    """'Ik heb hulp nodig met de verhuizing zaterdag. Kun je komen?': the moment is in the statement of
    need, and the question in the next sentence asks it; that question is the request (the need stays
    with it, _need_before), not a second one."""
    d = an.d
    said = [d.word(i) for c in main for i in d.content(c.a, c.b)]
    if head(main).kind != "behoefte" or any(x in ("dat", "da", "of") and y in YOU for x, y in zip(said, said[1:])):
        return main  # 'ik wil graag dat je … goedkeurt': the need asks the action itself
    for g in groups:
        first = head(g)
        if g is main or first.role != "vraag" or first.kind != "direct" or {d.word(i) for c in g for i in d.content(c.a, c.b)} & _ALSO:
            continue
        if g[0].sent == main[-1].sent + 1 and (not has_moment_in(an, g) or not {"dat", "da"} & set(said)):
            return g  # '… nodig. Kun je het morgen overmaken?': it asks what the need is for (not '… nodig dat …')
        if _follows_from(an, main, g):
            return g  # 'ik heb het geld nodig vóór 1 maart dus willen jullie 85 euro overmaken'
    return main


_SO = frozenset({"dus", "daarom", "zodoende"})


def _follows_from(an, main: list, g: list) -> bool:
    """A question run on after the statement of need in the same sentence, joined by 'dus' ('daarom'): the
    question asks what the need is for; it is the request."""
    d = an.d
    if g[0].sent != main[-1].sent or g[0].a < main[-1].b:
        return False
    between = [c for c in an.clauses if main[-1].b <= c.a and c.b <= g[0].a]
    if any(c.role not in ("leeg", "voorwaarde") for c in between):
        return False
    words = {d.word(i) for i in range(main[-1].b, g[0].a) if d.is_word(i)} | {d.word(i) for i in d.content(g[0].a, head(g).b)[:1]}
    return bool(words & _SO)  # not '… vrij willen, kan iemand met me ruilen?': a second way to the same wish


_ALSO = SECOND_ASK | {"nog", "verder"}  # 'Kun je ook …?': a second request


def _then_ask(an, groups: list[list], main: list) -> tuple[list, list | None]:
    """'Ben je donderdag op kantoor? Dan kunnen we naar het budget kijken': a short question where or
    when the other is, right before a request that goes on from it ('dan') or proposes something
    together or offers it ('zullen we', 'kan ik je …'): that request is the ask; the question leads in
    (kept with it).
    Returns (main, the question that leads in, or None)."""
    d = an.d
    if not presence(an, main):
        return main, None
    for g in groups:
        first = head(g)
        if g is main or first.role != "vraag" or first.kind != "direct" or not main[-1].b <= g[0].a \
                or g[0].sent > main[-1].sent + 1:
            continue
        front = [d.word(i) for i in d.content(d.sentences[g[0].sent][0], first.b)][:4]  # 'Dan | kan ik …'
        together = first.lead is not None and first.lead.subject in ("we", "wij", "ik")  # 'kan ik je dan …'
        if "dan" in front or together:
            return g, main
    return main, None


def presence(an, group) -> bool:
    """'Ben je donderdag op kantoor?', 'Heb je vrijdag tijd?', 'Zijt ge thuis?': asks where or
    whether the other is, with nothing to do in it."""
    d = an.d
    main = head(group)
    if main.kind != "direct" or main.lead is None or main.lead.lemma not in ("hebben", "zijn") or main.lead.subject not in YOU:
        return False
    toks = [i for c in group for i in d.content(max(c.a, main.lead.end), c.b)]
    verbs = [i for i in toks if is_infinitive(d.lex, d.word(i)) and not d.tok_text(i)[:1].isupper()]  # not 'Leuven'
    return 0 < len(toks) <= 6 and not verbs and not perfect(d, main.a, group[-1].b)  # 'Heb je … gehad?': news


def _when_after(an, main, groups: list[list]) -> list:
    """After a statement of need, the question when it suits belongs to the ask."""
    first = head(main)
    wish = first.lead is not None and first.lead.subject == "ik" and first.lead.lemma == "zullen"
    if first.kind != "behoefte" and not wish:
        return []
    for g in groups:
        if is_availability(an, g) and g[0].sent == main[-1].sent + 1:
            return g
    return []


def _need_before(an, main, groups: list[list]):
    """A statement of need in the sentence right before the question is part of the same ask."""
    for g in groups:
        first = head(g)
        before = g[-1].sent == main[0].sent - 1 or (
            g[-1].sent == main[0].sent and g[-1].b <= main[0].a and (points_back(an, main) or _follows_from(an, g, main)))
        if g is not main and first.kind == "behoefte" and before:
            return g
    return None


def points_back(an, group) -> bool:
    """'…, kan jij daar naar kijken?': the request names its subject only by pointing back."""
    from .refs import OBJECT_PRONOUNS

    d = an.d
    first = head(group)
    text = " " + " ".join(d.word(i) for i in d.content(first.a, first.b)) + " "
    for holder in d.lex.placeholders:  # 'het volgende' points at a list below, not back
        text = text.replace(f" {holder} ", " ")
    pointers = d.lex.references | d.lex.personal_refs | OBJECT_PRONOUNS | {"het", "er", "ermee"}
    return bool(set(text.split()) & pointers)
