"""Round 56 (c56a): an absence bound to where or when it holds, one tier down (the panel becomes the gentle line).

Counted over every outside file (tuning-ho*, tuning*-cp and their `open/` lines; README, "Round 56 (c56a)"): 91
harmless lines at the full panel by 15 authors. Read for shapes of grammar, not nouns, the one that recurs across
authors and that no real line of the corpus shares: the writer's absence, a thing no longer needed or being left out
said **with its bound in the same clause** ('niet meer nodig in Dubai', 'er nie mier bij op die vergadering', 'beter af
zonder mij in de keuken', 'als ik er niet ben tijdens de zomer', 'ben 2 weken naar Turkije', 'er niet meer bij de
zaak', 'al weg naar school'). The real lines say the same words unbound ('niet meer nodig waar ik heen ga', 'als je dit
leest ben ik er niet meer'), bound to life or the world ('in dit leven', 'op deze wereld', 'in den hemel'), or from a
moment on ('na Kerst', 'tegen de zomer'): those stay at the panel.

- `gebonden-weg`: every acute signal is of a family that an absence raises (affairs, a gift, a farewell, a burden, a
  wish not to be, sudden calm, a plan), the reading holds a bound absence, and with that span blanked nothing grave is
  left: no other absence, no word of round 49's GRAVE ('leven', 'nooit', 'sorry', a means, a place of danger, 'zorg
  goed voor mama'), no decision or exhaustion ('beslist', 'klaar mee', 'genoeg', 'kan niet meer').

Loaded only for a message at the panel, after the kinds of rounds 49 to 55 found nothing.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds import without

__all__ = ["FAMILIES", "bound_absence", "lowered"]

NOTE = "gewone oorzaak (gebonden-weg, c56a): zorg, geen paneel"
FAMILIES = frozenset(("zaken-regelen", "nalaten", "afscheid", "last-voor-anderen", "doodswens", "passief",
                      "plotse-rust", "plan-middel"))

# what a bound may never be: life, the world, the hereafter, a person (joining someone), a place of danger
_NOT_BOUND = (r"leven|dit leven|hun leven|jullie leven|je leven|wereld|aarde|hemel|hiernamaals|hier|daar|huis|thuis|"
              r"jullie|je|jou|jouw|hun|mensen|iedereen|oma|opa|mama|papa|ma|pa|moeder|vader|god|jezus|hem|haar|"
              r"zee|water|brug|spoor|trein|dak|flat|toren|kanaal|rivier|bos|rails|perron|kliffen?|graf|kerkhof|"
              # no noun at all: a pronoun, a verb, a particle ('reken er niet op dat ik', 'er niet bij ben', 'hoor')
              r"ik|jij|hij|ze|zij|we|wij|u|ge|ben|was|zijn|zit|is|kom|kwam|komt|te|meer|niet|of|als|wat|hoor|he|eh|"
              r"man|zeg|toch|maar|wel|nog|ook|de|het|die|dat|den|da|deze|dit|mijn|ons|onze|een|"
              r"sinds|omdat|want|toen|tot|na|voor|door|met|van|om|en|dus|zodat|"
              # a moment is no bound: it says from when ('er niet meer zijn op maandag' is round 44's real line)
              r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|vanavond|vannacht|"
              r"straks|kerst|kerstmis|nieuwjaar|pasen|januari|februari|maart|april|mei|juni|juli|augustus|"
              r"september|oktober|november|december|zomer|winter|lente|herfst|najaar|voorjaar|weekend|avond|nacht|"
              r"verjaardag|eind|einde|begin")
_DET = r"(?:de|het|die|dat|den|da|deze|dit|mijn|ons|onze|een)"
_BOUND = (rf"(?:tijdens {_DET} \w+|(?:in|op|bij|naar) (?:{_DET} )?(?!(?:{_NOT_BOUND})\b)\w+|"
          r"de eerste (?:\w+ )?(?:dagen|weken)|als (?:penningmeester|voorzitter|secretaris|trainer|coach|\w+leider|"
          r"\w+meester))")
_CORE = (r"(?:niet|niks)(?: meer)? nodig(?: hebben)?"
         r"|(?:(?:als )?ik )?(?:(?:ben|was|zit) )?(?:ik )?er (?:niet|nie)(?: meer)?(?: bij)?(?: (?:ben|was|zijn|zit))?"
         r"|zonder (?:mij|me)|(?:(?:ik ben|ben ik|als ik) )?(?:al )?(?<!op )weg(?: (?:ben|was|zijn))?"
         r"|niks van (?:mij|me)(?: laat horen)?|(?:ik ben|ik zit|ben) (?:\d+|een|twee|drie|vier|paar) (?:dagen|weken|"
         r"weekend|maanden)")
# between the absence and its bound only a word of time or degree: the bound belongs to the absence itself
_BETWEEN = r"(?:(?:straks|dan|nu|even|echt|allemaal|volgend jaar|volgende week|een tijdje|meer) )?"
_BURDEN = r"(?:(?:beter af|opgelucht)(?: zijn)? (?:as |als )?)?"  # the burden said of the bound absence itself
_BOUND_ABSENCE = re.compile(rf"\b{_BURDEN}(?:{_CORE}) {_BETWEEN}{_BOUND}\b|\bals ik (?:\w+ )?in (?!(?:{_NOT_BOUND})\b)\w+ "
                            rf"(?:zit|ben)\b")
# left when the bound absence is blanked: another absence, a decision, exhaustion, a wish
_UNBOUND = re.compile(r"\b(?:er (?:\w+ )?(?:niet|nie) meer|niet meer nodig|niks meer nodig|zonder (?:mij|me)|"
                      r"weg (?:ben|was|zijn)|ben ik (?:al )?weg|niet meer (?:bij|terug)|kom (?:\w+ )?niet (?:meer )?terug|"
                      r"niet meer voor|ook niet meer|mezelf|mijzelf|beslist|besloten|klaar mee|(?:het is |heb er |er )?genoeg (?:geweest|van)|gevochten|kan (?:\w+ )?niet meer|wil (?:\w+ )?niet meer|"
                      r"het is goed zo|nergens|niks meer|niemand (?:\w+ )?(?:mist|missen)|laatste|"
                      r"opgeschreven|geregeld|weggegeven|ik hou van|zeg (?:aan|tegen) \w+ da|"
                      # the bound widened again: everywhere, at home too, too much, 'serieus'
                      r"overal|(?:thuis|ouders|familie|vrienden|kinderen|klas|school|werk|hier) ook|te veel|serieus|meen\w*|nee echt|"
                      r"geen grap|zonder grap)\b")
_GRAVE = without("niemand", "op is")


def bound_absence(reading: str) -> str | None:
    """The reading with every bound absence blanked, or None when it holds none."""
    if _BOUND_ABSENCE.search(reading) is None:
        return None
    return _BOUND_ABSENCE.sub(" ", reading)


def lowered(signals: list[Signal], reading: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None (`reading`: the first normalised reading)."""
    acute = {signal.family for signal in signals if signal.level == "acuut"}
    if not acute or not acute <= FAMILIES:
        return None
    rest = bound_absence(reading)
    if rest is None or _GRAVE.search(rest) or _UNBOUND.search(rest):
        return None
    return Signal(sorted(acute)[0], "zorg", NOTE)
