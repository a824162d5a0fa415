"""The practice flow: one short sentence right after the ask that says why, kept after it.

In `oefen` the person types their own ask and often one plain sentence after it (or run on after it) that the person asked
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

_MAX_WORDS = 10
_CLOSING = frozenset({"groet", "afsluiting", "leeg"})  # a sign-off after the reason ('Groetjes', 'Dank je!')
# openings that are no reason of the writer's: a reassurance, a thank-you, a way out, the reader's part
_NOT = re.compile(r"(?i)^\s*(?:maar\s+|en\s+)?(?:je|jij|u|ge|gij|jullie|geen|niet|zeg|laat|alvast|dank|bedankt|merci|thanks|"
                  r"sorry|excuus|groet|groetjes|liefs|doei|hoor|ok|oke|oké|mag|mocht|als|anders|want|trouwens|ps)\b")
# words of a sentence that is the writer's worry or a softener, not a reason the person asked needs: 'Maar hij
# heeft het zelf al zo druk.', 'Ik weet dat hij krap zit.', 'Ik durf er niks van te zeggen.', 'Het mag ook kort.',
# 'Ik wil haar niet overvallen.', 'Ik wil je niet tot last zijn.', 'Dat zou ik leuk vinden.'; and two things joined by 'en' ('Ik heb examen en papa heeft geen geduld.')
_HEDGE = frozenset({"misschien", "mss", "hoor", "natuurlijk", "sorry", "beloofd", "graag", "erg", "vervelend", "lastig",
                    "maar", "ma", "en", "vast", "toch", "zeker", "eigenlijk", "weet", "denk", "vind", "durf", "durft",
                    "mag", "hoeft", "hoef", "haar", "hem", "'m", "uiteraard", "zou", "leuk", "fijn", "last", "je", "jou",
                    "jij", "u", "ge", "gij", "jullie"})


def detail(draft: str, sentence: str, an) -> str:
    """The sentence to add after the result, or "": the note's last clause, right after the ask (its own
    sentence, or run on without a stop: '… met die nieuwe telefoon ik kan er niet mee bellen'), short,
    read by the engine as plain text ('tekst': no apology, burden, way out, state or thanks)."""
    if an is None or ask_end(draft, sentence) < 0:
        return ""
    asks = [k for k, c in enumerate(an.clauses) if c.role == "vraag"]
    after = [c for c in an.clauses[asks[-1] + 1:] if c.role not in _CLOSING] if asks else []
    if len(after) != 1 or after[0] is not an.clauses[asks[-1] + 1]:
        return ""
    ask, last = an.clauses[asks[-1]], after[0]
    text = an.d.raw(last.a, last.b).strip().rstrip(".!").strip()
    between = an.d.text[an.d.toks[ask.b - 1].end: an.d.toks[last.a].start]
    words = lower_words(text)
    if last.role != "tekst" or "?" in an.d.raw(last.a, last.b) or _NOT.match(text) or "," in between:
        return ""
    if not 2 < len(words) <= _MAX_WORDS or _HEDGE & set(words) or set(words) <= set(lower_words(sentence)):
        return ""
    return text[:1].upper() + text[1:] + "."
