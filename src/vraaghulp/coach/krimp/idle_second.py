"""A second request that is none (round 39, k39c): the engine found another clause that asks something, but the
writer asks the reader for nothing new with it. Measured over the outside files (tuning-ho17 … ho38b and the
tuning3* probes), the kinds that recur across many files:

- a hope about the reader ('Ik hoop dat u hier begrip voor heeft', 'ik hoop da ge da nie erg vindt', 'Ik hoop dat u
  een fijne vakantie heeft gehad'), unless it holds a modal that asks ('Ik hoop dat u ook kunt zeggen wanneer …');
- small talk about the reader: a yes/no question with 'zijn' ('Zijt ge goed terug van Spanje?', 'Ben jij er
  zaterdag ook?') or about what they did ('Hebt ge de match gisteren gezien?'), not 'bent u bereid …';
- a rhetorical 'wie' over 'dat' ('Wie doet dat steeds?', 'Wie controleert dat eigenlijk?', 'Wie gaat dat betalen?'),
  never 'wie kan dat …';
- a let-off or a request for an answer only, to the writer ('Laat het maar horen', never 'Laat jij aan Petra weten
  …', 'Bel maar terug', 'Denk er rustig over na', 'moogt gerust nee zeggen', 'mag u deze mail negeren', 'Neem het
  mij niet kwalijk', 'Als het moet, kunnen we …'), 'gerust' outside a question ('Neem de kinderen gerust mee.');
- the reason for the main ask ('Ik heb ze zondag nodig', 'We hebben hem nodig voor de goot');
- a worry for the reader ('Ik wil niet dat je je zorgen maakt', "'k wil ni dat ge kapot zit");
- the writer's courtesy turned into a question ('Wil je nie lastigvallen?', 'Mag ik u hiermee niet overvallen?');
- a fragment: a bare word ('Wacht.', 'Luister.'), a modal with no subject ('Kan mij de andere dagen brengen?', 'Wil
  vragen?', 'Mag ik hopen?', 'Wil dat er iemand bij hem is …'), a short negated one ('Kan da nie?').

Round 47 (k47c), chosen on the older outside sets (ho17 … ho40b, p37 … p40), measured on the newer:

- a condition with no ask of its own ('Mocht dat niet uitkomen', 'Mocht het lastig zijn', 'Pas als ge terug zijt …',
  'Mocht dat niet gaan dan hoor ik het wel'), or a 'wie' that means 'whoever' ('Wie het vergeet, geen probleem');
  never one with a modal that asks or an order after it ('Moest ge nog kratten hebben, mag ik …', 'Als ge toch komt,
  breng …');
- a French let-off in a Flemish draft ('pas de problème', 'pas de souci', 'pas grave', 'pas de stress');
- the reader need not do anything ('verder hoeft u niets te doen', 'hoeft u zich niet te haasten'), never 'Hoef ik …';
- the Limburgish 'doe' (you) with its verb ('doe höbs al zoveul gedaon'), not the order 'Doe de deur dicht';
- the writer's own thought or feeling ('ik vind het lief dat je meeleeft', 'Ik heb begrepen dat …'), unless it holds
  a modal that asks ('ik denk dat je beter kunt …' is kept);
- a call for an answer only ('Wie kan, graag even reageren', 'mag het zeggen', 'laat u maar iets weten'): every word
  a reply verb or a word around one, never 'Kun je laten weten of …' nor 'Kun je me bellen?';
- the writer's consequence read as a question: 'kan ik' right after 'dan' in the same clause ('…, dan kan ik wat
  slapen', '… dan kan ik nog even bij haar langs'), not 'Dan kun je …' to the reader.

A real second task ('en kun je ook de planten water geven?', 'Wie wil deze week de shirts wassen?') is none of these.
"""

from __future__ import annotations

import re

