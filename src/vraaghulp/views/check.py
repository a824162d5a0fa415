"""How a saved self-check looks: its log row, its detail, its summary line, its report section."""

from __future__ import annotations

from vraaghulp.light.text import as_text, dutch_date, dutch_long_date, markdown_line, one_line
from vraaghulp.messages import t

CSV_FIELDS = ("antwoorden", "score", "uitslag")


def row(data: dict, when: str) -> list:
    result = one_line(as_text(data.get("uitslag")), 200) or t("check.rij.zelfcheck")
    return [one_line(as_text(data.get("id")), 40), when, as_text(data.get("soort")), "", result, "",
            t("check.rij.score", score=data.get("score", 0))]


def row_problem(data: dict) -> str | None:
    return None


def summary(check) -> str:
    return t("check.samenvatting", datum=dutch_date(check.created))


def stored_summary(data: dict) -> str:
    """`summary` of a self-check as stored (a dict the model accepts), for the light paths."""
    from datetime import datetime

    return t("check.samenvatting", datum=dutch_date(datetime.fromisoformat(data["gemaakt"])))


def detail(check):
    from vraaghulp.render import fields_grid, panel, user

    rows = [
        (t("check.detail.uitslag"), user(check.result) if check.result else None),
        (t("check.detail.score"), str(check.score)),
        (t("check.detail.beantwoord"), t("check.detail.vragen", aantal=len(check.answers)) if check.answers else None),
    ]
    return panel([fields_grid(rows)], t("check.detail.titel", id=check.id, datum=dutch_long_date(check.created)))


def markdown(checks) -> list[str]:
    if not checks:
        return []
    lines = [t("check.verslag.kop"), ""]
    for check in checks:
        result = t("check.verslag.uitslag", uitslag=markdown_line(check.result)) if check.result else ""
        lines.append(t("check.verslag.regel", datum=dutch_date(check.created, with_year=True), score=check.score) + result)
    return [*lines, ""]
