"""Chat and voice messages without marks (round 33, k33e): where the ask ends and where it starts.

- `ends_ask`: the ask that began the clause is complete at its infinitive, at most with a short phrase after it
  ('… meebrengen van thuis'). The writer's next sentence starts with 'ik' and its verb ('… gaan | ik trakteer op
  koffie'), a pronoun and its verb ('… langskomen | het maakt niet uit') or a fronted object with its verb and the
  reader ('… komen brengen | het adres weet je').
- `ask_after_statement`: after a statement complete at its infinitive ('om 8u gaan we vertrekken'), or after 'nu'
  behind a finite verb ('… ze slaapt nu | kunt u …'), a question front starts the ask: 'kunde gij', 'kun je', 'zoudt
  ge', and 'kan ik'/'mag ik' with no negation after it ('… ik kan niet slapen | kan ik vandaag nog langskomen', not
  '… moet ik werken | kan ik niet komen'). Not after a clause in front that still waits for its main clause ('als ik
  moet werken | kun je dan …').
"""

from __future__ import annotations

from .closing import participle_shape
from .main_clause import clause_first, open_subordinate
from .runon import finite_like
from .verbs import is_infinitive, lead_at

_ASKS = ("kunnen", "willen", "mogen", "zullen")
_WRITER = frozenset({"ik", "'k", "k"})
_FRONT_OBJECT = frozenset({"het", "de", "die", "dat", "da"})
_READER = frozenset({"je", "jij", "ge", "gij", "u"})
_PRONOUNS = frozenset({"het", "ze", "hij", "zij", "we", "wij"})  # we/wij: k33g
_NOT_VERB_T = frozenset({"liefst", "best", "eerst", "laatst", "meest", "niet", "echt", "vast", "net", "gelijk", "zelfs"})
SUBJECTS = frozenset({"ik", "ze", "hij", "zij", "het", "we", "wij"})  # a subject before its finite verb (also glued_ask.py)
_BOUND = frozenset({"tot", "voor", "voordat", "totdat", "tot dat", "na", "nadat", "zodat", "als", "dan", "de", "het", "een",
                    "mijn", "zijn", "sinds", "zodra", "om"})
_EN_WORDS = frozenset({"sindsdien", "alleen", "samen", "even", "geleden", "tegen", "open", "binnen", "buiten", "boven",
                       "beneden", "misschien", "volgen", "tussen", "zonder", "sinds", "ergens", "zeven", "negen", "tien"})
_NEGATIONS = frozenset({"niet", "ni", "nie", "geen", "nooit", "pas"})
_NO_VERB = frozenset({"en", "of", "maar", "want", "dus", "dan", "ook", "nog", "zelf", "alleen", "zou", "zal"})


def _word(d, i: int) -> str:
    return d.word(i) if 0 <= i < d.n and d.is_word(i) else ""


def _ask_lead(an, i: int, cur: int):
    """The question front (kunnen/willen/mogen/zullen) among the clause's first words, well before i."""
    d = an.d
    first = clause_first(an, cur, i)
    if first < 0:
        return None
    lead = next((lead_at(d, k) for k in range(first, min(i, first + 3)) if lead_at(d, k)), None)
    return lead if lead is not None and lead.lemma in _ASKS and lead.end < i - 1 else None


def closing_infinitive(lex, w: str) -> bool:
    """An infinitive that closes a clause: not a word in -en that is none ('sindsdien', 'samen'), not a participle
    with 'ge-' ('gekregen')."""
    return is_infinitive(lex, w) and w not in lex.modal_inf and not lex.moment.fullmatch(w) and w not in _EN_WORDS \
        and not (w.startswith("ge") and participle_shape(lex, w))


def _closed(d, after: int, i: int) -> bool:
    """The words before i end on an infinitive, or on one and a short phrase with a preposition ('van thuis')."""
    lex = d.lex
    if any(not d.is_word(k) for k in range(after, i)):
        return False  # only where the marks are missing
    if closing_infinitive(lex, _word(d, i - 1)):
        return True
    for k in (i - 4, i - 3):  # the preposition and one or two words after it ('van thuis', 'naar de les')
        if k > after and closing_infinitive(lex, _word(d, k)) and _word(d, k + 1) in lex.prepositions and _word(d, k + 1) not in _BOUND:
            return not any(finite_like(lex, _word(d, j)) or _word(d, j) in lex.prepositions for j in range(k + 2, i))
    return False


