"""Every heavy sentence of a crisis draft stays in the crisis result (round 48, k48c; issue 12 point 7).

'Veerle. ik kan niet meer. de kinderen slapen en ik zit hier op de keukenvloer en ik weet niet meer waarom ik nog
doorga. sorry …' came out 'Veerle, ik kan niet meer. Kunt ge nu bij me zijn?', sure: the crisis check reads 'ik weet
niet meer waarom ik nog doorga' as zorg, and crisis_heavy.py put back acute sentences only. Here, as the last step
of a crisis result, every clause of the draft with a signal of the crisis check of either level (zorg or acuut), or
a dangerous place at any level ('vannacht stond ik op de brug'; care.heavy_signals), that the result no longer shows
(neither its kinds of signal, assessed on the result, nor three quarters of its words) goes back, cleaned as
crisis_keep cleans a sentence, without the name or a greeting in front, in the writer's order among the result's
statements before the request. A clause goes back alone when it holds the signal alone ('… en ik weet niet meer
waarom ik nog doorga'), the whole sentence when only the sentence does. The writer's words put back replace the
ready 'Het gaat niet goed met me.'; the ready sentence alone (nothing of the writer's own was found, a farewell only,
already not sure: crisis_own.py) is left as it is. The fitted second opinion's guess alone makes no clause heavy,
and the same kind said in other words is no loss. `lost` says a crisis result still drops such a clause: never sure
(`crisis-lichter`).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from . import crisis_heavy
from .care import acute_signals, heavy_signals
from .checks import lower_words
from .crisis_keep import cleaned
from .crisis_fear import feared
from .crisis_own import stated, unnamed
from .lexicon import lexicon
from .pieces import capitalise

CODE = "crisis-lichter"
# "elke": every heavy clause goes back (the lead's rule, round 48); "naast-acuut": a clause with zorg-level signals only
# may go when the result keeps acute words (the older golds keep one heaviest sentence: y1-041, t9i-074, t8h-012,
# h41b-024; figures in tests/corpus/krimp/README.md, round 48 k48c)
KEEP = "elke"
_CLAUSES = re.compile(r"\s*[,;:]\s*|\s+(?=(?:en|maar|ma|mor|want|dus|omdat)\s)", re.IGNORECASE)
_LINK = re.compile(r"^(?:en|maar|ma|mor|want|dus|omdat)\s+", re.IGNORECASE)
_GREETING = re.compile(r"(?i)^(?:hoi|hey|hee|hé|hallo|dag|hi|yo|jo|beste|lieve|sorry|sry)\b[\s,]*")


def heavy(draft: str, name: str = "") -> list[tuple[int, str, tuple[str, ...]]]:
    """The draft's heavy clauses as the result would say them, with where they start and, for a whole sentence, its
    clauses (the result that keeps one of them kept the sentence in its own cut), in the draft's order."""
    out: list[tuple[int, str, tuple[str, ...]]] = []
    for match in crisis_heavy.SENTENCES.finditer(draft):
        own = cleaned(match.group(0))
        if not own or not _ruled(own) and not _stated_in(own, name):
            continue
        body = own.rstrip(".!")
        parts = [p for p in _CLAUSES.split(body) if p and p.strip()]
        alone = [p for p in parts if _ruled(p) or _own(_said(p, name).rstrip("."))]
        for part in alone if alone and len(parts) > 1 else [body]:
            said = _said(part, name)
            if said:
                at = draft.find(part.strip()[:12], match.start())
                pieces = tuple(_said(p, name) for p in parts) if part is body and len(parts) > 1 else ()
                out.append((at if at >= 0 else match.start(), said, tuple(p for p in pieces if p)))
    return out


def _stated_in(sentence: str, name: str) -> bool:
    """A clause of the sentence says how the writer is, in words the crisis check hears nothing in ('Het gaat
    helemaal mis in mijn hoofd.', 'ik weet ut niet meer'; round 52, k52c: the outside golds keep such a clause of a
    crisis draft in 20 of 35 drafts whole and in 14 more in one gold)."""
    return any(_own(_said(p, name).rstrip(".")) for p in _CLAUSES.split(sentence.rstrip(".!")) if p and p.strip())


def _own(clause: str) -> bool:
    """The writer's own word on how they are, or their own fear ('ik ben bang om naar huis te gaan', crisis_fear.py)."""
    return stated(clause) or feared(clause)


def _ruled(text: str) -> frozenset[tuple[str, str]]:
    """The heavy signals of a text found by a rule of the crisis check: the fitted second opinion's guess alone says
    nothing in the writer's words ('Ik weet niet waarom ik dit stuur.': crisis_heavy's `_NOT_HOW` too)."""
    from vraaghulp.coach.crisis.opinion import FAMILY as GUESS

    return frozenset(s for s in heavy_signals(text) if s[0] != GUESS)


def _said(part: str, name: str) -> str:
    """A clause as a sentence of the result: no link word, greeting or name in front, a capital, a full stop."""
    text = _LINK.sub("", part.strip(" ,"))
    for _ in range(3):
        text = _GREETING.sub("", text)
        text = unnamed(capitalise(text), name) if name else text
    text = text.strip(" ,")
    return capitalise(text) + "." if len(lower_words(text)) >= 2 else ""


