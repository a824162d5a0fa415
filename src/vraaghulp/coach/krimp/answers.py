"""A result filled in with the follow-up answers (wat precies? wanneer? hoe lang?) and shrunk again:
``with_answers``. The answer typed becomes a phrase, the request a fresh one from it (compose.py)."""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold, fold_same_length

from . import findings as fx
from .compose import SENTENCE, answer_phrase, as_request
from .engine import analyse
from .lexicon import lexicon
from .model import Shrunk
from .pieces import capitalise
from .shrink import shrink


def _split(sentence: str) -> tuple[str, list[str]]:
    """'Lies, ik zit vol. Kun je …?' -> ('Lies', ['Ik zit vol.', 'Kun je …?'])."""
    out = analyse(sentence)
    name = ""
    if out.draft.n and out.kept:
        m = re.match(r"([^,.?!]{1,60}),\s+", sentence)
        if m and analyse(sentence, person=m.group(1)).sentence == sentence:
            probe = analyse(sentence[m.end():])
            if probe.sentence and fold(probe.sentence) != fold(sentence):
                name = m.group(1)
    body = sentence[len(name) + 2:] if name else sentence
    parts = [p.strip() for p in SENTENCE.findall(body) if p.strip()]
    return name, [capitalise(p) for p in parts]


def _replace(text: str, rx: re.Pattern[str], new: str) -> str | None:
    m = rx.search(fold_same_length(text))
    if not m:
        return None
    return text[: m.start()] + new + text[m.end():]


def _fill(request: str, wat: str, wanneer: str, duur: str) -> str:
    lex = lexicon()
    old_moment = lex.moment.search(fold_same_length(request))
    moment_text = request[old_moment.start(): old_moment.end()] if old_moment else ""
    if wat:
        request = as_request(wat)
        if moment_text and not wanneer:
            request = shrink(request, moment=moment_text).sentence
    if wanneer:
        replaced = _replace(request, lex.moment, wanneer)
        request = replaced if replaced is not None else shrink(request, moment=wanneer).sentence
    if duur:
        replaced = _replace(request, lex.duration, duur)
        if replaced is None:
            m = lex.moment.search(fold_same_length(request))
            replaced = request[: m.end()] + " " + duur + request[m.end():] if m else shrink(request, moment=duur).sentence
        request = replaced
    return request


def with_answers(
    shrunk_or_draft: Shrunk | str,
    *,
    wat: str | None = None,
    wanneer: str | None = None,
    hoe_lang: str | None = None,
) -> Shrunk:
    """Shrink again after follow-up answers fill what was missing (wat precies? wanneer? hoe lang?)."""
    base = shrunk_or_draft if isinstance(shrunk_or_draft, Shrunk) else shrink(str(shrunk_or_draft or ""))
    wat_a, wanneer_a, duur_a = answer_phrase(wat), answer_phrase(wanneer), answer_phrase(hoe_lang)
    name, parts = _split(base.sentence)
    ask = next((k for k, p in enumerate(parts) if p.endswith("?")), len(parts) - 1 if parts else -1)
    if ask < 0:
        parts, ask = [""], 0
    parts[ask] = _fill(parts[ask], wat_a, wanneer_a, duur_a)
    text = " ".join(p for p in parts if p)
    final = shrink(text, person=name or None)
    resolved: set[str] = set()
    if wat_a:
        resolved |= {fx.explain("geen-wat"), fx.explain("geen-vraag")}
    if wanneer_a:
        resolved.add(fx.explain("geen-moment"))
    if duur_a:
        resolved.add(fx.explain("geen-duur"))
    kept = [f for f in base.findings if f.kind != "goed" and f.explanation not in resolved]
    present = {(f.kind, f.explanation) for f in kept}
    for f in final.findings:
        if f.kind in ("geen-moment", "vaag") and not f.text and (f.kind, f.explanation) not in present:
            kept.append(f)
    return Shrunk(
        sentence=final.sentence,
        findings=tuple(kept) or (fx.make("goed"),),
        dropped=base.dropped,
        missing=final.missing,
        sure=final.sure,
        crisis=base.crisis,
    )
