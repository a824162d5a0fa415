"""Rich views for the caring commands: self-check, FAQ, practice partner, data, crisis help.

Our own texts (from content/) are printed with markup off; user text (a partner's name,
a path) always goes through `render.user()`.
"""

from __future__ import annotations

from typing import Any

from vraaghulp.render import user


def reflow(text: str) -> str:
    """Content text: single line breaks become spaces, a blank line starts a new paragraph."""
    paragraphs = [" ".join(block.split()) for block in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _plain(out, text: str, style: str = "") -> None:
    out.print(text, style=style or None, markup=False, highlight=False)


# ----- crisis help ------------------------------------------------------------------------
def crisis_plain() -> str:
    """The crisis panel as plain text (no box, no colour), for `hulplijn --kaal`."""
    from vraaghulp import safety

    return safety.panel_plain(on_demand=True).rstrip("\n")


# ----- self-check -------------------------------------------------------------------------
def check_result(out, band: Any, total: int, max_score: int) -> None:
    out.print()
    _plain(out, f"{band.title} ({total} van de {max_score} punten)", "bold")
    _plain(out, reflow(band.text))
    out.print()
    _plain(out, f"Volgende stap: {band.step}", "bold")
    _plain(out, "Dit is een spiegel, geen diagnose. Je kunt de check later nog eens doen en vergelijken.", "dim")


def check_plain(band: Any, total: int, max_score: int) -> str:
    return (
        f"{band.title} ({total} van de {max_score} punten)\n{reflow(band.text)}\n\n"
        f"Volgende stap: {band.step}"
    )


# ----- FAQ --------------------------------------------------------------------------------
def faq_entry(out, number: int, entry: Any) -> None:
    _plain(out, f"{number}. {entry.title}", "bold")
    _plain(out, reflow(entry.answer))


def faq_plain(entries: list[tuple[int, Any]]) -> str:
    blocks = [f"{number}. {entry.title}\n{reflow(entry.answer)}" for number, entry in entries]
    return "\n\n".join(blocks)


# ----- practice partner -------------------------------------------------------------------
def partner_message(out, name: str, message: str, tips: list[str], *, new: bool) -> None:
    out.print()
    if new:
        out.print(user(f"{name} is nu je oefenmaatje."), style="bold green")
    else:
        out.print(user(f"Je oefenmaatje: {name}"), style="bold")
    _plain(out, "Een bericht om te sturen, klaar om te kopiëren:")
    out.print(user(message), style="bold cyan", soft_wrap=True)  # one line, so copying keeps it whole
    out.print()
    for tip in tips:
        _plain(out, f"· {tip}", "dim")
    _plain(out, "Bij 'vraaghulp oefen' staat je maatje voortaan bovenaan bij 'Aan wie vraag je het?'.", "dim")


# ----- data -------------------------------------------------------------------------------
def locations(out, info: dict[str, Any]) -> None:
    _plain(out, "Hier bewaart vraaghulp je gegevens (alleen op deze computer):", "bold")
    rows = [
        ("Map", info["map"], None),
        ("Logboek", info["logboek"]["pad"], _journal_note(info["logboek"])),
        ("Profiel", info["profiel"]["pad"], "bestaat" if info["profiel"]["bestaat"] else "nog niet aangemaakt"),
        ("Back-ups", info["backups"]["pad"], _backup_note(info["backups"])),
    ]
    for label, path, note in rows:
        line = user(f"  {label + ':':<10}{path}")
        if note:
            line.append(f"  ({note})", style="dim")
        out.print(line)
    out.print()
    if info["vraaghulp_home"]:
        _plain(out, "Deze map komt uit de omgevingsvariabele VRAAGHULP_HOME.")
    else:
        _plain(out, "Dit is de standaardmap van je systeem. Wil je een andere map, bijvoorbeeld een")
        _plain(out, "gesynchroniseerde map? Zet dan de omgevingsvariabele VRAAGHULP_HOME.")
    _plain(out, "Er gaat niets via internet; vraaghulp maakt geen verbinding met het netwerk.", "dim")


def _journal_note(journal: dict[str, Any]) -> str:
    if not journal["bestaat"]:
        return "nog leeg"
    lines = journal["regels"]
    return f"{lines} {'regel' if lines == 1 else 'regels'}, {_size(journal['bytes'])}"


def _backup_note(backups: dict[str, Any]) -> str:
    count = backups["aantal"]
    if not count:
        return "nog geen"
    return f"{count} {'back-up' if count == 1 else 'back-ups'}"


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    if count < 1024 * 1024:
        return f"{count / 1024:.0f} kB".replace(".", ",")
    return f"{count / (1024 * 1024):.1f} MB".replace(".", ",")
