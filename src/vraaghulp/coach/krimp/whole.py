"""Can a result the rules call sure still be wrong? A small fitted model judges the whole result.

The rules mark a result sure when every check they know passes. On wording nobody tuned for,
that was right only two times in three: the rules are written per kind of wording, and new
wording brings new kinds. This module looks at the result as a whole, with general features of
the draft, the analysis and the result (how much of the draft's content the result shows, how
far the request was put together, how chatty or long the draft is, what went), never words of
particular drafts, and estimates how likely the result is wrong: it loses a must-keep word or
changes the meaning. The logistic model is fitted by ``tools/krimp_geheel_fit.py`` with
leave-one-file-out over the tuning corpus; its weights and threshold are in
``content/nl/krimp_geheel.toml`` (it uses only some of the features computed here: see the script).

At or above the threshold the result is still offered, but not sure (code ``geheel-twijfel``).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from vraaghulp.content import load_toml

from .account import STRONG, removed_spans, timed_tokens, word_class, word_classes
from .checks import text_words
from .needed import probability

CODE = "geheel-twijfel"
CLASSES = ("moment", "duur", "getal", "ontkenning", "voorwaarde", "naam", "inhoud")
KINDS = ("excuus", "last", "uitweg", "aanloop", "angst", "afzwakker", "vaag_tijd", "groet", "afsluiting")
RECORD: list | None = None  # the fitting script collects every result's features here; None at run time
_OVERRIDE: dict | None = None
_END = re.compile(r"[.?!]+(?:\s|$)")


@lru_cache(maxsize=1)
def _stored() -> dict:
    return load_toml("krimp_geheel")


def model() -> dict:
    """The weights and threshold in use (the fitting script may set its own with `use`)."""
    return _OVERRIDE if _OVERRIDE is not None else _stored()


def use(weights: dict | None) -> None:
    """Set the model for the fitting script (None: the stored one)."""
    global _OVERRIDE
    _OVERRIDE = weights


def estimate(feats: dict[str, float], m: dict | None = None) -> float:
    """How likely the result is wrong (0 … 1)."""
    return probability(feats, m or model())


def doubt(out, sentence: str, *, turned: bool = False) -> list[str]:
    """``[CODE]`` when the model thinks a sure result is likely wrong after all.

    out: the engine's Outcome (with its analysis); sentence: the settled result; turned: the
    draft was a note to oneself made a direct question first (reported.py/direct.py).
    """
    an = getattr(out, "analysis", None)
    if an is None or not sentence.strip():
        return []
    feats = features(an, out, sentence, turned=turned)
    m = model()
    p = estimate(feats, m)
    if RECORD is not None:
        RECORD.append({"kenmerken": feats, "kans": p})
    return [CODE] if p >= float(m.get("drempel", 2.0)) else []


def features(an, out, sentence: str, *, turned: bool = False) -> dict[str, float]:
    """General features of the draft, its analysis and the result (no words of particular drafts)."""
    d = an.d
    f: dict[str, float] = {}
    f.update(_content(an, out.kept, set(text_words(sentence))))
    f.update(_shape(an, out, sentence))
    f.update(_request(an, out))
    f["soorten_weg"] = math.log1p(sum(len(an.matches.get(k, ())) for k in KINDS))  # apologies, hedges …
    f["staat_concept"] = 1.0 if an.matches.get("staat") else 0.0
    weighed = [p for _c, p in getattr(an, "weighed", [])]
    f["nodig_max"] = max(weighed, default=0.0)
    words = [t for t in d.toks if t.cls == "w"]
    f["chat_spelling"] = sum(1 for t in words if t.norm != (t.fold,)) / max(1, len(words))
    f["verwijzing"] = 1.0 if set(text_words(sentence)) & d.lex.personal_refs else 0.0
    f["register_ge"] = 1.0 if {"ge", "gij", "zoudt"} & {d.word(i) for i in range(d.n)} else 0.0
    f["gerapporteerd"] = 1.0 if turned else 0.0
    f["crisis"] = 1.0 if out.crisis else 0.0
    return {k: v for k, v in f.items() if v}


def _content(an, kept: set[int], result: set[str]) -> dict[str, float]:
    """The draft's content words (not in a removable phrase): how many the result shows, and
    where those it lacks stood (a sentence the result draws from, or another one)."""
    d = an.d
    w = word_classes()
    moments = timed_tokens(an)
    removed = removed_spans(an) - moments.keys()
    used = {d.sentences_of(i) for i in kept if i < d.n}
    total = shown = 0
    lost = {k: 0 for k in CLASSES}
    elsewhere = strong = 0
    bare: dict[int, int] = {}  # per sentence the result does not draw from: its content words
    for i in range(d.n):
        if i in removed or not d.is_word(i) and d.toks[i].cls != "k":
            continue
        kind = word_class(an, i, w, moments)
        if kind is None:
            continue
        total += 1
        if d.word(i) in result or i in kept:
            shown += 1
            continue
        lost[kind] += 1
        k = d.sentences_of(i)
        if k not in used:
            elsewhere += 1
            strong += kind in STRONG
            bare[k] = bare.get(k, 0) + 1
    out = {f"weg_{k}": math.log1p(v) for k, v in lost.items()}
    out["inhoud_concept"] = math.log1p(total)
    out["inhoud_aandeel"] = shown / total if total else 1.0
    out["weg_andere_zin"] = math.log1p(elsewhere)
    out["weg_sterk_andere_zin"] = math.log1p(strong)  # a moment, an amount, a negation, a condition
    out["resultaat_inhoud"] = math.log1p(shown)
    out["weg_per_getoond"] = sum(lost.values()) / (shown + 1)
    out["weg_zelfde_zin"] = math.log1p(sum(lost.values()) - elsewhere)
    out["zinnen_weg_inhoud"] = math.log1p(sum(1 for v in bare.values() if v >= 2))
    return out


def _shape(an, out, sentence: str) -> dict[str, float]:
    """Lengths and marks of the draft and the result."""
    d = an.d
    draft = d.original
    result_words = text_words(sentence)
    draft_words = [i for i in range(d.n) if d.is_word(i)]
    return {
        "concept_zinnen": math.log1p(len(d.sentences)),
        "concept_regels": math.log1p(sum(1 for line in draft.splitlines() if line.strip())),
        "concept_woorden": math.log1p(len(draft_words)),
        "resultaat_woorden": math.log1p(len(result_words)),
        "resultaat_zinnen": math.log1p(len(_END.findall(sentence.strip())) or 1),
        "verhouding": len(result_words) / max(1, len(draft_words)),
        "concept_vraagteken": math.log1p(draft.count("?")),
        "resultaat_vraag": 1.0 if sentence.rstrip().endswith("?") else 0.0,
        "zonder_leestekens": 1.0 if not any(d.tok_text(i) in ".?!" for i in range(d.n)) else 0.0,
        "bron_zinnen": math.log1p(len({d.sentences_of(i) for i in out.kept if i < d.n})),
    }


def _request(an, out) -> dict[str, float]:
    """How the request was found: over several sentences, joined from pieces, with a second one."""
    main = getattr(an, "main", None) or []
    f = {
        "vraag_zinnen": math.log1p(len({c.sent for c in main})),
        "samengesteld": 1.0 if any(getattr(c, "joined", False) for c in main) else 0.0,
        "behoefte_ervoor": 1.0 if getattr(an, "need", None) else 0.0,
        "moment_erna": 1.0 if getattr(an, "follow", None) else 0.0,
        "aanloop_plaats": 1.0 if getattr(an, "lead_for", None) is not None else 0.0,
        "tweede_vraag": math.log1p(sum(1 for _p, x in out.found if x.kind == "meer-vragen")),
        "vragen": math.log1p(len(getattr(an, "asks", []) or [])),
        "vorm_zin": 1.0 if main and main[0].kind == "behoefte" else 0.0,  # a statement of need
    }
    return f
