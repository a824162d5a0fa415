"""A piece after the ask that carries meaning, dropped while the result would be sure (contract points 3 and 6).

Most of what follows an ask is the writer's own background, and the corpus golds drop it ('ik heb geen tijd', 'ik
moet tot zes werken', 'Mijn rug laat het ni toe', 'Eerder ben ik niet thuis'). These kinds say something the
reader needs to do the task right; some golds keep them and others drop the same kind, so the engine cannot
tell background from meaning there and a result that drops one is not offered as sure (code `weg-na-vraag`):

- ``feit``: a negated fact about a third party or a thing, not about the writer ('de laatste bus rijdt niet', 'er
  rijdt gene trein', 'Sem eet geen vlees meer', 'De bel aan de voorkant werkt niet', '… maar is nog niet betaald');
- ``regel``: a rule on the task, 'mogen' with a negation or 'alleen' ('De fietsen mogen níet in de tuin', 'Ze mag
  geen zout', 'Ze mogen alleen in de schuur'); limit_after.py keeps the short ones, this catches the rest;
- ``vast``: the writer stuck on the very task ('ik geraak er echt ni uit', 'ik kom er niet uit', 'ik krijg hem niet
  door de deur', 'ik zie ni waar het fout loopt');
- ``termijn``: a deadline said as a condition ('als je het maar voor vijven doet is het prima': the hatch around
  it goes, the hour does not);
- a fact as above without a negation that says the trouble has grown ('Het water loopt inmiddels ook door het
  plafond van de benedenburen.').

Left out on purpose, as the golds drop them: the writer's own situation (the writer, or the writer's own body or
thing without a rule, as subject: 'daar kom ik niet bij', 'mijn enkel is nog niet genezen'); a pronoun for the
ask's own thing that says what is wrong with it ('Hij start niet meer op' after '… de computer nakijken?': the
repair ask says so already; test_krimp_account.py holds the printer); the reader as subject ('ge moogt mij
afzetten'); wrappers (hatch, burden, apology, time words: 'als ge geen zin hebt', 'het is niet dringend'); a
condition ('als …', cond_after.py's); and a second negated piece when the result already keeps a limit after its
question ('… GEEN chocolade? Hij mag da nie van zijn dokter.': the reason for the limit kept); and a fact after an
ask for leave for the writer's own act ('mag ik vanavond naar de kermis? niemand is thuis': the writer's reason, as
reasoned.py found the golds drop it).
"""

from __future__ import annotations

import re

from .checks import text_words
from .unnamed import unnamed

CODE = "weg-na-vraag"

_NEG = frozenset({"niet", "ni", "nie", "nt", "geen", "gene", "nooit", "niks", "niets", "nx", "niemand", "nergens"})
_WRITER = frozenset({"ik", "'k", "k", "ikke", "we", "wij", "me", "mij", "kben", "kheb", "kzit", "kga", "kwil", "kmoet",
                     "kkan", "kweet", "kdenk", "kvind", "kzal", "kzou", "kmag", "kkom", "kwas", "khad", "kreg", "kzat"})
_OWN = frozenset({"mijn", "mn", "m'n", "mijne", "ons", "onze"})
_READER = frozenset({"je", "jij", "u", "ge", "gij", "jullie", "jou", "uw"})
_POINTER = frozenset({"hij", "ie", "ze", "zij", "die", "het", "'t", "t", "dat", "da", "dit", "deze", "dees"})
_LINK = frozenset({"maar", "ma", "mor", "mr", "en", "dus", "want", "omdat", "aangezien", "trouwens", "btw", "oh", "ja",
                   "nee", "ok", "oke", "he", "echt", "eigenlijk", "toch", "wel", "ook", "pas", "ps", "nb"})
_MAY = frozenset({"mag", "mogen", "moogt", "meugt", "mochten", "mocht"})
_ONLY = frozenset({"alleen", "enkel", "uitsluitend"})
_CONDITION = frozenset({"als", "tenzij", "indien", "moest", "mocht", "of", "zodat", "zolang", "wanneer"})
# A deadline in a condition: 'als je het maar voor vijven doet', 'als het er tegen vrijdag maar is'.
_BY = re.compile(r"\b(?:voor|tegen|uiterlijk|ten\s+laatste|om)\s+(?:\d{1,2}(?:[:.u]\d{2})?\b|half\s+\w+|(?:een|twee|drie|vier|"
                 r"vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?:\s+uur)?\b|(?:enen|tweeen|drieen|vieren|vijven|zessen|"
                 r"zevenen|achten|negenen|tienen|elven|twaalven)\b|\w+dag\b|morgen\w*|vanavond|vanmiddag|het\s+weekend)")
# News that the trouble has grown: 'Het water loopt inmiddels ook door het plafond van de benedenburen.'
_WORSE = frozenset({"inmiddels", "intussen", "ondertussen", "zelfs"})
_VERBISH = frozenset({"is", "was", "zijn", "waren", "mag", "kan", "moet", "wil", "zal", "gaat", "doet", "heeft", "had", "wordt",
                      "ligt", "staat", "zit", "lukt", "klopt", "past", "werkt", "duurt", "kost", "blijft"})
# Wrapper words: the piece lets the reader off, apologises, weighs the writer's burden or says it is no rush.
_WRAP = re.compile(
    r"\b(?:tijd|zin|goesting|past|passen|uitkomt|schikt|lukt|lukken|erg|probleem|haast|dringend|stress|moeite|last|"
    r"storen|kwalijk|sorry|sry|excuus|excuses|druk|verplicht|forceren|opjagen|overvallen|boeman|klager|ondankbaar|"
    r"profiteren|voordringen|gerust|natuurlijk|hoeft|hoef|hoeven|nee\s+zeggen|tegen\s+(?:u|jou|je)|kwetsen|verpesten|"
    r"beloofd|beloof|terug(?:betalen)?|vergeten|vergeet|bedoeld|boos)\b")
