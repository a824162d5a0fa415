"""An ask to whoever handles a problem keeps the problem and its reference (round 35, k35a). On the not-sure offer
(`kept`), for an ask to a landlord, web shop, insurer, office (`_handled`): the problem sentence (PROBLEM) in front of
the ask, without burden talk before its 'maar' or a long tail — unless the ask names the thing itself (`names_thing`,
`thing_words`); a cut piece made whole; a reference the offer lacks (handler_refs.py) folded in brackets; the story
dropped. A sure result that lost them is not sure (`lost`, `weg-probleem`); `story_gone` tidies a sure one."""

from __future__ import annotations

import re

from . import handler_refs, reason_before, state_before
from .checks import lower_words

CODE = "weg-probleem"

PROBLEM = re.compile(
    r"(?i)\b(?:kapot(?!\s+van)|kapotte|(?<!een\s)(?<!elk\s)stuk|lek|lekt|lekken|lekkende|druppelt|defect|kaduuk|gebroken|verstopt|schimmel|"
    r"staat\s+(?:al\s+)?(?:\w+\s+){0,3}stil|uitgevallen|valt\s+(?:\w+\s+){0,4}uit|blijft\s+hangen|blijven\s+hangen|"
    r"loopt\s+(?:steeds\s+|constant\s+|altijd\s+|de\s+hele\s+tijd\s+)?door(?!\s+(?:naar|in|tot|op|bij|de|het)\b)|(?:doet|doen)\s+(?:het|'t)\s+(?:\w+\s+){0,4}(?:niet|ni|nie)|doet\s+(?:niks|niets)|"
    r"werkt\s+(?:\w+\s+){0,2}(?:niet|ni|nie)|sluit\s+(?:\w+\s+){0,3}(?:niet|ni|nie)|geeft\s+(?:\w+\s+){0,4}(?:geen|niets|niks)|"
    r"ontbr(?:ak|eekt|eken)|zat\s+geen|(?:niet|nie|nooit)\s+(?:meer\s+)?(?:aan)?gekomen|(?:niet|nie|nooit)\s+geleverd|"
    r"(?:gaat|gaan)\s+(?:\w+\s+){0,2}(?:niet|nie)\s+(?:meer\s+)?(?:dicht|open|aan|uit)\b|"
    r"niet\s+ontvangen|(?:nog\s+)?(?:niet|nie)\s+binnen|staat\s+nog\s+open|(?:nog\s+)?(?:steeds|altijd)\s+niet\s+terug|"
    r"afgeschreven|van\s+mijn\s+rekening\s+gehaald|geannuleerd|vertraagd|niet\s+uitbetaald|niemand\s+(?:is\s+)?gekomen|"
    r"niet\s+opgehaald|mislukt|klopt\s+niet|twee\s+keer\s+(?:\w+\s+){0,3}(?:betaald|afgeschreven|gerekend|aangerekend)|"
    r"nog\s+(?:steeds|altijd)\s+niet|overgeslagen|geen\s+(?:\w+\s+)?gekregen|(?:niet|nie)\s+klopt|losse|"
    r"los\s+(?:zit|zitten|ligt|liggen|hangt|hangen)|laten\s+liggen|is\s+op(?=\s*(?:[.,!;]|en\b|$)))")
HANDLER = re.compile(
    r"(?i)\b(?:sturen|opsturen|toesturen|herstellen|repareren|maken|vervangen|komen|passeren|langskomen|kijken|nakijken|"
    r"bekijken|checken|terugstorten|storten|terugbetalen|betalen|uitbetalen|overmaken|ophalen|weghalen|leveren|regelen|"
    r"oplossen|annuleren|stopzetten|corrigeren|aanpassen|controleren|crediteren|intrekken|vastleggen|innen|terugkomen|"
    r"verhelpen|ontstoppen|orde|meegeven|terugsturen|bezorgen|doorsturen)\b")
