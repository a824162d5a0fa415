"""The last guard on what krimp offers (contract point 6): a not-sure result must still be usable.

Never an empty sentence, a question cut down to its verb and a word ('Kun je daar?', 'Zou je Annemiek?',
'Wil je, als het niet?'), only the context with the ask gone, or an escape hatch cut in half ('Als dit
raar is wil je …?'). Then the person's own request sentence is offered, with only what surely goes
cut (what comes before 'maar' + the question verb). A not-sure question that starts with its verb
ends in '?' ('Hoeven we vrijdag niks mee te nemen?'). And a sure result from a draft without any
punctuation that reads as two clauses run together ('mag ik naar de kermis vanavond alle vrienden
gaan') is not sure (``run_on``).
"""

from __future__ import annotations

import re

from . import er_chat
from .lexicon import lexicon
from .memo import per_text

_PLURAL = r"(?:moeten|hoeven|kunnen|willen|mogen|zullen|hebben|gaan|komen|blijven)"
_VERB = rf"(?:kun|kan|kunt|kunde|kn|wil|wilt|wilde|zou|zoudt|zoude|mag|moogt|moet|hoef|heb|hebt|ben|zijt|is|doe|ga|kom|{_PLURAL})"
_NOT_A_NAME = re.compile(rf"^({_PLURAL}), (we|wij|jullie|ze)\b", re.IGNORECASE)
# 'er' with a negation after it, in a line not closed with '?', is no subject ('Wil er (gewoon) niet meer zijn.', 'Kan er
# niet meer tegen.'): the writer speaks without 'ik' (chat), never a question (round 40, k40a; the one rule of er_chat.py,
# which verbs.py reads the draft by too; 'Kan er niet nog iemand mee?' is a question, k40r2).
_ER = r"(?P<er>er)"
_SUBJ = rf"(?:je|jij|u|ge|gij|ik|we|wij|jullie|iemand|{_ER})"
_ASK = re.compile(rf"(?i)\b{_VERB}\s+{_SUBJ}\b")
_FRONT = re.compile(rf"(?i)^(?:[\w'-]+,\s*)?{_VERB}\s+{_SUBJ}\b")
_MODAL = r"(?:kun|kan|kunt|kunde|wil|wilt|zou|zoudt|mag|moogt|moet)"
_BARE = re.compile(rf"(?i)^(?:[\w'-]+(?:\s+[\w'-]+){{0,2}},\s*)?{_MODAL}\s+{_SUBJ}\b(?P<rest>[^?]*)\?$")
_LOOSE = frozenset({"daar", "hier", "er", "het", "dat", "als", "niet", "even", "misschien", "me", "mij", "je", "ons", "wel", "nog", "ook"})
_HALF_HATCH = re.compile(rf"(?i)^(?:[\w'-]+,\s*)?(?:als|indien)\b[^?]*\b{_VERB}\s+{_SUBJ}\b")
_SORRY_IF = re.compile(r"(?i)\b(?:sorry|sry|excuus|excuses)\s+als\b")  # 'sorry als dit raar is': the hatch cut in half
_SENTENCES = re.compile(r"[^.?!\n]+[.?!]*")
_MAAR = re.compile(rf"(?i)\b(?:maar|mr)\s+(?={_VERB}\s+{_SUBJ}\b)")


def _real(m: re.Match | None, text: str) -> bool:
    """A match of a question verb and its subject that really asks: its 'er' no writer speaking (er_chat.py)."""
    if m is None or not m.group("er"):
        return m is not None
    rest = re.split(r"[,.;:!?\n]", text[m.end():], maxsplit=1)[0]
    return not er_chat.writer_speaking(lexicon(), _LETTERS.findall(rest.lower()), "?" in text)


def _ask_in(text: str) -> bool:
    return any(_real(m, text) for m in _ASK.finditer(text))


def _front(text: str) -> bool:
    return _real(_FRONT.match(text), text)


