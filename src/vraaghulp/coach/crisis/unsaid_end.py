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

__all__ = ["KINDS", "kinds", "signal"]

_POSS = r"(?:mijn|mn|men|mijne|mien|al mijn|alle)"
# a possession handed over by the writer
_GIVE = re.compile(
    rf"\b(?:je|jij|u|ge|jullie) (?:mag|moogt|mogen|moet) (?:\w+ )?{_POSS} (?:\w+ ){{0,4}}?(?:hebben|overnemen|geven)\b"
    rf"|\b{_POSS} (?:[\w-]+ ){{1,8}}?(?:heb ik |ik )?(?:weggegeven|gegeven|geven|gegeve|verdeeld|overgemaakt)\b"
    rf"|\b(?:ik )?geef {_POSS} (?:[\w-]+ ){{0,4}}?weg\b|\bwie wil {_POSS}\b|\balles moet weg\b|\bwie wat krijgt\b"
    rf"|\b(?:overnemen|adopteren)\b(?= ?[?,])")
# ... and says it will not be needed, or that the writer will not be there or come back
_NOT_NEEDED = re.compile(
    r"\b(?:ik )?(?:heb|ga) (?:die |ze |het |hem |dat |dit |er )?(?:\w+ )?(?:niet|niks|nait) meer (?:nodig|neudeg)\b"
    r"|\bik heb straks (?:niks|niets) meer nodig\b|\b(?:nee|neen) ik (?:verhuis|ga) niet(?: verhuizen)?\b"
    r"|\bgeen verhuizing\b|\bmeer aan dan ik straks\b|\bhoeven (?:niet meer op (?:mij|me)|(?:\w+ ){0,2}?(?:straks|later) (?:niks|niets))\b"
    r"|\bgeen gedoe (?:meer )?met (?:mij|me)\b"
    r"|\bniet op dat ik terugkom\b|\bik (?:niet meer|niet) terugkom\b|\bniet meer om voor\b")
# an ordinary reason for giving it away (a move, a new one, a job or role ended) said beside it
_GIVE_REASON = re.compile(
    r"\bwant\b|\bomdat\b|\bverhui\w*|\bnieuwe?\b|\bkoop\b|\bstop (?:met|als)\b|\bpensioen\b|\bdaar\b|\berasmus\b"
    r"|\bgeen plaats\b|\bgestopt\b|\bbeter\b(?! af)|\boude?\b|\bvoortaan\b|\bnu (?:ik|de|het|mijn)\b|\bna (?:dit|deze)\b"
    r"|\bkinder\w+|\bzit erop\b|\bafgestudeerd\b")
_DENIED_MOVE = re.compile(r"\b(?:nee|neen|geen) (?:ik )?(?:verhuis|ga) ?(?:niet)?(?: verhuizen)?\b|\bgeen verhuizing\b")

# thanks or love for everything ...
_THANKS = re.compile(
    r"\b(?:bedankt|dank|merci|dankjewel|sorry) (?:\w+ )?voor (?:alles|al (?:je|uw|die|mijn)|alle)\b"
    r"|\bik hou (?:echt )?van (?:je|jou|jullie)\b|\bik (?:echt )?van (?:je|jou|jullie) hou\b|\bik zien? (?:je|julder|jullie|u) graag\b|\bvergeef\w* (?:me|mij)\b")
# ... beside a finality that names no meeting ahead
_FINAL = re.compile(
    r"(?<!\bmee )\bvoor het geval (?:dat(?= ?[.,!|]| ?$)|we)\b|\bniet terugbellen\b"
    r"|\bde laatste keer dat (?:je|jullie|u) van (?:mij|me) (?:hoort|horen)\b(?! als)|\bdat ik ga\b(?! \w)"
    r"|\bik kom niet (?:meer|terug|weerom)\b(?!,? (?:op|naar de) (?:\w+ )?(?:dinsdag|woensdag|training|les))"
    r"|\bals ik weg ben\b(?! (?:op|naar|met|voor)\b)|\bjullie hoeven je (?:\w+ ){0,3}?geen zorgen meer\b")
# a letter left, and what it is for
_LETTER = re.compile(r"\bbrie(?:f|ven|fje|fke)\b")
_LETTER_FOR = re.compile(
    r"\bals (?:ik weg ben(?! (?:op|naar|met|voor)\b)|ze (?:hem|het|ze) vind\w*)\b|\bdan weten ze waarom\b|\bze vinden (?:ze|hem|het) wel\b"
    r"|\blees (?:hem|het) pas\b|\bbegrijpt waarom\b")
# a finality said as a meeting ahead or a new start: the goodbye of a job, a class, a move
_MEETING = re.compile(
    r"\btot (?:ziens|op|dan|straks|morgen|zo)\b|\bmissen\b|\breceptie\b|\bbegin\b|\bnieuwe\b|\bbarbecue\b|\bhaha\b"
    r"|\bverhui\w*|\bcontract\b|\bpensioen\b|\blaatste (?:werk)?dag\b|\blaatste dienst\b|\bals voorzitter\b")

