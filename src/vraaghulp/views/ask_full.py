"""An ask in full: its detail (a Rich panel) and its section of the report. `ask.detail` and `ask.markdown` lead here.

Round 47 (s47): split from `ask`. The light log views (`log --zoek` over a large journal) need only an ask's row; on
an install without .pyc files every module they load is compiled from source, which briefly takes some 60 times its
size in memory, and this module's half of the size set part of that command's peak.
"""

from __future__ import annotations

from vraaghulp.light.text import dutch_date, dutch_long_date, markdown_line, one_line
from vraaghulp.messages import t
from vraaghulp.views.ask_words import label, level_names, level_text

TYPE_CHECKING = False  # annotations only: `typing` costs memory on every `vraaghulp log`
if TYPE_CHECKING:
    from typing import Any


def _prediction_line(ask):
    from vraaghulp.render import text

    line = text(t("vraag.detail.voorspeld"), "bold")
    line.append(t("vraag.detail.voorspelling", kans=ask.chance, angst=ask.fear_before))
    line.append(t("vraag.detail.echt"), style="bold")
    line.append(label("uitkomst", ask.outcome))
    if ask.fear_after is not None:
        line.append(t("vraag.detail.angst_na", angst=ask.fear_after))
    line.append(".")
    if ask.fear_after is not None and ask.fear_after < ask.fear_before:
        line.append(t("vraag.detail.minder_eng"), style="green")
    return line


def _script_cell(ask, script):
    from vraaghulp.render import text, user

    if script is None:
        return text(ask.script_id, "dim")
    cell = user(f"“{one_line(script.sentence, 80)}” ")
    cell.append(f"({script.id})", style="dim")
    return cell


def detail(ask, script=None):
    """The ask in full (a Rich panel); `script`: the belief script it tested, when known."""
    from vraaghulp.render import fields_grid, panel, text, user

    def words(key: str) -> str:
        return t(f"vraag.detail.{key}")

    rows: list[tuple[str, Any]] = [
        (words("aan_wie"), user(ask.person)),
        (words("de_vraag"), user(ask.text)),
        (words("wanneer"), user(ask.moment) if ask.moment else None),
        (words("niveau"), level_text(ask.level, level_names())),
        (words("volheid"), f"{ask.fullness}/10" if ask.fullness is not None else None),
        (words("verwachting"), user(ask.expectation) if ask.expectation else None),
        (words("angst_vooraf"), f"{ask.fear_before}/10"),
        (words("kans"), f"{ask.chance}%"),
    ]
    if ask.script_id:
        rows.append((words("test_overtuiging"), _script_cell(ask, script)))
    rows.append((words("status"), label("status", ask.status)))
    if ask.outcome:
        rows.append((words("uitkomst"), label("uitkomst", ask.outcome)))
    if ask.comparison:
        rows.append((words("vergeleken"), label("vergelijking", ask.comparison)))
    if ask.fear_after is not None:
        rows.append((words("angst_achteraf"), f"{ask.fear_after}/10"))
    if ask.learned:
        rows.append((words("geleerd" if ask.status == "gedaan" else "tegenhield"), user(ask.learned)))
    if ask.closed:
        rows.append((words("afgerond"), dutch_long_date(ask.closed)))
    parts: list[Any] = [fields_grid(rows)]
    if ask.status == "gedaan" and ask.outcome:
        parts += [text(""), _prediction_line(ask)]
    return panel(parts, t("vraag.detail.titel", id=ask.id, datum=dutch_long_date(ask.created)))


def markdown(asks) -> list[str]:
    """The report's section about asks."""
    if not asks:
        return []
    names = level_names()
    lines = [t("vraag.verslag.kop"), ""]
    for ask in asks:
        lines += [t("vraag.verslag.titel", datum=dutch_date(ask.created, with_year=True), wie=markdown_line(ask.person)),
                  "", f"> {markdown_line(ask.text)}", ""]
        if ask.level is not None:
            named = f" ({names[ask.level]})" if ask.level in names else ""
            lines.append(t("vraag.verslag.niveau", niveau=f"{ask.level}{named}"))
        if ask.expectation:
            lines.append(t("vraag.verslag.verwachting", tekst=markdown_line(ask.expectation)))
        lines.append(t("vraag.verslag.vooraf", angst=ask.fear_before, kans=ask.chance))
        if ask.outcome:
            line = t("vraag.verslag.uitkomst", uitkomst=label("uitkomst", ask.outcome))
            if ask.comparison:
                line += f" ({label('vergelijking', ask.comparison)})"
            if ask.fear_after is not None:
                line += t("vraag.verslag.angst_achteraf", angst=ask.fear_after)
            lines.append(line)
        else:
            lines.append(t("vraag.verslag.status", status=label("status", ask.status)))
        if ask.learned:
            key = "geleerd" if ask.status == "gedaan" else "tegenhield"
            lines.append(t(f"vraag.verslag.{key}", tekst=markdown_line(ask.learned)))
        lines.append("")
    return lines
