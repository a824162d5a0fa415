"""A story's farewell or jump that the writer takes to themselves (round 52, c52a): the gentle line, never the panel.

A farewell letter or a jump in a film, series, book or game is read as fiction and lowered (`gewone-context`, round 51's
`fictie`), rightly so for a viewer's remark ('zo triest', 'slecht gespeeld'). What the real lines add is a clause in which
the writer makes it their own (tests/corpus/crisis/eigen64.toml, `tweeling-fictie-ik-ook`): their own letter ('de mijne
is al af', 'ik heb er ook een liggen', 'ik ben de mijne aan het schrijven'), the act in real life ('in het echt zou ik
dat ook doen'), or the wish to be the one ('ik wou dat ik dat was', 'dat wil ik ook', 'ik herken mij er zo in'). The
twins keep the same story and say something ordinary: a letter for a birthday, 'in het echt zou ik dat nooit durven',
'ik herken mijn moeder erin', 'ik wou dat ik zo lenig was'.

`signal(text, reading)` is called by `assess` (through `gentle_shapes`) only where nothing else gave a tier; it gives
`zorg` (family `passief`: a wish not said in so many words), never more.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.fastsearch import Search

__all__ = ["FAMILY", "signal"]

FAMILY = "passief"

# Round 57 (s57): `_STORY` and `_ACT` searched as the rule patterns are (`fastsearch.Search`: only where a match can
# begin, the same first match): `re` walked both through every place of a long letter (about 1 million instructions
# of the varied letter's 38 million)
_STORY = Search(r"\b(?:game|games|spel|serie|series|reeks|film|films|boek|verhaal|personage|hoofdpersoon|anime|manga|"
                r"aflevering|fortnite|minecraft)\b")
# the story's act of dying or leaving (normalised reading)
_ACT = Search(
    r"\bafscheidsbrie\w*|\bbrie(?:f|ven) (?:\w+ ){0,3}?(?:achter\w*|voor (?:ze|hij) (?:gaat|sterft|het doet))"
    r"|\b(?:springt|sprong|springen|spring) (?:\w+ ){0,3}?(?:van|voor|uit) (?:de|het|een|elke) (?:brug|flat|toren|dak|trein|raam|"
    r"gebouw|rots|klif)\b|\b(?:gaat|ging|springt) (?:\w+ ){0,2}?van (?:het|de) (?:dak|brug|flat)\b"
    r"|\bvan (?:de|het) (?:brug|flat|toren|dak) (?:springt|sprong|springen)\b|\bsterft\b|\bsterven\b|\bvan het leven beroofd\b|\bhet water in\b|\bcassettes achter\w*|\bvoor (?:ze|hij) het doet\b")
# the writer's own clause: their own letter, the act in real life, the wish to be the one
_OWN = re.compile(
    r"\b(?:de|die|den) mijn(?:e)? (?:al|ook|is|klaar|aan)\b|\b(?:de|die) mijn(?:e)? ?(?:[,.]|$)|\bdie van mij\b"
    r"|\bik heb er (?:zelf )?(?:ook )?(?:al )?(?:een|ene|eentje) (?:\w+ )?(?:geschreven|liggen|klaar)\b"
    r"|\bik (?:ben|zit) (?:er |daar |de mijne? )?(?:zelf |ook )*(?:een |ene )?(?:aan het schrijven|op te nemen|mee bezig)\b"
    r"|\bik wou dat ik (?:dat|het|zo dapper) was\b|\bdat ben ik\b|\bdat wil ik ook\b|\bzo zou ik het ook willen\b"
    r"|\bik zou dat ook willen\b|\bik denk daar (?:zelf )?ook\b|\bdenk ik daar (?:zelf )?ook\b|\bherken mij(?:zelf)? (?:er |daar )?zo in\b"
    r"|\bik sta (?:\w+ )?ook (?:\w+ )?op (?:ons|mijn|het|de) \w+ te kijken\b")
# ... or the act in real life, on the raw text (the normaliser drops 'echt')
_REAL = re.compile(r"\bin (?:het|'t|t) echt\b")
# the twins' ordinary turn: never daring, a talent, a birthday or a job, a bungee cord
_ORDINARY = re.compile(r"\b(?:nooit|durven|durf|hoogtevrees|lenig|tekenen|verjaardag|bungee\w*|parachute|surf\w*|zwembad|"
                       r"slecht gespeeld|acteur|effecten|pensioen|collega\w*)\b")


def signal(text: str, reading: str) -> Signal | None:
    """The gentle line's signal, or None. `reading` is the text's first reading (`assess` made it; round 53, c53a:
    passed on, not made again)."""
    raw = text.lower()
    if not _STORY.search(raw):
        return None
    act = _ACT.search(reading)
    if act is None or _ORDINARY.search(reading):
        return None
    own = _OWN.search(reading, act.end())
    if own is None:
        real = _REAL.search(raw)
        if real is None or not re.search(r"\b(?:ook|zou|wil|wou|denk)\b", raw[max(0, real.start() - 40):real.end() + 40]):
            return None
        return Signal(FAMILY, "zorg", f"verhaal-en-ik-ook: {act.group(0)} + {real.group(0)}")
    return Signal(FAMILY, "zorg", f"verhaal-en-ik-ook: {act.group(0)} + {own.group(0).strip(' ,.')}")
