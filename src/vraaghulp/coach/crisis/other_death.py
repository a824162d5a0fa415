"""A farewell taken of someone who died (round 44, c44f): the panel lowered to the gentle line.

Over the 27 bring-ins of held-out sets read at first sight (`tools/crisis_first_sight_false.py`), the most frequent
reason a harmless line got the full panel is an ordinary farewell (group O: a retirement, a last day at work, a funeral
of someone else, a pet's death). Most of its kinds cannot be told from real lines by their frame: the outside authors
write real goodbyes as a colleague's farewell ('beste collega's, na 38 jaar ... jullie zien mij niet meer terug'). One
kind can, by structure: the writer took leave of someone who died ('we hebben afscheid genomen met een pintje', 'rust
zacht lieve Mies', 'afscheid nemen kan donderdag in het uitvaartcentrum'), and every word the panel's combinations
joined is the leave-taking itself, a rite of the dead, or said in a clause about the dead one alone ('hij was er op het
eind niet meer').

The rule: the rules give acuut only through combinations; one of their parts at least is a leave-taking (`LEAVE`),
and every part is a leave-taking, a rite of the dead (`RITES`) or lies in a clause that names a third person and not
the writer; and the message tells a death (`DEATH`) that is not the writer's own ('mijn uitvaart', 'als ik
overleden ben') and takes no leave of the living ('afscheid van iedereen', 'van jullie allemaal'). Then the tier is
zorg, never nothing: a farewell said beside a death stays worth a gentle line. A combination with a word of the
writer's own ('laatste keer', 'bedankt voor alles', 'ik ben er morgen niet meer') or a phrase signal keeps the panel:
'opa is gestorven en ik wil ook niet meer ... dit is de laatste keer' stays acuut.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.fastsearch import Search

__all__ = ["FAMILY_NOTE", "NOTE", "OWN_NOTE", "about_someone_else", "clause_words", "lowered", "own_farewell", "parts"]

FAMILY_NOTE = "afscheid"
NOTE = "afscheid van een overledene: zorg, geen paneel"
OWN_NOTE = "eigen afscheid naast een overlijden"
LEAVE = frozenset(("afscheid", "afscheid genomen", "afscheid nemen", "rust zacht", "rust in vrede"))
RITES = ("begrafenis", "uitvaart", "crematie", "rouwdienst", "afscheidsdienst")
DEATH = Search(r"(?<![\w'])(overleden|gestorven|ingeslapen|begrafenis|uitvaart\w*|crematie|rouwdienst)(?![\w'])")
# the writer's own death or rites: 'mijn uitvaart', 'als ik overleden ben', 'ik ben gestorven'
_OWN = re.compile(r"(?<![\w'])(mijn|mn|m'n|me|mijne|eigen) (uitvaart\w*|begrafenis|crematie)|(?<![\w'])(als|wanneer|"
                  r"dat) (ik|k|'k) \w+ (overleden|gestorven)|(?<![\w'])(ik|k|'k) (ben|zijn) (overleden|gestorven)")
# a leave-taking of the living, not of the dead: 'ik neem afscheid van iedereen', 'afscheid van jullie allemaal'
_LIVING = re.compile(r"(?<![\w'])afscheid( \w+){0,2} van (iedereen|jullie|allen|allemaal|alles|de wereld|het leven|u)"
                     r"(?![\w'])")
_PART = re.compile(r"([\w-]+): ([^+()]+)")
_THEY = frozenset(("ze", "zij", "die"))  # not in the rules' third-person list (also 'they'), but never the writer
_WRITER = frozenset(("ik", "k", "'k", "ikke", "we", "wij", "me", "mij", "mezelf", "mijn", "mn", "m'n", "ons", "onze"))


def parts(signal: Signal) -> list[str]:
    """The words each part of a combination found ('afscheid-en-meer (afscheid: afscheid + regelen: begrafenis)' ->
    ['afscheid', 'begrafenis']); none for a phrase signal."""
    if "(" not in signal.phrase:
        return []
    return [words.strip() for _name, words in _PART.findall(signal.phrase)]


def clause_words(sentences: list[str]) -> list[list[str]]:
    return [clause.split() for sentence in sentences for clause in re.split(r" [,;:] | en | maar ", sentence)]


def about_someone_else(words: str, clauses: list[list[str]], third: frozenset[str]) -> bool:
    """A part's words lie in a clause that names a third person and no word of the writer ('hij was er op het eind
    niet meer')."""
    for clause in clauses:
        text = f" {' '.join(clause)} "
        if f" {words} " in text and not _WRITER.intersection(clause) and (third.intersection(clause)
                                                                           or _THEY.intersection(clause)):
            return True
    return False


def _farewell_part(words: str, clauses: list[list[str]], third: frozenset[str]) -> bool:
    return words in LEAVE or words.startswith(RITES) or about_someone_else(words, clauses, third)


def _own_farewell(said: str) -> bool:
    """The writer's own leave-taking beside the death ('ik neem ook afscheid', 'ik volg je': round 44 review, c44r)."""
    from vraaghulp.coach.crisis.frame_serious import OWN_FAREWELL

    return re.search(OWN_FAREWELL, said) is not None


