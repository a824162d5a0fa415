"""A request that is only a frame keeps the sentence that says what it is about (round 21, issue 12).

'Zou u een gesprek met ons willen plannen?', 'Kunt ge mijn fiets maken?', 'Kan hij de toets later
inhalen?', 'Kun je me even bellen?': the ask names a talk, a meeting, a call, a look, a repair or a
retake, but not what for. Outside authors keep the short sentence next to it that says so ('Onze zoon
Milan wordt gepest op school.', 'De ketting ligt eraf.'): a person and what happens to them, a thing and
what is wrong with it. One sentence, the nearest: the ask's own sentence before the ask, else the one
before, else the one after. Never a reason ('want …'), a question, a condition, a piece an apology,
burden talk or escape hatch covers, the reader's own sentence, a bare pronoun subject ('het was een
drukke week'), or the writer's own state ('ik heb het druk') unless it names a problem ('ik kan sinds de
update niet meer inloggen'). An ask that carries its own content ('Kun je de kast in elkaar zetten?') is
no frame. A name the ask took over from the sentence ('Kan Daan die toets inhalen?') does not stop it; a
moment it took over ('ik sta op 12 juli …') does, as the sentence is then the ask's. When the frame stays
bare beside a clause this module does not keep ('ik heb een vraag over mijn factuur', a long story), the
result is not sure (``bare_frame``, the soft doubt 'context'). The word lists live in
``content/nl/krimp.toml`` (``[kader_onderwerp]``).
"""

from __future__ import annotations

from functools import lru_cache

from vraaghulp.content import load_toml

from .account import word_classes
from .wordsets import NEGATIONS, WRITER

_WRAPPED = ("soort_excuus", "soort_last", "soort_uitweg", "soort_aanloop", "soort_angst", "soort_afsluiting")
_BARE = frozenset({"het", "'t", "t", "dat", "da", "dit", "hij", "ze", "zij", "die", "ie", "men"})
_LEAD = frozenset({"en", "maar", "dus", "nu", "alleen"})
_SUBORDINATE = frozenset({"of", "dat", "da", "wat", "wie", "waar", "hoe", "welke", "wanneer", "waarom", "om", "te",
                          "zodat", "voordat", "nadat", "terwijl", "toen", "zoals"})  # 'kun je kijken. of de deur dicht is'
_MOST = 25  # words: a longer sentence is a story, not what the talk is about


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    block = load_toml("krimp").get("kader_onderwerp", {})
    return tuple(frozenset(block.get(k, [])) for k in ("kader", "kader_bij", "met_voorwerp", "probleem", "eigen"))


def frame_ask(an, main) -> bool:
    """The ask names only a frame: every content word is a frame word, a function word or a moment
    (a frame verb that takes an object may have one noun: 'mijn fiets maken', 'de toets inhalen')."""
    if "_frame_ask" in an.__dict__:
        return an.__dict__["_frame_ask"]
    heads, _beside, objects, _problem, _own = _lists()
    frame = _frame()
    d, classes = an.d, word_classes()
    fn = classes.function
    timed = {i for i0, i1 in an.moments for i in range(i0, i1)}
    rest = [d.word(i) for m in main for i in d.content(m.a, m.b) if i not in timed and d.word(i) not in fn]
    rest = [_mended(w) for w in rest if w not in classes.days]
    used, other = set(rest) & heads, [w for w in rest if w not in frame]
    ok = bool(used) and (not other or len(other) == 1 and bool(used & objects))
    an.__dict__["_frame_ask"] = ok
    return ok


def bare_frame(an, main, shown: set[int]) -> list[str]:
    """'context' (a soft doubt) when the frame ask stays bare although a clause next to it names what it is
    about in a way this module does not keep: inside an opening ('ik heb een vraag over mijn factuur'), or
    in a sentence too long to keep whole. A sure result is never a bare frame beside its subject."""
    if not main or not frame_ask(an, main) or _chosen(an, main, shown) is not None:
        return []
    first, last = main[0], main[-1]
    near = [x for x in an.clauses if first.sent - 1 <= x.sent <= last.sent + 1 and x not in main
            and x.role not in ("groet", "leeg", "vraag", "afsluiting") and not any(i in shown for i in range(x.a, x.b))]
    for x in near:
        words = _words(an, x)
        if "over" in words[2:-1] or len(words) > _MOST and _says_what(an, x, cap=False):
            return ["context"]
    return []


@lru_cache(maxsize=1)
def _frame() -> frozenset[str]:
    """The frame words and the words beside them, as one set (made once)."""
    heads, beside = _lists()[:2]
    return heads | beside


_MENDED: dict[str, str] = {}  # _mended's answers, kept (speed only, round 38)


def _mended(word: str) -> str:
    """'helpn', 'bekijkn': a frame verb typed with one letter short (a word of `_frame()`)."""
    frame = _frame()
    if word in frame or len(word) < 4:
        return word
    known = _MENDED.get(word)
    if known is None:
        if len(_MENDED) >= 50_000:
            _MENDED.clear()  # an odd draft never makes the table grow without end
        known = _MENDED[word] = next((f for f in frame if len(f) == len(word) + 1 and len(f) >= 5
                                      and any(f[:k] + f[k + 1:] == word for k in range(len(f)))), word)
    return known


def about_frame(an, c, main, shown: set[int]) -> bool:
    """Clause c, which would go as a whole, says what the frame ask is about."""
    if not main or not frame_ask(an, main):
        return False
    chosen = _chosen(an, main, shown)
    return chosen is not None and id(c) in chosen[1]


