"""The detail an ask needs, said in a sentence after it, sometimes behind a chatty sentence (round 31, k31d).

'Kun je zondag op de kinderen passen? We gaan naar een bruiloft. Het duurt van 2 tot 12.': the span is what the
reader needs to say yes; the bruiloft is a reason most writers drop. Two parts:

- `lost`: a sentence after the ask that the result drops holds a time span, a duration or count ('drie nachtjes'),
  an amount, a date or clock time, a place with a preposition ('in de Sint-Jozefkerk') or a list after a vague ask
  ('wat spullen'), and the result does not hold that detail: the result may not be sure. In the writer's own
  sentences ('we moeten naar een trouw in Brugge', 'ik heb om 10u een afspraak') a place or a clock time is the
  writer's reason and does not count; a span, a count, an amount or a date does, and 'ik ben (er/thuis/weg) …' with
  a time does.
- `kept`: where the sentence is clearly the detail ('tis van 14u tot middernacht', 'drie nachtjes', 'Het is van 6
  tot een uur of 11.', a list), it is kept after the ask as a short sentence of its own, shortened to the detail
  ('Het is van 14u tot middernacht.'); what is chatter around it stays dropped.
"""

from __future__ import annotations

import re

from .checks import lower_words
from .fact_after import ask_end

CODE = "weg-detail-na"
_NUM = r"(?:\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien|paar)"
_DAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:avond|middag|ochtend|morgen|nacht)?"
_POINT = (rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:u|uur|h)?(?:\d{{2}})?|middernacht|de\s+middag|{_DAY}"
          r"|(?:een\s+)?uur\s+of\s+\d{1,2}|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?:\s+uur)?)")
_SPAN = re.compile(rf"(?i)\b(?:van|vanaf)\s+{_POINT}\s+(?:tot\s+(?:en\s+met\s+)?|-\s*){_POINT}(?!\w)"
                   rf"|\b(?:tussen|tss|tsn|tusse)\.?\s+{_POINT}\s+en\s+{_POINT}(?!\w)")  # 'tss 18 en 20u' (k44a)
_CLOCK = re.compile(r"(?i)\b(?:om|na|voor|tegen|vanaf|rond|tot)\s+(?:\w+\s+)?(?:half\s+|kwart\s+(?:over|voor)\s+)?"
                    r"\d{1,2}(?:[:.]\d{2})?\s*(?:u|uur|h)?(?:\d{2})?(?!\w)")
# a count of the task ('drie nachtjes'), not how long a state has lasted ('al drie dagen koorts', 'nog voor vijf dagen')
_COUNT = re.compile(rf"(?i)(?<!\bal\s)(?<!\bnog\svoor\s)(?<!\bsinds\s)\b{_NUM}\s+"
                    r"(?:nachtjes?|nachten|dagen|dagjes|weken|weekjes|weekends?|maanden|uren|keer)\b")
_AMOUNT = re.compile(r"(?i)€\s*\d+|\b\d+(?:[.,]\d+)?\s*(?:euro|eur)\b")
_DATE = re.compile(r"(?i)\bop\s+de\s+\d{1,2}(?:e|ste|de)\b|\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli"
                   r"|augustus|september|oktober|november|december)\b|\b\d{1,2}[/-]\d{1,2}\b")
# a place: 'in de Sint-Jozefkerk', 'in Brugge', 'aan het Zuid'; not a person ('aan Kristel', 'bij Tibo')
_PLACE = re.compile(r"\b(?:[Ii]n\s+(?:de\s+|het\s+|'t\s+)?|(?:[Aa]an|[Bb]ij|[Oo]p)\s+(?:de|het|'t)\s+)[A-Z][\w-]{2,}")
# whose name it is under, or the code to give: 'Ze liggen klaar op naam van De Wit.', 'bestelnummer 88213' (round 31,
# lead): what the reader must say at the counter, also in the writer's own sentence
_NAMED = re.compile(r"\b(?:op|onder|ten)\s+(?:de\s+)?naam\s+(?:van\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
                    r"|(?i:\b(?:code|pincode|bestelnummer|ordernummer|referentie|dossiernummer|klantnummer)\s*:?\s*)\d{3,}")
