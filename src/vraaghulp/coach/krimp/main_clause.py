"""Where a new main clause starts in chat without punctuation: after a clause that is complete, a
subject with a verb of its own ('… stoor jana | ik kan echt ni meer'), or a verb in front that asks the
reader ('ik ben de sleutel kwijt | heeft iemand een reserve'). Used by segment.py when it cuts clauses."""

from __future__ import annotations

from .runon import finite_like, glued_reason
from .verbs import is_infinitive, lead_at

INSERTED = frozenset({"als", "wanneer", "moest", "mocht", "zodra", "indien"})


def clause_first(an, cur: int, i: int) -> int:
    """The first meaningful token of the clause that started at cur (kept per start)."""
    known = an.__dict__.get("_first")
    if known is None:
        known = an.__dict__["_first"] = {}
    first = known.get(cur)
    if first is None:
        first = known[cur] = an.first_meaningful(cur, an.d.n)
    return first if first < i else -1


def new_main_clause(an, i: int, cur: int) -> bool:
    """Chat without punctuation: '… stoor jana ik kan echt ni meer', '… lenen tot morgen mijne is
    kapot', '… sorry dat ik zaag het gaat ni goed'. After a clause that is complete, a subject with
    a verb of its own right after it starts a new clause."""
    d = an.d
    w = d.word(i)
    if w not in MAIN_SUBJECTS or i - cur < 2 or not d.is_word(i - 1) or glued_reason(an, i, cur):
        return i - cur >= 2 and d.is_word(i - 1) and glued_reason(an, i, cur)  # 'mag ik … | iedereen gaat' (runon.py)
    prev = d.word(i - 1)
    lex = d.lex
    if prev in lex.subordinators or prev in lex.prepositions or prev in lex.not_verb or prev in lex.fillers \
            or prev in lex.finite or prev in lex.ik_verbs or prev in lex.subjects or prev in lex.particles:
        if not (w == "ik" and i + 1 < d.n and finite_like(lex, d.word(i + 1)) and closes_subordinate(an, cur, i - 1)):
            return False  # '… zolang ik ziek ben', 'heb ik', 'vind het', 'met het'
    phrase = d.toks[i].fold in ("mijn", "mn", "m'n", "de")  # 'mijn fiets is lek', 'de laatste bus is weg'
    verb_at = range(i + 2, min(d.n, i + 4)) if phrase else range(i + 1, min(d.n, i + 2))
    if not any(finite_like(lex, d.word(k)) for k in verb_at) and not (w == "ik" and _verb_after_ik(lex, d, i)):
        return False  # 'mijn fiets is lek', not 'mijn was'; 'ik beloof …'
    if w in ("ge", "gij", "je", "jij", "u") and d.word(i + 1) not in _YOU_STATEMENT:
        return False
    if w == "de" and not any(is_infinitive(lex, d.word(k)) and d.word(k) not in lex.modal_inf and not (k and d.word(k - 1) in _COUNTS)
                             for k in range(cur, i)):  # 'twee avonden de afwas doet': a noun in -en, no infinitive
        return False  # '… dat jij een ochtend de kinderen doet': only after a question complete at its infinitive
    if _complete(an, cur, i) and not open_subordinate(an, cur, i):
        return True
    return w == "ik" and _continued_request(an, cur, i)


def _continued_request(an, cur: int, i: int) -> bool:
    """'kunt ge … mijn pillen halen en bij de bakker een bruin brood en 4 pistolets ik geef u …':
    the clause at cur only carries on the request before it ('en bij de bakker …', no verb of its
    own); 'ik' with a verb after a word of content starts the writer's own sentence."""
    d = an.d
    if d.word(cur) not in ("en", "of") or any(finite_like(d.lex, d.word(k)) for k in range(cur, i)):
        return False
    a = d.sentences[d.sentences_of(i)][0]
    before = max((k for k in range(a, cur) if lead_at(d, k)), default=None)
    return before is not None and not open_subordinate(an, before, cur) and _complete(an, before, cur)