_BUT = re.compile(r"(?i)^(.*?)(?:,\s*|\s+)(?:maar|mer|mo|moar)\s+(?=\S)")
_BURDEN = re.compile(
    r"(?i)\b(?:sorry|excuses|excuus|excuseer|spijt|lastig\w*|stoor|storen|zeuren|zeur|druk|durf|weet|vervelend|"
    r"moeilijk|gebeld|gemaild|gemeld|twijfelen|klagen|schaam|tot\s+last)\b")
_NOT_PLAIN = re.compile(r"(?i)\b(?:sorry|excuses|excuus|spijt|lastig\w*|stoor|storen|bedankt|merci|groet\w*|hoop|"
                        r"vraag|vragen|zeuren|graag|alstublieft|schaam\w*)\b")
_MAX_WORDS = 32


def _parts(said: str) -> list[str]:
    """The sentence cut at its commas, not at those inside brackets ('(Kiel, blok C, nr. 14)')."""
    out, depth, start = [], 0, 0
    for k, ch in enumerate(said):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == "," and not depth and said[k + 1:k + 2] == " ":
            out.append(said[start:k])
            start = k + 2
    return out + [said[start:]]


_OWN_TAIL = re.compile(r"(?i)\s+en\s+(?:ik|'k|we|wij)\s.*$")


def cleaned(said: str) -> str:
    """The problem sentence as the handler needs it: no burden talk before 'maar', no long tail; '' when none."""
    said = " ".join(said.split()).strip()
    but = _BUT.match(said)
    if but and _BURDEN.search(but.group(1)):
        said = said[but.end():]
    parts = _parts(said.rstrip(".!; "))
    keep = [parts[0]]
    for part in parts[1:]:
        if not (PROBLEM.search(part) or handler_refs.found(part) or len(lower_words(part)) <= 4):
            break
        keep.append(part)
    said = ", ".join(keep).strip()
    own = _OWN_TAIL.search(said)  # '… staat stil en ik woon op de zesde verdieping …': the writer's story, not the problem
    said = said[:own.start()] if own and not PROBLEM.search(own.group(0)) and not handler_refs.found(own.group(0)) else said
    words = lower_words(said)
    if not PROBLEM.search(said) or not 3 <= len(words) <= _MAX_WORDS or _NOT_PLAIN.search(said) or "?" in said:
        return ""
    return said[:1].upper() + said[1:]


_ABBREV = re.compile(r"(?i)\b(?:nr|geb|dhr|mevr|mr|mw|bv|ca|tel|app|st|fam|o\.a)$")


def _pieces(draft: str) -> list[str]:
    """The draft's sentences before its closing formula."""
    return split(handler_refs.body(draft))


def split(body: str) -> list[str]:
    """The sentences of a text; a full stop in brackets, after 'nr.' or between figures ('10.20') ends none."""
    out, start, depth = [], 0, 0
    for k, ch in enumerate(body):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch not in ".!?\n" or depth and ch != "\n":
            continue
        if ch == "." and (_ABBREV.search(body[start:k]) or body[k + 1:k + 2].isdigit()):
            continue
        if body[start:k + 1].strip(" .!?\n"):
            out.append(" ".join(body[start:k + 1].split()))
        start = k + 1
    tail = " ".join(body[start:].split())
    return out + [tail] if tail.strip(" .!?") else out


def _ask_at(pieces: list[str], question: str) -> int | None:
    """The draft piece that holds most of the question's words (at least half)."""
    words = set(lower_words(question))
    best, at = 0, None
    for k, piece in enumerate(pieces):
        shared = len(words & set(lower_words(piece)))
        if shared > best:
            best, at = shared, k
    return at if words and best * 2 >= len(words) else None


_OPEN = frozenset({"sinds", "mijn", "onze", "jullie", "deze", "vorige", "week", "weken", "maand", "maanden", "dagen", "gisteren",
                   "vandaag", "toen", "hier", "daar", "echt", "heel", "nog", "altijd", "steeds", "inmiddels", "het", "een", "die",
                   "dat", "van", "bij", "ons", "mij", "zit", "ligt", "staat", "er", "in", "op"})
