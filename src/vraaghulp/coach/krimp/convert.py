"""From the request clause(s) to a direct request (see rewrite.py for the pieces used)."""

from __future__ import annotations

from dataclasses import replace

from .who import same_either_way
from .checks import text_words
from .both_verbs import first_verb_too, later_verbs_too
from .cluster import find_cluster, join_particle
from .fact_whether import mark_fact
from .groups import head
from .assemble import has_moment, moment_slot, pieces_text
from .fragments import mend_joints
from .leadin import put_place
from .lists import place_list, split_list
from .occasion import cut_occasion, occasion_moment
from .pieces import Piece, new_piece
from .rewrite import Request, clean, drop_then, group_tokens, peel_frames
from .shapes import glad_tail
from .verb_first import direct, subject_of
from .verbs import front_form, is_infinitive
from .wordsets import NEGATIONS
from .zou import SECOND, zou_statement
from .zou_state import state_after_zou

FIRST = ("me", "mij", "mijn", "m'n", "ons", "onze")


def rewrite(an, group, register: str) -> Request:
    """The request group (condition clauses, the request clause, what continues it) rewritten."""
    main = head(group)
    req = Request([])
    pieces, items, colon = split_list(an, clean(an, group_tokens(an, group), req))
    pieces = mend_joints(an, pieces)  # '… ophalen? ⏎ en hun eten geven' (fragments.py)
    split = next((k for k, p in enumerate(pieces) if p.toks and p.toks[0] >= main.start), len(pieces))
    prefix, rest = pieces[:split], pieces[split:]
    loose = [p for p in prefix if p.toks and main.a <= p.toks[0] < main.start]
    req.gone.update(i for p in loose for i in p.toks)  # 'Graag zou ik …', 'Dan zou ik …'
    prefix = [p for p in prefix if not (p.toks and main.a <= p.toks[0] < main.start)]
    moved = occasion_moment(an, prefix) if prefix else None
    if moved is not None:  # 'als je zondag toch komt, kun je dan …': only its moment stays
        req.gone.update(i for p in prefix for i in p.toks if not any(i in m.toks for m in moved))
        prefix = []
    if main.kind == "kader":
        rest = from_frame(an, rest, req, register)
    elif main.kind in ("direct", "wie"):
        rest = direct(an, rest, req, main)
    elif main.role == "extra":
        rest = _extra(an, rest, req, register)
    elif main.kind == "behoefte":
        req.form = "mededeling"
        rest = zou_statement(an, rest, req)
    else:
        req.form = "gebiedend"
        req.front = 1
    if req.form == "vraag":
        if not _lead_kept(an, group):  # 'Ben je morgen op kantoor? Kun je dan …': 'dan' points at what stays
            rest = drop_then(req, rest)
        if moved is None:  # 'wil jij zaterdag als je toch naar de stad gaat voor oma … meenemen'
            kept = rest
            rest, moved = cut_occasion(an, rest, req.front, has_moment(an.d.lex, pieces_text(rest)))
            req.gone.update(i for p in kept if p not in rest for i in p.toks)
    if prefix and req.form == "vraag" and req.front:
        req.front += len(prefix)
    req.pieces = prefix + rest
    if moved:
        slot = moment_slot(an, req)
        if slot is None:
            req.doubts.append("gelegenheid zonder plek voor het moment")
        else:
            req.pieces[slot:slot] = moved
    place_list(an, req, items, colon, group)
    put_place(an, req, group)  # 'ben je bij de ah? kan je dan …' (leadin.py)
    return req


def _lead_kept(an, group) -> bool:
    """A question that leads in to this request stays in the result before it (groups.choose)."""
    return getattr(an, "lead_for", None) is group and not getattr(an, "lead_place", None)


