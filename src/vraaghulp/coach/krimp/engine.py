"""The krimp pipeline: from a draft to the sentence to send, its findings and whether it is sure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import crisis_unasked, findings as fx, second_ask, vorm_zeker
from .as_is import already_good, as_is
from .heavy import heavy_as_state
from .sentence_gap import adjacent_clauses as _adjacent_clauses
from .account import on_purpose
from .final_text import close, join, request_text
from .care import acute
from .checks import content_kept, double_modal, empty_ask, invented, longer, meaning, open_end, polite_not, shape, text_words
from .clauses import Analysis
from .convert import rewrite
from .fallback import frame_kept, own_request, question_tail
from .consequence import consequence_after_ask
from .extras import closes_a_question
from .groups import choose, head, request_groups
from .statement import said
from .guard import missed_ask
from .crisis_amount import kept_after
from .crisis_plea import hidden_plea
from .lexicon import lexicon
from .needed import keep as keep_needed, more_when_unsure
from .opening import opening_found, points_at_opening
from .parts import Parts, parts_of
from .model import Finding
from .moment_said import back_after
from .offer import text as offer_text, writer_offer
from .names import mark_signatures
from .salutation import formal_name
from .pieces import render, tok_piece, untagged, used_tokens
from .refs import place_moment
from .report import dropped_spans, missing_of, request_findings, too_long, wrapper_findings
from .rewrite import Request, clean, group_tokens, trim
from .side_parts import GLUED_SORRY, glued_tail, side_parts
from .states import main_order, softeners, upright
from .tokens import Draft, read
from .vouch import VOUCH, vouch
from .wanted import wanted


# Doubts that do not make the sentence wrong, only incomplete: it is offered, marked not sure.
# Every other problem means a failed check: then the person's own words are offered instead.
SOFT = frozenset({"moment-weg", "verwijzing", "staat-keuze", "aanloop-vraag"}) | VOUCH


@dataclass
class Outcome:
    sentence: str
    found: list[tuple[int, Finding]]
    kept: set[int]
    missing: tuple[str, ...]
    sure: bool
    crisis: bool
    draft: Draft
    problems: list[str] = field(default_factory=list)
    name: str = ""  # the vocative in front of the sentence
    analysis: object | None = None  # the draft's Analysis (whole.py judges the result with it)
    accounted: set[int] = field(default_factory=set)  # tokens the rewrite left out or showed in another form on purpose
    beside: str = ""  # the statement after the ask a sure result kept (lone_statement.kept, round 47)


def register_of(an, name_toks: list[int]) -> str:
    words = an.d.__dict__.get("_wordset")
    if words is None:  # asked once per request group: the words of the draft are set once
        words = an.d.__dict__["_wordset"] = frozenset(an.d.word(i) for i in range(an.d.n))
    if words & {"ge", "gij"}:
        return "ge"
    formal = words & {"u", "uw", "geachte", "hoogachtend"} or formal_name(an, name_toks)
    if formal and not words & {"je", "jij", "jou", "jouw"}:
        return "u"
    return "je"


def analyse(draft: str, *, person: str | None = None, moment: str | None = None,
            crisis: bool | None = None) -> Outcome:
    """crisis: the verdict of the care check on the whole draft, when this text is a result
    shrunk again (`shrink.settle`): one sentence of a message may be acute on its own where the
    message is not, and the panel follows the message (None: check this text)."""
    d = read(draft, lexicon())
    an = Analysis(d)
    heavy_as_state(an)  # 'Mijn vader is gevallen.': the honest sentence when there is no other (heavy.py)
    mark_signatures(an)
    crisis = (bool(draft.strip()) and acute(draft)) if crisis is None else crisis
    groups = request_groups(an)
    main, others = choose(an, crisis_unasked.asked(an, groups) if crisis else groups, crisis)  # 'wil dood': no ask
    main = main + kept_after(an, main) if crisis and main else main  # '…, al is het maar een half uur?' (crisis_amount.py)
    an.main = main
    parts = parts_of(an, main, person, crisis)
    parts.typed = frozenset(text_words(f"{person or ''} {moment or ''}"))
    if main and parts.name_clause in main:
        main = [c for c in main if c is not parts.name_clause]
    found = wrapper_findings(an, {id(parts.name_clause)}) + too_long(an, draft)
    out = _with_request(an, main, parts, moment, others) if main else _without_request(an, parts)
    out.found = found + out.found
    out.found += [_second(an, group, k < 2) for k, group in enumerate(others) if not said(an, group)]
    out.found += [(k, fx.make("aanloop", text)) for k, text in opening_found(an, out.kept)]  # 'Mag ik je iets vragen?'
    if parts.state is not None:
        out.found.append((parts.state.a, fx.make("staat", _state_quote(an, parts, out.kept))))
        out.found += _glued_finding(an, parts.state) if not parts.crisis else []
    if not out.sure:
        out.found.append((-2, fx.make("onzeker")))
    out.name = parts.name
    out.analysis = an
    return out


def _glued_finding(an, c) -> list:
    """The apology or escape hatch glued onto the honest sentence ('… sorry dat ik stoor') went: named."""
    toks = sorted(glued_tail(an, c))
    words = [i for i in toks if an.d.is_word(i)]
    if not words:
        return []
    kind = "excuus" if any(an.d.word(i) in GLUED_SORRY for i in words[:2]) else "uitweg"
    return [(words[0], fx.make(kind, an.d.raw(words[0], words[-1] + 1)))]


def _state_quote(an, parts: Parts, kept: set[int]) -> str:
    """The whole honest sentence the result keeps ('mijn vader is … opgenomen en ik zit er doorheen')."""
    run = [parts.state]
    for c in sorted(parts.state_more, key=lambda c: c.a):
        if c.sent != run[-1].sent or not _adjacent_clauses(an, run[-1], c) or not kept >= set(an.d.content(c.start, c.b)):
            break  # only what the result keeps of it
        run.append(c)
    text = _state_words(an, run[0], parts.crisis)
    for x, y in zip(run, run[1:]):  # the 'en' between them, alone or at the start of the next clause
        text += " " + " ".join([an.d.raw(x.b, max(y.a, y.start)).strip(" ,"), _state_words(an, y, parts.crisis)]).strip()
    return text


def _state_words(an, c, crisis: bool = False) -> str:
    """The honest sentence's own words in the draft as the result keeps them: without the half that went
    ('… en ik moet …') and, outside crisis, without 'een beetje' (``_extra_text`` cuts it the same way)."""
    d = an.d
    start = c.start if c.start >= 0 else c.a
    side = side_parts(an, c) | (set() if crisis else softeners(d, start, c.b))
    kept = [i for i in range(start, c.b) if i not in side and d.is_word(i)]
    if not side or not kept:
        return d.raw(start, c.b)
    runs: list[list[int]] = [[]]
    for i in range(kept[0], kept[-1] + 1):
        if i not in side:
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])  # 'Ik ben een beetje moe' is quoted 'Ik ben moe', as the result has it
    return " ".join(d.raw(r[0], r[-1] + 1) for r in runs if r)


def _with_request(an, main, parts: Parts, moment: str | None, others) -> Outcome:
    d = an.d
    req = rewrite(an, main, register_of(an, parts.name_toks))
    place_moment(an, req, main, parts, moment)
    parts.needed = keep_needed(an, main, parts, used_tokens(req.pieces) | _extra_tokens(an, parts))
    problems: list[str] = list(parts.doubt)
    if already_good(an, main, req, parts, others) and not moment:
        if empty_ask(d.lex, request_text(an, req)) and not getattr(an, "need", None):
            return _without_request(an, parts)  # 'Sam, kun je?' (not after the need it asks: 'Ik heb … nodig. Kun jij?')
        text, kept = as_is(an, parts, main)
        missing, more = missing_of(an, text, request=True, crisis=False)
        doubts = list(parts.doubt) + vouch(an, main, others, parts, None, text, kept) + meaning(d.lex, text) + open_end(text) + double_modal(d.lex, text)
        return Outcome(text, more, kept, missing, not doubts, False, d, doubts)
    text = _assemble(an, [(main[0].a, request_text(an, req))], parts)
    ask = request_text(an, req)
    problems += ["twijfel"] if req.doubts else []
    problems += ["verwijzing"] if points_at_opening(an, ask) else []  # 'Heb je de doos gezien? Kun je hem …'
    problems += meaning(d.lex, ask) + shape(an, req, ask) + content_kept(an, main, req) + polite_not(an, ask)
    allowed = parts.typed | frozenset({"nu"} if parts.crisis else ()) | frozenset({"en"} if req.listed else ())
    problems += invented(an, text, allowed)
    problems += [] if parts.crisis else longer(an, text, len(parts.typed) + req.listed)  # a joined list's 'en'
    kept = used_tokens(req.pieces) | set(parts.name_toks) | _extra_tokens(an, parts) | _closing_mark(an, main, req)
    problems += vouch(an, main, others, parts, req, text, kept)
    hard = [p for p in problems if p not in SOFT]
    if hard:
        parts.needed += back_after(an, main, req, parts)  # a moment said after the ask stays (moment_said.py)
        text, kept = _fallback(an, main, parts)
        if empty_ask(d.lex, _fallback_request(an, main)):
            return _without_request(an, parts)  # 'Sorry dat ik stoor, zou je misschien': no ask yet
        an.vorm_front = vorm_zeker.front_only(an, req, ask, hard)  # read after the form is chosen (vorm_zeker.py)
    elif problems and not parts.crisis and (extra := more_when_unsure(an, parts)):
        parts.needed += extra  # not sure anyway: a clause the reader may need stays (needed.py)
        text, kept = _assemble(an, [(main[0].a, ask)], parts), kept | _extra_tokens(an, parts)
    missing, more = missing_of(an, text if hard else ask, request=True, crisis=parts.crisis)
    out = Outcome(text, request_findings(an, req) + more, kept, missing, not problems, parts.crisis, d, problems)
    out.accounted = set() if hard else on_purpose(req)
    return out


def _own_mark(an, c) -> str:
    """The closing mark of the clause's sentence in the draft: '?' stays a question; but a
    consequence after 'anders' in the request's own sentence ('… geven, want anders kan ik er niet
    in?') is a statement: the '?' was the request's."""
    if consequence_after_ask(an, c):
        return "."
    if c.role == "staat" and an.main and any(m.sent == c.sent and m.role == "vraag" for m in an.main):
        return "."  # 'Kan iemand de hond uitlaten, ik lig met griep in bed?': the '?' was the request's
    return "?" if closes_a_question(an, c) else "."


def _extra_text(an, c, crisis: bool, state_end: bool = False) -> str:
    d = an.d
    if not crisis and writer_offer(an, c):
        return offer_text(an, c)  # 'Dan doe ik uw zondag.': the writer's own words, never a question (offer.py)
    start = c.start if c.start >= 0 else c.a
    while start < c.b and d.word(start) in d.lex.reasons:
        start += 1
    end = c.b
    while end - 1 > start and (not d.is_word(end - 1) or d.word(end - 1) == "graag") and c.role == "beperking":
        end -= 1  # 'Niet naar een maandag graag.': the limit, without its closing politeness
    if crisis:  # the person's own words stay; only the filler 'eigenlijk' goes
        pieces = trim(an, [tok_piece(d, i) for i in upright(d, c.a, list(range(start, end))) if d.toks[i].cls != "n" and d.word(i) != "eigenlijk"], True)
    else:
        soft = softeners(d, start, end) | side_parts(an, c) if c.role == "staat" else set()
        toks = main_order(d, c, start, [i for i in range(start, end) if i not in soft])
        state = c.role == "staat" or state_end
        pieces = untagged(trim(an, clean(an, toks, Request([]), state), state))
    return close(render(d, pieces), _own_mark(an, c))


def _closing_mark(an, main, req: Request) -> set[int]:
    """The draft's own question mark after the request stays (it is in the result too)."""
    d = an.d
    end = main[-1].b
    if req.form == "vraag" and end < d.n and d.tok_text(end) == "?":
        return {end}
    return set()


