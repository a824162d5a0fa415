"""Every sentence the program says, from the message catalogue in content/<lang>/ui/.

Code names a message by a readable key grouped by command: `t("oefen.afgerond", id=...)`.
The first part of the key names the file (`ui/oefen.toml`), the rest the table path inside
it. Placeholders are `{name}`; only names that are passed are filled in, so other braces
(a JSON example in a help text) stay as written. A message with a plural form is a table
`{ een = "...", meer = "..." }`, picked with `tn(key, count)`.

Standard library only, and each file is read on first use: `vraaghulp kaart` reads just
`ui/kaart.toml`. A key that is missing (a content file edited by hand) gives the key
itself, never a crash; `tests/test_messages.py` checks that every key in the code exists.
"""

from __future__ import annotations

import re

_groups: dict[str, dict] = {}
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def _group(name: str) -> dict:
    group = _groups.get(name)
    if group is None:
        from vraaghulp.datafiles import read_toml

        try:
            group = read_toml(f"ui/{name}")
        except Exception:  # noqa: BLE001 - a broken catalogue must not hide the real problem
            group = {}
        _groups[name] = group
    return group


def lookup(key: str):
    """The raw catalogue value for `key` (a string or a table), or None when it is missing."""
    first, _dot, rest = key.partition(".")
    value = _group(first)
    for part in rest.split(".") if rest else ():
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def fill(template: str, params: dict) -> str:
    """Put the given values into `{name}` placeholders; anything else stays as written."""
    if not params:
        return template
    return _PLACEHOLDER.sub(lambda m: str(params[m.group(1)]) if m.group(1) in params else m.group(0), template)


def t(key: str, /, **params) -> str:
    """The message `key` with its placeholders filled."""
    value = lookup(key)
    return fill(value, params) if isinstance(value, str) else key


def joined(parts) -> str:
    """'a', 'a en b', 'a, b en c' (empty parts are left out)."""
    parts = [part for part in parts if part]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + t("algemeen.en") + parts[-1]


def counted(key: str, counts: dict) -> str:
    """The parts `<key>.<name>` (singular or plural) of every count that is not zero, joined:
    '6 gevraagd en 1 nog open', never '0 nog open'."""
    return joined(tn(f"{key}.{name}", count) for name, count in counts.items() if count)


def tn(key: str, count: int, /, **params) -> str:
    """The singular (`een`) or plural (`meer`) form of `key` for `count`; `{n}` is the count."""
    value = lookup(key)
    if not isinstance(value, dict):
        return key
    template = value.get("een" if count == 1 else "meer")
    return fill(template, {"n": count, **params}) if isinstance(template, str) else key
