"""A word in a sentence of the result that points back (contract point 4: no dangling 'die', 'dat', 'daarna').

'Kun je die even naar buiten brengen?', 'Wilt u het vandaag bij mij brengen?', 'Wie kan ze brengen?',
'Mag ik die dag vrij nemen?', 'Kunt u daar iemand voor sturen?', 'hoe het ermee staat', 'Kun jij mij dan
vervangen?', 'Ik wil dat hij …': each word stands for a thing, a person, a place or a moment that the
sentence does not name itself. `pointer` finds such a word and says what kind of thing it needs; it is
only the grammar of the sentence, never what the draft around it says (lean_back.py looks there).

Not pointing: 'het' as a dummy subject or with a clause ahead ('het lukt niet', 'is het mogelijk', 'laat het
me weten of …'), 'dat'/'die' as a conjunction or relative ('ik wil dat je …', 'iemand die …'), 'die'/'dat'/
'deze' before their own noun ('die oude foto's', 'dat bedrag'; before a moment noun they point: 'die dag'),
'haar'/'hun' before a noun (a possessive), 'er'/'daar' with a clause ahead ('erop letten dat …'), 'dan'
after a comparative or an if-clause ('meer dan', 'als …, kun je dan …').
"""

from __future__ import annotations

from .checks import lower_words
from .verbs import is_infinitive

THING, PERSON, PLACE, MOMENT, INSTEAD = "ding", "persoon", "plaats", "moment", "ruil"

_FRONT = frozenset({"kun", "kunt", "kan", "kunnen", "kunde", "wil", "wilt", "willen", "wilde", "mag", "mogen", "moogt",
                    "moogde", "meugde", "meugt", "zou", "zoudt", "zouden", "zal", "zult", "zullen", "ga", "gaat",
                    "gaan", "moet", "moeten", "moette", "hoef", "hoeft", "doe", "doet", "wou", "kon", "mocht"})
_ASK_WORDS = frozenset({"wie", "wanneer", "hoe", "waar", "wat", "welke", "hoelaat", "maar", "en", "dus", "of", "oke",
                        "ok", "schat", "pls"})
_SUBJECTS = frozenset({"je", "jij", "u", "ge", "gij", "jullie", "ik", "we", "wij", "gullie", "iemand"})
_INDIRECT = frozenset({"me", "mij", "ons", "jou", "u"})
_FILLERS = frozenset({"even", "eens", "ff", "efkes", "eventjes", "nog", "ook", "misschien", "toch", "alsjeblieft",
                      "alstublieft", "aub", "svp", "wel", "nu", "ni", "niet", "nie", "alsnog", "gewoon", "s", "ne",
                      "een", "aj", "astemblieft", "please", "pls"})  # not 'keer': 'deze keer' is now
_DEMONSTRATIVE = frozenset({"die", "dat", "da", "deze", "dit"})
_THAT = frozenset({"die", "dat", "da"})  # 'die dag' points back, 'deze week' is now
_OBJECT = frozenset({"hem", "m", "ze", "zij", "hen", "hij"})
_POSSESSIVE_LIKE = frozenset({"haar", "hun"})
_MOMENT_NOUNS = frozenset({"dag", "avond", "middag", "ochtend", "voormiddag", "namiddag", "nacht", "week", "weekend",
                           "moment", "tijdstip", "datum", "uur", "dagen", "avonden"})
_ADVERBS = frozenset({"daarvoor", "daarmee", "daarop", "daarnaar", "daaraan", "daarin", "daarover", "daarvan", "daarbij",
                      "daarna", "ervoor", "ermee", "erop", "ernaar", "eraan", "erin", "erover", "ervan", "erbij",
                      "eruit", "daaruit"})
_SPLIT = frozenset({"naar", "mee", "aan", "in", "op", "over", "voor", "van", "bij", "uit"})
_AHEAD = frozenset({"dat", "da", "of", "om", "hoe", "wanneer"})
_QUESTION = frozenset({"of", "hoe", "wanneer"})  # a question clause after a bare 'daar' is what to find out there
_COMPARATIVE = frozenset({"meer", "minder", "eerder", "later", "liever", "beter", "anders", "ander", "andere",
                          "groter", "kleiner", "langer", "korter", "vroeger", "verder", "sneller", "niets", "niks"})
