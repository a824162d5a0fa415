"""What the crisis check shows for one run of a command, and where.

Two tiers (`vraaghulp.coach.crisis`):
- acuut: the full panel (`safety.show_panel`), right away, every time it is found;
- zorg: one gentle line (`safety.concern_line`) under what the user sees, at most once per
  run and never after a panel; the flow is not interrupted. Typed answers get it at once,
  text given as options or read from stdin or a file at the end of the output (`flush`).
Nothing is recorded: a detection lives only in this object, for this run.

The panel and the line put the own country first: the profile's `land` (set with
`vraaghulp hulplijn --land`), else a first guess from the locale (`LC_ALL`, `LC_MESSAGES`,
`LANG`, the first one set, e.g. `nl_BE.UTF-8` -> BE), else the order of [landen]. The other
country is always shown too. Standard library only at import time (`log --zoek` stays light).
"""

from __future__ import annotations

import os

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def locale_country(environ=None) -> str | None:
    """The country of the locale when it is one of [landen] ("nl_BE.UTF-8" -> "BE"), else None."""
    environ = os.environ if environ is None else environ
    value = next((environ[name] for name in LOCALE_VARIABLES if environ.get(name)), "")
    language = value.split(".", 1)[0].split("@", 1)[0]
    if "_" not in language:
        return None
    return _known(language.split("_", 1)[1])


def _known(code) -> str | None:
    from vraaghulp.safety import countries

    code = str(code or "").strip().upper()
    return code if code in {known for known, _name in countries()} else None


def own_country(profile: dict | None = None, environ=None) -> str | None:
    """The country whose lines come first: the setting, else the locale's guess, else None."""
    if profile is None:
        from vraaghulp.profile import peek_profile

        profile = peek_profile()
    return _known(profile.get("land")) or locale_country(environ)


def where() -> dict:
    """The panel's personal parts: {"first": country code or None, "partner": name or None}."""
    from vraaghulp.profile import peek_profile

    profile = peek_profile()
    partner = profile.get("maatje")
    return {"first": own_country(profile), "partner": partner if isinstance(partner, str) and partner.strip() else None}


class Care:
    """The crisis check for one run; `console()` gives the console to show on (made when needed)."""

    def __init__(self, console) -> None:
        self._console = console
        self.panel_shown = False
        self.line_shown = False
        self.pending = False
        self.other = False  # the gentle tier came from someone else's words only (round 46, c46z)

    def check(self, text: str | None, *, console=None, now: bool = True) -> str | None:
        """Check one text; show what its tier asks for. Returns the tier ("acuut", "zorg" or None)."""
        if not text or not text.strip():
            return None
        from vraaghulp.coach.crisis import ACUUT, ZORG, about_someone_else, assess

        found = assess(text)
        tier = found.tier
        if tier == ACUUT:
            from vraaghulp.safety import show_panel

            show_panel(console or self._console(), **where())
            self.panel_shown, self.pending = True, False
        elif tier == ZORG and not (self.panel_shown or self.line_shown):
            self.other = about_someone_else(found, text)
            if now:
                self._line(console or self._console())
            else:
                self.pending = True
        return tier

    def flush(self) -> None:
        """The zorg line for text checked earlier, under everything else (once)."""
        if self.pending and not (self.panel_shown or self.line_shown):
            self._line(self._console())
        self.pending = False

    def _line(self, console) -> None:
        from rich.text import Text

        from vraaghulp.safety import concern_line

        console.print()
        console.print(Text(concern_line(where()["first"], other=self.other), style="italic"))
        self.line_shown = True
