"""A request cut in two by a line break or a full stop: the second part has no subject and no verb
of its own, so it goes on with the request.

'kunt ge de kinderen ophalen? ⏎ en hun eten geven' -> '… ophalen en hun eten geven?';
'… bestellen voor zaterdag 15 juni? Voor twee personen, senioren, heen en terug.' -> '… 15 juni,
voor twee personen, senioren, heen en terug?'; '… door de slides lopen? Ergens tussen 14 en 16 uur,
in de stilteruimte op de 4e?' -> one question.

Only the clauses that open the sentence right after the request, up to the first clause with a
subject or a finite verb of its own ('want 't regent', ''k moet tot 19u werken'); never a list line,
a limit ('Niet vrijdag.': extras.py keeps those), a bare moment that can move into the request
('Mischien zaterdag.': assemble.py), or a wrapper, an honest sentence or a question of its own.
"""

from __future__ import annotations

from .segment import finite_like

_PRONOUNS = frozenset({"ik", "'k", "k", "je", "jij", "ge", "gij", "u", "we", "wij", "ze", "zij", "hij", "het", "'t", "t",
                       "dat", "dit", "die", "er", "daar", "men", "iemand", "jullie", "hier"})
_MAX_WORDS = 8
# What a part without its own verb opens with: a preposition for time, place, purpose or company.
_OPENERS = frozenset({"voor", "om", "op", "in", "met", "naar", "bij", "tot", "tussen", "rond", "rondom", "na", "vanaf",
                      "ergens", "samen", "zonder", "via", "aan", "onder", "boven", "achter", "naast"})
# After these a word that looks like a verb is a noun ('mijn verhuis', 'uwe camionet').
_DETERMINERS = frozenset({"de", "een", "mijn", "mn", "m'n", "jouw", "uw", "uwe", "onze", "ons", "hun", "ne", "nen", "mijne", "uwen"})
# After these a word in -en is a place, not a verb ('naar leuven', 'in sliedrecht').
_PLACE_PREPS = frozenset({"naar", "in", "uit", "van", "nabij", "richting"})
# Words that start a joined part with a capital only because a sentence began there.
_LOWER = frozenset({"het", "voor", "om", "op", "in", "met", "van", "naar", "bij", "tot", "tussen", "ergens", "rond", "na", "vanaf",
                    "en", "of", "maar", "ook", "dan", "liefst", "graag", "samen", "zonder", "niet", "wel"})


def continuation(an, group, *, open_verb: bool = False) -> list:
    """The clauses after the request's sentence that carry it on (empty when there are none).
    open_verb: the request is a modal question still waiting for its verb ('kun je' alone)."""
    from .assemble import moment_alone

    last = group[-1]
    if last.role not in ("vraag", "extra", "tekst", "voorwaarde") or any(getattr(c, "joined", False) for c in group):
        return []
    nxt = last.sent + 1
    if open_verb and len(group) == 1:
        return _mark(_up_to_verb(an, group))  # 'kun je ⏎ om half 12 ⏎ ophalen bij het feest'
    out = []
    for c in an.clauses:
        if c.sent < nxt or c.a < last.b or c.role == "leeg":
            continue
        if c.sent > nxt and not (out and out[-1].sent == c.sent - 1 and _line_apart(an, out[-1], c)):
            break  # 'hebde morgen tijd ⏎ voor mijn verhuis naar leuven ⏎ me uwe camionet': line by line
        if not _fragment(an, c, first=not out):
            if out and not _own_sentence(an, c):
                return []  # 'Voor drie personen, studenten, enkele reis': all of it or none
            break
        if moment_alone(an, c, group) is not None and _first_word(an, c) not in _OPENERS:
            break  # 'Mischien zaterdag.': the moment moves into the request (assemble.py)
        out.append(c)
    return _mark(out)


def _line_apart(an, before, c) -> bool:
    """Only a line break (no full stop or question mark) stands between the two parts."""
    d = an.d
    return not any(d.tok_text(i) in (".", "?", "!") for i in range(before.b, c.a)) and "\n" in d.text[d.toks[before.b - 1].end:d.toks[c.a].start]


def _own_sentence(an, c) -> bool:
    """A clause that stands on its own after the joined part: a reason or a subject with its verb
    ('want 't regent', ''k moet tot 19u werken'); it may go without taking the joined part along."""
    d = an.d
    words = [d.word(i) for i in d.content(c.a, c.b) if d.is_word(i)]
    return bool(words) and (words[0] in d.lex.reasons or c.role in ("wrap", "staat", "afsluiting", "beperking")
                            or any(_subject(d.lex, words, k) for k in range(len(words))))


def _mark(out: list) -> list:
    for c in out:
        c.joined = True
    return out


