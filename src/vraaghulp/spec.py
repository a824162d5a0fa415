"""The single declaration of every command's arguments and options (standard library only).

Each module in `vraaghulp.commands` declares its command as `SPEC = Command(...)`. From
that one declaration:

- `vraaghulp.typer_app` builds the Typer command tree (help texts from the catalogue:
  `<key>.hulp`, `<key>.kort`, `<key>.opties.<name>`);
- `vraaghulp.light.argv` parses a command line without Typer, for commands marked `light`;
- `values_for` turns what either parser found into checked values: the declared types,
  ranges and choices give the same Dutch usage errors on both paths.

A handler receives `(env, values)`: `values` is a SimpleNamespace with one attribute per
declared name.
"""

from __future__ import annotations

from types import SimpleNamespace

from vraaghulp.errors import UsageError

KINDS = ("str", "int", "bool", "flag", "path", "list")


class Param:
    """One option (`flags` given) or argument (no flags).

    kind: str, int, path (optional values, default None unless given), flag (a switch,
    default False), bool (a `--ja/--nee` pair with `secondary`; None when neither is given),
    list (an option that may be repeated).
    Checks, applied in declaration order: `text` (stripped, not empty), `choices`
    (normalised: lower case, spaces and underscores as hyphens; a callable is asked for
    them), `scale` (low, high) with the message `scale_message` (default `algemeen.schaal`).
    bare: an option whose value may be left out (`--verder [ID]`) gets this value then
    (`light.argv.with_bare_values` writes it into the line before either parser reads it).
    """

    __slots__ = ("name", "flags", "kind", "default", "metavar", "text", "choices", "scale", "scale_message",
                 "secondary", "required", "show_default", "eager", "bare")

    def __init__(self, name: str, *flags: str, kind: str = "str", default=None, metavar: str | None = None,
                 text: bool = False, choices=None, scale: tuple[int, int | None] | None = None,
                 scale_message: str = "algemeen.schaal", secondary: str | None = None, required: bool = False,
                 show_default: bool = True, eager: bool = False, bare: str | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(kind)
        self.name = name
        self.flags = flags
        self.kind = kind
        self.default = False if kind == "flag" and default is None else default
        self.metavar = metavar
        self.text = text
        self.choices = choices
        self.scale = scale
        self.scale_message = scale_message
        self.secondary = secondary
        self.required = required
        self.show_default = show_default
        self.eager = eager  # when given, this command runs and the rest of the line is not read
        self.bare = bare  # the value of the option given without one (`--verder` alone), or None

    @property
    def is_argument(self) -> bool:
        return not self.flags

    @property
    def label(self) -> str:
        """How messages name it: the long flag, or the metavar of an argument."""
        if self.flags:
            return next((f for f in self.flags if f.startswith("--")), self.flags[0])
        return self.metavar or self.name.upper()


def option(name: str, *flags: str, **kwargs) -> Param:
    return Param(name, *flags, **kwargs)


def argument(name: str, **kwargs) -> Param:
    return Param(name, **kwargs)


class Command:
    """A command (or a group with `subcommands`); `run(env, values)` returns a Result.

    key: where its texts live in the catalogue ("oefen", "log.toon"). light: may be parsed
    by `vraaghulp.light.argv` (no Typer) when the command line is plain.
    """

    __slots__ = ("name", "key", "params", "run", "subcommands", "light")

    def __init__(self, name: str, *, params: tuple[Param, ...] = (), run=None, subcommands: tuple[Command, ...] = (),
                 light: bool = False, key: str | None = None) -> None:
        self.name = name
        self.key = key or name
        self.params = params
        self.run = run
        self.subcommands = subcommands
        self.light = light

    def sub(self, name: str) -> Command | None:
        return next((c for c in self.subcommands if c.name == name), None)

    def param(self, name: str) -> Param:
        return next(p for p in self.params if p.name == name)


# ----------------------------------------------------------------------------------------
# Checks shared by both parsers (and by handlers for values that come from elsewhere)
# ----------------------------------------------------------------------------------------
def text_value(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if not value.strip():
        from vraaghulp.messages import t

        raise UsageError(t("algemeen.optie_leeg", naam=name))
    return value.strip()


def choice_value(value: str | None, name: str, allowed: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    normalised = value.strip().lower().replace(" ", "-").replace("_", "-")
    if normalised not in allowed:
        from vraaghulp.messages import t

        raise UsageError(t("algemeen.keuze", naam=name, keuzes=", ".join(allowed), waarde=value))
    return normalised


def scale_value(value: int | None, name: str, low: int, high: int | None, message: str = "algemeen.schaal") -> int | None:
    if value is None:
        return None
    if value < low or (high is not None and value > high):
        from vraaghulp.messages import t

        raise UsageError(t(message, naam=name, laag=low, hoog=high, waarde=value))
    return value


def values_for(command: Command, found: dict) -> SimpleNamespace:
    """Defaults for what was not given, then every declared check, in declaration order."""
    values = {}
    for param in command.params:
        value = found.get(param.name, param.default)
        if param.kind == "list" and value is None:
            value = []
        if value is not None and param.kind != "list":
            if param.text:
                value = text_value(value, param.label)
            if param.choices is not None:
                allowed = param.choices() if callable(param.choices) else param.choices
                value = choice_value(value, param.label, tuple(allowed))
            if param.scale is not None:
                value = scale_value(value, param.label, *param.scale, message=param.scale_message)
        values[param.name] = value
    return SimpleNamespace(**values)
