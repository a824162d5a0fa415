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
          "wil": "willen", "wilt": "willen", "wilde": "willen", "wou": "willen",
          "hoef": "hoeven", "hoeft": "hoeven"}  # 'of ik … hoef te draaien' -> 'hoef ik … te draaien'
_PLURAL = {"kunnen": "kunnen", "mogen": "mogen", "hoeven": "hoeven"}  # after 'we': 'of we … kunnen praten'
OWN_SIDE = frozenset({"ik", "we", "wij"})  # the writer does it (alone or with the person asked): 'mag ik', 'kunnen we'
_THEIRS = {"kunnen": "kunnen", "willen": "willen"}  # a group asked: 'of ze … kunnen passen' -> 'kunnen jullie … passen'
_AFTER_ZOU = {"mogen": "mogen", "kunnen": "kunnen", "willen": "willen"}
# A subject after a comma starts a clause of its own ('of ze mee gaat, ik kan het niet alleen').
NEW_SUBJECT = frozenset({"ik", "'k", "k", "we", "wij", "hij", "zij"})
CLAUSE_GOES_ON = frozenset({"maar", "en", "want", "omdat", "zodat", "als", "dan", "of", "zoals", "waar", "waarbij", "terwijl"})
# After a comma these start another clause, so a modal verb after them is not the ask's: a conjunction
# ('…, maar hij is al oud en ik wil …'); a short 'het' clause ('…, het stinkt') is het_clause's.
AFTER_COMMA = frozenset({"da", "dat", "maar", "want", "omdat", "anders"})
_ADVERBS = frozenset({"vaak", "soms", "altijd", "nog", "al", "weer", "erg", "hier", "daar", "nu", "zo", "ook", "ni", "niet", "nie"})
NEW_AFTER_HET = frozenset({"is", "was", "wordt", "gaat", "lukt", "moet", "kan"})  # '… doorgeven het is dringend'
# A clause of its own inside the asked one ('of ze het goed vindt dat ik …'): its verb is not the ask's.
INNER = frozenset({"dat", "als", "of", "omdat", "zodat", "wanneer", "terwijl", "voordat", "nadat", "tenzij",
                   "zolang", "hoewel", "sinds", "totdat", "zodra", "alsof", "da"})
# After a comma, a word like 'dan' with a verb and a subject after it is a main clause of its own
# ('… lenen tot eind maart, dan krijg ik mijn loon'); 'anders' is left out: a condition stays in the ask.
_INVERTING = frozenset({"dan", "daarna", "toen", "daar", "zo", "dus", "nu"})
_AFTER_INVERSION = NEW_SUBJECT | {"ze", "je", "jij", "u", "ge", "gij", "het", "'t"}
# 'het stinkt', 'dat is …', 'het zijn er vier', 'het trekt meeuwen aan' after a comma: a clause with its
# own subject (a word on -t after 'het' is its verb, unless 'van' shows a noun: 'het bericht van …').
_NOUN_GOES_ON = frozenset({"van", "voor", "over", "uit"})
_IT = frozenset({"het", "'t", "dat", "da", "dit"})
# After a verb, a relative word or 'zonder' opens a clause of its own ('… begint waar iedereen bij is',
# '… laat blijven slapen zonder het te vragen'): the verb before it closes the asked clause.
AFTER_VERB = frozenset({"waar", "waarbij", "waarop", "waarin", "waarmee", "waarover", "waardoor", "waarvan", "zonder"})
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


def ask_end(toks: list[Tok], b: int, end: int) -> int:
    """Where the asked clause ends: at a comma before a clause with its own subject ('…, ik kan …',
    '…, het stinkt', '…, dan krijg ik …'), at 'want', or at 'maar'/'omdat' before a subject; the
    sentence end otherwise. The verbs of the ask are looked for before it, never in what follows."""
    for k in range(b + 1, end):
        w = toks[k].w
        nxt = toks[k + 1].w if k + 1 < end else ""
        if w == "," and k + 1 < end and (nxt in NEW_SUBJECT or _own_clause(toks, k + 1, end) or het_clause(toks, k + 1, end)
                                         or _noun_clause(toks, k + 1, end)):
            return k
        if w == "want" or (w in ("maar", "omdat") and nxt in _AFTER_INVERSION - {"het", "'t", "je", "u"}):
            return k
        if w == "en" and nxt in ("of", "om"):  # '…, en of ze dan ook …': a second ask of its own
            return k - 1 if toks[k - 1].w == "," else k
    return end


