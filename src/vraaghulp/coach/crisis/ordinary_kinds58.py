"""Round 58 (c58a): five ordinary days outside authors keep writing around a harmless gentle line.

Counted over every outside file (README of the crisis corpus, "Round 58 (c58a)"): of the harmless lines at the gentle
line, the largest group the rules raise and the second opinion calls ordinary ('lijkt gewoon': an ambiguous family,
a place or a farewell, lowered to the gentle line because the score is far too low) is a place or a farewell word
inside a glad, busy day. Read across the sentence, the writer's trouble is over or is a party:

- **worn out and glad of it** (`moe-maar-blij`): the tiredness is countered in the same breath by contentment ('ik ben
  kapot maar content', 'ik was kapot mar het uitzicht was top', 'doodop maar tevreden'). Guard: the real twins' words
  beside it (nobody, alone, an end, 'eindelijk rust', 'het is goed zo', a last word for someone, a wish).
- **a farewell that is an event** (`afscheid-feest`): the farewell is a day with drinks, a gift, a cake or a party
  ('vrijdag den afscheid van Marleen ... een cadeau ... pinten', 'afscheidsfuif ... vaten ... hapjes', 'afscheid van
  die bib 🎉 vanavond pintjes'). Only where the farewell part of the signal is the bare word 'afscheid' (thanks for
  everything, a last word or a hand-over keep their tier). Guard: a farewell of the writer's own ('van mij horen',
  'niet meer zien', 'voorgoed', 'laatste'), sorry, fault, love said, nobody, an end, a means.
- **done with a job** (`klaar-met-werk`): 'klaar (mee) met die kozijnen / die werf', or a job said finished ('het dak is
  af', 'dak dicht'), with the work's next step or its tools ('morgen', 'moet ook nog', 'de ladder', 'stellingen weg').
  Never where the thing one is done with is everything, life, oneself or the people around.

Two more read the safety net alone (`vangnet`, the gentle line of a bare word):

- **'ik ga dood' as a figure of speech** (`dood-overdreven`): 'ik ga (letterlijk, echt) dood (voor een sigaret)', 'ik
  ben echt dood', with an everyday cause ('voor ne sigaret', 'van het lachen') or turned to the listener in play ('ik
  zweer het', 'wie heeft dit gemaakt', 'koffie', 'bij jou', 'gaat gij mee'); a bare question or 'ge weet waarom'
  is no such turn ('ik ga dood. kun je komen?', 'ik ga gewoon dood, wie weet dat ik hier lig?' keep the line). Guard:
  'vanbinnen', help, 'wat moet ik', pain, hope, 'was het maar', tiredness, and the words above.
- **a role given up** (`stoppen-met-rol`): 'het is (voor mij) genoeg geweest', 'ik stop ermee' bound to a club, a vzw,
  a treasurer's post or a resignation, with its successor or its years ('de nieuwe penningmeester', 'mijn plaats aan
  jongeren', 'na veertig jaar'). Guard: 'ge moet niet meer op mij rekenen', 'niks meer', and the words above.

Gentle line to nothing only, and for an acute signal only where the second opinion already called the message
ordinary (`ordinary_kinds53.quieted`'s rule). Loaded only for a message at the gentle line, after the kinds of rounds
51 to 55 found nothing.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds import without
from vraaghulp.coach.crisis.ordinary_kinds51 import seen
from vraaghulp.coach.crisis.ordinary_kinds53 import SECOND_OPINION_CALM, Kind53, _explains

__all__ = ["KINDS", "WORDS", "build", "quieted"]

NOTE = "gewone oorzaak ({}, c58a): geen zorg"

# the real twins of all three: the writer's own end, nobody, a last word, a wish, a means
_OWN_END = (r"niemand|alleen|allain|laat maar|nooit|voorgoed|voor altijd|niet meer (?:zijn|ben|terug|zien|leven)|"
            r"er niet meer|zeg (?:\w+ )?(?:tegen|aan)|spijt|sorry|schuld|hou van|houd van|graag zag|missen|mis (?:je|jullie)|"
            r"rust|rustig|goed zo|beter zo|genoeg|wil|wou|leeg|leegte|huil\w*|pillen|tabletten|touw|spring\w*|"
            r"naar beneden|zoeken|leven|dood|wereld|weg|van mij|van me|laatste|alles|mezelf|mijzelf|zinloos|zin meer")

# the word lists each kind's frame is made of (alternatives, kept apart so `tools/crisis_loao58.py` can leave an
# author's own words out and build the kinds again)
WORDS = {
    "tired": ("kapot", "moe", "doodop", "op", "gesloopt", "afgepeigerd", "uitgeteld"),
    "but": ("maar", "mar", "ma", "mor", "mo"),
    "glad": ("content", "blij", "tevreden", "voldaan", "trots", "gelukkig", "top", "zalig", "prachtig", "genoten",
             "de moeite"),
    "party": (r"(?:alle )?vaten (?:\w+ )?leeg", r"(?:afscheids)?(?:borrel|feest|fuif|receptie|drink|etentje)", "barbecue",
              "bbq", "taart", "cadeau", "bloemstuk", "pint", "pinten", "pintje", "pintjes", "vaten", "hapjes",
              "emoji-feest"),
    "job": ("dak", "werf", "klus", "gevel", "zolder", "schuur"),
    "next": (r"stellingen (?:\w+ )?weg", "morgen", "maandag", "moet ook nog", "ladder", "stelling", "stellingen",
             "harnas", "als het droog is", "werf", "kozijnen", "goot", "pannen", "pintje"),
    "turn": ("ik zweer het", "koffie", r"wie (?:heeft|kent|maakt|maakte) (?:dit|dat|die|deze)",
             r"voor (?:een|ne|nen) \w+",
             r"van (?:het lachen|de schaamte|verveling|de hitte|de warmte|de kou|de honger|de dorst)",
             r"bij (?:jou|u|ons)", r"(?:gaat|gaan|ga|kijkt|kijk|kom|komt) (?:gij|je|jij|ge|u) (?:\w+ )?mee"),
    "role": ("penningmeester", "voorzitter", "secretaris", r"bestuur\w*", "vzw", r"\w*club", "vereniging", "harmonie",
             "koor", "ouderraad", "ontslag", "lidmaatschap", r"vrijwilliger\w*"),
    "handover": (r"nieuwe \w+", "aan jongeren", r"(?:door)?geven aan", "doorgegeven aan", "gegeven aan", r"na \w+ jaar",
                 "opvolger", "mijn plaats"),
}


def _any(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(words) + ")" if words else "(?!)"


def build(words: dict[str, tuple[str, ...]] = WORDS) -> tuple[Kind53, ...]:
    """The five kinds made of `words` (`WORDS`, or a leave-one-author-out copy)."""
    own_end = re.compile(rf"\b(?:{_OWN_END})\b")
    tired_glad = (rf"\b{_any(words['tired'])}(?: ,)? (?:\w+ )?{_any(words['but'])} (?:\w+ ){{0,4}}?"
                  rf"{_any(words['glad'])}\b")
    done_with = (r"\bklaar (?:mee )?met (?:die|dat|de|den|het|onze|ons) (?!(?:wereld|leven|mensen|familie|kinderen|"
                 rf"gasten|groep|boel)\b)\w+|\b(?:het |de )?{_any(words['job'])} (?:\w+ ){{0,3}}?(?:is af|dicht)\b")
    return (
        Kind53("moe-maar-blij", frozenset(("gevaar-plek", "uitputting")),
               re.compile(r"kapot|moe|doodop|klaar|k[ao]n (?:ik )?niet meer"), (re.compile(tired_glad),),
               own_end, without("brug", "dak", "klaar mee", "spoor", "flat")),
        Kind53("afscheid-feest", frozenset(("afscheid", "gevaar-plek")), re.compile(r"\bafscheid: afscheid\b"),
               (re.compile(r"\bafscheid\w*"), re.compile(rf"\b{_any(words['party'])}\b")),
               own_end, without("afscheid", "klaar mee")),
        Kind53("klaar-met-werk", frozenset(("gevaar-plek",)), re.compile(r"nood: (?:klaar mee|ik ben klaar)"),
               (re.compile(done_with), re.compile(rf"\b{_any(words['next'])}\b")),
               own_end, without("dak", "klaar mee")),
        Kind53("dood-overdreven", frozenset(("vangnet",)), re.compile(r"dood|sterven"),
               (re.compile(r"\b(?:ik ga|ga ik|ik ben|ben ik) (?:\w+ )?(?:letterlijk |echt |bijna |gewoon )?(?:dood|aan het "
                           r"sterven)\b(?: (?:voor|van) (?:een|ne|nen|de|die|dat|deze) \w+)?"),
                re.compile(rf"(?:\b|(?= \?)){_any(words['turn'])}(?:\b|(?<=\?))")),
               re.compile(rf"\b(?:{_OWN_END}|vanbinnen|help\w*|wat moet ik|pijn|hoop\w*|was het maar|niks helpt|moe)\b"),
               without()),
        Kind53("stoppen-met-rol", frozenset(("vangnet",)), re.compile(r"genoeg geweest|stoppen|stop"),
               (re.compile(r"\b(?:(?:het is|is het) (?:voor mij )?(?:\w+ )?genoeg geweest|(?:ik )?(?:ga|gaan) ermee stoppen|"
                           r"(?:ik )?stop ermee)\b"),
                re.compile(rf"\b{_any(words['role'])}\b"), re.compile(rf"\b{_any(words['handover'])}\b")),
               re.compile(rf"\b(?:{_OWN_END}|rekenen|niks meer|niets meer)\b"), without()),
    )


KINDS = build()


def quieted(signals: list[Signal], reading: str, text: str, kinds: tuple[Kind53, ...] = KINDS) -> Signal | None:
    """The note that takes the gentle line away, or None: every zorg or acuut signal is explained by one kind, an acuut
    one only where the second opinion already called the message ordinary. `reading`: the first normalised reading."""
    serious = [signal for signal in signals if signal.level in ("zorg", "acuut")]
    if not serious or any(signal.phrase.startswith("gewone oorzaak") for signal in signals):
        return None
    if any(s.level == "acuut" for s in serious) and not any(SECOND_OPINION_CALM in s.phrase for s in signals):
        return None
    looked = seen(reading, text)
    kind = next((k for k in kinds if _explains(k, serious, looked)), None)
    return None if kind is None else Signal(sorted(s.family for s in serious)[0], "hint", NOTE.format(kind.name))
