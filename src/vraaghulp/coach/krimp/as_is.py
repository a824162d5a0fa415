"""An ask that is already good stays as it is (contract point 8): when only a greeting or a sign-off
can go, the draft's own sentences are offered, with the honest sentence, a limit and the moment the
ask lacks, and without background."""

from __future__ import annotations

from .assemble import moment_alone
from .clock_day import took_day
from .final_text import close, join
from .consequence import consequence_after_ask
from .extras import antecedent, asks_anew, joint, when_i
from .groups import has_moment_in, is_availability, points_back
from .one_state import beside_state
from .pieces import render, tok_piece, untagged
from .rewrite import trim
from .runon_ask import glued_after_ask
from .side_parts import side_parts
from .states import main_order, softeners
from .symptom import symptom
from .verbs import spell_leads
from .unable import and_cannot


def already_good(an, main, req, parts, others) -> bool:
    """Nothing to take out but a greeting or a sign-off: the ask stays as it is."""
    if parts.crisis or others or getattr(an, "opening", None) is not None or req.found or req.doubts or main[0].kind == "kader" or req.listed \
            or any(getattr(c, "joined", False) for c in main):
        return False  # a list under the request is folded into it (see lists.py), a cut-off part joined (fragments.py)
    if any(c.role == "wrap" for c in an.clauses) or any(an.matches[k] for k in ("afzwakker", "excuus", "last", "uitweg", "aanloop", "angst")):
        return False
    if parts.state is not None and any(c.role == "staat" and c.sent == parts.state.sent and c not in parts.extras() and symptom(an, c)
                                       for c in an.clauses):
        return False  # 'ik ben echt ziek dus ik lig de hele dag in bed': one honest clause stays, the other goes (symptom.py)
    if not _timed(an, main) and (any(moment_alone(an, c, main) for c in an.clauses) or _timed_check(an, main)):
        return False  # '… naar school brengen?? moet voor 13u', 'ben je zaterdag vrij? …': the moment goes into the ask
    if took_day(an, main, req):
        return False  # 'Ik werk woensdag. Kun jij om 16.00 …?': the day goes into the ask (clock_day.py)
    if any(c.role == "vraag" and c.sent == main[0].sent and c.b <= main[0].a for c in an.clauses):
        return False  # 'ben je er kan jij …': the question before the ask goes
    tail = [c for c in an.clauses if c.sent == main[-1].sent and c.a >= main[-1].b]
    if any(c.role == "tekst" and c not in parts.extras() for c in tail) and any(c in parts.extras() for c in tail):
        return False  # 'kun jij … wassen ik ben pas laat thuis ahja en niet in de droger': a limit after chatter
    kept = [c for c in an.clauses if c.role not in ("groet", "afsluiting", "leeg") and c is not parts.name_clause]
    sentences = {c.sent for c in kept}
    return len(sentences) <= 3 and sum(len(an.d.content(c.a, c.b)) for c in kept) <= 40


