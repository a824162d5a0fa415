"""A limit said in a sentence of its own after the ask, with a negation that carries meaning:
'Kunt ge morgen de kleine oppassen? Ze mag nx zoets.', '… helpen met de verrassing? Mor ge moogt da
aan niemand nie vertellen eh', '… ophalen van t feest? en ff nie toeteren voor de deur pls'.

Such a sentence says what the helper must not do; dropped, the request loses a condition the writer
meant (contract point 3). It is kept as typed, as a second sentence, when it is short and reads as a
limit on the helper:

- it starts with its negation ('Niet aanbellen.', 'En ff nie toeteren …', 'Maar geen volkoren.'), or
- a subject (the helper or who is helped) with 'mag/mogen/moogt' and a negation soon after
  ('Ze mag nx zoets', 'Ge moogt da aan niemand nie vertellen').

Three words at least, never a question ('Niet?'), never 'geen idee/tijd/…': a loose aside. 'moet(en)
niet' is left out: 'ge moet u ni haasten', 'ge moet niks oplossen' reassure, they limit nothing.

Never an escape hatch, apology or burden talk ('je hoeft niet meteen te antwoorden', 'niet boos bedoeld',
'geen stress als het ni lukt'): the piece is shrunk on its own, and kept only when nothing of it is a
wrapper. 'hoeft' is never a limit here: 'je hoeft niet …' is how a hatch begins.
"""

from __future__ import annotations

import re
from typing import Callable

from vraaghulp.coach.text import fold

from .checks import lower_words
from .cond_after import condition, trimmed
from .followup import PIECES  # a piece ends at a mark, a comma or an emoji

_NEG = r"(?:niet|nie|ni|nt|geen|gene|nooit|nx|niks|niets|niemand|nergens)"
_FRONT = re.compile(rf"(?i)^\s*(?:(?:en|maar|mor|ma|of)\s+)?(?:(?:ff|even|efkes|wel)\s+)?{_NEG}\b")
_MODAL = re.compile(r"(?i)^\s*(?:(?:en|maar|mor|ma)\s+)?(?:ze|zij|hij|ge|gij|je|jij|u|jullie|die|het|'t"
                    r"|(?:de|het|die|deze|onze|mijn|m'n|mn)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+"  # 'De fietsen mogen níet …'
                    r"(?:mag|mogen|moogt|meugt)\b((?:\s+\S+){0,4})")
# A thing and its negation, nothing more: 'de brieven ni', 'De cactussen niet', 'de blauwe zak ni' (not 'de bus rijdt ni').
_BARE = re.compile(r"(?i)^\s*(?:(?:en|maar|mor|ma|mr)\s+)?(?:de|het|die|deze|mijn|onze|m'n|mn)\s+(?:[^\W\d_]+e\s+)?"
                   r"[^\W\d_]+\s+(?:niet|ni|nie|nt)\s*$")
# What the things must or may do instead, right after the limit: '…, die moeten naar de schuur'.
_INSTEAD = re.compile(r"(?i)^\s*(?:(?:en|maar|mor|ma)\s+)?(?:die|ze|deze|dat|da)\s+(?:moeten|moet|mogen|mag|horen|hoort|gaan)\b")
_NEG_WORD = re.compile(rf"(?i)\b{_NEG}\b")
# Tags and chat please end the limit; what follows them ('pls das zo awkward') is the writer's aside.
_TAIL = re.compile(r"(?i)\s+(?:pls|plz|please|aub|alsjeblieft|alstublieft|svp|hoor|eh|he|hé|hè|hoe|h[eè]h)\b.*$")
_ASIDE = re.compile(r"(?i)\b(?:sorry|sry|excuus|excuses|lukt|lukken|stress|probleem|erg|boos|bedoeld|kwalijk|"
                    r"last|storen|derangeren|lastig|druk|hoeft|hoef|moeite|snel|meteen|direct|antwoorden|reageren)\b")
_MAX_WORDS = 10
_LOOSE = re.compile(r"(?i)^\s*(?:(?:en|maar|mor|of)\s+)?(?:geen|gene)\s+(?:idee|tijd|zin|goesting|probleem|stress|haast)\b")



def _limit(piece: str) -> str:
    """The limit in this piece as it would be sent, or ""."""
    if piece.strip().endswith("?"):
        return ""
    text = trimmed(_TAIL.sub("", piece.strip().rstrip(".!?").strip()))  # '… ni in | en de back-up …' (cond_after.py)
    if not text or _ASIDE.search(text) or _LOOSE.match(text) or not 3 <= len(lower_words(text)) <= _MAX_WORDS:
        return ""
    modal = _MODAL.match(text)
    if not (_FRONT.match(text) or modal and _NEG_WORD.search(fold(modal.group(1))) or _BARE.match(text) or condition(text)):
        return ""
    return text[:1].upper() + text[1:] + "."


def limit_after(draft: str, sentence: str, shrunk: Callable[[str], object], besides: str = "", an=None) -> str:
    """The limit to add after the result, or "". ``shrunk`` shrinks a piece on its own (its
    ``analysis`` tells whether any of it is a wrapper); ``besides``: what else is added after it;
    ``an``: the analysis of ``draft``, whose 'extra' clauses are requests of their own ('En niet meer
    met de scooter over de dijk.': another ask, offered apart), never a limit."""
    if "?" not in sentence or "\n" in sentence:  # a state may follow the ask ('… koken? Ik ben kapot.')
        return ""
    q = draft.find("?")
    if q < 0:
        return ""
    if _has_limit(sentence.split("?", 1)[1]):
        return ""  # a limit already follows the ask ('… vissen? Niet heel vroeg.'): one is enough
    kept = set(lower_words(f"{sentence} {besides}"))
    for piece in PIECES.finditer(draft, q + 1):
        said = _limit(piece.group(0))
        if not said or set(lower_words(said)) <= kept:
            continue
        if _another_ask(an, piece.start(), piece.end()) or _wrapped(shrunk(said)):
            continue
        return _with_instead(draft, piece.end(), said)
    return ""


def _with_instead(draft: str, end: int, said: str) -> str:
    """The limit with what the things must do instead when that follows it in the same sentence ('De fietsen mogen
    níet in de tuin, die moeten naar de schuur.'), or the limit alone."""
    if not _MODAL.match(said) or draft[end:end + 1] != ",":
        return said
    nxt = PIECES.match(draft, end + 1)
    text = nxt.group(0).strip().rstrip(".!") if nxt else ""
    if not _INSTEAD.match(text) or _ASIDE.search(text) or not 3 <= len(lower_words(text)) <= 8 or "?" in text:
        return said
    return f"{said.rstrip('.')}, {text[:1].lower()}{text[1:]}."


def _has_limit(tail: str) -> bool:
    pieces = [piece.group(0).strip() for piece in PIECES.finditer(tail)]
    return any(_limit(p) or _FRONT.match(p) or condition(p) for p in pieces)  # 'Geen rode.' too


def _wrapped(out: object) -> bool:
    an = getattr(out, "analysis", None)
    return an is None or any(c.role in ("wrap", "afsluiting", "groet") for c in an.clauses)


def _another_ask(an, start: int, end: int) -> bool:
    if an is None:
        return False
    toks = an.d.toks
    return any((c.role == "extra" or c.a in an.__dict__.get("hushed", ())) and c.a < len(toks) and toks[c.a].start < end and toks[max(c.b - 1, c.a)].end > start
               for c in an.clauses)