_FIRST = re.compile(r"(?i)(?<![\w'])(?:ik|'k|k|we|wij|mijn|m'n|mn|mij|me|ons|onze)(?![\w'])")
_OWN = re.compile(r"(?i)^\s*(?:en\s+|maar\s+)?(?:ik|'k|k|we|wij|me|mijn|m'n|mn|mama|papa|onze|ons)\b")
_OWN_THERE = re.compile(r"(?i)^\s*(?:en\s+)?(?:ik|'k|k|we|wij|(?:\w+\s+en\s+ik))\s+(?:ben|zijn)\b.*\b(?:er|thuis|weg|pas)\b")
# the writer and the reader at one event: 'We beginnen om 9 uur in de Tulpstraat.' (the time of the task itself)
_OWN_START = re.compile(r"(?i)^\s*(?:en\s+)?(?:we|wij)\s+(?:beginnen|starten|vertrekken|verzamelen|spreken\s+af)\b")
_VAGUE = re.compile(r"(?i)\b(?:wat|een\s+paar|enkele|wat\s+kleine)\s+(?:spullen|dingen|dingetjes|boodschappen|zaken)\b")
_LIST = re.compile(r"^[^,]+(?:,[^,]+)*,[^,]+\s+en\s+\S")
# the sentences after the ask: not at the point of '15.00', and an emoji ends one too ('… te weinig 😬 Het is …')
_RUN = re.compile(r"(?<![^.?!\n\u2600-\u27bf\U0001f000-\U0001faff])(?:[^.?!\n\u2600-\u27bf\U0001f000-\U0001faff]"
                  r"|(?<=\d)\.(?=\d))+(?:[.?!\u2600-\u27bf\U0001f000-\U0001faff]+|$)")
_REASON = re.compile(r"(?i)^\s*(?:want|omdat|aangezien|doordat)\b")
_MAX_WORDS = 16
_LOOK = 3


def _after(draft: str, sentence: str) -> list[str]:
    """The draft's sentences after the one that holds the ask, up to the next question."""
    at = ask_end(draft, sentence)
    if at < 0:
        return []
    out = []
    for m in _RUN.finditer(draft[at:]):
        piece = m.group(0).strip()
        if "?" in piece or len(out) >= _LOOK:
            break
        if piece:
            out.append(piece)
    return out


def _details(piece: str, ask: str) -> list[str]:
    """The details in one sentence after the ask, as typed; none in a reason ('Want ik ga twee dagen naar Gent.')."""
    if _REASON.match(piece):
        return []
    own = bool(_OWN.match(piece))
    kinds = [_SPAN, _COUNT, _AMOUNT, _DATE, _NAMED]
    if not own or _OWN_THERE.match(piece) or _OWN_START.match(piece):
        kinds.append(_CLOCK)
    if not _FIRST.search(piece) or _OWN_START.match(piece):
        kinds.append(_PLACE)  # 'Dan hebben wij een bruiloft in Zwolle.': where the writer is, a reason
    found = [m.group(0) for k in kinds for m in k.finditer(piece)]
    if not own and _VAGUE.search(ask) and _LIST.match(piece) and len(lower_words(piece)) <= _MAX_WORDS:
        found.append(piece.rstrip(".!"))
    return found


def _held(detail: str, have: str) -> bool:
    words = lower_words(detail)
    return bool(words) and " ".join(w for w in words if w not in ("de", "het", "een")) in have


def _have(sentence: str) -> str:
    return " ".join(w for w in lower_words(sentence) if w not in ("de", "het", "een"))


def lost(draft: str, sentence: str) -> bool:
    """A detail said after the ask that the result does not hold."""
    have = _have(sentence)
    return any(not _held(d, have) for p in _after(draft, sentence) for d in _details(p, sentence))


# a sentence that is clearly the detail: 'tis van …', 'het duurt …', 'de film is …', 'ik ben weg van …', a bare count
_CLEAR = re.compile(r"(?i)^\s*(?:(?:en\s+)?(?:tis|'t\s+is|het\s+is|het\s+duurt|het\s+begint|het\s+start|'t\s+begint|"
                    r"(?:de|het)\s+\w+\s+(?:is|duurt|begint|start|eindigt|stopt|sluit|gaat\s+uit)|(?:we|wij)\s+(?:beginnen|starten|"
                    r"vertrekken|verzamelen)|(?:ik|we|wij|\w+\s+en\s+ik)\s+(?:ben|zijn)\s+"
                    r"(?:\w+\s+)?(?:weg|er\s+niet|niet\s+thuis|alleen\s+\S+\s+\S+(?:\s+uur)?\s+thuis))\b"
                    rf"|{_NUM}\s+(?:nachtjes?|nachten|dagen|dagjes|weken|weekjes|maanden)\b)")