def _extra_tokens(an, parts: Parts) -> set[int]:
    """The draft tokens shown by the extras, and the comma after the name ('Sam,')."""
    kept = {i for c in parts.extras() for i in range(c.start if c.start >= 0 else c.a, c.b)}
    ordered = sorted(parts.extras(), key=lambda c: c.a)  # 'Ik heb schulden | en | ik kom er …': the 'en' joining them shows
    kept |= {i for x, y in zip(ordered, ordered[1:]) if x.sent == y.sent and _adjacent_clauses(an, x, y) for i in range(x.b, y.a)}
    if parts.name_toks:
        after = parts.name_toks[-1] + 1
        if after < an.d.n and an.d.tok_text(after) in ",!:":
            kept.add(after)
    return kept


def _assemble(an, items: list[tuple[int, str]], parts: Parts) -> str:
    """The extras and the request in draft order, the vocative in front. Clauses of one
    sentence next to each other are one piece of text ("Ik ben ziek en het is hier 15 graden.")."""
    extras = sorted(parts.extras(), key=lambda c: c.a)
    runs: list[list] = []
    for c in extras:
        if runs and runs[-1][-1].sent == c.sent and _adjacent_clauses(an, runs[-1][-1], c):
            runs[-1].append(c)
        else:
            runs.append([c])
    items = items + [(run[0].a, _run_text(an, run, parts.crisis or run[0] in parts.held)) for run in runs]
    items.sort(key=lambda x: x[0])
    return join(an, parts.name, [t for _, t in items])


