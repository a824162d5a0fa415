"""Rich views for `vraaghulp krimp`: the draft with what can go struck through, the findings,
and the sentence ready to copy.

User text only ever reaches the screen as `rich.text.Text` built from cleaned text. The
engine's dropped spans point into the *original* draft; `marked_draft()` cleans the draft
character by character (exactly like `light.text.clean`) and carries every kept character's
"dropped or not" along, so the struck-through parts line up with what is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vraaghulp.light.text import CONTROL, ESCAPE, clean, one_line
from vraaghulp.messages import t
from vraaghulp.render import user

DROPPED_STYLE = "strike dim"
SHOW_CHARS = 1_500  # the draft shown on screen; the rest is summarised in one line
WORDS_PER_GROUP = 6
FINDING_WIDTH = 120
_MARKS = frozenset({"", ",", ".", "?", "!"})


def kind_label(kind: str, explanation: str = "") -> str:
    """The Dutch label for a finding (content/nl/krimp.toml, [label]). Remarks about something
    missing share a kind; their explanation tells which one it is, and has its own label."""
    from vraaghulp.coach.krimp import label

    key = _explanation_keys().get(explanation) if explanation else None
    return label(key or kind)


def _explanation_keys() -> dict[str, str]:
    from vraaghulp.content import load_toml

    explanations = load_toml("krimp").get("uitleg", {})
    return {str(text): key for key, text in explanations.items()} if isinstance(explanations, dict) else {}


def _dropped_mask(length: int, dropped: Sequence[tuple[int, int]]) -> bytearray:
    mask = bytearray(length)
    for start, end in dropped:
        start, end = max(0, int(start)), min(length, int(end))
        if end > start:
            mask[start:end] = b"\x01" * (end - start)
    return mask


def clean_marked(draft: str, dropped: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The cleaned draft as runs of (text, dropped?).

    Joined, the runs equal `light.text.clean(draft)`: escape sequences are removed whole, then
    control characters one by one, and every surviving character keeps its own flag.
    """
    if not draft:
        return []
    mask = _dropped_mask(len(draft), dropped)
    keep = bytearray(b"\x01") * len(draft)
    for m in ESCAPE.finditer(draft):
        keep[m.start() : m.end()] = b"\x00" * (m.end() - m.start())
    runs: list[tuple[str, bool]] = []
    current: list[str] = []
    flag = None
    for i, ch in enumerate(draft):
        if not keep[i] or CONTROL.match(ch):
            continue
        dropped_here = bool(mask[i])
        if dropped_here != flag and current:
            runs.append(("".join(current), bool(flag)))
            current = []
        flag = dropped_here
        current.append(ch)
    if current:
        runs.append(("".join(current), bool(flag)))
    if "".join(text for text, _ in runs) != clean(draft):  # never expected; stay safe anyway
        return [(clean(draft), False)]
    return runs


def marked_draft(draft: str, dropped: Sequence[tuple[int, int]], *, plain: bool, limit: int = SHOW_CHARS):
    """The draft as a Text, dropped parts struck through and dimmed.

    plain: the output has no styles (a pipe, a dumb terminal), so dropped parts are wrapped
    in ~~ ~~ instead. Only the first `limit` characters are shown.
    """
    from rich.text import Text

    text = Text()
    shown = 0
    total = 0
    runs = clean_marked(draft, dropped)
    if runs:  # no blank lines around the draft
        runs[0] = (runs[0][0].lstrip(), runs[0][1])
        runs[-1] = (runs[-1][0].rstrip(), runs[-1][1])
    for run, is_dropped in runs:
        is_dropped = is_dropped and run.strip() not in _MARKS  # a lone mark the sentence has too
        total += len(run)
        room = limit - shown
        if room <= 0:
            continue
        piece = run[:room]
        shown += len(piece)
        if is_dropped:
            if plain:
                text.append("~~" + piece.strip() + "~~" if piece.strip() else piece)
            else:
                text.append(piece, style=DROPPED_STYLE)
        else:
            text.append(piece)
    rest = total - shown
    if rest > 0:
        text.append(t("krimp.nog_tekens", aantal=_thousands(rest)), style="dim italic")
    return text


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def grouped(findings: Sequence[Any]) -> list[tuple[str, str, list[str], list[str]]]:
    """Findings with the same kind and explanation together: (kind, explanation, [words],
    [sentences to send apart]). The remark about being unsure is shown on its own."""
    from vraaghulp.coach.krimp import explain

    groups: dict[tuple[str, str], tuple[str, list[str], list[str]]] = {}
    for f in findings:
        if f.kind == "onzeker":
            continue
        plural = f.explanation == explain(f.kind, 2) and f.explanation != explain(f.kind)
        # 'misschien' and 'een beetje' are one group: the second says 'deze woorden' of its own piece
        _, words, apart = groups.setdefault((f.kind, explain(f.kind) if plural else f.explanation), (f.explanation, [], []))
        if f.text and f.text not in words:
            words.append(f.text)
        if getattr(f, "sentence", "") and f.sentence not in apart:
            apart.append(f.sentence)
    return [(kind, explanation, words, apart) for (kind, _), (explanation, words, apart) in groups.items()]