_DUMMY_AFTER = frozenset({"druk", "fijn", "leuk", "goed", "erg", "vervelend", "lastig", "mogelijk", "zwaar", "moeilijk",
                          "eens", "koud", "warm", "eng", "spannend", "jammer", "redden", "gezellig"})
_CATAPHOR_VERBS = frozenset({"weten", "zeggen", "melden", "horen"})  # 'laat het me weten': said ahead
_ANCHORS = frozenset({"de", "een", "mijn", "mn", "jouw", "uw", "onze", "ons", "zijn", "hun", "deze", "het"})
_SUBJECT_START = frozenset({"ze", "zij", "hij", "die", "deze"})


def pointer(lex, sentence: str) -> tuple[str, str] | None:
    """The first word of the sentence that points back at something it does not name, with the kind of
    thing it needs (THING, PERSON, PLACE, MOMENT, or INSTEAD: anything said before); None when every word has its referent in the sentence."""
    words = lower_words(sentence)
    if not words:
        return None
    return _front(lex, words) or _conjunct(words) or _adverb(lex, words) or _moment(lex, words) or _phrase(words)


def _front(lex, words: list[str]) -> tuple[str, str] | None:
    """A pronoun object or subject right after the verb in front ('kun je die …', 'wie kan ze …', 'kunnen ze …'),
    or a subject pronoun that opens a statement ('Ze moet er om half 3 zijn.')."""
    if words[0] in _SUBJECT_START and len(words) > 1 and (words[1] in lex.finite or words[1] in _FRONT):
        return words[0], PERSON if words[0] in ("ze", "zij", "hij") else THING
    f = next((i for i, w in enumerate(words[:4]) if w in _FRONT or w in lex.finite), None)
    if f is None or not all(w in _ASK_WORDS for w in words[:f]):
        return None
    if words[f] in ("is", "ben", "bent", "zijt", "was", "heb", "hebt", "heeft", "had"):
        return None  # 'is het mogelijk', 'heb je die nog': a check, or the thing named after it
    k, subject = f + 1, False
    while k < len(words) and (words[k] in _SUBJECTS or words[k] in _INDIRECT or words[k] in _FILLERS):
        subject = subject or words[k] in _SUBJECTS
        k += 1
    if k >= len(words):
        return None
    w, after = words[k], words[k + 1:]
    if w in _DEMONSTRATIVE:
        if after and after[0] in _MOMENT_NOUNS and w in _THAT:
            return f"{w} {after[0]}", MOMENT
        return (w, THING) if _bare(lex, after) and not _relative(after) else None
    if w in ("het", "t"):
        return (w, THING) if subject and _bare(lex, after) and _plain_it(after) else None  # 'het wachtwoord': an article
    if w in _OBJECT:
        return w, PERSON if w in ("hen", "hij") else THING
    if w in _POSSESSIVE_LIKE and _bare(lex, after):
        return w, PERSON
    return None


def _bare(lex, after: list[str]) -> bool:
    """What follows a pronoun starts no noun of its own: nothing, a filler, a preposition, a moment or a verb."""
    if not after:
        return True
    nxt = after[0]
    return (nxt in _FILLERS or nxt in _INDIRECT or nxt in lex.prepositions or nxt in lex.moment_starts
            or nxt.isdigit() or nxt in lex.finite or is_infinitive(lex, nxt) or nxt in ("terug", "mee", "weg", "snel"))


def _relative(after: list[str]) -> bool:
    """'dat je …', 'die ik …': a conjunction or relative pronoun, its own subject after it."""
    return bool(after) and after[0] in _SUBJECTS | {"hij", "zij", "ze", "het"}


