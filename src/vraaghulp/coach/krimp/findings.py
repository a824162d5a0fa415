"""Findings with their Dutch label and explanation from the content file."""

from __future__ import annotations

from .lexicon import lexicon
from .model import Finding

# Remarks about something missing share a kind; the key picks their own text.
MISSING_KEYS = {"geen-wat": "vaag", "geen-vraag": "vaag", "geen-duur": "vaag", "geen-moment": "geen-moment"}


def explain(key: str, count: int = 1, **fmt: object) -> str:
    """The full explanation for a kind (or a missing-key such as 'geen-duur'), right for count."""
    lex = lexicon()
    text = (lex.explain_many.get(key) if count > 1 else None) or lex.explain_one.get(key, "")
    for name, value in fmt.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def label(key: str) -> str:
    """The short label for a kind or a missing-key ('Excuus', 'Hoe lang?')."""
    lex = lexicon()
    return lex.labels.get(key) or key.replace("-", " ").capitalize()


# Kinds about words: a piece of several words ('een beetje', 'zou … kunnen') is 'deze woorden', not 'dit woord'.
_WORD_KINDS = frozenset({"afzwakker"})


def make(kind: str, text: str = "", key: str | None = None, sentence: str = "", **fmt: object) -> Finding:
    key = key or kind
    words = len(text.replace("…", " ").split()) if key in _WORD_KINDS else 1
    return Finding(kind, text, explain(key, words, **fmt), label(key), sentence)


def ordered(found: list[tuple[int, Finding]]) -> tuple[Finding, ...]:
    """By position in the draft, each (kind, text) once; praise when there is nothing else. A hedge inside a
    lead-in or an apology that is named whole is not named again ('ik wou eigenlijk vragen of' and 'eigenlijk')."""
    seen: set[tuple[str, str, str]] = set()
    out: list[Finding] = []
    for at, f in sorted(found, key=lambda pf: pf[0]):
        key = (f.kind, f.text, f.explanation)
        if key not in seen and not _named_inside(at, f, found):
            seen.add(key)
            out.append(f)
    return tuple(out) if out else (make("goed"),)


_WRAPS = frozenset(("aanloop", "excuus", "last", "uitweg"))


def _named_inside(at: float, f: Finding, found: list[tuple[int, Finding]]) -> bool:
    """A one-word hedge whose place lies within a lead-in, apology, burden or way out named in full."""
    if f.kind != "afzwakker" or len(f.text.split()) != 1:
        return False
    word = f.text.lower()
    return any(g.kind in _WRAPS and start < at < start + len(g.text.split()) + 1 and word in g.text.lower().split()
               for start, g in found)
