"""`vraaghulp hulplijn`: who you can call or chat with right now (NL and BE), on demand.

`--land NL|BE` puts that country's lines first from now on (remembered in the profile);
`--land beide` forgets the setting. The other country is always shown too.
"""

from __future__ import annotations

from vraaghulp.spec import Command, option

BOTH = "beide"


def _remember(land: str) -> str:
    """Save the setting; the message that says what changed."""
    from vraaghulp import safety
    from vraaghulp.messages import t
    from vraaghulp.profile import load_profile, save_profile

    profile = load_profile()
    profile.country = None if land == BOTH else land.upper()
    save_profile(profile)
    if profile.country is None:
        return t("hulplijn.land_vergeten")
    names = dict(safety.countries())
    others = [name for code, name in safety.countries() if code != profile.country]
    return t("hulplijn.land_bewaard", land=names[profile.country], andere=t("algemeen.of").join(others))


def run(env, values):
    from vraaghulp import safety
    from vraaghulp.care import where
    from vraaghulp.result import Result

    from vraaghulp.errors import VraaghulpError

    result = Result()
    try:
        note = _remember(values.land) if values.land is not None else None
    except VraaghulpError as exc:  # the numbers matter more than the setting: show them anyway
        note, result.code = exc.message, exc.exit_code
    if values.kaal:
        result.line(safety.panel_plain(on_demand=True, **where()).rstrip("\n"))
    else:
        result.blank().show(safety.panel(on_demand=True, **where())).blank()
    if note:
        result.say(note, "" if result.code else "dim", stderr=bool(values.kaal or result.code))
    return result


def _lands() -> tuple[str, ...]:
    from vraaghulp.safety import countries

    return (*(code.lower() for code, _name in countries()), BOTH)


SPEC = Command("hulplijn", run=run, params=(
    option("land", "--land", metavar="NL|BE", choices=_lands),
    option("kaal", "--kaal", kind="flag"),
))
