"""How a seven-step conversation looks: its log row, its detail, its summary line, its
section of the report, and the markdown document of `gesprek --export`.

Names and notes are user text: they go through `clean()`/`one_line()` or `render.user()`.
"""

from __future__ import annotations

from vraaghulp.light.text import as_text, clean, dutch_date, dutch_long_date, html_safe, markdown_line, one_line
from vraaghulp.messages import lookup, t

TYPE_CHECKING = False  # annotations only: `typing` costs memory on every `vraaghulp log`
if TYPE_CHECKING:
    from typing import Any

CSV_FIELDS = ("modus", "namen", "relatie", "notities", "afgeleid", "voltooid", "laatste_stap")


def _guide_or_none():
    """The conversation texts, or None when they cannot be loaded (views still work)."""
    try:
        from vraaghulp.guides.gesprek import load_guide

        return load_guide()
    except Exception:  # noqa: BLE001 - a broken content file must not hide stored notes
        return None


# ----------------------------------------------------------------------------------------
# The log table (stored dicts, no pydantic)
# ----------------------------------------------------------------------------------------
def row(data: dict[str, Any], when: str) -> list:
    names = t("algemeen.en").join(one_line(n, 20) for n in data.get("namen") or [] if isinstance(n, str))
    relation = data.get("relatie")
    what = t("gesprek.rij.wat") + (f" ({one_line(as_text(relation), 40)})" if relation else "")
    first, last = data.get("eerste_stap", 1), data.get("laatste_stap", 0)
    if data.get("voltooid") and first == 1:
        status = t("gesprek.rij.voltooid")
    elif isinstance(first, int) and first > 1 and isinstance(last, int) and last >= first:
        status = t("gesprek.rij.stappen", van=first, tot=last)
    else:
        status = t("gesprek.rij.stap", stap=last)
    return [one_line(as_text(data.get("id")), 40), when, as_text(data.get("soort")), names, what, "", status]


def row_problem(data: dict[str, Any]) -> str | None:
    names = data.get("namen", [])
    return None if isinstance(names, list) and all(isinstance(n, str) for n in names) else "namen"


# ----------------------------------------------------------------------------------------
# One conversation
# ----------------------------------------------------------------------------------------
def summary(conv) -> str:
    """One plain line naming the conversation (for confirmations)."""
    return _summary(conv.created, conv.names)


def stored_summary(data: dict[str, Any]) -> str:
    """`summary` of a conversation as stored (a dict the model accepts), for the light paths."""
    from datetime import datetime

    return _summary(datetime.fromisoformat(data["gemaakt"]), data["namen"])


def _summary(created, names: list[str]) -> str:
    who = t("gesprek.samenvatting_met", namen=one_line(t("algemeen.en").join(names), 40)) if names else ""
    return t("gesprek.samenvatting", datum=dutch_date(created)) + who


def _note_order(key: str) -> tuple[int, str]:
    digits = "".join(ch for ch in key if ch.isdigit())
    return (int(digits) if digits else 99, key)


def steps_done(conv, key: str) -> str:
    """Only the steps actually done: 'alle zeven' only when the conversation began at step 1."""
    if conv.finished and conv.first_step == 1:
        return t(f"gesprek.{key}.alle_stappen")
    if conv.first_step > 1:
        return t(f"gesprek.{key}.stappen", van=conv.first_step, tot=max(conv.last_step, conv.first_step))
    return t(f"gesprek.{key}.tot_stap", stap=conv.last_step)


def detail(conv):
    """The conversation in full (a Rich panel, for `log toon`)."""
    from vraaghulp.render import fields_grid, panel, text, user

    def words(key: str, **params) -> str:
        return t(f"gesprek.detail.{key}", **params)

    progress = steps_done(conv, "detail")
    rows: list[tuple[str, Any]] = [
        (words("met"), user(t("algemeen.en").join(conv.names)) if conv.names else None),
        (words("relatie"), user(conv.relation) if conv.relation else None),
        (words("vorm"), words("met_hulpverlener") if conv.mode == "hulpverlener" else words("samen")),
        (words("voortgang"), progress),
    ]
    if conv.deflected is not None:
        rows.append((words("afgeleid"), words("afgeleid_ja") if conv.deflected else words("afgeleid_nee")))
    parts: list[Any] = [fields_grid(rows)]
    if conv.notes:
        parts += [text(""), text(words("notities"), "bold")]
        for key in sorted(conv.notes, key=_note_order):
            line = text(f"  {words('stap', stap=key) if key.isdigit() else key}: ", "bold")
            line.append_text(user(conv.notes[key]))
            parts.append(line)
    return panel(parts, words("titel", id=conv.id, datum=dutch_long_date(conv.created)))