_LEAD = re.compile(r"(?i)^(?:(?:en|maar|oh|oja|o ja|ook|dus|allee|ps)[\s,]+)+")
_HOPE = re.compile(r"(?i)^(?:(?:ik|'k|k)\s+hoop\s+(?:dat|da)\b|hopelijk\b)")
_ASKING = re.compile(r"(?i)\b(?:kun|kunt|kan|kunde|kunnen|wil|wilt|wilde|willen|zou|zoudt|zouden|mag|moogt)\b")
_READER = frozenset({"je", "jij", "u", "ge", "gij", "gie", "jullie"})
_BE = frozenset({"ben", "bent", "zijt", "zijn", "waart", "was", "waren"})
_BE_CLITIC = frozenset({"zijde", "zedde", "zidde", "bende"})
_HAVE = frozenset({"heb", "hebt", "heeft", "hebben"})
_HAVE_CLITIC = frozenset({"hebde", "hedde"})
_WILLING = re.compile(r"(?i)\b(?:bereid|in staat|zo vriendelijk|zo goed|te\s+\w+en)\b")
_PURPOSE = re.compile(r"(?i)\b(?:voor|om)\b")
_PARTICIPLE = re.compile(r"(?i)^ge\w+(?:d|t|en)$")
_AFTER = frozenset({"trouwens", "nog", "al", "eigenlijk", "eh", "he", "hé", "dan", "toch"})
_WHO_ASKS = frozenset({"kan", "kunnen", "wil", "wilt", "willen", "zou", "zouden", "mag", "moet", "kunt"})
# Only a let-off to the writer: 'Laat (het) maar horen', 'Bel me maar terug', never 'Laat Petra weten …', 'Bel jij de
# garage terug'; 'gerust' only in 'ge moogt gerust nee zeggen', never 'Kun je gerust ook de planten water geven?'.
_TO_WRITER = (r"(?:\s+(?:het|'t|maar|me|mij|ons|even|eens|es|efkes|ff|effe|ne\s+keer|gerust|gewoon|iets|wat|wel|snel"
              r"|dan|nog|zo))*")
_LETOFF = re.compile(r"(?i)^(?:laat" + _TO_WRITER + r"\s+(?:weten|horen)\b|bel" + _TO_WRITER + r"\s+terug\b"
                     r"|denk\b.*\bna\b|(?:doe|laat)\b.*\bgroeten\b|neem\b.*\bkwalijk\b)|\b(?:nee|neen)\s+zeggen\b|\bnegeren\b")
# 'gerust' in a statement or an imperative leaves the reader free ('Neem de kinderen gerust mee.', 'kom gerust even
# langs'); in a question it is only a softener ('Kun je gerust ook de planten water geven?').
_FREE = re.compile(r"(?i)\bgerust\b")
_OFFER = re.compile(r"(?i)^als\b[^,]*,\s*(?:kunnen|kun|kan)\s+(?:we|wij|ik|'k)\b")
_REASON = re.compile(r"(?i)^(?:ik|'k|we|wij)\s+(?:heb|hebben)\s+(?:het|'t|hem|ze|die|dat|da|m)\s+(?:\w+\s+)?nodig\b")
_WORRY = re.compile(r"(?i)^(?:ik|'k)\s+wil\s+(?:niet|ni|nie)\s+(?:dat|da)\s+(?:je|jij|ge|gij|u)\b.*"
                    r"\b(?:zorgen|slaap|kapot|moe|ongerust)\b")
_BOTHER = re.compile(r"(?i)\blastigval\w*\b")
_NEGATION = frozenset({"niet", "nie", "ni", "geen"})
_COURTESY = re.compile(r"(?i)\b(?:lastig\w*|last|kwalijk|erg|overval\w*|opvat\w*|ondankbaar|zeuren|vervelend|"
                       r"vrijpostig)\b")
_MODAL = frozenset({"kan", "kun", "kunt", "wil", "wilt", "wilde", "willen", "kunnen", "mag", "mogen", "moogt", "hoeft",
                    "moet", "zou", "zoudt"})
