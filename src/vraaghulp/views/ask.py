"""How an ask looks: its log row, its detail, its summary line, its report section.

Rows work on the stored dict (standard library only, for the light log views); the detail
uses Rich, imported inside. User text goes through `one_line`/`clean` or `render.user`.
"""

from __future__ import annotations

from vraaghulp.light.text import as_text, dutch_date, one_line
from vraaghulp.messages import t
from vraaghulp.schema import MAX_LEVEL
from vraaghulp.views.ask_words import label

TYPE_CHECKING = False  # annotations only: `typing` costs memory on every `vraaghulp log`
if TYPE_CHECKING:
    from typing import Any

CSV_FIELDS = ("wie", "vraag", "wanneer", "niveau", "verwachting", "angst_voor", "kans", "volheid", "script", "status",
              "uitkomst", "vergelijking", "angst_na", "geleerd", "afgerond")


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


def detail(ask, script=None):
    """The ask in full (a Rich panel); `script`: the belief script it tested, when known (`ask_full`)."""
    from vraaghulp.views.ask_full import detail as full

    return full(ask, script)



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
    """The report's section about asks (`ask_full`)."""
    from vraaghulp.views.ask_full import markdown as section

    return section(asks)
