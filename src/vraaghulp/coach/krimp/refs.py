"""Words in the request that point back ('hem', 'die', 'dat', 'daarna'), and what they point at.

When the request is cut loose from the sentence before it, such a word would point at nothing.
An object pronoun is replaced by the thing it stands for when that is clear ('Mag ik hem lenen?'
after '… je boormachine …' -> 'Mag ik je boormachine lenen?'); otherwise the sentence that holds
it stays in the result; an adverb such as 'daar' or 'daarna' makes the result unsure.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .assemble import add_moment, has_moment, moment_slot, pieces_text, pull_moment
from .arrival import arrival_moment
from .asked_when import setting_typed
from .carried import is_amount
from .clock_only import clock_only, typed_day
from .checks import dangling, starts_moment, text_words
from .consequence import consequence_after_ask
from .day_clash import other_day, other_week, own_time
from .elided import fill_elided
from .extras import antecedent
from .kept_ref import earlier_thing
from . import crisis_amount, little, named_noun, ref_guard, thing_span
from .people import name_the_person
from .noun_phrases import BREAKS as _STOP
from .referent import owned, resolve as resolve_referent, stands_for_the_ask
from .summed import sums_up
from .pieces import new_piece, tok_piece
from .verbs import is_infinitive
from .row_referent import part_of_row

OBJECT_PRONOUNS = frozenset({"hem", "'m", "die", "dat", "da"})
DETERMINERS = frozenset({"mijn", "m'n", "mn", "je", "jouw", "uw", "ons", "onze", "zijn", "haar", "hun", "dat", "die", "deze", "dit", "de", "een"})


def pronoun_at(an, req) -> int | None:
    """The one object pronoun right after the front of the request, if there is one."""
    lex = an.d.lex
    hits = [k for k, p in enumerate(req.pieces) if k >= req.front and p.word in OBJECT_PRONOUNS and p.toks]
    if len(hits) != 1:
        return None
    k = hits[0]
    if k > req.front and is_infinitive(lex, req.pieces[k - 1].word) and req.pieces[k].word in ("die", "dat", "da"):
        return None  # 'een loodgieter sturen die ook … kijkt': a relative clause, not a reference
    nxt = req.pieces[k + 1].word if k + 1 < len(req.pieces) else ""
    if owned(req.pieces, k) or stands_for_the_ask(an, req, k):
        return None  # 'die van jou': someone's own one, not the thing named before; 'kan dat vrijdag?' (referent.py)
    if req.pieces[k].word in ("die", "dat", "da") and nxt and nxt.isalpha() and not (
        nxt in lex.fillers or nxt in lex.prepositions or nxt in lex.particles or lex.moment.match(nxt)
        or (nxt.endswith("en") and not named_noun.named_with_article(an, req.pieces[k + 1])) or starts_moment(an, req.pieces[k + 1])
    ):
        return None  # 'dat boek': a determiner, not a pronoun
    return k if k - req.front <= 3 and not thing_span.noun_after(an, req.pieces, k) else None  # 'die takken … snoeien'


def candidates(an, clauses, *, person: bool) -> list[list[int]]:
    """Noun phrases in the clauses ('je boormachine', 'dat oude kinderzitje op zolder'), and for a
    person also names ('Milan'), in draft order (names first when a person is meant)."""
    d = an.d
    lex = d.lex
    names: list[list[int]] = []
    phrases: list[list[int]] = []
    for c in clauses:
        toks = d.content(c.a, c.b)
        k = 0
        while k < len(toks):
            i = toks[k]
            w = d.word(i)
            raw = d.tok_text(i)
            if raw[:1].isupper() and w.isalpha() and w not in lex.not_name and w not in lex.not_verb \
                    and w not in lex.finite and w not in lex.subjects and w not in lex.relations and not _verb_first(an, i):
                names.append([i])
            if w in DETERMINERS and k + 1 < len(toks):
                phrase = _phrase_from(an, toks, k, c)
                if phrase:
                    phrases.append(phrase)
                    k += len(phrase)
                    continue
            k += 1
    return thing_span.names_outside(names, phrases) + phrases if person else phrases  # not 'Proximus' of a phrase


def _verb_first(an, i: int) -> bool:
    """'Zag de foto's', 'Kreeg een mail van school': a chat sentence without its 'ik' starts with
    the verb, capitalised as any first word; a name there has its verb after it, not an article."""
    d = an.d
    starts = i == 0 or (not d.is_word(i - 1) and d.tok_text(i - 1) not in (",", ":", ";", "(", "-"))
    return starts and i + 1 < d.n and d.is_word(i + 1) and d.word(i + 1) in ("de", "het", "een", "die", "dat", "mijn", "je", "jouw", "uw")


def _phrase_from(an, toks: list[int], k: int, c) -> list[int]:
    """Determiner, up to two adjectives, a noun, and a place phrase when it ends the clause."""
    d = an.d
    lex = d.lex
    out = [toks[k]]
    if ref_guard.no_phrase(d, toks, k):
        return []  # 'een pakje dat gisteren …', '… afgegeven zijn volgens': no phrase (ref_guard.py, k35c)
    for i in toks[k + 1: k + 4]:
        w = d.word(i)
        if not w.isalpha() or w in _STOP or w in lex.finite or w in lex.prepositions or w in lex.not_verb \
                or w in lex.subjects or w in lex.fillers or w in lex.lists_words:
            break
        out.append(i)
        if not w.endswith("e") or little.diminutive(w):  # 'oude' goes on; the noun ('pakketje') ends the phrase
            break
    if len(out) < 2:
        return []
    rest = [i for i in toks if i > out[-1]]
    if 1 <= len(rest) <= 4 and d.word(rest[0]) in ("op", "in", "van", "voor") and rest[-1] == toks[-1]:
        out += rest  # 'op zolder', 'van je ps5 controller' closes the clause
    elif len(rest) >= 3 and d.word(rest[0]) == "van" and is_amount(d.word(rest[1]), d.word(rest[2])):
        out += rest[:3]  # 'de waarborg van 1.350 euro (nog niet teruggekregen)': the amount is part of the thing
    return [] if thing_span.idiom(d, out) else thing_span.longer(an, c, out)  # whole, no idiom (k35e)


def substitute(an, req, clauses) -> bool | None:
    """Put the thing an object pronoun stands for in its place.

    Returns None when there was nothing to do, True when it was clear, False when there were
    several candidates (the first one is used; the result should not be offered as sure).
    """
    k = pronoun_at(an, req)
    if k is None:
        return None
    pronoun = req.pieces[k].word
    person = pronoun in ("hem", "'m")
    shown = {i for p in req.pieces for i in p.toks}
    found = [c for c in candidates(an, clauses, person=person) if _agrees(an, pronoun, c) and not ref_guard.named_beside(an, c, shown)]
    free = [c for c in found if not _after_preposition(an, c)]
    if found and not [c for c in found if not _after_preposition(an, c) or _topic_after(an, c)]:
        return None  # 'een kast gekocht bij de Ikea. Kun je die …': only a place or purpose ('bij', 'voor', 'met' …)
    if len(found) > 1 and len(free) == 1 and len(an.d.words(free[0][0])) == 1 and an.d.word(free[0][0]) in DETERMINERS:
        found = free  # 'Uw bestelwagen staat voor mijn garagepoort. Kunt ge hem …': not the one inside 'voor …'
    if not found or shown & set(found[0]) or part_of_row(an, found[:1]) or sums_up(req.pieces, k):
        return None  # none, in the request already ('die kinderwagen' put in before), one item of a row, or what
        # 'dat … doen' sums up ('het gras … en de haag …, kunt gij da zaterdag doen': never only 'het gras')
    d = an.d
    req.gone.update(req.pieces[k].toks)
    new = [tok_piece(d, i) for i in found[0]]
    first = new[0]
    if first.word in DETERMINERS and first.text[:1].isupper():
        new[0] = type(first)(first.text.lower(), first.toks, first.norm, first.glue)  # 'De schilder' mid-sentence
    req.pieces[k:k + 1] = new
    return len(found) == 1


def _word_before(an, phrase: list[int]) -> str:
    d = an.d
    k = phrase[0] - 1
    while k >= 0 and not d.is_word(k):
        k -= 1
    return d.word(k) if k >= 0 else ""


def _after_preposition(an, phrase: list[int]) -> bool:
    return _word_before(an, phrase) in an.d.lex.prepositions


def _topic_after(an, phrase: list[int]) -> bool:
    """The phrase follows a preposition that names a topic or a verb's object ('het gaat om de release', 'ik wacht
    op de teksten', 'over de offerte'), which a pronoun may stand for, unlike a place or a purpose."""
    word = _word_before(an, phrase)
    return word in ("om", "over") or word == "op" and ref_guard.waits_on(an.d, phrase[0])  # not 'op m'n werk' (k35c)


