"""The verbs at the end of a subordinate clause ("… aan zou kunnen nemen"), and what they become."""

from __future__ import annotations

from dataclasses import dataclass

from .pieces import Piece, joined_piece, new_piece
from .finite import agrees
from .verbs import infinitive_of, is_infinitive

# A clause inside the clause ends the part where the verbs are: "als ik jouw plek gebruik zolang jij …".
NESTED = frozenset({"maar", "zolang", "als", "omdat", "terwijl", "voordat", "nadat", "wanneer", "zodat", "totdat", "tot", "want", "hoe", "waar", "wat", "dat", "die"})
_PRONOUNS = frozenset({"ons", "haar", "hem", "je", "jou", "die", "dat", "mij", "me", "u", "hun", "hen"})
DETERMINERS = frozenset({"de", "het", "een", "mijn", "m'n", "je", "jouw", "uw", "ons", "onze", "zijn", "haar", "hun", "die", "dat", "deze", "dit"})
# A modal form right after a word that is also an object pronoun is the verb: 'of u ons kunt helpen'.
_OBJECT_FIRST = frozenset({"ons", "je", "haar", "hun"})
_MODAL_FORMS = frozenset({"kunt", "kan", "kun", "wil", "wilt", "mag", "moet", "zult", "zal", "kunde", "wilde"})


@dataclass
class Cluster:
    start: int  # index of the first piece of the cluster (incl. a particle joined to the verb)
    end: int  # index after the last piece of the cluster
    finite: Piece
    lemma: str  # for the front: kunnen, willen, mogen, hebben, zijn, or ""
    verbs: list[Piece]  # what stays at the end: main infinitive(s), particle joined
    sure: bool = True


def core_end(an, pieces: list[Piece], first: int) -> int:
    """Where the clause's own words end (before a nested clause; 'van vrijdag tot zondag' is none)."""
    subjects = an.d.lex.subjects
    for k in range(first + 1, len(pieces)):
        if pieces[k].word in NESTED and k > first + 1:
            nxt = pieces[k + 1].word if k + 1 < len(pieces) else ""
            if pieces[k].word == "tot" and nxt not in subjects or pieces[k].word == "wat" and _a_bit(nxt):
                continue  # 'van vrijdag tot zondag', 'wat zachter doen' ('a bit'): no clause of its own
            return k
        if pieces[k].word == "om" and k > first + 1 and any(p.word == "te" for p in pieces[k + 1:]):
            return k  # '… langskomt om te bespreken …': an infinitive clause of its own
        if pieces[k].word == "of" and k > first + 1 and (pieces[k + 1].word if k + 1 < len(pieces) else "") in subjects | {"zij", "hij", "er", "ze"}:
            return k
    return len(pieces)


def _a_bit(word: str) -> bool:
    """'wat' before a comparative ('wat zachter', 'wat later', 'wat meer') means 'a bit'."""
    return word in ("meer", "minder", "extra") or len(word) > 4 and word.endswith("er") and word not in ("ieder", "weer", "over", "onder", "achter")


def find_cluster(an, pieces: list[Piece], first: int, subject: str = "") -> Cluster | None:
    """The verb cluster of a verb-final clause (pieces[first:]), or None (subject: the clause's, when known)."""
    lex = an.d.lex
    limit = core_end(an, pieces, first)
    finite_at = None
    for plain_only in (True, False):  # "kunnen", "zijn" are finite only for a plural subject
        for k in range(limit - 1, first - 1, -1):
            w = pieces[k].word
            if k > first and pieces[k - 1].word in DETERMINERS and w not in ("zou", "zoudt", "zouden") and not (
                    pieces[k - 1].word in _PRONOUNS and k - 2 >= first and pieces[k - 2].word in lex.prepositions) and not (
                    pieces[k - 1].word in _OBJECT_FIRST and w in _MODAL_FORMS):
                continue  # 'de was' is laundry, not a verb; but 'voor ons zou …', 'of gij ons zoudt …' have one
            if w in lex.finite and pieces[k].toks and len(pieces[k].norm.split()) == 1:
                if plain_only and w == lex.finite[w]:
                    continue
                if w == lex.finite[w] and not all(is_infinitive(lex, q.word) or q.word in lex.particles for q in pieces[k + 1:limit]):
                    continue  # 'dat de buurman zijn auto verzet': 'zijn' before a noun is 'his', not a verb
                finite_at = k
                break
        if finite_at is not None:
            break
    if finite_at is None:
        return _finite_with_infinitive(an, pieces, first, limit) or main_verb(an, pieces, first, limit, subject)
    f = pieces[finite_at]
    lemma = lex.finite[f.word]
    start, end = finite_at, finite_at + 1
    while start - 1 >= first and is_infinitive(lex, pieces[start - 1].word):
        start -= 1  # "of je me helpen kan"
    while end < len(pieces) and is_infinitive(lex, pieces[end].word):
        end += 1
    infinitives = pieces[start:finite_at] + pieces[finite_at + 1: end]
    if lemma == "zullen":
        modal = next((p for p in infinitives if p.word in lex.modal_inf), None)
        lemma = lex.modal_inf[modal.word] if modal else ""
        infinitives = [p for p in infinitives if p is not modal]
    verbs, start = join_particle(an, pieces, first, start, infinitives)
    return Cluster(start, end, f, lemma, verbs)


