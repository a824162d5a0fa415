"""A sentence right after the request that is a row of things spelling out its object (contract
point 3: a list of items is part of the object), kept whole after the request:

- a row with no verb of its own: 'Kun je de drank halen? Bier, cola en ijs.', 'Melk, brood en
  kattenvoer graag.', '2 pakken melk + brood + eieren', 'Vooral de boeken, het servies en …';
- a row in a frame that only points at it: 'Het gaat om chips, frisdrank en een taart.', 'We moeten
  de kast, het bed en tien dozen naar beneden dragen.', 'De tent, de koelbox en de fietsen moeten mee.'

Not a row: a sentence with a finite verb of its own outside those frames ('ik had het druk, mijn
moeder was ziek en …'), what the writer did ('ik heb al gekookt, de was gedaan …': a participle or
'al'), a negation ('Niet in de droger'), a row of people or moments.
"""

from __future__ import annotations

from .closing import participle_shape
from .segment import finite_like

# Words around a row that only point at it ('vooral', 'concreet gaat het om', 'graag').
_LOOSE = frozenset({"vooral", "concreet", "dus", "bv", "bijvoorbeeld", "zoals", "graag", "ook", "nog", "allemaal",
                    "alleen", "even", "ff", "efkes", "dan", "nodig", "mee", "zeker", "aub", "pls", "plz", "svp",
                    "alsjeblieft", "alstublieft", "asjeblieft", "astemblieft", "a.u.b.", "wel"})
_POINT = (("het", "gaat", "om"), ("gaat", "het", "om"), ("het", "gaat", "over"), ("gaat", "het", "over"),
          ("het", "zijn"), ("dat", "zijn"), ("da", "zijn"))
_WRITERS = frozenset({"we", "wij", "ik", "'k", "k"})  # what the writer needs; 'ge moet hem … geven' is an instruction
_NEED = frozenset({"heb", "hebben", "zoek", "zoeken"})
_MODALS = frozenset({"moeten", "moet", "moete", "mogen", "mag", "wil", "willen"}) | _NEED
_TAIL = frozenset({"worden", "mee", "nodig", "nog", "ook", "allemaal", "zeker", "hebben", "halen"})
_SEPARATORS = frozenset({",", "+", "&", ";"})
_PAST = frozenset({"al", "reeds", "gisteren", "vorige", "vorig"})
_NEGATIONS = frozenset({"niet", "ni", "nie", "geen", "nooit", "niks", "niets", "gene", "genen"})
_CLAUSE = frozenset({"om", "te", "omdat", "want", "als", "zodat", "wanneer", "tenzij"})  # a purpose or a clause in the row
_MAX_ITEM = 8
_FOLDED = frozenset({"iets", "wat"})


def object_row(an, main, k: int) -> list:
    """The clauses of sentence k when it is a row of things that spells out the request's object."""
    d = an.d
    if k >= len(d.sentences) or any(c.b > main[-1].b and c.sent < k and d.content(c.a, c.b) for c in an.clauses):
        return []
    asked = {d.word(i) for c in main for i in d.content(c.a, c.b)}
    if asked & _FOLDED or any(h in " ".join(d.word(i) for c in main for i in d.content(c.a, c.b)) for h in d.lex.placeholders):
        return []  # 'kun je iets meebrengen? …', 'de volgende dingen': the request takes the row in itself (lists.place_list)
    clauses = [c for c in an.clauses if c.sent == k]
    if not clauses or any(c.role not in ("tekst", "staat") for c in clauses):
        return []
    a, b = d.sentences[k]
    if any(d.tok_text(i) == "?" for i in range(a, b)) or any(d.is_bullet(i) for i in range(a, b)):
        return []  # a question of its own; a list under the request is folded into it already
    toks = [i for i in range(a, b) if d.toks[i].cls != "n" and d.tok_text(i) not in ".!"]
    return clauses if toks and _row(an, toks) else []


def _row(an, toks: list[int]) -> bool:
    d = an.d
    words = [d.word(i) if d.is_word(i) else d.tok_text(i) for i in toks]
    if (_NEGATIONS | _PAST) & set(words):
        return False
    core = _without_frame(d.lex, words)
    if core is None or _CLAUSE & set(core):
        return False  # 'Gewoon om samen te koken en te wandelen.': a purpose, no row of things
    items = _items(core)
    if len(items) < 2 or not any(s in words for s in _SEPARATORS | {"en", "of"}):
        return False
    if any(_state(d.lex, item) for item in items):
        return False  # 'Ziek, koorts en keelpijn.', 'moe, hoofdpijn, chagrijnig': how the writer is, no object
    return all(_thing(d.lex, item) for item in items) and not _names(d, toks, words, items)


