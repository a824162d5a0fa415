"""`vraaghulp data`: where your data is, a backup, deleting everything, and importing.

The work is done beside the store (`store.places`, `store.backup`, `store.wipe`,
`store.transfer`); these handlers only ask and say.
"""

from __future__ import annotations

from vraaghulp.spec import Command, argument, option

def where(env, values):
    from vraaghulp.render.data import locations
    from vraaghulp.result import VERSION, Result
    from vraaghulp.store.places import locations as find

    from vraaghulp.paths import data_dir
    from vraaghulp.store.syncing import devices_and_keys

    info = {**find(), **devices_and_keys(data_dir())}
    return locations(Result(document={"versie": VERSION, **info}), info)


def backup(env, values):
    from vraaghulp.messages import t
    from vraaghulp.result import Result
    from vraaghulp.store.backup import make_backup

    target = make_backup(values.pad, overwrite=values.overschrijf, now=env.now())
    if target is None:
        return Result().line(t("data.backup.leeg"))
    result = Result().line(t("data.backup.gemaakt", pad=target))
    from vraaghulp.store.backup import key_copy

    if key_copy(target).is_file():
        result.line(t("data.backup.versleuteld", sleutel=key_copy(target)))
    return result.line(t("data.backup.terugzetten"))


def wipe(env, values):
    from vraaghulp.errors import MissingOptions
    from vraaghulp.messages import t, tn
    from vraaghulp.paths import data_dir
    from vraaghulp.render import user
    from vraaghulp.result import Result
    from vraaghulp.store.wipe import leftover, wipe as remove, wipe_plan

    out = env.out
    plan = wipe_plan()
    if not plan:
        return Result().say(t("data.wis.niets"))
    if not values.ja:
        if not env.stdin_tty:
            raise MissingOptions("data wis", ["--ja"])
        out.print(t("data.wis.dit_wordt_gewist"), style="bold", markup=False)
        for path in plan:
            out.print(user(f"  {path}"))
        out.print(t("data.wis.eerst_kopie"), style="dim", markup=False)
        confirm_word = t("data.wis.woord")
        word = env.prompter(out).text(t("data.wis.typ", woord=confirm_word))
        if (word or "").strip().strip("'\"").lower() != confirm_word:
            return Result().say(t("data.wis.niets_gewist"))
    result = Result().say(tn("data.wis.gewist", len(remove())))
    others = leftover(data_dir())
    if others:
        result.say(t("data.wis.andere", map=data_dir(), aantal=len(others)))
    return result


def restore(env, values):
    from vraaghulp.render.data import import_summary
    from vraaghulp.result import Result
    from vraaghulp.store.transfer import import_records

    result = Result()
    for line in import_summary(import_records(values.pad, dry_run=values.proef), dry_run=values.proef):
        result.line(line)
    return result


def encrypt(env, values):
    from vraaghulp.flows.kluis import encrypt as encrypt_flow

    return encrypt_flow(env, values)


def decrypt(env, values):
    from vraaghulp.flows.kluis import decrypt as decrypt_flow

    return decrypt_flow(env, values)


def new_passphrase(env, values):
    from vraaghulp.flows.kluis import change_passphrase

    return change_passphrase(env, values)


SPEC = Command("data", subcommands=(
    Command("pad", key="data.pad", run=where, params=(option("json", "--json", kind="flag"),)),
    Command("backup", key="data.backup", run=backup, params=(
        argument("pad", kind="path", metavar="[PAD]"), option("overschrijf", "--overschrijf", kind="flag"),
    )),
    Command("wis", key="data.wis", run=wipe, params=(option("ja", "--ja", kind="flag"),)),
    Command("import", key="data.import", run=restore, params=(
        argument("pad", kind="path", metavar="PAD", required=True), option("proef", "--proef", kind="flag"),
    )),
    Command("versleutel", key="data.versleutel", run=encrypt, params=(option("ja", "--ja", kind="flag"),)),
    Command("ontsleutel", key="data.ontsleutel", run=decrypt, params=(option("ja", "--ja", kind="flag"),)),
    Command("wachtwoord", key="data.wachtwoord", run=new_passphrase),
))
