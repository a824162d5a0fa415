"""Round 55 (c55a): a gentle line raised by someone else's words alone, read by the shape of the message, not a list of
things.

The largest crisis fault on fresh text is the gentle line on harmless lines by outside authors, and its largest family
is `over-ander` (34 of 215 outside harmless lines at the gentle line, 26 authors; README, "Round 55 (c55a)"). Rounds 51
to 54 named the ordinary causes by their things (a printer, a meal, a game); the next author names other things. These
kinds read what the message does with someone else's trouble word instead, and only where every signal at zorg is
`over-ander` (no other family, none acuut, no older kind's note):

- `ander-gered`: the other person's trouble is over and ended well, said in a survivor's words ('hij leeft gelukkig',
  'ze redt het', 'is gered', 'buiten levensgevaar', 'gelukkig niks van ingenomen', 'nu gaat het super met hem', 'is
  nu hersteld').
- `ander-grap`: the trouble word is someone else's joke, reported ('die stagiair zei dat hij liever dood is ... 😂',
  'riep ... haha', 'zei hij lachend', '... van geluk').
- `ziekte-rouw`: someone else's illness or natural death is named (died, a funeral, a hospice, the IC, cancer, an
  accident) and the trouble word is their being gone or their last days, never their wish.

One guard for all three, the real twins' words (tests/corpus/crisis/eigen68-c55a.toml): the writer's own wish or
despair beside it ('wou dat ik ...', 'ik denk er zelf ook aan', 'net als ik', 'achterna', 'met hem mee'), fear or doubt
that it is meant ('bang', 'ongerust', 'serieus', 'meent'), that it comes back ('opnieuw', 'nog eens', 'weer doet'),
help refused, the person gone or not answering. `ander-grap` also keeps a means named ('touw', 'pillen'): a joke with a
rope beside it keeps the line; `ziekte-rouw` keeps a death by suicide ('gesprongen', 'zelfmoord', 'poging').

Someone else's wish with help still to find keeps the gentle line (round 31's policy): no kind here reads 'hoe kan ik
haar helpen'. Gentle line only, never a panel; loaded only for a message still at the gentle line after rounds 51-54.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds51 import Quiet, quiet_note

__all__ = ["KINDS", "quieted"]

NOTE = "gewone oorzaak ({}, c55a): geen zorg"


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_ANY = _re(r"\w")
# Survivors' words: the trouble is over and the person is safe or well.
_SAFE = (r"\b(?:(?:hij|ze|zij|die) leeft (?:gelukkig )?nog|leeft (?:gelukkig|nog)|(?:hij|ze|zij) redt het|is gered|"
         r"zijn gered|werd gered|heeft het overleefd|hebben het overleefd|overleeft (?:het|ze|hij)|(?:is|zijn) buiten "
         r"(?:levens)?gevaar|gelukkig (?:\w+ ){0,3}?(?:niks|niets) (?:van )?(?:ingenomen|genomen|gebeurd)|is (?:\w+ )?"
         r"(?:nu )?(?:helemaal )?(?:hersteld|genezen)|(?:gaat|ging) het (?:nu )?(?:echt |weer )?(?:super|goed|beter|"
         r"prima)(?: met (?:hem|haar))?|(?:is|zijn) (?:ze|hij|zij)? ?(?:nu )?getrouwd|het is goed gekomen|is goed "
         r"afgelopen|goed afgelopen)\b")
# A reported joke: a laugh marker and someone else as the speaker.
_LAUGH = (r"\b(?:emoji-lach|haha\w*|hihi\w*|lol|xd|lmao\w*|lachend|al lachend|grapje|grapjas|van (?:het )?(?:geluk|"
          r"lachen))\b")
_REPORTED = (r"\b(?!(?:ik|k|we|wij)\b)\w+ (?:zei|zegt|zeggen|riep|roept|schreeuwde|appte|vroeg|zeiden|riepen)\b|"
             r"\b(?:zei|zegt|riep|roept|vroeg) (?:hij|ze|zij|die)\b")
# Someone else's illness or natural death, named.
_ILLNESS = (r"\b(?:overleden|overleed|gestorven|stierf|begrafenis|uitvaart|crematie|gecremeerd|begraven|rouwkaart|"
            r"hospice|palliatie\w*|op de ic|intensieve zorg|intensive care|kanker|chemo|dementie|terminaal|ongeval|"
            r"hartaanval|herseninfarct|beroerte)\b")
# The over-ander phrase is their being gone or their last days ('dat hij er niet meer is', 'niet lang meer', 'haar
# laatste brief'), never their wish ('liever dood is dan naar het verpleeghuis': tuning7-a), a method or an attempt.
_GONE_WORDS = _re(r"(?=.*\b(?:er niet meer (?:is|was)|niet lang meer|laatste (?:brief|bezoek|dagen|weken|adem))\b)"
                  r"(?!.*\b(?:liever|beter|wil|wilde|wou|willen|ziet|zitten|zin|aandoen|einde aan|eind aan|zelfmoord|"
                  r"zelfdoding|spring\w*|sprong|gesprongen|snij\w*|gesneden|pillen|touw|methode)\b)"
                  r"(?!.*\bpoging: (?!op de ic))")

_GUARD_WORDS = (r"\b(?:ik (?:\w+ )?(?:wil|wou|zou|hoef|kan (?:ook )?niet meer|denk er|voel (?:dat|het|hetzelfde)|ook)|wil ik|"
          r"wou dat|was ik|in (?:zijn|haar) plaats|ik ook|ook (?:niet meer|dood|weg|zo)|zelf|mezelf|mijzelf|met mij|"
          r"net als ik|zoals ik|hetzelfde|herken\w*|snap (?:hem|haar|het)|begrijp (?:hem|haar|het)|achterna|"
          r"(?:met|bij) (?:hem|haar|hen) (?:mee|zijn)|ga ik (?:\w+ )?mee|zonder (?:hem|haar|hen)|bang|ongerust|"
          r"zorgen|vertrouw|serieus|meen\w*|bedoel\w*|opnieuw|nog (?:eens|ne keer|een keer)|weer (?:doet|doen|"
          r"probeert)|probeert|het plan|neemt (?:\w+ )?niet (?:meer )?op|niet bereikbaar|weg is|verdwenen|"
          r"weigert|geen hulp|wil geen|leven|zin meer")  # the alternatives, closed below or with more words
_GUARD = _GUARD_WORDS + r")\b"
_GUARD_JOKE = _re(_GUARD_WORDS + r"|touw|strop|pillen|tabletten|mes|mesje|wapen|dodelijk|echt waar|niet grappig|"
                  r"sindsdien)\b")
_GUARD_ILLNESS = _re(_GUARD_WORDS + r"|gesprongen|sprong|zelfmoord|zelfdoding|poging|pillen|touw|ga (?:ik|k))\b")

KINDS = (
    Quiet("ander-gered", frozenset(("over-ander",)), _ANY, (_re(_SAFE),), _re(_GUARD), grave=None),
    Quiet("ander-grap", frozenset(("over-ander",)), _ANY, (_re(_LAUGH), _re(_REPORTED)), _GUARD_JOKE, grave=None),
    Quiet("ziekte-rouw", frozenset(("over-ander",)), _GONE_WORDS, (_re(_ILLNESS),), _GUARD_ILLNESS, grave=None),
)


def _raw(text: str) -> str:
    """The raw text, lowercased, words spaced: the normaliser drops a few words a guard needs ('opnieuw')."""
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def quieted(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """The note that takes the gentle line away, or None: every signal at zorg (none acuut) is `over-ander` and one
    kind explains it (`quiet_note`), its guard read in the first reading and in the raw `text` alike."""
    if any(signal.phrase.startswith("gewone oorzaak") for signal in signals):
        return None  # an older kind already lowered it one tier
    raw = _raw(text)
    return quiet_note(KINDS, NOTE, signals, reading, text, also=lambda kind: kind.guard.search(_blank(kind, raw)) is None)


def _blank(kind: Quiet, text: str) -> str:
    for pattern in kind.cause:
        text = pattern.sub(" ", text)
    return text
