"""Which of two asks is the main one, and which question asks nothing (issue 12 point 5; round 34, k34d).

- The draft may say, in the sentence before an ask, closed by a colon, that the ask coming is the one that matters: 'mr eigenlijk is
  dit het belangrijkste: … kunt gij mij brengen?', 'PS en nog iets belangrijkers: … zou jij …', 'maar waar ik
  eigenlijk voor app: …'. and_ask.py reads such a mark in the ask's own sentence; here the mark stands in a sentence
  of its own before it, with no ask in between. Exactly one ask so marked: that one is the main request.
- A question that compares the reader with others ('wie kan dat nou beter dan jij?') or grumbles about someone
  ('wie verzint het om …?') asks nothing of the reader: it is never a request, main or second.
"""

from __future__ import annotations

import re

from .segment import head

_MARKS = frozenset({"belangrijkste", "belangrijker", "belangrijkers", "belangrijks", "dringendste", "dringender",
                    "hoofdvraag", "hoofdzaak", "voornaamste", "vooral"})
_WHY_WRITING = re.compile(r"\bwaar(?:om)? ik (?:eigenlijk |nu |vooral )?(?:voor )?(?:app|bel|schrijf|mail|sms|kom)\b")
_COMPARE = frozenset({"jij", "jou", "u", "gij", "ge", "jullie"})
_GRUMBLE = frozenset({"verzint", "bedenkt", "verzon", "bedacht", "verzinnen", "bedenken"})


def _words(d, a: int, b: int) -> list[str]:
    return [d.word(i) for i in range(a, b) if d.is_word(i)]


def _lead(an, group, groups: list[list]) -> tuple[int, int]:
    """The tokens from the end of the ask before this one (or the draft's start) up to the ask's own sentence."""
    start = an.d.sentences[group[0].sent][0]
    before = [g[-1].b for g in groups if g is not group and g[-1].b <= start]
    return max(before, default=0), start


def marked_before(an, group, groups: list[list]) -> bool:
    """A mark of what matters most, closed by a colon ('het belangrijkste:', 'waar ik eigenlijk voor app:'), between
    the ask before and this ask's sentence; without the colon it may be about anything ('Het belangrijkste is …')."""
    d = an.d
    a, b = _lead(an, group, groups)
    for colon in (i for i in range(a, b) if d.tok_text(i) == ":"):
        words = _words(d, a, colon)[-6:]
        if _MARKS & set(words[-3:]) or _WHY_WRITING.search(" ".join(words)):
            return True
    return False


def main_marked(an, groups: list[list], main: list) -> list:
    """The one request the sentence before it marks as the one that matters, else main (hook in groups.choose)."""
    if main is None or len(groups) < 2:
        return main
    marked = [g for g in groups if head(g) is not None and marked_before(an, g, groups)]
    return marked[0] if len(marked) == 1 else main


def rhetorical(an, group) -> bool:
    """A 'wie' question that compares the reader ('… beter dan jij?') or grumbles ('wie verzint het om …?')."""
    d = an.d
    a, b = d.sentences[group[0].sent]
    words = _words(d, a, b)
    if "wie" not in words[:3]:
        return False
    after = words[words.index("wie") + 1:]
    compares = any(w == "dan" and k + 1 < len(after) and after[k + 1] in _COMPARE for k, w in enumerate(after))
    raw = [d.tok_text(i).lower() for i in range(a, b) if d.is_word(i)]  # 'bedenkt' as typed (the reading may spell it over)
    return compares or bool(_GRUMBLE & set(raw[words.index("wie") + 1:][:2]))


def asking(an, groups: list[list]) -> list[list]:
    """The groups without the rhetorical questions; all of them when nothing else is left (hook in groups.choose)."""
    kept = [g for g in groups if not rhetorical(an, g)]
    return kept or groups
