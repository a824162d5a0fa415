"""Message-wide harmless frames of the crisis check (step 4, after the concept rules).

Its patterns are plain strings, compiled (and cached by `re`) only when a frame is in the
message: most checks never need them, and a command that checks one short text stays light.
The frames and their tests are the table of `frame_table` (round 37: split off at 400 lines).

A frame anywhere in the message (a laugh with its source, a formal cancellation letter, a work
handover, "ik ben kerngezond" with papers for later, ...) takes the signals of the families it
covers down to hints, when nothing else of the zorg or acuut level stands beside them. Used by
`weigh.reading_signals`. Standard library only.
"""

from __future__ import annotations

from operator import itemgetter

from vraaghulp.coach.crisis.concepts import Hit
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.frame_levels import DENIED_NOTE, FLOOR_FRAMES, GENTLE_FRAMES, QUIET_FRAMES, QUIET_NOTE, floored
from vraaghulp.coach.crisis.frame_table import CANCELLED_BY as _CANCELLED_BY  # round 37 (c37): the table, split off
from vraaghulp.coach.crisis.frame_serious import said_kinds as _said_kinds
from vraaghulp.coach.crisis.frame_serious import said_of as _said_of
from vraaghulp.coach.crisis.frame_serious import serious as _serious
from vraaghulp.coach.crisis.laugh import laughed_anecdote
from vraaghulp.coach.crisis.reach import reaches

__all__ = ["cancelled"]


def cancelled(signals: list[Signal], hits: list[Hit], words: list[str], sentence_of: list[int] | None = None,
              places: list[frozenset[int]] | None = None) -> list[Signal]:
    """Signals a message-wide frame covers (`_CANCELLED_BY`) as hints (as the gentle line where
    the frame keeps it, `GENTLE_FRAMES`), when every signal of the zorg or acuut level is covered
    (the safety net's broad words and a time aside). Given `sentence_of` and `places` (the sentence
    of each word, the sentences of each signal), a frame covers only what it is about (`reach`): a
    separate signal in another sentence keeps its level and does not undo the frame (round 22)."""
    hits = hits + laughed_anecdote(signals, hits, words)
    names = set(map(itemgetter(0), hits))  # round 56 (s56): the names read in C
    frames = [(frame, tests) for frame, tests in _CANCELLED_BY.items() if names.issuperset(frame)]
    if not any(s.level in ("zorg", "acuut") and s.family not in ("vangnet", "tijd") for s in signals):
        families = {s.family for s in signals}  # round 36 (c36s): none counts, so a frame covering none changes nothing
        frames = [(frame, tests) for frame, tests in frames if not families.isdisjoint(tests)]
    if not frames:  # round 36 (c36): the message is read for serious words only where a frame stands
        return signals
    said = _said_of(words, hits, names)  # round 36 (c36): an occasion's own time is no time to come
    if any(s.family == "ontkend-doel" for s in signals):  # round 38 (c38): the phrase rules heard a denied purpose
        names = names | {"ontkend-doel"}
    kinds = _said_kinds(said)  # round 33 (c33t): the serious kinds read once for all frames of the message
    frames = [(frame, tests) for frame, tests in frames if not _serious(frame, said, names, kinds)]
    return _lowered_by(frames, signals, hits, sentence_of, places) if frames else signals


def _lowered_by(frames: list, signals: list[Signal], hits: list[Hit], sentence_of: list[int] | None, places: list | None) -> list[Signal]:
    """`cancelled` for the frames of the message that are not serious there, (frame, tests) each."""
    within = reaches(frames, signals, hits, sentence_of, places)

    def covering(i: int) -> list[tuple[str, ...]]:
        signal = signals[i]
        return [frame for frame, t in frames if signal.family in t and t[signal.family](signal.phrase) and within(frame, i)]

    def counts(i: int) -> bool:  # a signal of the zorg or acuut level that a frame is about
        return signals[i].level in ("zorg", "acuut") and signals[i].family not in ("vangnet", "tijd") and within(None, i)

    if any(counts(i) and not covering(i) for i in range(len(signals))) or not any(map(covering, range(len(signals)))):
        return signals

    def lowered(i: int) -> Signal:
        signal, by = signals[i], covering(i)
        if not by and signal.family != "vangnet":
            return signal
        if by and all(signal.family in FLOOR_FRAMES.get(frame, ()) for frame in by):
            return floored(signal, signals)
        gentle = signal.level == "acuut" and any(frame in GENTLE_FRAMES for frame in by)
        quiet = not gentle and by and all(frame in QUIET_FRAMES or frame in FLOOR_FRAMES for frame in by)
        note = QUIET_NOTE if quiet else DENIED_NOTE if gentle and ("doe-niks-ontkend",) in by else ""
        return signal._replace(level="zorg" if gentle else "hint", phrase=signal.phrase + note)

    return [lowered(i) for i in range(len(signals))]

