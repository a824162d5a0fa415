"""A crisis draft that asks to keep it from someone, or not to be reached: never sure (round 46, lead).

The round's second krimp review found 'ik wil er een eind aan maken. schat mag het niet weten' offered sure as 'Schat,
ik wil er een eind aan maken. Mag het niet nu weten?' (the writer's wish turned into a question to the person it was to
be kept from), and 'vertel het niet aan Eva', 'zeg niks tegen mam', 'contacteer me niet', 'mail me niet' dropped while
sure. What the writer wants kept secret, or not to be contacted, changes who the message may go to; which sentence to
send then is the writer's call: the result is not sure (code `crisis-geheim`), whatever it says.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .crisis_plea import NEGATIONS

CODE = "crisis-geheim"
_NOT = "(?:" + "|".join(sorted(NEGATIONS | {"niks", "niets", "nix"})) + ")"  # 'vertel het niemand' too
_SECRET = re.compile(
    rf"\b(?:vertel|zeg|meld|verklap)\b[^.!?\n]{{0,30}}?\b{_NOT}\b"  # 'vertel het niet aan Eva', 'zeg niks tegen mam'
    rf"|\b{_NOT} (?:door)?(?:vertellen|zeggen|verklappen)\b"
    rf"|\b(?:mag|mogen|moge|moogt)(?:'t)? (?:(?:het|dit|dat|da|er|t) )?(?:\w+ ){{0,2}}?{_NOT} (?:(?:van|over) )?(?:te )?"
    rf"(?:weten|horen|merken|zien|lezen|zien krijgen|achter komen|achterkomen)\b"
    rf"|\b(?:geen|gene|genen) lucht van (?:krijgen|hebben|krijgt)\b|\bgeheim (?:blijven|houden|blijft)\b"
    rf"|\blaat (?:\w+ ){{0,3}}?(?:{_NOT}|niemand) (?:\w+ )?(?:lezen|zien|weten|horen)\b|\btoon (?:dit|dat|het) (?:{_NOT})\b"
    rf"|\bniemand mag\b"  # 'schat mag het niet weten', 'papa mag niks weten', 'mijn ouders mogen er niks van horen'
    rf"|\b(?:contacteer|mail|app|sms|whatsapp|bel|zoek) (?:me|mij) (?:\w+ ){{0,2}}?{_NOT}\b"  # 'contacteer me niet'
    rf"|\bhou (?:het|dit|dat) (?:\w+ ){{0,2}}?voor (?:je|jezelf|jou)\b")


def lost(raw: str, sentence: str) -> bool:
    """The draft asks to keep it from someone or not to be reached (the sentence offered does not matter)."""
    return bool(_SECRET.search(fold(raw).lower()))
