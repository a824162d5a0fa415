"""A question about the person typed in the practice flow, asked of them.

In `oefen` the person is typed apart and the note is often a question about them: "kan ze een
brief voor me vertalen?", "wil hij zaterdag rijden?", "zou ze morgen kunnen bellen?". 'ze'/'hij' is
the person typed, so the message asks them directly: "kun je een brief voor me vertalen?" ('u' or
'ge' by the register of the person and the note). 'me'/'mij' stay; the person's 'haar'/'zijn' before
a noun becomes 'je'/'uw'. Used by direct.turn, only when a person was typed.
"""

from __future__ import annotations

from vraaghulp.coach.text import fold

from .lexicon import lexicon
from .verbs import front_form
from .typed_own import own_words
from .reported import HEDGES, THIRD, Out, Tok, Turned, breaks, register_of, tokens
from .vocative import pronoun_clashes
from .wish import copy_rest, swap_after

# The singular question verbs of 'kan ze …?' (besides 'kan/kun', 'wil', 'heeft', whose form before
# the person addressed verbs.front_form gives), and what the others become: no front form there.
_OTHER_VERBS = {
    "zou": {"je": "zou", "u": "zou", "ge": "zoudt"},
    "gaat": {"je": "ga", "u": "gaat", "ge": "gaat"},  # 'gaat hij mee naar de dokter'
    "komt": {"je": "kom", "u": "komt", "ge": "komt"},  # 'komt ze zaterdag helpen'
}
_FRONT = {"kan": "kunnen", "kun": "kunnen", "wil": "willen", "heeft": "hebben"}  # 'heeft ze zaterdag tijd om …'
_VERBS = frozenset(_FRONT) | frozenset(_OTHER_VERBS)
_MODALS = frozenset({"kan", "kun", "wil", "zou"})  # 'hij kan misschien …' asks; 'hij komt misschien' is news
_SUBJECT = {"je": "je", "u": "u", "ge": "ge"}
_YOU = frozenset({"je", "jij", "u", "ge", "gij", "jullie"})
_ENDS = frozenset({".", "!", "?"})
_OBJECTS = frozenset({"me", "mij", "ons", "'m", "m"})
# Words that ask nothing on their own: 'zou ze kunnen?', 'wil ze misschien?' hold no request.
_EMPTY = HEDGES | {"kunnen", "willen", "wel", "even", "eens", "ff", "efkes", "toch"}
_OWN_WORDS = frozenset({"mijn", "m'n", "mn", "mijne", "ons", "onze", "de"})


def asked_about(text: str, person: str | None) -> Turned | None:
    """'kan ze … voor me vertalen?' with a person typed -> 'kun je … voor me vertalen?'; None when
    the note holds no such question, names someone else before it (then 'ze' may be them), or asks
    nothing after the subject ('zou ze kunnen?'). When the pronoun cannot be the person typed ('ze'
    for 'mijn broer'), the note as it stands, not sure (`asked` False)."""
    if not person:
        return None
    toks = tokens(text)
    found = _question(text, toks, person)
    if found is None:
        return None
    lead, at, size, inverted = found
    said = toks[at + 1].w if inverted else toks[lead].w  # 'hij kan misschien …': the subject before the verb
    if size == 1 and pronoun_clashes(said, person):  # 'kan ze …' with 'mijn broer Tom' typed: who is 'ze'?
        return Turned(text, [(0, 0, len(text))], "", False, "aanloop", asked=False)  # as it stands, not sure
    register = register_of(toks, [], person)
    end = next((i for i in range(at, len(toks)) if toks[i].w in _ENDS), len(toks))
    after = at + 1 + size if inverted else at + 1  # the first token after the verb and its subject
    if not any(toks[i].w not in _EMPTY for i in range(after, end)):
        return None  # 'zou ze kunnen?', 'wil ze?': no request follows the subject
    out = Out(text)
    out.copy(0, toks[lead].start)  # a hedge in front ('misschien kan hij …') goes with the frame
    out.add(_verb_form(toks[at], register, capital=toks[lead].raw[:1].isupper()) + " " + _SUBJECT[register])
    subject = "hij" if said == "ie" else said if said in THIRD and size == 1 else ""
    sure = swap_after(out, toks, (after, end), subject, register, after)
    sure = copy_rest(out, toks, toks[after - 1].end, (after, end), subject, register) and sure
    return Turned(out.result(), out.runs, "", sure, "aanloop", asked=True)


def _verb_form(tok: Tok, register: str, capital: bool) -> str:
    lemma = _FRONT.get(tok.w)
    form = front_form(lexicon(), lemma, register) if lemma else _OTHER_VERBS[tok.w][register]
    return form[:1].upper() + form[1:] if capital else form


def _question(text: str, toks: list[Tok], person: str) -> tuple[int, int, int, bool] | None:
    """The first sentence that asks 'kan/wil/zou ze|hij …' (also 'misschien kan hij …', 'zou mijn
    zus …' with 'mijn zus' typed, and 'hij kan misschien …') and closes with '?' (or ends the note),
    when no one else is named before it: (its first token, the verb, the subject's length, whether
    the verb comes first)."""
    lex = lexicon()
    for s in range(len(toks) - 2):
        if toks[s].w in lex.relations or (toks[s].raw[:1].isupper() and not breaks(text, toks, s)):
            return None  # 'mijn zus zegt …, kan ze …': 'ze' may be someone else than the person typed
        if not breaks(text, toks, s) and not (toks[s - 1].w == "maar" and toks[s].w in _VERBS):
            continue  # '… ik voel me zo'n loser maar kan hij …': the question after 'maar' too
        v = s
        while v < len(toks) - 2 and toks[v].w in HEDGES:
            v += 1  # 'misschien kan hij …', 'mss wil ze …'
        size = _subject_size(toks, v + 1, person) if toks[v].w in _VERBS else 0
        found = (s, v, size, True) if size else _statement(toks, s, person)
        if found is None:
            continue
        end = next((i for i in range(s, len(toks)) if toks[i].w in _ENDS), len(toks))
        hedged = found[1] > found[0] or not found[3]  # 'Misschien kan hij … .': a guess, closed with a stop
        if end == len(toks) or toks[end].w == "?" or (hedged and toks[end].w == "."):
            return found
    return None


