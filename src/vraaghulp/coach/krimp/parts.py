"""What goes into the result besides the request (``Parts``): the person addressed, the honest sentence and
what continues it, conditions kept after the request, context the request needs, crisis words and own words
about distress; and the doubts found while choosing them (``parts_of``, used by engine.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import crisis_name, group_call, soft_state, then_ask
from .address import addressee
from .bare_salute import salute_titles
from .distress import distress_clauses
from .exchange import offered
from .extras import bare_call, constraints, crisis_words, state_before, state_followers
from .groups import presence
from .symptom import choose_state, honest_run
from .guard import care_words
from .names import find_name
from .salutation import vocative_text
from .vocative import addressed
from .runon import inner_finite


@dataclass
class Parts:
    """What goes into the result besides the request."""
    name: str = ""
    name_toks: list[int] = field(default_factory=list)
    name_clause: object | None = None
    state: object | None = None
    state_more: list = field(default_factory=list)  # clauses that continue the honest sentence
    after: list = field(default_factory=list)  # conditions kept after the request
    context: list = field(default_factory=list)  # antecedents, crisis words
    crisis: bool = False
    held: list = field(default_factory=list)  # own words about distress or danger, kept whole (distress.py)
    typed: frozenset[str] = frozenset()  # words typed separately (person, moment): not new
    doubt: list = field(default_factory=list)  # reasons found while putting the result together
    needed: list = field(default_factory=list)  # whole clauses the reader needs (needed.py)
    call_toks: list = field(default_factory=list)  # a group call that went with the talk after it (group_call.py)

    def extras(self) -> list:
        return ([self.state] if self.state is not None else []) + self.state_more + self.after + self.context + self.needed


def parts_of(an, main, person: str | None, crisis: bool) -> Parts:
    parts = Parts(crisis=crisis)
    found = find_name(an, main or [])
    found = crisis_name.found(an) if crisis and not main and not found[0] else found  # 'sorry eva, ik wil dood' (k46c)
    name_toks, parts.name_clause = addressee(an, main, found)
    if group_call.talk_after_call(an, main, name_toks):
        parts.call_toks, name_toks, parts.name_clause = name_toks, [], None  # 'jongens sorry dat ik zeur maar …'
    titles = salute_titles(an)  # 'Geachte heer, mevrouw,', 'Goeiedag mevrouw, meneer,' (bare_salute.py)
    if name_toks and {k for k in name_toks if an.d.is_word(k)} <= titles:
        parts.call_toks, name_toks, parts.name_clause = name_toks, [], None
    parts.call_toks = parts.call_toks + sorted(titles.difference(parts.call_toks))  # gone on purpose, no lost vocative (k53b)
    if an.signed.intersection(name_toks):
        name_toks, parts.name_clause = [], None  # 'hier is Roger', 'met opa': the writer signs in
    parts.name_toks = name_toks
    own = vocative_text(an, name_toks) if name_toks else ""
    parts.name = addressed(own, person)  # 'bro' in the draft and 'Daan' typed: 'Daan'
    if crisis:
        parts.context = [c for c in crisis_words(an, main) if c is not parts.name_clause]
    else:
        parts.context = [c for c in care_words(an, main) if c is not parts.name_clause]
        parts.state = choose_state(an, main)
        if len({c.sent for c in an.clauses if c.role == "staat" and c not in (main or [])}) > 1:
            parts.doubt.append("staat-keuze")  # several honest sentences: which one is the brave one?
        if parts.state is not None:  # one honest sentence: its first clause, and what 'en' joins to it (symptom.py)
            parts.state, parts.state_more = honest_run(an, parts.state, main, state_before, state_followers)
        parts.state_more = [c for c in parts.state_more if c not in (main or [])]
        parts.held = [c for c in distress_clauses(an, main) if c is not parts.name_clause]
        parts.held += [c for c in parts.context if c not in parts.held]  # flagged by the care check: as typed (k43b)
        parts.context += [c for c in parts.held if c not in parts.extras()]
    if main:
        parts.after = [c for c in constraints(an, main) if c not in parts.context and c not in parts.state_more]
        parts.context += [c for c in getattr(an, "need", []) if c not in parts.extras()]
        call = [c for c in bare_call(an, main) if c not in parts.extras()]  # 'Wie kan?' after the call it answers
        parts.context, parts.doubt = parts.context + call, parts.doubt + (["verwijzing"] if call else [])
        parts.after += [c for c in getattr(an, "follow", []) if c not in parts.extras()]
        parts.after += [c for c in offered(an, main) if not crisis and c not in parts.extras()]  # exchange.py
        parts.doubt += _loose_ends(an, main, parts) + (["tussenzin"] if getattr(an, "aside", False) or inner_finite(an, main) else [])  # runon.py
    return parts


def _loose_ends(an, main, parts: Parts) -> list[str]:
    """Parts the engine keeps or drops without knowing what they are: a sentence after the question
    that adds with 'en' ('… thuis zijn? En niet meer over de dijk.': a limit, or a second ask?), and a
    sentence about the writer between the honest sentence and the request ('Het gaat niet meer. Ik
    heb de pillen hier liggen. Bel je me?': it may be the heart of the message)."""
    d = an.d
    out = ["aanloop-vraag"] if getattr(an, "midask", False) else []  # news before the ask (midask.py): not sure
    for c in parts.after:
        words = [d.word(i) for i in d.content(c.a, c.b)]
        if c.sent > main[-1].sent and words[:1] == ["en"]:
            out.append("twee-vragen-onzeker")
    leaning = then_ask.leaning(an, main)
    if leaning:
        out.append(then_ask.CODE)  # '… rijdt? mag ik dan meerijden …?': the first is the second's condition (then_ask.py)
        parts.after += [c for c in leaning if c not in parts.extras()]  # and it stays after it
    if presence(an, main) and any(g[0].a >= main[-1].b and not presence(an, g) for g in getattr(an, "asks", [])):
        out.append("aanloop-vraag")  # 'ben je zaterdag in Gent? kun je me helpen verhuizen': which is the ask?
    state = parts.state
    if state is not None and state.b <= main[0].a:
        between = [c for c in an.clauses if state.b <= c.a and c.b <= main[0].a and c not in parts.extras() and (
            c.role == "tekst" or c.role == "staat" and _but(d, c))]  # '… niks gebroken maar mijn heup doet pijn'
        if any(c.start >= 0 and d.word(c.start) in ("ik", "'k", "k", "we", "wij", "mijn") for c in between):
            out.append("staat-twijfel")
    if state is not None and (_softened(an, parts, state) or soft_state.softened(an, main, parts, state)):
        out.append("staat-twijfel")  # 'Ik heb mijn knie gekneusd maar het valt mee': never the state without it (k45r)
    return out


def _softened(an, parts, state) -> bool:
    """The clause right after the kept state, in its sentence, says with 'maar het …' how bad it is ('maar het valt
    mee', 'maar het gaat wel') and goes: the state kept alone says more than the writer did (round 45 review, k45r).
    Not a hedge about the ask ('maar ik durf het niet goed', 'maar ge moogt nee zeggen'): those go as before."""
    d = an.d
    nxt = next((c for c in an.clauses if c.a >= state.b and c.role != "leeg"), None)
    if nxt is None or nxt.sent != state.sent or nxt.role not in ("tekst", "staat") or nxt.kinds or nxt in parts.extras():
        return False
    words = [d.word(i) for i in d.content(nxt.a, nxt.b)]
    return words[:1] == ["maar"] and words[1:2] in (["het"], ["'t"], ["dat"], ["da"], ["valt"], ["gaat"], ["is"])


def _but(d, c) -> bool:  # an honest clause added with 'maar' ('niks gebroken, maar mijn heup doet pijn'): the heart?
    return any(d.is_word(i) and d.word(i) == "maar" for i in range(c.a, max(c.a, c.start) + 1))