def _run_text(an, run: list, crisis: bool) -> str:
    if len(run) == 1:
        return _extra_text(an, run[0], crisis)
    from .clauses import Clause

    joined = Clause(run[0].a, run[-1].b, run[0].sent, start=run[0].start)
    return _extra_text(an, joined, crisis, run[-1].role == "staat")  # its closing 'zo' stays (trim)


def _fallback_request(an, main) -> str:
    return render(an.d, own_request(an, main))


def _fallback(an, main, parts: Parts) -> tuple[str, set[int]]:
    """The person's own request, with only the surely removable parts cut (fallback.py)."""
    d, parts.needed = an.d, parts.needed + more_when_unsure(an, parts)  # needed.py
    pieces = own_request(an, main)
    said = used_tokens(pieces)  # a needed clause the request already says is not said again ('… kan worden naar do?')
    parts.needed = [c for c in parts.needed if not set(range(c.a, c.b)) <= said]
    last = (main + question_tail(an, main))[-1].b
    stop = d.sentences[d.sentences_of(last - 1)][1] if last > 0 else d.n  # never the '?' of the next sentence ('op. Vragen?')
    asks = any(d.tok_text(i) == "?" for i in range(last, min(d.n, last + 3, stop))) or main[0].kind == "direct" or (
        main[0].kind == "kader" and not frame_kept(an, main[0], pieces))  # 'Het zou fijn zijn als …' stays a statement
    text = close(render(d, pieces), "?" if asks else ".")
    kept = used_tokens(pieces) | set(parts.name_toks) | _extra_tokens(an, parts)
    return _assemble(an, [(main[0].a, text)], parts), kept


