"""Round 55 (c55b): two ordinary shapes that gave the full panel to harmless lines of at least three outside authors.

Counted over every outside file (tuning-ho*, tuning*-cp and their `open/` lines; README, "Round 55 (c55b)"), each a
shape of grammar rather than an author's nouns, one tier down (the panel becomes the gentle line, never nothing):

- `arts-zegt`: medicine stopped, lowered or not taken on a doctor's word, the doctor named as the one who decided ('op
  advies van de huisarts', 'op vraag van de chirurg', 'de dokter wou afbouwen', 'zoals u zei', 'mag van de cardioloog
  niet meer'). Guard: the doctor not knowing or overruled ('weet van niks', 'maar ik', 'tegen'), all the rest stopped
  too, saving or hoarding, a wish to be gone.
- `ding-stuk`: a place word beside trouble said of a thing or of someone else, not of the writer: 'de goot is
  kapot', 'de pannen waren kapot van de storm', 'afscheid van de ploegbaas, hij gaat met pensioen', 'dat Kees er niet
  meer is'. Every acute signal is a combination whose distress part is that word; the place is no grave word here.

An injury with its outside cause named ('verbrand aan de soldeerbrander', 'open door die muggenbulten') was built
and taken back: round 48 (c48f) took the same kind back for its real twins ('gesneden aan een breekmesje, pleister
erop, het was nodig'), and `tests/test_crisis_round48.py` keeps that promise.

Loaded only for a message at the panel, after the kinds of rounds 49 to 54 found nothing.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds import Kind, first_kind, without

__all__ = ["KINDS", "lowered"]

NOTE = "gewone oorzaak ({}, c55b): zorg, geen paneel"


# --- arts-zegt
_DOCTOR = (r"(?:huisarts|dokter|dokteur|doktoor|arts|chirurg|specialist|cardioloog|neuroloog|internist|dermatoloog|"
           r"gynaecoloog|longarts|kinderarts|reumatoloog|oncoloog|anesthesist|apotheker|tandarts|\w*verpleegkundige)")
_MEDICINE = (r"pil|pillen|pilletjes|medicijn\w*|medicatie|tabletten|\w+pillen|\w+tabletten|bloedverdunner\w*|"
             r"prednison|cortisone|insuline|antidepressiva|antibiotica|puffer|kuur|\w+medicatie|spuiten|spuitjes")
# The doctor as the one who decided: 'op advies/vraag van de huisarts', 'de dokter wou/zei/vond (dat) ... afbouwen',
# 'mag van de chirurg', 'zoals u zei' (to a doctor addressed), 'niet meer van de dokter'.
_DOCTOR_SAID = (rf"\b(?:op|volgens|na overleg met|in overleg met) (?:het )?(?:advies|aanraden|vraag|verzoek|voorschrift|"
                rf"zeggen)? ?(?:van )?(?:de|den|mijn|haar|zijn|onze|ons) {_DOCTOR}\b|"
                rf"\b(?:de|den|mijn|haar|zijn|onze|ons) {_DOCTOR} (?:zegt|zei|wou|wilde|vond|vindt|adviseerde|adviseert|"
                rf"besliste|besloot|liet|wil|raadde|raadt) (?:dat |het |mij |me |haar |hem )?(?:(?!(?:niet|nie|nooit|geen)\b)\w+ ){{0,8}}?"
                rf"(?:stoppen|stop|stopte|afbouwen|afgebouwd|minderen|niet meer nodig)\b|"
                rf"\b{_DOCTOR} (?:zei|zegt|wou) (?:afbouwen|stoppen|minderen)\b|"
                rf"\b(?:mag|mocht|moet|moest) (?:\w+ ){{0,3}}?van (?:de|den|mijn|haar|zijn) {_DOCTOR}\b|"
                rf"\bniet meer van (?:de|den|mijn) {_DOCTOR}\b|"
                rf"^ ?{_DOCTOR} , (?:\w+ ){{1,10}}?zoals (?:u|je|jij|ge) (?:zei|zegt|vroeg|voorschreef)\b")
_DOCTOR_GUARD = re.compile(r"\b(?:(?:niet|nie|nooit|geen) (?:\w+ ){0,2}?(?:stoppen|mocht|mag)|houden|afmaken|overslaan|"
                    r"vrede|snel gaat|gebeuren|misgaat|mis gaat|maar zo|is op|niks|niets|weet (?:\w+ )?(?:van )?(?:niks|niets|niet)|zonder dat|niet van|tegen|maar ik|ik ga gewoon|"
                    r"stiekem|verstop\w*|spaar\w*|opgespaard|gespaard|bewaar\w*|verzamel\w*|voorraad|allemaal|al mijn|"
                    r"al de|alle|met alles|alles ineens|in een keer|tegelijk|gevaarlijk|schelen|ophoud\w*|ophouden|"
                    r"hoef (?:\w+ )?niet|hoeft (?:\w+ )?niet|niet meer beter|niet meer wakker|er niet meer|"
                    r"weg zijn|genoeg|waarvoor|je weet wel|ge weet wel|laatste keer|ik wil|wil ik|liever|rust)\b")

# --- ding-stuk
# The distress word said of a thing or someone else: 'X is/waren (helemaal) kapot', 'afscheid van de X' where X is no
# part of the writer's own life, 'dat NAME er niet meer is'.
_NOT_THING = (r"ik|ik ben|leven|hoofd|hart|relatie|huwelijk|gezin|familie|alles|wereld|toekomst|lijf|lichaam|ziel|"
              r"binnenkant|zelf|mezelf|kop|moed|hoop|zin|geest|ik zelf|mijn leven")
_CLOSE = (r"iedereen|jullie|u|je|jou|mijn|ons|onze|mama|papa|ma|pa|moeder|vader|kinderen|kids|familie|vrienden|leven|"
          r"wereld|alles|alle|de kinderen|mijn kinderen|het leven|de wereld|hier|dit|deze")
_THING_STUK = (rf"\b(?:de|den|die|het|dat|mijn|ons|onze|zijn|haar) (?!(?:{_NOT_THING})\b)\w+ (?:\w+ ){{0,4}}?"
               rf"(?:is|zijn|was|waren) (?:\w+ )?kapot\b")
_OTHER_LEAVES = (rf"\bafscheid van (?:de|den|het|onze|ons) (?!(?:\w+ )?(?:{_CLOSE})\b)(?:\w+ ){{0,3}}?\w+ "
                 rf"(?:\w+ ){{0,4}}?(?:, )?(?:hij|zij|ze|die|het|men) (?:\w+ ){{0,3}}?"
                 rf"(?:gaat|gaan|breken|breekt|wordt|stopt|vertrekt|verhuist)\b")
_OTHER_GONE = r"\b(?:dat|sinds|nu|omdat) (?!(?:ik|k|we|wij|je|jij|ge)\b)\w+ er (?:niet|nie) meer (?:is|was)\b"
_THING_GUARD = re.compile(r"\b(?:ik ben kapot|ben ik kapot|ik (?:\w+ )?(?:ook|zelf)|wil (?:ik )?(?:bij|ook|niet meer)|ik wil|"
                   r"volg|achterna|klaar mee|het is goed zo|het is genoeg|genoeg geweest|gedaan|voorbij|beu|"
                   r"spring\w*|sprong|de volgende|niemand|nooit|sorry|spijt|schuld|zeg (?:\w+ )?(?:tegen|aan)|"
                   r"rustig|rust|alles is|geen zin|hoeft|laatste|doorgaan|verder|zinloos)\b")
_DISTRESS_PART = r"(?:nood|afscheid|niet-zijn): (?:kapot|afscheid|er niet meer)"

KINDS = (
    Kind("arts-zegt", frozenset(("stoppen-zorg", "plan-middel")),
         re.compile(rf"stop|gestopt|genomen|afbouw|schrikken|zover|{_MEDICINE}"), (re.compile(_DOCTOR_SAID),), _DOCTOR_GUARD),
    Kind("ding-stuk", frozenset(("gevaar-plek", "plan-middel")), re.compile(_DISTRESS_PART),
         (re.compile(rf"{_THING_STUK}|{_OTHER_LEAVES}|{_OTHER_GONE}"),), _THING_GUARD),
)
_OWN_GRAVE = {
    "arts-zegt": without("pillen", "tabletten"),
    "ding-stuk": without("brug", "spoor", "trein", "flat", "dak", "afscheid"),
}


def lowered(signals: list[Signal], reading: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None (`reading`: the first normalised reading)."""
    kind = first_kind(KINDS, signals, reading, _OWN_GRAVE)
    if kind is None:
        return None
    acute = sorted({signal.family for signal in signals if signal.level == "acuut"})
    return Signal(acute[0], "zorg", NOTE.format(kind.name))