def _last_sentence(text: str) -> str:
    parts = [p.strip() for p in _SENTENCES.findall(text) if p.strip()]
    return next((p for p in parts if "?" in p), parts[-1] if parts else "")


def _fragment(question: str) -> bool:
    m = _BARE.match(question)
    if m is None:
        return False
    rest = re.findall(r"[^\W_]+", m.group("rest"))
    if not rest:
        return True
    if len(rest) == 1:  # 'Kun je daar?', 'Zou je Annemiek?'; never 'Mag ik thuisblijven?'
        word = rest[0]
        return word.lower() in _LOOSE or word[:1].isupper()  # never 'Wil jij mee?'
    return "," in m.group("rest") and len(rest) <= 4  # 'Wil je, als het niet?'


def unusable(sentence: str, draft: str) -> bool:
    """Is a not-sure result no help at all (see the module docstring)?"""
    if not re.search(r"[^\W\d_]", sentence):
        return True
    question = _last_sentence(sentence)
    if _fragment(question) or _HALF_HATCH.match(question) and _SORRY_IF.search(draft):
        return True
    short = len(re.findall(r"[^\W_]+", sentence)) <= 6  # 'Het zijn maar 40 pagina's.': only the context left
    return short and "?" not in sentence and not _ask_in(sentence) and _asks_in_draft(draft)


def _asks_in_draft(draft: str) -> bool:
    return any(_front(s.strip()) or "?" in s and _ask_in(s) for s in _SENTENCES.findall(draft))


_OWN_MAX = 60  # words


def own_sentence(draft: str) -> str:
    """The draft's sentence that holds the ask, with the part before 'maar' + the question verb cut."""
    parts = [p.strip() for p in _SENTENCES.findall(draft) if p.strip()]
    chosen = next((p for p in parts if "?" in p and _ask_in(p)), None)
    chosen = chosen or next((p for p in parts if _ask_in(p)), None) or " ".join(draft.split())
    chosen = " ".join(chosen.split())
    if len(chosen.split()) > _OWN_MAX or len(chosen) > 8 * _OWN_MAX:
        return ""  # no sentence of a sensible length holds the ask
    cut = _MAAR.search(chosen)
    if cut is not None:
        chosen = chosen[cut.end():]
    m = next((m for m in _ASK.finditer(chosen) if _real(m, chosen)), None)
    asks = "?" in chosen or (m is not None and m.start() < 12)
    chosen = chosen.rstrip(".!?, ")
    return chosen[:1].upper() + chosen[1:] + ("?" if asks else ".")


def asked(sentence: str) -> str:
    """A not-sure last sentence that starts with its verb ('Hoeven we …') ends in '?'."""
    sentence = _NOT_A_NAME.sub(lambda m: f"{m.group(1)} {m.group(2)}", sentence)  # 'Moeten, we …' was no name
    parts = [p for p in _SENTENCES.findall(sentence)]
    if not parts:
        return sentence
    last = parts[-1].rstrip()
    if last.endswith(".") and _front(last.strip()):
        told = _TOLD.search(last)  # '…, ik moet werken tot 6.': the ask gets the '?', the statement its own sentence
        if told and "?" not in last:
            at = sentence.rfind(last)
            return f"{sentence[:at]}{last[:told.start()]}? {told.group(1)[:1].upper()}{told.group(1)[1:]}"
        return sentence[: sentence.rfind(".")] + "?" + sentence[sentence.rfind(".") + 1:]
    return sentence


# Round 43 review (k43r2): a statement with its own subject and verb joined with a comma after the ask ('Ma, kun je
# zaterdag de hond uitlaten, ik moet werken tot 6.') keeps its full stop; the '?' goes after the ask.
_TOLD = re.compile(r"(?i),\s+((?:ik|'k|we|wij|hij|zij|ze|het|dat) (?:moet|moeten|ben|zijn|is|heb|heeft|hebben|kan|ga|gaat"
                   r"|zit|sta|werk|werken|kom|mag|zal|was|waren)\b[^,?]*\.)$")