def markdown(conversations) -> list[str]:
    """The report's section about conversations."""
    if not conversations:
        return []
    lines = [t("gesprek.verslag.kop"), ""]
    for conv in conversations:
        who = t("gesprek.verslag.met", namen=markdown_line(t("algemeen.en").join(conv.names))) if conv.names else ""
        lines += [f"### {dutch_date(conv.created, with_year=True)}{who}", ""]
        progress = steps_done(conv, "verslag")
        lines.append(t("gesprek.verslag.voortgang", voortgang=progress))
        if conv.relation:
            lines.append(t("gesprek.verslag.relatie", relatie=markdown_line(conv.relation)))
        for key in sorted(conv.notes, key=lambda k: (not k.isdecimal(), int(k) if k.isdecimal() else 0, k)):
            label = t("gesprek.detail.stap", stap=key) if key.isdigit() else markdown_line(key)
            lines.append(f"- {label}: {markdown_line(conv.notes[key])}")
        lines.append("")
    return lines


# ----------------------------------------------------------------------------------------
# The document of `gesprek --export`
# ----------------------------------------------------------------------------------------
def step_title(guide, number: int) -> str:
    if guide is None:
        return t("gesprek.detail.stap", stap=number)
    return t("gesprek.document.stap_titel", stap=number, titel=guide.step(number).title)


def _status_line(record) -> str:
    if record.finished:
        return t("gesprek.document.doorlopen")
    if record.last_step < record.first_step:
        return t("gesprek.document.voor_eerste")
    return t("gesprek.document.gestopt_na", stap=record.last_step)


def _deflection_line(record) -> str:
    if record.deflected is None:
        return t("gesprek.document.niet_gevraagd")
    return t("gesprek.document.uitgeweken") if record.deflected else t("gesprek.document.bleven")


def _quote(text: str) -> str:
    lines = html_safe(clean(text)).splitlines() or [""]
    return "\n".join(f"> {line}".rstrip() for line in lines)


def document(record) -> str:
    """One conversation as a markdown document (for --export)."""
    guide = _guide_or_none()
    asker, other = (list(record.names) + ["", ""])[:2]
    relation = record.relation
    if guide is not None and relation:
        relation = guide.relation_name(relation)
    modes = lookup("gesprek.vormen") or {}
    steps = t("gesprek.document.stappen", van=record.first_step, tot=max(record.last_step, record.first_step))
    lines = [
        f"# {guide.general.title if guide else t('gesprek.document.titel')}",
        "",
        t("gesprek.document.datum", datum=dutch_long_date(record.created)),
        t("gesprek.document.vorm", vorm=modes.get(record.mode, record.mode)),
        t("gesprek.document.vrager", naam=html_safe(one_line(asker, 60))),
        t("gesprek.document.naaste", naam=html_safe(one_line(other, 60)))
        + (f" ({html_safe(one_line(relation, 40))})" if relation else ""),
        t("gesprek.document.stappen_regel", stappen=steps, status=_status_line(record)),
        t("gesprek.document.uitgeweken_regel", uitgeweken=_deflection_line(record)),
        t("gesprek.document.id", id=record.id),
        "",
    ]
    notes = {int(k): v for k, v in record.notes.items() if str(k).isdecimal()}
    if not notes:
        lines += [guide.general.no_notes if guide else t("gesprek.document.geen_notities"), ""]
    for number in sorted(notes):
        lines += [f"## {step_title(guide, number)}", "", _quote(notes[number]), ""]
    return "\n".join(lines).rstrip() + "\n"
