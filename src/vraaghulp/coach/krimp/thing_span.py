"""The thing an ask points back at, named whole and never taken from an idiom (round 35, k35e).

- **Whole.** refs.candidates cut a phrase at its noun ('de technieker' for 'de technieker van de printer', 'de tas'
  for 'De tas met kleding voor het goede doel moet …'); noun_phrases already reads the van-phrase and an opening
  subject's place phrases. When it reads a longer phrase from the same word with the same noun, that one is used.
- **No idiom.** 'Ik kom de deur niet uit', ''k ben het huis nog niet uit gekomen', 'ik kom mijn bed niet uit': the
  noun with its particle says that one cannot go out; it is never the thing the ask's 'die' or 'hem' stands for.
- **'het' before a moment.** 'Kun je het morgen meenemen?', 'Kan iemand het zondag brengen?': after its subject and
  before a moment and a verb, 'het' is an object that stands for a thing said before (not 'heb je het morgen druk').
"""

from __future__ import annotations

from .verbs import is_infinitive
from .noun_phrases import phrase_head, phrases_in

# A noun with the particle that makes it an idiom of going out or getting up.
_IDIOMS = {"deur": ("uit",), "huis": ("uit",), "bed": ("uit",), "straat": ("op",)}
# Words that may stand between the noun and its particle ('de deur niet meer uit').
_BETWEEN = frozenset({"niet", "ni", "nie", "nog", "meer", "bijna", "zelf", "echt", "eens", "al", "ook", "amper",
                      "nauwelijks", "haast", "nooit", "even", "efkes", "ff", "zomaar"})
# Words after 'het' + moment that make it an idiom ('heb je het morgen druk?').
_HET_IDIOMS = frozenset({"druk", "erg", "fijn", "leuk", "moeilijk", "zwaar", "lastig", "goed", "prima", "gezellig",
                         "warm", "koud", "rustig", "over", "eens", "mis", "gehad", "laten", "weten", "zeggen"})


def idiom(d, toks: list[int]) -> bool:
    """The phrase's noun with its particle after it is an idiom ('de deur (niet) uit'), no thing."""
    if len(toks) < 2:
        return False
    particles = _IDIOMS.get(d.word(toks[-1]))
    if not particles:
        return False
    k = toks[-1] + 1
    while k < d.n and (not d.is_word(k) and d.tok_text(k).strip() == "" or d.is_word(k) and d.word(k) in _BETWEEN):
        k += 1
    return k < d.n and d.is_word(k) and d.word(k) in particles


def drop_idioms(d, phrases: list, prev: dict) -> list:
    """The phrases without an idiom ('de deur niet uit') and, in a clause that holds one, without a phrase after
    'met' ('Ik kom de deur niet uit met die rug van me': the rug says why, it is no thing to fetch)."""
    phrases = [ph for ph in phrases if not _no_thing(d, ph)]
    if not any(idiom(d, ph.toks) for ph in phrases):
        return phrases
    return [ph for ph in phrases if not idiom(d, ph.toks) and not (ph.toks[0] in prev and d.word(prev[ph.toks[0]]) == "met")]


# One person named by a noun the relation list does not hold ('mijn man heeft nachtdienst'): never a thing.
_PERSON = frozenset({"man", "vrouw", "partner", "echtgenoot", "echtgenote", "grootmoeder", "grootvader", "kleindochter",
                     "kleinzoon", "schoonmoeder", "schoonvader", "vriendje", "vriendinnetje", "buurjongen", "buurmeisje",
                     "leerkracht", "lief", "baby", "peuter", "kleuter", "neef", "nicht", "ex"})
# An occasion of someone ('het feest van Mila', 'de verjaardag van Sem'): the name is the person a later 'haar' means.
_OCCASION = frozenset({"feest", "feestje", "verjaardag", "fuif", "trouw", "trouwfeest", "bruiloft", "huwelijk", "communie",
                       "lentefeest", "doop", "begrafenis", "afscheid", "afscheidsfeest", "party", "housewarming"})
# Words after 'het' that make no noun phrase ('Ik heb het zelf nu echt krap').
_NOT_NOUN = frozenset({"zelf", "echt", "nu", "heel", "zo", "toch", "eens", "allemaal", "alleen", "even", "ff", "weer",
                       "gewoon", "eigenlijk", "zeker", "misschien", "soms", "vaak", "altijd", "nooit", "graag"})


def _no_thing(d, ph) -> bool:
    """A single person ('mijn man') or 'het' with an adverb ('het zelf'): no thing a pronoun stands for."""
    words = [d.word(i) for i in ph.toks]
    before = ph.toks[0] - 1
    while before > 0 and not d.is_word(before):
        before -= 1
    past = len(words) == 2 and words[0] in ("het", "t", "'t") and words[1].startswith(_UNSTRESSED) \
        and words[1][-1] in "td" and before >= 0 and d.word(before) in ("is", "was", "wordt", "werd")
    return (len(words) == 2 and words[1] in _NOT_NOUN) or (words[-1] in _PERSON and not ph.plural) or past


# 'volgens mij is het verplaatst': after 'is het', a participle without 'ge' is no noun (not 'het bestand').
_UNSTRESSED = ("ver", "be", "ont", "her", "geb", "gev")


