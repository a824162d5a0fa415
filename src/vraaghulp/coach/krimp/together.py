"""A moment put into the request joins the draft's own time there, as one moment said together ('kun je de sleutel
om tien uur brengen' with 'zaterdag' typed -> 'kun je zaterdag om tien uur de sleutel brengen', never 'zaterdag de
sleutel om tien uur'); a time that belongs to a noun, a clause inside the request or a restriction stays put."""

from __future__ import annotations

from vraaghulp.coach.text import fold

from .bare_day import BARE_DAY


def times_together(an, req, slot: int) -> None:
    """The draft's own time in the request joins the moment put in, right after it: at the end ('kan je vanavond …
    zachter doen met gamen na 12 uur' -> 'kan je vanavond na 12 uur …') or between the object and the verb ('kun je
    de sleutel om tien uur brengen' -> 'kun je zaterdag om tien uur de sleutel brengen'; 'de honden op woensdag en
    vrijdag uitlaten' -> 'volgende week op woensdag en vrijdag de honden uitlaten'): one moment, said together."""
    span = _own_time(an, req, slot)
    if span is None:
        return
    k, end = span
    tail = req.pieces[k:end]
    del req.pieces[k:end]
    req.pieces[slot + 1:slot + 1] = tail


_EVERY = frozenset({"elke", "iedere", "ieder", "alle"})
_LINKS = frozenset({"en", "of"})
# A time that belongs to a noun ('mijn vlucht van 6u') or says a limit ('voor vrijdag', 'tot 12 mei') stays where it is.
_NOT_JOINED = frozenset({"van", "vanaf", "voor", "tot", "uiterlijk", "sinds"})
# A time narrowed ('alleen 's avonds', 'het liefst 's ochtends') is a restriction of its own: it stays where it is.
_NARROWED = frozenset({"alleen", "enkel", "pas", "liefst", "liever", "niet", "ni", "nie", "wel", "ook", "zeker", "behalve"})
# Words that open a clause or phrase of its own inside the request: a time in it is that clause's.
_INSIDE = frozenset({"om", "te", "zonder", "plaats", "als", "wanneer", "zodra", "voordat", "nadat", "omdat", "zodat", "tenzij"})
_RELATIVE = frozenset({"die", "dat", "waar", "waarin", "waarmee", "waarvoor"})  # after a noun: 'het pakket | dat vrijdag komt'
# Words in front of a time that belong to it ('dit weekend', 'deze week', 'later deze week', 'volgend weekend').
_TIME_FRONT = frozenset({"dit", "deze", "dees", "volgende", "volgend", "komende", "komend", "vorige", "later", "eind",
                         "begin", "half", "midden", "de", "het", "een", "over", "tijdens", "je", "jouw", "mijn"})
_TIME_PREPS = frozenset({"om", "rond", "rondom", "omstreeks", "tegen", "na", "op", "tussen", "in"})


def _own_time(an, req, slot: int) -> tuple[int, int] | None:
    """Pieces k..end of the request after the moment's slot that say a time of the draft's own (with 'elke' or a
    preposition in front and 'en' between its parts), with something else between the slot and it; None when
    there is none or when the time belongs elsewhere (a noun, a clause inside, a restriction after a comma)."""
    timed = {i for i0, i1 in an.moments for i in range(i0, i1)}
    pieces = req.pieces
    lex = an.d.lex

    def is_timed(p) -> bool:
        return bool(p.toks) and all(i in timed for i in p.toks)

    k = next((j for j in range(slot + 2, len(pieces)) if is_timed(pieces[j])), None)
    if k is None:
        return None
    end = k
    while end < len(pieces) and (is_timed(pieces[end]) or (
            pieces[end].word in _LINKS and end + 1 < len(pieces) and is_timed(pieces[end + 1]))):
        end += 1
    if pieces[k - 1].word in _EVERY or pieces[k - 1].word in _TIME_PREPS:
        k -= 1  # 'elke dinsdag', 'na | school'
    while k > slot + 1 and pieces[k - 1].word in _TIME_FRONT:
        k -= 1  # 'dit | weekend', 'later deze | week': the time's own front words, never 'zaterdag weekend dit' (k45r2)
    ranged = pieces[k].word == "van" and any(p.word == "tot" for p in pieces[k:end]) and not any(
        p.toks for p in pieces[end:])  # '… overnemen van 8 tot 10' at the end; 'mijn dienst van 8 tot 12' stays
    if k <= slot + 1 or pieces[k - 1].word in _NOT_JOINED or (pieces[k].word in _NOT_JOINED and not ranged) \
            or pieces[k - 1].word in _NARROWED or pieces[k - 1].word in lex.prepositions:
        return None  # 'mijn vlucht van 6u', 'voor vrijdag', 'alleen 's avonds', 'zonder direct …'
    if end < len(pieces) and pieces[end].word in ("van", "uur"):
        return None  # 'na de les | van twee uur': the time goes on
    if BARE_DAY.search(fold(" ".join(p.word for p in pieces[k:end])).lower()):
        return None  # 'op de 4e' without a month may be a floor ('naar de toiletten op de 4e'): it stays where it is
    between = pieces[slot + 1:k]
    if any(p.norm == "," or p.word in _INSIDE for p in between) or _relative(lex, between):
        return None  # '…, alleen 's avonds', 'om … te', 'het pakket dat vrijdag komt'
    return k, end


def _relative(lex, between) -> bool:
    """A relative clause opens between the slot and the time ('het pakket | dat vrijdag komt'): 'die', 'dat' …
    after a noun, not as a determiner right after the slot or a filler ('die doos', 'even die doos')."""
    return any(p.word in _RELATIVE and k and between[k - 1].toks and between[k - 1].word not in lex.fillers
               and between[k - 1].word not in lex.prepositions for k, p in enumerate(between))
