"""What `vraaghulp gesprek` takes from the command line: two names, and notes from a file.

The notes file has one note per step, the step number first (`3: we waren lang stil`); a
line without a number continues the note above it; empty lines and lines starting with #
are skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

from vraaghulp.errors import UsageError, VraaghulpError
from vraaghulp.guides.gesprek import MAX_NAME, STEP_COUNT
from vraaghulp.messages import t

_NOTE_LINE = re.compile(r"^\s*([0-9]+)\s*[:.)]\s?(.*)$")


def parse_names(value: str) -> tuple[str, str]:
    """'Anna,Bram' -> ('Anna', 'Bram'): the asker first, then the other."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise UsageError(t("gesprek.namen_twee"))
    for part in parts:
        if len(part) > MAX_NAME:
            raise UsageError(t("gesprek.naam_te_lang", maximum=MAX_NAME))
    return parts[0], parts[1]


def parse_notes(text: str, source: str | None = None) -> dict[int, str]:
    """Notes in the simple format of --notities-bestand."""
    source = source or t("gesprek.notities.bestand")
    notes: dict[int, list[str]] = {}
    current: int | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _NOTE_LINE.match(line)
        if match:
            step = int(match.group(1))
            if not 1 <= step <= STEP_COUNT:
                raise UsageError(t("gesprek.notities.geen_stap", bron=source, regel=number, stap=step, aantal=STEP_COUNT))
            if step in notes:
                raise UsageError(t("gesprek.notities.dubbel", bron=source, regel=number, stap=step))
            current = step
            notes[step] = [match.group(2).strip()] if match.group(2).strip() else []
            continue
        if current is None:
            raise UsageError(t("gesprek.notities.nummer_eerst", bron=source, regel=number))
        notes[current].append(line.strip())
    return {step: "\n".join(lines) for step, lines in notes.items() if lines}


NOTES_LIMIT = 1024 * 1024  # notes for six steps; far more is not a notes file


def read_notes(path: str, stdin=None) -> dict[int, str]:
    """Read --notities-bestand (`-` for standard input)."""
    import sys

    from vraaghulp.errors import os_error_message

    from vraaghulp.store.read import NotRegularFile, TooLarge, read_regular
    from vraaghulp.store.transfer import megabytes

    limit = megabytes(NOTES_LIMIT)
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        text = stream.read(NOTES_LIMIT + 1)
        if len(text) > NOTES_LIMIT:
            raise VraaghulpError(t("gesprek.notities.invoer_te_groot", grens=limit))
        return parse_notes(text, t("gesprek.notities.standaardinvoer"))
    file = Path(path).expanduser()
    try:
        text = read_regular(file, NOTES_LIMIT).decode("utf-8")
    except UnicodeDecodeError:
        raise VraaghulpError(t("gesprek.notities.geen_utf8", pad=file)) from None
    except NotRegularFile:
        raise VraaghulpError(t("gesprek.notities.geen_bestand", pad=file)) from None
    except TooLarge:
        raise VraaghulpError(t("gesprek.notities.te_groot", pad=file, grens=limit)) from None
    except OSError as exc:
        raise VraaghulpError(os_error_message(exc, file)) from None
    return parse_notes(text, str(file))
