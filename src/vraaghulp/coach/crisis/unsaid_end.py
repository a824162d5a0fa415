"""The end left unsaid: things given away, a goodbye, a dangerous place, a passive wish (round 43, c43a): a gentle
line, never the panel.

Across 26 bring-ins of held-out sets (`tools/crisis_first_sight_missed.py`) the acute lines the engine missed at first
sight recur as much as the gentle ones: things given away or arranged (group G, in 15 bring-ins), a farewell or thanks
that is a goodbye (F, 12), standing at a dangerous place said as a situation (P, 10), a passive wish (W, 9). Each is
said in words every harmless goodbye, gift or view from a roof shares; what the real lines have and their harmless
twins lack is a general structure, read here on the rules' masked, normalised sentences (an exclusion's own words never
count):

- `weggeven`: the writer hands a possession over ('je mag mijn skins hebben', 'mijn jas heb ik aan de buurman gegeven',
  'geef al mijn spullen weg') and says it will not be needed or that the writer will not be there ('ik heb ze niet meer
  nodig', 'ik ga dat niet meer nodig hebben', 'nee ik verhuis niet'), with no ordinary reason beside it ('want ik
  verhuis', 'ik koop een nieuwe', 'ik stop met de zaak': the harmless lines of the first-sight sets all give one);
- `afscheid`: thanks or love said for everything ('bedankt voor alles', 'ik hou van je', 'ik zie jullie graag') beside
  a finality marker that names no meeting ahead ('voor het geval dat', 'ik ga je niet meer lastigvallen', 'de laatste
  keer dat je van mij hoort', 'niet terugbellen'); or a letter left ('de brief ligt op de keukentafel') with what it is
  for ('als ik weg ben', 'dan weten ze waarom', 'ze vinden hem wel');
- `plek`: the writer at a dangerous place now ('ik sta bij het spoor', 'sta boven op de parkeergarage', 'zit op de
  rand') and a state of the writer beside it ('ik ben er klaar mee', 'kan niet meer', 'laat me', 'jas uitgedaan'), not
  where the place is a work or an errand ('de goot uit te kuisen');
- `passief`: not caring to live or wishing something would take the writer away ('het maakt me niet uit of ik blijf
  leven', 'kon mij niet schelen als ik viel', 'als die bus mij meeneemt is dat ook goed', 'mijn hartpillen gaan de
  prullenbak in, als mijn hart het begeeft ...', 'teleurgesteld toen de wekker ging').

`assess` calls `signal` only where the rules and the second opinion gave nothing and no frame, story or worry for
someone else quieted the message (where c43z's `despair` is called); it gives `zorg`, never more.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.fastsearch import Search

__all__ = ["KINDS", "kinds", "signal"]

_POSS = r"(?:mijn|mn|men|mijne|mien|al mijn|alle)"
# Each pattern is compiled the first time a message holds one of its gate words (an ordinary message compiles none):
# name -> (gate words, any of which the pattern needs; the pattern). Read on the masked, normalised sentences.
_PATTERNS: dict[str, tuple[tuple[str, ...], str]] = {
    # a possession handed over by the writer
    "give": (("mag", "moogt", "mogen", "moet", "geve", "geven", "verdeeld", "overgemaakt", "geef", "wie w", "moet weg",
              "overnemen", "adopteren"),
             rf"\b(?:je|jij|u|ge|jullie) (?:mag|moogt|mogen|moet) (?:\w+ )?{_POSS} (?:\w+ ){{0,4}}?"
             rf"(?:hebben|overnemen|geven)\b"
             rf"|\b{_POSS} (?:[\w-]+ ){{1,8}}?(?:heb ik |ik )?"
             rf"(?:weggegeven|gegeven|geven|gegeve|verdeeld|overgemaakt)\b"
             rf"|\b(?:ik )?geef {_POSS} (?:[\w-]+ ){{0,4}}?weg\b|\bwie wil {_POSS}\b|\balles moet weg\b"
             rf"|\bwie wat krijgt\b|\b(?:overnemen|adopteren)\b(?= ?[?,])"),
    # ... and says it will not be needed, or that the writer will not be there or come back
    "not_needed": (("nodig", "neudeg", "nee ik", "neen ik", "geen verhuizing", "straks", "hoeven", "gedoe", "terugkom",
                    "meer om voor"),
                   r"\b(?:ik )?(?:heb|ga) (?:die |ze |het |hem |dat |dit |er )?(?:\w+ )?(?:niet|niks|nait) meer "
                   r"(?:nodig|neudeg)\b|\bik heb straks (?:niks|niets) meer nodig\b"
                   r"|\b(?:nee|neen) ik (?:verhuis|ga) niet(?: verhuizen)?\b|\bgeen verhuizing\b"
                   r"|\bmeer aan dan ik straks\b"
                   r"|\bhoeven (?:niet meer op (?:mij|me)|(?:\w+ ){0,2}?(?:straks|later) (?:niks|niets))\b"
                   r"|\bgeen gedoe (?:meer )?met (?:mij|me)\b|\bniet op dat ik terugkom\b"
                   r"|\bik (?:niet meer|niet) terugkom\b|\bniet meer om voor\b"),
    # an ordinary reason for giving it away (a move, a new one, an old one, a job, a stage or a role ended)
    "give_reason": ((" ",),
                    r"\bwant\b|\bomdat\b|\bverhui\w*|\bnieuwe?\b|\bkoop\b|\bstop (?:met|als)\b|\bpensioen\b|\bdaar\b"
                    r"|\berasmus\b|\bgeen plaats\b|\bgestopt\b|\bbeter\b(?! af)|\boude?\b|\bvoortaan\b"
                    r"|\bsinds\b|\bkapot\b"
                    r"|\bte (?:groot|klein|zwaar)\b|\bgarageverkoop\b|\brommelmarkt\b|\bkan (?:weer|terug)\b"
                    r"|\bnu (?:ik|de|het|mijn)\b|\bna (?:dit|deze)\b|\bkinder\w+|\bzit erop\b|\bafgestudeerd\b"),
    "denied_move": (("verhui",), r"\b(?:nee|neen|geen) (?:ik )?(?:verhuis|ga) ?(?:niet)?(?: verhuizen)?\b"
                                 r"|\bgeen verhuizing\b"),
    # thanks or love for everything ...
    "thanks": (("voor al", "hou", "je graag", "jullie graag", "julder graag", "u graag", "vergeef"),
               r"\b(?:bedankt|dank|merci|dankjewel|sorry) (?:\w+ )?voor (?:alles|al (?:je|uw|die|mijn)|alle)\b"
               r"|\bik hou (?:echt )?van (?:je|jou|jullie)\b|\bik (?:echt )?van (?:je|jou|jullie) hou\b"
               r"|\bik zien? (?:je|julder|jullie|u) graag\b|\bvergeef\w* (?:me|mij)\b"),
    # ... beside a finality that names no meeting ahead
    "final": (("geval", "terugbellen", "laatste keer", "dat ik ga", "kom niet", "weg ben", "geen zorgen"),
              r"(?<!\bmee )\bvoor het geval (?:dat(?= ?[.,!|]| ?$)|we)\b|\bniet terugbellen\b"
              r"|\bde laatste keer dat (?:je|jullie|u) van (?:mij|me) (?:hoort|horen)\b(?! als)|\bdat ik ga\b(?! \w)"
              r"|\bik kom niet (?:meer|terug|weerom)\b(?!,? (?:op|naar|in) (?:de|het|den|t)\b)"
              r"|\bals ik weg ben\b(?! (?:op|naar|met|voor)\b)|\bjullie hoeven je (?:\w+ ){0,3}?geen zorgen meer\b"),
    # a letter left, and what it is for
    "letter": (("brie",), r"\bbrie(?:f|ven|fje|fke)\b"),
    "letter_for": (("weg ben", "vind", "waarom", "pas"),
                   r"\bals (?:ik weg ben(?! (?:op|naar|met|voor)\b)|ze (?:hem|het|ze) vind\w*)\b"
                   r"|\bdan weten ze waarom\b|\bze vinden (?:ze|hem|het) wel\b|\blees (?:hem|het) pas\b"
                   r"|\bbegrijpt waarom\b"),
    # a finality said as a meeting ahead or a new start: the goodbye of a job, a class, a move
    "meeting": ((" ",),
                r"\btot (?:ziens|op|dan|straks|morgen|zo)\b|\bmissen\b|\breceptie\b|\bbegin\b|\bnieuwe\b|\bbarbecue\b"
                r"|\bhaha\b|\bverhui\w*|\bcontract\b|\bpensioen\b|\blaatste (?:werk)?dag\b|\blaatste dienst\b"
                r"|\bals voorzitter\b|\bik (?:zit|ben|sta) (?:nu )?(?:in|op) (?:een|de|het) (?:\w+ )?"
                r"(?:vergadering|meeting|trein|bus"
                r"|les|kerk|bioscoop|cinema|vliegtuig|file|werk)\w*|\bneemt het over\b|\bplanning\b|\bverrassing\b"
                r"|\bverjaardag\b|\bverzekering\b|\bschade\b|\bwegens\b|\bte duur\b"),
    # the writer at a dangerous place now ...
    "place": ((" spoor", " sporen", " rails", " overweg", " dak", " rand", " brug", " kaai", " pier", " parking",
               " parkeergarage", " viaduct", " flat"),
              r"\b(?:ik )?(?:sta|staat|staan|zit|stond|ben|zat) (?:\w+ ){0,5}?(?:op|bij|aan|boven op|ip|bie) "
              r"(?:de |het |den )?(?:\w+ )?(?:spoor|spoorweg|sporen|rails|overweg|dak|rand|brug|kaai|pier"
              r"|parkeergarage|parking|viaduct|flat)\b"),
    # ... and a state of the writer beside it
    "state": (("klaar mee", "niet meer", "beu", "laat m", "uitgedaan", "als laatste", "schelen", "met alles"),
              r"\b(?:ik ben|ben ik|ben) (?:er |het )?(?:\w+ )?klaar mee\b(?! om)|\bkan niet meer\b"
              r"|\bzie het niet meer zitten\b|\bbeu\b"
              r"|\blaat (?:me|mij|maar)\b(?! \w+ (?:halen|weten))|\bniet meer vast\b|\buitgedaan\b|\bals laatste\b"
              r"|\bweet niet meer wat\b|\bschelen\b|\bmet alles\b(?! erop)"),
    # ... unless the place is a work, an errand or an outing ('de goot uit te kuisen', 'om de panelen te leggen')
    "errand": ((" ",),
               r"\bte (?!wachten|zien)\w+en\b|\bmaar morgen\b|\bfoto\w*|\bauto\b|\bben er (?:binnen|zo)\b(?! klaar)"
               r"|\bkom (?:me|jij)\b"),
    # not caring to live, or a wish that something would take the writer away
    "not_caring": (("uit of ik", "schelen"),
                   r"\bmaakt (?:me|mij) (?:niet|niks) (?:meer )?uit of ik (?:\w+ ){0,2}?"
                   r"(?:leef|leven|dood|wakker(?! (?:word|worden|wordt) (?:van|door)\b))"
                   r"|\bschelen (?:als|of) (?:dat )?ik (?:\w+ )?(?:viel|val|vallen|dood|doodga|leef|blijf)\b"),
    "taken_away": (("als die ", "als een ", "als er ", "als de "),
                   r"\bals (?:die|een|er|de) (?:\w+ ){0,4}?(?:me|mij) (?:\w+ ){0,6}?"
                   r"(?:meeneemt|meenam|schept|geschept|aanrijdt|overrijdt|valt|viel|raakt)(?! (?:naar|tot)\b)"
                   r" (?:\w+ ){0,4}?(?:is dat|was het|vind ik het|is het) (?:\w+ )?(?:goed|best|beter|prima)\b"),
    "better_gone": (("het beste", "maar beter", "stopt het", "is dat", "vind ik het", "teleurgesteld", "duurt het",
                     "uitslag"),
                    r"\bals (?:ik|mijn hart|het hart) (?:\w+ ){1,6}?(?:is dat|dan stopt het|vind ik het) (?:\w+ )?"
                    r"(?:voor iedereen het beste|alleen maar beter|best|goed)\b"
                    r"(?!.{0,40}\b(?:verkouden|snotverkouden|ziek|griep|koorts"
                    r"|besmettelijk)\b)"
                    r"|\bteleurgesteld (?:\w+ ){0,3}?(?:wakker|wekker)\b"
                    r"|\bdan duurt het niet (?:zo )?lang meer\b(?! (?:voor|tot|en)\b)"
                    r"|\bhoop (?:ik )?dat (?:de uitslag|het) (?:\w+ ){0,5}?slecht\b"),
    "pills_stopped": (("pillen", "medicijnen", "insuline", "sondevoeding"),
                      r"(?:\bik (?:pak|neem|slik) (?:mijn|mn) (?:\w+ )?(?:pillen|hartpillen|medicijnen|insuline) "
                      r"(?:\w+ )?niet meer|\b(?:mijn|mn) (?:\w+ )?(?:pillen|hartpillen|medicijnen) gaan (?:de|in de) "
                      r"prullenbak|\bsondevoeding (?:\w+ ){0,3}?stoppen)\b"
                      r"(?=.{0,60}\b(?:vanzelf|als (?:mijn|het) hart|als ik|het beste)\b)"
                      r"|\bgestopt met (?:mijn|mn) (?:pillen|medicijnen)\b"
                      r"(?! (?:\w+ ){0,2}?op (?:advies|aanraden|voorschrift)\b)"
                      r"(?=.{0,60}\bvanzelf\b)"),
}
_COMPILED: dict[str, re.Pattern[str]] = {}
_SEARCHES: dict[str, Search] = {}
KINDS = ("weggeven", "afscheid", "plek", "passief")


def _has(name: str, said: str) -> bool:
    """Whether pattern `name` matches `said`; compiled only once a gate word stands in it."""
    gates, source = _PATTERNS[name]
    if not any(gate in said for gate in gates):
        return False
    search = _SEARCHES.get(name)
    if search is None:
        search = _SEARCHES[name] = Search(source)  # round 48 (s48): only where a match can begin (`fastsearch`)
    return search.search(said) is not None


def kinds(sentences: list[str], text: str) -> list[str]:
    """The kinds of an unsaid end the message holds (see the module docstring)."""
    said = " | ".join(sentences)
    found = []
    if _has("not_needed", said) and _has("give", said) and not _has("give_reason", _without_denied_move(said)):
        found.append("weggeven")
    if ((_has("final", said) and _has("thanks", said)) or (_has("letter_for", said) and _has("letter", said))) \
            and not _has("meeting", said):
        found.append("afscheid")
    if _has("place", said) and _has("state", said) and any(_has("place", s) for s in sentences) \
            and not _has("errand", said):
        found.append("plek")
    if any(_has(name, said) for name in ("not_caring", "taken_away", "better_gone", "pills_stopped")):
        found.append("passief")
    return found


def _without_denied_move(said: str) -> str:
    """The sentences without a denied move ('nee ik verhuis niet' is the finality, not a reason)."""
    if not _has("denied_move", said):
        return said
    pattern = _COMPILED.get("denied_move")
    if pattern is None:
        pattern = _COMPILED["denied_move"] = re.compile(_PATTERNS["denied_move"][1])
    return pattern.sub(" ", said)


_FAMILIES = {"weggeven": "zaken-regelen", "afscheid": "afscheid", "plek": "gevaar-plek", "passief": "passief"}


def signal(sentences: list[str], text: str) -> Signal | None:
    """The gentle line's signal, or None."""
    found = kinds(sentences, text)
    if not found:
        return None
    return Signal(_FAMILIES[found[0]], "zorg", f"{found[0]}: {' + '.join(found)}")
