"""A burden verb the reader is asked to leave undone is the request itself, not burden talk.

'storen', 'belasten', 'lastigvallen' on their own are burden talk when the writer does them ('sorry
dat ik stoor', 'ik wil je niet belasten'). In 'Zou je me vanavond niet willen storen?' or 'Kun je de
buren vragen om ons niet meer te storen?' the reader (or someone the reader asks) does it: the verb
is what is asked. Cut as burden talk, the request lost its verb ('Wil je me vanavond niet?') and
was still offered as sure.
"""

from __future__ import annotations

from .wordsets import NEGATIONS, WRITER
from .verbs import lead_at

_VERBS = frozenset({"storen", "stoort", "belasten", "lastigvallen", "opzadelen"})
_READER = frozenset({"je", "jij", "u", "ge", "gij", "jullie"})


def asked_of_the_reader(d, i0: int, i1: int) -> bool:
    """The one-word burden match i0..i1 is the verb of a request to the reader: the last subject
    before it in its sentence is the reader after a verb in front ('zou je …', 'kunde …'), no 'ik'
    or 'we' comes between or right after it, and it is no noun ('het storen')."""
    if i1 - i0 != 1 or d.word(i0) not in _VERBS:
        return False
    a, _b = d.sentences[d.sentences_of(i0)]
    before = d.word(i0 - 1) if i0 > a else ""
    after = d.word(i0 + 1) if i0 + 1 < d.n else ""
    if before in ("het", "'t", "voor") or after in WRITER:
        return False
    for k in range(i0 - 1, a - 1, -1):
        if d.word(k) in WRITER:
            return False
        lead = lead_at(d, k)
        if lead is not None and lead.subject in _READER and lead.lemma in ("kunnen", "willen", "zullen"):
            return not (k > a and d.word(k - 1) in WRITER)  # 'ik wil u niet belasten': verb second, the writer's
    return False


_APOLOGY_IF = frozenset({"als", "indien", "mocht", "moest", "moesten", "mochten"})
_GOES_ON = frozenset({"maar", "mo", "ma", "mor", "maa", "en", "dus", "want", "of"})


def run_on_apology(d, i0: int, i1: int) -> bool:
    """'sorry als het laat is lieverd …': an apology with its own condition, run on into a word that is no
    conjunction, subject or question verb (a name, most often). The long match would swallow it with the
    apology; only the apology word stays a match, as before the condition was read with it."""
    if i1 - i0 < 3 or i1 >= d.n or not d.is_word(i1) or not any(d.word(k) in _APOLOGY_IF for k in range(i0 + 1, i0 + 4)):
        return False
    nxt = d.word(i1)
    return not (nxt in _GOES_ON or nxt in d.lex.loose_front or nxt in d.lex.subjects or lead_at(d, i1) is not None)


# 'ik ben iedereen tot last', 'ik ben niemand meer tot last': the writer's whole being a burden, said of everyone or
# of no one, is how the writer is (the care check reads it as crisis language), not burden talk about this ask. Cut as
# burden talk, the crisis sentence was offered mangled ('Ik ben niemand meer.', 'ik ben iedereen.'). Not asked of the
# draft's care tier: the result is shrunk again on its own, where a farewell beside it may be gone.
_BEING = frozenset({"ben", "bent", "zijn", "was", "word", "wordt"})
_ALL = frozenset({"iedereen", "niemand", "allemaal", "altijd", "alleen", "enkel", "steeds", "overal", "wereld",
                  "alles", "iedereens", "niemands", "gewoon"})
_NOT_BEING = NEGATIONS | {"sorry", "hoop", "dat"}  # 'ik wil je niet tot last zijn', 'sorry dat ik …', 'ik hoop dat …'


def burden_of_being(d, i0: int, i1: int) -> bool:
    """The burden match i0..i1 ('tot last') ends a clause in which the writer IS a burden to all or to no one
    ('ik ben niemand meer tot last', 'ik ben echt iedereen tot last'); not 'ik wil je niet tot last zijn'."""
    if " ".join(d.word(k) for k in range(i0, i1)) != "tot last":
        return False
    a, _b = d.sentences[d.sentences_of(i0)]
    words = [d.word(k) for k in range(max(a, i0 - 8), i0)]
    writer = [k for k, w in enumerate(words) if w in WRITER]
    if not writer:
        return False
    words = set(words[max(writer[-1] - 1, 0):])  # the writer's clause: 'ben ik …', 'ik ben …'
    return bool(words & _BEING and words & _ALL) and not words & _NOT_BEING


_BUT = frozenset({"maar", "mo", "mor", "ma", "mja", "maja"})


def burden_before_concession(d, aanloop: list[tuple[int, int]], matches: dict) -> list[tuple[int, int]]:
    """The burden list is read before the concession (round 53, k53b): 'ik weet dat je het druk hebt, maar …' is
    burden talk (`last`), as the older rounds pin it; k52b's concession before ', maar' ('ik weet da de deadline strak
    is, mo …') only names the asking when no other wrapper list (burden, apology, fear, judgement, way out) holds a
    phrase inside it."""
    others = [m for kind in ("last", "excuus", "angst", "oordeel", "uitweg") for m in matches[kind]]

    def concession(i0: int, i1: int) -> bool:
        return i1 - i0 >= 4 and d.word(i1 - 1) in _BUT and d.tok_text(i1 - 2) == ","

    return [(i0, i1) for i0, i1 in aanloop
            if not concession(i0, i1) or not any(i0 <= j0 < i1 - 2 for j0, _j1 in others)]
