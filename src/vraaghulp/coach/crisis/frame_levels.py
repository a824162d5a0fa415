"""What level a frame takes a signal to (split from frames.py in round 35): quiet frames (a hint the second opinion
does not lift either), gentle frames (an acute signal to the gentle line), and the floor frames of round 35 (c35o: a
small mishap beside a death wish, a song's words quoted), which take the wish to the gentle line and never lower.
Used by `frames.cancelled`."""

from __future__ import annotations

from vraaghulp.coach.crisis.engine import Signal

# Round 17 (c17c): frames after which the fitted second opinion adds no gentle line either: the
# frame's own test already weighed the whole message (an estate at the notary; someone else's jump in
# the news). Their lowered signals carry `QUIET_NOTE` (`quieted`).
# Round 21 (c21a): so does being worn out by an ordinary cause (the score reads "kan niet meer" without the cause).
QUIET_FRAMES = frozenset({("nalatenschap-notaris",), ("sprong-ander-nieuws",), ("ander-kerngezond",), ("gewone-last",),
                           ("klacht-aanpak",), ("hulp-voor-ander",), ("werk-verslag", "ander-geval"),
                           ("kalm-verstandig",), ("hoort-bij-ziekte",), ("rust-met-reden",), ("ding-onopgemerkt",),
                           ("last-gunst",), ("citaat-onderwerp",), ("lach-anekdote",), ("lied-citaat",),
                           ("recensie", "fictie")})
QUIET_NOTE = " (gewone context: kader)"
# Round 31 (c31b): a passive wish the writer says he will not act on; its families are one worry (`posture`).
DENIED_NOTE = " (ontkend: ik doe niks)"


def quieted(signal: Signal) -> bool:
    """A signal a quiet frame (`QUIET_FRAMES`) took down to a hint."""
    return signal.level == "hint" and signal.phrase.endswith(QUIET_NOTE)


# A death wish said in words beside a hangover pledge ("ik wil dood ... nooit meer tequila") is
# most likely the morning after, but it is a death wish in words: the gentle line, never silence.
GENTLE_FRAMES = frozenset({("kater-nooit-meer",), ("verleden-hersteld",), ("suicidaal-ontkend",), ("geniet-nog",),
                            ("reden-ziekenhuis",), ("dagspullen",), ("doe-niks-ontkend",), ("pech-ding",)})


# Round 35 (c35o): frames that take a death wish in words to the gentle line and never lower: one worry, the wish's
# (its other families, read in the same words, become hints, so that they do not add up to the panel again).
# A song's words quoted or searched for (round 35, c35o): the wish, the jump and the place of its words the same way.
# Round 42 review (c42r): a past wish is no floor frame (c42 made it one and lowered present wishes beside it to zorg).
FLOOR_FRAMES = {("pech-ding",): frozenset(("doodswens", "passief", "uitputting", "geen-zin"))}
_FLOOR_FAMILY = "doodswens"
_FLOOR_ORDER = ("doodswens", "passief", "plan-middel", "gevaar-plek", "uitputting", "geen-zin")
_FLOOR_NOTE = " (overdreven of aangehaald: de zachte regel)"


def floored(signal: Signal, signals: list[Signal]) -> Signal:
    """The gentle line for the wish (`FLOOR_FRAMES`): its family at zorg, the others as hints where it stands."""
    first = next((s.family for s in signals if s.level in ("zorg", "acuut") and s.family in _FLOOR_ORDER), signal.family)
    wish = any(s.family == _FLOOR_FAMILY and s.level in ("zorg", "acuut") for s in signals)
    kept = _FLOOR_FAMILY if wish else first
    level = "zorg" if signal.family == kept else "hint"
    return signal._replace(level=level, phrase=signal.phrase + _FLOOR_NOTE)