_MOMENT = re.compile(r"(?i)\b(?:vandaag|morgen|overmorgen|vanavond|vanmiddag|vannacht|straks|zaterdag|zondag|maandag|dinsdag|"
                     r"woensdag|donderdag|vrijdag|weekend)\s+(?:alle|iedereen|al|de|mijn|m'n|mn|onze|die)\s+\w+\s+\w+\?$")
_PLACE = re.compile(r"(?i)\b(?:naar|bij|in|op|met)\s+(?:de|het|mijn|m'n|mn)?\s*\w+\s+(?=(?:vandaag|morgen|vanavond|vanmiddag|straks|zaterdag|zondag|weekend)\b)")


def run_on(sentence: str, draft: str) -> bool:
    """A draft with no punctuation at all whose ask has, after a place and a moment, another noun phrase
    and a verb: two clauses run together ('… naar de kermis vanavond alle vrienden gaan')."""
    if re.search(r"[.?!,;:]", draft):
        return False
    question = _last_sentence(sentence)
    return bool(_MOMENT.search(question) and _PLACE.search(question))


_AS_TYPED_MAX = 30  # words: a longer draft with no ask in it is not offered back whole


def as_typed(draft: str) -> str:
    """A short draft whose ask names nothing yet ('Sorry, zou je misschien'), as typed, tidily closed;
    "" when it is long."""
    words = draft.split()
    if not words or len(words) > _AS_TYPED_MAX or len(draft.strip()) > 10 * _AS_TYPED_MAX:
        return ""
    text = " ".join(words)
    mark = "?" if text.rstrip().endswith("?") else "."
    text = re.sub(r"\s+([,.;:]|[?!](?!\w))", r"\1", text).rstrip(".,;:!? ")  # "MR !312" stays apart
    return text[:1].upper() + text[1:] + mark if text else ""


# Kinds of finding that say a part goes; such a finding is wrong when the offered text still has that part.
_GOES = frozenset({"excuus", "last", "uitweg", "angst", "oordeel", "afzwakker", "aanloop", "groet"})


_LETTERS = re.compile(r"[^\W_]+")


@per_text
def _seq(text: str) -> tuple[str, ...]:
    """The words of a text in lower case (the sentence is asked once for every finding: kept, round 38, speed only)."""
    return tuple(_LETTERS.findall(text.lower()))


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return n > 0 and any(words[k:k + n] == part for k in range(len(words) - n + 1))


def still_there(kind: str, text: str, sentence: str) -> bool:
    """A finding that names a part as removed ('afzwakker: zou je het erg vinden als') while the offered
    sentence keeps it (the not-sure path offers the person's own question): it is not said then."""
    if kind not in _GOES or not text:
        return False
    words = _seq(sentence)
    return all(_holds(words, _seq(part)) for part in text.split("\u2026"))


_ELLIPTIC = re.compile(r"(?i)\b(?:een|de|het|die)\s+(?:nieuwe|nieuw|andere|ander|reserve|extra|grotere|kleinere)\s+([^\W\d_]+)")
_NO_NOUN = frozenset({"van", "bij", "uit", "voor", "in", "op", "mee", "halen", "kopen", "lenen", "bestellen",
                      "meenemen", "meebrengen", "regelen", "zoeken", "geven", "brengen", "sturen", "maken"})


def elliptic(sentence: str, draft: str) -> bool:
    """'Kun je vanavond een nieuwe meenemen?' after 'De theepot is gebroken.' went: 'een nieuwe' names its
    noun only in the part that was cut (the result points at nothing)."""
    m = _ELLIPTIC.search(_last_sentence(sentence))
    if m is None or m.group(1).lower() not in _NO_NOUN:
        return False
    return len(re.findall(r"[^\W_]+", draft)) > len(re.findall(r"[^\W_]+", sentence))
