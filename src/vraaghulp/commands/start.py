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


STUCK_SET_ASIDE = 2
STUCK_OPEN = 3


def seems_stuck(open_count: int, recent_decisions: list[str]) -> bool:
    """Stuck: the last two decided asks were set aside, or several asks stay open."""
    last = recent_decisions[-STUCK_SET_ASIDE:]
    if len(last) == STUCK_SET_ASIDE and all(status == "afgezien" for status in last):
        return True
    return open_count >= STUCK_OPEN


def next_step(open_count: int, total_asks: int, has_scripts: bool, stuck: bool) -> str:
    if stuck:
        if has_scripts:
            return (
                "Kom je even niet verder? Kijk opnieuw naar de zin die je tegenhoudt, en vraag je af "
                "waar je eigenlijk bang voor bent: vraaghulp script"
            )
        return (
            "Kom je even niet verder? Zoek uit welke zin in je hoofd je tegenhoudt, en waar je "
            "eigenlijk bang voor bent: vraaghulp script"
        )
    if open_count:
        return "Vertel hoe je open vragen gingen en kies er een nieuwe: vraaghulp oefen"
    if total_asks == 0:
        return "Begin met een kleine oefenvraag: vraaghulp oefen"
    return "Tijd voor de oefening van vandaag: vraaghulp oefen"


def partner_line(partner: str | None, total_asks: int):
    """One line about the practice partner (a Rich Text: the name is user text)."""
    from vraaghulp.render import one_line, user

    if partner:
        return user(f"Je oefenmaatje is {one_line(partner, 40)}: een veilige plek voor een kleine vraag.")
    if total_asks:
        return user("Oefenen gaat makkelijker met iemand die het weet. Kies een oefenmaatje: vraaghulp maatje")
    return user("Tip: vertel één vertrouwd persoon dat je oefent. Kies een oefenmaatje: vraaghulp maatje")


def show_start() -> None:
    from vraaghulp.card import today_text
    from vraaghulp.profile import load_profile
    from vraaghulp.render import make_console
    from vraaghulp.store import Journal

    out = make_console()
    first_run_note(out)
    journal = Journal()
    open_count = 0
    total = 0
    decisions: list[str] = []
    has_scripts = False
    for _number, data in journal.iter_dicts():
        kind = data.get("soort")
        if kind == "vraag":
            total += 1
            status = data.get("status")
            if status == "open":
                open_count += 1
            elif status in ("gedaan", "afgezien"):
                decisions.append(status)
        elif kind == "script":
            has_scripts = True
    stuck = seems_stuck(open_count, decisions)
    out.print(today_text(date.today()), highlight=False, markup=False)
    out.print()
    if total:
        out.print(
            f"Je hebt {total} {'vraag' if total == 1 else 'vragen'} gelogd; "
            f"{open_count} {'staat' if open_count == 1 else 'staan'} nog open."
        )
    else:
        out.print("Je logboek is nog leeg. Fijn dat je er bent.")
    out.print(f"Volgende stap: {next_step(open_count, total, has_scripts, stuck)}", style="bold")
    out.print(partner_line(load_profile().partner, total), style="dim")
    out.print("Heb je het nu zwaar? vraaghulp hulplijn", style="dim")
    out.print("Alle opdrachten: vraaghulp --help", style="dim")