_OBJECT = frozenset({"mij", "me", "vragen", "hopen", "perse", "persé"})
# Round 47 (k47c): a condition alone, the free-relative 'wie', a French let-off, the reader need not, Limburgish 'doe'
_CONDITION = re.compile(r"(?i)^(?:mocht|mochten|moest|moesten|indien|tenzij|pas\s+als|als)\b")
_WHOEVER = frozenset({"het", "'t", "dat", "da", "dit", "zich"})
_CONSEQUENCE = re.compile(r"(?i)(?:,|\bdan\b)\s*(\S+(?:\s+\S+)?)")
_WRITER = frozenset({"ik", "'k", "k", "we", "wij", "ze", "zij"})
_FRENCH = re.compile(r"(?i)^(?:c'est\s+)?pas\s+(?:de\s+(?:probl[eè]me|souci|soucis|stress|panique)|d'souci|grave)\b")
_NEED_NOT = re.compile(r"(?i)^(?:(?:verder|dan|anders|voor\s+de\s+rest)\s+)?(?:hoeft|hoef|hoeven)\s+"
                       r"(?:u|je|jij|ge|gij|gie|jullie)\b.*\b(?:niet|niets|nie|ni|niks|geen)\b")
_DOE_VERBS = frozenset({"höbs", "hebs", "bös", "bis", "kins", "kens", "wils", "moos", "mos", "zals", "wis", "deis"})
_OWN_THOUGHT = re.compile(r"(?i)^(?:ik|'k|k)\s+(?:vind|vond|heb\s+begrepen|begrijp|snap|denk|dacht|weet|hoor|hoorde"
                          r"|merk|zie)\b")
_REPLY = frozenset({"reageren", "weten", "zeggen", "melden", "horen", "antwoorden", "laten", "laat"})
_AROUND_REPLY = _REPLY | _READER | frozenset({
    "wie", "kan", "kun", "kunt", "mag", "moogt", "wil", "wilt", "graag", "even", "eens", "es", "maar", "het", "'t",
    "iets", "gerust", "dan", "wel", "ff", "effe", "efkes", "me", "mij", "ons", "snel", "altijd", "gewoon", "aub",
    "alsjeblieft", "hoor", "he", "hé", "hein"})
_INVERTED = frozenset({"dan", "daar", "zo", "want"})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|'[^\W\d_]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _small_talk(words: list[str], text: str) -> bool:
    """'Zijt ge goed terug van Spanje?', 'Zedde nog nor de kine gewest?', 'Hebt ge de match gisteren gezien?'."""
    if len(words) < 2 or _WILLING.search(text):
        return False
    verb, subject = words[0], words[1]
    if verb in _BE_CLITIC or (verb in _BE and subject in _READER):
        return not _PURPOSE.search(text)  # 'Ben je zondag thuis voor de loodgieter?' asks something
    if not (verb in _HAVE_CLITIC or (verb in _HAVE and subject in _READER)):
        return False
    tail = [w for w in words[2:] if w not in _AFTER]
    return bool(tail) and bool(_PARTICIPLE.match(tail[-1]))


def _rhetorical(words: list[str]) -> bool:
    """'Wie doet dat steeds?', 'Wie snapt dat nou wel?': a 'wie' with a verb that does not ask, over 'dat'."""
    return len(words) >= 3 and words[0] == "wie" and words[1] not in _WHO_ASKS and words[2] in ("dat", "da")


def _fragment(words: list[str], question: bool) -> bool:
    """'Wacht.', 'Kan mij de andere dagen brengen?', 'Wil vragen?', 'Wil dat er iemand …', 'Kan da nie?'."""
    if len(words) <= 1:
        return True
    subject = bool(set(words[2:3]) & (_READER | {"iemand", "ik", "we", "wij", "er"}))  # right after the object
    if words[0] in _MODAL and not (subject and words[1] in _OBJECT) and (
            words[1] in _OBJECT or len(words) == 2 or (len(words) == 3 and words[2] in _OBJECT)):
        return True  # not 'Kan mij iemand helpen?'
    if words[0] in ("wil", "wilt", "willen", "wilde") and words[1] in ("dat", "da"):
        return True
    if words[0] == "wie" and (words[1] in _NEGATION or (len(words) == 2 and words[1] in _WHO_ASKS)):
        return True  # 'wie nie kan, …', 'Wie kan, graag even reageren'
    return question and len(words) <= 3 and words[-1] in _NEGATION