_NARROWED = re.compile(r"(?i)\b(?:maar|en)\s+(?:dan\s+)?(?:niet|nie)\b|\b(?:graag|liefst|liever)\s+(?:niet|nie)\b|"
                       r"\b(?:niet|nie)\s+(?:op|vóór|voor|na|dezelfde)\b")
_BACK = frozenset({"ze", "zij", "hij", "die", "dat", "deze", "dit"})


def names_thing(draft: str, question: str, said: str, later: bool = False) -> bool:
    """The draft's own ask names the thing the problem sentence is about ('Kunt u iemand sturen voor de kraan?' after
    'De kraan in de keuken lekt weer.'; 'Ze doet het al drie dagen ni meer.' after '… de verwarming … laten nakijken?'):
    the ask stands on its own, as the corpus golds have it; the problem is then not put in (only made whole)."""
    pieces = _pieces(draft)
    at = _ask_at(pieces, question)
    own = set(lower_words(pieces[at])) if at is not None else set(lower_words(question))
    words = lower_words(said)
    return bool(words and words[0] in _BACK and not later or thing_words(said) & own)


def thing_words(said: str) -> set[str]:  # what the problem sentence is about: its first content words
    return {w for w in lower_words(said)[:8] if len(w) > 2 and w not in _OPEN}


def problem(draft: str, question: str) -> tuple[str, bool]:
    """(the problem sentence, said after the ask): the nearest of the four pieces before the ask's, else the next."""
    pieces = _pieces(draft)
    at = _ask_at(pieces, question)
    if at is None:
        return "", False
    for k in range(at - 1, max(at - 5, -1), -1):
        said = cleaned(reason_before.unaddressed(pieces[k], question))
        if said:
            return said, False
    if at + 1 < len(pieces):
        said = cleaned(pieces[at + 1])
        return (said, True) if said else ("", False)
    return "", False


def _question(sentence: str) -> tuple[str, str, str]:
    """(what stands before the ask, the ask, what follows it) in the offer."""
    parts = split(sentence)
    k = next((i for i, p in enumerate(parts) if p.endswith("?")), len(parts) - 1)
    return " ".join(parts[:k]), parts[k] if parts else "", " ".join(parts[k + 1:])


def _shown(said: str, sentence: str) -> bool:
    """Most of the problem's content words stand in the offer already."""
    told = [w for w in lower_words(said) if len(w) > 3]
    there = set(lower_words(sentence))
    return bool(told) and sum(w in there for w in told) * 10 >= len(told) * 7


_OWN_ACT = re.compile(r"(?i)^(?:[^,?]{1,40},\s+)?(?:mag|kan|mogen|kunnen|moet|moeten)\s+(?:ik|we|wij|'k)\b")
_FORMAL = re.compile(r"(?i)\b(?:u|uw)\b|\b(?:dat|da|dit|het|'t|die|ze|hem|daar\w*|er\w*)\b")
_LETTER = re.compile(r"(?i)^\W*(?:geachte|goedemiddag|goeiemiddag|goedendag|goeiedag|goeiendag|goedemorgen|goeiemorgen|"
                     r"beste\s+(?:medewerker|klantenservice|meneer|mevrouw|heer|afdeling))\b|\b(?:met vriendelijke groet|"
                     r"hoogachtend)")


def _handled(draft: str, ask: str) -> bool:
    """An ask to someone who handles a problem: a handler's verb, not the writer's own act ('Mag ik …'), and an
    address or labelled number in the draft, or the reader as 'u', or the ask pointing back at what is wrong."""
    if not HANDLER.search(ask) or _OWN_ACT.search(ask):
        return False
    return bool(_org_refs(draft) or _FORMAL.search(ask) or _LETTER.search(draft))


def _office(draft: str) -> bool:
    """A labelled number or a pupil's class in the draft (a letter's shape alone is not: 'Ik zit vast met …')."""
    return any(r[2] in ("nummer", "klas") for r in _org_refs(draft))


def _org_refs(draft: str) -> list:
    return [r for r in handler_refs.found(handler_refs.body(draft)) if r[2] != "bedrag"]