# Plural verbs right after a subject ('mijn medicijnen | liggen klaar'): finite_like knows the singular forms.
_PLURAL_VERBS = frozenset({"liggen", "staan", "zijn", "moeten", "komen", "hangen", "zitten", "gaan", "kunnen", "mogen",
                           "blijven", "worden", "hebben", "zullen", "lagen", "stonden", "waren", "moesten"})


def plural_verb_after(d, last: int) -> bool:
    """The word after token `last` is a plural verb: the phrase ending there is a subject in a sentence."""
    k = last + 1
    return k < d.n and d.is_word(k) and d.word(k) in _PLURAL_VERBS


def longer(an, c, out: list[int]) -> list[int]:
    """The phrase noun_phrases reads from the same first word with the same noun, when it is longer than `out`."""
    if len(out) < 2:
        return out
    d = an.d
    for ph in phrases_in(an, c):
        if ph.toks[0] == out[0] and len(ph.toks) > len(out) and ph.toks[phrase_head(an, ph.toks)] == out[-1] \
                and _contiguous_words(d, ph.toks):
            return ph.toks
    return out


def _contiguous_words(d, toks: list[int]) -> bool:
    """No sentence mark between the phrase's words (a phrase never runs over a comma or a full stop)."""
    return all(d.is_word(i) or d.tok_text(i).strip() == "" for i in range(toks[0], toks[-1] + 1))


def het_before_moment(an, req, k: int, starts_moment) -> bool:
    """'kun je het morgen meenemen': 'het' at piece k right after the ask's front and its subject, a moment after it,
    then a verb (not '…, zodat ik het morgen kan ophalen': the thing is named in the ask itself)."""
    lex, pieces = an.d.lex, req.pieces
    if k < 1 or k + 2 >= len(pieces) or pieces[k].word != "het" or pieces[k - 1].word not in lex.subjects \
            or not 0 <= k - req.front <= 2:
        return False
    nxt = pieces[k + 1]
    if not nxt.toks or not (lex.moment.fullmatch(nxt.word) or starts_moment(an, nxt)):
        return False  # a moment typed apart is not the draft's ('kun je 't even regelen' + 'morgen')
    first = min((i for p in pieces for i in p.toks), default=0)
    if any(w in ("euro", "eur", "€") for w in (an.d.word(i) for i in range(first) if an.d.is_word(i))) \
            or "€" in an.d.raw(0, first):
        return False  # 'ik zou 20 euro nodig hebben voor de bioscoop ⏎ kun je het morgen geven': that sentence stays
    rest = [p.word for p in pieces[k + 2:] if p.word[:1].isalpha()]
    return bool(rest) and not set(rest[:2]) & _HET_IDIOMS


def names_outside(names: list[list[int]], phrases: list[list[int]]) -> list[list[int]]:
    """The names that are not inside a noun phrase ('de technieker van Proximus': 'Proximus' is no person to let in)."""
    inside = {i for ph in phrases for i in ph[1:]}
    return [n for n in names if n[0] not in inside]


def of_a_thing(d, i: int) -> bool:
    """The name at token i closes a van-phrase after a noun with its article ('de technieker van Proximus', 'de zoon
    van Els'): the phrase is who or what is meant, not the name alone (not after a relation: 'de mama van Lucas')."""
    words = [k for k in range(max(0, i - 4), i) if d.is_word(k)]
    if len(words) < 3 or d.word(words[-1]) != "van" or words[-1] != i - 1 and d.tok_text(i - 1).strip():
        return False
    if d.word(words[-2]) in d.lex.relations or d.word(words[-2]) in _PERSON or d.word(words[-2]) in _OCCASION:
        return False  # 'de moeder van Julia', 'de grootmoeder van Lisa', 'het feest van Mila': the name is the one meant
    return d.word(words[-3]) in ("de", "het", "een", "mijn", "m'n", "mn", "je", "jouw", "uw", "onze", "ons", "die", "dat")


def keep_earlier(parts, earlier: list, unfilled: bool) -> None:
    """The ask's pronoun could not be filled in from the plain sentence that names its thing (kept_ref.py: the kept
    sentence names none): when the pronoun is still there, that sentence stays beside the ask; never sure."""
    parts.doubt.append("verwijzing")
    if unfilled:
        parts.context += [c for c in earlier if c not in parts.context]


def noun_after(an, pieces, k: int) -> bool:
    """'kunt ge die takken voor eind april snoeien': the word in -en after 'die' is a noun when the ask's own verb comes
    later with other words between (not 'kun je die ophalen', 'wil je die komen ophalen', 'die brengen en ophalen')."""
    lex = an.d.lex
    words = [p.word for p in pieces[k + 1:] if p.word[:1].isalnum()]
    if len(words) < 3 or not words[0].endswith("en") or len(words[0]) < 5 or pieces[k].word not in ("die", "deze"):
        return False
    if lex.moment.fullmatch(words[0]) or words[0] in lex.prepositions or words[0] in lex.particles \
            or words[0] in lex.fillers or is_infinitive(lex, words[1]) or words[1] in lex.moment_refs:
        return False  # 'die morgen …', 'die binnen het uur …', 'die laten snoeien': no noun after 'die'
    last = max((n for n, w in enumerate(words) if is_infinitive(lex, w) and w not in lex.not_infinitive), default=0)
    between = words[1:last]
    return last > 1 and bool(between) and not all(is_infinitive(lex, w) or w in ("en", "of", "te") for w in between)
