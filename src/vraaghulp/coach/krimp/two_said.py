"""A draft that is one plain sentence and the question after it: the not-sure offer keeps both (round 52, k52a).

'Jelle, met pa gaat het niet goed. Kun je zaterdag naar huis komen?', 'Said, mijn rolluik zit vast. Kunt ge vanavond
na sluitingstijd komen helpen?', 'Ik ben doof en kan niet bellen. Kunt u mij sms'en als de uitslag er is?': contract
point 8 ("an ask that is already good, including state + ask, stays as it is") and point 6 (the not-sure offer is the
writer's own request with only the surely removable parts cut). The engine cut the first sentence as background and
then was not sure; the outside golds keep it.

Counted first (tools/krimp_offer_keep.py, README "Round 52 (k52a)"): over the not-sure offers of the outside files
every kind of dropped sentence beside the ask is kept by some golds and dropped by others, and every broader put-back
loses more than it wins (a sentence right before the ask: +140 / -459; a problem or state anywhere: +43 / -148; a
short draft, every content sentence: +40 / -127). The one shape that held on the older and the recent files alike:
a draft of exactly two sentences, the plain statement first and the question second (+9 / -1, recent +1 / -0 before
the padding exclusions below).

The rule, on the not-sure offer only (a sure result is never touched, a put-back result stays not sure), in a draft
that is no crisis: the draft is two sentences (lone_statement.split), the second holds the only question mark, the
first is dropped by the offer (fewer than half its content words shown), 3 to 16 words once a greeting and the name
before a comma are cut, plain (before_ask.plain_fact: no apology, hedge, word to the reader or question), holds no
text the engine named as padding (an apology, burden, a fear, a way out, a lead-in …), is none of lone_statement's
`left_out` kinds (a way out, thanks, a list, the writer's work beside an ask that says when), and is no identity line
('u spreekt met …', 'hier is …'). It goes back in front of the question, after the name; a piece of it the offer kept
in front ('Ik ben op.' of 'Ik ben op, ik heb drie nachten ni geslapen.') is replaced by the whole sentence.
"""

from __future__ import annotations

import re

from .before_ask import mostly_shown, plain_fact
from .checks import lower_words, text_words
from .lone_statement import left_out, split
from .state_before import kept

ON = False  # off: older tests of rounds 4–44 assert the opposite (README "Round 52 (k52a)"); tests and --bereik switch it on
PADDING = frozenset({"groet", "afsluiting", "afzwakker", "excuus", "uitweg", "aanloop", "last", "angst", "oordeel",
                     "dank", "label", "meer-vragen"})
_MIN_WORDS, _MAX_WORDS = 3, 16
_GREET = re.compile(r"(?i)^(?:hoi|hallo|hey|hee|hei|hi|yo|dag|beste|lieve|goeiemorgen|goedemorgen|goedemiddag"
                    r"|goedenavond|goeiemiddag|goeiedag|goedendag|allo)\b[^,.!?]{0,30}[,!]\s*")
# not a plain fact after all: the asking itself ('ik heb het gevoel dat ik altijd om hulp vraag'), a consequence chain
# ('…, dus ik kom later thuis'), chat small talk ('lekker weer vandaag he', 'wollah', 'haha'), an emoji or aside, a
# judgement or wish ('ik heb geen zin om te koken', '… met veel plezier', 'super trots op haar')
_NOT_KEPT = re.compile(r"(?i)\b(?:vraag|vragen|vroeg|gevraagd|hulp|dus|he|hè|hé|wollah|haha|hihi|lol|quick|question"
                       r"|trouwens|eigenlijk|zin|plezier|trots)\b|[\U0001F000-\U0001FAFF\u2600-\u27BF]")
# a first word that takes no capital after the name's comma ('Sven, tijdens de meeting …')
_LOWER_FIRST = frozenset({"tijdens", "sinds", "gisteren", "vandaag", "vanochtend", "vanmorgen", "vannacht", "vorige",
                          "volgende", "door", "na", "op", "in", "bij", "deze", "dit", "dat", "morgen", "ik", "het", "de",
                          "een", "mijn", "ons", "onze", "er", "we", "wij", "omdat", "als", "toen", "vorig", "elke"})