def _state(lex, item: list[str]) -> bool:
    """An item that is only a state of the writer ('moe', 'koorts', 'hoofdpijn', 'heel erg ziek')."""
    content = [w for w in item if w not in _LOOSE and w not in ("heel", "erg", "echt", "zo", "beetje", "wat", "een")]
    return bool(content) and all(w in lex.state_words or w.endswith("pijn") for w in content)


def _without_frame(lex, words: list[str]) -> list[str] | None:
    """The row without the words that only point at it; None when the sentence says more."""
    core = list(words)
    while core and core[0] in _LOOSE:
        core = core[1:]
    for frame in _POINT:  # 'het gaat om …', 'concreet gaat het om …'
        if tuple(core[:len(frame)]) == frame:
            core = core[len(frame):]
            break
    else:
        if len(core) > 2 and _writer_frame(core[0], core[1], core):  # 'we moeten …', 'ik heb nog nodig …'
            core = core[2:]
        elif len(core) > 2 and _writer_frame(core[1], core[0], core):  # 'moeten we …'
            core = core[2:]
        else:
            at = next((k for k, w in enumerate(core) if w in ("moeten", "moet", "moete")), None)
            if at is not None and at >= 3:  # 'De tent, de koelbox en de fietsen moeten mee.'
                tail = core[at + 1:]
                if not all(w in _TAIL or participle_shape(lex, w) or _infinitive(lex, w) for w in tail):
                    return None
                core = core[:at]
    while core and (core[0] in _LOOSE or core[0] in _SEPARATORS or core[0] == ":"):
        core = core[1:]
    while core and (core[-1] in _LOOSE or core[-1] in _SEPARATORS):
        core = core[:-1]
    if any(finite_like(lex, w) or w in lex.pasts or _participle(lex, w) or _subject(lex, core, k) for k, w in enumerate(core)):
        return None  # a verb or a subject of its own, or what was done: a sentence, not a row
    return core


def _participle(lex, w: str) -> bool:
    """'gekocht', 'gedaan', 'uitgelaten': what the writer did (not 'beneden', 'gereedschap')."""
    core = next((w[len(p):] for p in lex.particles if len(p) >= 2 and w.startswith(p + "ge")), w)
    return len(core) > 5 and core.startswith("ge") and core.endswith(("d", "t", "en"))


def _subject(lex, core: list[str], k: int) -> bool:
    """A subject pronoun, not a possessive before a noun ('je kleren') or an object after a
    preposition ('die tang van u')."""
    w = core[k]
    if w not in lex.subjects:
        return False
    before = core[k - 1] if k else ""
    after = core[k + 1] if k + 1 < len(core) else ""
    return not (before in lex.prepositions or w in ("je", "u", "ons") and after and after not in _SEPARATORS | {"en", "of"})


def _writer_frame(subject: str, verb: str, core: list[str]) -> bool:
    """'we moeten' (the writer and the helper together), 'ik heb (nog) nodig', 'ik zoek': not 'ik moet werken en …'
    nor 'ik heb nog: mails, was opvouwen …', the writer's own tasks."""
    if subject in ("we", "wij"):
        return verb in _MODALS
    if verb in ("heb", "hebben") and "nodig" not in core:
        return False
    return subject in _WRITERS and verb in _NEED


def _infinitive(lex, w: str) -> bool:
    return len(w) > 3 and w.endswith("en") and w not in lex.not_infinitive


def _items(core: list[str]) -> list[list[str]]:
    items: list[list[str]] = [[]]
    for w in core:
        if w in _SEPARATORS or w in ("en", "of", ":"):
            if items[-1]:
                items.append([])
        else:
            items[-1].append(w)
    return [item for item in items if item]


def _thing(lex, item: list[str]) -> bool:
    """A short noun phrase (or a short task: 'de vloer uitbreken'), not a moment."""
    content = [w for w in item if w.isalnum() or "-" in w or "'" in w]
    if not content or len(item) > _MAX_ITEM:
        return False
    return not (len(content) <= 2 and any(lex.moment.match(w) for w in content))


def _names(d, toks: list[int], words: list[str], items: list[list[str]]) -> bool:
    """A later item that opens with a capital: a row of people ('Jan, Piet en Kees'), not of things."""
    first = True
    for i, w in zip(toks, words):
        if w in _SEPARATORS or w in ("en", "of"):
            first = True
            continue
        if first and i != toks[0] and d.is_word(i):
            text = d.tok_text(i)
            if text[:1].isupper() and not text.isupper() and not any(ch.isdigit() for ch in text):
                return True
        first = False
    return False
