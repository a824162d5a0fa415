"""Exceptions that carry a Dutch message for the user and an exit code.

Only the standard library is imported here: this module is loaded on every run.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class VraaghulpError(Exception):
    """An expected problem: shown to the user as one Dutch message, no traceback."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(VraaghulpError):
    """Wrong or missing options (exit 2)."""

    exit_code = EXIT_USAGE


class MissingOptions(UsageError):
    """Input is needed but there is no terminal to ask it on."""

    def __init__(self, command: str, options: list[str]) -> None:
        names = ", ".join(options)
        super().__init__(
            f"Er is geen terminal om vragen te stellen, en deze opties ontbreken: {names}. "
            f"Geef ze mee, of start 'vraaghulp {command}' in een terminal. "
            f"Zie 'vraaghulp {command} --help'."
        )
        self.options = options


class StoreError(VraaghulpError):
    """The data on disk could not be read or written."""


def os_error_message(exc: OSError, path: object | None = None) -> str:
    """Turn an OSError into a Dutch sentence with a next step."""
    import errno

    where = f" ({path})" if path is not None else ""
    if exc.errno == errno.ENOSPC:
        return (
            f"De schijf is vol{where}: er is niets opgeslagen en je bestaande gegevens zijn "
            "onaangeroerd. Maak wat ruimte vrij en probeer het opnieuw."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"vraaghulp mag hier niet schrijven of lezen{where}. Controleer de rechten van de map, "
            "of kies een andere map met de omgevingsvariabele VRAAGHULP_HOME."
        )
    if exc.errno == errno.EISDIR:
        return f"Er staat een map waar vraaghulp een bestand verwacht{where}. Hernoem of verplaats die map."
    if exc.errno == errno.ENOENT:
        return f"Dit bestand of deze map bestaat niet{where}. Controleer het pad."
    return (
        f"Er ging iets mis bij het lezen of schrijven{where}: {exc.strerror or exc}. "
        "Je bestaande gegevens zijn niet aangepast; probeer het opnieuw."
    )


class Interrupted(VraaghulpError):
    """Ctrl-C: the message says what was and was not saved (exit 130)."""

    exit_code = EXIT_INTERRUPTED
