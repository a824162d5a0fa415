"""`data versleutel` and `data ontsleutel`: the warnings, the passphrase, and what was done.

The work on disk is `vault.switch`; this module asks and says. A passphrase comes from
$VRAAGHULP_WACHTWOORD_CMD (scripts: one run, no second entry) or is typed twice in the
terminal, hidden.
"""

from __future__ import annotations

from vraaghulp.messages import t, tn


def _new_passphrase(env) -> str:
    import os

    from vraaghulp.errors import VraaghulpError
    from vraaghulp.vault import keyfile as kf
    from vraaghulp.vault.unlock import ENV_COMMAND, passphrase_from_command

    command = os.environ.get(ENV_COMMAND, "").strip()
    if command:
        first = second = passphrase_from_command(command)
    else:
        ask = env.secret_asker()
        if ask is None:
            raise VraaghulpError(t("kluis.wachtwoord.geen_terminal", env=ENV_COMMAND))
        first = ask(t("kluis.wachtwoord.nieuw"))
        second = ask(t("kluis.wachtwoord.herhaal"))
    return kf.check_new_passphrase(first or "", second or "")


def _confirmed(env, values, command: str, question: str) -> bool:
    from vraaghulp.errors import MissingOptions

    if values.ja:
        return True
    if not env.stdin_tty:
        raise MissingOptions(command, ["--ja"])
    return bool(env.prompter(env.out).confirm(question, default=False))


def encrypt(env, values):
    from vraaghulp.paths import data_dir
    from vraaghulp.result import Result
    from vraaghulp.store import codec
    from vraaghulp.store.backup import make_backup
    from vraaghulp.vault import keyfile as kf
    from vraaghulp.vault.switch import encrypt_folder, finish_encryption

    folder = data_dir()
    if (folder / kf.KEY_FILE_NAME).is_file():
        sealed = finish_encryption(codec.cipher())  # a switch that was cut off is finished
        key = "data.versleutel.afgemaakt" if sealed else "data.versleutel.al"
        return Result().say(t(key, n=sealed))
    out = env.out
    for key in ("waarschuwing", "kwijt", "reservekopie"):
        out.print(t(f"data.versleutel.{key}"), markup=False, style="bold" if key == "kwijt" else "")
    if not _confirmed(env, values, "data versleutel", t("data.versleutel.doorgaan")):
        return Result().say(t("data.versleutel.niets"))
    passphrase = _new_passphrase(env)
    backup = make_backup(now=env.now())
    sealed, _cipher = encrypt_folder(folder, passphrase)
    result = Result().say(tn("data.versleutel.klaar", sealed), "green")
    if backup is not None:
        result.say(t("data.versleutel.kopie", pad=backup))
    return result.say(t("data.versleutel.onthouden"), "dim")


def decrypt(env, values):
    from datetime import datetime

    from vraaghulp.paths import data_dir
    from vraaghulp.result import Result
    from vraaghulp.store import codec
    from vraaghulp.store.places import BACKUP_DIR
    from vraaghulp.vault.detect import is_locked
    from vraaghulp.vault.switch import decrypt_folder

    folder = data_dir()
    if not is_locked(folder):
        return Result().say(t("data.ontsleutel.niet_versleuteld"))
    if not _confirmed(env, values, "data ontsleutel", t("data.ontsleutel.doorgaan")):
        return Result().say(t("data.ontsleutel.niets"))
    cipher = codec.cipher()
    opened, kept = decrypt_folder(folder, cipher, folder / BACKUP_DIR, datetime.now().strftime("%Y%m%d-%H%M%S"))
    if kept:
        lines = ", ".join(str(n) for n in kept[:10])
        return Result(code=1).say(t("data.ontsleutel.deels", n=opened, regels=lines), "yellow")
    return Result().say(tn("data.ontsleutel.klaar", opened), "green")



def change_passphrase(env, values):
    """`data wachtwoord`: the same key under a new passphrase; the journal is not rewritten.
    The current passphrase is always typed (not taken from the keyring): it proves who asks."""
    from vraaghulp.errors import VraaghulpError
    from vraaghulp.paths import data_dir
    from vraaghulp.result import Result
    from vraaghulp.store.files import write_private_file
    from vraaghulp.vault import keyfile as kf
    from vraaghulp.vault.detect import is_locked
    from vraaghulp.vault.unlock import ENV_COMMAND, load_key_file

    folder = data_dir()
    if not is_locked(folder):
        return Result().say(t("data.ontsleutel.niet_versleuteld"))
    ask = env.secret_asker()
    if ask is None:
        raise VraaghulpError(t("data.wachtwoord.geen_terminal"))
    key = kf.unwrap(load_key_file(folder), ask(t("kluis.wachtwoord.vraag")) or "")
    passphrase = kf.check_new_passphrase(ask(t("kluis.wachtwoord.nieuw")) or "", ask(t("kluis.wachtwoord.herhaal")) or "")
    write_private_file(folder / kf.KEY_FILE_NAME, kf.dumps(kf.wrap(key, passphrase, n=kf.DEFAULT_N)))
    return (Result().say(t("data.wachtwoord.klaar"), "green")
            .say(t("data.wachtwoord.commando", env=ENV_COMMAND), "dim"))