# Round 44 second review (c44r2): 'ik volg je' / 'ik kom naar je toe' said to the dead ('ik volg je opa', 'rust zacht mama.
# ik kom naar je toe'), not to a living reader on a condolence visit ('je vader is overleden? ik kom naar je toe').
# Round 44 third review (c44r3): the panel only with a means named, or 'vannacht'/'binnenkort' beside a death said to
# the dead; an everyday time ('morgen kom ik naar je toe', 'ik volg je vanavond nog in de dlc'), 'ik mis je' alone and
# 'voorgoed' / 'dit was het' beside a death are the gentle line at most.
_KIN = (r"opa|oma|mama|papa|mam|pap|ma|pa|moeke|vake|schat|schatje|lieverd|liefje|lief|broer|broertje|zus|zusje|man|vrouw"
        r"|vriend|vriendin|jongen|meisje|kindje|zoon|dochter|moeder|vader")
_VOCATIVE = re.compile(r"(?<![\w'])(?:ik|k) (?:volg|kom naar|ga naar) (?:je|jou)(?: toe)? (?:" + _KIN + r")\b")
_ADDRESSED = Search(r"\brust (?:zacht|in vrede)\b|\bslaap zacht\b|\bik mis je\b")
_MOURNED = re.compile(r"\brust (?:zacht|in vrede)\b|\bslaap zacht\b")  # said to the dead, unlike 'ik mis je'
_LIVING_READER = re.compile(r"\bgecondoleerd\b|\bcondoleance\w*|\bwat erg\b|\bsterkte\b|\bje (?:\w+ )?(?:" + _KIN
                            + r") (?:is|die|was)\b|\bvolg (?:je|jou) (?:\w+ )?(?:op|via)\b"  # 'ik volg je op insta'
                            r"|\bvolg (?:je|jou) (?:al sinds|sinds|verhaal|kanaal|blog|voorbeeld|account|vlogs?)\b")
_MEANS = re.compile(r"\b(?:touw|strop|pillen|slaappillen|tabletten|mes|scheermes|gif|wapen|pistool|geweer"
                    r"|alles (?:geregeld|klaargelegd))\b")
_NIGHT = re.compile(r"\b(?:vannacht|binnenkort)\b")
_FINAL = re.compile(r"\bvoorgoed\b|\bdit was het\b|\bhet is (?:genoeg|klaar|over)\b")
_TAKE_LEAVE = re.compile(r"(?<![\w'])(?:(?:ik|k) neem|neem (?:ik|k)) (?:\w+ )?afscheid\b")


def _to_the_dead(said: str) -> bool:
    """'ik volg je' / 'ik kom naar je toe' said to the dead, not to a living reader."""
    from vraaghulp.coach.crisis.frame_serious import OWN_FOLLOW

    if re.search(OWN_FOLLOW, said) is None or _LIVING_READER.search(said):
        return False
    return _VOCATIVE.search(said) is not None or _ADDRESSED.search(said) is not None


def _follow_level(said: str) -> str:
    """The panel for following the dead with a means, or 'vannacht'/'binnenkort' beside a death or 'rust zacht'."""
    if _MEANS.search(said):
        return "acuut"
    mourned = DEATH.search(said) is not None or _MOURNED.search(said) is not None
    return "acuut" if mourned and _NIGHT.search(said) else "zorg"


def own_farewell(sentences: list[str]) -> Signal | None:
    """The gentle line (round 44 review, c44r) for the writer's own leave-taking beside a death that no rule weighed
    ('mama is overleden ... het is ook mijn afscheid', 'moeke is ingeslapen ... vannacht is het mijn beurt om afscheid
    te nemen': the everyday farewell words hold nothing beside an occasion); not the panel: 'ik neem ook afscheid'
    may be the writer's respects to the dead. Following the dead (round 44 second review, c44r2) is the panel with a
    means ('opa is overleden. ik volg je opa, ik heb het touw al') or 'vannacht' (c44r3); leave taken 'voorgoed' beside a
    death is the gentle line unless a means is named (c44r3: 'ik neem afscheid van het dorp, we gaan voorgoed')."""
    from vraaghulp.coach.crisis.frame_serious import OWN_LEAVE

    said = " ".join(sentences)
    if not (DEATH.search(said) or _ADDRESSED.search(said)):
        return None
    if _to_the_dead(said):
        return Signal(FAMILY_NOTE, _follow_level(said), OWN_NOTE)
    if _TAKE_LEAVE.search(said) and _FINAL.search(said):
        return Signal(FAMILY_NOTE, "acuut" if _MEANS.search(said) else "zorg", OWN_NOTE)
    if DEATH.search(said) and re.search(OWN_LEAVE, said):
        return Signal(FAMILY_NOTE, "zorg", OWN_NOTE)
    return None


def lowered(signals: list[Signal], sentences: list[str], third: frozenset[str]) -> Signal | None:
    """A note (level hint) when the panel is a farewell taken of someone who died, else None."""
    acute = [s for s in signals if s.level == "acuut"]
    if not acute:
        return None
    said = " ".join(sentences)
    if not DEATH.search(said) or _OWN.search(said) or _LIVING.search(said) or _own_farewell(said):
        return None
    found = [parts(signal) for signal in acute]
    if not all(found) or not any(words in LEAVE for words_of in found for words in words_of):
        return None
    clauses = clause_words(sentences)
    if not all(_farewell_part(words, clauses, third) for words_of in found for words in words_of):
        return None
    return Signal(FAMILY_NOTE, "hint", NOTE)
