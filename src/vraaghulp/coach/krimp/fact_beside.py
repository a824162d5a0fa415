"""A draft that is already good: one question and one short, tidy statement after it (round 27).

'Nele, mag ik dinsdag met u meerijden naar de kiné? Mijn auto staat in de garage.', 'Kevin, kan ik zaterdag
ruilen met Noor? Zij neemt mijn avonddienst en ik haar ochtenddienst.': the writer wrote the ask and the one fact
it leans on (the reason, which shifts are swapped) and nothing else. There is nothing to shrink, and the reader
needs the fact to answer; the engine dropped it as background and still said `zeker`.

The shape, all of it on the draft as typed (counted over the whole tuning part: README, round 27 k27a):

- the draft is exactly two sentences (a greeting line or a sign-off makes it a message with wrapping, not this);
- the first is a question the result keeps word for word (nothing was cut from it: no hedge, no apology);
- the second is a plain statement written with care: a capital first, a full stop last, three to eight words;
  no word for the reader in it ('Je hoeft niet …', 'Hij vindt jou …': about the reader, a way out or a compliment,
  not a fact), no chat laugh, and it does not open as a condition or a limit ('Als …', 'Alleen …', 'Maar …'),
  which other rules handle; it has a finite verb and no colon (a list of troubles is no statement); no negation
  and no 'anders' (what is not, or else, is weighed by meant_after/first_sight: kept or not sure there), no
  consequence opening with 'Dan …';
- it says what someone does or has ('Ik heb een afspraak …', 'Zij neemt …', 'Mijn auto staat …'), not what
  something is: a copula ('Mijn band is lek.', 'De mijne is kapot.', 'Mijn vlucht is om 7 uur.', 'Het kenteken is
  …') is the kind round 20 narrowed fact_kept.py to let go (tests/test_krimp_fact_kept.py), and an idiom ('staat op
  het punt') is no fact either;
- the engine reads it as plain text (every clause of role `tekst`), not as a state, a fear or a judgement of
  oneself ('Ik voel me een zeurpiet.', 'Ik ben bang dat ze boos wordt.': those go as before).

Then the statement is kept after the ask, as typed. Longer statements ('Ik heb om tien uur een afspraak bij de
tandarts.') are where the tuning authors mostly drop the reason: left to the engine.

Round 37 (k37a) counted this shape on the outside files (tuning-ho2*, -ho3*, tuning*-z*: tools/krimp_rests_on.py
--goed): of the 42 drafts that are a clean ask and one short tidy statement after it, the golds all keep the
statement in 40 (one splits, 'Mijn moeder moet naar het ziekenhuis.'; one drops a chat warning, 'Nie vergeten eh …').
A sure result dropped it ('Mijn fiets is gestolen.' z2-007, 'Mijn oma wordt 90.' h22b-002, 'Mijn voorraad is op.'
h22b-026, 'Mijn trein is afgeschaft.' h24b-050): a copula no longer keeps out a statement about the writer's own thing
or person (other news with a copula, 'Het gesprek is opgenomen.', still goes, as older tests have it). A negation
still keeps the statement out: the outside golds keep it ('Ze kunnen niet inloggen.', 'Ik heb die dag geen
vervoer.'), but a dozen older tests drop it ('Mijn rug laat da nie toe.', 'Eerder ben ik niet thuis.') and
meant_after/first_sight weigh it: left for the lead. Left out still, where the golds drop it: what the writer's own
one lacks beside an ask to borrow or use the reader's ('Mag ik jouw fiets lenen? Mijn band is lek.', the golds of
h32b-002, h33b-023, g-078), what is wrong with the thing the ask names ('… de printer bekijken? Hij doet het niet meer
sinds de update.': the outside golds drop it after the ask, 8 drafts to 3), a plan at a clock time ('Mijn vlucht is
om 7 uur.': the golds split, and need_beside.py withholds `zeker`), 'anders' (a consequence, other rules). And the
writer's own work ('Ik moet werken tot vijf.', reason_gone.py drops it beside an ask that says when): the golds split
on it in this very shape (z2-014 keeps it, the golds of the probes tuning35-k35f drop it), so the result is not sure
(`lost`, code `weg-goed`).
"""

from __future__ import annotations

import re

from .checks import lower_words, text_words
from .lexicon import lexicon
from .placed import IDIOM
from .reason_gone import is_reason
from .rests_on import shape_of

