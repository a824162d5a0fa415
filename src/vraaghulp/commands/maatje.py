"""`vraaghulp maatje`: choose one trusted practice partner and get a message to send them."""

from __future__ import annotations

from typing import Optional

import typer

HELP = (
    "Kies een oefenmaatje: één persoon die je vertrouwt en die weet dat je oefent met hulp vragen. "
    "Je krijgt een bericht van één zin om te sturen. vraaghulp onthoudt je maatje en zet het "
    "bovenaan bij 'vraaghulp oefen'."
)


def register(app: typer.Typer) -> None:
    @app.command("maatje", help=HELP, short_help="Kies een oefenmaatje en krijg een bericht om te sturen.")
    def command(
        naam: Optional[str] = typer.Option(None, "--naam", help="De naam van je oefenmaatje (zonder vragen)."),
        wis: bool = typer.Option(False, "--wis", help="Vergeet je oefenmaatje."),
        ander: bool = typer.Option(False, "--ander", help="Een ander voorbeeldbericht."),
        kaal: bool = typer.Option(False, "--kaal", help="Alleen het bericht, als gewone tekst (om te kopiëren)."),
    ) -> None:
        run(name=naam, remove=wis, other=ander, bare=kaal)


def run(*, name: str | None, remove: bool, other: bool, bare: bool) -> str | None:
    """Do what the options say; returns the partner afterwards (None when there is none)."""
    from datetime import date

    from vraaghulp.commands._common import check_texts, console, prompter, stdin_is_terminal, text_option
    from vraaghulp.errors import Interrupted, UsageError
    from vraaghulp.flows.maatje import candidates, clean_name, load_partner_content, message_for, run_maatje
    from vraaghulp.profile import load_profile
    from vraaghulp.render.care import partner_message

    out = console(stderr=bare)
    content = load_partner_content()
    profile = load_profile()
    current = profile.partner
    offset = 1 if other else 0

    if remove:
        if name is not None:
            raise UsageError("--wis en --naam gaan niet samen: kies er één.")
        if not current:
            out.print("Je had geen oefenmaatje ingesteld; er is niets veranderd.")
            return None
        _store(profile, None)
        out.print("Je oefenmaatje is vergeten. Je kunt altijd een nieuw maatje kiezen met 'vraaghulp maatje'.")
        return None

    if name is not None:
        chosen = clean_name(text_option(name, "--naam") or "")
        check_texts(out, chosen)
    elif current and (bare or not stdin_is_terminal()):
        chosen = current
    elif bare or not stdin_is_terminal():
        from vraaghulp.commands._common import require_terminal

        if bare and stdin_is_terminal():
            raise UsageError("Je hebt nog geen oefenmaatje. Kies er eerst een met 'vraaghulp maatje', of geef --naam mee.")
        require_terminal("maatje", ["--naam"])
        return None
    else:
        from vraaghulp.store import Journal

        names = candidates(Journal().records(), current)
        try:
            chosen = run_maatje(prompter(out), out, content, current, names)
        except KeyboardInterrupt:
            raise Interrupted("\nAfgebroken — er is niets veranderd aan je oefenmaatje.") from None
        if chosen is None:
            _store(profile, None)
            out.print("Je oefenmaatje is vergeten. Je kunt altijd een nieuw maatje kiezen met 'vraaghulp maatje'.")
            return None

    is_new = not current or chosen.casefold() != current.casefold()
    if chosen != current:
        _store(profile, chosen, new=is_new)
    message = message_for(chosen, content, date.today(), offset)
    if bare:
        print(message)
    else:
        partner_message(out, chosen, message, content.tips, new=is_new)
    return chosen


def _store(profile, partner: str | None, *, new: bool = True) -> None:
    from datetime import datetime

    from vraaghulp.profile import save_profile

    profile.partner = partner
    if new or not partner:
        profile.partner_since = datetime.now().astimezone() if partner else None
    save_profile(profile)