# the writer at a dangerous place now ...
_PLACE = re.compile(
    r"\b(?:ik )?(?:sta|staat|staan|zit|stond|ben|zat) (?:\w+ ){0,5}?(?:op|bij|aan|boven op|ip|bie) (?:de |het |den )?"
    r"(?:\w+ )?(?:spoor|spoorweg|sporen|rails|overweg|dak|rand|brug|kaai|pier|parkeergarage|parking|viaduct|flat)\b")
# ... and a state of the writer beside it
_STATE = re.compile(
    r"\bklaar mee\b(?! om)|\bkan niet meer\b|\bzie het niet meer zitten\b|\bbeu\b|\blaat (?:me|mij|maar)\b(?! \w+ (?:halen|weten))"
    r"|\bniet meer vast\b|\buitgedaan\b|\bals laatste\b|\bweet niet meer wat\b|\bschelen\b|\bmet alles\b")
# ... unless the place is a work, an errand or an outing ('de goot uit te kuisen', 'om de panelen te leggen')
_PLACE_ERRAND = re.compile(r"\bte (?!wachten|zien)\w+en\b|\bmaar morgen\b|\bfoto\w*|\bauto\b|\bben er (?:binnen|zo)\b(?! klaar)"
                           r"|\bkom (?:me|jij)\b")

# not caring to live, or a wish that something would take the writer away
_PASSIVE = re.compile(
    r"\bmaakt (?:me|mij) (?:niet|niks) (?:meer )?uit of ik (?:\w+ ){0,2}?(?:leef|leven|dood|wakker)"
    r"|\bschelen (?:als|of) (?:dat )?ik (?:\w+ )?(?:viel|val|vallen|dood|doodga|leef|blijf)\b"
    r"|\bals (?:die|een|er|de) (?:\w+ ){0,4}?(?:me|mij) (?:\w+ ){0,6}?(?:meeneemt|meenam|schept|geschept|aanrijdt|overrijdt|valt|viel|raakt)(?! (?:naar|tot)\b)"
    r" (?:\w+ ){0,4}?(?:is dat|was het|vind ik het|is het)"
    r" (?:\w+ )?(?:goed|best|beter|prima)\b"
    r"|\bals (?:ik|mijn hart|het hart) (?:\w+ ){1,6}?(?:is dat|dan stopt het|vind ik het) (?:\w+ )?"
    r"(?:voor iedereen het beste|alleen maar beter|best|goed)\b"
    r"|\bteleurgesteld (?:\w+ ){0,3}?(?:wakker|wekker)\b|\bdan duurt het niet (?:zo )?lang meer\b"
    r"|\bhoop (?:ik )?dat (?:de uitslag|het) (?:\w+ ){0,5}?slecht\b"
    r"|(?:\bik (?:pak|neem|slik) (?:mijn|mn) (?:\w+ )?(?:pillen|hartpillen|medicijnen|insuline) (?:\w+ )?niet meer"
    r"|\b(?:mijn|mn) (?:\w+ )?(?:pillen|hartpillen|medicijnen) gaan (?:de|in de) prullenbak|\bsondevoeding (?:\w+ ){0,3}?stoppen)\b"
    r"(?=.{0,60}\b(?:vanzelf|als (?:mijn|het) hart|als ik|het beste)\b)"
    r"|\bgestopt met (?:mijn|mn) (?:pillen|medicijnen)\b(?=.{0,60}\bvanzelf\b)")
KINDS = ("weggeven", "afscheid", "plek", "passief")


def kinds(sentences: list[str], text: str) -> list[str]:
    """The kinds of an unsaid end the message holds (see the module docstring)."""
    said = " | ".join(sentences)
    found = []
    if _GIVE.search(said) and _NOT_NEEDED.search(said) and not _GIVE_REASON.search(_DENIED_MOVE.sub(" ", said)):
        found.append("weggeven")
    if ((_THANKS.search(said) and _FINAL.search(said)) or (_LETTER.search(said) and _LETTER_FOR.search(said))) \
            and not _MEETING.search(said):
        found.append("afscheid")
    if any(_PLACE.search(s) for s in sentences) and _STATE.search(said) and not _PLACE_ERRAND.search(said):
        found.append("plek")
    if _PASSIVE.search(said):
        found.append("passief")
    return found


_FAMILIES = {"weggeven": "zaken-regelen", "afscheid": "afscheid", "plek": "gevaar-plek", "passief": "passief"}


def signal(sentences: list[str], text: str) -> Signal | None:
    """The gentle line's signal, or None."""
    found = kinds(sentences, text)
    if not found:
        return None
    return Signal(_FAMILIES[found[0]], "zorg", f"{found[0]}: {' + '.join(found)}")
