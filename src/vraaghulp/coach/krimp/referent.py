"""What an object pronoun in the request stands for, looked for across sentence and line breaks.

'ik heb mn rekenmachine bij lisa laten liggen … ⏎ kun je die ophalen' -> 'kun je mn rekenmachine bij lisa ophalen';
'jij zou toch de stoelen van de kerk regelen? Wil je die zaterdag ophalen' -> 'wil je de stoelen van de kerk
zaterdag ophalen'; 'kzou 35 euro nodig hebben ⏎ moet voor vrijdag ⏎ kun je het overmaken' -> 'kun je 35 euro
overmaken'.

The grammar of reference, kept small: the pronoun (``die``, ``dat``, ``het``, ``ze``, ``deze``) is the object of the
request; its referent is a noun phrase that is not inside a prepositional phrase, in the nearest clause before the
request that has one (a clause with only 'bij de kerk' is stepped over, and so is a sentence whose subject is itself
a pronoun: 'Die liggen nog bij jou.'); the noun phrase agrees with the pronoun (``dat``/``het`` a het-word or an
amount, ``die``/``deze`` a de-word or a plural, ``ze`` a plural). The noun phrase keeps its ``van``-phrase ('de
begroting van jouw afdeling') and a place phrase that closes its clause before the verbs ('bij lisa laten liggen').
It is sure only when the sentence it was found in has exactly one such noun phrase and is the sentence right before
the request (or the request's own sentence). An opening subject keeps its place phrases.
"""

from __future__ import annotations

from .carried import with_marks
from .checks import clause_subject, starts_moment
from .lists import colon_row, joined
from .noun_phrases import DETERMINERS, STOP, Phrase, phrases_in
from . import named_noun, ref_guard
from .thing_span import noun_after
from .pieces import Piece, tok_piece
from .row_referent import part_of_row
from .summed import sums_up
from .verbs import is_infinitive, is_verb_form

PRONOUNS = frozenset({"die", "dat", "da", "het", "ze", "deze", "dit"})
_PLAIN = ("tekst", "staat", "voorwaarde", "vraag", "beperking")


_BARE = frozenset({"kan", "kun", "kunt", "zou", "mag", "lukt", "gaat", "past", "is", "wordt"})


def stands_for_the_ask(an, req, k: int) -> bool:
    """'Zou dat volgende week kunnen?', 'Kan dat vrijdag?': 'dat' is the subject of a verb in front
    with no verb of its own after it; it stands for what was asked before (making the appointment),
    never for a thing named there ('Kan mijn dochter volgende week?', 'Kan het rapport donderdag?')."""
    words = [p.word for p in req.pieces if p.word[:1].isalnum()]  # 'kan' made from 'zou … kunnen' has no token
    pronoun = req.pieces[k].word
    if pronoun not in ("dat", "da", "dit", "het") or not words or words[0] not in _BARE or words[1:2] != [pronoun]:
        return False
    lex = an.d.lex
    return not any(is_infinitive(lex, w) and w not in lex.not_infinitive and not lex.moment.fullmatch(w)
                   for w in words[2:])


def object_pronoun(an, req) -> int | None:
    """The one object pronoun right after the front of the request ('kun je die … ophalen')."""
    lex = an.d.lex
    hits = [k for k, p in enumerate(req.pieces) if k >= req.front and p.toks and p.word in PRONOUNS
            and not starts_moment(an, p)]  # 'die deze week': 'deze' opens the moment
    if len(hits) != 1 or hits[0] - req.front > 3:
        return None
    k = hits[0]
    nxt = req.pieces[k + 1].word if k + 1 < len(req.pieces) else ""
    prev = req.pieces[k - 1].word if k else ""
    if prev in lex.prepositions or (k > req.front and is_infinitive(lex, prev) and prev not in lex.not_infinitive):
        return None  # 'voor ze', 'een loodgieter sturen die …': not the object
    if nxt and nxt.isalpha() and not (
        nxt in lex.fillers or nxt in lex.prepositions or nxt in lex.particles or nxt in STOP or lex.moment.match(nxt)
        or starts_moment(an, req.pieces[k + 1])
        or (is_infinitive(lex, nxt) and nxt not in lex.not_infinitive and not named_noun.named_with_article(an, req.pieces[k + 1]))
        or nxt in ("me", "mij", "ons", "nu", "dan", "morgen", "pas", "eens", "gewoon", "zeker")
    ):
        return None  # 'die toets', 'het recept': a determiner, not a pronoun
    if req.pieces[k].word == "het" and not nxt or stands_for_the_ask(an, req, k):
        return None
    return None if owned(req.pieces, k) else k


