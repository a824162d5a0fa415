"""A group called by what it is ('jongens', 'mannen', 'mannekes', 'kotgenoten') that opens a chat message and is
followed by talk before the ask: the call goes with that talk (round 51, k51b).

Counted over every outside file (tuning-ho*, round 51): where the call is followed by an apology, burden talk, a
story or a state before the ask ('jongens sorry dat ik weer zeur over de afwas maar kan iemand …', 'mannekes ik wil
nie zagen maar wie heeft …', 'hey kotgenoten 👋 't is nie da 'k wil lastig doen …'), about twenty golds drop the call
and three keep it (read here: the first clause after the call is an apology, burden talk, a hedge or how the writer
is; a story or a question of its own in between is left as before); where the ask follows the call at once ('jongens wie kan er zaterdag rijden?', 'Jongens, kan
iemand …') the golds split evenly (seven keep, seven drop), so there the call stays as before. Words that only hail
everyone ('allemaal', 'guys', 'iedereen') already go as a greeting (hail.py). A name ('Lies, sorry dat …') always stays;
a person typed in the practice flow is never touched here.
"""

from __future__ import annotations

# Plural words a chat group is called by; one word (a second word is a name: 'Mannen van de U11' is left alone).
CALLS = frozenset({
    "jongens", "jongs", "mannen", "manne", "mannekes", "gasten", "meiden", "meiskes", "meisjes", "meis", "kotgenoten",
    "kotgenootjes", "huisgenoten", "huisgenootjes", "gastjes", "jongeren", "makkers", "maten", "vrienden", "schatten",
})


def talk_after_call(an, main, toks: list[int]) -> bool:
    """toks (the call) is one group word at the start of the message and words stand between it and the ask."""
    d = an.d
    if len(toks) != 1 or not main or d.word(toks[0]) not in CALLS:
        return False
    if any(d.is_word(k) and k not in an.starts["groet"] and not _in_greeting(an, k) for k in range(toks[0])):
        return False  # not at the start: 'ik zeg het tegen de jongens'
    start = min(d.content(c.a, c.b)[0] for c in main if d.content(c.a, c.b))
    if not any(d.is_word(k) for k in range(toks[0] + 1, start)):
        return False  # 'jongens wie kan er zaterdag rijden?': the call right before the ask stays
    after = next((c for c in an.clauses if c.a > toks[0] and c.a < start and d.content(c.a, c.b)), None)
    if after is None or after.role == "vraag":
        return False  # not small talk or a question of its own ('Jongens wie weet …?')
    return after.role in _TALK or any(an.covered(i) for i in d.content(after.a, after.b))  # ''t is nie da 'k wil lastig doen'


_TALK = frozenset({"wrap", "staat"})  # an apology, burden talk, a hedge or a lead-in; how the writer is


def _in_greeting(an, k: int) -> bool:
    return any(i0 <= k < i1 for i0, i1 in an.matches["groet"])
