"""The sentence before the ask's sentence, dropped: what it holds and whether the ask rests on it (round 44, k44b).

'Koe ligt in de sloot bij het hek aan de Hoofdweg. Kun je komen helpen?', 'Ik sta in de schuur met het touw. Kom je
even?': on fresh outside text most must-keep items a result lost stood in a sentence before the ask. This module
reads that sentence on the draft as typed against the finished result (`dropped_before`), names what it holds
(`shape_of`) and whether the ask leans on it (`thin`); tools/krimp_before_ask.py counts the shapes against the
outside golds (README "Round 44 (k44b)"). No shape reaches the 85 % keep a put-back in the not-sure offer needs (the
best 50-60 %: `offer`, off); where the ask leans on a plain fact right before it that holds a negation, a dated time,
a name or a place (`leaned_on`; outside golds 8 keep / 2 split / 4 drop), a sure result never drops it (`lost`,
code `weg-voor-vraag`).
"""

from __future__ import annotations

import re

from .checks import lower_words, text_words
from .lean_back import APOLOGY
from .lone_statement import split
from .state_before import kept

OFFER = False  # tools/krimp_before_ask.py --proef switches it on (the not-sure offer puts the sentence back)

_GREET = frozenset({"hoi", "hallo", "hey", "hee", "hi", "hai", "dag", "beste", "lieve", "geachte", "goedemorgen", "yo",
                    "goedemiddag", "goedenavond", "hoy", "heej", "hej", "moi", "hoihoi", "dank", "bedankt", "merci",
                    "thanks", "thx", "groetjes", "groeten", "groet", "alvast", "liefs", "kusjes", "mvg", "gr", "doei"})
_NEG = re.compile(r"(?i)\b(?:niet|geen|nooit|nie|ni|niks|niets|niemand|nergens|gene|genen)\b")
_TIME = re.compile(r"(?i)\d|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|vanavond|vannacht"
                   r"|vanmiddag|vanochtend|vanmorgen|vandaag|overmorgen|straks|zo\s+meteen|weekend|uur|half|kwart"
                   r"|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)en|week|januari|februari|maart"
                   r"|april|mei|juni|juli|augustus|september|oktober|november|december)\b")
_PLACE = re.compile(r"(?i)\b(?:in|bij|aan|op|achter|onder|naast|voor|tegen|naar)\s+(?:de|het|'t|een|mijn|m'n|mn|ons|"
                    r"onze|jullie|[A-Z]\w+)\b")
_STATE = re.compile(r"(?i)^\W*(?:en\s+|maar\s+)?(?:ik|'k|k|we|wij)\s+(?:ben|zit|sta|lig|voel|heb|zitten|staan|zijn)\b")
_ADVERBS = r"(?:even|ook|nog|wel|dan|ergens|morgen|vandaag|snel|eens|alsnog|voor\s+mij|voor\s+me|misschien|toch|aub|pls)"
_THINK = r"(?!(?:weet|denk|hoop|merk|vind|zie|zeg|geloof|besef|snap|hoor|vrees|wist|dacht)\b)"  # 'ik weet dat …'
_BARE_POINTER = re.compile(rf"(?i)\b(?:je|jij|u|ge|gij|gie|iemand|jullie|om|voor|dat|da|ik|we|wij)\s+(?:{_THINK}\w+\s+)?"
                           rf"(?:dat|die|dit|da|het|'t|hem|ze)\s+(?:{_ADVERBS}\s+)*"
                           rf"(?:(?:(?!een\b|geen\b)\w+en|doen|doe)(?:\s+\w+){{0,2}}\s*(?:[?.!,]|$)|(?:aan|naar|via|voor|bij|op|mee)\b|[?])"
                           rf"|\b(?:dat|die|dit|het|'t|da)\s*[?]")
_POINTER_FIRST = re.compile(r"(?i)^(?:\w+,\s*)?(?:kan|kun|zou|mag|lukt|gaat|past)\s+(?:dat|dit|da)\b(?!\s+(?-i:[A-Z]))")
_COME = re.compile(r"(?i)\b(?:kom|komen|komt|kome|langskomen|langs\s+komen|afkomen|overkomen|langskomt|langsgaan)"
                   r"(?:\s+(?:je|jij|u|ge|gij|gie))?(?:\s+(?:even|eens|nog|ook|snel|vandaag|nu|aub|alsjeblieft|asjeblieft|pls|please))*"
                   r"\s*[?.!]*\s*$")
_CLAUSE = re.compile(r"(?i)\b(?:dat|da|omdat|tenzij|als|want|wanneer|zodat|die)\b")  # the come verb is not the ask's
_TO = re.compile(r"(?i)\b(?:naar|bij|in|op)\s+(?:de|het|'t|mijn|m'n|mn|ons|onze|huis|school|[A-Z]\w+)\b")  # where to come


def dropped_before(draft: str, result: str) -> list[tuple[str, str, int]]:
    """(sentence, the ask's sentence, how many sentences before it) for every sentence of the draft before the ask's
    sentence of which the result shows fewer than half the content words; greetings and closings alone left out."""
    parts = split(draft)
    at = ask_index(parts, result)
    if at is None:
        return []
    return [(p, parts[at], at - k) for k, p in enumerate(parts[:at]) if not _greeting(p) and not mostly_shown(p, result)]


def ask_index(parts: list[str], result: str) -> int | None:
    """The draft sentence with a '?' (else any) sharing most content words with the result."""
    have = set(text_words(result))
    asks = [k for k, p in enumerate(parts) if "?" in p] or list(range(len(parts)))
    scored = [(len(set(_content(parts[k])) & have), k) for k in asks]
    best = max(scored, default=(0, None))
    return best[1] if best[0] else None


