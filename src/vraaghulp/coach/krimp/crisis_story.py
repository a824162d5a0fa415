"""The story beside the heavy words of a crisis result goes (round 52, k52c; issue 12 point 7).

A crisis result keeps every clause of the writer's own about how bad it is (crisis_every.py); a clause that only
tells what happened, joined to such a clause in one sentence, is no part of it, and the outside golds let it go:
'Ze pesten me elke dag in de klas en online en ik denk erover om mezelf iets aan te doen.' -> 'Ik denk erover om
mezelf iets aan te doen.' (h43a-027), 'Het bedrijf gaat failliet en ik wil gewoon niet meer leven.' (h29b-014),
'Weer ontslagen bij dat bedrijf, ma schreeuwt alleen maar en ik zie het echt niet meer zitten' (h44a-020). Counted
with tools/krimp_crisis_tally.py over every crisis draft of the corpus (kind `anders`: the result says more than the
golds). A clause goes only when it stands before the first clause of the same statement with a signal of the crisis
check (the story that leads up to it), and has none itself; never what a helper meets on arrival ('de bel gaat niet'); never a clause in which the writer is the one who does or thinks ('ik', 'mezelf': 'ik heb al gedacht aan
de koord in de garage', 'ik zit op de brug'), that says how the writer is (the engine's honest state, crisis_own.stated,
a distress of distress.py), what is at hand or happening now (crisis_means, crisis_facts), or one that speaks to the
reader; and never when the clause after it would open with a verb ('Sinds … weg is, wil ik …').
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .care import heavy_signals
from .crisis_facts import of_now
from .crisis_means import means
from .crisis_own import stated
from .distress import distressed
from .engine import analyse
from .pieces import capitalise

ACTIVE = True
_CUT = re.compile(r"(\s*[,;]\s*(?:(?:en|maar|ma|mor|want|dus)\s+)?|\s+(?:en|maar|ma|mor|want|dus)\s+)", re.IGNORECASE)
_LINK = re.compile(r"^\s*[,;]?\s*(?:en|maar|ma|mor|want|dus)?\s*$", re.IGNORECASE)
_SUBJECT = frozenset({"ik", "'k", "k", "het", "'t", "t", "ze", "zij", "hij", "alles", "niemand", "mijn", "m'n", "mn", "er",
                      "we", "wij", "dit", "dat", "da", "de", "soms", "vannacht", "nu"})
_READER = re.compile(r"\b(?:je|jij|jou|jouw|u|uw|ge|gij|jullie|ulle)\b")
_AT_A_LOSS = re.compile(r"\bweet (?:echt )?(?:niet|nie|ni) (?:meer )?(?:wat|wa|hoe|waar)\b")  # 'ik weet ni wa ik moet doen'
# the writer as the one who does or thinks ('ik heb al gedacht aan de koord in de garage', 'ik zit op de brug'): never
# a story to cut; what others do or what happened to them is ('ze pesten me', 'het bedrijf gaat failliet')
# what a helper meets on arrival ('de bel gaat niet', 'het gas staat open'): never a story (k43r3)
_HERE = re.compile(r"\b(?:bel|deur|voordeur|achterdeur|sleutel|sleutels|slot|poort|raam|telefoon|gsm|batterij|licht|gas|"
                   r"water|brand|rook|bloed|bloedt|baby|kindje)\b")
_WRITER = re.compile(r"(?:^|\s)(?:ik|'k|k|kik|mezelf|mijzelf|mezelve|wij|we)\b")


def _story(clause: str) -> bool:
    """A clause that only tells what happened: no signal, no state, no place, no fact of now, not to the reader."""
    low = fold(clause).lower().strip(" ,.;")
    words = low.split()
    if len(words) < 3 or heavy_signals(clause) or stated(low) or distressed(low) or means(low) or _AT_A_LOSS.search(low):
        return False
    if _READER.search(low) or _WRITER.search(low) or of_now(low) or _HERE.search(low):
        return False
    found = analyse(clause.strip(" ,.;"))
    return found.analysis is not None and not any(c.role == "staat" for c in found.analysis.clauses)


def _opens_plain(clause: str) -> bool:
    words = fold(clause).lower().split()
    return bool(words) and words[0] in _SUBJECT


def _statement(part: str) -> tuple[str, list[str]]:
    end = re.search(r"[.!]*$", part).group(0) or "."
    pieces = _CUT.split(part.rstrip(".!"))
    clauses, links = pieces[0::2], [""] + pieces[1::2]
    for k in range(len(clauses) - 1, 0, -1):  # 'in de klas en online': a word or two is no clause of its own
        if len(clauses[k].split()) < 3:
            clauses[k - 1] += links[k] + clauses[k]
            del clauses[k], links[k]
    if len(clauses) < 2 or not any(heavy_signals(c) for c in clauses):
        return part, []
    keep = [True] * len(clauses)
    first_heavy = next(k for k, c in enumerate(clauses) if heavy_signals(c))
    for k, clause in enumerate(clauses[:first_heavy]):  # only the story that leads up to the heavy words
        nxt = next((j for j in range(k + 1, len(clauses)) if keep[j]), None)
        if _story(clause) and not (k == 0 and nxt is not None and not _opens_plain(clauses[nxt])):
            if any(keep[j] for j in range(len(clauses)) if j != k):
                keep[k] = False
    gone = [c.strip() for c, kept in zip(clauses, keep) if not kept]
    if not gone:
        return part, []
    out = ""
    for clause, link, kept in zip(clauses, links, keep):
        if kept:
            out += (link if out else "") + clause
    return capitalise(out.strip()) + end, gone


def trimmed(sentence: str) -> tuple[str, list[str]]:
    """(the crisis result without the story clauses beside its heavy words, the clauses that went)."""
    if not ACTIVE:
        return sentence, []
    name = re.match(r"^([^,.!?]{1,40}),\s+", sentence)
    lead = name.group(0) if name else ""
    parts = re.findall(r"[^.!?]+[.!?]*", sentence[len(lead):])
    out, gone = [], []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if part.endswith("?"):
            out.append(part)
            continue
        said, went = _statement(part)
        out.append(said)
        gone += went
    if not gone:
        return sentence, []
    body = " ".join(out)
    if lead and re.match(r"(?:Ik|Het|Alles|Soms|Er) ", body):
        body = body[:1].lower() + body[1:]
    elif lead and re.match(r"'[KT] ", body):
        body = body[:2].lower() + body[2:]
    return lead + body, gone