def _shown(said: str, sentence: str, pieces: tuple[str, ...] = ()) -> bool:
    """The result says it: its signals are there, or three quarters of its words stand in it in the writer's order
    (in runs of words; 'ik kan niet meer' does not show 'ik weet niet meer waarom ik nog doorga'); for a whole
    sentence, one of its clauses is there ('het gaat echt niet goed met me sinds Henk er niet meer is' of '… ik wil
    je niet belasten maar het gaat …')."""
    families = {family for family, _phrase in _ruled(said)}
    if families and families <= {family for family, _phrase in heavy_signals(sentence)}:
        return True  # the same kinds said in other words ('ik trek het niet meer' beside 'ik kan niet meer')
    if any(_shown(piece, sentence) for piece in pieces if len(lower_words(piece)) >= 3):
        return True
    words = lower_words(said)
    there = [w for w in lower_words(sentence) if w != "nu" or "nu" in words]  # the 'nu' point 7 adds ('Kom me nu halen.')
    runs = SequenceMatcher(None, words, there, autojunk=False).get_matching_blocks()
    return sum(run.size for run in runs if run.size >= 2 or len(words) <= 2) * 4 >= len(words) * 3


def _ready_state() -> str:
    return lexicon().setting("crisis_zin", "Het gaat niet goed met me. Kun je nu bij me zijn?").split(". ")[0] + "."


def lost(draft: str, sentence: str) -> bool:
    """The crisis result drops a heavy clause of the draft."""
    gone = [said for _at, said, pieces in heavy(draft) if not _shown(said, sentence, pieces)]
    if KEEP == "naast-acuut" and acute_signals(sentence):
        return any(acute_signals(said) for said in gone)
    return bool(gone)


def kept(draft: str, sentence: str, name: str) -> str:
    """The crisis result with every heavy clause of the draft it dropped put back, in the writer's order."""
    gone = [(at, said) for at, said, pieces in heavy(draft, name) if not _shown(said, sentence, pieces)]
    if KEEP == "naast-acuut" and acute_signals(sentence):
        gone = [(at, said) for at, said in gone if acute_signals(said)]
    lead = f"{name}, " if name and sentence.startswith(f"{name}, ") else ""
    parts = [p.strip() for p in re.findall(r"[^.!?]+[.!?]*", sentence[len(lead):]) if p.strip()]
    state = [k for k, p in enumerate(parts) if p.lower() == _ready_state().lower()]
    if not gone or (state and len(parts) == 2):
        return sentence  # nothing went, or nothing of the writer's own was found: the ready sentence (crisis_own.py)
    parts = [p for k, p in enumerate(parts) if k not in state]  # the writer's own words instead of the ready state
    ask = next((k for k, p in enumerate(parts) if p.endswith("?")), len(parts))
    low = draft.lower()
    for at, said in gone:
        later = [k for k in range(ask) if _at(low, parts[k]) > at]
        k = later[0] if later else ask
        parts.insert(k, said)
        ask += 1
    parts = [parts[0]] + [capitalise(p) for p in parts[1:]]
    if lead and parts[0][:1].isupper() and not _name_first(parts[0], draft):
        parts[0] = parts[0][:1].lower() + parts[0][1:]  # 'Veerle, ik weet …'; a name keeps its capital
    elif lead and re.match(r"'[kK] [A-Z]", parts[0]):
        parts[0] = "'k " + parts[0][3].lower() + parts[0][4:]  # "Ma, 'k weet het niet meer." (k52c)
    return lead + " ".join(parts)


BACK = "crisis-terug"  # a clause had to be put back: what else the result dropped was never weighed (round 48 review)


def marked(draft: str, sentence: str, name: str, own_sure: bool, problems: list) -> tuple[str, bool]:
    """kept(), and a result that needed a clause put back is not sure: the checks that judged it sure looked at the
    result without that clause, and a dropped sentence with no crisis signal ('het bloedt heel erg', 'de deur is
    open') would go unseen once it is back (round 48 review of k48c: six not-sure results turned sure this way)."""
    back = kept(draft, sentence, name)
    rest = [part for part in re.split(r"[.!?\n]+", draft) if len(lower_words(part)) >= 2]
    if back != sentence and own_sure and not all(_shown(part, back) for part in rest):
        problems.append(BACK)  # the whole draft said in the result stays sure ('Warre, ik zie het … ni meer zitten. …')
        return back, False
    return back, own_sure


def _name_first(part: str, draft: str) -> bool:
    """The sentence opens with a word the draft writes with a capital inside a sentence (a name: 'Ans')."""
    first = part.split()[0].strip(",.") if part.split() else ""
    return bool(first) and bool(re.search(rf"[\w,]\s+{re.escape(first)}\b", draft))


def _at(low: str, part: str) -> int:
    """Where a statement of the result stands in the draft (-1: not found, it stays where it is)."""
    words = lower_words(part)[:3]
    if not words:
        return -1
    found = re.search(r"\b" + r"\W+(?:\w+\W+)?".join(re.escape(w) for w in words) + r"\b", low)  # a hedge went
    return found.start() if found else -1