def _extra(an, pieces: list[Piece], req: Request, register: str) -> list[Piece]:
    """'En ook de was ophangen?' -> 'Kun je ook de was ophangen?' (a question needs its front)."""
    lex = an.d.lex
    while pieces and pieces[0].word in ("en", "o", "oh", "ja", "ps", "p.s", "trouwens", "verder", "daarnaast", "graag"):
        req.gone.update(pieces[0].toks)
        pieces = pieces[1:]
    if len(pieces) > 1 and pieces[0].word == "ook" and pieces[1].word == "graag":  # 'Ook graag je … doorgeven'
        req.gone.update(pieces[1].toks)
        pieces = pieces[:1] + pieces[2:]
    cut = glad_tail([p.word for p in pieces])
    if cut:  # 'Ook de heg knippen zou fijn zijn.'
        req.gone.update(i for p in pieces[-cut:] for i in p.toks)
        pieces = pieces[:-cut]
    if pieces and pieces[0].word in lex.fillers and pieces[0].text[:1].isupper():
        pieces = [replace(pieces[0], text=pieces[0].text.lower())] + pieces[1:]  # 'Ook graag …': no capital after 'je'
    if not pieces or not is_infinitive(lex, pieces[-1].word):
        req.doubts.append("geen werkwoord in de tweede vraag")
        return pieces
    you = register if register in ("u", "ge") else "je"  # 'Kunt ge ook …', 'Kunt u ook …'
    req.subject, req.front = you, 2
    return [new_piece(front_form(lex, "kunnen", you)), new_piece(you)] + pieces


def from_frame(an, pieces: list[Piece], req: Request, register: str) -> list[Piece]:
    lex = an.d.lex
    rest, frame, comp, frame_subject = peel_frames(an, pieces, req)
    if frame is None or not rest:
        req.doubts.append("kader zonder vraag erna")
        return pieces
    if comp == "om":
        return from_om(an, rest, req, frame, frame_subject, register)
    subject, size = (frame.subject, 0) if frame.subject else subject_of(rest, nouns=True)
    if not subject:
        req.doubts.append("geen onderwerp na het kader")
        return rest
    if frame.reader_only and subject not in SECOND:  # 'ik zit te twijfelen of ik morgen ga': no request (round 50)
        return _left(req, "twijfel over jezelf", pieces)
    if comp in ("moest", "mocht") and not frame.subject and size:
        return _should_i(an, rest, req, subject, size, frame)
    cluster, rest, tail = _verb_last(an, rest, size, req, "np" if subject == "er" else subject)
    if cluster is None or cluster.start < size:
        req.doubts.append("geen werkwoord aan het eind")
        return rest
    if state_after_zou(cluster):  # 'of je dat leuk zou vinden': never 'Kun je … vinden?' (zou_state.py)
        return _left(req, "zou bij een toestand", pieces)
    mark_fact(req, frame, comp, subject, cluster.lemma)  # 'of de trein morgen rijdt': never 'Mag de trein …?'
    first_verb_too(an, rest, size, cluster, req, "np" if subject == "er" else subject)
    later_verbs_too(an, rest, cluster, req, "np" if subject == "er" else subject)  # '… langskomt maar eerst even appt'  # '… de kat eten geeft en de post binnenlegt' (both_verbs.py)
    if subject == "ik" and not cluster.lemma and cluster.verbs and cluster.verbs[-1].norm == cluster.finite.norm \
            and cluster.finite.word.endswith("en") and cluster.finite.toks:
        stem = cluster.verbs[-1]  # 'als ik mijn paper maandag indien': after 'ik' a stem, never an infinitive
        cluster.verbs[-1] = new_piece(stem.text + "en", stem.toks)
    modal_before = cluster.start - 1 if cluster.start - 1 >= size and rest[cluster.start - 1].word in ("kunnen", "mogen") else None
    if not cluster.lemma and modal_before is not None and subject in ("we", "wij"):
        cluster.lemma = rest[modal_before].word  # 'of we … kunnen verzetten naar dinsdag': 'kunnen we … verzetten'
        rest = rest[:modal_before] + rest[modal_before + 1:]
        cluster.start, cluster.end = cluster.start - 1, cluster.end - 1
    lemma = cluster.lemma or frame.lead
    if cluster.lemma == "hebben" and not cluster.verbs and subject not in ("ik", "we", "wij"):
        lemma = "hebben"  # '… als iemand een ladder heeft': 'heeft iemand …', never 'kan iemand een ladder'
    elif subject not in SECOND + ("jullie",) and (frame.lead == "willen" or not cluster.lemma) and cluster.lemma not in ("kunnen", "mogen", "hoeven"):
        lemma = "mogen"  # 'zou u het erg vinden als ik/Mats/we …': permission -> 'mag ik/Mats', 'mogen we'
    if not cluster.lemma and subject not in ("ik", "we", "wij") and _possible(req):
        lemma = "kunnen"  # 'is het mogelijk dat de taxi haar ophaalt / dat jullie …' asks whether it can, not for leave
    if lemma == "mogen" and subject in ("we", "wij") and _framed(req, _GLAD):
        lemma = "kunnen"  # 'zou je het fijn vinden als we samen …' proposes, it asks no leave
    if lemma == "mogen" and subject not in ("ik", "we", "wij") and _framed(req, _WISH):  # '… als iemand … uitruimt'
        lemma, req.doubts = "kunnen", req.doubts + (["wens voor een ander"] if subject == "np" else [])  # not 'mag'
    _let_off(req, lemma, rest)
    if lemma in ("hebben", "zijn") and cluster.verbs:
        req.doubts.append("voltooide tijd")
    if cluster.lemma in ("zijn", "hebben") and not cluster.verbs and lemma != cluster.lemma:
        cluster.verbs = [new_piece(cluster.lemma)]  # 'als ik later thuis ben' -> 'mag ik later thuis zijn'; '… extra heb'
    if not cluster.sure:
        req.doubts.append("werkwoordsvorm afgeleid")
    front = new_piece(front_form(lex, lemma, subject, cluster.finite.word), replaced=cluster.finite.toks)
    subj = [new_piece(subject)] if frame.subject else rest[:size]
    req.subject = subject
    req.front = 1 + len(subj)
    if subject == "np" and (cluster.finite.word in ("zouden", "kunnen", "willen", "mogen") or _plural(cluster.finite.word)):
        front = new_piece(front_form(lex, lemma, "np-mv", cluster.finite.word), replaced=cluster.finite.toks)
    return [front] + subj + rest[size: cluster.start] + cluster.verbs + rest[cluster.end:] + tail