def as_is(an, parts, main) -> tuple[str, set[int]]:
    d = an.d
    leading = parts.name_clause is None or parts.name_clause.a < min(
        (c.a for c in an.clauses if c.role == "vraag"), default=d.n)
    skip = {id(c) for c in an.clauses if c.role in ("groet", "afsluiting", "leeg") and not joint(an, c)}
    if leading and parts.name_clause is not None:
        skip.add(id(parts.name_clause))
    needed = {id(c) for c in antecedent(an, main)} if points_back(an, main) else set()
    texts: list[str] = []
    kept: set[int] = set()
    for k, (a, b) in enumerate(d.sentences):
        clauses = [c for c in an.clauses if c.sent == k and id(c) not in skip]
        if any(c in main for c in clauses):
            request = [c for c in clauses if c in main or c in parts.extras() or c.role == "staat" or c is parts.name_clause]
            clauses = clauses[: clauses.index(request[-1]) + 1]
        elif any(c in parts.extras() for c in clauses):
            clauses = [c for c in clauses if c in parts.extras() or id(c) in needed]
        elif not any(_worth_keeping(an, c, main) and not beside_state(an, parts, c) or id(c) in needed for c in clauses):
            continue
        if not clauses:
            continue
        for run in _runs(an, clauses, parts.needed + _said_apart(an, [c for c in parts.after if c.sent == main[-1].sent])):
            soft = {i for c in run if c.role == "staat" and c not in parts.held for i in softeners(d, c.a, c.b) | side_parts(an, c)}  # 'een beetje' goes
            named = set(parts.name_toks) if leading else set()  # the vocative in front says the name ('pff lies ik moet …')
            toks = [i for i in range(run[0].a, run[-1].b)
                    if d.toks[i].cls != "n" and not _skipped(an, i, skip) and i not in soft and i not in named]
            toks = toks[1:] if texts and _want_first(an, run, toks) else toks  # '… sturen? Mn hoofd zit vol.', not 'Want mn …'
            ordered = main_order(d, run[0], toks[0] if toks else 0, toks) if len(run) == 1 else toks
            pieces = untagged(trim(an, [tok_piece(d, i) for i in ordered], run[-1].role == "staat"))
            kept |= {i for p in pieces for i in p.toks}
            pieces = spell_leads(d.lex, _one_mark(pieces), run)
            asks = any(c.role == "vraag" and c.kind in ("direct", "kader", "wie") for c in run)
            shared = run[-1].role == "staat" and any(c in main for c in clauses)  # '…, ik lig met griep in bed?'
            shared = shared or consequence_after_ask(an, run[-1]) and not asks  # '…, we kunnen er anders niet in?': the ask's '?'
            mark = "?" if asks or (run[-1] is clauses[-1] and d.tok_text(b - 1) == "?" and ordered == toks and not shared) else "."
            texts.append(close(render(d, pieces), mark))
    return join(an, parts.name if leading else "", texts), kept | set(parts.name_toks)


def _want_first(an, run: list, toks: list[int]) -> bool:
    """An honest sentence glued to the ask with 'want' ('kun jij … sturen want mn hoofd zit vol'), now a
    sentence of its own after it: 'want' goes (its word order is a main clause's already)."""
    return run[0].role == "staat" and bool(toks) and an.d.word(toks[0]) == "want" and len(toks) > 3


_STATES_FIRST = frozenset({"ik", "'k", "k", "we", "wij", "het", "'t", "dat"})


def _said_apart(an, after: list) -> list:
    """'…, wij zijn weg van maandag tot donderdag', '…, het zijn er twaalf': a kept fact after the ask that is a
    statement of its own (a subject and its verb first), a sentence of its own, not part of the question."""
    d = an.d
    return [c for c in after if c.role == "tekst" and c.start >= 0 and d.word(c.start) in _STATES_FIRST
            and c.start + 1 < c.b and d.is_word(c.start + 1) and d.word(c.start + 1) in d.lex.finite]


def _runs(an, clauses: list, apart: list = ()) -> list[list]:
    """Clauses of one sentence, cut where an honest sentence and the request meet
    ('ik ben echt moe vandaag kan jij …' -> 'Ik ben echt moe vandaag. Kan jij …?',
    'kan jij … brengen, ik trek het niet meer' -> 'Kan jij … brengen? Ik trek het niet meer.')."""
    runs: list[list] = []
    for c in clauses:  # a clause kept by needed.py (apart) is a sentence of its own too
        if runs and _and_state(an, runs[-1], c):
            runs[-1].append(c)  # 'Mijn vader is opgenomen | en | ik zit er doorheen.': one honest sentence
        elif runs and ((c.role == "staat") == (runs[-1][-1].role == "staat") or _goes_on(an, runs[-1], c)) \
                and c not in apart and runs[-1][-1] not in apart and not asks_anew(an, runs[-1][-1], c) \
                and not glued_after_ask(an, runs[-1], c) \
                and not (consequence_after_ask(an, c) and _asking(runs[-1])):  # '… ophalen, ik kan anders niet …'
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _and_state(an, run: list, c) -> bool:
    """The lone 'en' between two honest clauses of one sentence, and the honest clause after it."""
    if c.role == "leeg":
        return run[-1].role == "staat" and joint(an, c)
    if and_cannot(an, run[-1], c):
        return True  # 'ik ben echt misselijk | en ik kan niet naar school fietsen': one honest sentence (unable.py)
    return c.role == "staat" and len(run) > 1 and run[-1].role == "leeg" and run[-2].role == "staat"