def _noun_clause(toks: list[Tok], i: int, end: int) -> bool:
    """'…, de verhuurder zeurt', '…, mijn auto is kapot': 'de'/'mijn' + noun + a known finite verb
    after a comma is a clause of its own, not more of the ask ('…, de handdoeken ophangen')."""
    if toks[i].w not in ("de", "mijn", "m'n", "mn", "onze", "ons") or i + 2 >= end:
        return False
    lex, verb = lexicon(), toks[i + 2].w
    finite = verb in lex.finite or verb in lex.irregular or (verb not in lex.not_verb and infinitive_of(lex, verb)[1])
    return toks[i + 1].w.isalpha() and finite and not is_infinitive(lex, verb) and verb.endswith(("t", "is", "was"))


def second_ask(toks: list[Tok], cut: int, end: int) -> bool:
    """The asked clause was cut before a second ask of its own ('…, en of ze ook de hond …')."""
    return any(k + 1 < end and toks[k].w == "en" and toks[k + 1].w in ("of", "om") for k in (cut, cut + 1))


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


def _own_clause(toks: list[Tok], i: int, end: int) -> bool:
    """Token i starts a main clause: 'het'/'dat' and a verb, or 'dan' + verb + subject."""
    lex = lexicon()
    w = toks[i].w
    nxt = toks[i + 1].w if i + 1 < end else ""
    if w in _IT and nxt:
        after = toks[i + 2].w if i + 2 < end else ""
        return nxt in lex.finite or nxt in lex.irregular or (
            nxt.endswith("t") and nxt not in lex.not_verb and infinitive_of(lex, nxt)[1] and after not in _NOUN_GOES_ON)
    return w in _INVERTING and i + 2 < end and nxt[:1].isalpha() and toks[i + 2].w in _AFTER_INVERSION


def modal(toks: list[Tok], b: int, end: int, subject: str) -> Verb | None:
    for i in range(b, end):
        w = toks[i].w
        if w in INNER or (w == "," and i + 1 < end and (toks[i + 1].w in NEW_SUBJECT | AFTER_COMMA or het_clause(toks, i + 1, end))):
            return None  # '… gaat, ik kan da ni meer alleen aan', '… laat plassen, het stinkt, maar ik wil …':
            # that 'kan'/'wil' is another clause's
        if (w in ("zou", "zoudt") or (w == "zouden" and subject in ("we", "wij"))) and i + 1 < end \
                and toks[i + 1].w in _AFTER_ZOU:  # 'of we … zouden kunnen bellen' -> 'kunnen we … bellen'
            verb = Verb(_AFTER_ZOU[toks[i + 1].w], _cluster_end(toks, i + 2, end))
            verb.drop |= {i, i + 1}
            return verb
        lemma = MODALS.get(w) or (_PLURAL.get(w) if subject in ("we", "wij") else _THEIRS.get(w) if subject == "jullie" else None)
        if lemma is None:
            continue
        if subject in OWN_SIDE and lemma == "willen":
            return None
        if subject not in OWN_SIDE and lemma == "mogen":
            return None  # 'of hij … mag': not something to ask him
        verb = Verb(lemma, _cluster_end(toks, i + 1, end))
        verb.drop.add(i)
        return glue(toks, verb, i, b)
    return None


def main_verb(toks: list[Tok], b: int, end: int, lemma: str) -> Verb | None:
    """'of ze het gesprek … houdt maar …': the finite verb closes the clause; it becomes an infinitive."""
    lex = lexicon()
    for i in range(b + (not _before_place(toks, b, toks[b + 1].w if b + 1 < end else "")), end):  # 'of ze stopt met roken'
        w = toks[i].w
        nxt = toks[i + 1].w if i + 1 < end else ""
        if w in INNER:
            return None
        if nxt and nxt[:1].isalnum() and nxt not in CLAUSE_GOES_ON and not _before_place(toks, i, nxt) and not (
                nxt in AFTER_VERB and _verb_like(lex, w)):
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


_MOTION = frozenset({"komt", "gaat", "blijft"})