def _up_to_verb(an, group) -> list:
    """The lines after an open question up to the one with its verb, when none has a subject or a
    finite verb of its own (at most three sentences on)."""
    from .verbs import is_infinitive

    d = an.d
    lex = d.lex
    last = group[-1]
    out = []
    for c in an.clauses:
        if c.a < last.b or c.role == "leeg":
            continue
        words = [d.word(i) for i in d.content(c.a, c.b) if d.is_word(i)]
        if c.sent > last.sent + 3 or c.role not in ("tekst", "voorwaarde", "beperking") or not words \
                or any(_subject(lex, words, k) or finite_like(lex, w) and not w.endswith("en") for k, w in enumerate(words)):
            return []
        out.append(c)
        if any(is_infinitive(lex, w) and w not in lex.not_infinitive for w in words):
            return out
    return []


def _fragment(an, c, *, first: bool) -> bool:
    """A part without subject or verb of its own: a prepositional phrase ('Voor twee personen', 'in de
    stilteruimte'), a verb phrase joined with 'en' ('en hun eten geven'), or, after one of those, a
    short row of words ('senioren', 'heen en terug')."""
    d = an.d
    lex = d.lex
    if c.role not in ("tekst", "voorwaarde") or c.start < 0 or d.is_bullet(c.a) or d.is_bullet(c.a - 1):
        return False
    words = [d.word(i) for i in d.content(c.a, c.b) if d.is_word(i)]
    if words[:2] == ["het", "liefst"]:
        words = words[2:]  # 'Het liefst op een ochtend'
    if not words or len(words) > _MAX_WORDS or any(an.covered(i) for i in d.content(c.a, c.b)):
        return False
    if any(_subject(lex, words, k) for k in range(len(words))):
        return False
    verbs = [k for k, w in enumerate(words) if (finite_like(lex, w) and not (k and words[k - 1] in _DETERMINERS))
             or (k and _verb_form(lex, w) and not _after_article(words[k - 1]) and words[k - 1] not in _PLACE_PREPS)]
    if words[0] in ("en", "of") and len(words) >= 3 and verbs == [len(words) - 1] and words[-1].endswith("en"):
        return True  # 'en hun eten geven'
    if verbs:
        return False  # 'de auto start ni meer', 'krijg dan zakgeld': a sentence with its subject left out
    if words[0] in _OPENERS:
        return True
    return not first and len(words) <= 3 and words[0] not in lex.reasons


def _subject(lex, words: list[str], k: int) -> bool:
    """words[k] is a pronoun that can be a subject; 'het', 'die', 'dat' before a noun are articles."""
    w = words[k]
    if w not in _PRONOUNS and w not in lex.subjects or (k and words[k - 1] in lex.prepositions and w in ("je", "u", "ons")):
        return False  # 'met je aanhanger': after a preposition 'je' is no subject
    nxt = words[k + 1] if k + 1 < len(words) else ""
    article = w in ("het", "'t", "die", "dat", "dit") and nxt.isalpha() and not finite_like(lex, nxt) and nxt not in lex.fillers
    return not (article and k and words[k - 1] in lex.prepositions)


def _first_word(an, c) -> str:
    toks = [i for i in an.d.content(c.a, c.b) if an.d.is_word(i)]
    return an.d.word(toks[0]) if toks else ""


def _after_article(w: str) -> bool:
    """'twee personen', 'de kinderen', 'mijn spullen': a noun in -en."""
    return w[:1].isdigit() or w in _DETERMINERS or w in ("het", "je", "haar", "zijn",
                                    "twee", "drie", "vier", "vijf", "zes", "tien", "alle", "beide", "die", "deze", "wat", "veel")


def _verb_form(lex, w: str) -> bool:
    """A form that may be a verb ('trekt', 'start', 'geduurd'), going by its ending."""
    from .verbs import is_infinitive

    return (is_infinitive(lex, w) and w not in lex.not_infinitive) or (len(w) > 3 and w[-1] in "td" and w not in lex.not_verb
                                                                      and not w[0].isdigit() and w not in _OPENERS)


def mend_joints(an, pieces: list):
    """Where a joined part starts, the full stop or question mark before it becomes a comma (none
    before 'en'), and its first word loses the capital a new sentence gave it."""
    from .pieces import Piece

    d = an.d
    starts = {c.a for c in an.clauses if getattr(c, "joined", False)}
    out = []
    for k, p in enumerate(pieces):
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if nxt is not None and p.text in ("?", ".", "!") and out and nxt.toks and _starts_joined(d, nxt.toks[0], starts):
            if nxt.word not in ("en", "of", "maar"):
                out.append(Piece(",", p.toks, ",", glue=True))
            continue
        if p.toks and p.toks[0] in starts and p.text[:1].isupper() and p.word in _LOWER:
            p = Piece(p.text[:1].lower() + p.text[1:], p.toks, p.norm, p.glue)
        out.append(p)
    return out


def _starts_joined(d, i: int, starts: set[int]) -> bool:
    return i in starts or any(s <= i and not any(d.is_word(k) for k in range(s, i)) for s in starts)
