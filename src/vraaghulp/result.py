"""What a command hands back, and the one JSON envelope. Standard library only.

A handler returns a `Result`: the items for `--json`, the lines for people, an exit code.
`cli` shows one or the other. Interactive flows print while they ask; what they say at
the end goes in the Result like everything else.

JSON: `{"versie": 1, "items": [...]}`, or a whole `document` for the
few outputs that are not a list of items (`krimp --json`, `data pad --json`).
"""

from __future__ import annotations

VERSION = 1


class RawJSON(str):
    """One item that is JSON text already (a stored line passed on as it is): written unchanged."""

    __slots__ = ()


class Piece:
    """One piece of output for people: plain text (written as is) or Rich (printed)."""

    __slots__ = ("value", "style", "rich", "stderr", "soft_wrap")

    def __init__(self, value, style: str = "", *, rich: bool, stderr: bool = False, soft_wrap: bool = False) -> None:
        self.value, self.style, self.rich, self.stderr, self.soft_wrap = value, style, rich, stderr, soft_wrap


class Result:
    def __init__(self, *, code: int = 0, items=None, document: dict | None = None, stream: bool = False) -> None:
        self.code = code
        self.items = items  # a list, or an iterable that is only read when JSON is shown
        self.document = document
        self.stream = stream  # write the items one per line as they come (long lists)
        self.pieces: list[Piece] = []

    @property
    def has_json(self) -> bool:
        return self.items is not None or self.document is not None

    # ----- output for people -----------------------------------------------------------
    def say(self, text: str, style: str = "", *, stderr: bool = False) -> Result:
        """Our own text (a catalogue message), shown exactly as written (no markup)."""
        self.pieces.append(Piece(text, style, rich=True, stderr=stderr))
        return self

    def show(self, renderable, style: str = "", *, stderr: bool = False, soft_wrap: bool = False) -> Result:
        """A Rich renderable (user text in it already wrapped safely); `soft_wrap`: one long line
        is not broken by us (so it copies in one piece)."""
        self.pieces.append(Piece(renderable, style, rich=True, stderr=stderr, soft_wrap=soft_wrap))
        return self

    def blank(self, *, stderr: bool = False) -> Result:
        return self.say("", stderr=stderr)

    def plain(self, text, *, stderr: bool = False) -> Result:
        """Text written as is, without Rich; `text` may be a function that makes it (only
        called when it is shown). Add the newline yourself."""
        self.pieces.append(Piece(text, rich=False, stderr=stderr))
        return self

    def line(self, text: str, *, stderr: bool = False) -> Result:
        return self.plain(text + "\n", stderr=stderr)

    def write(self, env) -> None:
        """Show the lines for people now, and forget them (an interactive command that asks next)."""
        for piece in self.pieces:
            value = piece.value() if callable(piece.value) else piece.value
            if piece.rich:
                env.console(piece.stderr).print(value, style=piece.style or None, markup=False, highlight=False,
                                                soft_wrap=piece.soft_wrap or None)
            else:
                (env.stderr if piece.stderr else env.stdout).write(value)
        self.pieces.clear()


# ----------------------------------------------------------------------------------------
# JSON
# ----------------------------------------------------------------------------------------
def dumps(document) -> str:
    import json

    from vraaghulp.light.text import json_safe

    return json_safe(json.dumps(document, ensure_ascii=False, indent=2))


def envelope(items) -> str:
    """The envelope as one pretty-printed JSON document."""
    return dumps({"versie": VERSION, "items": list(items)})


def write_envelope(stream, items) -> None:
    """Write {"versie": 1, "items": [...]} item by item: one compact item per line.

    Streaming keeps memory flat for 100,000 records, and the C encoder (no indent) keeps
    it fast; the result is ordinary JSON for jq and friends. An item that is a `RawJSON`
    (a stored line) is written as it is. Items go out in pieces of about 64 KiB, so an
    unbuffered stdout (PYTHONUNBUFFERED) does not cost a write per item.
    """
    import json

    from vraaghulp.light.text import json_safe

    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder, not one per item
    first = True
    parts = ['{\n  "versie": %d,\n  "items": [' % VERSION]
    size = 0
    for item in items:
        text = ("\n    " if first else ",\n    ") + (item if type(item) is RawJSON else dump(item))
        parts.append(text)
        size += len(text)
        first = False
        if size > 1 << 16:
            stream.write(json_safe("".join(parts)))  # only string contents can change: the rest is ASCII
            parts, size = [], 0
    parts.append("]\n}\n" if first else "\n  ]\n}\n")
    stream.write(json_safe("".join(parts)))
    stream.flush()


def error_document(message: str, code: int) -> str:
    import json

    from vraaghulp.light.text import json_safe

    return json_safe(json.dumps({"versie": VERSION, "fout": {"bericht": message, "code": code}}, ensure_ascii=False))
