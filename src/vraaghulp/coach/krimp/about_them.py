"""A question about the person typed in the practice flow, asked of them.

In `oefen` the person is typed apart and the note is often a question about them: "kan ze een
brief voor me vertalen?", "wil hij zaterdag rijden?", "zou ze morgen kunnen bellen?". 'ze'/'hij' is
the person typed, so the message asks them directly: "kun je een brief voor me vertalen?" ('u' or
'ge' by the register of the person and the note). 'me'/'mij' stay; the person's 'haar'/'zijn' before
a noun becomes 'je'/'uw'. Used by direct.turn, only when a person was typed.
"""

from __future__ import annotations

from .lexicon import lexicon
from .reported import THIRD, Out, Tok, Turned, breaks, register_of, tokens
from .wish import copy_rest, swap_after

# The singular question verbs of 'kan ze …?', and what they become before the person addressed.
_VERBS = {
    "kan": {"je": "kun", "u": "kunt", "ge": "kunt"},
    "kun": {"je": "kun", "u": "kunt", "ge": "kunt"},
    "wil": {"je": "wil", "u": "wilt", "ge": "wilt"},
    "zou": {"je": "zou", "u": "zou", "ge": "zoudt"},
}
_SUBJECT = {"je": "je", "u": "u", "ge": "ge"}
_ENDS = frozenset({".", "!", "?"})


def asked_about(text: str, person: str | None) -> Turned | None:
    """'kan ze … voor me vertalen?' with a person typed -> 'kun je … voor me vertalen?'; None when
    the note holds no such question, or names someone else before it (then 'ze' may be them)."""
    if not person:
        return None
    toks = tokens(text)
    at = _question(text, toks)
    if at is None:
        return None
    register = register_of(toks, [], person)
    end = next((i for i in range(at, len(toks)) if toks[i].w in _ENDS), len(toks))
    out = Out(text)
    out.copy(0, toks[at].start)
    out.add(_verb_form(toks[at], register) + " " + _SUBJECT[register])
    subject = toks[at + 1].w
    sure = swap_after(out, toks, (at + 2, end), subject, register, at + 2)
    sure = copy_rest(out, toks, toks[at + 1].end, (at + 2, end), subject, register) and sure
    return Turned(out.result(), out.runs, "", sure, "aanloop", asked=True)


def _verb_form(tok: Tok, register: str) -> str:
    form = _VERBS[tok.w][register]
    return form[:1].upper() + form[1:] if tok.raw[:1].isupper() else form


def _question(text: str, toks: list[Tok]) -> int | None:
    """The verb of the first sentence that asks 'kan/wil/zou ze|hij …' and closes with '?' (or ends
    the note), when no one else is named before it."""
    lex = lexicon()
    for s in range(len(toks) - 2):
        if toks[s].w in lex.relations or (toks[s].raw[:1].isupper() and not breaks(text, toks, s)):
            return None  # 'mijn zus zegt …, kan ze …': 'ze' may be someone else than the person typed
        if not breaks(text, toks, s) or toks[s].w not in _VERBS or toks[s + 1].w not in THIRD:
            continue
        end = next((i for i in range(s, len(toks)) if toks[i].w in _ENDS), len(toks))
        if end == len(toks) or toks[end].w == "?":
            return s
    return None