def _lent(an, c, shown: set[int]) -> bool:
    """A word of clause c the ask shows already, other than the name it took over ('Kan Daan die toets
    inhalen?'): a moment moved into the ask ('ik sta op 12 juli …'), so the sentence is not the frame's."""
    d = an.d
    return any(i in shown and not d.tok_text(i)[:1].isupper() for i in d.content(c.a, c.b))


def named_too(an, main, parts, shown: set[int], kept: list) -> list:
    """The chosen sentence's clauses whose only shown words are the name the ask took over ('Daan was
    ziek en heeft de toets gemist. Kan Daan die toets inhalen?'): no candidates of needed.py, but they go
    with the sentence."""
    chosen = _chosen(an, main, shown) if main and frame_ask(an, main) else None
    if chosen is None:
        return kept
    d = an.d
    have = {id(c) for c in kept}
    ids = chosen[1]
    lent = [c for c in an.clauses if id(c) in ids and any(i in shown for i in d.content(c.a, c.b))]
    return kept + [c for c in lent if id(c) not in have and c not in parts.extras()]


def _chosen(an, main, shown: set[int]):
    """(sentence, clause ids) of the one sentence kept: the ask's own sentence before the ask, the
    sentence before, the sentence after, or the one before a short sentence of the writer's own ('Emma is
    erg stil. Ik maak me zorgen. Kunnen we praten?'); None when none says what the ask is about."""
    if "_frame_chosen" in an.__dict__:
        return an.__dict__["_frame_chosen"]
    first, last = main[0], main[-1]
    out = None
    places = [(first.sent, lambda x: x.b <= first.a), (first.sent - 1, None), (last.sent + 1, None)]
    places += [(first.sent - 2, None)] if _writer_aside(an, first.sent - 1) else []
    for sent, test in places:
        fit = _fitting(an, sent, main, test)
        if any(_says_what(an, x) for x in fit):
            if sent == first.sent - 1 and not any(_says_what(an, x, writer=False) for x in fit):
                fit += [x for x in _fitting(an, sent - 1, main) if _says_what(an, x, writer=False)]
            out = (sent, {id(x) for x in fit})  # 'De wifi doet het niet. Ik kan niet mailen.': the thing first
            out = None if any(_lent(an, x, shown) for x in fit) else out
            break
    an.__dict__["_frame_chosen"] = out
    return out


def _writer_aside(an, sent: int) -> bool:
    """A short sentence of the writer's own between the ask and what it is about ('Ik maak me zorgen.')."""
    mine = [x for x in an.clauses if x.sent == sent and x.role not in ("leeg", "groet")]
    words = [w for x in mine for w in _words(an, x)]
    return 0 < len(words) <= 8 and words[0] in WRITER


def _fitting(an, sent: int, main, test=None) -> list:
    return [x for x in an.clauses if x.sent == sent and (test is None or test(x)) and x not in main
            and x.role in ("tekst", "staat", "extra") and _fits(an, x, main)]


def _words(an, c) -> list[str]:
    d = an.d
    words = [d.word(i) for i in d.content(c.a, c.b)]
    while words and words[0] in _LEAD:
        words = words[1:]
    return words


def _fits(an, c, main) -> bool:
    """Not a reason, condition, question, the reader's sentence or a wrapped piece."""
    d, w = an.d, word_classes()
    words = _words(an, c)
    if not words or words[0] in w.reason_start and words[0] != "sinds" or words[0] in w.condition_start | _SUBORDINATE:
        return False
    if words[0] in d.lex.prepositions and c.sent > main[-1].sent:
        return False  # '… kijken? Na drieën heeft het geen zin meer.': a time said after the ask, not its subject
    if set(words) & w.reader or c.b < d.n and d.tok_text(c.b) == "?" or words[0] in d.lex.finite:
        return False  # 'Als 't niet gaat, | is 't ook goed': the main clause after a condition
    if any(x.sent == c.sent and (x.role == "voorwaarde" or _words(an, x)[:1] and _words(an, x)[0] in w.condition_start)
           for x in an.clauses):
        return False
    wrapped = [i for i in d.content(c.a, c.b) if any("soort_" + k in _WRAPPED for k in an.cover.get(i, ()))]
    return len(wrapped) * 3 < max(1, len(words))


def _says_what(an, c, writer: bool = True, cap: bool = True) -> bool:
    """A person or thing and what happens to it, or a problem of the writer's own."""
    _heads, _beside, _objects, problem, own = _lists()
    words = _words(an, c)
    if len(words) < 3 or cap and len(words) > _MOST or words[0] in _BARE:
        return False
    if any(sum(ch.isdigit() for ch in w) >= 3 and len(w) >= 5 for w in words):
        return False  # 'Mijn nummer is 06-1234567.': a way to reach the writer, weighed by needed.py's model
    s = set(words)
    if words[0] in WRITER:
        if not writer:
            return False
        trouble = s & problem or s & NEGATIONS and bool(s & {"meer", "kan", "kun", "krijg", "lukt"})
        topic = "over" in words[2:]  # 'ik heb een vraag over mijn factuur', 'ik wil het hebben over mijn rooster'
        wish = bool(s & {"wil", "wou", "wilde"})  # 'ik wil niks kapot doen': what the writer wants, not a problem
        return bool(trouble or topic) and not wish and not s & own and not s & word_classes().feeling
    return not (s & own and s & WRITER)
