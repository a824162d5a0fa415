"""An ask about from now on takes no moment from another sentence (round 32, k32b).

'… En met Pasen ook al, en bij de doop van Fenna. … Wil je geen opmerkingen meer maken over mijn gewicht?': the ask
stops something for good ('geen … meer', 'niet meer', 'nooit meer', 'voortaan', 'vanaf nu'); a moment pulled in from
another sentence ('Wil je met Pasen geen opmerkingen meer maken …') narrows it to one day, a meaning the writer never
had. 'Niet meer dan twee flessen' is a limit, not for good. Such an ask keeps the moments it says itself and gets none from elsewhere.
"""

from __future__ import annotations

import re

_FOR_GOOD = re.compile(r"(?i)\b(?:(?:geen|niet|ni|nie|nooit)\b(?:\s+[\w'’-]+){0,6}?\s+meer(?!\s+dan)|voortaan|vanaf\s+nu|van\s+nu\s+af"
                       r"|in\s+het\s+vervolg|voor\s+altijd|nooit)\b")


def for_good(text: str) -> bool:
    """The ask stops or changes something from now on ('Wil je geen opmerkingen meer maken', 'voortaan')."""
    return bool(_FOR_GOOD.search(text))