_LOWER = frozenset({"de", "het", "'t", "een", "mijn", "mn", "m'n", "ons", "onze", "in", "er", "bij", "op", "sinds", "ik",
                    "'k", "we", "wij", "ge", "gij", "u", "al", "vorige", "gisteren", "vandaag", "die", "dat", "deze"})


def _lead(sentence: str, name: str) -> str:  # the vocative in front ('Meneer Bakker, ')
    return f"{name}, " if name and sentence.startswith(name + ", ") else ""


def _after_name(said: str, lead: str) -> str:
    first = lower_words(said)[:1]
    return said[:1].lower() + said[1:] if lead and first and first[0] in _LOWER else said


def _put_problem(sentence: str, name: str, said: str, later: bool, insert: bool = True) -> tuple[str, str]:
    """The offer with the problem sentence: a piece of it replaced by it whole, else put in front of the ask (after
    the ask when the draft says it only there); (sentence, the text added or '')."""
    before, ask, after = _question(sentence)
    lead = _lead(before, name)
    mine = set(lower_words(said))
    if lead and set(lower_words(name)) <= mine:  # 'Kiel, doet het …': a word of the problem taken for the name
        lead, sentence = "", sentence[len(lead):]
    pieces = split(before[len(_lead(before, name)):])
    later_pieces = split(after)
    for k, piece in enumerate(pieces + later_pieces):
        words = lower_words(piece)
        if 2 <= len(words) < len(mine) and set(words) <= mine:
            whole = (_after_name(said, lead) if k == 0 else said) + "."
            pieces[k:k + 1] = [whole] if k < len(pieces) else pieces[k:k + 1]
            later_pieces = [whole if p is piece else p for p in later_pieces]
            return f"{lead}{' '.join(pieces)} {ask} {' '.join(later_pieces)}".strip(), said
    if _shown(said, sentence) or not insert:
        return sentence, ""
    if later:
        return (f"{sentence} {said}.", said) if not after else (sentence, "")
    return state_before.kept(sentence, name, said), said


_PAY = re.compile(r"(?i)\b(?:betalen|overmaken|overschrijven|storten|terugstorten|terugbetalen|uitbetalen|innen|crediteren)\b")


def _refs(draft: str, sentence: str) -> list[str]:
    """The addresses and labelled numbers of the draft the offer lacks, as they will be shown."""
    body = handler_refs.body(draft)
    out = []
    for a, b, kind in handler_refs.found(body):
        ref = re.sub(r"\s*:\s*", " ", body[a:b]).strip()
        paid = kind == "bedrag" and _PAY.search(sentence) and not handler_refs.AMOUNT.search(sentence)
        if kind == "bedrag" and not paid or handler_refs.kept_in(ref, sentence) or any(handler_refs.core(ref) in o for o in out):
            continue
        ref = re.sub(r"^(?:de|het)\s+", "", ref)
        out.append(ref[:1].lower() + ref[1:] if kind == "nummer" and not ref[1:2].isupper() else ref)
    return out[:3]


def _fold(draft: str, sentence: str, said: str, refs: list[str]) -> str:
    """The references in brackets after the problem sentence when the offer holds it, else inside the ask."""
    for ref in list(refs):  # 'Fien heeft …' with 'Fien uit 4A': the class after the pupil's name
        pupil = re.fullmatch(r"([A-Z][\w'-]+)[^,]*?(?:,\s*|\s+uit\s+)(\d[a-zA-Z]?)", ref)
        named = re.search(rf"\b{re.escape(pupil.group(1))}\b", sentence) if pupil else None
        if named:
            sentence = f"{sentence[:named.end()]} uit {pupil.group(2)}{sentence[named.end():]}"
            refs.remove(ref)
    if not refs:
        return sentence
    bracket = f" ({', '.join(refs)})"
    at = sentence.lower().find(said.lower()[1:]) if said else -1
    if at >= 0:
        end = at + len(said) - 1
        return sentence[:end] + bracket + sentence[end:]
    at = _anchor(draft, sentence, refs[0])
    before = _question(sentence)[0]
    if at < 0 and before.rstrip()[-1:] in ".!":  # after the sentence the offer keeps before its ask
        at = len(before.rstrip()) - 1
    q = sentence.find("?") if at < 0 else at
    return sentence[:q] + bracket + sentence[q:]