def _condition(said: str, words: list[str]) -> bool:
    """'Mocht dat niet uitkomen', 'Mocht dat niet gaan dan hoor ik het wel', 'Wie het vergeet': a condition with no
    ask of its own; what follows it, if anything, is the writer's own ('dan hoor ik het wel'), never an order."""
    if len(words) >= 2 and words[0] == "wie" and words[1] in _WHOEVER:
        return not _ASKING.search(said)
    if not _CONDITION.match(said) or _ASKING.search(said):
        return False
    rest = _CONSEQUENCE.search(said)
    if rest is None:
        return True
    follow = _words(rest.group(1))
    return len(follow) == 2 and follow[1] in _WRITER  # 'dan hoor ik het wel', not 'breng dan ook …'


def _said_aside(said: str, words: list[str], before: str = "", asked: bool = False) -> bool:
    """A French let-off, the reader need not do anything, the Limburgish 'doe höbs', the writer's own thought."""
    if _FRENCH.match(said) or (_NEED_NOT.match(said) and not (
            asked and not before and words[:1] and words[0].startswith("hoe") and not _TAG & set(words))):
        return True  # review: verb first asks ('Hoeft u geen kopie?'); 'verder hoeft u niets te doen' does not
    if len(words) >= 2 and words[0] == "doe" and words[1] in _DOE_VERBS:
        return True
    if set(words) & _REPLY and set(words) <= _AROUND_REPLY:
        return True  # 'Wie kan, graag even reageren', 'laat u maar iets weten'
    return bool(_OWN_THOUGHT.match(said)) and not _ASKING.search(said) and not _WISH.search(said)


_TAG = frozenset({"hoor", "he", "hè", "hé", "hein", "toch", "eh"})  # 'Hoef je niks te doen hoor?' lets off
# review (lead): 'Ik vind het fijn als je ook kookt', '… top als je de afwas ook doet' ask the reader for one thing
# more ('ook'); 'Ik vind het fijn als je komt' only says the main ask again
_WISH = re.compile(r"(?i)\b(?:fijn|fijner|top|prettig|handig|leuk|tof|chill|super|geweldig|fantastisch)\w*\s+"
                   r"(?:als|mocht|mochten|indien)\s+(?:je|jij|u|ge|gij|gie|jullie)\b.*\book\b")


def inverted(before: str, said: str) -> bool:
    """'…, dan kan ik wat slapen': the draft's word right before the second ask (`before`, "" after a mark) makes its
    verb-first clause the writer's own consequence, not a question (round 47, k47c)."""
    words = _words(said)
    return before.lower() in _INVERTED and len(words) >= 2 and words[0] in _MODAL and words[1] in _WRITER - {"ze", "zij"}


def hope(raw: str, reader: bool = False) -> bool:
    """'Ik hoop dat u hier begrip voor heeft': a hope with no modal that asks; `reader`: about the reader only ('dat
    u …', not 'dat ik het goed doe': minor_ask.py sets only those aside as a request)."""
    said = _LEAD.sub("", raw.strip())
    m = _HOPE.match(said)
    if not m or _ASKING.search(said[m.end():]):
        return False
    return not reader or (_words(said[m.end():])[:1] or [""])[0] in _READER


def idle(raw: str, sentence: str, before: str = "", asked: bool = False) -> bool:
    """The second request found in `raw` (the draft's words), offered as `sentence`, asks the reader nothing new;
    `before`: the draft's word right before `raw` in the same clause; `asked`: a question mark closes `raw` there."""
    if inverted(before, raw):
        return True
    said = _LEAD.sub("", raw.strip())
    text = _LEAD.sub("", sentence.strip())
    words = _words(text)
    if hope(said):
        return True
    if _FREE.search(said) and not text.endswith("?"):
        return True
    if _LETOFF.search(said) or _OFFER.match(text) or _REASON.match(said) or _WORRY.match(said) or _BOTHER.search(text):
        return True
    if _small_talk(words, text) or _rhetorical(words) or _fragment(words, text.endswith("?")):
        return True
    if _condition(said, _words(said)) or _said_aside(said, _words(said), before, asked):
        return True  # round 47 (k47c)
    return words[:1] != [] and words[0] in _MODAL and bool(set(words) & _NEGATION) and bool(_COURTESY.search(text))
