"""'Het hoeft niet nu, wel deze week': a 'hoeft niet' that a moment follows, with 'wel' and another
moment after it, is no escape hatch (no 'you need not do it'): it moves the moment. Cut as a hatch it
left the fragment 'Wel deze week.' and lost 'niet nu'. Such a match is taken off the hatch list, so the
limit stays whole like 'Niet vandaag, wel voor het weekend.'."""

from __future__ import annotations

from .assemble import has_moment
from .occasion import names_a_trip
from .moest_hatch import trimmed  # noqa: F401  (re-exported for clauses.py)

NOT_NOW = ("het hoeft", "het moet")  # 'Het hoeft niet nu, wel deze week.': a limit, with its 'niet' (clauses.py)
_NEEDS = frozenset(("hoeft", "hoef", "moet", "moeten", "hoeven"))
_NOT = frozenset(("niet", "nie", "ni"))
_NOT_ALL = _NOT | {"geen", "gene", "niks", "niets"}


def moves_the_moment(d, i0: int, i1: int) -> bool:
    """The hatch match i0..i1 holds 'hoeft/moet niet' and its sentence goes on with 'wel' after a
    moment word: 'het hoeft niet zaterdag, wel deze maand'."""
    words = [d.word(i) for i in range(i0, i1) if d.is_word(i)]
    if not _NEEDS & set(words) or not _NOT & set(words):
        return False
    here = d.sentences_of(i0)
    after = [k for k in range(i1, d.n) if d.sentences_of(k) == here and d.is_word(k)]
    tail = [d.word(k) for k in after]
    if "wel" not in tail[:5]:
        return False
    between = words[words.index(next(w for w in words if w in _NOT)) + 1:] + tail[:tail.index("wel")]
    # the moment it moves is named: 'niet nu', 'niet zaterdag' (never 'het hoeft niet hoor, wel leuk als …')
    return has_moment(d.lex, " ".join(between)) and len(tail) > tail.index("wel") + 1


_YOU = frozenset(("je", "jij", "ge", "gij", "u", "jullie"))
# what a reassurance says need not be done: no limit on the task ('ge moet ni direct antwoorden'), nor a
# feeling the writer wards off before the ask ('je moet niet boos worden, maar …', 'ge moet ni verschieten');
# one list for every rule about what the reader need not do (spared_front.py, bg_fact.py)
SOOTHING = frozenset(("antwoorden", "reageren", "haasten", "schrikken", "beslissen", "lachen", "doen", "zeggen",
                      "hoor", "he", "hè", "hé", "eh", "h", "als", "indien", "ongerust", "verplicht",
                      "boos", "kwaad", "bang", "verschieten", "verschrikken", "panikeren", "raar", "gek", "verbaasd"))
_SOOTHING = SOOTHING
_PAUSE = frozenset((",", ";", ":"))


def says_what_not(d, i0: int, i1: int) -> bool:
    """'je hoeft niet te komen, maar kun je me bellen?', 'ge moet ni komen kijken tenzij hij weent': the
    reader need not do a named thing instead of the ask, or unless something happens. That limits the task
    (contract point 3); it is no hatch. A reassurance ('ge moet ni schrikken', '… hoor') stays one."""
    words = [d.word(i) for i in range(i0, i1) if d.is_word(i)]
    if len(words) != 3 or words[0] not in _YOU or words[1] not in _NEEDS or words[2] not in _NOT:
        return False
    here, tail, k = d.sentences_of(i0), [], i1
    while k < d.n and d.sentences_of(k) == here and len(tail) < 8:
        if d.is_word(k):
            tail.append(d.word(k))
        elif d.tok_text(k).strip() in _PAUSE:
            tail.append(",")
        k += 1
    stop = next((k for k, w in enumerate(tail) if w in (",", "maar", "mor")), len(tail))
    clause, rest = tail[:stop], [w for w in tail[stop:] if w != ","]
    task = [w for w in clause if w != "te"]
    if not task or task[0] in _SOOTHING or _SOOTHING & set(clause[:4]):
        return False
    if "tenzij" in clause or rest[:1] in (["maar"], ["mor"]) and len(clause) <= 4:
        return True
    first = next((k for k in range(d.sentences[here][0], i0) if d.is_word(k)), i0)
    return first == i0 and plain_spared(words + tail) and rest[:1] != ["als"]  # 'Ge moet ni koken, er staat soep.'