def _anchor(draft: str, sentence: str, ref: str) -> int:
    """Where in the offer the words stand that the reference followed in the draft ('de factuur van de nieuwe boiler
    (nr 2024-118, …)'): right after them, or -1."""
    body = handler_refs.body(draft)
    at = body.lower().find(ref.lower())
    words = re.findall(r"[^\W_]+", body[max(0, at - 60):at].rsplit("(", 1)[0]) if at > 0 else []
    if len(words) < 3 or body[:at].rstrip()[-1:] not in "(,":
        return -1
    tail = r"\W+".join(re.escape(w) for w in words[-3:])
    found = re.search(rf"(?i)\b{tail}\b", sentence)
    return found.end() if found and "?" in sentence[found.end():] else -1


_FIGURE = re.compile(r"(?i)\b\d{1,2}\s+(?:jan|feb|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*|\b\d{1,2}[:.u]\d{2}\b|"
                     r"\b\d{1,2}[-/]\d{1,2}\b")


_REACTION = re.compile(r"(?i)\b(?:beu|zat|boos|kwaad|gefrustreerd|woedend|content|gehoord|wakker\s+van|kapot\s+van|"
                       r"slecht\s+van|weet\s+het\s+(?:ook\s+)?(?:niet|nie)\s+meer)\b")


def _bare(sentence: str, name: str, own: bool = False) -> str:
    """The offer to a handler without the sentences before its ask that tell neither the problem nor a reference,
    amount or date: how the writer feels about it, who said what ('Ik ben het echt beu.', 'Ik voel me door niemand
    gehoord.', 'Ge hebt het zeker druk.'); the handler acts on the problem, not on the story around it. `own`: beside
    a problem sentence, the writer's short own state stays ('Ik geraak niet meer buiten.', 'Ik ben bang.'), not anger."""
    before, ask, after = _question(sentence)
    lead = _lead(before, name)
    pieces = split(before[len(lead):])
    kept = [p for p in pieces if PROBLEM.search(p) or handler_refs.found(p) or _FIGURE.search(p) or own and _own_state(p)]
    if len(kept) == len(pieces):
        return sentence
    if kept:
        kept[0] = _after_name(kept[0][:1].upper() + kept[0][1:], lead)
    rest = " ".join(kept + [ask[:1].upper() + ask[1:] if kept or not lead else ask[:1].lower() + ask[1:]])
    return f"{lead}{rest} {after}".strip()


def _own_state(piece: str) -> bool:
    words = lower_words(piece)
    return bool(words) and words[0] in ("ik", "k") and len(words) <= 8 and not (_REACTION.search(piece) or _BURDEN.search(piece))


def _whole(draft: str, sentence: str, name: str) -> tuple[str, str]:
    """An offer sentence before the ask that is a cut piece of a draft sentence whose rest holds a reference or an
    amount the offer lacks ('… gekregen in de Vondelstraat.' of '…, terwijl mijn bewonersvergunning (nummer PV-22918)
    …'): that draft sentence whole, never half; (sentence, the sentence put in or '')."""
    before, ask, after = _question(sentence)
    lead = _lead(before, name)
    pieces = split(before[len(lead):])
    for k, piece in enumerate(pieces):
        words = set(lower_words(piece))
        for said in _pieces(draft):
            mine = set(lower_words(said))
            if len(words) < 3 or not words < mine or not any(
                    not handler_refs.kept_in(said[a:b], sentence) for a, b, _k in handler_refs.found(said)):
                continue
            said = _plain(said)
            if said:
                pieces[k] = (_after_name(said, lead) if k == 0 else said) + "."
                return f"{lead}{' '.join(pieces)} {ask} {after}".strip(), said
    return sentence, ""