_IDENT = re.compile(r"(?i)\b(?:spreekt\s+met|mijn\s+naam\s+is|hier\s+is|met\s+mij|'t\s+is\s+\w+$|geboren|geb\.)")
_SENT = re.compile(r"(?<=[.?!])\s+")


def statement(draft: str, name: str = "") -> str:
    """The first of a two-sentence draft whose second holds the only question, without a greeting and the name in
    front, without its closing mark; '' for any other draft."""
    parts = split(draft)
    if len(parts) != 2 or "?" in parts[0] or "?" not in parts[1] or "\n" in draft.strip():
        return ""
    said = _GREET.sub("", parts[0].strip(), count=1).strip()
    for _ in range(2):  # 'Mam, mam ik wil …': the name said twice
        said = said[len(name):].lstrip(" ,") if name and re.match(rf"(?i){re.escape(name)}\b", said) else said
    return said.rstrip(" .!")


def _padded(said: str, found) -> bool:
    """The engine named part of the sentence as padding (found: its (rank, Finding) pairs)."""
    have = " ".join(text_words(said))
    for _, f in found:
        words = " ".join(text_words(f.text))
        if f.kind in PADDING and words and words in have:
            return True
    return False


def fits(said: str, found, ask: str = "") -> bool:
    """A plain statement to keep: 3 to 16 words, no padding (named or by word), none of lone_statement.left_out's
    kinds (a way out, thanks, a list, the writer's work beside a timed ask …), no identity line, none of `_NOT_KEPT`."""
    n = len(lower_words(said))
    return (_MIN_WORDS <= n <= _MAX_WORDS and plain_fact(said, []) and not _IDENT.search(said)
            and not _NOT_KEPT.search(said) and not _padded(said, found) and not left_out(said, ask))


def _echoed(said: str, sentence: str) -> bool:
    """The offer already says part of it: a figure of it ('wij verhuizen op zaterdag 21 juni' before '… op zaterdag
    21 juni om 9u helpen …?') or three of its words in a row ('de boeken van de bib')."""
    if set(re.findall(r"\d+", said)) & set(re.findall(r"\d+", sentence)):
        return True
    words, have = text_words(said), " ".join(text_words(sentence))
    return any(" ".join(words[k:k + 3]) in have for k in range(len(words) - 2))


def _without_piece(sentence: str, name: str, said: str) -> str:
    """The offer without a sentence before its question that is only a piece of `said` (its words all in it)."""
    lead = f"{name}, " if name and sentence.startswith(name + ", ") else ""
    parts = [p for p in _SENT.split(sentence[len(lead):].strip()) if p]
    q = next((i for i, p in enumerate(parts) if p.endswith("?")), None)
    if not q:
        return sentence
    have = set(text_words(said))
    front = [p for p in parts[:q] if not set(text_words(p)) <= have]
    if len(front) == q:
        return sentence
    return lead + " ".join(front + parts[q:])


def offer(draft: str, sentence: str, name: str, found) -> tuple[str, str]:
    """The not-sure offer with the statement of a two-sentence draft back in front: (offer, the sentence put back or
    '')."""
    said = statement(draft, name) if ON else ""
    if not said or mostly_shown(said, sentence) or not fits(said, found, split(draft)[1]) or "?" not in sentence:
        return sentence, ""
    rest = _without_piece(sentence, name, said)
    if _echoed(said, rest):
        return sentence, ""
    first = said.split()[0]
    said = said[:1].lower() + said[1:] if name and first.lower() in _LOWER_FIRST else said
    return kept(rest, name, said), said


def after(out, draft: str, sentence: str, sure: bool, taken: tuple) -> tuple[str, bool, list[str]]:
    """The end of shrink._offered: (offer, sure, the pieces put back). Only a not-sure offer of a draft that is no
    crisis, to which no other rule put a sentence back (`taken`), gets the statement (`offer`)."""
    kept_back = [p for p in taken if p]
    if sure or out.crisis or kept_back:
        return sentence, sure, kept_back
    sentence, said = offer(draft, sentence, out.name, out.found)
    return sentence, sure, [said] if said else []
