"""Step 4 of the crisis check, the sentence around a phrase signal: what makes it ordinary, ambiguous or a
character's (`_in_context`), a story told ("een film over een man die ..."), an act a character does that the writer
takes over ("dat ga ik ook doen"), a meeting ahead that is none, a relative wished for who lives. Used by `weigh`.

Round 47 (s47): split from `weigh`. Compiling a module from source (an install without .pyc files) briefly takes some
60 times its size in memory, and the largest such module set the peak of a `log --zoek` on such an install; two
halves of that size do not. Standard library only.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.concepts import MEETING_AHEAD, Hit
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.laugh import ORDINARY_NOTE as _ORDINARY_NOTE
from vraaghulp.coach.crisis.phrase_owner import FICTION

_CALM = "plotse-rust"  # a sudden calm alone is zorg, but not with plans with others ahead (PLANS_AHEAD)


def _stories(sentences: list[str], first_person: frozenset[str]) -> set[int]:
    """The sentences that tell what a story, sermon or programme is about (`audience.story_subject`, the
    same test as for phrase signals and concept rules): what is wanted there is the character's."""
    found: set[int] = set()
    for n, sentence in enumerate(sentences):
        if " die " not in sentence:  # round 33 (c33s): no "die", no story (and `audience` stays unloaded)
            continue
        from vraaghulp.coach.crisis.audience import BARRIER_WORDS, story_subject

        these = sentence.split()
        for i, word in enumerate(these):
            if word == "die" and story_subject(these, i, first_person, BARRIER_WORDS):
                found.add(n)
    return found


def _calm_as_hint(signal: Signal) -> Signal:
    """A sudden calm (zorg) in a message with plans with others ahead is recovery: only a hint."""
    if signal.family == _CALM and signal.level == "zorg":
        return Signal(signal.family, "hint", signal.phrase)
    return signal


# Words that make a farewell phrase final whatever else the message says: "afscheid van het
# leven", "voorgoed", "dit is het laatste wat je van me hoort", "als je dit leest".
_FINAL_FAREWELL = frozenset((
    "voorgoed", "altijd", "leven", "wereld", "hemel", "overkant", "hiernamaals", "laatste", "allerlaatste", "genoeg",
    "gevochten", "gestreden", "leest", "lezen", "hoort", "horen", "nooit", "lang", "moe",
))


def _weak_farewell_as_hint(signal: Signal) -> Signal:
    """An acute farewell phrase made only of ordinary words ("vaarwel allemaal", "afscheid van
    jullie allemaal") in a message that names a meeting ahead is an ordinary goodbye: a hint."""
    if signal.family != "afscheid" or signal.level != "acuut":
        return signal
    words = signal.phrase.split()
    if any(w in _FINAL_FAREWELL or w.startswith("afscheids") for w in words):
        return signal
    return Signal(signal.family, "hint", signal.phrase)


# A meeting ahead that is none: "we zien elkaar nooit meer", "tot ziens in de hemel", "ik kom
# niet meer terug". Such words inside the hit, or just before or after it, drop it.
_NO_MEETING = frozenset(("nooit", "nimmer", "niet", "nie", "hemel", "overkant", "daarboven", "hiernamaals", "leven",
                         "andere", "hierna", "ooit", "wereld"))
_NO_MEETING_INSIDE = _NO_MEETING - {"niet"}  # "niet voor altijd", "geen vaarwel" are the form itself
_NEVER_AFTER = "nooit-meer-daarna"  # "morgen kom ik niet, en daarna ook nooit meer": no meeting ahead
_NEVER_AFTER_REACH = 12  # how many words after a meeting ahead a "never again" still denies it


