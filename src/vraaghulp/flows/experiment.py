"""An ask as an experiment: made (prediction before), then closed (what happened after).

Used by the daily practice (`flows.oefen`) and by `vraaghulp oefen --afronden` (`finish`;
a new ask from options is laid out in `light.records`). Every change to a stored ask goes
through `Journal.update`, so it applies to the current version inside the lock.
"""

from __future__ import annotations

from datetime import datetime

from vraaghulp.errors import UsageError, VraaghulpError
from vraaghulp.light.update import check_finish
from vraaghulp.messages import t
from vraaghulp.models import Ask
from vraaghulp.store import new_id


def new_ask(*, person: str, text: str, fear: int, chance: int, when: datetime, moment: str | None = None,
            expectation: str | None = None, level: int | None = None, fullness: int | None = None,
            script_id: str | None = None) -> Ask:
    return Ask(id=new_id(), created=when, person=person, text=text, moment=moment, expectation=expectation,
               fear_before=fear, chance=chance, level=level, fullness=fullness, script_id=script_id)


def still_open(ask) -> Ask:
    """The ask as stored now, when it can still be closed; else a Dutch error (nothing changes).

    Called inside `Journal.update`, so two closings at once never both succeed."""
    if not isinstance(ask, Ask):
        raise VraaghulpError(t("oefen.geen_vraag", id=ask.id, soort=ask.kind))
    if ask.status != "open":
        raise VraaghulpError(t("oefen.al_afgerond", id=ask.id, status=ask.status))
    return ask


def _given(**fields) -> dict:
    """Only the fields that were given: an option or answer left empty keeps what is stored."""
    return {name: value for name, value in fields.items() if value is not None}


def close_ask(ask: Ask, *, outcome: str, fear_after: int, comparison: str | None, learned: str | None, when: datetime) -> Ask:
    ask = still_open(ask)
    return ask.model_copy(update={"status": "gedaan", "outcome": outcome, "fear_after": fear_after, "closed": when,
                                  **_given(comparison=comparison, learned=learned)})


def set_aside_ask(ask: Ask, *, learned: str | None, when: datetime) -> Ask:
    ask = still_open(ask)
    return ask.model_copy(update={"status": "afgezien", "closed": when, **_given(learned=learned)})


# ----------------------------------------------------------------------------------------
# From options: `vraaghulp oefen --wie ... --vraag ...` and `--afronden ID ...`
# ----------------------------------------------------------------------------------------
def ask_missing(prompter, given: dict) -> dict:
    """Ask only what the options left open (only reached with a terminal)."""
    if given["wie"] is None:
        given["wie"] = prompter.text(t("oefen.vraag.aan_wie_kort"))
    if given["vraag"] is None:
        given["vraag"] = prompter.text(t("oefen.vraag.wat_kort"))
    if given["angst"] is None:
        given["angst"] = prompter.scale(t("oefen.vraag.angst_kort"), 0, 10)
    if given["kans"] is None:
        given["kans"] = prompter.scale(t("oefen.vraag.kans_kort"), 0, 100)
    return given


def existing_script(journal, prefix: str) -> str:
    record = journal.find(prefix)
    if record.kind != "script":
        raise VraaghulpError(t("oefen.geen_soort", id=record.id, soort="script"))
    return record.id


def finish(journal, record_id: str, *, outcome: str | None, fear_after: int | None, comparison: str | None,
           learned: str | None, set_aside: bool, belief_after: int | None, when: datetime):
    """Record the outcome of an open ask (and, when it tested a script, a new belief score).

    Returns (the closed ask, the re-rated script or None).
    """
    from vraaghulp.flows.script import add_rating, find_script

    check_finish(outcome, fear_after, set_aside)

    def change(current):
        current = still_open(current)  # decided on the version inside the lock
        if belief_after is not None and not current.script_id:
            raise UsageError(t("oefen.niet_gekoppeld", id=current.id))
        if belief_after is not None:
            find_script(journal, current.script_id)  # a clear error before anything changes
        if set_aside:
            return set_aside_ask(current, learned=learned, when=when)
        return close_ask(current, outcome=outcome, fear_after=fear_after, comparison=comparison, learned=learned,
                         when=when)

    found, updated = journal.update_prefix(record_id, change)  # one pass: found and changed under the lock
    rerated = None
    if belief_after is not None:
        rerated = add_rating(journal, found.script_id, belief_after, when=when, ask_id=found.id)
    return updated, rerated