def _asking(run: list) -> bool:
    """A run with a question in it: a consequence after it ('…, ik kan anders niet naar huis') is a
    statement of its own; after a statement of need ('ik heb nodig dat …, anders …') it stays in it."""
    return any(c.role == "vraag" and c.kind in ("direct", "kader", "wie") for c in run)


def _goes_on(an, run: list, c) -> bool:
    """'Ik ben ziek en het is hier 15 graden.': what 'en' adds to the honest sentence stays in it
    (not a second sentence about the writer: 'en ik heb het gevoel dat …')."""
    d = an.d
    if run[-1].role == "staat" and c.role == "voorwaarde" and when_i(d, c):
        return True  # 'Ik raak in paniek als ik eraan denk.'
    if run[0].role != "staat" or c.role != "tekst" or c.start < 0:
        return False
    joined = any(d.is_word(i) and d.word(i) == "en" for i in range(run[-1].b, c.start + 1))
    return joined and d.word(c.start) not in ("ik", "'k", "k", "en") and not (
        c.start + 1 < c.b and d.word(c.start) == "en" and d.word(c.start + 1) in ("ik", "'k", "k"))


def _worth_keeping(an, c, main) -> bool:
    """A sentence next to an ask that is already good stays when it is the honest sentence, a limit,
    or holds the moment the ask lacks ('Land om 06:40. Kun je me ophalen?'); background goes."""
    d = an.d
    words = {d.word(i) for i in d.content(c.a, c.b)}
    timed = any(c.a <= i0 < c.b for i0, _ in an.moments) or any(w[:1].isdigit() for w in words)
    if c.role in ("staat", "beperking"):
        return True
    return timed and (not _timed(an, main) or kept_reason(an, c, main))  # the ask's moment is in this sentence


def kept_reason(an, c, main) -> bool:
    """'Wil jij vannacht de flesjes doen? Ik moet om 6 uur op.': a short sentence about the writer's
    own time right after an ask that is already good, as the draft's last words, is the limit behind
    the ask and stays (contract point 8); vouch.py does not count it as background."""
    d = an.d
    if c.role != "tekst" or not main or c.sent != main[-1].sent + 1 or d.word(c.a) not in ("ik", "'k", "k"):
        return False
    if any(o.a >= c.b and o.role not in ("groet", "afsluiting", "leeg") for o in an.clauses):
        return False  # more follows
    words = [d.word(i) for i in range(c.a, c.b) if d.is_word(i)]
    if _NO & set(words):
        return False  # 'Kheb gen auto deze week.': what the writer lacks is background, not a time of their own
    timed = any(c.a <= i0 < c.b and d.word(i0) not in _AT_ONCE for i0, _ in an.moments)
    return (timed or any(w[:1].isdigit() for w in words)) and len(words) <= 8


_NO = frozenset({"niet", "ni", "nie", "geen", "gen", "nooit", "niks", "niets"})
_AT_ONCE = frozenset({"direct", "meteen", "onmiddellijk", "dadelijk", "zo", "straks"})  # 'Ik stort het u direct terug.': a promise


def _timed_check(an, main) -> bool:
    """Another question asks only whether the reader is free at a moment ('ben je zaterdag vrij?')."""
    return any(g is not main and is_availability(an, g) and has_moment_in(an, g) for g in getattr(an, "asks", ()))


def _timed(an, main) -> bool:
    """The request itself has a moment."""
    return any(c.a <= i0 < c.b for c in main for i0, _ in an.moments)


def _skipped(an, i: int, skip: set[int]) -> bool:
    return any(id(c) in skip and c.a <= i < c.b for c in an.clauses)


def _one_mark(pieces: list) -> list:
    """'Ik weet dat het veel is, maar: kun je …' with 'maar' gone: the marks on both sides of what went meet; only the
    last stays ('… is: kun je …', not '… is,: kun je …'; round 26)."""
    return [p for k, p in enumerate(pieces)
            if not (p.text in _MARKS and k + 1 < len(pieces) and pieces[k + 1].text in _MARKS)]


_MARKS = frozenset({",", ";", ":"})
