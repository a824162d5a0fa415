"""A request with the verb in front made direct (convert.py): who its subject is, and the one change
it needs ('zou je … kunnen' -> 'kun je …'; 'Heb je nog een paraplu die ik kan lenen?' -> 'Mag ik een
paraplu lenen?'). ``subject_of`` also reads the subject at the start of a clause under a frame."""

from __future__ import annotations

from .pieces import Piece, new_piece
from .rewrite import Request
from .verbs import front_form, is_infinitive, spelled_out
from .zou import zou_statement, zou

SUBJECT_WORDS = ("je", "jij", "u", "ge", "gij", "ik", "we", "wij", "jullie", "iemand", "iedereen")


def subject_of(pieces: list[Piece], nouns: bool = False) -> tuple[str, int]:
    """The subject at the start of a subordinate clause: (subject, number of pieces).

    nouns: also 'de dokter', 'mijn broer', 'Luuk' (a noun phrase of two words, or a name).
    """
    words = [p.word for p in pieces[:3]]
    for size, phrase in ((3, " ".join(words[:3])), (2, " ".join(words[:2])), (1, words[0] if words else "")):
        if phrase in ("iemand van jullie", "er iemand", *SUBJECT_WORDS) and len(words) >= size:
            return phrase, size
    if nouns and len(words) >= 2 and words[0] == "er":
        return "er", 1  # 'of er een tweede leuning kan komen' -> 'kan er een tweede leuning komen'
    if nouns and len(words) >= 2 and words[0] in ("hij", "zij", "ze"):
        return "np", 1  # 'is het mogelijk dat hij die volgende week inhaalt'
    if nouns and len(words) >= 3 and words[0] in ("de", "het", "een", "mijn", "m'n", "onze", "ons", "jouw", "je", "uw") and words[1].isalpha():
        return "np", 2
    if nouns and len(words) >= 3 and words[0] in _TITLES and pieces[1].text[:1].isupper():
        return "np", 2  # 'of het mogelijk is dat dokter Janssens vandaag … kijkt'
    if nouns and pieces and pieces[0].text[:1].isupper() and pieces[0].word.isalpha() and len(words) >= 2:
        return "np", 1
    return "", 0


def _named_subject(pieces: list[Piece]) -> int:
    """The end of a noun phrase subject after the verb when it is plain: a name, a title and a name,
    or 'mijn/de' and one noun not followed by 'van' (else 0: no moment slot is known)."""
    subject, size = subject_of(pieces, nouns=True)
    if subject != "np" or pieces[0].word in ("hij", "zij", "ze") or len(pieces) <= size:
        return 0
    return size if pieces[size].word not in ("van", "uit", "die", "dat") and pieces[size].word.isalpha() else 0


_TITLES = frozenset({"dokter", "meneer", "mevrouw", "juf", "meester", "professor", "dr", "mr", "mevr", "dhr", "zuster",
                     "pastoor", "coach", "tante", "oom", "nonkel", "buurman", "buurvrouw"})