def _plain_it(after: list[str]) -> bool:
    """'het' after the subject is a plain object, not a dummy ('u het druk hebt') or a pointer ahead ('het laten
    weten of …')."""
    if after and after[0] in _DUMMY_AFTER:
        return False
    if any(w in _AHEAD for w in after):
        return False
    return not any(w in _CATAPHOR_VERBS for w in after)


def _conjunct(words: list[str]) -> tuple[str, str] | None:
    """'ik wil dat hij …', 'ik vraag of zij …': a person pronoun as the subject of the clause after 'dat'/'of'."""
    for i, w in enumerate(words[:-1]):
        if w in ("dat", "da", "of") and i > 0 and words[i + 1] in ("hij", "zij"):  # 'da ze beter af zijn': anyone
            return words[i + 1], PERSON
    return None


def _adverb(lex, words: list[str]) -> tuple[str, str] | None:
    """'daar', 'daarvoor', 'ermee', a split 'er … naar' with nothing named before it in the sentence."""
    for i, w in enumerate(words):
        split = w in ("er", "daar") and any(words[j] in _SPLIT and _stranded(lex, words[j + 1:])
                                            for j in range(i + 1, min(i + 5, len(words))))
        if w not in _ADVERBS and not split and w != "daar":
            continue
        if w == "er" and (i == 0 or not _midfield(words[i - 1])):
            continue  # 'is er iemand', 'als papa er niet bij is', 'ik word er gek van': not the ask's own object
        ahead = _AHEAD - _QUESTION if w == "daar" and not split else _AHEAD  # 'kun je daar kijken of het dak lekt'
        if any(x in ahead for x in words[i + 1:]) or _anchored(words[:i]):
            continue
        return w, PLACE if w == "daar" and not split else THING
    return None


def _stranded(lex, rest: list[str]) -> bool:
    """A preposition left at the end, only the verbs after it ('er vandaag naar kijken', 'daar niets op gehoord')."""
    return len(rest) <= 2 and all(w in lex.finite or is_infinitive(lex, w) or (w.startswith("ge") and w[-1:] in "dtn")
                                  for w in rest)


def _midfield(prev: str) -> bool:
    """'er' right after the ask's verb and subject ('kun je er …', 'kunnen jullie er vandaag naar kijken')."""
    return prev in _SUBJECTS or prev in _INDIRECT or prev in _FILLERS or prev in _FRONT


def _anchored(before: list[str]) -> bool:
    """A noun phrase (a determiner and a word) before the pointer in the same sentence."""
    return any(w in _ANCHORS and k + 1 < len(before) for k, w in enumerate(before))


def _moment(lex, words: list[str]) -> tuple[str, str] | None:
    """'op dat moment', 'die dag', 'tot dan', 'kun je dan …' with no moment or if-clause before it."""
    for i, w in enumerate(words):
        if w in _THAT and i + 1 < len(words) and words[i + 1] in _MOMENT_NOUNS and not _timed(lex, words[:i]):
            return f"{w} {words[i + 1]}", MOMENT
        if w == "dan" and 0 < i < 5 and words[i - 1] not in _COMPARATIVE and not _timed(lex, words[:i]):
            return w, MOMENT
    return None


def _timed(lex, before: list[str]) -> bool:
    """A moment or an if-clause before the pointing word gives it its referent ('als …, kun je dan', 'zaterdag dan')."""
    return any(x in ("als", "wanneer", "zodra", "indien") or x in lex.moment_starts or x.isdigit() for x in before)


def _phrase(words: list[str]) -> tuple[str, str] | None:
    """'in de plaats' with no 'van …' after it (instead of what?), 'diegene' with no 'die …' after it (who?)."""
    for i, w in enumerate(words):
        if w == "plaats" and words[i - 2:i] in (["in", "de"], ["in", "d"]) and words[i + 1:i + 2] not in (["van"], ["daarvan"]) \
                and not any(x in ("en", "maar", "of") for x in words[:i]):  # 'zaterdag nie en in de plaats zondag' 
            return "in de plaats", INSTEAD
        if w in ("diegene", "degene", "diegenen", "degenen") and words[i + 1:i + 2] not in (["die"], ["dat"], ["wie"]):
            return w, PERSON
    return None
