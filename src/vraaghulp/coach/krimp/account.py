"""Every word that goes must be accounted for: the principled check under ``sure``.

A result may drop a word of the draft only when the engine knows why:

- it lies in a span removed as a known removable kind: an apology, burden talk, an escape hatch,
  a hedge, a preamble, a vague moment, a greeting or sign-off (with the signature), the wrapper
  of an indirect question ('vroeg me af of'), a list marker;
- the rewrite left it out on purpose and says so (``req.found``, ``req.gone``), or changed its form
  ('zou … kunnen' -> 'kun', 'uitnodig' -> 'uitnodigen');
- its clause goes as a whole for a known reason: another request (it comes back on its own; not
  a statement of need, 'we hebben nog nodig: …', which spells out the ask), an honest sentence
  beyond the one kept;
- it is a function word (krimp_woorden.toml: articles, pronouns, auxiliaries, tone words);
- the result shows the word elsewhere.

A wrapper never hides a moment: 'moest ge zaterdag tijd hebben' goes, its 'zaterdag' is weighed.

Any other dropped word carries content, of a class: ``moment``, ``duur``, ``getal`` (an amount),
``ontkenning``, ``voorwaarde`` (only, not before, unless …), ``naam`` or ``inhoud`` (a noun, a
verb …). Whether it may go all the same depends on where it stood; that is ``clause_cost``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from vraaghulp.content import load_toml

from .lexicon import WRAP_KINDS
from .verbs import infinitive_of

_REMOVABLE = WRAP_KINDS + ("groet", "afsluiting", "afzwakker", "vaag_tijd")
STRONG = frozenset({"moment", "duur", "getal", "ontkenning", "voorwaarde"})


@dataclass(frozen=True)
class Words:
    """The word classes of krimp_woorden.toml."""

    function: frozenset[str]
    not_verb: frozenset[str]  # function words that are no verb (after a subject, no verb follows)
    condition: frozenset[str]  # a word that makes a condition ('alleen', 'pas', 'uiterlijk')
    negation: frozenset[str]
    condition_start: frozenset[str]  # a clause that starts with it is a condition ('als', 'tenzij')
    reason_start: frozenset[str]  # a clause that starts with it gives a reason ('want', 'omdat')
    reader: frozenset[str]  # 'je', 'u', 'ge' …
    yours: frozenset[str]  # 'jouw', 'uw', 'je' …: the reader's
    must: frozenset[str]  # 'moet': with the reader, an instruction
    limits: frozenset[str]  # modal verbs that make 'alleen', 'pas' a limit on the request
    writer: frozenset[str]  # 'ik', 'mijn' …: the writer tells about themself
    past: frozenset[str]
    accept: frozenset[str]  # 'als het niet lukt, snap ik dat': the condition is an escape hatch
    feeling: frozenset[str]  # 'ik durf niet alleen', 'ik zit erdoor': how the writer is
    feeling_start: tuple[str, ...]  # 'rotdag', 'kutweek'
    available: frozenset[str]  # 'ik ben bereikbaar na 13 uur': when the request can be
    copula: frozenset[str]
    days: frozenset[str]  # words that name a day ('donderdag', 'morgen', 'maart')
    place_verbs: frozenset[str]  # 'ik sta om 8u aan de kerk'
    come: tuple[str, ...]  # 'komen', 'ophalen': a request that needs to know where


@lru_cache(maxsize=1)
def word_classes() -> Words:
    data = load_toml("krimp_woorden")
    functie = data.get("functie", {})
    function = frozenset(w for values in functie.values() for w in values)
    not_verb = frozenset(w for key, values in functie.items() if key != "hulpwerkwoorden" for w in values)
    inhoud = data.get("inhoud", {})
    zin = data.get("zinsdeel", {})

    def group(values) -> frozenset[str]:
        return frozenset(str(v) for v in values or [])

    condition, negation = group(inhoud.get("voorwaarde")), group(inhoud.get("ontkenning"))
    return Words(
        function - condition - negation, not_verb - condition - negation, condition, negation,
        group(zin.get("voorwaarde_begin")), group(zin.get("reden_begin")), group(zin.get("lezer")), group(zin.get("van_lezer")),
        group(zin.get("moeten")), group(zin.get("beperking")), group(zin.get("schrijver")), group(zin.get("verleden")),
        group(zin.get("aanvaarden")), group(zin.get("gevoel")), tuple(zin.get("gevoel_begin", [])),
        group(zin.get("beschikbaar")), group(zin.get("koppel")), group(zin.get("dag")), group(zin.get("plek_werkwoord")),
        tuple(zin.get("komen", [])),
    )


@dataclass(frozen=True)
class Dropped:
    """A dropped word the engine cannot account for: token i, its class, its clause."""

    tok: int
    kind: str
    clause: object


def removed_spans(an) -> set[int]:
    """The tokens inside a phrase of a known removable kind, a wrapper frame, a greeting or
    sign-off clause."""
    out = {i for i, kinds in an.cover.items() if not kinds.isdisjoint(_REMOVABLE)}
    for i0, (i1, _frame) in an.frames.items():
        out.update(range(i0, i1))
    out.update(i for c in an.clauses if c.role in ("groet", "afsluiting", "leeg") for i in range(c.a, c.b))
    return out


def on_purpose(req) -> set[int]:
    """The tokens the rewrite left out on purpose, or shows in another form."""
    if req is None:
        return set()
    out = {i for i0, i1, _kind, _words in req.found for i in range(i0, i1)} | set(req.gone)
    return out | {i for p in req.pieces for i in p.replaced}


def whole_clauses(an, others, parts) -> set[int]:
    """Clauses that go as a whole for a known reason: another request (it comes back on its own), an
    opening question set aside before the ask, an honest sentence when one is kept already."""
    out = {id(c) for g in others for c in g if g[0].kind != "behoefte"}  # 'we hebben nog nodig: - chips …' spells out the ask
    opened = getattr(an, "opening", None)  # 'Mag ik je iets vragen? Kun je vrijdag …': named as a lead-in (opening.py)
    out |= {id(c) for c in opened[0] if c.role == "vraag"} if opened is not None else set()
    if parts.state is not None:
        out |= {id(c) for c in an.clauses if c.role == "staat"}
    return out


def word_class(an, i: int, words: Words, moments: dict[int, str]) -> str | None:
    """What token i carries (None: nothing of its own). moments: token -> 'moment' or 'duur'."""
    d = an.d
    lex = d.lex
    w = d.word(i)
    if w in words.condition:
        return "voorwaarde"  # 'uiterlijk vrijdag', 'pas na zessen': a limit, more than a moment
    if i in moments:
        return moments[i]
    if (not w.isalpha() and any(ch.isdigit() for ch in w)) or d.toks[i].cls == "k":  # a word of letters holds no digit
        return "getal"
    if w in words.negation:
        return "ontkenning"
    if w in words.function or w in lex.fillers or w in lex.lists_words or w in lex.loose_front \
            or w in lex.loose_back or w in lex.subjects or w in lex.prepositions or not w:
        return None
    raw = d.tok_text(i)
    if raw[:1].isupper() and i > 0 and d.is_word(i - 1) and d.sentences_of(i - 1) == d.sentences_of(i):
        return "naam"
    return "inhoud"


def timed_tokens(an) -> dict[int, str]:
    """The tokens of the draft's moments ('zaterdag', 'om 8 uur') and durations ('een uurtje').
    A bare 'nu' says nothing about when."""
    d = an.d
    out = {i: "duur" for i0, i1 in an.durations for i in range(i0, i1)}
    for i0, i1 in an.moments:
        if i1 - i0 > 1 or d.word(i0) != "nu":
            out.update((i, "moment") for i in range(i0, i1))
    return out


def _shown(lex, w: str, result: set[str]) -> bool:
    """The result has the word, or its infinitive ('uitnodig' shown as 'uitnodigen')."""
    return w in result or (w.isalpha() and infinitive_of(lex, w)[0] in result)


def unaccounted(an, parts, others, req, shown: set[int], result: set[str]) -> list[Dropped]:
    """The dropped words of the draft the engine cannot account for, in draft order.

    shown: the draft tokens the result shows; result: the folded words of the result.
    """
    d = an.d
    words = word_classes()
    moments = timed_tokens(an)
    skip = (removed_spans(an) - moments.keys()) | on_purpose(req) | shown | set(parts.name_toks) | set(parts.call_toks)  # a wrapper never hides a moment
    whole = whole_clauses(an, others, parts)
    out: list[Dropped] = []
    for c in an.clauses:
        if id(c) in whole:
            continue
        for i in d.content(c.a, c.b):
            if i in skip or (d.word(i)[:1].isdigit() and d.is_bullet(i)):
                continue  # '1.' of a numbered list: a list marker
            kind = word_class(an, i, words, moments)
            if kind is None or (kind not in ("ontkenning", "voorwaarde") and _shown(d.lex, d.word(i), result)):
                continue
            out.append(Dropped(i, kind, c))
    return out
