"""`vraaghulp gesprek`: the seven-step conversation, for two people or led by a counsellor.

The conversation lives in `flows/gesprek.py`; without a terminal (or with --json) the
notes come from --notities-bestand and nothing is asked. `--verder [ID]` goes on with a
saved, unfinished conversation (`flows/gesprek_verder.py` finds it): same record, mode and names.
"""

from __future__ import annotations

from vraaghulp.spec import Command, option


def _resumed(env, values):
    """With --verder: the saved record to go on with (its mode and next step set in `values`)."""
    from vraaghulp.errors import UsageError
    from vraaghulp.flows.gesprek_verder import find_resumable
    from vraaghulp.messages import t

    if values.verder is None:
        return None
    given = [label for label, value in (("--namen", values.namen), ("--relatie", values.relatie)) if value is not None]
    if values.stap != 1:
        given.append("--stap")
    if given:
        raise UsageError(t("gesprek.verder.niet_met", optie=t("algemeen.en").join(given)))
    record = find_resumable(env.journal, values.verder)
    values.rol, values.stap = record.mode, record.last_step + 1
    return record


def _checked(env, values, resumed):
    """(names, relation, deflected, export path) from the options, with Dutch usage errors."""
    from vraaghulp.errors import MissingOptions, UsageError
    from vraaghulp.flows.gesprek import DEFLECTION_AFTER, check_export_target
    from vraaghulp.flows.notes import parse_names
    from vraaghulp.messages import t

    names = parse_names(values.namen) if values.namen is not None else None
    relation = values.relatie
    if relation is not None and len(relation) > 60:
        raise UsageError(t("gesprek.relatie_te_lang"))
    deflected = None if values.afgeleid is None else values.afgeleid == "ja"
    export = check_export_target(values.export, values.overschrijf) if values.export else None
    if not _interactive(env, values):
        needed = [("--afgeleid", deflected)]
        if resumed is None:
            needed = [("--namen", names), ("--relatie", relation), *needed]
        elif resumed.deflected is not None or resumed.last_step >= DEFLECTION_AFTER:
            needed = []
        missing = [name for name, value in needed if value is None]
        if missing and not env.stdin_tty:
            raise MissingOptions("gesprek", missing)
        if missing:
            raise UsageError(t("gesprek.ook_nodig", opties=", ".join(missing)))
    return names, relation, deflected, export


def _interactive(env, values) -> bool:
    return values.notities_bestand is None and env.stdin_tty and not env.json


def _terminal_silence(out, guide, *, listen: bool):
    def silence(seconds: int) -> bool:
        from vraaghulp.flows.silence import run_silence

        texts = guide.silence
        return run_silence(seconds, out, label=texts.running, key_hint=texts.key, start_hint=texts.start,
                           listen=listen).ended_early

    return silence


def _context(env, values, names, relation, deflected):
    from vraaghulp.flows.gesprek import GesprekContext
    from vraaghulp.flows.notes import read_notes
    from vraaghulp.flows.welcome import greet
    from vraaghulp.guides.gesprek import load_guide
    from vraaghulp.messages import t

    out, guide = env.out, load_guide()
    listen = _interactive(env, values)
    ctx = GesprekContext(console=out, guide=guide, mode=values.rol, silence=_terminal_silence(out, guide, listen=listen),
                         silence_seconds=values.stilte, now=env.now, quiet=env.json)
    if listen:
        env.check_texts(*(names or ()), relation)
        ctx.prompter = env.prompter(out)
        greet(out)
        return ctx
    notes = read_notes(values.notities_bestand, env.stdin) if values.notities_bestand is not None else {}
    skipped = sorted(n for n in notes if n < values.stap)
    if skipped:
        out.print(t("gesprek.notities.overgeslagen", stappen=", ".join(map(str, skipped)), stap=values.stap),
                  style="yellow", markup=False)
        notes = {n: v for n, v in notes.items() if n >= values.stap}
    env.check_texts(*(names or ()), relation, *notes.values())
    ctx.given_notes, ctx.given_deflected = notes, deflected
    return ctx


def run(env, values):
    from vraaghulp.flows import gesprek as flow
    from vraaghulp.messages import t
    from vraaghulp.models import record_dict
    from vraaghulp.render import user
    from vraaghulp.result import Result

    resumed = _resumed(env, values)
    names, relation, deflected, export = _checked(env, values, resumed)
    ctx = _context(env, values, names, relation, deflected)
    if relation is not None:
        relation = ctx.guide.relation_key(relation) or relation
    env.interrupted = lambda: _after_interrupt(env, ctx, export, values.overschrijf)
    record = flow.run_conversation(ctx, names=names, relation=relation, start=values.stap, resumed=resumed)
    if record is None:
        return Result()  # not now: nothing was saved, and the flow said where to go instead
    flow.save(env.journal, record, ctx)
    if export is not None:
        flow.export_markdown(record, export, values.overschrijf)
    result = Result(items=[record_dict(record)])
    if not env.json:
        flow.show_summary(ctx, record)
        result.blank().say(t("gesprek.bewaard", id=record.id), "bold green")
    if export is not None:
        line = user(t("gesprek.ook_geschreven"))
        line.append(str(export))
        result.show(line)
    return result


def _after_interrupt(env, ctx, export, overwrite: bool) -> str:
    """Ctrl-C: offer to keep what is there (and write the export of it); say what was kept."""
    from vraaghulp.flows import gesprek as flow

    saved = flow.offer_save_after_interrupt(ctx, env.journal)
    exported = None
    if saved is not None and export is not None:
        try:
            flow.export_markdown(saved, export, overwrite)
            exported = export
        except Exception:  # noqa: BLE001 - the journal entry is what counts here
            exported = None
    return flow.interrupted_message(saved, exported)


SPEC = Command("gesprek", run=run, params=(
    option("rol", "--rol", default="samen", metavar="samen|hulpverlener", choices=("samen", "hulpverlener")),
    option("namen", "--namen", metavar="A,B"),
    option("relatie", "--relatie", metavar="RELATIE", text=True),
    option("stap", "--stap", kind="int", default=1, metavar="N", scale=(1, 7)),
    option("verder", "--verder", metavar="[ID]", bare=""),
    option("stilte", "--stilte", kind="int", default=60, metavar="SECONDEN", scale=(0, 3600),
           scale_message="gesprek.stilte_bereik"),
    option("notities_bestand", "--notities-bestand", metavar="PAD"),
    option("afgeleid", "--afgeleid", metavar="ja|nee", choices=("ja", "nee")),
    option("export", "--export", metavar="PAD"),
    option("overschrijf", "--overschrijf", kind="flag"),
    option("json", "--json", kind="flag"),
))
