"""What the result keeps after the ask besides the ask itself: where the thing is, the short fact or detail the ask
needs, the limits and restrictions on it, one short fact beside a clean ask (moved out of shrink.py in round 36, k36a,
when shrink.py reached the 400-line cap; each rule lives in its own module, named in the docstrings)."""

from __future__ import annotations

from .checks import text_words
from .cond_after import put_in
from .engine import analyse
from .limit_after import limit_after
from . import (beside_ask, bound_after, detail_after, fact_after, fact_beside, lone_statement, need_beside, offer,
               placed, reason_after, restrict)


def where(out, draft: str, text: str, sentence: str, practice: bool, turned) -> str:
    """Where the thing is ('… water geven? De gieter staat in de schuur.', placed.py), then the short fact after
    the ask ('… halen? Hij is om half zes klaar.', fact_after.py) or what binds the task ('… ophalen? De winkel
    sluit om vier.', bound_after.py), then in the practice flow a short reason after the ask (reason_after.py)."""
    where = placed.detail(draft, sentence)
    seen = f"{sentence} {where}"  # the rules below read the ask with where the thing is
    fact = fact_after.detail(draft, seen) or bound_after.detail(text, seen.strip()) or detail_after.kept(draft, seen) \
        or offer.back(out, sentence) or need_beside.kept(draft, seen.strip()) or beside_ask.kept(draft, seen.strip())
    where = f"{where} {fact}".strip()
    return f"{where} {why(out, draft, f'{sentence} {where}', practice, turned)}".strip()


def why(out, draft: str, sentence: str, practice: bool, turned) -> str:
    """oefen: one short reason right after the ask, kept after it ('… bijhouden? We zijn drie weken weg.');
    only when the person or the moment was typed and the note is the person's own words (reason_after.py)."""
    if not practice or turned is not None or out.crisis:
        return ""
    return reason_after.detail(draft, sentence, out.analysis)


def limited(out, text: str, sentence: str, where: str) -> tuple[str, str]:
    """The limits after the ask ('… oppassen? Ze mag nx zoets.', limit_after.py) and the restrictions on
    it ('… sturen? Liever niet op maandag.', restrict.py) put back: (sentence, the text added)."""
    if out.crisis:
        return sentence, ""
    limit = limit_after(text, sentence, analyse, where, out.analysis)
    sentence = put_in(sentence, limit, text) if limit else bound_after.limit_before_otherwise(text, sentence, analyse, out.analysis)
    sentence, narrowed = restrict.added(text, sentence, analyse)
    sentence, why = detail_after.why_not(text, sentence)  # 'Niet de rode, die is kapot.' (detail_after.py)
    aside = restrict.not_asked(text, sentence)  # 'Ik vraag niet om X, wel om Y.' said before the ask
    sentence, narrowed = (f"{sentence} {aside}", f"{narrowed} {aside}") if aside else (sentence, narrowed)
    fact = restrict.before_ask(text, sentence)
    sentence = restrict.put_before(sentence, fact) if fact else sentence  # 'Ik kan zaterdag ni. … in de plaats?'
    return sentence, f"{fact} {limit} {narrowed} {why}".strip()


def limit_back(out, text: str, sentence: str) -> str:
    """A limit after the ask that the not-sure offer of the typed sentences lost ('… helpen om die naar 't
    containerpark te voeren? Alleen als 't droog is.'), put back as the sure path keeps it (limit_after.py; round 44,
    k44b: ownwords brings back the sentence a pointer leans on and lost what follows the ask)."""
    limit = "" if out.crisis else limit_after(text, sentence, analyse, "", out.analysis)
    return put_in(sentence, limit, text) if limit else sentence


def beside(out, draft: str, sentence: str, more: str) -> str:
    """The one short fact after a clean ask (fact_beside.py), or the one short statement after it (round 47,
    lone_statement.kept); not in crisis, nor beside an amount kept after it."""
    if out.crisis or more:
        return ""
    kept = lone_statement.kept(draft, sentence, {f.kind for _, f in out.found})
    kept = "" if lone_statement.named(kept, out.found) else kept
    detail = fact_beside.detail(draft, sentence, background(out))
    out.beside = "" if detail else kept  # lone_statement.lost: sure only when it is plainly a fact
    return detail or kept


def background(out) -> frozenset[tuple[str, ...]]:
    """The draft's sentences the engine reads as plain text (every clause of role `tekst`: no state, fear or
    feeling), as their lower-cased words ('mijn auto staat in de garage')."""
    an = out.analysis
    if an is None:
        return frozenset()
    d = an.d
    plain = set()
    roles: dict[int, list[str]] = {}  # per sentence the roles of its clauses, gathered once (speed only, round 38)
    for c in an.clauses:
        roles.setdefault(c.sent, []).append(c.role)
    for k, (a, b) in enumerate(d.sentences):
        if k in roles and all(role == "tekst" for role in roles[k]):
            plain.add(tuple(text_words(" ".join(d.tok_text(i) for i in range(a, b)))))
    return frozenset(plain)