def _rival_kept(an, pronoun: str, kept: list) -> bool:
    """'ik heb die nieuwe telefoon van jou maar ik krijg de whatsap er niet op. zou je hem …': the
    sentence kept beside the request names a thing the pronoun may stand for too."""
    return any(_agrees(an, pronoun, p) for p in candidates(an, kept, person=False))


def _agrees(an, pronoun: str, phrase: list[int]) -> bool:
    """Gender and definiteness: 'dat' stands for a het-word or a whole action, 'die' and 'hem' for a de-word
    ('De vaatwasser moet uitgeruimd worden. Wil jij dat doen?': 'dat' is the emptying)."""
    first = an.d.word(phrase[0])
    if first == "een":
        return False  # 'jij had een aanhanger. Mag ik die lenen?': 'een aanhanger' would be any trailer
    if pronoun in ("dat", "da"):
        return first not in ("de", "die", "deze")
    return first not in ("het", "dat", "dit")


def place_moment(an, req, main, parts, moment: str | None) -> None:
    """The moment: typed separately, pulled in from the draft, or 'nu' in crisis.

    A word that points back at something earlier ('hem', 'daarna') keeps the clause it points
    at; a moment that points back ('die week') is replaced by a real moment when there is one.
    """
    lex = an.d.lex
    named_noun.apply(an, req, main, parts)  # 'die boete' -> 'de boete van 240 euro' (named_noun.py, k33d)
    if not parts.crisis and fill_elided(an, req, main, [parts.name_clause]) is False:
        parts.doubt.append("verwijzing")  # 'de oude (wasmachine)': another noun could be meant
    alone = request_only(an, main, parts)  # nothing else said: a word pointing back points where it did
    if not parts.crisis and not alone and dangling(an, req) and not _moment_ref_only(an, req):
        _resolve(an, req, main, parts)
    if moment and fold_in(moment) not in fold_in(pieces_text(req.pieces)):
        if _said_elsewhere(an, req, moment):
            parts.doubt.append("moment-weg")  # the typed moment is another sentence's ('ik heb morgen …'): the ask keeps its own
        elif _THIS_SPAN.match(fold(moment).strip()) and any(_DAY.match(w) for w in fold(pieces_text(req.pieces)).split()):
            pass  # 'dit weekend' typed, 'zondag de hond uitlaten' asked: that Sunday is this weekend's, the day says it
        elif setting_typed(lex, moment, pieces_text(req.pieces)):
            parts.doubt.append("moment-weg")  # 'zondag aan tafel' typed, 'nog één jaar' asked (asked_when.py)
        elif _swap_day(an, req, moment):
            pass
        elif other_day(pieces_text(req.pieces), moment) or own_time(an.d.raw(main[0].a, main[-1].b), moment):
            parts.doubt.append("moment-weg")  # 'woensdagnamiddag' asked, 'zondag' typed: never two days; the ask keeps its own
        elif not add_moment(an, req, moment):
            parts.doubt.append("moment-weg")  # no place for it ('Kan mevrouw van der Berg …'): never lost while sure (round 42)
        else:
            if _day_after(an, req, moment, _SPAN):
                parts.doubt.append("moment-verplaatst")  # 'vrijdag vanaf maandag': which day is meant?
    elif not parts.crisis:
        pull_moment(an, req, main, parts.extras()) or arrival_moment(an, req, main)  # 'komt om 13u' (arrival.py)
    if parts.crisis and not crisis_amount.ask_says_when(lex, pieces_text(req.pieces)):  # 'op de 4e' is a floor (crisis_when.py)
        add_moment(an, req, lex.setting("crisis_moment", "nu"))
    if not parts.crisis and not alone and dangling(an, req) and not parts.context:
        _resolve(an, req, main, parts)
    _tail_moment_forward(an, req)


