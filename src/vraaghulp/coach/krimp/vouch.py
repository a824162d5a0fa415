"""Can the engine vouch for a result? The checks behind ``sure``.

The rewrite checks (checks.py) say whether the sentence itself is sound. These say whether the
engine understood the draft well enough to offer it as ready to send: every part of the draft
that goes must be surely removable, and the result must hold nothing the engine cannot account
for. Each returns short codes; any code makes the result not sure (the sentence stays offered).

- ``weg-moment``, ``weg-voorwaarde``, ``weg-stuk``, ``weg-crisis``: a part that goes holds a moment
  of a kind the result lacks, a condition or a list item, a piece without a verb that belongs to
  something, or (in crisis) words about how bad it is;
- ``weg-vervolg``: after a question where or when the other is, what goes on from it went;
- ``weg-inhoud``: a wrapper clause holds more than its wrapper phrase (a question, a state);
- ``staat-twijfel``: a part that goes may be an honest sentence about the writer (not when it
  goes on from the one kept, in the same sentence: at most one goes in the result);
- ``twee-vragen``: more than one request in one sentence, or a second one without a clear form;
- ``bijna-wrapper``: the result holds a word that looks like a misspelled apology or hedge;
- ``grens``: the result runs over what looks like a sentence boundary in the draft;
- ``context``: a clause is kept only to explain a word that points back;
- ``verwijzing``: the request still holds a word that points at nothing in the result;
- ``naam``: the person addressed is guessed from a lower-case word, or may have been lost;
- ``wie-twijfel``, ``lijst-weg``, ``moment-verplaatst``: the rewrite chose who does it, left a word
  that points at a list, or moved a moment in from another sentence;
- ``weg-zorg``, ``weg-behoefte``, ``weg-lijst``, ``weg-reden`` (and more ``weg-voorwaarde``): see guard.py;
- ``weg-woord``: a dropped word the engine cannot account for, where it may matter: see safe.py.
"""

from __future__ import annotations

import re

from .checks import dangling, text_words
from .dropped import dropped_content
from .refs import request_only
from .assemble import has_moment
from .segment import head
from .typos import near_wrapper
from .guard import affirmed, bare_adjective, excused_reason
from .safe import CODE as LOST_WORD, lost_words
from .needed import CODE as NEEDED, doubt as needed_doubt, replaced
from .doubt_names import names_doubt
from .plans import own_plan
from .groups import presence
from .polite_service import is_service

VOUCH = frozenset({
    "weg-inhoud", "weg-crisis", "weg-moment", "weg-voorwaarde", "weg-stuk", "staat-twijfel", "twee-vragen-onzeker", "bijna-wrapper", "grens", "context", "verwijzing",
    "naam", "wie-twijfel", "beleefd-niet-twijfel", "feit-twijfel", "weg-vervolg", "lijst-weg", "moment-verplaatst", "weg-zorg", "weg-behoefte", "weg-lijst", "weg-reden", "voorwerp-grens", LOST_WORD, NEEDED,
})
_CLEAR_FORMS = ("direct", "kader", "behoefte", "wie")


def vouch(an, main, others, parts, req, text: str, tokens: set[int]) -> list[str]:
    """The reasons the engine cannot vouch for this result (empty: it can).

    tokens: the draft tokens the result shows (a clause with one of them in it is kept).
    """
    kept = set(map(id, main)) | {id(c) for c in parts.extras()} | {id(parts.name_clause)}
    kept |= {id(c) for c in an.clauses if any(i in tokens for i in range(c.a, c.b))}
    kept |= replaced(an)  # clauses that go as a whole: the fitted model weighs them (needed.py)
    problems = dropped_content(an, kept, text, parts.crisis, main[0].a if main else -1, parts.state)
    problems += _others(an, main, others)
    problems += _follow_up_lost(an, main, kept)
    problems += near_misses(an, text)
    problems += _boundaries(an, main)
    problems += names_doubt(an, main, parts) + excused_reason(an, main, kept)
    if req is not None:
        problems += _request_doubts(an, main, req)
    elif bare_adjective(an.d.lex, [an.d.word(i) for c in main for i in an.d.content(c.a, c.b)]):
        problems.append("verwijzing")
    if not parts.crisis and _unexplained(an, main, parts, req, tokens):
        problems.append("context")
    if _DISAGREE.search(" ".join(text_words(text))):
        problems.append("grens")  # 'papa en ik zijn' cut to 'ik zijn': a subject went missing
    if req is not None and not parts.crisis and dangling(an, req) and not parts.context and not request_only(an, main, parts):
        problems.append("verwijzing")
    if not parts.crisis and _extra_points_back(an, parts, tokens):
        problems.append("verwijzing")  # 'Ik maak me zorgen om haar.': about whom, was said in a sentence that went
    if not problems:  # every word that goes must be accounted for (safe.py)
        problems += lost_words(an, main, others, parts, req, text, tokens, has_moment(an.d.lex, affirmed(an.d.lex, text)),
                               replaced(an, "woord"))
    problems += needed_doubt(an, tokens)  # a clause that went as a whole may be needed (needed.py)
    return sorted(set(problems))


