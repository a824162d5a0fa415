"""Where someone stands with their practice, for the start screen (pure logic).

Stuck: the last two decided asks were set aside, or several asks stay open. The next step
is a message key (`start.stap.*`): the start screen says it in words.
"""

from __future__ import annotations

STUCK_SET_ASIDE = 2
STUCK_OPEN = 3


class Progress:
    """Counts over the stored dicts, one pass: asks, open asks, the last decisions, scripts.

    Only the last `STUCK_SET_ASIDE` decisions are kept, so memory stays flat over any journal.
    """

    __slots__ = ("asks", "open", "decisions", "has_scripts")

    def __init__(self) -> None:
        self.asks = 0
        self.open = 0
        self.decisions: list[str] = []
        self.has_scripts = False

    def add(self, data: dict) -> None:
        kind = data.get("soort")
        if kind == "vraag":
            self.asks += 1
            status = data.get("status", "open")  # the model's default: an ask without status is open
            if status == "open":
                self.open += 1
            elif status in ("gedaan", "afgezien"):
                self._decided([status])
        elif kind == "script":
            self.has_scripts = True

    def add_counts(self, asks: int, open_asks: int, decisions: list[str], has_scripts: bool) -> None:
        """A block of records counted at once (`store.counts`): its last decisions in file order."""
        self.asks += asks
        self.open += open_asks
        self._decided(decisions)
        self.has_scripts = self.has_scripts or has_scripts

    def _decided(self, statuses: list[str]) -> None:
        self.decisions = (self.decisions + statuses)[-STUCK_SET_ASIDE:]

    @property
    def stuck(self) -> bool:
        return seems_stuck(self.open, self.decisions)

    @property
    def next_step(self) -> str:
        return next_step(self.open, self.asks, self.has_scripts, self.stuck)


def seems_stuck(open_count: int, recent_decisions: list[str]) -> bool:
    """Stuck: the last two decided asks were set aside, or several asks stay open."""
    last = recent_decisions[-STUCK_SET_ASIDE:]
    if len(last) == STUCK_SET_ASIDE and all(status == "afgezien" for status in last):
        return True
    return open_count >= STUCK_OPEN


def next_step(open_count: int, total_asks: int, has_scripts: bool, stuck: bool) -> str:
    """The message key of the next step."""
    if stuck:
        return "start.stap.vast_met_scripts" if has_scripts else "start.stap.vast"
    if open_count:
        return "start.stap.open_vragen"
    if total_asks == 0:
        return "start.stap.begin"
    return "start.stap.vandaag"
