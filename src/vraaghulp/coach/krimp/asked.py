"""The verbs of a reported request: which one goes to the front, which become infinitives.

"of ik … mag doorgeven" -> front 'mag', 'doorgeven' stays; "of ze … houdt" -> front 'kun',
'houdt' becomes 'houden'; "om … te laten nakijken" -> front 'kun', 'te' goes; "of hij tijd
heeft" -> front 'heb'. Used by direct.py.
"""

from __future__ import annotations

from .lexicon import lexicon
from .reported import Tok
from .verbs import infinitive_of, is_infinitive

MODALS = {"mag": "mogen", "mocht": "mogen", "kan": "kunnen", "kon": "kunnen", "kun": "kunnen", "kunt": "kunnen",
          "wil": "willen", "wilt": "willen", "wilde": "willen", "wou": "willen"}
_AFTER_ZOU = {"mogen": "mogen", "kunnen": "kunnen", "willen": "willen"}
# A subject after a comma starts a clause of its own ('of ze mee gaat, ik kan het niet alleen').
NEW_SUBJECT = frozenset({"ik", "'k", "k", "we", "wij", "hij", "zij"})
CLAUSE_GOES_ON = frozenset({"maar", "en", "want", "omdat", "zodat", "als", "dan", "of", "zoals", "waar", "waarbij", "terwijl"})
# After a comma these start another clause, so a modal verb after them is not the ask's: 'het' (a
# new subject, '…, het stinkt'), a conjunction ('…, maar hij is al oud en ik wil …').
AFTER_COMMA = frozenset({"da", "dat", "maar", "want", "omdat", "anders"})
_ADVERBS = frozenset({"vaak", "soms", "altijd", "nog", "al", "weer", "erg", "hier", "daar", "nu", "zo", "ook", "ni", "niet", "nie"})
NEW_AFTER_HET = frozenset({"is", "was", "wordt", "gaat", "lukt", "moet", "kan"})  # '… doorgeven het is dringend'
# A clause of its own inside the asked one ('of ze het goed vindt dat ik …'): its verb is not the ask's.
INNER = frozenset({"dat", "als", "of", "omdat", "zodat", "wanneer", "terwijl", "voordat", "nadat", "tenzij",
                   "zolang", "hoewel", "sinds", "totdat", "zodra", "alsof", "da"})
_ARTICLES = frozenset({"de", "het", "een", "mijn", "m'n", "mn", "je", "jouw", "zijn", "haar", "ons", "onze", "uw", "hun",
                       "die", "deze", "dat", "dit", "elke", "ieder"})


class Verb:
    """What happens to the verbs: the lemma in front, tokens dropped or replaced, the cluster's end."""

    def __init__(self, lemma: str, end: int, sure: bool = True) -> None:
        self.lemma, self.end, self.sure = lemma, end, sure
        self.drop: set[int] = set()
        self.put: dict[int, str] = {}


def _cluster_end(toks: list[Tok], i: int, end: int) -> int:
    """The token after the infinitives that follow token i ('mag doorgeven', 'wil laten behandelen')."""
    lex = lexicon()
    while i < end and is_infinitive(lex, toks[i].w) and toks[i].w not in ("vragen",):
        i += 1
    return i


def het_clause(toks: list[Tok], i: int, end: int) -> bool:
    """'het' with a verb that closes a short clause after a comma ('…, het stinkt, maar …', '…, het
    regent vaak, …', '…, het is dringend'), not a noun phrase in a list ('de tas, het boek en …')."""
    if toks[i].w not in ("het", "'t") or i + 1 >= end:
        return False
    verb, after = toks[i + 1].w, toks[i + 2].w if i + 2 < end else ""
    if verb in NEW_AFTER_HET:
        return True
    if after in _ADVERBS or after in lexicon().fillers:
        after = toks[i + 3].w if i + 3 < end else ""
    closes = not after[:1].isalnum() or after in CLAUSE_GOES_ON - {"en", "of"}  # not 'het feest en de jas'
    return closes and len(verb) > 3 and verb.endswith("t") and verb not in lexicon().not_verb


