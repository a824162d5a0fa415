"""A diminutive ends a noun phrase (round 35, k35e): 'mijn pakketje ligt …', 'het briefje van school', 'dat doosje'.

The phrase readers let a word in -e go on as an adjective ('de oude kast'); a word in -je (not -ije: 'blije', 'vrije')
is a noun, so the phrase ends there and the verb after it ('ligt') is never read as its noun.

A bare plural after the preposition of an opening subject ('De doos met kerstspullen staat …', 'De tas met gymspullen
van Noor hangt …') looks like an infinitive; with a finite verb or 'van' right after it, it is the noun.

A school subject right after a noun of course material belongs to it ('mijn cursus statistiek', 'het boek Frans',
'mijn samenvatting geschiedenis'): the thing is that course, never only 'mijn cursus'.
"""

from __future__ import annotations

from .segment import finite_like


def diminutive(word: str) -> bool:
    """'pakketje'; the Flemish 'pakske', 'boekske' too (round 48: 'Mijn pakske ligt bij de Colruyt. Kunt ge het
    afhalen?' read 'mijn pakske ligt bij de Colruyt' as the thing, sure). Adjectives end in -ke often ('dikke',
    'lekke'), in -ske hardly."""
    return len(word) > 4 and (word.endswith("je") and not word.endswith("ije") or len(word) > 5 and word.endswith("ske"))


def bare_plural(d, rest: list[int], at: int) -> list[int]:
    """[the token] when rest[at] is a lower-case word in -en with a finite verb or 'van' right after it."""
    if at + 1 >= len(rest):
        return []
    w, nxt = d.word(rest[at]), d.word(rest[at + 1])
    if not (w.isalpha() and w.endswith("en") and len(w) > 5 and d.tok_text(rest[at]).islower()):
        return []
    if w in d.lex.finite or w in d.lex.subjects or w in d.lex.prepositions or w in d.lex.fillers:
        return []
    return [rest[at]] if nxt == "van" or finite_like(d.lex, nxt) else []


_MATERIAL = frozenset({"cursus", "boek", "handboek", "werkboek", "schrift", "map", "syllabus", "notities", "samenvatting",
                       "bundel", "kaft", "taak", "opdracht", "toets", "examen", "les", "lessen", "nota's", "notas", "reader"})
_SUBJECTS = frozenset({"statistiek", "wiskunde", "geschiedenis", "aardrijkskunde", "biologie", "chemie", "fysica",
                       "natuurkunde", "scheikunde", "economie", "frans", "engels", "duits", "nederlands", "latijn",
                       "grieks", "boekhouden", "informatica", "filosofie", "psychologie", "sociologie", "anatomie",
                       "algebra", "recht", "godsdienst", "muziek", "spaans", "wetenschappen", "aardrijks"})


def course_after(d, out: list[int]) -> list[int]:
    """[the subject's token] when a school subject follows the phrase's noun of course material, else []."""
    k = out[-1] + 1
    if d.word(out[-1]) not in _MATERIAL or k >= d.n or not d.is_word(k):
        return []
    return [k] if d.word(k) in _SUBJECTS else []
