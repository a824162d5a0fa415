"""The single exit point: parse a command line, run its handler, show its Result.

`run(argv, env)` builds the Environment (or takes the one a test made), parses the line
(`vraaghulp.light.argv` for plain lines of light commands, else the Typer tree from
`vraaghulp.typer_app`), runs the handler, and shows what it returned as text or `--json`.
Every expected problem becomes one Dutch sentence and an exit code here: errors (1),
usage (2), Ctrl-C (130, saying what was and was not saved); anything unexpected is
"a bug" with the traceback only under VRAAGHULP_DEBUG=1.

Standard library only at import time: the light paths run through here too.
"""

from __future__ import annotations

import os
import sys

from vraaghulp.env import Environment
from vraaghulp.errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_USAGE, VraaghulpError
from vraaghulp.messages import lookup, t
from vraaghulp.result import Result, dumps, envelope, error_document, write_envelope


# Commands that never touch the journal: no merge of conflict copies, nothing loaded.
NO_JOURNAL = ("kaart", "hulplijn", "krimp")
SHOWS_COPIES = ("data.pad",)  # lists the copies still waiting: merges nothing
START = "algemeen"  # the start screen: never asks for a passphrase


def parse(argv: list[str], env: Environment):
    """(command, values), or an exit code when the line was answered already (help)."""
    from vraaghulp.light.argv import with_bare_values

    argv = with_bare_values(argv)
    if not any(name.startswith("_VRAAGHULP_COMPLETE") for name in os.environ):
        from vraaghulp.light.argv import parse as light_parse

        parsed = light_parse(argv)
        if parsed is not None:
            return parsed
    from vraaghulp.typer_app import parse as typer_parse

    return typer_parse(argv, env.stdout, env.stderr)


def run(argv: list[str], env: Environment | None = None) -> int:
    """Run one command line; every expected error becomes a Dutch message and an exit code."""
    env = env if env is not None else Environment()
    command = None
    _take_saved()  # what an earlier run in this process stored is not ours
    try:
        parsed = parse(list(argv), env)
        if isinstance(parsed, int):
            code = parsed
        else:
            command, values = parsed
            env.json = bool(getattr(values, "json", False))
            _begin_session(env, command)
            code = show(command.run(env, values), env)
    except KeyboardInterrupt:
        _print_error(env, "\n" + _interrupted(env, command), EXIT_INTERRUPTED, argv)
        code = EXIT_INTERRUPTED
    except VraaghulpError as exc:
        _print_error(env, exc.message, exc.exit_code, argv)
        code = exc.exit_code
    except OSError as exc:  # the store words its own errors: this is the output (stdout, the terminal)
        code = _output_failed(env, exc, argv)
    except Exception as exc:  # noqa: BLE001 - the single last resort
        code = _unexpected(env, exc, argv)
    finally:
        _finish_care(env)
        _report_problems(env)
        _end_session()
    return code


def _begin_session(env: Environment, command) -> None:
    """Per command: how a passphrase is asked, and conflict copies a sync tool left merged first."""
    key = getattr(command, "key", None)
    if key in NO_JOURNAL:
        return
    from vraaghulp.store import codec
    from vraaghulp.store.syncing import settle

    codec.begin(env.secret_asker())
    if key not in SHOWS_COPIES:
        for line in settle(locked_quietly=key == START):
            env.stderr.write(line + "\n")


def _end_session() -> None:
    codec = sys.modules.get("vraaghulp.store.codec")
    if codec is not None:
        codec.end()


def show(result: Result | None, env: Environment) -> int:
    """Write a handler's Result: the JSON when --json asked for it, else the text for people."""
    if result is None:
        return 0
    try:
        _write_result(result, env)
    except SystemExit as exc:  # Rich's answer to a broken pipe (it has pointed stdout at the null device)
        if exc.code != 1:
            raise
        import errno

        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE)) from exc
    return result.code


def _write_result(result: Result, env: Environment) -> None:
    if env.json and result.has_json:
        if result.document is not None:
            env.stdout.write(dumps(result.document) + "\n")
        elif result.stream:
            write_envelope(env.stdout, result.items)
        else:
            env.stdout.write(envelope(result.items) + "\n")
        result.pieces = [piece for piece in result.pieces if piece.stderr]  # notes on stderr still count
    result.write(env)
    env.stdout.flush()


def _take_saved() -> list[str]:
    files = sys.modules.get("vraaghulp.store.files")
    return files.take_saved() if files is not None else []