_THIS_SPAN = re.compile(r"^(?:deze week|dit weekend|deze week nog|dit weekend nog)$")


def _said_elsewhere(an, req, moment: str) -> bool:
    """'Ik heb morgen een sollicitatiegesprek. Kun je vanavond met me oefenen?' with 'morgen' typed: the ask has a
    moment of its own and the typed one is said in the draft about something else, so it corrects nothing."""
    own = pieces_text(req.pieces)
    if typed_day(moment) and clock_only(an.d.lex, own):
        return False  # 'van 8 tot 10' asked, 'maandag' typed: the day and the hours say one moment (clock_only.py)
    return has_moment(an.d.lex, own) and fold_in(moment) in fold_in(an.d.text)


def request_only(an, main, parts) -> bool:
    """The draft is the request and nothing else (a greeting, a sign-off, the name aside): no part
    goes that a word pointing back ('hem', 'daarover') could point at, so it points where it did in
    the draft ('kun je … nalezen voor ik hem verstuur?' with a moment typed apart). Only for one
    sentence closed by its '?': without marks ('… tenzij er die dag klanten komen dan kom ik wel') or
    with a sentence after it ('… ? Anders wordt het te druk voor haar.') the parts are not that clear;
    a note turned into a question (direct.py) has no '?' of its own, and its 'haar' may be the person asked."""
    skip = {id(c) for c in main} | {id(parts.name_clause)}
    sents = {c.sent for c in main}
    if len(sents) != 1 or not an.d.raw(*an.d.sentences[min(sents)]).rstrip().endswith("?"):
        return False
    if any(consequence_after_ask(an, c) for c in an.clauses):
        return False  # '…, anders wordt het te druk voor haar?': a sentence of its own in the result
    said = fold_in(" ".join(an.d.raw(c.a, c.b) for c in main))
    if any(f" {ref} " in said for ref in (*an.d.lex.moment_refs, "daarna", "toen") if ref != "dan"):
        return False  # 'wil je daarna …' with 'morgen' typed: after what, the typed moment does not say
    return all(id(c) in skip or c.role in ("groet", "leeg", "afsluiting") for c in an.clauses)