_OWNERS = frozenset({"jou", "je", "u", "jullie", "hem", "haar", "mij", "me", "ons", "hun", "hen", "uw", "jouw"})


def owned(pieces, k: int) -> bool:
    """'die van jou', 'die van Mark': someone's own one, not the thing named before ('Mijn printer is
    stuk. Mag ik die van jou lenen?' never becomes 'mijn printer van jou')."""
    if k + 2 >= len(pieces) or pieces[k + 1].word != "van":
        return False
    owner = pieces[k + 2]
    return owner.word in _OWNERS or owner.text[:1].isupper()


def agrees(pronoun: str, ph: Phrase) -> bool:
    if ph.person and pronoun != "ze":
        return False
    if pronoun == "daar":
        return True  # 'daar … voor': a thing of any gender or number
    if pronoun in ("dat", "da", "dit", "het"):
        return ph.gender != "de" and (not ph.plural or ph.gender == "het" or ph.amount)
    if pronoun == "ze":
        return ph.plural
    return ph.gender != "het" or ph.plural  # die, deze


def find(an, main, pronoun: str, skip, *, stop_at_one: bool = True, reach: int = 1) -> tuple[list[list[int]], bool] | None:
    """(the referent: one noun phrase, or the items of a row after a colon; sure) for the pronoun, or None."""
    head = main[0]
    before = [c for c in an.clauses if c.b <= head.a and c.role in _PLAIN and c not in main and c not in skip]
    first_sent = None
    for c in reversed(before):
        if first_sent is None:
            first_sent = c.sent
        if c.sent < head.sent - 3:
            break
        row = colon_row(an, c)
        if row is not None:
            if not row or pronoun not in ("die", "ze", "deze"):
                return None  # 'de volgende medicijnen herhalen: a, b en c. Kunt u ze …': that sentence stays
            return row, c.sent >= head.sent - 1
        if stop_at_one and _one_of(an, c):
            return None  # 'Heb jij er een? Mag ik die lenen?': 'die' is that one, whatever came before
        if c.start >= 0 and an.d.word(c.start) in an.d.lex.reasons and pronoun in ("dat", "da", "het"):
            continue  # '… want 60 km haal ik niet meer. Kun je dat regelen?': a reason is not what is asked for
        about = _about(an, c)  # 'Het gaat om de offerte. Kunt u die …': what comes after 'om' is the topic
        topic = about is not None or _verbless(an, c)  # 'even over de kinderen. Kun jij ze …': the phrase names the topic
        found = [ph for ph in ref_guard.real_phrases(an, c, phrases_in(an, c))  # not 'zijn ziek' (ref_guard.py)
                 if (ph.free or topic) and ph.toks[0] > (about or -1) and agrees(pronoun, ph)]
        if not found:
            continue
        if ref_guard.person_beside(an, found[0], c.sent, head, before, pronoun, phrases_in):
            return None  # 'de kinderen zijn ziek en mijn man is weg. Kun je die …': which one is not clear
        nearer = ref_guard.nearer_object(an, c.sent, head, before, pronoun, phrases_in, agrees)
        if nearer is not None:  # '… begonnen aan de paper. Zou ik die …': that paper, not sure; or the pronoun stays
            return (nearer, False) if nearer else None
        same = [ph for x in before if x.sent == c.sent for ph in phrases_in(an, x)
                if (ph.free or topic) and ph.toks[0] > (about or -1) and agrees(pronoun, ph)]
        near = c.sent >= head.sent - reach or c.sent == first_sent  # reach 2: one sentence without a candidate between
        return [_nearest(an, found).toks], len(same) == 1 and near
    return None