def _plain(said: str) -> str:
    """The draft sentence without a greeting or the burden talk before its 'maar'; '' when it is no plain sentence."""
    said = " ".join(reason_before.unaddressed(said, "").split()).rstrip(".!; ")
    but = _BUT.match(said)
    said = said[but.end():] if but and _BURDEN.search(but.group(1)) else said
    if not 3 <= len(lower_words(said)) <= 40 or _NOT_PLAIN.search(said) or "?" in said:
        return ""
    return said[:1].upper() + said[1:]


def kept(draft: str, sentence: str, name: str, told: str) -> tuple[str, str]:
    """The not-sure offer with the problem sentence and the references back; (sentence, told with what was added)."""
    if "?" not in sentence:
        return sentence, told
    ask = _question(sentence)[1]
    if not _handled(draft, ask):
        return sentence, told
    (said, later), added = problem(draft, ask), ""
    if said and not PROBLEM.search(ask):  # made whole always; put in when the ask does not name the thing itself
        carries = any(not handler_refs.kept_in(said[a:b], sentence) for a, b, _k in handler_refs.found(said))
        twice = len(thing_words(said) & set(lower_words(ask))) > 1  # the filled-in ask names the thing already
        insert = carries or not (names_thing(draft, ask, said, later) or _NARROWED.search(sentence) or twice)
        insert = insert and (not later or bool(_org_refs(draft)))  # 'maar niet op woensdag': the ask's point is the limit
        sentence, added = _put_problem(sentence, name, said, later, insert)
    sentence, whole = _whole(draft, sentence, name)
    added = f"{added} {whole}".strip()
    if said or PROBLEM.search(ask) or _office(draft):
        sentence = _bare(sentence, name, own=bool(said))
    refs = _refs(draft, sentence)
    if refs and (said or HANDLER.search(ask)):
        sentence = _fold(draft, sentence, said if added or _shown(said, sentence) else "", refs)
        added = f"{added} {' '.join(refs)}".strip()
    return sentence, f"{told} {added}".strip() if added else told


def lost(draft: str, sentence: str) -> bool:
    """A sure result of an ask to a handler that lost an address or labelled number of the draft, or the problem
    sentence the ask acts on ('Die gaat niet meer dicht sinds de storm.' after '… sturen voor de brievenbus?')."""
    ask = _question(sentence)[1] if "?" in sentence else ""
    if not ask or not _handled(draft, ask):
        return False
    said, later = problem(draft, ask)
    if said and not PROBLEM.search(ask) and not names_thing(draft, ask, said, later) and not _shown(said, sentence) \
            and (not later or _org_refs(draft)):
        return True
    return any(not ref[:1].isdigit() and "€" not in ref and "euro" not in ref for ref in _refs(draft, sentence))


def story_gone(sentence: str, name: str, sure: bool) -> tuple[str, list[str]]:
    """A sure result whose ask to an office names the thing and its reference itself ('Kunt ge mijn abonnement met
    lidnummer 88104 stopzetten …?', '… de kapotte voordeur van de Langestraat 101 …'): the sentence before it that
    tells no problem, reference, amount or date is the story around it and goes ('Ik weet het ook nie meer.');
    (sentence, the pieces that went). Only for a labelled number in the ask with a handler's verb, or an address
    there with the reader as 'u' and a problem in the ask; never to a friend or 'Oma, … Kunt u mij ophalen bij …'."""
    ask = _question(sentence)[1] if sure and "?" in sentence else ""
    refs = [k for _a, _b, k in handler_refs.found(ask) if k != "bedrag"]
    if not refs or not HANDLER.search(ask) or _OWN_ACT.search(ask) or not (
            "nummer" in refs or _YOU.search(ask) and PROBLEM.search(ask)):
        return sentence, []
    bare = _bare(sentence, name)
    if bare == sentence:
        return sentence, []
    before = _question(sentence)[0]
    gone = [p for p in split(before[len(_lead(before, name)):]) if p not in bare]
    return bare, [p.rstrip(".!") for p in gone]


_YOU = re.compile(r"(?i)\b(?:u|uw)\b")
