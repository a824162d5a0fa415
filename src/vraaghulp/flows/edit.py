"""Changing or removing one entry (`vraaghulp log bewerk ID`, `vraaghulp log wis ID`).

Three ways to change: `--veld naam=waarde`, the user's editor ($VISUAL or $EDITOR) on the
record as JSON, or field by field in the terminal. Every result is validated before it is
stored, and stored through `Journal.update` (inside the lock).
"""

from __future__ import annotations

import os
from pathlib import Path

from vraaghulp.flows.fields import COMPLEX_FIELDS, LOCKED_FIELDS, EditRefused, coerce, field_label, field_types
from vraaghulp.flows.fields import apply_fields, changed_texts, parse_edited, shown_value
from vraaghulp.messages import t, tn

DONE = "__klaar__"
STOP = "__stop__"


def editor_command() -> str | None:
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


def _run_editor(run, command: list[str], path: Path, editor: str) -> None:
    from vraaghulp.errors import VraaghulpError

    try:
        result = run([*command, str(path)])
    except FileNotFoundError:
        raise VraaghulpError(t("log.bewerk.editor_niet_gevonden", editor=editor)) from None
    if getattr(result, "returncode", 0) != 0:
        raise VraaghulpError(t("log.bewerk.editor_fout", code=result.returncode))


def edit_in_editor(record, editor: str, *, retry=None, run=None):
    """Open the record as pretty JSON in the editor (temp file 0600); the validated result, or None.

    `retry(reason)` is asked after an invalid edit: True reopens the editor with the text as
    typed; without it (no terminal) the edit is refused with VraaghulpError.
    """
    import json
    import shlex
    import subprocess

    from vraaghulp.errors import VraaghulpError
    from vraaghulp.models import record_dict
    from vraaghulp.store.wipe import new_edit_copy

    run = run or subprocess.run
    text = json.dumps(record_dict(record), ensure_ascii=False, indent=2) + "\n"
    fd, path = new_edit_copy(record.id)  # private, in the data folder; removed on every way out
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:
            command = shlex.split(editor, posix=os.name != "nt")
        except ValueError:
            command = [editor]
        while True:
            _run_editor(run, command, path, editor)
            try:
                return parse_edited(record, path.read_text(encoding="utf-8"))
            except EditRefused as refused:
                if retry is not None and retry(refused.reason):
                    continue
                raise VraaghulpError(t("log.bewerk.aanpassing_niet_opgeslagen", reden=refused.reason, id=record.id)) from None
    finally:
        try:
            path.unlink()
        except OSError:
            pass


def _default_text(current) -> str:
    if current is None:
        return ""
    if isinstance(current, list):
        return ", ".join(current)
    if isinstance(current, bool):
        return t("log.bewerk.ja") if current else t("log.bewerk.nee")
    return str(current)


def _ask_value(prompter, out, data: dict, types: dict, choice: str) -> dict | None:
    """The data with one field changed as typed, or None when the value does not fit."""
    from vraaghulp.invalid import field_reason
    from vraaghulp.models import parse_record

    default = _default_text(data.get(choice))
    answer = prompter.text(t("log.bewerk.nieuwe_waarde", veld=field_label(choice)), default=default, optional=not default)
    candidate = dict(data)
    candidate[choice] = coerce(types[choice], answer or "")
    try:
        parse_record(candidate)
    except Exception as exc:  # noqa: BLE001
        message = field_reason(exc)
        if f"'{choice}'" in message:
            out.print(t("log.bewerk.past_niet", reden=message), style="yellow", markup=False)
            return None
    return candidate


def edit_by_fields(record, prompter, out):
    """Field by field in the terminal. Returns the new record, or None when nothing changed."""
    from vraaghulp.invalid import field_reason
    from vraaghulp.models import parse_record, record_dict

    data = record_dict(record)
    types = field_types(record)
    editable = [k for k in types if k not in LOCKED_FIELDS and k not in COMPLEX_FIELDS]
    changed = False
    while True:
        options = [(k, f"{field_label(k)}: {shown_value(data.get(k))}") for k in editable]
        options += [(DONE, t("log.bewerk.klaar")), (STOP, t("log.bewerk.stoppen"))]
        choice = prompter.choice(t("log.bewerk.welk_veld"), options, default=DONE if changed else None)
        if choice == STOP:
            return None
        if choice == DONE:
            if not changed:
                return None
            try:
                new = parse_record(data)
            except Exception as exc:  # noqa: BLE001
                out.print(t("log.bewerk.nog_niet", reden=field_reason(exc)), style="yellow", markup=False)
                continue
            return new if record_dict(new) != record_dict(record) else None
        candidate = _ask_value(prompter, out, data, types, choice)
        if candidate is not None:
            data, changed = candidate, True


