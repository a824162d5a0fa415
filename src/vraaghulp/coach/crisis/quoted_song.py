"""Round 49 (c49): a song, film or book line quoted and asked about gets the gentle line, not the panel.

'die zin 'ik wil nie meer wakker worden zonder u' zit al heel de dag in mijn kop, wie zingt da weer?' gave the full
panel: the acute words stand inside the quote. The normaliser drops quote marks, so the quoted words are found here
in the raw text (`spans`): a quote opens after a space, a colon or the start with ' " ‘ “ or « (not the Flemish
'k, 't, 's, 'n, 'm) and closes before a space, punctuation or the end.

The rule: the message is acute; it names a song, a film, a book or a show outside the quotes (`_MEDIA`); the writer's
own words outside the quotes say nothing of their own feeling (`_OWN`: 'zo voel ik me', 'net als ik', 'herken',
'over mij', 'ik ook', 'mijn leven' ...) and nothing grave; and the message without its quotes gets no panel from the
rules (`assess` is passed in, so this module imports nothing of the package). Round 50 (c50a): a quoted title
praised counts as asked about ('... is het mooiste nummer van het nieuwe album, ik zing het de hele dag mee'), and the
writer's own words read a place, 'moed', a funeral, crying. Then the tier is zorg, never nothing:
a real line that quotes a song about itself keeps a gentle line, and one that says so keeps the panel.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["lowered", "spans", "without_quotes"]

_OPEN = "'\"\u2018\u201c\u00ab"
_CLOSE = "'\"\u2019\u201d\u00bb"
_QUOTE = re.compile(rf"(?:^|(?<=[\s:(]))[{_OPEN}](?!(?:k|t|s|n|m|ns|ne|nen)\b)([^{_OPEN}{_CLOSE}\n]{{3,240}}?)[{_CLOSE}]"
                    r"(?=[\s.,!?;:)]|$)", re.IGNORECASE)
_MEDIA = re.compile(r"\b(?:nummer|nummers|liedje|liedjes|lied|lieke|song|songtekst|refrein|lyrics|tekst|zingt|zingen|"
                    r"zong|zanger|zangeres|rapper|band|radio|playlist|spotify|track|oorwurm|clip|album|koor|musical|"
                    r"film|serie|boek|aflevering|toneelstuk|gedicht|titel|quote|citaat|ondertitel\w*)\b", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:wie (?:zingt|zong|kent|weet)|welk (?:nummer|liedje|lied)|hoe heet|titel|kent iemand|"
                    r"iemand (?:een idee|die weet)|in (?:mijn|mijne|men|m'n|mn) (?:kop|hoofd)|uit (?:mijn|mijne|men|m'n|mn) "
                    r"(?:kop|hoofd)|op repeat|oorwurm|zit vast|staat op|was op|op de radio|van de radio|playlist|"
                    r"meezingen|mee te zingen|zingt|(?:mooiste|beste|favoriete|fijnste|schoonste) (?:nummer|liedje|lied|"
                    r"song|plaat|track)|nieuwe album|zing (?:het|ik het) (?:\w+ ){0,4}?mee)\b", re.IGNORECASE)
_OWN = re.compile(r"\b(?:voel|voelt|voelde|gevoel|net als ik|net zoals ik|ik ook|zelf ook|herken\w*|over mij|over mezelf|"
                  r"voor mij geschreven|mijn leven|raakt|geraakt|precies (?:hoe|wat|zo)|echt zo|ook zo|zo is het|waar|"
                  r"dat ben ik|ben ik|meen|wil ik|wou ik|zou ik|ik wil|ik wou|als ik|ik ga|ga ik|ik doe|doe ik|het doen|"
                  r"denk ik (?:er )?aan|niet meer|nooit|dood|leven|"
                  r"pillen|touw|afscheid|sorry|vaarwel|niemand|morgen|vannacht|vanavond|spoor|trein|brug|dak|flat|"
                  r"moed|begrafenis|ik ben op|ben ik op|mijn nummer|huil\w*|me vinden|mij vinden)\b", re.IGNORECASE)


def spans(text: str) -> list[tuple[int, int]]:
    """The quoted parts of the raw text (start and end of each, marks included)."""
    return [match.span() for match in _QUOTE.finditer(text)]


def without_quotes(text: str) -> str:
    """The raw text with each quoted part replaced by a space."""
    return _QUOTE.sub(" ", text)


def lowered(signals: list[Signal], text: str, assess: Callable) -> Signal | None:
    """The note that lowers an acute message quoting a song or a film to the gentle line, or None."""
    acute = sorted({signal.family for signal in signals if signal.level == "acuut"})
    if not acute or not _QUOTE.search(text):
        return None
    rest = without_quotes(text)
    if _MEDIA.search(rest) is None or _ASKED.search(rest) is None or _OWN.search(rest):
        return None
    if assess(rest).tier == "acuut":
        return None
    return Signal(acute[0], "zorg", "geciteerd lied of verhaal (c49): zorg, geen paneel")