def mostly_shown(said: str, text: str) -> bool:
    """At least half of the sentence's content words (longer than three letters) stand in the text."""
    words = _content(said)
    have = set(text_words(text))
    return bool(words) and 2 * sum(w in have for w in words) >= len(words) or not words


def _content(said: str) -> list[str]:
    words = text_words(said)
    return [w for w in words if len(w) > 3] or words


def _greeting(said: str) -> bool:
    words = lower_words(said)
    return not words or words[0] in _GREET and len(words) <= 4


def shape_of(said: str) -> str:
    """What the sentence holds, the first that fits: ontkend, tijd, naam, plaats, staat, excuus, ander."""
    if APOLOGY.search(said) or lower_words(said)[0] in {"sorry", "sorri", "sry", "excuus", "excuses"}:
        return "excuus"
    if _NEG.search(said):
        return "ontkend"
    if _TIME.search(said):
        return "tijd"
    if any(t[:1].isupper() and t.strip(".,!?:;").isalpha() and t != "Ik" for t in said.split()[1:]):
        return "naam"
    if _PLACE.search(said):
        return "plaats"
    if _STATE.search(said):
        return "staat"
    return "ander"


def thin(ask: str) -> str:
    """How the ask leans on something said before it: `wijst` (its object is a bare pointer: 'Kun je dat doorgeven
    aan Wim?', 'Wanneer komt u die schoonmaken?', 'Kan dat volgende week?'), `kom` (it asks the reader to come and
    says not where or what for: 'kun je nu met de trekker komen?', 'Dries, kom.'), or ''."""
    if _BARE_POINTER.search(ask) or _POINTER_FIRST.search(ask):
        return "wijst"
    if _COME.search(ask) and not _CLAUSE.search(ask) and not _TO.search(ask):
        return "kom"
    return ""


_BACK = re.compile(r"(?i)\b(?:het|'t|dat|die|dit|deze|er|daar|hem|haar|ze|zij|hij|dan|daarvoor|daarmee|erbij|ermee)\b")


def linked(said: str, ask: str) -> str:
    """How the ask points at the sentence: `woord` (a content word of both), `wijst` (a pointer word in the ask), ''."""
    if set(_content(said)) & {w for w in text_words(ask) if len(w) > 3}:
        return "woord"
    return "wijst" if _BACK.search(ask) else ""


_READER = frozenset({"je", "jij", "jou", "jouw", "u", "uw", "ge", "gij", "gie", "jullie", "julle", "ulle", "jle"})
_PAD = re.compile(r"(?i)\b(?:sorry|sorri|sry|excuus|excuses|excuseer|spijt|stoor|storen|lastig\w*|druk|hoop|weet|vervelend"
                  r"|eerlijk|ff|even|haha|hihi|lol|allez|luister|oké|oke|ok)\b")


PADDING = frozenset({"groet", "afzwakker", "excuus", "uitweg", "aanloop", "last", "angst", "oordeel"})


def plain_fact(said: str, found: list[str]) -> bool:
    """A plain statement: no padding the engine named in it (found: the texts of its PADDING findings), no apology, burden
    or hedge word, no word to the reader, no question, three to twenty words."""
    words = lower_words(said)
    if not 3 <= len(words) <= 20 or "?" in said or _READER & set(words) or _PAD.search(said):
        return False
    folded = " ".join(text_words(said))
    return not any(len(f) > 3 and " ".join(text_words(f)) in folded for f in found)


HOLDS = frozenset({"ontkend", "tijd", "naam", "plaats"})
_DATED = re.compile(r"(?i)\d|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|uur|half|kwart|januari"
                    r"|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|weekend)\b")


CODE = "weg-voor-vraag"


def lost(draft: str, sentence: str) -> bool:
    """A sure result dropped the sentence the ask leans on (`leaned_on`): the outside golds split on it (README
    "Round 44 (k44b)"), so the result is not sure."""
    return bool(leaned_on(draft, sentence))


def leaned_on(draft: str, result: str, padding: list[str] | tuple = ()) -> str:
    """The plain sentence right before the ask's sentence that the result dropped, when it holds a negation, a time,
    a name or a place (HOLDS) and the ask leans on it (`thin`): 'Koe ligt in de sloot bij het hek aan de Hoofdweg.'
    before 'Gerrit, kun je nu met de trekker komen?'. padding: the texts of the engine's PADDING findings."""
    for said, ask, gap in dropped_before(draft, result):
        shape = shape_of(said)
        if shape == "tijd" and not _DATED.search(said):
            continue  # 'Ik heb vandaag een doos koekjes gebakken.': only 'vandaag', 'morgen' … is background
        if gap == 1 and thin(ask) and shape in HOLDS and plain_fact(said, padding):
            return said
    return ""


def offer(draft: str, sentence: str, name: str) -> tuple[str, str]:
    """The not-sure offer with the sentence the ask leans on put back in front, when OFFER is on: (offer, the
    sentence put back or ""). Off: the outside golds keep it in 8 of 14 drafts, below the 85 % the round set
    (tools/krimp_before_ask.py --proef measures it on the tuning part)."""
    said = leaned_on(draft, sentence) if OFFER else ""
    if not said:
        return sentence, ""
    bare = said[len(name) + 1:].strip() if name and said.startswith(name + ",") else said
    return kept(sentence, name, bare.rstrip(" .")), bare