def modal(toks: list[Tok], b: int, end: int, subject: str) -> Verb | None:
    for i in range(b, end):
        w = toks[i].w
        if w in INNER or (w == "," and i + 1 < end and (toks[i + 1].w in NEW_SUBJECT | AFTER_COMMA or het_clause(toks, i + 1, end))):
            return None  # '… gaat, ik kan da ni meer alleen aan', '… laat plassen, het stinkt, maar ik wil …':
            # that 'kan'/'wil' is another clause's
        if w in ("zou", "zoudt") and i + 1 < end and toks[i + 1].w in _AFTER_ZOU:
            verb = Verb(_AFTER_ZOU[toks[i + 1].w], _cluster_end(toks, i + 2, end))
            verb.drop |= {i, i + 1}
            return verb
        lemma = MODALS.get(w)
        if lemma is None:
            continue
        if subject == "ik" and lemma == "willen":
            return None
        if subject != "ik" and lemma == "mogen":
            return None  # 'of hij … mag': not something to ask him
        verb = Verb(lemma, _cluster_end(toks, i + 1, end))
        verb.drop.add(i)
        return verb
    return None


def plural_modal(toks: list[Tok], b: int, end: int) -> Verb | None:
    """'of we vrijdag efkes kunnen praten': the plural modal of 'we' goes to the front ('kunnen we')."""
    for i in range(b, end):
        w = toks[i].w
        if w in INNER or w == ",":
            return None
        if w in ("kunnen", "mogen", "zouden") and i + 1 < end:
            lemma = w
            if w == "zouden":
                if toks[i + 1].w not in _AFTER_ZOU:
                    return None
                lemma = _AFTER_ZOU[toks[i + 1].w]
            verb = Verb(lemma, _cluster_end(toks, i + 1 + (w == "zouden"), end))
            verb.drop |= {i, i + 1} if w == "zouden" else {i}
            return verb
    return None


def main_verb(toks: list[Tok], b: int, end: int, lemma: str) -> Verb | None:
    """'of ze het gesprek … houdt maar …': the finite verb closes the clause; it becomes an infinitive."""
    lex = lexicon()
    for i in range(b + 1, end):
        w = toks[i].w
        nxt = toks[i + 1].w if i + 1 < end else ""
        if w in INNER:
            return None
        if nxt and nxt[:1].isalnum() and nxt not in CLAUSE_GOES_ON and not _before_place(toks, i, nxt):
            continue
        if lex.finite.get(w) in ("hebben", "zijn") and lemma == "kunnen":
            verb = Verb(lex.finite[w], i + 1)  # 'of hij morgen tijd heeft' -> 'heb je morgen tijd'
            verb.drop.add(i)
            return verb
        if w in lex.not_verb or w in ("niet", "nie", "ni", "iets", "niets", "echt", "best", "toch") or len(w) < 3:
            continue
        if w in lex.irregular or lemma == "mogen" or (w.endswith("t") and not w.startswith("ge")):
            inf, sure = infinitive_of(lex, w)
            if inf:
                verb = Verb(lemma, i + 1, sure and lemma != "mogen")
                verb.put[i] = inf
                return verb
        return _finite_before(toks, b, i, lemma)
    return None


def _finite_before(toks: list[Tok], b: int, i: int, lemma: str) -> Verb | None:
    """'of hij zijn afwas … laat staan': the finite verb before the closing infinitive becomes one
    too ('laten staan')."""
    lex = lexicon()
    prev = toks[i - 1].w if i - 1 > b else ""
    if not is_infinitive(lex, toks[i].w) or not (prev in lex.irregular or (prev.endswith("t") and len(prev) > 2)):
        return None
    inf, sure = infinitive_of(lex, prev)
    if not inf or inf == prev:
        return None
    verb = Verb(lemma, i + 1, sure and lemma != "mogen")
    verb.put[i - 1] = inf
    return verb


def _before_place(toks: list[Tok], i: int, nxt: str) -> bool:
    """'of hij me ophaalt van het station': a verb on -t before a place or time put after it (not
    'de kast met …': a noun has its article in front)."""
    lex = lexicon()
    w = toks[i].w
    if nxt not in lex.prepositions or not w.endswith("t") or toks[i - 1].w in _ARTICLES:
        return False
    return infinitive_of(lex, w)[1]


def te_verb(toks: list[Tok], b: int, end: int) -> Verb | None:
    """'om de verwarming te laten nakijken': 'te' goes, the verbs stay where they are."""
    lex = lexicon()
    for i in range(b, end - 1):
        if toks[i].w == "te" and is_infinitive(lex, toks[i + 1].w):
            verb = Verb("kunnen", _cluster_end(toks, i + 1, end))
            verb.drop.add(i)
            return verb
    return None