_REASSURING = _SOOTHING | {"lang", "speciaal", "per se", "persé", "zeker", "gerust"}


def plain_spared(words: list[str]) -> bool:
    """'ge moet ni koken', 'je hoeft niet te komen' as a sentence of its own: what the reader need not do,
    said plainly (never with 'hoor', 'als …', 'lang', 'speciaal': a reassurance the golds drop)."""
    if len(words) < 4 or words[0] not in _YOU or words[1] not in _NEEDS or words[2] not in _NOT:
        return False
    clause = words[3:words.index(",")] if "," in words else words[3:]
    task = [w for w in clause if w != "te"]
    return 1 <= len(task) <= 3 and not _REASSURING & set(words)


def not_a_hatch(d, i0: int, i1: int) -> bool:
    """A match on the hatch list that is none: it moves the moment, it names the trip the request
    rides on ('mocht je langs de bakker komen', occasion.py), or it says what is not asked."""
    return (moves_the_moment(d, i0, i1) or names_a_trip(d, i0, i1) or says_what_not(d, i0, i1)
            or compares(d, i0))


def compares(d, i0: int) -> bool:
    """'Kun je me zo snel als je kunt terugbellen?', 'zo rap als ge kunt', 'zo lang als je wilt': an 'als …' right
    after 'zo' and one word compares (as fast as you can); it is part of the ask, no hatch. Cut as one it took the
    verb with it, sure: 'Kun je me zo snel?' (round 42, lead)."""
    if d.word(i0) != "als":
        return False
    before = [d.word(k) for k in range(max(0, i0 - 4), i0) if d.is_word(k)][-2:]
    return len(before) == 2 and before[0] == "zo"


def spared_unless(an, before, c, unless: list[str]) -> bool:
    """'tenzij …' (the words `unless` of clause c) after a clause in its sentence that says what the reader
    need not do: 'ge moet ni komen kijken | tenzij hij weent', 'je hoeft ze geen eten te geven, | tenzij …'.
    Cut, the kept 'Tenzij hij weent.' would say nothing. 'tenzij je geen tijd hebt' stays a hatch."""
    if unless[:1] != ["tenzij"] or before is None or before.sent != c.sent or before.role not in ("tekst", "wrap"):
        return False
    if unless[1:2] and unless[1] in _YOU and an.d.lex.escape_words & set(unless):
        return False
    words = [an.d.word(i) for i in an.d.content(before.a, before.b)]
    return (len(words) >= 4 and words[0] in _YOU and words[1] in _NEEDS | {"moogt", "mag"}
            and bool(_NOT_ALL & set(words[2:6])))


_ONLY = frozenset(("alleen", "enkel", "enkelijk"))
_WHO_WHAT = frozenset(("iemand", "de", "het", "een", "mijn", "onze", "ons", "die", "dat", "deze", "dit", "twee", "drie",
                       "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"))
_RELATIVE = frozenset(("die", "dat", "wat", "waar", "met", "zonder", "van"))


def only_some(d, words: list[str]) -> bool:
    """'Alleen iemand met een grote auto.', 'Enkel de vijf dagen die ik niet heb kunnen opnemen.': a sentence
    after the ask that narrows who or what is asked, no verb of its own before a relative or a preposition.
    Like 'Alleen niet op dinsdag' it is a limit that stays (contract point 3); 'alleen als …' is not this."""
    if len(words) < 2 or len(words) > 18 or words[0] not in _ONLY or not (words[1] in _WHO_WHAT or words[1].isdigit()):
        return False
    head = []
    for w in words[1:]:
        if w in _RELATIVE and head:
            break
        head.append(w)
    return not any(w in d.lex.finite or w in d.lex.irregular for w in head)