# The writer stuck on the task itself: getting out of it, getting it done, seeing where or how.
_STUCK = re.compile(
    r"^(?:ik|'k|k|ikke|we|wij)\s+(?:\S+\s+){0,3}?(?:"
    r"(?:geraak|geraken|kom|komen)\s+(?:er|der|daar|hier)\s+(?:\S+\s+){0,2}?(?:niet|ni|nie|nx)\s+(?:aan\s+|meer\s+)?uit"
    r"|(?:krijg|krijgen|kreeg|kregen)\s+(?:\S+\s+){0,4}?(?:niet|ni|nie|nx)\s+(?:meer\s+)?(?:\S+\s+){0,3}?"
    r"(?:gedaan|door|praat|open|los|dicht|werkend|gemaakt|opgelost|geinstalleerd|aan|af|uit|weg|vast|in|op)\b"
    r"|(?:snap|snappen|begrijp|begrijpen)\s+(?:\S+\s+){0,4}?(?:niet|ni|nie|niks|niets|nx)\b"
    r"|(?:zie|zien|weet|weten)\s+(?:\S+\s+){0,2}?(?:niet|ni|nie|nx)\s+(?:\S+\s+){0,1}?(?:waar|hoe|wat)\b)")


def doubted(lex, text: str, spans, sentence: str, found) -> bool:
    """A dropped background piece of `text` (in `spans`, not named by `found`) after the ask carries meaning."""
    if _limit_kept(sentence):
        return False
    said = set(text_words(text))  # the ask's own words the draft holds (not a typed name or moment)
    ask = [w for w in text_words(sentence.split("?")[0]) if len(w) > 2 and w in said]
    if len(ask) < 2 or "?" not in sentence:
        return False
    own_act = bool(_OWN_ACT.match(sentence))
    for at, f in unnamed(lex, text, spans, sentence, found, lambda at: at):
        if f.kind != "achtergrond" or not _after_ask(text[:int(at)], ask) or _asks(text, f.text):
            continue
        kind = meaning(f.text)
        if kind and not (own_act and kind == "feit"):  # 'mag ik naar de kermis? niemand is thuis': the writer's reason
            return True
    return False


# The writer asks leave for an act of their own: a fact after it is the writer's reason, which the golds drop.
_OWN_ACT = re.compile(r"(?i)^(?:[^,?]+,\s*)?(?:mag|mogen|kan|kun|zou|mocht)\s+(?:ik|'k|k|we|wij)\b")


def meaning(piece: str) -> str:
    """The kind of meaning the piece carries ('feit', 'regel', 'vast', 'termijn'), or ""."""
    words = text_words(piece)
    while words and words[0] in _LINK:
        words = words[1:]
    flat = " ".join(words)
    if len(words) < 3 or words[0] in _READER or _WRAP.search(flat):
        return ""
    if words[0] in _CONDITION:
        return "termijn" if _BY.search(flat) else ""  # 'als je het maar voor vijven doet': a deadline, said as a condition
    negated = bool(_NEG & set(words))
    if words[0] in _WRITER:
        return "vast" if _STUCK.match(flat) else ""
    if _MAY & set(words[1:4]) and (negated or _ONLY & set(words)):
        return "regel"  # 'De fietsen mogen níet in de tuin', 'Mijn dochter mag geen noten', 'Ze mogen alleen …'
    if _pronoun(words) or (_WRITER | _OWN) & set(words):
        return ""  # 'Hij start niet meer op' (what the ask repairs), 'daar kom ik niet bij' (the writer's own)
    return "feit" if negated or _WORSE & set(words) else ""


def _pronoun(words: list[str]) -> bool:
    """The piece opens with a pronoun ('Hij start niet', 'Het mag niet'), not a determiner ('Het water loopt')."""
    if words[0] not in _POINTER:
        return False
    nxt = words[1] if len(words) > 1 else ""
    return words[0] in ("hij", "ie", "ze", "zij", "'t", "t") or nxt in _VERBISH or nxt.endswith("t") or nxt in _NEG


def _after_ask(before: str, ask: list[str]) -> bool:
    """Most of the ask's words stand before this point of the draft."""
    have = set(text_words(before))
    return sum(w in have for w in ask) >= 0.6 * len(ask)


def _asks(text: str, piece: str) -> bool:
    """The piece is a question of its own (a second ask, named apart)."""
    at = text.find(piece)
    return at >= 0 and text[at + len(piece):at + len(piece) + 3].lstrip().startswith("?")


_LIMITS = re.compile(
    r"(?i)\?\s*(?:(?:maar|mor|ma|en|wel|ff|even)\s+)?(?:niet|ni|nie|geen|gene|nooit|nx|enkel|alleen|zonder)\b"
    r"|\?[^?]*\b(?:mag|mogen|moogt|meugt)\s+(?:\S+\s+){0,2}?(?:niet|ni|nie|geen|gene|nx|nooit)\b"
    r"|\b(?:maar|mr|ma)\s+(?:niet|ni|nie|geen|gene)\b[^?]*\?")


def _limit_kept(sentence: str) -> bool:
    """The result keeps a limit after its question ('… ? Ni op zondag.', '… ? Ze mag geen zout.') or in its
    tail ('… maar GEEN chocolade?')."""
    return bool(_LIMITS.search(sentence))