def _left(req: Request, why: str, pieces: list[Piece]) -> list[Piece]:
    """The frame stays (the writer's own words) and the result is not sure: `why` is the doubt."""
    req.doubts.append(why)
    return pieces


def _verb_last(an, rest: list[Piece], size: int, req: Request, subject: str = "") -> tuple:
    """(the verb cluster, the clause up to it, a moment typed after it): chat puts the moment after the verb ('is het
    ok als ik uw fiets leen morgen tot 12u'); the moment stays where it was typed (round 40, k40a). No moment after
    the verb: the clause as it is. Never an address word or a moment word as the verb ('… leen morgen mam' never
    'mammen', '… om tien uur' never 'uren', k40r2): then the cut before them, or no cluster (not sure)."""
    lex = an.d.lex
    cluster = find_cluster(an, rest, size, subject)
    if cluster is not None and not _no_verb(lex, rest, cluster):
        return cluster, rest, []
    for cut in range(len(rest) - 1, max(size, len(rest) - 8), -1):
        tail = rest[cut:]
        if _moments_only(lex, [p.norm for p in tail]) and (found := find_cluster(an, rest[:cut], size, subject)) \
                and not _no_verb(lex, rest[:cut], found):
            if any(p.word in lex.relations for p in tail):
                req.doubts.append("aanspreking achteraan")  # 'leen morgen mam': whom it asks stays at the end
            return found, rest[:cut], tail
    return None, rest, []


def _no_verb(lex, pieces: list[Piece], cluster) -> bool:
    """The cluster's verb is an address word ('mam') or inside a moment ('om tien uur'): no verb at all."""
    word = cluster.finite.word
    if word in lex.relations:
        return True
    at = pieces.index(cluster.finite) if cluster.finite in pieces else -1
    if at < 0:
        return False
    text = " ".join(p.norm for p in pieces)
    start = len(" ".join(p.norm for p in pieces[:at])) + (1 if at else 0)
    end = start + len(pieces[at].norm)
    return any(m.start() <= start and end <= m.end() for m in lex.moment.finditer(text))