_CUT = re.compile(r"(?i)\s*(?:,\s*|\s+)(?:dus|want|omdat|maar\s+ja|en\s+dan|hoor|eh|he|hé|lol|haha)\b.*$")
_EMOJI = re.compile(r"\s*[\u2600-\u27bf\U0001f000-\U0001faff].*$")


def kept(draft: str, sentence: str) -> str:
    """The detail sentence to keep after the ask, shortened ('Het is van 14u tot middernacht.'), or ""."""
    have = _have(sentence)
    for piece in _after(draft, sentence):
        missing = [d for d in _details(piece, sentence) if not _held(d, have)]
        if not missing:
            continue
        if not (_CLEAR.match(piece) or any(d == piece.rstrip(".!") for d in missing)) or _COMES.match(piece):
            half = _clear_half(piece, missing)  # 'ik zit tot 21u in de bib en het komt tss 18 en 20u' (k44a)
            return _short(half, have) if half else ""  # else no clear detail sentence: only the doubt
        return _short(piece, have)
    return ""


def _clear_half(piece: str, missing: list[str]) -> str:
    """The clause of a sentence joined with 'en' or a comma that says when the thing asked about comes ('… en het
    komt tss 18 en 20u' -> 'het komt tss 18 en 20u'), with a lost span in it, or "" (round 44, k44a: h43b-018; the
    golds keep such a window in h43b-018, h23b-012, t21b-039 and drop it in g-020). Another clause that merely reads
    clearly ('…, de kerstborrel is op 19 december') is no detail of the ask (t20d-026)."""
    halves = [h.strip() for h in re.split(r"(?i),\s*|\s+en\s+(?=(?:het|'t|hij|ze|de|we|wij|ik|'k)\b)", piece)]
    if len(halves) < 2:
        return ""  # 'Het komt tussen 10 en 14 uur.' alone: not sure, kept in the offer (lone_statement.py, k43a)
    return next((h for h in halves if _COMES.match(h) and any(d in h and _SPAN.search(d) for d in missing)), "")


_COMES = re.compile(r"(?i)^(?:het|'t|hij|ze)\s+(?:komt|komen|wordt\s+(?:geleverd|bezorgd|gebracht))\b")


def _short(piece: str, have: str) -> str:
    text = _CUT.sub("", _EMOJI.sub("", piece.strip()).rstrip(".!")).strip()
    text = re.sub(r"(?i)^(?:en\s+)?(?:tis|'t\s+is)\b", "Het is", text)
    text = re.sub(r"(?i)\s+maar(?=,|$)", "", text)  # 'Drie dagen maar, van …'
    parts = [p.strip() for p in text.split(",")]
    if len(parts) > 1 and not _LIST.match(text):  # 'twee weken, vanaf zaterdag' with 'vanaf zaterdag' kept already
        parts = [p for p in parts if not _held(p, have)] or parts
        text = ", ".join(parts)
    if len(lower_words(text)) > _MAX_WORDS:
        return ""
    return text[:1].upper() + text[1:] + "."


# 'niet de rode, die is kapot': which one not, and the short state that says why (the golds keep it); a longer
# reason after it goes ('die is dicht vanwege de verbouwing' -> 'die is dicht')
_WHY_NOT = re.compile(r"(?i)\b((?:niet|ni|nie)\s+[^,.?!\n]{2,40}?),\s*((?:die|dat|deze)\s+(?:is|zijn)\s+(?:kapot|stuk|defect|lek|"
                      r"plat|leeg|dicht|gesloten|toe))\b")


def why_not(text: str, sentence: str) -> tuple[str, str]:
    """The result's 'Niet de rode.' with its short state back ('Niet de rode, die is kapot.'): (sentence, added)."""
    for m in _WHY_NOT.finditer(text):
        head = m.group(1).strip()
        at = sentence.lower().find(head.lower() + ".")
        if at >= 0:
            cut = at + len(head)
            return f"{sentence[:cut]}, {m.group(2)}{sentence[cut:]}", m.group(2)
    return sentence, ""