def _finite_with_infinitive(an, pieces: list[Piece], first: int, limit: int) -> Cluster | None:
    """'dat ge mij … komt bezoeken', 'als ge het gaat halen': a finite verb next to an infinitive
    keeps its infinitive in the cluster ('komen bezoeken')."""
    lex = an.d.lex
    for k in range(limit - 1, first, -1):
        w = pieces[k].word
        object_pronoun = pieces[k - 1].word in _PRONOUNS and k - 2 >= first and pieces[k - 2].word in lex.prepositions
        if w not in lex.irregular or not pieces[k].toks or (pieces[k - 1].word in DETERMINERS and not object_pronoun):
            continue  # 'de was' is laundry; but 'bij je kom slapen' has a verb
        inf = lex.irregular[w]
        last = k + 2 == limit and pieces[k + 1].word.endswith("en")  # 'blijf eten': 'eten' is a verb here
        if k + 1 < limit and (is_infinitive(lex, pieces[k + 1].word) or last):
            end = k + 2
            while end < limit and is_infinitive(lex, pieces[end].word):
                end += 1
            verbs = [new_piece(inf, pieces[k].toks)] + pieces[k + 1:end]
            return Cluster(k, end, pieces[k], "", verbs)
        before = pieces[k - 2].word if k - 2 >= first else ""
        if is_infinitive(lex, pieces[k - 1].word) and k - 1 > first and before not in lex.prepositions \
                and before not in DETERMINERS:  # 'bezoeken komt', not 'naar leuven brengt'
            verbs = [new_piece(inf, pieces[k].toks), pieces[k - 1]]
            return Cluster(k - 1, k + 1, pieces[k], "", verbs)
    return None


def main_verb(an, pieces: list[Piece], first: int, limit: int, subject: str = "") -> Cluster | None:
    """No auxiliary: the main verb itself is finite ("als je morgen de kinderen ophaalt").

    It is the last word of the clause, or the last word before a phrase that starts with a
    preposition ("… uitnodig op ons kot"), never a word right after an article or a preposition
    (that is a noun). Its infinitive comes from infinitive_of; a guessed form is not sure.
    Round 49 (k49b): the clause may end at a comma or a bracket ('… 4/5 werk, met de woensdag vrij', '… verandert,
    ook niet …'); the word found must agree with the subject ('jij … verandert', finite.agrees) and be a verb at all
    ('niets', 'vrij' never take '-en'): else the next cut is tried, and no cut gives no cluster (not sure).
    """
    cuts = [k for k in range(limit - 1, first + 1, -1) if pieces[k].text in _CUTS and pieces[k].toks]
    for end in [limit] + cuts:
        found = _last_verb(an, pieces, first, end, subject)
        if found is not None:
            return found
    return None


_CUTS = frozenset({",", "(", ")", ";", "-", "–"})


def _last_verb(an, pieces: list[Piece], first: int, limit: int, subject: str) -> Cluster | None:
    """main_verb for the clause cut at `limit`."""
    lex = an.d.lex
    for k in range(limit - 1, first, -1):
        p = pieces[k]
        after = pieces[k + 1].word if k + 1 < limit else ""
        if after and after not in lex.prepositions:
            continue
        before = pieces[k - 1].word
        if not p.toks or len(p.norm.split()) != 1 or not p.word.isalpha() or p.text[:1].isupper():
            continue
        pronoun = before in _PRONOUNS and k - 2 >= first and pieces[k - 2].word in lex.prepositions  # 'naar je stuur'
        if (before in DETERMINERS and not pronoun) or before in lex.prepositions or p.word in lex.not_verb or before.isdigit() \
                or before in ("en", "of", "maar"):
            continue
        if lex.moment.match(p.word) or p.word in lex.fillers or p.word in lex.particles:
            continue
        if subject and not agrees(p.word, subject, lex.irregular, lex.finite):
            if pronoun:
                continue  # 'op ons kot': 'ons' was a possessive, the noun no verb
            return None  # 'jij … niets aan de wachtrij': 'niets' is no verb of 'jij'
        inf, sure = infinitive_of(lex, p.word)
        if not inf:
            return None
        verbs, start = join_particle(an, pieces, first, k, [new_piece(inf, p.toks) if inf != p.word else p])
        return Cluster(start, k + 1, p, "", verbs, sure=sure)
    return None


def join_particle(an, pieces: list[Piece], first: int, start: int, verbs: list[Piece]) -> tuple[list[Piece], int]:
    """'aan' right before the cluster joins the main verb: 'aan zou kunnen nemen' -> 'aannemen'."""
    lex = an.d.lex
    if not verbs or start - 1 < first:
        return verbs, start
    particle = pieces[start - 1]
    before = pieces[start - 2].word if start - 2 >= first else ""
    if before in lex.no_join_after or before in lex.prepositions or not particle.toks:
        return verbs, start
    if particle.word not in lex.particles:
        return verbs, start
    if particle.word in lex.apart_particles and start - 3 >= first and pieces[start - 3].word in lex.prepositions:
        return verbs, start  # 'bij mij thuis zou kunnen komen': 'thuis' says where, no 'thuiskomen'
    main = verbs[-1]
    if any(main.word.startswith(p) and len(main.word) > len(p) + 3 for p in lex.particles if len(p) >= 2):
        return verbs, start  # 'thuis langskomt', 'thuis aflevert': the verb has its particle already
    if main.toks and main.toks[0] == particle.toks[0] + 1:
        glued = joined_piece(an.d, particle.toks[0], main.toks[0])
    else:
        glued = Piece(particle.text + main.text, particle.toks + main.toks, particle.norm + main.norm, replaced=main.replaced)
    return verbs[:-1] + [glued], start - 1
