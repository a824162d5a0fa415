"""How an ask looks: its log row, its detail, its summary line, its report section.

Rows work on the stored dict (standard library only, for the light log views); the detail
uses Rich, imported inside. User text goes through `one_line`/`clean` or `render.user`.
"""

from __future__ import annotations

from vraaghulp.light.text import as_text, dutch_date, dutch_long_date, markdown_line, one_line
from vraaghulp.messages import lookup, t
from vraaghulp.schema import MAX_LEVEL

TYPE_CHECKING = False  # annotations only: `typing` costs memory on every `vraaghulp log`
if TYPE_CHECKING:
    from typing import Any

CSV_FIELDS = ("wie", "vraag", "wanneer", "niveau", "verwachting", "angst_voor", "kans", "volheid", "script", "status",
              "uitkomst", "vergelijking", "angst_na", "geleerd", "afgerond")


def label(group: str, value: str | None) -> str:
    """The words for a stored value: `outcome`, `comparison`, `status` or `comparison_short`."""
    words = lookup(f"vraag.{group}") or {}
    return words.get(value, value or "")


def level_names() -> dict[int, str]:
    """Ladder level names from content; empty when the content cannot be read."""
    try:
        from vraaghulp.content import load_toml

        data = load_toml("ladder")
        return {int(level["nummer"]): str(level["naam"]) for level in data.get("niveau", [])}
    except Exception:  # noqa: BLE001 - names are a nicety, never a reason to fail
        return {}


def level_text(level: int | None, names: dict[int, str]) -> str | None:
    if level is None:
        return None
    return f"{level}" + (f" · {names[level]}" if level in names else "")


# ----------------------------------------------------------------------------------------
# The log table (stored dicts, no pydantic)
# ----------------------------------------------------------------------------------------
def _fear_cell(data: dict[str, Any]) -> str:
    before, after = data.get("angst_voor"), data.get("angst_na")
    if after is not None:
        return f"{before}→{after}"
    if data.get("status", "open") == "open":
        return f"{before}→?"
    return f"{before}"


def _outcome_cell(data: dict[str, Any]):
    status = data.get("status", "open")
    if status == "open":
        return [(label("status", "open"), "yellow")]
    if status == "afgezien":
        return [(label("status", "afgezien"), "dim")]
    outcome = data.get("uitkomst")
    if outcome is None:
        return [(label("status", "gedaan"), "")]
    cell = [(label("uitkomst", outcome) or as_text(outcome), "green" if outcome in ("ja", "deels") else "")]
    comparison = data.get("vergelijking")
    if comparison:
        cell.append((f" · {label('vergelijking_kort', comparison) or as_text(comparison)}", "dim"))
    return cell


def row(data: dict[str, Any], when: str) -> list:
    """The cells (id, date, kind, who, what, fear, outcome) of the log table."""
    return [one_line(as_text(data.get("id")), 40), when, as_text(data.get("soort")), one_line(as_text(data.get("wie")), 40),
            one_line(as_text(data.get("vraag")), 200), _fear_cell(data), _outcome_cell(data)]


def _int_in(value: Any, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def row_problem(data: dict[str, Any]) -> str | None:
    """The first field a row cannot do without that is missing or wrong."""
    for key in ("wie", "vraag"):
        if not isinstance(data.get(key), str) or not data[key]:
            return key
    if not _int_in(data.get("angst_voor"), 0, 10):
        return "angst_voor"
    if not _int_in(data.get("kans"), 0, 100):
        return "kans"
    if data.get("angst_na") is not None and not _int_in(data.get("angst_na"), 0, 10):
        return "angst_na"
    if data.get("status", "open") not in ("open", "gedaan", "afgezien"):
        return "status"
    if data.get("niveau") is not None and not _int_in(data.get("niveau"), 1, MAX_LEVEL):
        return "niveau"
    return None


# ----------------------------------------------------------------------------------------
# One ask
# ----------------------------------------------------------------------------------------
def summary(ask) -> str:
    """One plain line naming the ask (for confirmations)."""
    return _summary(ask.created, ask.person, ask.text)


def stored_summary(data: dict[str, Any]) -> str:
    """`summary` of an ask as stored (a dict the model accepts), for the light paths."""
    from datetime import datetime

    return _summary(datetime.fromisoformat(data["gemaakt"]), data["wie"], data["vraag"])


def _summary(created, person: str, text: str) -> str:
    return t("vraag.samenvatting", datum=dutch_date(created), wie=one_line(person, 30), vraag=one_line(text, 60))


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


def feedback(ask) -> str:
    """A warm sentence after an outcome was recorded, with the person's name (user text, cleaned)."""
    return stored_feedback({"wie": ask.person, "uitkomst": ask.outcome, "angst_voor": ask.fear_before,
                            "angst_na": ask.fear_after})


def stored_feedback(data: dict[str, Any]) -> str:
    """`feedback` from an ask as stored (the light `--afronden`)."""
    name = one_line(data["wie"], 40) or t("vraag.terugkoppeling.de_ander")
    outcome = data["uitkomst"] if data["uitkomst"] in ("ja", "deels", "nee") else "geen_reactie"
    sentence = t(f"vraag.terugkoppeling.{outcome}", wie=name)
    parts = [sentence[:1].upper() + sentence[1:]]
    before, after = data["angst_voor"], data["angst_na"]
    if after is not None:
        key = "angst_lager" if after < before else "angst_gelijk" if after == before else "angst_hoger"
        parts.append(t(f"vraag.terugkoppeling.{key}", voor=before, na=after))
    return " ".join(parts)


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