_OBJECT_PERSONS = frozenset({"hem", "haar", "hen", "hun"})


def _extra_points_back(an, parts, tokens: set[int]) -> bool:
    """A sentence kept next to the request ends on 'om/voor/met … hem/haar' while the draft named
    that person in a part that went ('… over onze dochter Yara. … Ik maak me zorgen om haar.')."""
    d = an.d
    for c in parts.extras():
        toks = d.content(c.a, c.b)
        for k, i in enumerate(toks):
            if d.word(i) in _OBJECT_PERSONS and k and d.word(toks[k - 1]) in d.lex.prepositions and k == len(toks) - 1:
                if any(d.is_word(j) and d.tok_text(j)[:1].isupper() and j not in tokens
                       and d.tok_text(j - 1) not in (".", "?", "!", ",") and d.word(j) not in d.lex.not_name
                       for j in range(1, c.a)):
                    return True  # a name in a part that went
    return False


def _follow_up_lost(an, main, kept: set[int]) -> list[str]:
    """'Ben je vanavond thuis? Dan kom ik de boor brengen.': after a question where or when the other
    is, what goes on from it ('dan …', 'we …', a sentence about the other) is what the message is for;
    it may not go unseen."""
    if not main or not presence(an, main):
        return []
    d = an.d
    for c in an.clauses:
        if id(c) in kept or c.a < main[-1].b or c.sent > main[-1].sent + 1 or c.start < 0:
            continue
        words = [d.word(i) for i in d.content(c.a, c.b)][:4]
        if words[:1] == ["dan"] or any(w in ("we", "wij") for w in words) or (
                c.role == "tekst" and c.sent == main[-1].sent + 1 and any(w in ("je", "jij", "u", "ge", "jou") for w in words)):
            return ["weg-vervolg"]  # 'Ben je donderdag in de stad? Ik wil je iets laten zien.'
    return []


def _unexplained(an, main, parts, req, tokens: set[int]) -> bool:
    """A clause kept only for what a word in the request points at ('… staat al 3 dagen. Kan
    iemand da doen?'): the result leans on it, and the engine cannot tell whether it is enough."""
    from .as_is import kept_reason
    from .groups import points_back
    from .named_after import names_what

    if req is not None:
        return any(c.role != "vraag" for c in parts.context)  # a statement of need is part of the ask
    if not points_back(an, main):
        known = {id(c) for c in main + parts.after + parts.needed + parts.state_more} | {id(parts.name_clause)}  # a condition after the ask
        return any(id(c) not in known and c.role not in ("staat", "beperking", "vraag", "groet", "afsluiting", "leeg")
                   and any(i in tokens for i in an.d.content(c.a, c.b)) and not kept_reason(an, c, main)
                   for c in an.clauses)  # an ask kept as it is, with a sentence of background
    inside = {id(c) for c in main + parts.after + parts.state_more} | {id(parts.name_clause)}
    inside |= {id(c) for c in getattr(an, "need", []) if c.role == "vraag"}  # 'Bent u dinsdag er? Kunnen we dan …'
    inside |= {id(c) for c in parts.needed if names_what(an, c, main)}  # '… ophalen? Ik bedoel de tafel.' (named_after.py)
    names = set(parts.name_toks)  # 'Hey Pieter': the name kept from a greeting explains nothing
    return any(id(c) not in inside and c.role not in ("staat", "groet", "afsluiting", "leeg") and not kept_reason(an, c, main)
               and any(i in tokens and i not in names for i in an.d.content(c.a, c.b)) for c in an.clauses)