def _moments_only(lex, words: list[str]) -> bool:
    """The words are one or more moments, with at most an address word ('morgen tot 12u', 'zaterdag', 'morgen mam'):
    every character outside the moments' matches is a space or belongs to an address word."""
    kept = [w for w in words if w not in lex.relations]
    text = " ".join(kept)
    if not text:
        return False
    outside = text
    for m in reversed(list(lex.moment.finditer(text))):
        outside = outside[:m.start()] + outside[m.end():]
    return not outside.strip()


_POSSIBLE = frozenset({"mogelijk", "mogelijks", "kunnen", "kan", "kon", "lukken", "lukt", "optie", "haalbaar", "gaan"})
_GLAD = frozenset({"leuk", "fijn", "gezellig", "tof", "plezant", "prettig", "super", "top", "idee"})
_WISH = _GLAD | {"helpen", "helpt", "blij", "dankbaar", "geweldig", "heerlijk", "handig", "fantastisch", "uitkomst", "hulp",
                 "ideaal", "praktisch", "makkelijk", "oplossing", "optie", "mooi"}


def _possible(req: Request) -> bool:
    """The frame just peeled asks whether it can be ('is het mogelijk', 'zou het lukken')."""
    return _framed(req, _POSSIBLE)


def _framed(req: Request, words: frozenset[str]) -> bool:
    """The frame just peeled holds one of these words."""
    return bool(req.found) and bool(words & set(text_words(req.found[-1][3])))


# 'Would you mind if I don't …': a frame that asks how the reader takes it (never 'is it possible').
_MIND = frozenset({"erg", "vervelend", "bezwaar", "bezwaarlijk", "probleem", "storend", "ambetant", "lastig",
                   "goed", "oke", "ok", "okee", "prima", "raar", "jammer", "boos", "kwalijk", "idee"})


def _let_off(req: Request, lemma: str, rest: list[Piece]) -> None:
    """The clause under a 'would you mind' frame says 'niet'/'geen': asked to be let off ('als ik
    niet kom', 'moest ik ni meegaan'). Made 'mag ik niet komen?' it reads as 'am I not allowed to
    come?': the meaning flips. Not sure then: the person's own question stays (fallback.py). 'niet op
    vrijdag maar op maandag' is no let-off: the contrast says what is asked."""
    words = [p.word for p in rest]
    if lemma == "mogen" and NEGATIONS & set(words) and "maar" not in words and _framed(req, _MIND):
        req.doubts.append("ontheffing met niet")


def _plural(finite: str) -> bool:
    """'dat ze morgen komen': a plural finite verb (the same as its infinitive)."""
    return len(finite) > 4 and finite.endswith("en")


def _should_i(an, rest: list[Piece], req: Request, subject: str, size: int, frame) -> list[Piece]:
    """Flemish 'zoudt ge het erg vinden moest ik bij u blijven slapen' ('if I were to'): the verbs
    are infinitives already -> 'mag ik bij u blijven slapen'."""
    lex = an.d.lex
    if not any(is_infinitive(lex, p.word) for p in rest[size:]):
        req.doubts.append("geen werkwoord aan het eind")
        return rest
    lemma = frame.lead if subject in SECOND + ("jullie",) else "mogen"  # 'moest mijn broer …' -> 'mag mijn broer'
    lemma = "kunnen" if lemma == "mogen" and subject not in ("ik", "we", "wij") and _framed(req, _WISH) else lemma
    _let_off(req, lemma, rest)
    req.subject = subject
    req.front = 1 + size
    return [new_piece(front_form(lex, lemma, subject))] + rest


def from_om(an, rest: list[Piece], req: Request, frame, frame_subject: str, register: str) -> list[Piece]:
    """'zou het mogelijk zijn om mijn pakje op te halen' -> 'kun je mijn pakje ophalen'."""
    lex = an.d.lex
    te = None
    for k in range(_inner_clause(an, rest) - 2, -1, -1):
        if rest[k].word == "te" and (rest[k + 1].word.endswith("en") or is_infinitive(lex, rest[k + 1].word)):
            te = k
            break
    if te is None:
        req.doubts.append("om zonder te")
        return rest
    verbs, start = join_particle(an, rest, 0, te, [rest[te + 1]])
    subject, lemma = _om_subject(an, rest, verbs[-1], frame, frame_subject, register, req)
    req.subject = subject
    req.front = 2
    front = new_piece(front_form(lex, lemma, subject))
    return [front, new_piece(subject)] + rest[:start] + verbs + rest[te + 2:]


