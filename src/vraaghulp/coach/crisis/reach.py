"""How far a message-wide frame reaches (round 22, c22r). Standard library only.

A frame (`frame_table.CANCELLED_BY`: a trip, a sleep-in, a self-correction, a work handover ...) is
found anywhere in the message, but it is about what the writer said in its own sentence, or, when
that sentence says nothing worrying of its own, about the nearest signal it could cover (the one
before it on a tie: "ik wil er niet meer zijn ... op dat feestje bedoel ik"). A separate signal in
another sentence ("... Ik wil niet meer.") is not what the frame explains: it keeps its level.
Used by `frames.cancelled`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Callable, Sequence

    from vraaghulp.coach.crisis.concepts import Hit
    from vraaghulp.coach.crisis.engine import Signal

__all__ = ["frame_reach", "reaches"]


def frame_reach(own: set[int], places: Sequence[frozenset[int]], could: Callable[[int], bool],
                blocked: set[int]) -> set[int]:
    """The sentences a frame covers. `own`: where its words stand; `places[i]`: the sentences of
    signal i, which the frame could cover when `could(i)`; `blocked`: the sentences with a signal
    of the zorg or acuut level this frame cannot cover (its own sentence is then about that).
    A signal that joins words of two sentences ("ik wil niet meer. ... nooit meer ...") is within
    when one of them is."""
    candidates = [places[i] for i in range(len(places)) if places[i] and could(i)]
    if not candidates or any(place <= own for place in candidates):
        return set(own)
    touching = [place for place in candidates if place & own]
    if touching:  # "Als ik er niet meer ben, gaan mijn lp's naar ... Dat heb ik met de notaris geregeld."
        return set(own).union(*touching)
    if own & blocked:
        return set(own)

    def key(n: int) -> tuple[int, int]:  # nearest first; a tie goes to the signal before the frame
        return min(abs(n - f) for f in own), 0 if n < min(own) else 1

    best = min(key(n) for place in candidates for n in place)
    return set(own) | {n for place in candidates for n in place if key(n) == best}


def reaches(frames: list, signals: list[Signal], hits: list[Hit], sentence_of: list[int] | None,
            places: list[frozenset[int]] | None) -> Callable[[tuple[str, ...] | None, int], bool]:
    """within(frame, i): whether signal i lies in the reach of `frame` (None: of any frame); `frames` are
    (frame, tests) as in `frame_table.CANCELLED_BY`. Without the places (or in one sentence) every signal is."""
    if sentence_of is None or places is None or len(places) != len(signals) or len(set(sentence_of)) < 2:
        return lambda frame, i: True
    reach = {}
    for frame, tests in frames:
        def could(i: int, t=tests) -> bool:
            signal = signals[i]
            return signal.level in ("zorg", "acuut") and signal.family in t and t[signal.family](signal.phrase)

        blocked = {n for i, place in enumerate(places) if signals[i].level in ("zorg", "acuut")
                   and signals[i].family not in ("vangnet", "tijd") and not could(i) for n in place}
        reach[frame] = frame_reach({sentence_of[hit.start] for hit in hits if hit.name in frame}, places, could, blocked)
    # a hint changes no tier: a frame may take it down wherever it stands ("... Na 25 jaar genoeg geweest.")
    return lambda frame, i: signals[i].level not in ("zorg", "acuut") or any(
        places[i] & reach[f] for f in (reach if frame is None else (frame,)))