def _nearest(an, found: list[Phrase]) -> Phrase:
    """Of the clause's noun phrases the pronoun agrees with, the last one, nearest to the ask ('ik heb de boiler
    vervangen en de factuur staat nog open. Zoudt ge die … overschrijven?': the invoice, round 38 h37b-001); not a
    phrase cut short before a word it stopped at ('de hele' of 'de hele dag'), then the first as before, and never one
    between brackets ('de factuur … (factuurnummer 2023-045)') nor what a copula says ('Mijn waarborg is 1.400 euro.':
    the waarborg). Only the offer changes: with two candidates the result
    is never sure."""
    d = an.d
    plain = [ph for ph in found if not _bracketed(d, ph) and not _predicate(d, ph)] or found  # '(factuurnummer …)'
    last = plain[-1]
    end = last.toks[-1]
    if len(plain) > 1 and d.word(end).endswith("e") and end + 1 < d.n and d.is_word(end + 1):
        return found[0]
    return last


_COPULA = frozenset({"is", "zijn", "was", "waren", "wordt", "worden", "bedraagt", "blijft"})


def _predicate(d, ph: Phrase) -> bool:
    """The phrase is what a copula says the subject is ('Mijn waarborg is 1.400 euro.'): the pronoun means the
    subject, the waarborg, not the amount."""
    k = ph.toks[0] - 1
    return k >= 0 and d.is_word(k) and d.word(k) in _COPULA


def _bracketed(d, ph: Phrase) -> bool:
    """The phrase stands between brackets: an aside on the phrase before it."""
    k = ph.toks[0] - 1
    while k >= 0 and d.is_word(k):
        k -= 1
    return k >= 0 and d.tok_text(k) == "("


def _one_of(an, c) -> bool:
    """'Heb jij er een?', 'jij had een aanhanger': an indefinite thing that 'die' may stand for
    (one inside a prepositional phrase, 'met een vos op de mouw', says how something looks)."""
    d = an.d
    toks = [i for i in d.content(c.a, c.b) if d.is_word(i)]
    return any(d.word(i) in ("een", "'n", "ene") and not (k and d.word(toks[k - 1]) in d.lex.prepositions)
               for k, i in enumerate(toks))


def _verbless(an, c) -> bool:
    """A clause without a verb that names a topic ('even over de kinderen', 'wat betreft de sleutels')."""
    d = an.d
    lex = d.lex
    words = [d.word(i) for i in d.content(c.a, c.b) if d.is_word(i)]
    while words and (words[0] in lex.fillers or words[0] in ("even", "ff", "efkes", "nog", "dan", "wat")):
        words = words[1:]
    return words[:1] in (["over"], ["betreft"], ["qua"]) and not any(is_verb_form(lex, w) or w in lex.finite for w in words)


def _about(an, c) -> int | None:
    """'Het gaat om de eerste termijn', ''t gaat over t pakje': the token of 'om'/'over' when the
    clause only names what the message is about, else None."""
    toks = [i for i in an.d.content(c.a, c.b) if an.d.is_word(i)]
    words = [an.d.word(i) for i in toks]
    if len(words) < 4 or words[0] not in ("het", "t", "'t", "dit", "dat", "da") or words[1] not in ("gaat", "ging", "draait"):
        return None
    k = 2 + next((n for n, w in enumerate(words[2:]) if w not in ("hier", "nog", "even", "ff", "efkes", "eigenlijk")), 0)
    return toks[k] if k < len(words) - 1 and words[k] in ("om", "over") else None


def _after_moment(an, pieces, k: int) -> int:
    """Where a full noun phrase goes: after the moment that follows the pronoun (time before object)."""
    spans = an.moments
    end = k
    while end < len(pieces) and pieces[end].toks and any(i0 <= pieces[end].toks[0] < i1 for i0, i1 in spans):
        end += 1
    return end