_INNER = frozenset({"om", "zonder"})


def _inner_clause(an, rest: list[Piece]) -> int:
    """Where a second 'om … te' or 'zonder … te' starts inside the frame's clause ('om iemand te sturen | om de
    schimmel te bekijken'): the frame's own 'te' stands before it. 'om 10 uur' is a time, no clause."""
    timed = {i for i0, i1 in an.moments for i in range(i0, i1)}
    for k in range(1, len(rest) - 1):
        if rest[k].word in _INNER and not timed & set(rest[k].toks) and any(p.word == "te" for p in rest[k + 1:]) \
                and any(p.word == "te" for p in rest[:k]):
            return k + 1
    return len(rest)


def _om_subject(an, rest: list[Piece], verb: Piece, frame, frame_subject: str, register: str, req) -> tuple[str, str]:
    """Who does it? 'met je te praten', 'thuis te werken' -> 'mag ik'; 'mij … toe te sturen' -> 'kun je';
    'onze zaal te gebruiken' -> 'mogen we'. Without such a sign it is a guess (req.guesses)."""
    lex = an.d.lex
    if frame_subject or frame.subject:  # 'zou iemand het leuk vinden om …': the frame names who
        return frame_subject or frame.subject, frame.lead
    words = {p.word for p in rest}
    if "samen" in words and not words & set(SECOND):
        return "we", "kunnen"  # 'om zaterdag samen de zolder op te ruimen' -> 'kunnen we …'
    if words & set(SECOND):
        return "ik", "mogen"
    before = [p.word for p in rest[:next((k for k, p in enumerate(rest) if p is verb), 0)]
              if p.word != "te" and not (p.word in lex.particles and verb.word.startswith(p.word))]
    pair = f"{before[-1]} {verb.word}" if before else ""  # 'vrij (te) nemen', 'gebruik (te) maken'
    if (pair in lex.self_maybe or verb.word in lex.self_maybe) and not words & {"me", "mij", "ons"}:
        if not same_either_way(an, rest, verb, pair, register):
            req.guesses.add("wie")  # 'om een afspraak te maken': mostly the writer's, so 'kan ik', but not sure
        return "ik", "kunnen"
    own = verb.word in lex.self_verbs or pair in lex.self_verbs or any(verb.word.endswith(v) for v in lex.self_verbs)
    if own and words & {"ons", "onze"} and not words & {"me", "mij"}:
        return "we", "mogen"
    if own and not words & {"me", "mij", "ons"}:  # "mijn PO later inleveren": still my own act
        return "ik", "mogen"
    if not words & {"me", "mij", "ons"}:
        front = [p.word for p in rest[:next((k for k, p in enumerate(rest) if p.word == "te"), len(rest))]]
        front = front[:-1] if front[-1:] and verb.word.startswith(front[-1]) and front[-1] in lex.particles else front
        mine = _possible(req) and (_owned(front) or front[-1:] in (["later"], ["eerder"]))
        if (mine or not any(p.word == "laten" for p in rest)) and not same_either_way(an, rest, verb, pair, register):
            req.guesses.add("wie")  # 'om de huur later te betalen': you or I? ('mij … te sturen': you) (who.py)
        if mine:
            return "ik", "kunnen"  # 'is het mogelijk om mijn presentatie later te doen': 'kan ik …', never 'kun je …'
    return (register if register in ("je", "u", "ge") else "je"), frame.lead


_MINE = frozenset({"mijn", "m'n", "mn", "mijne"})


def _owned(before: list[str]) -> bool:
    """The object is the writer's own ('mijn presentatie', not 'de deadline voor mijn hoofdstuk'): asked
    whether it can be moved or changed, the writer asks for leave; the reader is not asked to do it."""
    return any(w in _MINE and (k == 0 or before[k - 1] not in _PREPOSITIONS) for k, w in enumerate(before))


_PREPOSITIONS = frozenset({"voor", "van", "bij", "met", "aan", "over", "naar", "in", "op", "uit", "om", "tot"})
