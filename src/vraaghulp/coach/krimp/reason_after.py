"""The practice flow: one short sentence right after the ask that says why, kept after it.

In `oefen` the person types their own ask and often one plain sentence after it that the person asked
needs: 'Wilt u onze post bijhouden? We zijn drie weken weg.', 'Kun je naar mijn laptop kijken? Hij start
niet meer op.', 'Kunt u het lokaal openmaken? Ik heb mijn pasje thuis laten liggen.'. It is the last thing
the note says, short, and no apology, hedge or way out (the engine names those apart); people send it as
written, so it is kept after the ask in the person's own words instead of going as background. Only when
the person or the moment was typed apart (the practice flow); a draft of its own keeps the engine's policy.
"""

from __future__ import annotations

import re

from .checks import lower_words
from .fact_after import ask_end

_SENTENCE = re.compile(r"[^.?!\n]+(?:[.?!]+|$)")
_MAX_WORDS = 10
# openings that are no reason of the writer's: a reassurance, a thank-you, a way out, the reader's part
_NOT = re.compile(r"(?i)^\s*(?:maar\s+|en\s+)?(?:je|jij|u|ge|gij|jullie|geen|niet|zeg|laat|alvast|dank|bedankt|merci|thanks|"
                  r"sorry|excuus|groet|groetjes|liefs|doei|hoor|ok|oke|oké|mag|mocht|als|anders|want|trouwens|ps)\b")
_HEDGE = frozenset({"misschien", "mss", "hoor", "natuurlijk", "sorry", "beloofd", "graag", "erg", "vervelend", "lastig"})


def detail(draft: str, sentence: str, an) -> str:
    """The sentence to add after the result, or "": the note's last sentence, right after the ask,
    short, read by the engine as plain text ('tekst': no apology, burden, way out, state or thanks)."""
    at = ask_end(draft, sentence)
    if an is None or at < 0 or not draft[:at].rstrip().endswith("?"):
        return ""
    rest = [p for p in _SENTENCE.findall(draft[at:]) if p.strip()]
    if len(rest) != 1 or "?" in rest[0] or _NOT.match(rest[0]):
        return ""
    text = rest[0].strip().rstrip(".!").strip()
    words = lower_words(text)
    if not 2 < len(words) <= _MAX_WORDS or _HEDGE & set(words) or set(words) <= set(lower_words(sentence)):
        return ""
    said = " ".join(words)
    roles = [c.role for c in an.clauses if " ".join(lower_words(an.d.raw(c.a, c.b))) in said]
    if not roles or any(r != "tekst" for r in roles):
        return ""
    return text[:1].upper() + text[1:] + "."
