"""Two losses a sure result may not hide (contract point 3: durations and meaning-carrying
negations are kept):

- ``weg-duur``: a counted duration of the writer being away or somewhere ('Wij gaan 3 weken naar
  Canada.', 'ik lig twee weken in het ziekenhuis') is gone from the result: it says for how long
  the help is asked, said before the ask (after it, 'Want ik ga twee dagen naar Gent.', it is the
  reason and may go). Background durations stay droppable, as the corpus drops them: what has gone
  on ('al 3 dagen', 'de afgelopen twee weken', 'pas twee weken'), a clock time ('tot 6 uur',
  'om 8 uur'), 'de hele dag', 'een paar uur', an age ('van 3 maanden'), the writer's hours of work;
- ``weg-ontkenning``: the ask only says 'kijken' with nothing to look at ('Kunt ge morgen ne keer
  komen kijken?') and the sentence right before it, which said with a negation what is wrong ('Mijn
  verwarming doet het weer ni.'), went as a whole. With an object in the ask ('naar mijn tablet
  kijken', 'de chauffagist sturen') the corpus drops such a sentence, and so may the engine.

- ``weg-tijdstip``: the writer's own hand-over time ('ik breng haar om 8u', 'we zetten hem om 9 uur
  af'; not 'ik moet hem om 7u naar de crèche brengen', a reason elsewhere) is gone while the result has only a day: when the help starts (vouch.py counts a lone clock
  time next to a day as background, 'ik werk tot 14u'; a hand-over is no background).

All three only add a doubt; nothing is moved into the result here.
"""

from __future__ import annotations

import re

from .checks import lower_words
from .wordsets import NEGATIONS

_NEG = NEGATIONS | {"nt", "gene", "nx", "niemand"}
_WRAPPED = frozenset({"wrap", "groet", "afsluiting"})



_COUNT = re.compile(r"^(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien|anderhalve?)$")
_BEFORE = frozenset({"al", "sinds", "afgelopen", "pas", "nog", "voor", "tot", "om", "na", "vanaf", "van", "extra",
                     "over", "binnen", "laatste", "vorige"})
_AWAY = frozenset({"gaan", "ga", "gaat", "vertrek", "vertrekken", "vertrekt", "weg", "lig", "liggen", "zit", "zitten",
                   "ben", "zijn", "verblijf", "verblijven", "blijf", "blijven", "opgenomen"})


def lost_duration(an, sentence: str) -> bool:
    d = an.d
    have = " ".join(lower_words(sentence))
    ask = next((c.sent for c in an.clauses if c.role == "vraag"), None)
    for i0, i1 in an.durations:
        words = lower_words(d.raw(i0, i1))
        if not words or not _COUNT.match(words[0]) or " ".join(words) in have:
            continue
        if i0 > 0 and d.word(i0 - 1) in _BEFORE:
            continue
        c = next((c for c in an.clauses if c.a <= i0 < c.b), None)
        if c is None or c.role in _WRAPPED or c.role == "vraag" or ask is None or c.sent >= ask:
            continue  # after the ask ('Want ik ga twee dagen naar Gent.') it is the reason, and may go
        if _AWAY & {d.word(i) for i in d.content(c.a, c.b)} and not _wrapped(an, c):
            return True
    return False


_BARE_LOOK = re.compile(r"(?i)^(?:[^,?]+,\s*)?(?:kun|kan|kunt|wil|wilt)\s+(?:je|jij|u|ge|gij)\s+"
                        r"(?:[^\s?,]+\s+){0,4}?(?:komen\s+)?kijken\s*[?,]")


def lost_negation(an, sentence: str) -> bool:
    d = an.d
    if not _BARE_LOOK.match(sentence) or re.search(r"(?i)\b(?:naar|of|wat|waarom)\b", sentence.split("?")[0]):
        return False
    asks = [c for c in an.clauses if c.role == "vraag"]
    if not asks:
        return False
    ask_sent = asks[0].sent
    kept = set(lower_words(sentence))
    for c in an.clauses:
        if c.sent != ask_sent - 1 or c.role not in ("tekst", "staat"):
            continue
        words = [d.word(i) for i in d.content(c.a, c.b)]
        if not _NEG & set(words) or len(words) < 4:
            continue
        if _wrapped(an, c):
            continue
        content = [w for w in words if len(w) > 3 and w not in _NEG]
        if content and not any(w in kept for w in content):
            return True
    return False


def _wrapped(an, c) -> bool:
    return any(an.cover.get(i, set()) & {"excuus", "last", "uitweg", "aanloop"} for i in range(c.a, c.b))


_HAND_OVER = frozenset({"breng", "brengen", "zet", "zetten", "drop", "droppen", "kom", "komen", "lever", "leveren"})


def lost_hand_over(an, sentence: str) -> bool:
    d = an.d
    have = " ".join(lower_words(sentence))
    for i0, i1 in an.moments:
        raw = d.raw(i0, i1)
        if not any(ch.isdigit() for ch in raw) or " ".join(lower_words(raw)) in have:
            continue
        c = next((c for c in an.clauses if c.a <= i0 < c.b), None)
        if c is None or c.role in _WRAPPED or c.role == "vraag" or _wrapped(an, c):
            continue
        words = {d.word(i) for i in d.content(c.a, c.b)}
        if words & {"moet", "moeten", "moest", "naar"}:
            continue  # 'Ik moet de kleine om 7u naar de crèche brengen': a reason elsewhere, no hand-over
        if words & {"ik", "'k", "k", "we", "wij"} and words & _HAND_OVER:
            return True
    return False