# One day said as one word: the typed moment and the draft's own can stand for each other.
_DAY = re.compile(r"^(?:vandaag|morgen|overmorgen|vanavond|vannacht|vanmiddag|vanochtend|vanmorgen|morgen(?:ochtend|middag|avond|vroeg)"
                  r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|middag|avond|morgen|nacht)?)$")


def _swap_day(an, req, moment: str) -> bool:
    """'kun je morgen …' with 'vrijdag' typed as the moment: the typed day takes the place of the draft's
    own day ('kun je vrijdag …'), as `krimp --wanneer` does; never 'vrijdag morgen', a moment nobody
    meant. Only one day word against one day word: a clock time in the draft ('morgen om 3 uur') stays
    next to the typed day, a week typed ('volgende week') goes next to the draft's days, and a draft's
    day that already says more ('zaterdagochtend' for 'zaterdag') stays as it is."""
    typed = fold(moment).split()
    if not typed or not _DAY.match(typed[0]):
        return False
    days = _draft_days(an, req)
    if len(days) != 1 or _day_after(an, req, moment, _DAY_OF) or other_week(pieces_text(req.pieces)):
        return False  # 'volgende week woensdag' (day_clash.other_week)
    k, piece = days[0]
    if not piece.norm.startswith(typed[0]):
        req.pieces[k] = new_piece(moment, replaced=piece.toks)
    return True


