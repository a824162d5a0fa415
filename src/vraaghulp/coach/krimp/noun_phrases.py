"""The noun phrases of a clause, for an object pronoun to find what it stands for (referent.py).

A phrase is a determiner (or a number, or an amount) with up to two adjectives and a noun, its
``van``-phrase, and a place phrase that closes the clause before its verbs ('mn rekenmachine bij lisa
laten liggen'); an opening subject keeps its place phrases. Each phrase knows whether it is free (not
inside a prepositional phrase), plural, a de- or het-word, an amount, or people.
"""

from __future__ import annotations

from dataclasses import dataclass

from .carried import is_amount, numbered
from .little import bare_plural, course_after, diminutive
from .segment import finite_like
from .verbs import is_participle, is_verb_form

_DE = frozenset({"de", "die", "deze"})
_HET = frozenset({"het", "t", "'t", "dat", "dit"})
_POSSESSIVE = frozenset({"mijn", "m'n", "mn", "je", "jouw", "uw", "ons", "onze", "zijn", "haar", "hun"})
DETERMINERS = _DE | _HET | _POSSESSIVE
_NUMBERS = frozenset({"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "twaalf", "twintig", "honderd"})
# Words that end a noun phrase (refs.py uses the same base for its own pronoun rule).
BREAKS = frozenset({"niet", "ni", "nie", "nog", "ook", "al", "wel", "meer", "en", "of", "maar", "want", "dat", "die"})
STOP = BREAKS | {"dus", "toch", "zo", "ff", "even", "efkes", "nodig", "graag", "er", "hier", "daar"}
_PLACE = frozenset({"bij", "op", "in", "uit", "onder", "naast", "achter"})
_TIME_UNITS = frozenset({"maand", "maanden", "week", "weken", "jaar", "jaren", "weekend", "weekends", "dag", "dagen",
                         "avond", "avonden", "ochtend", "morgen", "middag", "namiddag", "voormiddag", "nacht", "uur",
                         "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"})


@dataclass
class Phrase:
    toks: list[int]
    free: bool  # not inside a prepositional phrase: an object or a subject
    plural: bool
    gender: str  # "de", "het" or "" (not known: 'mijn', a number)
    amount: bool = False  # '35 euro': 'het' can stand for it
    person: bool = False  # 'mijn zoon', 'de kinderen': only 'ze' stands for people here (people.py does 'hem')


def phrases_in(an, c) -> list[Phrase]:
    """The noun phrases of a clause, in draft order."""
    d = an.d
    lex = d.lex
    toks = [i for i in d.content(c.a, c.b) if d.is_word(i)]
    out: list[Phrase] = []
    k = 0
    while k < len(toks):
        w = d.word(toks[k])
        before = d.word(toks[k - 1]) if k else ""
        named = numbered(an, toks, k)  # 'factuur 23/117 van 2.400 euro': a thing with its number is definite
        if named:
            out.append(Phrase(named, before not in lex.prepositions, False, ""))
            k += len(named)
            continue
        if w in DETERMINERS or (_number(w) and _amount_starts(lex, before)):
            phrase = _phrase(an, toks, k)
            if phrase:
                noun = d.word(phrase[phrase_head(an, phrase)])
                plural = _number(w) and w not in ("1", "een") or (noun.endswith(("en", "'s")) and len(noun) > 4) \
                    or (noun.endswith("s") and len(noun) > 5 and not noun.endswith("ss"))
                gender = "de" if w in _DE else "het" if w in _HET else ""
                out.append(Phrase(phrase, before not in lex.prepositions, plural, gender, _number(w), noun in lex.relations))
                k += len(phrase)
                continue
        k += 1
    return out


def _amount_starts(lex, before: str) -> bool:
    """'kzou ff 35 euro nodig hebben': an amount opens a noun phrase after a verb or an adverb, not
    inside a range ('tussen 10 en 14 uur') or after a noun ('paracetamol 500 mg')."""
    if before in ("en", "of", "tot", "t/m", "à", "a", "tussen", "om", "van"):
        return False
    return not before or before in lex.fillers or before in STOP - {"en", "of"} or before in lex.finite \
        or before in lex.subjects or before in lex.loose_front or before in ("mss", "misschien", "nog", "wel")


# An adverb or a predicative adjective after the place phrase: the clause says something about the
# noun ('ik heb de offerte voor Peeters bijna klaar'), the phrase ends before the preposition.
# (the adverbs in STOP count too: 'al', 'nog', 'niet' …)
_PREDICATE = frozenset({
    "bijna", "helemaal", "pas", "echt", "klaar", "af", "kapot", "stuk", "kwijt", "weg", "open", "dicht", "leeg",
    "vol", "gedaan", "bezig", "thuis", "gereed",
})


def _number(w: str) -> bool:
    return w[:1].isdigit() or w in _NUMBERS


def _noun_word(lex, w: str) -> bool:
    return w.replace("-", "").isalnum()


def _phrase(an, toks: list[int], k: int) -> list[int]:
    """Determiner (or number), up to two adjectives, a noun; its van-phrase, and a place phrase
    that ends the clause but for its verbs."""
    d = an.d
    lex = d.lex
    out = [toks[k]]
    if d.word(toks[k]) in ("die", "dat", "deze", "dit") and k + 1 < len(toks) and is_verb_form(lex, d.word(toks[k + 1])):
        return []  # 'Die liggen nog bij jou': a pronoun and its verb
    if d.word(toks[k]) in ("die", "dat", "da") and k == 0 and toks[0] > 0 and d.tok_text(toks[0] - 1) == ",":
        return []  # '… een bureaustoel gekocht, die staat in de Pijp': a relative pronoun after the comma (k35c)
    for i in toks[k + 1: k + 4]:
        w = d.word(i)
        if not _noun_word(lex, w) or w in STOP or w in lex.finite or w in lex.prepositions or w in lex.not_verb \
                or w in lex.subjects or w in lex.fillers or w in lex.lists_words or (len(out) > 1 and (is_verb_form(lex, w) or is_participle(lex, w))) \
                or (w in lex.pasts and len(out) == 1 and d.word(toks[k]) == "je"):  # "dat je zei dat …"
            break  # right after the determiner a word in -en is a noun ('de stoelen'), after an adjective maybe a verb
        out.append(i)
        if not (w.endswith("e") and len(w) > 3) or diminutive(w):  # 'mijn pakketje | ligt' (k35e)
            break  # 'oude', 'blauwe' go on; the noun ends the phrase
    if len(out) < 2 or d.word(out[-1]) in _TIME_UNITS:
        return []  # 'heb je vorige maand 50 euro geleend': a moment is never what a pronoun stands for (round 26)
    out += [i for i in course_after(d, out) if i in toks]  # 'mijn cursus statistiek' (little.py, k35e)
    rest = [i for i in toks if i > out[-1]]
    words = [d.word(i) for i in rest]
    opens = k == 0 or (k == 1 and d.word(toks[0]) in ("maar", "en", "want", "dus", "of"))  # ', maar het … met uw …' (k35e)
    pps = _subject_places(an, rest) if opens else 0
    if pps:
        return out + rest[:pps]  # 'De boom voor mijn deur in de Lindenlaan 7 hangt …': all of it
    if 1 <= len(rest) <= 4 and words[0] in ("op", "in", "van", "voor") and rest[-1] == toks[-1] and not any(
            w in STOP or w in lex.finite or is_verb_form(lex, w) or w in _PREDICATE or is_participle(lex, w) for w in words[1:]):
        return out + rest  # 'van je ps5 controller', 'op zolder' closes the clause
    if words[:1] == ["van"] and len(words) >= 2:
        pp = _object_of(an, rest, 1)
        return out + rest[:1 + len(pp)] if pp else out
    if words[:1] and words[0] in _PLACE:
        pp = _object_of(an, rest, 1)
        after = words[1 + len(pp):]
        cut = next((k for k, w in enumerate(after) if w in ("en", "maar", "want", "omdat")), len(after))
        if pp and all(is_verb_form(lex, w) or w in lex.particles for w in after[:cut]):
            return out + rest[:1 + len(pp)]  # 'mn rekenmachine bij lisa (laten liggen)', 'op zolder'
    return out


def _subject_places(an, rest: list[int]) -> int:
    """Place phrases after a clause's opening subject, up to its verb ('voor … in de Lindenlaan 7 | hangt')."""
    d, j = an.d, 0
    while j < len(rest) and d.word(rest[j]) in _PLACE | {"voor", "van", "aan", "met"}:  # 'De tas met kleding … moet' (k35c)
        pp = _object_of(an, rest, j + 1) or bare_plural(an.d, rest, j + 1)  # 'De doos met kerstspullen staat' (k35e)
        if not pp:
            return 0
        j += 1 + len(pp)
        j += int(j < len(rest) and d.word(rest[j]).isdigit())  # 'in de Lindenlaan 7'
        if j + 1 < len(rest) and d.word(rest[j]) == "€" and d.word(rest[j + 1])[:1].isdigit():
            j += 2  # 'mijn factuur voor het februari-werk (€ 2.310) staat …': its amount
    verb = d.word(rest[j]) if 0 < j < len(rest) else ""  # none: 0 tokens
    return j if finite_like(d.lex, verb) or (verb.endswith("t") and len(verb) > 3) or verb in _PLURAL_VERBS else 0


# Plural verbs after a subject with its phrases ('De nieuwe badges voor de stagiairs | liggen …'; k35c).
_PLURAL_VERBS = frozenset({"liggen", "staan", "zijn", "moeten", "komen", "hangen", "zitten", "gaan", "kunnen", "mogen",
                           "blijven", "worden", "hebben", "zullen"})


def _object_of(an, rest: list[int], at: int) -> list[int]:
    """The object of a preposition: a noun phrase or one name-like word."""
    d = an.d
    if at >= len(rest):
        return []
    w = d.word(rest[at])
    if w in DETERMINERS:
        return _phrase(an, rest, at)
    nxt = d.word(rest[at + 1]) if at + 1 < len(rest) else ""
    if is_amount(w, nxt):
        return rest[at:at + 2]  # 'de waarborg van 1.350 euro', 'factuur … van € 3.150': the amount is part of it
    lex = d.lex
    named = w.isalpha() or (w.isalnum() and not w.isdigit())  # 'van Q2', 'van de A4'
    if named and w not in lex.subjects and w not in lex.finite and w not in STOP and not is_verb_form(lex, w) \
            and w not in lex.prepositions:
        two = at + 1 < len(rest) and rest[at + 1] == rest[at] + 1 and d.tok_text(rest[at + 1])[:1].isupper() \
            and nxt.isalpha() and nxt not in lex.subjects and nxt not in lex.finite  # 'van klant Verhaegen'
        return rest[at:at + 1 + two]
    return []


def phrase_head(an, phrase: list[int]) -> int:
    """Index of the noun in a phrase (the last word before a van- or place phrase)."""
    d = an.d
    for n, i in enumerate(phrase[1:], 1):
        if d.word(i) in d.lex.prepositions:
            return n - 1
    return len(phrase) - 1