def _subject_size(toks: list[Tok], i: int, person: str) -> int:
    """How many tokens from i name the person typed: 'ze'/'hij' (1), 'mijn zus'/'mn broer' with
    'mijn zus Karin' typed (2), their name 'Karin' (1); 0 for anyone else."""
    if toks[i].w in THIRD or toks[i].w == "ie":  # chat 'ie' for 'hij'
        return 1
    if toks[i].w == "die" and i + 1 < len(toks) and toks[i + 1].w in _AFTER_DIE:
        return 1  # chat 'kan die me ff helpen' ('die' for 'hij'/'zij'; not 'kan die fiets …')
    typed = {fold(w).lower() for w in own_words(person)}
    run = i
    while run < len(toks) and toks[run].w in typed and toks[run].w.isalpha() and toks[run].w not in (
            t.w for t in toks[i:run]):
        run += 1  # 'kan meneer Van Dijk …' with 'meneer Van Dijk' typed: the whole name is the subject
    if run - i > 1 and (any(toks[k].raw[:1].isupper() for k in range(i, run)) or run - i >= len(typed)
                        or any(toks[k].w in _names(person) for k in range(i, run))):
        # 'kan juf anja …' typed in lower case with 'juf Anja' typed: the whole name too (k42b); not 'kan juf anja
        # of juf marie …' (two people) nor 'kan meester jan meester tom vervangen' (the run stops at 'meester') (k42r)
        return 0 if run < len(toks) and toks[run].w in _JOINS else run - i
    first = fold(own_words(person)[0]).lower() if own_words(person) else ""
    titled = toks[i].w in lexicon().relations and len(typed) > 1  # also a capital title: 'Juf Anja' typed
    if titled and (toks[i].w == first or toks[i].raw[:1].isupper()):
        # 'kan juf mij …' with 'juf Anja' typed; not 'kan juf marie …', 'kan Juf Marie …': another juf (k42r)
        return 1 if _no_name_after(toks, i + 1) else 0
    if toks[i].w in typed and (toks[i].raw[:1].isupper() or toks[i].w in _names(person) or (
            len(typed) == 1 and toks[i].w in lexicon().relations)):
        return 1  # 'kan Tom …', 'kan sara …' with 'mijn vriendin Sara' typed, 'kan mama …' with 'mama' typed
    role = toks[i + 1].w if i + 1 < len(toks) else ""
    if toks[i].w in _OWN_WORDS and role in typed and role in lexicon().relations:
        return 2
    return 0


_JOINS = frozenset({"of", "en", "ofwel", "&"})
# After a lone title ('kan juf …') only a personal pronoun or the end makes the title alone the person typed.
_PRONOUNS = frozenset({"me", "mij", "ons", "jou", "u", "hem", "haar"})
_END_MARKS = frozenset({"?", ".", "!"})


def _no_name_after(toks: list[Tok], i: int) -> bool:
    """A lone title at i-1 is the person typed only when a personal pronoun or nothing follows: 'kan juf mij …',
    'kan juf?' (the typed name after it, 'kan juf anja …', is the whole subject: _subject_size's run). Anything
    else ('kan mevrouw van dijk …', 'kan juf de smet …', 'kan tante van papa …', 'kan oma de kinderen …') leaves
    a third person, as before round 42: the safe reading (k42r2)."""
    return i >= len(toks) or toks[i].w in _PRONOUNS or toks[i].w in _END_MARKS


_AFTER_DIE = frozenset({"me", "mij", "ons", "ff", "even", "efkes", "eventjes", "misschien", "mss", "wel", "toch", "nog", "ook"})


def _names(person: str) -> set[str]:
    """The typed words written with a capital: the person's name ('Sara' of 'mijn vriendin Sara')."""
    return {fold(w).lower() for w in own_words(person) if w[:1].isupper()} - _OWN_WORDS


def _statement(toks: list[Tok], s: int, person: str) -> tuple[int, int, int, bool] | None:
    """'hij kan misschien zaterdag helpen': a guess at what the person could do, the hedge right
    after the verb, at the start of the note; it asks them too. With the person's own name or role as
    the subject ('Tom kan me helpen met verhuizen', 'Ans zou misschien …') the note names who does it
    and asks it of them, with or without a hedge, when the note is that one sentence."""
    if s or len(toks) < 4:
        return None
    size = 0 if toks[0].w in THIRD else _subject_size(toks, 0, person)
    if not (toks[0].w in THIRD or size) or toks[max(size, 1)].w not in _MODALS:
        return None
    size = max(size, 1)
    k = size + 1
    while k < len(toks) - 1 and toks[k].w in _OBJECTS:
        k += 1  # 'hij kan me misschien ophalen'
    named = toks[0].w not in THIRD and not any(t.w in _ENDS for t in toks[:-1])
    if named and (toks[size].w == "kun" or toks[size + 1].w in _YOU):
        return None  # 'youssef kun je …': the name is said to them, the question is direct already
    return (0, size, size, False) if toks[k].w in HEDGES or named else None
