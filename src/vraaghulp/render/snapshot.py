"""The overview as an SVG picture or an HTML page (`log overzicht --svg/--html`).

The same plain text as on screen (with its ANSI styles) goes through Rich's recorder; the
command writes the file privately (0600) with the store's one writer.
"""

from __future__ import annotations

SAVE_WIDTH = 100


def snapshot(text: str, kind: str, *, width: int = SAVE_WIDTH) -> str:
    """Screen text (with ANSI styles) as an SVG or HTML document."""
    import io

    from rich.console import Console
    from rich.text import Text

    from vraaghulp.messages import t

    recorder = Console(record=True, width=width, file=io.StringIO(), force_terminal=True,
                       color_system="truecolor", highlight=False, emoji=False, markup=False)
    # Our own text with our own ANSI styles; user text in it was cleaned of escapes before.
    recorder.print(Text.from_ansi(text.rstrip("\n")), soft_wrap=True)
    if kind == "svg":
        return recorder.export_svg(title=t("log.overzicht.opgeslagen.titel"))
    return recorder.export_html(inline_styles=True)