def closes_subordinate(an, cur: int, k: int) -> bool:
    """'… bellen dat ik een uur later ben | ik weet …': the finite verb at k is the first after the last subordinator,
    so it closes that clause and an 'ik' after it is no inverted subject (round 26). Not 'als het lukt kom ik' (the
    verb before 'ik' is a second one: the main clause's)."""
    d, lex = an.d, an.d.lex
    sub = max((j for j in range(cur, k) if d.word(j) in lex.subordinators and d.word(j) != "die"), default=None)
    if sub is None or not finite_like(lex, d.word(k)):
        return False
    between = [j for j in range(sub + 1, k) if d.is_word(j)]  # its subject and what comes before its verb
    return bool(between) and not any(finite_like(lex, d.word(j)) for j in between)


_COUNTS = frozenset({"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "tien", "alle", "beide", "een", "de", "die", "deze", "paar"})


def _verb_after_ik(lex, d, i: int) -> bool:
    """In a main clause the word after 'ik' is its verb: 'ik beloof', 'ik trakteer'."""
    if i + 1 >= d.n or not d.is_word(i + 1):
        return False
    w = d.word(i + 1)
    return w.isalpha() and len(w) > 2 and not (w in lex.not_verb or w in lex.fillers or w in lex.prepositions
                                               or w in lex.subjects or w.endswith("en"))


def _complete(an, cur: int, i: int) -> bool:
    """Tokens cur..i-1 make a clause of their own: a verb, a wrapper phrase, or a subject with words after it."""
    d = an.d
    lex = d.lex
    words = [d.word(k) for k in range(cur, i) if d.is_word(k)]
    if any(an.covered(k) for k in range(cur, i)):
        return True
    if len(words) >= 2 and words[0] == "maar" and any(w.isdigit() or lex.moment.fullmatch(w) for w in words[1:]):
        return True  # '… ni om 7u maar om half 8 | ze hebben …': the correction needs no verb of its own
    first = next((k for k in range(cur, i) if d.is_word(k)), cur)
    if first in an.frames:  # 'ik vroeg me af of je …': complete once the verb at the end has come
        end = an.frames[first][0]
        return any(finite_like(lex, d.word(k)) or (is_infinitive(lex, d.word(k)) and not lex.moment.fullmatch(d.word(k)))
                   for k in range(end + 1, i))  # 'morgen' is no infinitive: '… of jij morgen het derde uur | mijn klas …'

    lead = lead_at(d, first)
    if lead is not None and lead.lemma in ("kunnen", "willen", "mogen", "zullen"):
        return any(d.word(k).endswith("en") and d.word(k) not in lex.not_infinitive or  # or 'kan je mee naar …' (elided)
                   d.word(k) in ("mee", "langs", "terug") and i - k >= 3 for k in range(lead.end, i))
    return any((w in lex.subjects or finite_like(lex, w)) and len(words) - k >= 3 for k, w in enumerate(words))


def open_subordinate(an, cur: int, i: int) -> bool:
    """'… hoe laat het is': the last subordinate clause still waits for its subject, so the word at i is it."""
    d = an.d
    subs = [k for k in range(cur, i) if d.word(k) in d.lex.subordinators and d.word(k) != "die"
            and not _question_word(an, k, cur) and not _or_place(an, k)]
    if not subs:
        return False
    lex = d.lex
    after = [d.word(k) for k in range(subs[-1] + 1, i) if d.is_word(k)]
    at = next((k for k, w in enumerate(after) if w in lex.subjects or w in ("het", "er", "ze", "hij", "zij")), None)
    if at is None or len(after) - at < 3:
        return True  # 'of je morgen | mijn pakje …' waits for its verb
    rest = after[at + 1:]  # … and so does 'of jij morgen het derde uur | mijn klas zou …' (a moment, no verb yet)
    return any(lex.moment.fullmatch(w) for w in rest) and \
        not any(finite_like(lex, w) or (is_infinitive(lex, w) and not lex.moment.fullmatch(w)) for w in rest)


def _or_place(an, k: int) -> bool:
    """'bij jou thuis of in bibliotheek | ik weet …': an 'of' right before a preposition joins two places or times (round
    44, k44a: p43-044); it opens no 'whether' clause that waits for a subject."""
    d = an.d
    return d.word(k) == "of" and k + 1 < d.n and d.word(k + 1) in d.lex.prepositions


def _question_word(an, k: int, cur: int) -> bool:
    """'wie kan …' at the start of the clause asks; it opens no subordinate clause."""
    d = an.d
    return k == clause_first(an, cur, k + 1) and d.word(k) in ("wie", "wat", "waar", "wanneer", "hoe") and \
        k + 1 < d.n and d.word(k + 1) in d.lex.finite


MAIN_SUBJECTS = frozenset({"ik", "we", "wij", "het", "mijn", "mijne", "ge", "gij", "je", "jij", "u", "hij", "zij", "ze", "de"})
_YOU_STATEMENT = frozenset({"moet", "moogt", "mag", "hoeft", "hoeven", "zijt", "bent", "hebt", "weet", "snapt"})  # 'ge moet nie …'


# A verb in front that asks the reader (or anyone) something: 'heeft iemand', 'weet je', 'heb jij'.
_ASKING_VERBS = frozenset({"heb", "hebt", "heeft", "hebben", "weet", "weten", "kan", "kun", "kunt", "kunnen", "ken",
                           "wil", "wilt", "willen", "mag", "moogt", "zou", "zoudt", "zouden", "ben", "bent", "zijt", "is"})
_ASKED = frozenset({"je", "jij", "u", "ge", "gij", "jullie", "iemand", "er", "niemand"})


def asks_after_statement(an, i: int, cur: int) -> bool:
    """Chat without punctuation: 'ik ben de sleutel kwijt heeft iemand een reserve'. After a complete
    statement that starts with its subject, a verb in front with the reader or 'iemand' right after
    it is a question of its own ('… kwijt | heeft iemand …'), never the end of the statement."""
    d = an.d
    lex = d.lex
    norm = d.words(i)
    same = len(norm) == 2 and norm[0] in lex.finite and norm[1] in ("ge", "gij", "je", "jij")  # 'kunde', 'hebde'
    if not same and (d.word(i) not in _ASKING_VERBS or i + 1 >= d.n or d.word(i + 1) not in _ASKED):
        return False
    if not same and d.word(i + 1) == "er" and (i + 2 >= d.n or d.word(i + 2) != "iemand"):
        return False  # 'is er …' without 'iemand': not asked of anyone
    first = clause_first(an, cur, i)
    subject = next((k for k in range(first, min(i, first + 3)) if d.word(k) in MAIN_SUBJECTS
                    or d.toks[k].fold in ("mn", "m'n")), -1) if first >= 0 else -1
    if subject < 0 or i - subject < 3 or not d.is_word(i - 1) or d.word(first) in lex.subordinators | INSERTED:
        return False  # the statement starts with its subject ('(allemaal) ik ben …'), not with 'als je … komt'
    subs = [k for k in range(subject, i) if d.word(k) in lex.subordinators | INSERTED]
    if subs and not any(finite_like(lex, d.word(k)) or d.word(k).endswith("t") for k in range(subs[-1] + 2, i)):
        return False  # '… als je met kerst hier | bent': the verb that closes the clause, no question
    prev = d.word(i - 1)  # a preposition right before a verb ends the statement ('ik ben op | kunde …')
    if prev in lex.subordinators or prev in lex.not_verb and prev not in lex.prepositions or prev in lex.subjects:
        return False
    return (_complete(an, cur, i) or i - subject >= 4) and not open_subordinate(an, cur, i)
