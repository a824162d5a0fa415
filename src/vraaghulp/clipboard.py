"""Putting a sentence on the clipboard, so shrink -> copy -> send is one step. Never fails.

In order: a clipboard tool found on PATH (`wl-copy` under Wayland, `xclip`/`xsel` under X,
`pbcopy` on macOS, `clip.exe` under Windows or WSL), run with a short timeout; a copy counts
as done only when the tool says so (exit status 0). Otherwise, when the output is a terminal,
the OSC 52 escape sequence asks the terminal itself to copy: whether it did, no program can
tell. Otherwise nothing could be reached. Standard library only.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess

COPIED = "gekopieerd"  # a tool confirmed the copy
TRIED = "geprobeerd"  # OSC 52 was sent to the terminal; it may or may not have copied
UNREACHABLE = "onbereikbaar"  # no tool and no terminal

TIMEOUT = 2.0  # seconds; a clipboard tool that hangs must never hold up the person
MAX_OSC52_BYTES = 74_000  # terminals ignore longer sequences

# (program, arguments, environment variable that must be set for it to work, or "")
TOOLS = (
    ("wl-copy", (), "WAYLAND_DISPLAY"),
    ("xclip", ("-selection", "clipboard"), "DISPLAY"),
    ("xsel", ("--clipboard", "--input"), "DISPLAY"),
    ("pbcopy", (), ""),
    ("clip.exe", (), ""),
)


def _encoded(program: str, text: str) -> bytes:
    # clip.exe reads the console code page unless the text starts with a UTF-16 byte order mark.
    return text.encode("utf-16") if program == "clip.exe" else text.encode("utf-8")


def _with_tool(text: str, environ) -> bool:
    for program, arguments, needs in TOOLS:
        if needs and not environ.get(needs):
            continue
        path = shutil.which(program, path=environ.get("PATH"))
        if not path:
            continue
        try:
            # No pipes for the output: xclip stays around to serve the selection and would
            # keep a pipe open until the timeout.
            done = subprocess.run([path, *arguments], input=_encoded(program, text), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, timeout=TIMEOUT, env=dict(environ), check=False)
        except (OSError, subprocess.SubprocessError, ValueError):
            continue
        if done.returncode == 0:
            return True
    return False


def osc52(text: str) -> str:
    """The escape sequence that asks a terminal to put `text` on its clipboard."""
    return "\x1b]52;c;" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "\x07"


def copy(text: str, terminal=None, environ=None) -> str:
    """Put `text` on the clipboard: COPIED, TRIED or UNREACHABLE. Never raises.

    terminal: a text stream that is a terminal (for OSC 52), or None.
    """
    environ = os.environ if environ is None else environ
    if _with_tool(text, environ):
        return COPIED
    sequence = osc52(text)
    if terminal is not None and len(sequence) <= MAX_OSC52_BYTES:
        try:
            terminal.write(sequence)
            terminal.flush()
            return TRIED
        except (OSError, ValueError, AttributeError):
            pass
    return UNREACHABLE