_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
_READER = frozenset({"je", "jij", "jou", "jouw", "u", "uw", "ge", "gij", "jullie", "julle", "ulle"})
_CHAT = frozenset({"haha", "hahaha", "hihi", "lol", "xd", "hoor", "he", "hé", "eh", "hè", "ofzo", "enzo"})
_OPENERS = frozenset({"en", "maar", "als", "alleen", "zeg", "dus", "want", "of", "dan", "daarna", "sorry", "dank",
                      "bedankt", "groetjes", "groeten"})
_NEGATIONS = frozenset({"niet", "ni", "nie", "geen", "gene", "nooit", "niemand", "niks", "niets", "anders"})
_COPULA = frozenset({"is", "zijn", "ben", "bent", "was", "waren", "wordt", "worden", "blijft"})
_MINE = frozenset({"mijn", "mn", "m'n", "onze", "ons"})  # 'Mijn fiets is gestolen.', 'Mijn oma wordt 90.'
_PLAN = re.compile(r"(?i)\b(?:is|zijn|was)\s+(?:pas\s+|al\s+)?om\s+\S")  # 'Mijn vlucht is om 7 uur.'
_BORROW = re.compile(r"(?i)\b(?:lenen|leen|uitlenen|gebruiken)\b")
_IT = frozenset({"hij", "ze", "zij", "het", "'t", "die", "dat"})
CODE = "weg-goed"
_MIN_WORDS, _MAX_WORDS = 3, 8
ACTIVE = True  # tools/krimp_fact_beside.py switches it off to count the engine without it


def detail(draft: str, sentence: str, plain: frozenset[tuple[str, ...]] | None = None) -> str:
    """The statement to keep after the ask ('Mijn auto staat in de garage.'), or "". `plain`: the sentences the
    engine reads as plain text, as their words (shrink._background); when given, only such a statement is kept (not
    a state, a fear or a judgement of oneself, which the engine reads otherwise)."""
    if not ACTIVE:
        return ""
    parts = [m.group(0).strip() for m in _SENTENCE.finditer(draft.strip()) if lower_words(m.group(0))]
    if len(parts) != 2 or "\n" in draft.strip():
        return ""
    ask, fact = parts
    if not ask.endswith("?") or not _untouched(ask, sentence) or not _tidy(fact):
        return ""
    if plain is not None and tuple(text_words(fact)) not in plain or _BORROW.search(ask) or is_reason(fact, ask):
        return ""  # 'Mag ik jouw fiets lenen? Mijn band is lek.'; 'Ik moet werken.' (reason_gone.py, `lost`)
    if lower_words(fact)[0] in _IT and shape_of(fact) == "kwijt":
        return ""  # '… de printer bekijken? Hij doet het niet meer sinds de update.': what is wrong with the thing asked about
    return fact if fact.lower() not in sentence.lower() else ""


def lost(draft: str, sentence: str) -> bool:
    """The draft is this shape and its statement is the writer's own work, which the result drops (see above)."""
    parts = [m.group(0).strip() for m in _SENTENCE.finditer(draft.strip()) if lower_words(m.group(0))]
    if not ACTIVE or len(parts) != 2 or "\n" in draft.strip() or not parts[0].endswith("?"):
        return False
    fact = parts[1]  # written with care, as the shape was counted ('Ik moet werken tot vijf.')
    if not fact[:1].isupper() or not fact.endswith(".") or not _MIN_WORDS <= len(lower_words(fact)) <= _MAX_WORDS:
        return False
    return is_reason(fact, parts[0]) and not set(lower_words(fact)) <= set(lower_words(sentence))


def _untouched(ask: str, sentence: str) -> bool:
    """The result is the draft's question, word for word (a name in front may be moved, nothing else)."""
    return lower_words(ask) == lower_words(sentence)


def _tidy(fact: str) -> bool:
    words = lower_words(fact)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not fact[:1].isupper() or not fact.endswith("."):
        return False
    if fact.endswith(("..", "?.")) or words[0] in _OPENERS:
        return False
    if _READER & set(words) or _CHAT & set(words) or _NEGATIONS & set(words) or ":" in fact:
        return False
    if _PLAN.search(fact) or IDIOM.search(fact):
        return False  # 'Mijn vlucht is om 7 uur.': the golds split, need_beside.py withholds `zeker`
    if _COPULA & set(words):
        return words[0] in _MINE  # what became of the writer's own ('Mijn trein is afgeschaft.'), no other news
    return _has_verb(words)  # 'Ziek, koorts en keelpijn.', 'Paniek hier: …': a list of troubles, no statement


def _has_verb(words: list[str]) -> bool:
    lex = lexicon()
    return any(w in lex.finite or w in lex.irregular or w in lex.state_verbs for w in words)
