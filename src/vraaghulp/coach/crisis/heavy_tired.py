"""Exhaustion beside a heavy, lasting state of the writer's own (round 52, c52a): the gentle line, never the panel.

'ik kan niet meer' alone is read by the rules; what they missed is the same words where something ordinary stands
beside them and an older rule reads that as the cause: a crying emoji (the normaliser drops it, so 'ik kan niet meer 😭
dit gaat al weken zo' no longer ends at 'meer'), a laugh before it ('haha ik kan niet meer, nee, ik huil elke avond'),
named work ('na mijn dienst kan ik niet meer, ik ben al weken zo moe en verdrietig'). What the real lines have and
their harmless twins lack (tests/corpus/crisis/eigen64.toml, `tweeling-moe-en-zwaar`) is a second clause that says the
state is heavy and lasts, in the writer's own words: crying, lying awake, brooding, sad, 'al weken zo', 'het gaat niet
weg', 'niet van het werk', 'ik ben het zelf', 'niemand ziet het', 'nooit genoeg', 'ik wil verdwijnen'. The twins name
what makes it light: joy, a film or a clip, relief in sight ('nog twee nachtjes', 'morgen vrij', 'eindelijk').

`signal(text, reading, read)` is called by `assess` (through `gentle_shapes`) only where nothing else gave a tier; it
gives `zorg` (family `uitputting`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["FAMILY", "signal"]

FAMILY = "uitputting"

# a crying or pleading emoji ends a clause (the normaliser drops it, and 'ik kan niet meer' then runs on)
_CRYING = re.compile("[\U0001F62D\U0001F622\U0001F97A\U0001F63F\U0001F494\U0001F625\U0001F61E\U0001F614]+")
# cheap test on the raw text in lower case, before the reading is searched (and, with a crying emoji, the text read
# once more): a word the exhaustion needs ('meer', 'op' before a clause end, 'moe', 'kapot', 'leeg', 'doorheen')
# (with the dialect and chat forms the normaliser brings back to them: 'nie mi', 'nimmie', 'kepot', 'moog', 'wurch',
# 'ik zit er door')
_CHEAP = re.compile(r"me+a?r\b|\bm(?:i|ie|ië|ieë|ier|ér|eer|ear|ee)\b|nimmie|\b[oòó]+p+\b\s*(?:[^\w\s]|$|en\b|al\b|maar\b)"
                    r"|mo+e+\b|mo+g\b|mujj|wurch|kapot|kepot|uitgeput|le+g|doorheen|\bdoor\b")

_END = r"(?= ?[,.!?;]| ?$| (?:en|al|maar)\b)"
# the writer exhausted, on the normalised reading
_TIRED = re.compile(
    r"(?:\bik (?:kan|kon) niet meer|\bkan ik niet meer|(?:^|[,.!?] )kan niet meer"
    r"|\bik ben (?:zo |helemaal |echt |compleet )?(?:op|kapot|uitgeput|leeg)"
    r"|\bben ik (?:zo |helemaal )?(?:op|kapot)|\bik ben (?:het )?(?:allemaal )?(?:zo )?moe"
    r"|\bik ben er (?:zo )?moe van|\bik zit er doorheen|\bik trek het niet meer)" + _END)
_TIRED_WORDS = ("niet meer", "ik ben", "ben ik", "doorheen")
# a lasting time, on the raw text in lower case (the normaliser drops 'elke dag', 'nog', 'eigenlijk')
_TIME = r"(?:(?:elke|elken|iedere|ieder) (?:dag|nacht|avond|ochtend|morgen)|al (?:\w+ )?(?:weken|maanden|jaren|een jaar|zo lang|heel lang|de hele week|sinds)|de laatste tijd)"
# the state is heavy, in the writer's own words (on the normalised reading)
_HEAVY = re.compile(
    # crying, lying awake, brooding, sad
    r"\bik (?:\w+ ){0,3}?(?:huil|huilen|jank|janken|bleit|bleiten|ween|wenen)\b|\bte (?:huilen|janken|bleiten|wenen)\b"
    r"|\bhuilend\b|\bhuil ik\b|\bhuil mee\b|\bhuil\w* (?:\w+ ){0,4}?en ik ook\b"
    r"|\b(?:elke|iedere) nacht wakker\b|\bverdrietig\b|\bpieker\w*|\blig (?:\w+ ){0,3}?wakker\b|\bslaap (?:al \w+ )?(?:slecht|niet)\b"
    # it lasts and does not lift
    r"|\b(?:dit|dat|het) (?:gaat|duurt|is) (?:nu )?al (?:\w+ ){0,2}?(?:zo|lang)\b|\bal (?:\w+ )?(?:weken|maanden|jaren) zo\b"
    r"|(?:^|[,.!?] )(?:en )?al (?:een jaar|weken|maanden|jaren)(?: niet meer)?(?= ?[,.!?]| ?$)"
    r"|\b(?:het|dit) (?:houdt|stopt) niet op\b|\bgaat niet weg\b|\bwordt niet beter\b|\bwordt (?:alleen maar )?erger\b"
    r"|\balles gaat mis\b|\bnooit stil\b|\bmijn hoofd is (?:zo |helemaal )?vol\b"
    # not the work: the writer
    r"|\bniet (?:alleen )?van (?:het|de|die) \w+ ?(?:[,.]|$)|\bis niet het probleem\b|\bik ben het zelf\b|\bligt aan mezelf\b"
    r"|\bnooit (?:goed )?genoeg\b|\bniet meer zo verder\b|\bniet meer naar huis\b"
    # nobody sees it, no point, wanting to disappear, sorry to bother
    r"|\bniemand (?:die )?(?:het |iets )?(?:ziet|merkt|vraagt)\b|\bhoe (?:slecht )?het (?:met (?:me|mij) )?gaat\b"
    r"|\b(?:ziet|merkt) niemand\b|\baltijd hetzelfde\b"
    r"|\bheeft geen zin\b|\bik wil verdwijnen\b|\bsorry dat ik (?:\w+ ){0,4}?(?:zeur|lastig)")
# ... the writer's own lasting state: 'ik' and a lasting time in one clause, on the raw text (the time words survive
# there) with the exhaustion itself taken out
_LASTING_OWN = re.compile(r"\bik (?:\w+ ){0,4}?" + _TIME + r"|\b" + _TIME + r" (?:\w+ ){0,3}?ik\b")
_RAW_TIRED = re.compile(r"(?:\bi?k |'k )?\b(?:kan|kon) (?:\w+ )?(?:niet|nie|ni) meer")
# said as no joke, on the raw text (the normaliser drops 'echt' and 'serieus')
_INSIST = re.compile(r"\b(?:maar dan echt|serieus|nee echt|geen grap|ik meen het)\b|[,.] ?(?:echt )?(?:niet|nie) meer ?(?:[,.!]|$)")
# a concrete ask to the reader: a tired carer or worker arranging relief (the krimp corpus's ordinary drafts)
_ASK = re.compile(r"\b(?:kun|kan|kunt|wil|zou|zoudt|kunde|wilt|mag) (?:je|jij|ge|gij|u|jullie)\b|\bkunnen jullie\b"
                  r"|\bheb nodig dat\b|\bmag ik\b|\bzou het kunnen\b|\bwie kan\b|\bkan een van\b|\bik zou (?:\w+ ){0,4}?graag\b")
# what makes it light: joy, a clip or a film, relief in sight, a job nearly done (on the normalised reading)
_LIGHT = re.compile(
    r"\b(?:blij|mooi|schattig|lachen|lachte|gelachen|dubbel|grappig|hilarisch|filmpje|video|aflevering|bloopers|serie|"
    r"film|boek|eindelijk|heerlijk|feest\w*|vakantie|pensioen|gelukkig|vrij|klaar|album|musical|liedje\w*|verrassing|"
    r"zo ver|zover|wedstrijd|bruiloft\w*|verbouw\w*|nachtjes|te water|kijk (?:die|dat|deze|dit)|puppy\w*)\b")


def signal(text: str, reading: str, read: Callable[[str], str]) -> Signal | None:
    """The gentle line's signal, or None. `reading` is the text's first reading (`assess` made it; round 53, c53a:
    passed on, not made again); only a text with a crying emoji is read once more, the emoji as a clause end, by `read`
    (`crisis.normalised`, passed in: no import of the package here)."""
    raw = text.lower()
    if not _CHEAP.search(raw):
        return None
    if not text.isascii() and _CRYING.search(text):  # round 57 (s57): every crying emoji is outside ASCII, and `re`
        reading = read(_CRYING.sub(" . ", text))  # tested the set at each of a long letter's places (0.5 million)
    # every form of `_TIRED` holds one of `_TIRED_WORDS`: a reading with none is not searched (round 53, c53a: the
    # search walks every place of a long letter, 0.3 ms on 2,000 characters, and `_CHEAP` lets most letters through)
    if not any(word in reading for word in _TIRED_WORDS):
        return None
    if _LIGHT.search(reading) or _ASK.search(reading):  # cheap, and they end it whatever `_TIRED` finds (round 53,
        return None  # lead: asked first, the long search is spared on most long letters: 0.47 of about 7 ms)
    tired = _TIRED.search(reading)
    if tired is None:
        return None
    rest = reading[:tired.start()] + " , " + reading[tired.end():]
    heavy = _HEAVY.search(rest)
    if heavy is not None:
        return Signal(FAMILY, "zorg", f"moe-en-zwaar: {tired.group(0).strip(' ,.')} + {heavy.group(0).strip(' ,.')}")
    insist = _INSIST.search(raw)  # not a joke: 'maar dan echt', 'serieus', 'echt niet meer'
    if insist is not None:
        return Signal(FAMILY, "zorg", f"moe-en-zwaar: {tired.group(0).strip(' ,.')} + {insist.group(0).strip(' ,.')}")
    lasting = _LASTING_OWN.search(_RAW_TIRED.sub(" , ", _CRYING.sub(" . ", raw)))
    if lasting is not None:
        return Signal(FAMILY, "zorg", f"moe-en-zwaar: {tired.group(0).strip(' ,.')} + {lasting.group(0).strip(' ,.')}")
    return None