def _explanation(kind: str, explanation: str, count: int, seen: set[str] | None) -> str:
    """The full explanation the first time a kind shows in this run (plural when it is about
    more than one piece); after that only the short label, so it never reads as a lecture."""
    from vraaghulp.coach.krimp import explain

    key = _explanation_keys().get(explanation) or kind
    if seen is not None:
        if key in seen:
            return ""
        seen.add(key)
    if count > 1 and key == kind:
        return explain(key, count) or explanation
    return explanation


def findings_view(findings: Sequence[Any], width: int = 80, seen: set[str] | None = None):
    """Each kind in Dutch, the exact words from the draft, and why (indented under it).

    seen: the kinds already explained in this run (updated); None explains every kind.
    """
    from rich.console import Group
    from rich.text import Text

    parts: list[Any] = []
    for kind, explanation, words, apart in grouped(findings):
        line = Text("• ", style="cyan")
        line.append(kind_label(kind, "" if words else explanation), style="bold green" if kind == "goed" else "bold")
        if words:
            line.append(": ")
            for i, word in enumerate(words[:WORDS_PER_GROUP]):
                if i:
                    line.append(", ")
                line.append_text(user(f"“{one_line(word, FINDING_WIDTH)}”"))
            if len(words) > WORDS_PER_GROUP:
                line.append(t("krimp.en_nog", aantal=len(words) - WORDS_PER_GROUP), style="dim")
        parts.append(_hanging(line, width))
        for sentence in apart:
            extra = Text("  " + t("krimp.apart"))
            extra.append_text(user(sentence, style="bold"))
            parts.append(_hanging(extra, width))
        why = _explanation(kind, explanation, len(words), seen)
        if why:
            parts.append(Text(_wrapped(why, width), style="dim"))
    return Group(*parts)


def _hanging(line, width: int):
    """A line too long for the screen, wrapped with its continuation under the text, not under
    the bullet ('• Bang voor de reactie: “Ik durf het' / '  niet”')."""
    from rich.console import Console
    from rich.text import Text

    if line.cell_len <= width:
        return line
    out = Text()
    for i, part in enumerate(line.wrap(Console(width=width), max(10, width - 2))):
        if i:
            out.append("\n  ")
        part.rstrip()
        out.append_text(part)
    return out


def _wrapped(text: str, width: int) -> str:
    import textwrap

    return textwrap.fill(clean(text), max(20, width - 1), initial_indent="  ", subsequent_indent="  ",
                         break_on_hyphens=False)


def plain_output(console) -> bool:
    """True when styles will not show (not a terminal, or a terminal without colours)."""
    return not console.is_terminal or console.color_system is None


def show_analysis(console, draft: str, shrunk, *, heavy: bool = False, seen: set[str] | None = None) -> None:
    """The draft with what can go, and what stood out.

    heavy: the draft says how bad things are (the crisis check fired). Then nothing in the
    draft is struck through and nothing is remarked on: those words do not "go", they are
    worth saying to someone.
    """
    from rich.rule import Rule
    from rich.text import Text

    plain = plain_output(console)
    dropped = () if heavy else shrunk.dropped
    console.print()
    console.print(Rule(t("krimp.je_concept"), align="left", style="dim"))
    console.print(marked_draft(draft, dropped, plain=plain))
    if any(gone and run.strip() not in _MARKS for run, gone in clean_marked(draft, dropped)):
        legend = t("krimp.legenda_kaal") if plain else t("krimp.legenda")
        console.print(Text(legend, style="dim"))
    console.print()
    console.print(Rule(t("krimp.wat_opvalt"), align="left", style="dim"))
    if heavy:
        console.print(Text(t("krimp.zwaar"), style="bold"))
        return
    console.print(findings_view(shrunk.findings, console.width, seen))


def show_so_far(console, sentence: str) -> None:
    from rich.text import Text

    console.print()
    line = Text(t("krimp.tot_nu_toe"), style="bold")
    line.append_text(user(sentence))
    console.print(line, soft_wrap=True)


def show_unsure(console, *, editable: bool) -> None:
    """Said plainly before the sentence: krimp is not sure, so it offers the person's own words."""
    from rich.text import Text

    console.print()
    follow = t("krimp.niet_zeker_aanpassen") if editable else t("krimp.niet_zeker_zelf")
    console.print(Text(f"{t('krimp.niet_zeker')} {follow}", style="bold"))


def show_sentence(console, sentence: str, *, sure: bool = True) -> None:
    """The result on a line of its own, not wrapped by us, so it copies in one piece."""
    from rich.rule import Rule

    console.print()
    console.print(Rule(t("krimp.klaar" if sure else "krimp.klaar_onzeker"), align="left", style="cyan"))
    console.print(user(sentence, style="bold"), soft_wrap=True)
    console.print()


def history_note():
    from rich.text import Text

    return Text(t("krimp.geschiedenis"), style="dim")


def json_payload(shrunk) -> dict[str, Any]:
    """The --json shape: {"zin", "zeker", "bevindingen": [{"soort", "tekst", "uitleg"}]}; a
    finding about another request also has its own "zin"; "crisis": true when the acute tier fired."""
    findings = []
    for f in shrunk.findings:
        item = {"soort": f.kind, "tekst": clean(f.text), "uitleg": f.explanation}
        if f.sentence:
            item["zin"] = clean(f.sentence)
        findings.append(item)
    payload: dict[str, Any] = {"zin": clean(shrunk.sentence), "zeker": bool(shrunk.sure), "bevindingen": findings}
    if shrunk.crisis:
        payload["crisis"] = True
    return payload