def _interactively(env, record):
    """The new record from the editor or the terminal (None: unchanged)."""
    from vraaghulp.errors import MissingOptions
    from vraaghulp.render import user
    from vraaghulp.views import summary

    out = env.out
    editor = editor_command()
    if editor is None and not env.stdin_tty:
        raise MissingOptions("log bewerk", [t("log.bewerk.veld_of_editor")])
    if editor is None:
        out.print(user(summary(record)), style="bold")
        return edit_by_fields(record, env.prompter(out), out)
    retry = None
    if env.stdin_tty:
        ask = env.prompter(out)

        def retry(reason: str) -> bool:
            out.print(t("log.bewerk.kan_zo_niet", reden=reason), style="yellow", markup=False)
            return bool(ask.confirm(t("log.bewerk.opnieuw_openen"), default=True))

    out.print(user(t("log.bewerk.editor_opent", wat=summary(record))), style="dim")
    return edit_in_editor(record, editor, retry=retry)


def edit(env, record_id: str, assignments: list[str]):
    """`log bewerk`: change one record; returns the Result."""
    from vraaghulp.render import user
    from vraaghulp.result import Result
    from vraaghulp.store.wipe import remove_stale_edit_copies
    from vraaghulp.views import summary

    remove_stale_edit_copies()  # what a killed `log bewerk` left in the data folder
    journal = env.journal
    record, stored = journal.find_stored(record_id)
    if not assignments and env.stdin_tty:
        from vraaghulp.flows.clashes import choose, open_clashes

        if open_clashes(stored):
            chosen = choose(env, journal, record.id, stored)
            if chosen:
                result = Result()
                for line in chosen:
                    result.say(line, "green")
                return result.say(t("log.bewerk.bekijken", id=record.id), "dim")
    new = apply_fields(record, assignments) if assignments else _interactively(env, record)
    if new is None:
        return Result().say(t("log.bewerk.niets_veranderd"))
    env.check_texts(*changed_texts(record, new))
    if assignments:  # set these fields on the record as it is now, inside the lock
        stored = journal.update(record.id, lambda current: apply_fields(current, assignments))
    else:
        stored = _store_edit(env, record, new)
        if stored is None:
            return Result().say(t("log.bewerk.niet_overschreven", id=record.id))
    return (Result().show(user(t("log.bewerk.opgeslagen", wat=summary(stored))), "green")
            .say(t("log.bewerk.bekijken", id=stored.id), "dim"))


def _store_edit(env, record, new):
    """Store an edit made on `record` into the current version: fields changed meanwhile elsewhere
    are kept; a field changed on both sides is said and asked (without a terminal: refused)."""
    from vraaghulp.errors import VraaghulpError
    from vraaghulp.flows.fields import EditClash, merged

    journal = env.journal
    try:
        return journal.update(record.id, lambda current: merged(record, new, current))
    except EditClash as clash:
        fields = ", ".join(field_label(name) for name in clash.fields)
        if not env.stdin_tty:
            raise VraaghulpError(t("log.bewerk.tegelijk_veranderd", velden=fields, id=record.id)) from None
        out = env.out
        out.print(t("log.bewerk.ook_veranderd", velden=fields), style="yellow", markup=False)
        if not env.prompter(out).confirm(t("log.bewerk.toch_opslaan"), default=False):
            return None
    return journal.update(record.id, lambda current: merged(record, new, current, force=True))


def delete(env, record_id: str, *, confirmed: bool):
    """`log wis`: remove one record after a confirmation; returns the Result."""
    from vraaghulp.errors import MissingOptions
    from vraaghulp.render import user
    from vraaghulp.result import Result
    from vraaghulp.store.queries import count_links
    from vraaghulp.views import summary

    if confirmed:
        return delete_now(env, record_id)
    journal = env.journal
    record = journal.find(record_id)
    links = count_links(journal, record.id) if record.kind == "script" else 0
    if not env.stdin_tty:
        raise MissingOptions("log wis", ["--ja"])
    out = env.out
    out.print(user(t("log.wis.op_het_punt", wat=summary(record))))
    if not env.prompter(out).confirm(t("log.wis.echt"), default=False):
        return Result().say(t("log.wis.niets_verwijderd"))
    journal.update(record.id, lambda _current: None)
    return _deleted(record, links)


def delete_now(env, record_id: str):
    """`log wis ID --ja`: found and removed in one pass over the journal."""
    from vraaghulp.store.queries import count_links

    record, _none = env.journal.update_prefix(record_id, lambda _current: None)
    return _deleted(record, count_links(env.journal, record.id) if record.kind == "script" else 0)


def _deleted(record, links: int):
    from vraaghulp.render import user
    from vraaghulp.result import Result
    from vraaghulp.views import summary

    result = Result().show(user(t("log.wis.verwijderd", wat=summary(record))))
    if links:
        result.say(tn("log.wis.verwezen", links), "dim")
    return result