def _without_request(an, parts: Parts) -> Outcome:
    d = an.d
    if parts.crisis:
        fixed = d.lex.setting("crisis_zin", "Het gaat niet goed met me. Kun je nu bij me zijn?")
        missed = missed_ask(an) or hidden_plea(d)  # 'Niemand weet het Kunt ge naar mij komen', '… kom je me halen'
        return Outcome(join(an, parts.name, [fixed]), [], set(parts.name_toks), (), not missed, True, d,
                       ["vraag-gemist"] if missed else [])
    content = [c for c in an.clauses if c.role in ("tekst", "voorwaarde", "extra", "beperking") and c is not parts.name_clause]
    parts.context = wanted(an, content)  # only what the writer wants, when a sentence says so (wanted.py)
    text = _assemble(an, [], parts)
    kept = _extra_tokens(an, parts) | set(parts.name_toks)
    if _broken(text, parts.name):
        text, kept = " ".join(d.text.split()), set(range(d.n))  # 'Stoor ik als ik even bel?': never 'Ik als ik even bel?'
    missing, more = missing_of(an, text, request=False, crisis=False)
    return Outcome(text, more, kept, missing, False, False, d, ["geen-vraag"])


# What is left of a draft without a request when its verb went: 'Ik als ik even bel?', 'Als ik nu bel?', 'Ik?'.
_BARE = re.compile(r"(?i)(?:(?:ik|je|jij|u|we|wij)\s*(?:\?|\s(?:als|of|dat|wanneer)\b)|(?:als|wanneer)\s.*\?$)")


def _broken(text: str, name: str) -> bool:
    """The text without the name in front is a bare subject or a bare condition asked."""
    rest = text[len(name):].lstrip(", ") if name and text.startswith(name) else text
    return bool(_BARE.match(rest.strip()))


def _second(an, group, with_sentence: bool = True) -> tuple[int, Finding]:
    """Another request: named, with its own shrunk sentence (for the first few)."""
    d = an.d
    main = head(group)
    if not with_sentence:
        return main.a, fx.make("meer-vragen", d.raw(main.start, group[-1].b))
    req = rewrite(an, group, register_of(an, []))
    text = request_text(an, req)
    problems = req.doubts + meaning(d.lex, text) + shape(an, req, text) + invented(an, text)
    if problems:
        text = close(render(d, clean(an, group_tokens(an, group), Request([]))), "?")
        text = _second_alone(text) or text
    text = second_ask.tidied(an, group, text, bool(problems), _second_alone)  # 'ook' goes, its own name in front (second_ask.py)
    return main.a, fx.make("meer-vragen", d.raw(main.start, group[-1].b), sentence=text)


_ALONE: list[bool] = []  # set while a second request is shrunk on its own: no third level
_SHRINK: list = []  # the whole `shrink`, registered by shrink.py (which imports this module): `use_for_seconds`


def use_for_seconds(shrink) -> None:
    """Let `_second_alone` shrink a second request with the whole engine (called once by shrink.py)."""
    _SHRINK[:] = [shrink]


def _second_alone(text: str) -> str:
    """The second request's fallback text shrunk on its own, as a first request would be ('zoudt ge … kunnen'
    -> 'kunt ge'); "" for a crisis result or inside such a shrink already (round 29, lead)."""
    if _ALONE or not _SHRINK:
        return ""
    _ALONE.append(True)
    try:
        alone = _SHRINK[0](text)
    finally:
        _ALONE.pop()
    return alone.sentence if not alone.crisis else ""


def dropped(out: Outcome, original: str) -> tuple[tuple[int, int], ...]:
    return dropped_spans(out.draft, out.kept, original)
