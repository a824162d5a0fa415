"""`zeker` after the form is chosen: a condition on the reader in front of the question's verb (round 57, k57a).

`checks.shape` does two jobs with one code: a `vorm` problem makes the engine offer the writer's own question instead of
the rewritten one (engine._with_request, `hard`), and it withholds `zeker`. The first job stays as it is. This module is
the second, after the choice: 'Kevin, als ge toch langs de Brico rijdt, kunt ge dan …?' is a correct direct question
whose front is read as 'als' (checks.shape looks at the first word). When `vorm` is the only hard problem, the rewritten
question passes every shape check with its front read after the condition (``lead``), and the question the engine
offers is itself direct after that condition (a verb of asking and the reader right after it, no 'zou' left, no second
modal, one question mark, not ending on an open word), `vorm` no longer withholds `zeker` (``released``).

A hatch said as a condition ('als je tijd hebt, …', 'als ge er goesting in hebt', 'als het je niet te veel is') is no
condition on the reader (`reader_if.HATCH`, the reader as subject): the golds drop it, so it stays not sure. So do a
condition on the writer or the weather ('als ik morgen moet werken', 'als het niet regent'), which the front check
has never read. Round 56 (k56b) measured this narrowing inside `checks.shape`, where it changed the offered form too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import soft_zou
from .checks import double_modal, meaning, open_end, shape, text_words
from .reader_if import HATCH

_READERS = frozenset({"je", "jij", "ge", "gij", "gie", "u", "jullie"})
_VERBS = frozenset({"kun", "kunt", "kan", "kunde", "wil", "wilt", "mag", "moogt"})
_ZOU = frozenset({"zou", "zoudt", "zoude", "zouden", "zoudde"})
_OPEN = frozenset({"als", "wanneer", "indien", "as"})
_LAST = re.compile(r"(?<=[.!])\s+")  # the sentences before the question mark


def lead(words: list[str]) -> int:
    """How many of the question's front words are a condition on the reader before the ask's verb and the reader ('als',
    'ge', 'toch', 'langs', 'de', 'brico', 'rijdt', ','); 0 when there is none. The comma may be missing ('als ge toch
    naar den aldi gaat kunt ge …'): then the ask's verb is one of the last two words."""
    if len(words) < 5 or words[0] not in _OPEN or words[1] not in _READERS:
        return 0
    if "," in words:
        comma = words.index(",")
        rest, at = words[comma + 1:], comma + 1
    else:
        at = len(words) - (1 if words[-1] in _VERBS else 2)
        rest, comma = words[at:], at if words[at] in _VERBS else 0
    if comma < 3 or not 1 <= len(rest) <= 2 or rest[1:] and rest[1] not in _READERS:
        return 0
    return 0 if set(words[2:comma]) & HATCH else at


def _direct_after(words: list[str]) -> bool:
    """The offered question, its words folded: a reader condition, then a verb of asking and the reader, and no 'zou'
    anywhere after them."""
    start = next((k for k, w in enumerate(words) if w in _OPEN), -1)
    if start < 0:
        return False
    tail = words[start:]
    at = next((k for k in range(3, len(tail) - 1) if tail[k] in _VERBS and tail[k + 1] in _READERS), -1)
    if at < 0 or set(tail[2:at]) & HATCH or tail[1] not in _READERS:
        return False
    if any(w in ("maar", "want", "dus", "en", "of") for w in tail[2:at]):
        return False  # 'als ge gaat maar kunt ge …': the condition belongs to another clause
    return not set(tail[at:]) & _ZOU and len(tail) - at > 3


def front_only(an, req, ask: str, hard: list[str]) -> bool:
    """In the engine, after the form is chosen: `vorm` is the only hard problem, and the rewritten `ask` is a direct
    question once a condition on the reader in front of its verb is set aside (checks.shape with the front after the
    condition). Marked on the analysis for ``released``; the form offered does not change."""
    if not hard or set(hard) != {"vorm"} or req.form != "vraag":
        return False
    skip = lead([p.word for p in req.pieces[: req.front]])
    return bool(skip) and "vorm" not in shape(an, replace(req, pieces=req.pieces[skip:], front=req.front - skip), ask)


def released(out, sentence: str, turned, again) -> str:
    """In shrink, on the settled sentence: `vorm` held back `zeker` only for a reader condition in front of the verb
    (``front_only``), and the sentence the not-sure path would offer — the writer's own question, a polite 'zou' in it
    made direct as there (soft_zou.py) — is a direct question after that condition, shrunk `again` the same. Then `vorm`
    leaves the problems and that sentence takes the sure path, with every later check; "" otherwise."""
    if out.crisis or turned is not None or not getattr(out.analysis, "vorm_front", False) or set(out.problems) != {"vorm"}:
        return ""
    sentence = soft_zou.direct(sentence)  # 'als ge … rijdt, zoudt ge dan … kunnen meebrengen?' -> 'kunt ge dan …'
    if sentence.count("?") != 1:
        return ""  # 'Als ge gaat zoudt ge … meepakken.': the writer's question without its mark
    lex = out.analysis.d.lex
    question = _LAST.split(sentence.split("?", 1)[0])[-1] + "?"
    if meaning(lex, sentence) or open_end(question) or double_modal(lex, question):
        return ""
    if not _direct_after(text_words(question)) or again(sentence) != sentence:
        return ""
    out.problems[:] = [p for p in out.problems if p != "vorm"]
    return sentence


def sure(out, sentence: str, turned, again) -> tuple[str, bool]:
    """(sentence, sure) for a result the rules did not find sure: ``released``'s sentence, sure, or the same not sure."""
    freed = released(out, sentence, turned, again)
    return (freed, True) if freed else (sentence, False)