def _real_meetings(words: list[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the meetings ahead that are denied or lie beyond death (`_NO_MEETING`)."""
    def denied(hit: Hit) -> bool:
        inside = words[hit.start : hit.end]
        around = words[max(0, hit.start - 2) : hit.start] + words[hit.end : hit.end + 4]
        return (any(w in _NO_MEETING_INSIDE for w in inside) or any(w in _NO_MEETING for w in around)
                or any(0 <= other.start - hit.start <= _NEVER_AFTER_REACH for other in never_after))

    never_after = [hit for hit in hits if hit.name == _NEVER_AFTER]
    return [hit for hit in hits if hit.name != MEETING_AHEAD or not denied(hit)]


# Wanting to be with a relative is joining the dead only when that relative is the one who
# died: "opa is begraven, nu wil ik vooral bij oma zijn" is grief and comfort (zorg at most).
_RELATIVES = frozenset((
    "oma", "opa", "mama", "papa", "mam", "pap", "ma", "pa", "moeder", "vader", "moeke", "vake", "bomma",
    "bompa", "meme", "pepe", "opoe", "tante", "oom", "broer", "zus", "zusje", "broertje", "zoon", "dochter",
))
_DEATH_WORDS = frozenset(("overleden", "gestorven", "dood", "begraven", "gecremeerd", "overlijden", "heengegaan"))
_WISHED = re.compile(r"\bbij (?:mijn |mn |m'n )?(\w+) (?:te )?zijn\b")


def _living_wished(signals: list[Signal], words: list[str]) -> list[Signal]:
    """An acute 'bij-overledene' signal becomes zorg when the relative wished for is not the one who died."""
    if not any(s.family == "bij-overledene" and s.level == "acuut" for s in signals):
        return signals
    dead = {words[j] for i, word in enumerate(words) if word in _DEATH_WORDS
            for j in range(max(0, i - 4), i) if words[j] in _RELATIVES}
    if not dead:
        return signals
    out = []
    for signal in signals:
        wished = {m.group(1) for m in _WISHED.finditer(signal.phrase)} & _RELATIVES
        if signal.family == "bij-overledene" and signal.level == "acuut" and wished and not wished & dead:
            signal = signal._replace(level="zorg", phrase=f"{signal.phrase} (een ander is overleden, {'/'.join(sorted(wished))} leeft)")
        out.append(signal)
    return out


_NAMED_TOPIC = re.compile(r"zelfmoord|zelfdoding|suicid")
_ASSIGNED = "schoolopdracht"  # reading or watching something for school
# The writer takes what a character does for themself: "dat ga ik ook doen", "ik wil dat ook" (every
# alternative needs "ook": a sentence without it is not searched).
_IMITATE_SOURCE = (r"\b(?:ga|wil|doe|zal)\s+(?:ik|'k|k)\s+ook\b{bare}"
                   r"|\b(?:ik|'k|k)\s+(?:ga|wil|doe|zal)\s+(?:\w+\s+){{0,2}}ook\b{bare}"
                   r"|\book\s+(?:te\s+)?(?:doen|proberen)\b"  # round 36 (c36): "om het ook te doen"
                   # round 19 (rv19c): "ik denk dat ik dat ook wil doen", "dat ik het ook wil"
                   r"|\b(?:ik|'k|k)\s+(?:dat|het|dit|zoiets)\s+ook\s+(?:wil|wou|ga|zal|zou)\b")
_IMITATE = re.compile(_IMITATE_SOURCE.format(bare=""))
# Round 46 (c46z): a bare refusal "ik wil ook niet meer" (had enough to eat, done with a game) takes no act over
# ("ik wil ook niet meer leven" still does) -- but only where the message names no death, suicide, self-harm or means
# anywhere (c46z2: "in die serie snijdt ze haar polsen door. ik wil ook niet meer haha" is taken over, laugh or not;
# c46r2: also 'opgeknoopt', 'verzuipt', 'verhangen', 'ophangen').
_IMITATE_UNLESS_BARE = re.compile(_IMITATE_SOURCE.format(bare=r"(?!\s+niet\s+meer\s*(?:[,.!?;:]|$|haha|hihi|lol|xd))"))
_GRAVE_WORDS = re.compile(r"\b(?:\w*dood\w*|sterf\w*|sterv\w*|stierf|gestorven|overl\w*|zelfmoord\w*|zelfdoding|suicid\w*"
                          r"|su\u00efcid\w*|pols\w*|snij\w*|sneed|gesneden|kras\w*|hang\w*|opgehangen|strop|touw|koord"
                          r"|\w*pil\w*|overdosis|tablet\w*|medicijn\w*|mes\w*|spring\w*|sprong\w*|gesprongen|brug|spoor"
                          r"|trein|verdrink\w*|verdronk|verdronken|schiet\w*|schoot|\w*geschoten|vergif\w*|eind\w*|leven"
                          r"|zichzelf|mezelf|zelfbeschadig\w*|bloed\w*|wapen|pistool|geweer|opgeknoopt|verhang\w*|ophang\w*|verzuip\w*|verzopen)\b")


def _taken(sentences: list[str]) -> set[int]:
    """The sentences where the writer takes a character's act over, and the sentence before each (see `_IMITATE`).
    Round 47 (s47): the message is searched for grave words (which of the two patterns) only where a sentence holds
    "ook", as every alternative of both needs it: most messages hold none."""
    said = [n for n, sentence in enumerate(sentences) if "ook" in sentence]
    if not said:
        return set()
    imitate = _IMITATE if _GRAVE_WORDS.search(" ".join(sentences)) else _IMITATE_UNLESS_BARE
    taken = {n for n in said if imitate.search(sentences[n])}
    return taken | {n - 1 for n in taken}

# a game, film, series, book or story, or a role in one ("de hoofdpersoon", "die actrice"): its
# characters are not the writer. The roles count only here, never as an exception to a rule about
# the writer ("ik ben actrice ... ik heb pillen gespaard" stays acute).
_FICTION = FICTION
# Round 36 (c36): a role named in the sentence ("de hoofdpersoon pleegt zelfmoord aan het einde") makes suicide named in it the
# character's act, not the film's topic ("die film over zelfmoord was heftig" keeps the gentle line).
_ROLE = "fictie-rol"
# ... but not where someone in that sentence wants, plans or thinks of it ("hij wil ...").
_INTENT = frozenset(("wil", "wilt", "willen", "wou", "wilde", "denkt", "dacht", "overweegt", "plant", "zegt", "zei", "dreigt"))
_AMBIGUOUS_NOTE = " (dubbelzinnig: iemand die leeft, gewone zorg rond het levenseinde, genieten, een klus of nalatenschap)"


def story_character(signal: Signal) -> bool:
    """A signal the rules gave to a character of a film, book, game or story (`_in_context`)."""
    return signal.family == "over-ander" and signal.level == "hint" and signal.phrase.endswith(_ORDINARY_NOTE)


def _gentle(signal: Signal, note: str, level: str = "zorg") -> Signal:
    return signal._replace(level=level, phrase=signal.phrase + note)


def _in_context(signal: Signal, ordinary: bool, softened: bool, assigned: bool = False,
                fiction: bool | str = False) -> tuple[Signal, bool]:
    """A phrase signal one step lower where its sentence makes it ordinary or ambiguous, and
    whether it still feeds the other rules (not when ambiguous: the gentle line, nothing more).
    A worry about someone else in a film or book is a character, not the writer (only a hint),
    unless suicide is named as the topic: that keeps the gentle line, except in a school
    assignment (`_ASSIGNED`: "voor frans moeten we een boek lezen over ...") or where a role does
    it (`fiction` is `_ROLE`: "de hoofdpersoon pleegt zelfmoord")."""
    if signal.level == "acuut" and ordinary:
        return _gentle(signal, _ORDINARY_NOTE), True
    if signal.family == "over-ander" and ((fiction and (fiction == _ROLE or not _NAMED_TOPIC.search(signal.phrase)))
                                          or assigned):
        return _gentle(signal, _ORDINARY_NOTE, "hint"), False
    if softened and signal.level in ("acuut", "zorg"):
        return _gentle(signal, _AMBIGUOUS_NOTE, "zorg" if signal.level == "acuut" else "hint"), False
    return signal, True