def direct(an, pieces: list[Piece], req: Request, main) -> list[Piece]:
    """A question with the verb in front: only 'zou je … kunnen' changes."""
    lex = an.d.lex
    offset = 1 if main.kind == "wie" else 0
    if offset and len(pieces) > 3 and pieces[1].word == "van" and pieces[2].word in ("jullie", "u", "ons"):
        offset = 3  # 'Wie van jullie kan …'
    if len(pieces) <= offset or not pieces[offset].toks:
        req.doubts.append("geen werkwoord vooraan")
        return pieces
    verb = pieces[offset]
    norm = verb.norm.split()
    lead = main.lead
    if main.kind == "wie":
        req.subject = "wie"
        req.front = offset + 1 + (1 if len(pieces) > offset + 1 and pieces[offset + 1].word == "er" else 0)
        subject_size = 0
    elif len(norm) == 2:  # "kunde" = kunt ge
        req.subject, req.front = norm[1], 1
        subject_size = 0
        if len(pieces) > 1 and pieces[1].word in ("gij", "ge"):
            req.front = 2
    elif lead is not None and lead.subject in ("np", "np-mv"):
        req.subject, req.front = lead.subject, 1 + _named_subject(pieces[1:])  # 'mag Sami | …', 'kan mijn dochter | …'
        subject_size = 0
    else:
        subject, subject_size = subject_of(pieces[1:])
        req.subject = subject or "je"
        req.front = 1 + subject_size
    if lead is not None and lead.lemma == "hebben" and req.subject in ("je", "jij", "ge", "gij", "u"):
        return _may_i_borrow(an, pieces, req) or spelled_out(lex, pieces, offset)
    if lex.finite.get(norm[0]) != "zullen" or (norm[0] in ("zullen", "zal") and req.subject in ("we", "wij")):
        return spelled_out(lex, pieces, offset)  # 'Zullen we samen lunchen?' is a proposal, not a hedge: it stays
    if req.subject == "ik" and any(p.word == "willen" for p in pieces):
        req.form = "mededeling"  # 'Graag zou ik een gesprek willen plannen': a wish, not a question
        return zou_statement(an, [pieces[1], pieces[0]] + pieces[2:], req)
    if req.subject == "ik" and not any(p.word in lex.modal_inf for p in pieces) and len(pieces) > 2 and pieces[2].word == "graag":
        req.found.append((pieces[0].toks[0], pieces[0].toks[0] + 1, "afzwakker", f"{pieces[0].text} … {pieces[2].text}"))
        req.gone.update(pieces[2].toks)  # '(dan) zou ik graag met u … doorlopen' -> 'mag ik met u … doorlopen'
        front = new_piece(front_form(lex, "mogen", "ik"), replaced=pieces[0].toks)
        return pieces[:offset] + [front, pieces[1]] + pieces[3:]
    return pieces[:offset] + zou(an, pieces[offset:], req, 1 + subject_size)


_BORROW = frozenset({"lenen", "ontlenen"})  # only borrowing says the thing is the other's


def _may_i_borrow(an, pieces: list[Piece], req: Request) -> list[Piece] | None:
    """'Heb je nog een paraplu die ik kan lenen?' -> 'Mag ik een paraplu lenen?'"""
    lex = an.d.lex
    words = [p.word for p in pieces]
    at = next((k for k in range(req.front, len(words) - 3) if words[k] in ("die", "dat") and words[k + 1] == "ik"), None)
    if at is None:
        return None
    timed = {i for i0, i1 in an.moments for i in range(i0, i1)}
    modal = at + 2
    while modal < len(words) and pieces[modal].toks and all(i in timed for i in pieces[modal].toks):
        modal += 1  # 'die ik zaterdag mag lenen': the moment goes right after 'mag ik'
    if modal >= len(words) or words[modal] not in ("mag", "kan", "mocht", "kon", "zou", "kun"):
        return None
    verb_at = next((k for k in range(modal + 1, len(words)) if is_infinitive(lex, words[k])), None)
    if verb_at is None or words[verb_at] not in _BORROW:
        if verb_at is not None and words[req.front] in ("niet", "ni", "nie") and words[req.front + 1] in ("een", "'n"):
            req.gone.update(pieces[req.front].toks)  # 'Heb jij niet een partytent die …': a polite 'niet', no meaning
            del pieces[req.front]
        return None  # 'een partytent die ik mag gebruiken': 'Mag ik een partytent gebruiken?' loses whose it is
    thing = pieces[req.front:at]
    while thing and thing[0].word in ("nog", "niet", "soms"):
        req.gone.update(thing[0].toks)
        thing = thing[1:]
    if not thing:
        return None
    req.gone.update(i for p in pieces[:req.front] + pieces[at:at + 2] + [pieces[modal]] for i in p.toks)
    req.front = 2
    middle = [p for p in pieces[modal + 1: verb_at] if p.word not in lex.modal_inf]
    moment = pieces[at + 2: modal]
    return [new_piece(front_form(lex, "mogen", "ik")), new_piece("ik")] + moment + thing + middle + pieces[verb_at:]
