"""The start screen (`vraaghulp` with no command) and the one-time first-run note."""

from __future__ import annotations

from datetime import date


def first_run_note(out) -> None:
    """Shown once: this is practice, not therapy; where help is."""
    from vraaghulp.profile import load_profile, save_profile

    profile = load_profile()
    if profile.first_run_seen:
        return
    out.print(
        "Welkom bij vraaghulp. Dit is een oefenprogramma, geen therapie: het helpt je kleine "
        "stappen te zetten met hulp vragen. Gaat het echt niet goed, praat dan met je huisarts of "
        "een hulpverlener; 'vraaghulp hulplijn' laat zien wie je meteen kunt bellen.\n",
        style="italic",
    )
    profile.first_run_seen = True
    try:
        save_profile(profile)
    except Exception:  # noqa: BLE001 - the note must never stop the coach
        pass


def next_step(open_count: int, total_asks: int, has_scripts: bool, stuck: bool) -> str:
    if open_count:
        return "Vertel hoe je open vragen gingen en kies er een nieuwe: vraaghulp oefen"
    if stuck and not has_scripts:
        return "Blijf je steken? Kijk naar de zin die je tegenhoudt: vraaghulp script"
    if total_asks == 0:
        return "Begin met een kleine oefenvraag: vraaghulp oefen"
    return "Tijd voor de oefening van vandaag: vraaghulp oefen"


def show_start() -> None:
    from vraaghulp.card import today_text
    from vraaghulp.render import make_console
    from vraaghulp.store import Journal

    out = make_console()
    first_run_note(out)
    journal = Journal()
    open_count = 0
    total = 0
    set_aside = 0
    has_scripts = False
    for _number, data in journal.iter_dicts():
        kind = data.get("soort")
        if kind == "vraag":
            total += 1
            status = data.get("status")
            if status == "open":
                open_count += 1
            elif status == "afgezien":
                set_aside += 1
        elif kind == "script":
            has_scripts = True
    out.print(today_text(date.today()), highlight=False, markup=False)
    out.print()
    if total:
        out.print(
            f"Je hebt {total} {'vraag' if total == 1 else 'vragen'} gelogd; "
            f"{open_count} {'staat' if open_count == 1 else 'staan'} nog open."
        )
    else:
        out.print("Je logboek is nog leeg. Fijn dat je er bent.")
    out.print(f"Volgende stap: {next_step(open_count, total, has_scripts, set_aside >= 2)}", style="bold")
    out.print("Heb je het nu zwaar? vraaghulp hulplijn", style="dim")
    out.print("Alle opdrachten: vraaghulp --help", style="dim")
