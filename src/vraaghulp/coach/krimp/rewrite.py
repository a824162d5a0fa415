"""Turn the request clause(s) into a direct request.

Only removes, reorders, changes a verb form and adds the few words a direct question needs:

- hedges go (``misschien``, ``eventueel``, ``heel even`` -> ``even``);
- a wrapping phrase is peeled off (``ik vroeg me af of``, ``zou je het erg vinden als``), and the
  subordinate clause left behind, verb at the end, becomes a question with the verb in front:
  ``of je morgen mijn pakje aan zou kunnen nemen`` -> ``kun je morgen mijn pakje aannemen``;
- ``zou je … kunnen/willen …`` becomes ``kun/wil je …``; ``om … op te halen`` becomes ``… ophalen``.

Whatever cannot be done with confidence is recorded in ``doubts``; the engine then offers the
person's own words instead of a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import niet_limit
from .pieces import Piece, tok_piece
from .polite_not import bare_polite_not, softening_not
from .then_said import opens_so_i, opens_then
from .verbs import is_infinitive

EVEN = ("even", "eens")


@dataclass
class Request:
    pieces: list[Piece]
    form: str = "vraag"  # vraag | mededeling | gebiedend
    subject: str = "je"
    front: int = 0  # pieces that make the front ("kun je"); a moment may go right after
    found: list[tuple[int, int, str, str]] = field(default_factory=list)  # (i0, i1, kind, words)
    doubts: list[str] = field(default_factory=list)
    listed: bool = False  # a list from under the request was put into it (joined with 'en')
    gone: set[int] = field(default_factory=set)  # draft tokens left out on purpose, without a finding
    guesses: set[str] = field(default_factory=set)  # choices made without evidence ("wie": who does it)


# ---------------------------------------------------------------------- cleaning


def group_tokens(an, group) -> list[int]:
    """The tokens of the request clauses, with the punctuation between them."""
    d = an.d
    toks: list[int] = []
    for c in group:
        if toks:
            gap = [i for i in range(toks[-1] + 1, c.a) if d.toks[i].cls == "p"]
            if any(w.role == "wrap" and toks[-1] < w.a < c.a for w in an.clauses):
                gap = []  # 'Zou je, als je tijd hebt, morgen …': no comma where a wrapper went
            colon = [i for i in gap[:-1] if d.tok_text(i) == ":"]  # 'meenemen: - brood': the colon announces a list
            toks.extend(gap if any(d.tok_text(i) in "[]{}()/" for i in gap) else colon[-1:] + gap[-1:])
        toks.extend(range(c.a, c.b))
    return toks


def clean(an, toks: list[int], req: Request, state: bool = False) -> list[Piece]:
    """Pieces for the tokens, without hedges, vague moments, emoji and loose ends (state: see trim)."""
    d = an.d
    drop: set[int] = set()
    for kind, name in (("afzwakker", "afzwakker"), ("vaag", "vaag_tijd")):
        for i0, i1 in an.matches[name]:
            if name == "vaag_tijd" and d.tok_text(i0).lower() in ("ne", "nen"):
                continue  # Flemish 'ne keer' is 'eens': politeness, not a vague moment
            if all(i in toks for i in range(i0, i1)):
                drop.update(range(i0, i1))
                req.found.append((i0, i1, kind, d.raw(i0, i1)))
    kept = [i for i in toks if i not in drop and d.toks[i].cls != "n"]
    kept = _polite_niet(an, kept, drop, req)
    kept = _even_stack(an, kept, req)
    pieces = [tok_piece(d, i) for i in kept]
    return trim(an, pieces, state)


_ZOU = frozenset({"zou", "zoudt", "zoude", "zouden"})


def _polite_niet(an, kept: list[int], drop: set[int], req: Request) -> list[int]:
    """'heb je toevallig niet een ladder', 'of je me niet zou kunnen helpen' -> the 'niet' only
    softens; every other 'niet' stays ('of je niet meer zou willen roken')."""
    d = an.d
    out = []
    conditional = any(d.word(i) in _ZOU for i in kept)
    for pos, i in enumerate(kept):
        nxt_w = d.word(kept[pos + 1]) if pos + 1 < len(kept) else ""
        after = d.word(kept[pos + 2]) if pos + 2 < len(kept) else ""
        if d.word(i) == "niet" and conditional and ((nxt_w in _ZOU and after in ("kunnen", "willen", "mogen"))
                                                    or nxt_w == "kunnen") and not niet_limit.forbids(d, kept):
            req.found.append((i, i + 1, "afzwakker", d.tok_text(i)))
            continue  # 'of gij ons ni zoudt kunnen brengen', 'zoudt ge ons ni kunnen …': a polite 'not'
        if d.word(i) == "niet" and conditional and nxt_w == "kunnen":
            req.guesses.add("beleefd-niet")  # 'zou je … nie kunnen gebruiken voor twee uur': it forbids (niet_limit.py)
            out.append(i)
            continue
        if softening_not(d, kept, pos):
            req.found.append((i, i + 1, "afzwakker", d.tok_text(i)))
            continue  # 'zoudt ge ni efkes kunnen komen', 'kunt ge ni efkes …': a polite 'not'
        if bare_polite_not(d, kept, pos):
            req.found.append((i, i + 1, "afzwakker", d.tok_text(i)))
            req.guesses.add("beleefd-niet")
            continue  # 'zoudt ge mij ni naar de oogarts kunnen voeren': most likely polite, never sure (polite_not.py)
        if d.word(i) == "niet" and i - 1 in drop and d.word(i - 1) in ("toevallig", "soms", "misschien"):
            nxt = kept[pos + 1] if pos + 1 < len(kept) else None
            if nxt is not None and d.word(nxt) in ("een", "nog"):
                req.found.append((i, i + 1, "afzwakker", d.tok_text(i)))
                continue
        out.append(i)
    return out


def _even_stack(an, kept: list[int], req: Request) -> list[int]:
    """'heel even', 'even maar', 'eventjes … even': one even is enough."""
    d = an.d
    out: list[int] = []
    seen_even = False
    for pos, i in enumerate(kept):
        w = d.word(i)
        nxt = d.word(kept[pos + 1]) if pos + 1 < len(kept) else ""
        prev = d.word(out[-1]) if out else ""
        if w == "al" and nxt in ("is", "was"):
            return out + kept[pos:]  # 'al is het maar heel even' is the writer's own amount (crisis_amount.py)
        if w == "heel" and nxt in EVEN:
            req.found.append((i, i + 1, "afzwakker", d.raw(i, kept[pos + 1] + 1)))
            continue
        if w == "maar" and prev in EVEN and pos + 1 < len(kept):
            req.found.append((i, i + 1, "afzwakker", d.tok_text(i)))
            continue
        if w in EVEN:
            if seen_even:
                req.found.append((i, i + 1, "afzwakker", d.tok_text(i)))
                continue
            seen_even = True
        out.append(i)
    return out


def drop_then(req: "Request", pieces: list[Piece]) -> list[Piece]:
    """'kun je dan ff meenemen': 'dan' right after the front only points back; it goes."""
    k = req.front
    if 0 < k < len(pieces) - 1 and pieces[k].word == "dan" and pieces[k].toks:
        req.gone.update(pieces[k].toks)
        return pieces[:k] + pieces[k + 1:]
    return pieces


def trim(an, pieces: list[Piece], state: bool = False) -> list[Piece]:
    """Loose words off both ends. state: an honest sentence keeps a closing 'zo' that says how much
    ('ik schaam me zo', 'ik mis je zo')."""
    lex = an.d.lex
    while pieces and (pieces[0].glue or not pieces[0].norm[:1].isalnum() or pieces[0].word in lex.loose_front) and not _keeps_front(an, pieces):
        pieces = pieces[1:]
    while pieces and (not any(c.isalnum() for c in pieces[-1].text) or pieces[-1].word in lex.loose_back):
        if state and pieces[-1].word == "zo" and len(pieces) > 1 and _zo_stays(an, pieces):
            break
        if pieces[-1].text == ")" and sum(p.text == "(" for p in pieces) > sum(p.text == ")" for p in pieces[:-1]):
            break  # the closing bracket of "(Office, VPN en de printer)" stays
        pieces = pieces[:-1]
    return pieces


_DEGREE_AFTER = frozenset({"me", "mij", "je", "jou", "u", "hem", "haar", "ze", "jullie", "ons", "het", "hen"})
_NO_MORE = frozenset({"meer", "mee", "langer"})
_NOT = frozenset({"niet", "ni", "nie", "niks", "geen"})


def _zo_stays(an, pieces: list[Piece]) -> bool:
    """A closing 'zo' of an honest sentence says how much ('ik mis je zo') or how: 'ik wil niet meer leven zo', 'ik
    kan niet meer verder zo' (round 45, k45a: the writer's crisis words cut at it said another thing)."""
    prev = pieces[-2].word
    if prev in _DEGREE_AFTER:
        return True
    if (is_infinitive(an.d.lex, prev) or prev in ("verder", "door")) and any(p.word in _NO_MORE for p in pieces[:-2]):
        return True
    words = [p.word for p in pieces[:-1]]  # 'ik hou het niet meer vol zo', 'ik wil niet meer eten zo', 'het gaat niet
    return any(w in _NOT for w in words) and any(w in _NO_MORE for w in words)  # meer zo' (round 45 review, k45r)


def _keeps_front(an, pieces: list[Piece]) -> bool:
    p = pieces[0]
    if p.toks and p.word == "dan" and opens_then(an.d, p.toks[0]):
        return True  # '… Dan trakteer ik op pizza.', never 'Trakteer ik op pizza.' (then_said.py)
    if p.toks and p.word == "zo" and len(pieces) > 1 and pieces[1].toks and opens_so_i(an.d, pieces[1].toks[0]):
        return True  # 'Zo kan ik niet meer verder.', never 'Kan ik niet meer verder.' (round 45, k45r)
    return bool(p.toks) and p.word in an.d.lex.loose_front and p.toks[0] in an.frames


# ---------------------------------------------------------------------- frames


def peel_frames(an, pieces: list[Piece], req: Request) -> tuple[list[Piece], object | None, str, str]:
    """Remove wrapping phrases at the front: (rest, last frame, its complementizer, subject in it)."""
    d = an.d
    frame = None
    comp = ""
    subject = ""
    while pieces and pieces[0].toks and pieces[0].toks[0] in an.frames:
        i0 = pieces[0].toks[0]
        i1, frame = an.frames[i0]
        comp = d.word(i1 - 1)
        if comp not in frame.comps and len(frame.comps) == 1:
            comp = next(iter(frame.comps))  # "of het mogelijk is de ophaling te plannen": 'om' left out
        subject = ""  # 'ik wil u vragen | of het mogelijk is …': who acts is said by the last frame only
        for i in range(i0, i1 - 1):
            if d.word(i) in ("je", "jij", "u", "ge", "gij"):
                subject = d.word(i)
        req.found.append((i0, i1, frame.kind, d.raw(i0, i1)))
        pieces = [p for p in pieces if not p.toks or p.toks[0] >= i1]
        pieces = trim(an, pieces) if pieces and pieces[0].word in d.lex.loose_front else pieces
    return pieces, frame, comp, subject