# A day after these words is not when the ask happens but part of a phrase: the move 'van zaterdag', a
# deadline 'voor maandag', a span 'tot zondag', 'na dinsdag'. The typed moment goes next to it.
_DAY_OF = frozenset({"van", "voor", "vóór", "tot", "na", "vanaf", "sinds", "op", "tegen", "uiterlijk", "per",
                     "tussen", "rond", "over", "met", "en", "of", "t/m", "m", "dan", "dat", "deze", "die", "elke"})


_SPAN = frozenset({"na", "vanaf", "sinds"})


def _draft_days(an, req) -> list:
    return [(k, p) for k, p in enumerate(req.pieces) if len(p.toks) == 1 and _DAY.match(p.norm)
            and any(i0 <= p.toks[0] < i1 for i0, i1 in an.moments)]


def _day_after(an, req, moment: str, words: frozenset) -> bool:
    """A typed day, and the draft's one day word comes right after one of `words` ('de verhuizing van
    zaterdag', 'het verslag voor maandag', 'vanaf maandag'): it belongs to a phrase, no moment the typed
    one can stand in for."""
    typed = fold(moment).split()
    days = _draft_days(an, req)
    if not typed or not _DAY.match(typed[0]) or len(days) != 1:
        return False
    k = days[0][1].toks[0] - 1
    return k >= 0 and an.d.is_word(k) and an.d.word(k) in words


def _tail_moment_forward(an, req) -> None:
    """'kunt ge naar mijn computer komen kijken, deze week nog?', 'kun je de afwas doen vanavond?': a moment
    said last, after a comma or right after the infinitive, and nothing else there, goes to its place
    before the object ('kunt ge deze week nog naar …', 'kun je vanavond de afwas doen')."""
    pieces = req.pieces
    if req.form != "vraag" or not pieces or not pieces[-1].toks:
        return
    last = pieces[-1].toks[-1]
    span = next(((i0, i1) for i0, i1 in an.moments if i1 == last + 1), None)
    start = next((k for k in range(len(pieces)) if span and pieces[k].toks and pieces[k].toks[0] == span[0]), None)
    if start is None or start < 2 or any(not p.toks for p in pieces[start:]):
        return
    comma = pieces[start - 1].norm == ","
    before = pieces[start - 1].word
    if not comma and (not is_infinitive(an.d.lex, before) or before in an.d.lex.not_infinitive
                      or pieces[start].word in an.d.lex.prepositions):
        return  # only a bare moment right after the closing verb: 'lenen tot vrijdag', 'bellen om 8 uur' stay
    cut = start - 1 if comma else start
    if has_moment(an.d.lex, pieces_text(pieces[:cut])):
        return  # 'mag ik vrijdag vroeger vertrekken, om 14u?': the time refines the day said before
    slot = moment_slot(an, req)
    if slot is None or slot >= cut or pieces[req.front - 1].word not in an.d.lex.subjects:
        return  # 'kunt Mats dan ni opstellen zaterdag': no subject in front to put it after
    tail = pieces[start:]
    req.gone.update(pieces[cut].toks if comma else ())
    req.pieces[cut:] = []
    req.pieces[slot:slot] = tail


