"""'zou' as a polite front: 'zou je … kunnen' -> 'kun je …', 'ik zou graag … willen' -> 'ik wil graag …',
'zou Lucas niet mee hoeven te nemen' -> 'hoeft Lucas niet mee te nemen'; and where 'zou' is no polite
'kan' ('zou het u schikken als …'), a doubt instead of a guess."""

from __future__ import annotations

from .pieces import Piece, joined_piece, new_piece
from .rewrite import Request
from .verbs import front_form, is_infinitive

SECOND = ("je", "jij", "jou", "jouw", "u", "uw", "ge", "gij")


def zou(an, pieces: list[Piece], req: Request, after: int) -> list[Piece]:
    """'zou je me morgen kunnen ophalen' -> 'kun je me morgen ophalen'."""
    lex = an.d.lex
    zou = pieces[0]
    modal_at = next((k for k in range(after, len(pieces)) if pieces[k].word in lex.modal_inf), None)
    if modal_at is None and req.subject in SECOND:  # 'zou je volgende week tijd hebben' -> 'heb je …'
        modal_at = next((k for k in range(after, len(pieces)) if pieces[k].word in ("hebben", "zijn")
                         and not any(is_infinitive(lex, p.word) for p in pieces[after:k])), None)
    if modal_at is None:
        modal_at = next((k for k in range(after, len(pieces)) if pieces[k].word == "hoeven"), None)
    if modal_at is None:
        lemma = "kunnen"
        rest = pieces[1:]
        req.found.append((zou.toks[0], zou.toks[0] + 1, "afzwakker", zou.text))
        if not any(is_infinitive(lex, p.word) for p in pieces[after:]):
            req.doubts.append("zou zonder werkwoord")
        elif _not_can(lex, pieces, after):
            req.doubts.append("zou met een ander werkwoord")  # 'zou het u schikken als …' is no 'kan het …'
    else:
        modal = pieces[modal_at]
        lemma = lex.modal_inf.get(modal.word, modal.word)
        req.found.append((zou.toks[0], zou.toks[0] + 1, "afzwakker", f"{zou.text} \u2026 {modal.text}"))
        rest = rejoin(an, pieces[1:modal_at] + pieces[modal_at + 1:], modal_at - 1)
    d = an.d
    said = any(d.word(i) == "kan" and d.word(i + 1) in ("je", "jij") for i in range(d.n - 1))
    form = "kan" if lemma == "kunnen" and said else ""
    subject = req.subject
    if subject in ("np", "np-mv"):
        subject = "np-mv" if zou.word == "zouden" else "np"
    text = front_form(lex, lemma, subject, form)
    glued = zou.norm.split()[1:]  # 'zoudde die … gooien' (zoudt ge): the subject grown on goes along (round 38)
    if glued and not (rest and rest[0].word in (glued[0], "gij", "gie")):
        text = f"{text} {glued[0]}"
    front = new_piece(text, replaced=zou.toks)
    return [front] + rest


def _not_can(lex, pieces: list[Piece], after: int) -> bool:
    """'zou het uitkomen als …', 'zou u dat goedvinden': the verb after 'zou' is not one the reader
    can do, so 'zou' is no polite 'kan' ('kan het uitkomen' says something else)."""
    words = [p.word for p in pieces[after:]]
    words = words[:next((k for k, w in enumerate(words) if w in lex.subordinators), len(words))]  # '… als ik bel'
    verbs = [w for w in words if is_infinitive(lex, w)]
    if len(pieces) > 1 and pieces[1].word in ("het", "dat", "dit", "da", "'t") and set(verbs) != {"zijn"}:
        return True  # 'zou het (mogelijk) zijn dat …' may become 'kan het zijn dat …'
    return any(w in lex.not_can_verbs for w in verbs)


def zou_statement(an, pieces: list[Piece], req: Request) -> list[Piece]:
    """'Ik zou graag met u willen praten' -> 'Ik wil graag met u praten' (still a statement); a fused 'kzou'
    ('kzou ni willen da ge …') -> 'Ik wil ni da ge …'."""
    lex = an.d.lex
    if pieces and pieces[0].norm == "ik zou" and len(pieces[0].toks) == 1:
        pieces = [Piece("ik", (), "ik", replaced=pieces[0].toks), Piece("zou", pieces[0].toks, "zou")] + pieces[1:]
    if len(pieces) < 4 or pieces[0].word != "ik" or pieces[1].word != "zou":
        return pieces
    modal_at = next((k for k in range(2, len(pieces)) if pieces[k].word in lex.modal_inf), None)
    if modal_at is None:
        return pieces
    lemma = lex.modal_inf[pieces[modal_at].word]
    zou = pieces[1]
    req.found.append((zou.toks[0], zou.toks[0] + 1, "afzwakker", f"{zou.text} \u2026 {pieces[modal_at].text}"))
    front = new_piece(front_form(lex, lemma, "ik"), replaced=zou.toks)
    return [pieces[0], front] + rejoin(an, pieces[2:modal_at] + pieces[modal_at + 1:], modal_at - 2)


# After an article the particle is a noun: 'aan de weg (kunnen) zetten' never becomes 'aan de wegzetten'.
_ARTICLE = frozenset({"de", "een", "mijn", "m'n", "mn", "jouw", "uw", "onze"})


def rejoin(an, pieces: list[Piece], at: int) -> list[Piece]:
    """After removing 'kunnen': 'op' + 'halen' side by side become 'ophalen'."""
    lex = an.d.lex
    if 0 < at < len(pieces):
        particle, verb = pieces[at - 1], pieces[at]
        before = pieces[at - 2].word if at >= 2 else ""
        if particle.word in lex.particles and particle.word not in lex.apart_particles and is_infinitive(lex, verb.word) \
                and before not in lex.no_join_after \
                and before not in lex.prepositions and before not in _ARTICLE and particle.toks and verb.toks:
            glued = joined_piece(an.d, particle.toks[0], verb.toks[0])
            glued = Piece(particle.text + verb.text, particle.toks + verb.toks, glued.norm)
            return pieces[: at - 1] + [glued] + pieces[at + 1:]
    return pieces
