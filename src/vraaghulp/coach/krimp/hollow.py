"""A question left with nothing to do: 'Jesse, wil jij zaterdag?', 'Kunt gij zaterdag?', 'Kun je morgen
even?'. Only the modal, its subject and a moment or a politeness word are left: the verb and its object
went with a clause cut too far ('… zaterdag moest ge tijd hebben mijn zetel mee helpen dragen'). Such a
result may be shown, never as sure (contract point 3: the action and its object are always kept).
"""

from __future__ import annotations

import re

from .checks import lower_words

_MODAL = frozenset({"kun", "kan", "kunt", "wil", "wilt", "mag", "moogt", "zou", "zoudt", "zouden", "kunnen", "willen"})
_SUBJECT = frozenset({"je", "jij", "u", "ge", "gij", "jullie", "ik"})
_FILL = frozenset({"even", "eens", "ff", "efkes", "eventjes", "ne", "een", "keer", "nog", "ook", "wel", "dan", "misschien",
                   "om", "uur", "u", "rond", "tegen", "deze", "dit", "volgende", "week", "weekend", "avond", "middag"})
_TIME = re.compile(r"^(?:\d+(?:u\d*|h\d*)?|(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*|morgen\w*|vandaag|vanavond|"
                   r"vannacht|vanmiddag|vanmorgen|vanochtend|straks|seffens|zo|nu|overmorgen|\w*voormiddag|\w*namiddag)$")


def hollow(sentence: str) -> bool:
    """The first question of ``sentence`` holds only a modal, its subject and time or filler words."""
    ask = sentence.split("?")[0] if "?" in sentence else ""
    ask = ask.split(",")[-1] if "," in ask else ask  # the vocative goes: 'Jesse, wil jij zaterdag'
    words = lower_words(ask)
    if len(words) < 2 or words[0] not in _MODAL or words[1] not in _SUBJECT:
        return False
    return all(w in _FILL or _TIME.match(w) for w in words[2:])