def ends_ask(an, i: int, cur: int) -> bool:
    """Token i starts the writer's sentence after an ask complete at its infinitive (see the module)."""
    d = an.d
    lex = d.lex
    w = _word(d, i)
    if w not in _WRITER and w not in _FRONT_OBJECT and w not in _PRONOUNS:
        return False
    prev = _word(d, i - 1)
    if prev in lex.prepositions or prev in lex.subordinators or prev in _BOUND or prev in lex.subjects:
        return False  # '… blijven tot | ik terug ben', '… bellen voor | ik het vertel', '… halen bij | het feest'
    lead = _ask_lead(an, i, cur)
    if lead is None or not _closed(d, lead.end, i) or open_subordinate(an, cur, i):
        return False
    nxt = _word(d, i + 1)
    if w in _WRITER:
        return nxt.isalpha() and nxt not in lex.prepositions and nxt not in lex.subordinators and nxt not in _NO_VERB
    if w in _PRONOUNS and (finite_like(lex, nxt) or closing_infinitive(lex, prev)) and verb_shape(lex, nxt):
        return True  # '… langskomen | het maakt niet uit hoe laat'
    return (w in _FRONT_OBJECT and nxt.isalpha() and nxt not in lex.prepositions and not finite_like(lex, nxt)
            and finite_like(lex, _word(d, i + 2)) and _word(d, i + 3) in _READER)


def verb_shape(lex, w: str) -> bool:
    """A finite verb after a pronoun subject: one the lists know, or a word in -t that is no adverb ('maakt')."""
    if finite_like(lex, w):
        return w not in lex.modal_inf
    return (len(w) >= 4 and w.isalpha() and w.endswith("t") and w not in _NOT_VERB_T and w not in lex.not_verb
            and w not in lex.prepositions and not w.endswith(("heid", "ist", "ant", "ent")))


def _asks_leave(d, lead) -> bool:
    """'kan ik'/'mag ik' asking leave, not a statement with its verb in front ('… kan ik niet komen')."""
    return lead.subject in ("ik", "we", "wij") and lead.lemma in ("kunnen", "mogen") and \
        not any(_word(d, k) in _NEGATIONS for k in range(lead.end, d.sentences[d.sentences_of(lead.verb)][1]))


def _now_after_verb(d, i: int) -> bool:
    """'… ze slaapt nu | kunt u …', '… ik zit er nu | kun je …': 'nu' after a subject with its verb closes the statement."""
    if _word(d, i - 1) not in ("nu", "nou"):
        return False
    return any(_word(d, k) in SUBJECTS and verb_shape(d.lex, _word(d, k + 1)) for k in range(max(0, i - 5), i - 2))


def ask_after_statement(an, i: int, cur: int) -> bool:
    """A question front at i after a statement complete at its infinitive (see the module)."""
    d = an.d
    lex = d.lex
    lead = lead_at(d, i)
    if lead is None or lead.lemma not in _ASKS or i - cur < 3 or not (lead.subject in _READER or _asks_leave(d, lead)):
        return False
    if not (closing_infinitive(lex, _word(d, i - 1)) or _now_after_verb(d, i)) or any(not d.is_word(k) for k in range(cur, i)):
        return False
    first = clause_first(an, cur, i)
    if first < 0 or _word(d, first) in lex.subordinators or open_subordinate(an, cur, i):
        return False  # 'als ik moet werken | kun je …' keeps its condition
    if any(_word(d, k) in lex.subordinators for k in range(first, i)):
        return False
    return any(finite_like(lex, _word(d, k)) for k in range(first, i - 1))


def glued_after_ask(an, run: list, c) -> bool:
    """c is the writer's next sentence that `ends_ask` cut off the ask at the end of run, in a message without marks
    ('kun je mijn jas brengen | ze hangt in de gang', '… terugbrengen | ik heb ze nodig'): a sentence of its own in
    the result, not glued into the question (round 33, k33g)."""
    last = run[-1]
    if not (last.role == "vraag" and last.kind == "direct" and c.sent == last.sent and c.a == last.b):
        return False
    return c.a > last.a and an.d.is_word(c.a - 1) and ends_ask(an, c.a, last.a)
