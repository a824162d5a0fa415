"""A let-off after a narrowing word: the writer takes the limit back in the same sentence ('Liefst voor vier
uur, maar na vier is ook geen probleem.', 'liefst vandaag maar morgen mag ook', 'uiterlijk vrijdag zou fijn
zijn, maar volgende week is ook geen ramp'). Such a piece is a preference with its own escape hatch, no
restriction: keeping its first half alone makes the ask stricter than the writer meant (round 21, rv21k).
A leaf: it imports only the standard library."""

from __future__ import annotations

import re

_LINK = r"(?:maar|ma|mor|mr|maja|anders|of|en)"
_SOFT = (r"(?:ook\s+(?:goed|gewoon\s+goed|ok|oke|oké|prima|fijn|geen\s+\w+|niet\s+erg|ni\s+erg|nie\s+erg|een\s+optie)"
         r"|geen\s+(?:probleem|ramp|punt|man\s+overboord|stress)|mag\s+ook|mogen\s+ook|kan\s+ook|kunnen\s+ook|gaat\s+ook"
         r"|(?:niet|ni|nie)\s+erg|maakt\s+(?:niet|ni|nie)\s+(?:zoveel\s+)?uit|is\s+(?:ook\s+)?(?:ok|oke|oké|prima)\b)")
_LET_OFF = re.compile(rf"(?i)\b{_LINK}\b.*?\b{_SOFT}")


def let_off(text: str) -> bool:
    """A link word and a let-off after it in ``text`` ('…, maar later mag ook', '… of morgen is ook goed')."""
    return bool(_LET_OFF.search(text))


def let_off_from(d, start: int) -> bool:
    """The sentence that holds token ``start``, from there on, takes its limit back."""
    k = d.sentences_of(start)
    if k < 0:
        return False
    end = d.sentences[k][1]
    return let_off(" ".join(d.word(i) if d.is_word(i) else d.tok_text(i) for i in range(start, end)))