_DISAGREE = re.compile(r"\bik (?:zijn|hebben|gaan|kunnen|willen|mogen|moeten|komen|zitten|staan)\b")


def _others(an, main, others) -> list[str]:
    """Another request is fine when it stands in a sentence of its own, in a clear form."""
    for g in others:
        h = head(g)
        if h.sent == main[0].sent or h.sent == main[-1].sent or (h.role == "vraag" and h.kind not in _CLEAR_FORMS):
            return ["twee-vragen-onzeker"]
    first = head(main)
    if others and first.kind == "wie" and an.d.word(first.start + 1) not in an.d.lex.finite:
        return ["twee-vragen-onzeker"]  # 'wie doet er mee aan de quiz?' next to 'kan iemand …?'
    return []


def _request_doubts(an, main, req) -> list[str]:
    """Choices the rewrite made without evidence: who does it after 'zou het mogelijk zijn om …'
    (you or I?), a list it pointed at but could not fold in, a moment moved in from elsewhere."""
    # 'beleefd-niet': 'zoudt ge mij ni naar … kunnen voeren', the 'niet' went as politeness (polite_not.py)
    out = [code for key, code in (("wie", "wie-twijfel"), ("beleefd-niet", "beleefd-niet-twijfel"),
                                         ("feit", "feit-twijfel"), ("voorwerp", "voorwerp-grens")) if key in req.guesses]
    # 'feit': fact_whether.py; 'voorwerp': where a coordinated object ends, unsure (coord_object.py)
    out = [c for c in out if c != "beleefd-niet-twijfel" or not is_service(req)]  # 'zoudt ge mij ni … voeren' (polite_service.py)
    lex = an.d.lex
    words = [p.word for p in req.pieces]
    if "lijst" in req.guesses or any(f" {h} " in f" {' '.join(words)} " for h in lex.placeholders):
        out.append("lijst-weg")
    if bare_adjective(lex, words):
        out.append("verwijzing")  # 'de oude naar de milieustraat': the noun is in another sentence
    inside = {i for c in main for i in range(c.a, c.b)}
    moved = [i for p in req.pieces for i in p.toks if i not in inside and any(i0 <= i < i1 for i0, i1 in an.moments)]
    if moved and not own_plan(an, main, moved[0]):
        out.append("moment-verplaatst")
    return out


def near_misses(an, text: str) -> list[str]:
    """A kept word that is one letter away from an apology or hedge word ('mischien', 'exuses')."""
    lex = an.d.lex
    return ["bijna-wrapper"] if any(near_wrapper(lex, w) for w in text_words(text)) else []


def _boundaries(an, main) -> list[str]:
    """The request clause holds a capitalised function word after a lower-case word, without a
    mark between them ('… langskomen Moet ni lang zijn'): two sentences run together."""
    d = an.d
    for c in main:
        for i in range(max(c.a, c.start) + 1, c.b):
            raw = d.tok_text(i)
            if not (raw[:1].isupper() and raw[1:].islower() and d.is_word(i - 1)):
                continue
            if d.tok_text(i - 1)[:1].islower() and d.word(i) in BOUNDARY_WORDS:
                return ["grens"]
    return []


BOUNDARY_WORDS = frozenset({
    "ik", "het", "we", "wij", "ze", "zij", "hij", "je", "jij", "ge", "gij", "u", "maar", "en", "want", "dus",
    "moet", "kan", "kun", "kunt", "wil", "wilt", "zou", "zoudt", "mag", "heb", "hebt", "ben", "is", "als",
    "dat", "da", "dit", "er", "mijn", "mn", "onze", "sorry", "alvast", "groetjes", "dank", "bedankt", "merci",
    "anders", "zo", "nu", "ook", "misschien", "mss", "of", "kunde", "zoude", "wilde", "hebde",
})