def _finite_before(toks: list[Tok], b: int, i: int, lemma: str) -> Verb | None:
    """'of hij zijn afwas … laat staan', '… laat blijven slapen': the finite verb before the closing
    infinitives becomes one too ('laten staan')."""
    lex = lexicon()
    j = i - 1
    while j > b + 1 and i - j < 3 and is_infinitive(lex, toks[j].w) and toks[j].w not in lex.irregular:
        j -= 1
    prev = toks[j].w if j >= b else ""  # 'of hij komt helpen': the finite verb right after the subject
    if prev in lex.not_verb:
        return None  # 'met roken': a preposition on -t is no verb ('metten')
    motion = prev in _MOTION and j == i - 1 and toks[i].w.endswith("en")  # 'of ze komt eten': 'eten' is a verb there
    if not (is_infinitive(lex, toks[i].w) or motion) or not (prev in lex.irregular or (prev.endswith("t") and len(prev) > 2)):
        return None
    inf, sure = infinitive_of(lex, prev)
    if not inf or inf == prev:
        return None
    verb = Verb(lemma, i + 1, sure and lemma != "mogen")
    verb.put[j] = inf
    return verb


def _verb_like(lex, w: str) -> bool:
    """A word that can close the clause as its verb: an infinitive or a finite form on -t."""
    return w in lex.irregular or is_infinitive(lex, w) or (w.endswith("t") and w not in lex.not_verb and infinitive_of(lex, w)[1])


def _before_place(toks: list[Tok], i: int, nxt: str) -> bool:
    """'of hij me ophaalt van het station': a verb on -t before a place or time put after it (not
    'de kast met …': a noun has its article in front)."""
    lex = lexicon()
    w = toks[i].w
    # '… komt eten deze keer', '… brengt morgen'
    after = nxt in lex.prepositions or _moment_at(lex, toks, i + 1) or bool(lex.moment.fullmatch(nxt))
    if after and toks[i - 1].w in _MOTION and (is_infinitive(lex, w) or w.endswith("en")):
        return True  # 'dat ze me komt ophalen van het station': the cluster closes before the place
    if not after or not w.endswith("t") or toks[i - 1].w in _ARTICLES:
        return False
    return infinitive_of(lex, w)[1]


_THIS_TIME = ("deze keer", "dit keer", "deze week", "dit weekend")


def _moment_at(lex, toks: list[Tok], i: int) -> bool:
    """A moment starts at token i ('morgen', 'deze keer', 'zondag na de mis')."""
    words = " ".join(t.w for t in toks[i:i + 3])
    return bool(words) and (words.startswith(_THIS_TIME) or bool(lex.moment.match(words)))


def plural_verb(toks: list[Tok], b: int, end: int) -> Verb | None:
    """'of we zondag samen naar oma rijden': the plural verb that closes the clause looks like an
    infinitive and stays; 'kunnen' goes in front. Not sure: a noun on -en may close it too."""
    lex = lexicon()
    i = end - 1
    while i > b and not toks[i].w[:1].isalnum():
        i -= 1
    if i <= b or not is_infinitive(lex, toks[i].w) or toks[i].w in lex.prepositions:
        return None
    return Verb("kunnen", i + 1, False)


def te_verb(toks: list[Tok], b: int, end: int) -> Verb | None:
    """'om de verwarming te laten nakijken': 'te' goes, the verbs stay where they are."""
    lex = lexicon()
    for i in range(b, end - 1):
        if toks[i].w == "te" and is_infinitive(lex, toks[i + 1].w):
            verb = Verb("kunnen", _cluster_end(toks, i + 1, end))
            verb.drop.add(i)
            return glue(toks, verb, i, b)
    return None


def glue(toks: list[Tok], verb: Verb, i: int, b: int) -> Verb:
    """'om … over te nemen', 'of ze … langs kan komen': with the word between them gone, the
    particle and its infinitive are one verb again ('overnemen', 'langskomen'), never 'over nemen'."""
    lex = lexicon()
    if not b < i < len(toks) - 1 or verb.end != i + 2:
        return verb
    particle, inf = toks[i - 1], toks[i + 1]
    before = toks[i - 2].w if i - 2 >= b else ""
    if particle.w not in lex.particles or particle.w in lex.apart_particles or before in lex.prepositions \
            or before in lex.no_join_after or not is_infinitive(lex, inf.w) or not inf.raw.isalpha():
        return verb
    verb.put[i - 1] = particle.raw + inf.raw
    verb.drop.add(i + 1)
    return verb
