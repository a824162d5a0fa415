"""What `vraaghulp oefen` does once its options are parsed (keeps commands/oefen.py thin)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from vraaghulp.commands._common import json_envelope
from vraaghulp.errors import Interrupted, UsageError, VraaghulpError


def _now() -> datetime:
    return datetime.now().astimezone()


def _out_console(as_json: bool):
    from vraaghulp.render import make_console

    # In JSON mode everything for people (the crisis panel too) goes to stderr.
    return make_console(stderr=as_json)


def create(given: dict[str, Any], extra: dict[str, Any], *, as_json: bool) -> None:
    from vraaghulp.commands._common import prompter
    from vraaghulp.flows.oefen import new_ask
    from vraaghulp.models import record_dict
    from vraaghulp.render import user
    from vraaghulp.safety import check_text
    from vraaghulp.store import Journal

    out = _out_console(as_json)
    missing = [name for name, value in given.items() if value is None]
    if missing:  # only reached with a terminal: ask just what is missing
        ask = prompter(out)
        try:
            if given["--wie"] is None:
                given["--wie"] = ask.text("Aan wie vraag je het?")
            if given["--vraag"] is None:
                given["--vraag"] = ask.text("Wat vraag je precies?")
            if given["--angst"] is None:
                given["--angst"] = ask.scale("Hoe spannend is het nu? (0-10)", 0, 10)
            if given["--kans"] is None:
                given["--kans"] = ask.scale("Hoe groot is de kans op een ja? (in procenten)", 0, 100)
        except KeyboardInterrupt:
            raise Interrupted("\nAfgebroken — niets opgeslagen.") from None
    for text in (given["--wie"], given["--vraag"], extra.get("expectation"), extra.get("moment")):
        if text and check_text(text, out):
            break
    journal = Journal()
    if extra.get("script_id"):
        extra["script_id"] = _existing_id(journal, extra["script_id"], "script")
    record = new_ask(
        person=given["--wie"],
        text=given["--vraag"],
        fear=given["--angst"],
        chance=given["--kans"],
        when=_now(),
        **extra,
    )
    journal.append(record)
    if as_json:
        print(json_envelope([record_dict(record)]))
        return
    out.print(f"Opgeslagen als open experiment {record.id}.")
    out.print(user(f"Aan {given['--wie']}: {given['--vraag']}"), style="dim")
    out.print(
        f"Na het vragen: vraaghulp oefen --afronden {record.id} --uitkomst ja|nee|deels|geen-reactie --angst-na 0-10",
        style="dim",
    )


def _existing_id(journal, prefix: str, kind: str) -> str:
    record = journal.find(prefix)
    if record.kind != kind:
        raise VraaghulpError(f"{record.id} is geen {kind}. Zie 'vraaghulp log --soort {kind}'.")
    return record.id


def finish(
    record_id: str,
    *,
    outcome: str | None,
    fear_after: int | None,
    comparison: str | None,
    learned: str | None,
    set_aside: bool,
    as_json: bool,
    belief_after: int | None = None,
) -> None:
    from vraaghulp.flows.oefen import close_ask, outcome_feedback, set_aside_ask
    from vraaghulp.models import Ask, record_dict
    from vraaghulp.safety import check_text
    from vraaghulp.store import Journal

    out = _out_console(as_json)
    if not set_aside:
        missing = [n for n, v in (("--uitkomst", outcome), ("--angst-na", fear_after)) if v is None]
        if missing:
            raise UsageError(
                f"Om een vraag af te ronden zijn nodig: {', '.join(missing)}. "
                "Of gebruik --afgezien als je besloten hebt het niet te vragen."
            )
    elif outcome is not None:
        raise UsageError("--afgezien en --uitkomst gaan niet samen: kies er één.")
    if learned:
        check_text(learned, out)
    journal = Journal()
    found = journal.find(record_id)
    if not isinstance(found, Ask):
        raise VraaghulpError(f"{found.id} is geen vraag maar een {found.kind}; alleen vragen kun je afronden.")
    if found.status != "open":
        raise VraaghulpError(
            f"Vraag {found.id} is al afgerond ({found.status}). Bekijk hem met 'vraaghulp log toon {found.id}'."
        )
    if belief_after is not None and not found.script_id:
        raise UsageError(
            f"Vraag {found.id} is niet gekoppeld aan een overtuiging, dus --geloof-na past hier niet. "
            "Een overtuiging los een nieuwe score geven kan met 'vraaghulp script --opnieuw ID --geloof 0-100'."
        )
    if belief_after is not None:
        from vraaghulp.flows.script import find_script

        find_script(journal, found.script_id)  # a clear error before anything changes
    when = _now()
    if set_aside:
        updated = journal.update(found.id, lambda a: set_aside_ask(a, learned=learned, when=when))
    else:
        updated = journal.update(
            found.id,
            lambda a: close_ask(a, outcome=outcome, fear_after=fear_after, comparison=comparison, learned=learned, when=when),
        )
    rerated = None
    if belief_after is not None:
        from vraaghulp.flows.script import add_rating

        rerated = add_rating(journal, found.script_id, belief_after, when=when, ask_id=found.id)
    if as_json:
        print(json_envelope([record_dict(updated)]))
        return
    out.print(f"Vraag {updated.id} is afgerond.")
    if rerated is not None:
        out.print(f"Nieuwe score voor je overtuiging {rerated.id}: {belief_after}.")
    if not set_aside:
        out.print(outcome_feedback(updated))


def interactive(out, make_prompter) -> None:
    from vraaghulp.flows.oefen import OefenContext, load_ladder, run_oefen
    from vraaghulp.profile import load_profile
    from vraaghulp.store import Journal

    ladder = load_ladder()
    profile = load_profile()
    ctx = OefenContext(
        prompter=make_prompter(out),
        console=out,
        journal=Journal(),
        ladder=ladder,
        partner=profile.partner,
    )
    from vraaghulp.commands.start import first_run_note

    first_run_note(out)
    try:
        run_oefen(ctx)
    except KeyboardInterrupt:
        if ctx.saved:
            raise Interrupted(
                "\nAfgebroken. Wel opgeslagen: " + "; ".join(ctx.saved) + ". De rest is niet opgeslagen."
            ) from None
        raise Interrupted("\nAfgebroken — niets opgeslagen.") from None