def resolve(an, req, main, skip) -> bool | None:
    """Put the referent of the request's object pronoun in its place. None: nothing done;
    True: done and clear; False: done, but another noun could be meant (not sure)."""
    k = object_pronoun(an, req)
    subject = k is None and (k := clause_subject(an, req)) is not None
    if k is None:
        return _split_adverb(an, req, main, skip)
    if sums_up(req.pieces, k) or noun_after(an, req.pieces, k):
        return None  # 'kun jij dat om de week doen': 'dat' stands for what the writer does, never one thing of it
    hit = find(an, main, req.pieces[k].word, skip, reach=2 if subject else 1)
    if hit is None or (subject and (not hit[1] or len(hit[0]) != 1)):
        return None  # a subject inside the request is filled in only when its thing is plain
    found, sure = hit
    if part_of_row(an, found):
        return None  # 'Stoelen, tafels en de partytent. Kunde gij die …': not one item of the row (row_referent.py)
    found = [with_marks(an.d, toks) for toks in found]
    d = an.d
    items = [[tok_piece(d, i) for i in toks] for toks in found]
    first = items[0][0]
    if d.word(found[0][0]) in DETERMINERS and first.text[:1].isupper():
        items[0][0] = Piece(first.text.lower(), first.toks, first.norm, first.glue)
    pronoun = req.pieces[k]
    req.found.append((pronoun.toks[0], pronoun.toks[0] + 1, "ingevuld", pronoun.text))  # said in a finding
    at = k + 1 if subject else _after_moment(an, req.pieces, k + 1)  # 'kun je die donderdag …' -> 'kun je donderdag slaapzak, … '
    req.pieces[k:at] = req.pieces[k + 1:at] + joined(items)
    req.listed = req.listed or len(items) > 1  # 'slaapzak, zaklamp en regenjas': a new 'en'
    return sure


_STRANDED = frozenset({"voor", "naar", "over", "aan", "op", "in", "bij", "van", "achter", "onder"})


def _split_adverb(an, req, main, skip) -> bool | None:
    """'Zou u daar deze week een slotenmaker voor laten komen?' after 'De voordeur … valt niet meer in
    het slot' -> 'kunt u voor de voordeur … deze week een slotenmaker laten komen': 'daar' and its
    preposition at the end become the preposition with the noun phrase, where 'daar' stood."""
    d = an.d
    lex = d.lex
    pieces = req.pieces
    at = next((k for k in range(req.front, min(len(pieces), req.front + 3)) if pieces[k].word == "daar" and pieces[k].toks), None)
    if at is None:
        return None
    pieces = _unglued(an, pieces, at)
    prep = next((k for k in range(len(pieces) - 1, at, -1) if pieces[k].word in _STRANDED and len(pieces[k].toks) == 1), None)
    if prep is None:
        return None
    rest = [p.word for p in pieces[prep + 1:] if p.toks]
    verbs = next((k for k, w in enumerate(rest) if not (is_verb_form(lex, w) or w in lex.particles)), len(rest))
    tail = rest[verbs:]
    if not verbs or (tail and not (tail[0] in lex.prepositions and len(tail) <= 3)):
        return None  # 'daar … naar kijken (met mij)': the preposition stands right before the verbs
    hit = find(an, main, "daar", skip)
    if hit is None or len(hit[0]) != 1:
        return None
    req.pieces = pieces
    toks, sure = hit[0][0], hit[1]
    new = [tok_piece(d, i) for i in toks]
    if new[0].text[:1].isupper() and d.word(toks[0]) in DETERMINERS:
        new[0] = Piece(new[0].text.lower(), new[0].toks, new[0].norm, new[0].glue)
    req.found.append((pieces[at].toks[0], pieces[at].toks[0] + 1, "ingevuld", pieces[at].text))
    req.pieces = pieces[:at] + [pieces[prep]] + new + pieces[at + 1:prep] + pieces[prep + 1:]
    return sure


def _unglued(an, pieces, at: int) -> list:
    """A separable verb the rewrite glued to a stranded preposition ('voor' + 'laten') in two again."""
    d = an.d
    out = list(pieces[:at + 1])
    for p in pieces[at + 1:]:
        if len(p.toks) == 2 and d.word(p.toks[0]) in _STRANDED and p.toks[1] != p.toks[0] + 1:
            out += [tok_piece(d, p.toks[0]), tok_piece(d, p.toks[1])]
        else:
            out.append(p)
    return out