def fold_in(text: str) -> str:
    """Words of a text between spaces, to look for one inside another."""
    return " " + " ".join(text_words(text)) + " "


def _resolve(an, req, main, parts) -> None:
    """A word in the request points back: name what it points at, or keep the clause that holds it."""
    every = antecedent(an, main)
    if every and all(c in parts.extras() for c in every):
        k = pronoun_at(an, req)  # unless the kept sentence names nothing it can be ('op de ladder': kept_ref.py)
        pronoun = req.pieces[k] if k is not None else None
        earlier = earlier_thing(an, main, every, candidates, _agrees, _after_preposition, pronoun.word if pronoun else "")
        if earlier and substitute(an, req, earlier):
            req.found.append((pronoun.toks[0], pronoun.toks[0] + 1, "ingevuld", pronoun.text))  # said in a finding
        elif earlier:
            thing_span.keep_earlier(parts, earlier, pronoun in req.pieces)  # the sentence naming it stays (k35e)
        return  # what it points at is in the result already ('Ik snap niks van die brief. Kun je er …')
    if every and every[-1] in parts.extras() and parts.state is every[-1] and _there_only(an, req):
        parts.doubt.append("verwijzing")  # '… gelezen, maar ik snap het stuk over X niet. Kunnen we daar …':
        return  # the honest sentence kept right before the request is what it points at, most likely
    ante = [c for c in every if c not in parts.extras() and c is not parts.name_clause]
    named = name_the_person(an, req, main, set(parts.name_toks), lambda cs: candidates(an, cs, person=False))
    if named is not None:  # 'kun jij bij hem zijn?' after '… en Daan is nog steeds ziek' -> 'bij Daan'
        parts.doubt += [named] if named else []
        return
    if any(p.word in an.d.lex.references for p in req.pieces):
        parts.doubt.append("verwijzing")  # 'daar', 'daarna': the sentence stays awkward without it
    done = resolve_referent(an, req, main, [parts.name_clause])  # across sentence and line breaks
    if done is None:
        k = pronoun_at(an, req)
        pronoun = req.pieces[k].word if k is not None else ""
        done = substitute(an, req, ante) if ante else None
        if done and _rival_kept(an, pronoun, [c for c in every if c in parts.extras()]):
            done = False
    if done is False or (done is None and not ante and _said_before(an, main)):
        parts.doubt.append("verwijzing")  # ambiguous, or what it points at is further back
    if done is None and ante:
        useful = [c for c in ante if candidates(an, [c], person=True) or any(ch.isdigit() for ch in an.d.raw(c.a, c.b))]
        parts.context += useful
        if not useful:
            parts.doubt.append("verwijzing")


def _there_only(an, req) -> bool:
    """The request points back only with 'daar' ('kunnen we daar … over praten'), no 'hem', 'die', 'het'."""
    words = [p.word for p in req.pieces if p.toks]
    return any(w.startswith("daar") for w in words) and not set(words[req.front:]) & _POINTERS


_POINTERS = frozenset({"hem", "'m", "die", "dat", "da", "het", "ze", "deze", "dit", "haar"})


def _said_before(an, main) -> bool:
    """Something was said before the request (other than a greeting)."""
    return any(c.a < main[0].a and c.role not in ("groet", "leeg", "afsluiting") for c in an.clauses)


def _moment_ref_only(an, req) -> bool:
    """The only word pointing back is a moment ('die week'), which a real moment can replace."""
    saved = list(req.pieces)
    text = " " + pieces_text(req.pieces) + " "
    refs = [r for r in an.d.lex.moment_refs if r != "dan" and f" {r} " in text]
    if not refs:
        return False
    words = set(refs[0].split())
    req.pieces = [p for p in req.pieces if p.word not in words]
    only = not dangling(an, req)
    req.pieces = saved
    return only
