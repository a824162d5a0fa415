"""Exceptions that carry a Dutch message for the user and an exit code.

Only the standard library is imported here: this module is loaded on every run.
"""

from __future__ import annotations

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
        from vraaghulp.messages import t

        super().__init__(t("algemeen.geen_terminal", opties=", ".join(options), opdracht=command))
        self.options = options


class StoreError(VraaghulpError):
    """The data on disk could not be read or written."""


def os_error_message(exc: OSError, path: object | None = None) -> str:
    """Turn an OSError into a Dutch sentence with a next step (never the system's English)."""
    import errno

    from vraaghulp.messages import t

    where = f" ({path})" if path is not None else ""
    keys = {errno.ENOSPC: "schijf_vol", errno.EACCES: "geen_rechten", errno.EPERM: "geen_rechten",
            errno.EROFS: "geen_rechten", errno.EISDIR: "map_ipv_bestand", errno.ENOENT: "bestaat_niet",
            errno.ENOTDIR: "bestand_onderweg", errno.EEXIST: "bestand_onderweg", errno.ELOOP: "koppeling_lus",
            errno.ENAMETOOLONG: "naam_te_lang", errno.EINVAL: "kan_hier_niet", errno.ENXIO: "kan_hier_niet",
            errno.ENODEV: "kan_hier_niet"}
    code = exc.errno if isinstance(exc.errno, int) else 0
    name = errno.errorcode.get(code, "")
    return t(f"algemeen.{keys.get(code, 'lees_schrijf_fout')}", waar=where,
             fout=t("algemeen.foutcode", code=code, naam=f" ({name})" if name else ""))
