"""The writer's own lasting despair in words no rule holds (round 43, c43z): a gentle line, never the panel.

Across 26 bring-ins of held-out sets (`tools/crisis_first_sight_missed.py`) the alarm lines the engine missed at first
sight were mostly gentle ones in the writer's own words, and the largest group, in 14 bring-ins, is exhaustion of life
('ik ben op', 'ik kan niet meer', 'ik trek dit niet meer', 'k kin der nait meer tegen'): the rules hear it, and then
read it as an ordinary tiredness because a baby, a night shift, the harvest or the bank stands beside it. What the
outside authors' real lines have and the harmless ones ('na de training kon ik niet meer', 'ik ben op na dat feest')
lack is that the state lasts: 'elke nacht', 'al maanden', 'dag in dag uit', 'de laatste tijd'.

`kinds(sentences, text)` names what the message holds: `aanhoudend` (the writer exhausted, said in a sentence of the
rules' masked reading, so an exclusion's own words never count, and a lasting time in the raw text: the normaliser drops
'elke dag' as a filler). `assess` calls it only where the rules and the second opinion gave nothing and no frame or
story quieted the message; it gives `zorg` (family `uitputting`), never more.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.fastsearch import Search

__all__ = ["FAMILY", "KINDS", "kinds", "signal"]

FAMILY = "uitputting"

# the writer's own exhaustion, on the normalised, masked sentences (dialect already brought to 'ik ben', 'ik kan')
_TIRED = Search(
    r"\b(?:ik (?:ben|zijn|bin|zen) (?:zo |echt |helemaal |zo ontzettend |ut zo )?(?:op|moe|uitgeput|leeg)"
    r"|(?:ben|zijn|bin|zen) (?:ik|k) (?:zo |echt |helemaal )?(?:op|uitgeput))"
    r"(?= ?[,.!?;|]| ?$| kind\b| van (?:alles|het|al)\b)"
    r"|\bik (?:kan|trek|hou|houd) (?:het |dit |dat |er )?(?:echt )?niet meer(?: tegen| aan| vol)?(?= ?[,.!?;|]| ?$)"
    r"|\b(?:hoe lang|hoe) (?:\w+ ){0,4}?(?:dit|dat|het) (?:\w+ ){0,2}?(?:vol|volhouden)\b"
    r"|\bik sleep (?:me|mij|mezelf) (?:door de dagen|van dag naar dag)\b"
    r"|\bniet meer te (?:dragen|doen|harden)\b"
    r"|\blukt (?:me|mij) niet meer(?= ?[,.!?;|]| ?$)")
# a state that lasts, on the raw text in lower case (the normaliser drops 'elke dag' as a filler)
_LASTING = re.compile(
    r"\b(?:elke|elken|iedere|ieder|alle) (?:dag|daag|nacht|nachten|avond|ochtend|morgen|dagen)\b"
    r"|\bdag in,? dag uit\b|\bvan dag (?:tot|naar) dag\b"
    r"|\bal (?:maanden|weken|jaren|tijden|zo lang|een hele tijd)\b|\bde laatste (?:tijd|maanden|weken)\b"
    r"|\baltijd maar\b|\bmaar door(?:gaan)?\b")
# no point to one's days or oneself, said as a question or a 'what for' (the normaliser drops 'nog' and 'eigenlijk')
_WHAT_FOR = re.compile(
    r"\bwaar doe ik (?:het|dit|dat) (?:\w+ ){0,2}?voor\b(?! ?, ?voor\b)"
    r"|\bik (?:weet niet meer|vraag me af|vraag mij af) waarvoor(?= ?[.?!,|]| ?$| ik\b)(?![ |.?!,]*(?:die|deze) )"
    r"|(?:^|[.!?|]) *waarvoor *(?:[.?!|]|$)(?![ |?.!]*waarvoor (?:is|zijn|dient|dienen|was|waren) )"
    r"|\bnut (?:van|in) (?:mezelf|mijzelf|alles|het leven|mijn leven|mijn bestaan)\b(?! in (?:dit|dat|deze|die|het|de) )"
    r"|\b(?:niks|niets) heeft (?:\w+ )?nut (?:voor (?:mij|me)|meer)\b"
    r"|\bzie de zin van (?:niks|niets) (?:meer )?in(?= ?[.?!,|]| ?$)"
    r"|\bgeen zin (?:meer )?in (?:niks|niets)(?= ?[.?!,|]| ?$)"
    r"|\bwat (?:ik )?(?:\w+ ){0,2}?(?:moet|moe|mot) doen (?:met|mee) (?:mijn|mn) dagen\b")
# ... unless the message hands someone a concrete task so the writer can rest ('kun je zondag bij ons ma blijven?',
# 'ik heb nodig dat gij de kinderen doet, zodat ik naar de huisarts kan'): a tired carer arranging relief, which the
# krimp corpus's ordinary drafts hold (8 of its 10 drafts this signal reached before this check). Round 43 (c43r): only a
# task named in the ask (children, a parent, a shift, shopping, a meal, a ride) is relief; asking for help itself ('kun
# je me helpen?', 'wie kan mij nog helpen', 'kan jij zondag komen, anders weet ik niet wat ik doe') is not.
_ASK = (r"(?:\b(?:kun|kan|kunt|wil|zou|zoudt|kunde|wilt) (?:je|jij|ge|gij|u|jullie)\b|\bkunnen jullie\b|\bheb nodig dat\b"
        r"|\bwie kan\b)")
_TASK = (r"(?:kinderen|kids|kleine|kleintjes|tweeling|baby|ophalen|oppassen|opvangen|school|creche|opvang|koken|kook|eten|"
         r"boodschappen|dienst|shift|overnemen|invallen|ma|pa|mama|papa|moeder|vader|oma|opa|hond|uitlaten|was|strijken|"
         r"poetsen|rijden|brengen|halen|blijven|slapen|doet|doen|nachtje|zorg voor|afnemen|verlof|zorgverlof|vrij|dossier|"
         r"opvolging|helpen met|inladen|uitladen|verhuizen|sjouwen)")
_RELIEF_ASK = re.compile(_ASK + r"[^.!?|]*?\b" + _TASK + r"\b|\bzodat ik (?:\w+ ){0,3}?(?:kan|kon|even|naar)\b")
# ... or says the writer copes: it is gladly done, it ends well, a rest is taken or a talk planned, tips are asked
# ('maar ik doe het graag', 'maar het wordt mooi', 'gelukkig is ze zo lief', 'ik neem volgende week vrij', 'ik ga met mijn
# manager praten', 'iemand tips?'); round 43 (c43r)
_COPING = re.compile(
    r"\bmaar (?:ik doe het|ik doe dat|ik doe dit) (?:\w+ )?graag\b|\bmaar het wordt (?:\w+ )?mooi\b|\bgelukkig (?:is|zijn)\b"
    r"|\bik neem (?:\w+ ){0,3}?vrij\b|\bik ga (?:\w+ ){0,3}?(?:met|naar) (?:mijn|de|onze) (?:manager|baas|leidinggevende|chef)\b"
    r"|\btips\b|\bik maak (?:\w+ ){0,2}?afspraak\b"
    # ... or names an everyday nuisance as the cause: building work, noise, a late train ('sinds de verbouwing ben ik op')
    r"|\b(?:verbouw\w*|aannemer|bouwlawaai|lawaai|herrie|vertraging|vertragingen)\b")
KINDS = ("aanhoudend", "waartoe")


def kinds(sentences: list[str], text: str) -> list[str]:
    """The kinds of lasting despair the message holds (see the module docstring)."""
    said = " | ".join(sentences)
    found = []
    raw = text.lower()  # the ask is read as typed too: an exclusion may have masked its task ('de zorg voor papa')
    if (_TIRED.search(said) and _LASTING.search(raw) and not _RELIEF_ASK.search(said) and not _RELIEF_ASK.search(raw)
            and not _COPING.search(said)):
        found.append("aanhoudend")
    if _what_for(said):
        found.append("waartoe")
    return found


# Each branch of _WHAT_FOR with a word it cannot match without: a branch is searched only when its word is in the
# message (a search that starts at every word boundary of a 2,000-character message costs ~0.04 ms a branch)
_WHAT_FOR_PARTS = tuple((word, re.compile(branch)) for word, branch in (
    ("waar doe ik", r"\bwaar doe ik (?:het|dit|dat) (?:\w+ ){0,2}?voor\b(?! ?, ?voor\b)"),
    ("waarvoor", r"\bik (?:weet niet meer|vraag me af|vraag mij af) waarvoor(?= ?[.?!,|]| ?$| ik\b)(?![ |.?!,]*(?:die|deze) )"),
    ("waarvoor", r"(?:^|[.!?|]) *waarvoor *(?:[.?!|]|$)(?![ |?.!]*waarvoor (?:is|zijn|dient|dienen|was|waren) )"),
    ("nut ", r"\bnut (?:van|in) (?:mezelf|mijzelf|alles|het leven|mijn leven|mijn bestaan)\b(?! in (?:dit|dat|deze|die|het|de) )"),
    (" nut", r"\b(?:niks|niets) heeft (?:\w+ )?nut (?:voor (?:mij|me)|meer)\b"),
    ("zin van", r"\bzie de zin van (?:niks|niets) (?:meer )?in(?= ?[.?!,|]| ?$)"),
    ("geen zin", r"\bgeen zin (?:meer )?in (?:niks|niets)(?= ?[.?!,|]| ?$)"),
    (" dagen", r"\bwat (?:ik )?(?:\w+ ){0,2}?(?:moet|moe|mot) doen (?:met|mee) (?:mijn|mn) dagen\b"),
))


def _what_for(said: str) -> bool:
    return any(word in said and branch.search(said) for word, branch in _WHAT_FOR_PARTS)


def signal(sentences: list[str], text: str) -> Signal | None:
    """The gentle line's signal, or None."""
    found = kinds(sentences, text)
    if not found:
        return None
    said = " | ".join(sentences)
    if found[0] == "waartoe":
        return Signal("geen-zin", "zorg", f"waartoe: {_match(_WHAT_FOR, said)}")
    return Signal(FAMILY, "zorg", f"aanhoudend: {_match(_TIRED, said)} + {_match(_LASTING, text.lower())}")


def _match(pattern: re.Pattern[str], said: str) -> str:
    found = pattern.search(said)
    return found.group(0).strip(" |.") if found else ""