def _output_failed(env: Environment, exc: OSError, argv: list[str]) -> int:
    """Writing the output failed (a full disk, a closed pipe). What was saved stays saved: say so,
    with what it was, on stderr, and exit 0, so a script does not do it again."""
    import errno

    saved = _take_saved()
    if isinstance(exc, BrokenPipeError) or saved:
        _quiet_stdout(env)
    if not saved:
        if isinstance(exc, BrokenPipeError):
            return 0  # the reader of our output went away (e.g. `| head`): not an error
        from vraaghulp.errors import os_error_message

        _print_error(env, os_error_message(exc, getattr(exc, "filename", None)), EXIT_ERROR, argv)
        return EXIT_ERROR
    if isinstance(exc, BrokenPipeError):
        reason = t("algemeen.uitvoer_dicht")
    elif exc.errno == errno.ENOSPC:
        reason = t("algemeen.uitvoer_vol")
    else:
        reason = t("algemeen.uitvoer_fout", fout=exc.strerror or exc)
    shown = ", ".join(saved[:5]) + (", …" if len(saved) > 5 else "")
    _print_error(env, t("algemeen.uitvoer_mislukt_opgeslagen", wat=shown, reden=reason), 0, [])
    return 0


def _interrupted(env: Environment, command) -> str:
    """What Ctrl-C kept: the command's own account, or its message for 'nothing' or 'this much'."""
    if env.interrupted is not None:
        try:
            return env.interrupted()
        except (Exception, KeyboardInterrupt):  # noqa: BLE001 - the account itself failed: say the safe thing
            return t("algemeen.afgebroken")
    key = command.key if command is not None else "algemeen"
    if env.saved:
        return t(f"{key}.afgebroken_opgeslagen", opgeslagen="; ".join(env.saved))
    return t(f"{key}.afgebroken") if lookup(f"{key}.afgebroken") else t("algemeen.afgebroken")


def _print_error(env: Environment, message: str, code: int, argv: list[str]) -> None:
    if "--json" in argv:
        try:
            env.stdout.write(error_document(message.strip("\n"), code) + "\n")
            env.stdout.flush()
            return
        except OSError:  # standard output itself fails (full, closed): say it where it can be read
            _quiet_stdout(env)
    from vraaghulp.light.text import clean

    # A message can quote what the user typed (an id, a file name): never let it act on the terminal.
    env.stderr.write(_fitted(clean(message), env.stderr) + "\n")
    env.stderr.flush()


def _fitted(message: str, stream) -> str:
    """On a terminal, the message wrapped between words at its width (never inside a word)."""
    try:
        if not stream.isatty():
            return message
    except (AttributeError, ValueError):
        return message
    from vraaghulp.light.plain import fill, terminal_width

    width = terminal_width(stream)
    return "\n".join(fill(line, width) if line else line for line in message.split("\n"))


def _unexpected(env: Environment, exc: Exception, argv: list[str]) -> int:
    from vraaghulp.invalid import is_undecodable_text

    if is_undecodable_text(exc):
        # Bytes in an option that are not UTF-8 (a terminal with another encoding):
        # the user can fix this, so it is a sentence, not "a bug".
        _print_error(env, t("algemeen.geen_utf8"), EXIT_USAGE, argv)
        return EXIT_USAGE
    if os.environ.get("VRAAGHULP_DEBUG") == "1":
        import traceback

        traceback.print_exception(exc, file=env.stderr)
    _print_error(env, t("algemeen.programmafout"), EXIT_ERROR, argv)
    return EXIT_ERROR


def _quiet_stdout(env: Environment) -> None:
    """Point the failed stdout at the null device, so the flush at exit stays quiet."""
    if env.stdout is sys.stdout:
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)
        except (OSError, ValueError):
            pass
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass


def _finish_care(env: Environment) -> None:
    """The gentle zorg line for text given as options, under everything the command showed."""
    try:
        env.finish()
    except VraaghulpError as exc:  # crisis.toml is broken: say so, the run itself stands
        env.stderr.write(exc.message + "\n")
    except (Exception, KeyboardInterrupt):  # noqa: BLE001 - the line must never turn a run into a failure
        pass


def _report_problems(env: Environment) -> None:
    """Damaged lines met on the way, once each, after everything else."""
    read = sys.modules.get("vraaghulp.store.read")
    if read is None:
        return  # nothing was read, so nothing was reported
    try:
        for problem in read.take_reported():
            env.stderr.write(problem.message() + "\n")
    except Exception:  # noqa: BLE001
        pass
