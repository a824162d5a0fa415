"""What the person sees besides the sentence: findings, dropped spans, what is still missing."""

from __future__ import annotations

from . import findings as fx
from .assemble import has_moment
from .checks import text_words
from .model import MISSING, Finding

END = 10**9  # findings about something missing come last


def wrapper_findings(an, skip: set[int]) -> list[tuple[int, Finding]]:
    """One finding per dropped wrapper clause (neighbours of one kind in a sentence merged)."""
    d = an.d
    out: list[tuple[int, str, int, int]] = []
    for c in an.clauses:
        if id(c) in skip or c.role not in ("wrap", "groet", "afsluiting"):
            continue
        toks = d.content(c.a, c.b)
        if not toks:
            continue
        kind = "groet" if c.role in ("groet", "afsluiting") else c.kind
        a, b = toks[0], toks[-1] + 1
        same = out and d.sentences_of(out[-1][3] - 1) == d.sentences_of(a)
        if same and out[-1][1] == kind and _adjacent(an, out[-1][3], a):
            out[-1] = (out[-1][0], kind, out[-1][2], b)
        elif same and out[-1][1] != "groet" and kind != "groet" and out[-1][3] == a and b - a == 1:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2], b)  # 'Excuses dat ik u hiermee | lastigval': one finding
        else:
            out.append((a, kind, a, b))
    return [(pos, fx.make(kind, d.raw(a, b))) for pos, kind, a, b in out]


def _adjacent(an, end: int, start: int) -> bool:
    d = an.d
    return all(not d.is_word(i) or d.word(i) in d.lex.loose_front for i in range(end, start))


def request_findings(an, req) -> list[tuple[int, Finding]]:
    kinds = {"vaag_tijd": "vaag"}
    return [(i0, fx.make(kinds.get(kind, kind), text)) for i0, _i1, kind, text in req.found]


def missing_of(an, text: str, *, request: bool, crisis: bool) -> tuple[tuple[str, ...], list[tuple[int, Finding]]]:
    """What the request still leaves open, with the findings that say so."""
    if crisis:
        return (), []
    lex = an.d.lex
    found: list[tuple[int, Finding]] = []
    missing: list[str] = []
    words = text_words(text)
    folded = " ".join(words)
    vague = lex.lists["vaag_wat"].full
    if not request:
        missing.append("wat")
        asked = any(an.d.tok_text(i) == "?" for i in range(an.d.n))  # a question the engine could not read
        found.append((END, fx.make("vaag", "", "vraag-onherkend" if asked else "geen-vraag")))
    elif vague.search(folded):
        missing.append("wat")
        found.append((END, fx.make("vaag", "", "geen-wat")))
    if request and not has_moment(lex, text) and not has_moment(lex, an.d.text):  # the draft's own moment
        missing.append("wanneer")
        found.append((END + 1, fx.make("geen-moment")))
    if request and any(w in lex.duration_needed for w in words) and not lex.duration.search(folded):
        missing.append("hoe-lang")
        found.append((END + 2, fx.make("vaag", "", "geen-duur")))
    return tuple(m for m in MISSING if m in missing), found


def too_long(an, draft: str) -> list[tuple[int, Finding]]:
    count = len(text_words(draft))
    if count > an.d.lex.setting("max_woorden", 30):
        return [(-1, fx.make("te-lang", woorden=count))]
    return []


def dropped_spans(d, kept: set[int], original: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    run = None
    for i in range(d.n):
        if i in kept:
            if run is not None:
                spans.append((d.toks[run].start, d.toks[i - 1].end))
                run = None
        elif run is None:
            run = i
    if run is not None:
        spans.append((d.toks[run].start, d.toks[d.n - 1].end))
    cut = len(d.text)
    rest = original[cut:]
    if rest.strip():
        start = cut + len(rest) - len(rest.lstrip())
        if spans and d.n and spans[-1][1] >= d.toks[-1].end:
            spans[-1] = (spans[-1][0], len(original))
        else:
            spans.append((start, len(original)))
    return tuple(spans)
